"""The summary names its company by a stable id: the profile's UUID, the same on every PC the
company moves to with a hand-over file. Summaries written before the id still verify."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from desktop.__main__ import main
from desktop.core.summary import build_summary, verify_summary
from desktop.report.build import summary_for
from desktop.report.tabular import summary_json, write_json
from tests.support.summary_support import SCHEMA_PATH, TODAY, mixed_plan, summary_input


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_the_exported_summary_carries_the_profile_id(model, mixed, validator):
    store, profile, _ = mixed
    summary = json.loads(summary_json(summary_for(store, model, profile.id, today=TODAY)))
    assert summary["company"]["id"] == profile.id
    validator.validate(summary)


def test_the_id_survives_a_hand_over_to_another_pc(model, mixed, store_factory, tmp_path):
    from desktop.storage.exchange import (
        export_handover,
        import_handover,
        read_handover,
        write_handover,
    )

    store, profile, _ = mixed
    write_handover(export_handover(store, profile.id), tmp_path / "handover.json")
    other = store_factory("other-pc")
    report = import_handover(other, read_handover(tmp_path / "handover.json"))
    assert report.added
    there = summary_for(other, model, report.profile_id, today=TODAY)
    assert there["company"]["id"] == profile.id
    assert there["company"]["name"] == profile.name


def test_a_summary_without_the_id_still_validates_and_verifies(model, validator, tmp_path, capsys):
    """What earlier versions wrote: no company.id."""
    plan = mixed_plan(model)
    summary = build_summary(model, summary_input(model, plan.statuses, plan.answers))
    assert "id" not in summary["company"]
    path = tmp_path / "old.json"
    write_json(summary, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    validator.validate(document)
    assert verify_summary(document).ok
    assert main(["verify", str(path)]) == 0
    assert "unchanged" in capsys.readouterr().out


@pytest.mark.parametrize("bad", ["", "not-a-uuid", "0F8FAD5B-D9CB-469F-A165-70867728950E", 42])
def test_the_schema_refuses_an_id_that_is_not_a_lowercase_uuid(model, mixed, validator, bad):
    store, profile, _ = mixed
    summary = json.loads(summary_json(summary_for(store, model, profile.id, today=TODAY)))
    changed = copy.deepcopy(summary)
    changed["company"]["id"] = bad
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(changed)
