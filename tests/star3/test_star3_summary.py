"""The summary's ★3 fields: schema-valid, verified, and refused by `verify` when malformed."""

from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest

from desktop.core.summary import build_summary, with_digest  # noqa: E402
from desktop.core.summary_check import check_summary  # noqa: E402
from tests.support.summary_support import SCHEMA_PATH, mixed_plan, summary_input

STAR3 = {"1-2-1-1": {"confirmation": {"by": "田中 一郎", "org": "", "external": False,
                                      "at": "2026-11-20T09:00:00+00:00", "current": False},
                     "judgement": {"status": "met", "reason": "同等の対策"}}}
PLEDGE = {"by": "代表取締役 佐藤 花子", "date": "2026-11-20"}


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _summary(model, **star3) -> dict:
    plan = mixed_plan(model)
    data = dataclasses.replace(summary_input(model, plan.statuses, plan.answers), **star3)
    return json.loads(json.dumps(with_digest(build_summary(model, data)), ensure_ascii=False))


def test_with_and_without_the_star3_fields_the_summary_is_valid_and_verifies(model, validator):
    plain = _summary(model)
    full = _summary(model, star3=STAR3, pledge=PLEDGE)
    for doc in (plain, full):
        assert not list(validator.iter_errors(doc))
        assert check_summary(doc).ok, check_summary(doc).message
    assert "pledge" not in plain["schemes"]["scs-star3"]
    assert full["schemes"]["scs-star3"]["pledge"] == PLEDGE
    star3 = {c["id"]: c for c in full["schemes"]["scs-star3"]["criteria"]}
    assert star3["1-2-1-1"]["confirmation"]["current"] is False
    assert star3["1-2-1-1"]["judgement"] == {"status": "met", "reason": "同等の対策"}
    assert star3["1-2-1-1"]["status"] == {c["id"]: c for c in plain["schemes"]["scs-star3"]["criteria"]}["1-2-1-1"]["status"]


@pytest.mark.parametrize("path, value, where", [
    (("confirmation", "by"), "", "confirmation.by"),
    (("confirmation", "current"), "yes", "confirmation.current"),
    (("confirmation", "at"), "yesterday", "confirmation.at"),
    (("judgement", "status"), "certified", "judgement.status"),
])
def test_a_malformed_confirmation_is_refused_with_its_field_named(model, path, value, where):
    doc = _summary(model, star3=STAR3, pledge=PLEDGE)
    body = {k: v for k, v in doc.items() if k != "digest"}
    criterion = next(c for c in body["schemes"]["scs-star3"]["criteria"] if c["id"] == "1-2-1-1")
    criterion[path[0]][path[1]] = value
    result = check_summary(with_digest(body))
    assert not result.ok and where in result.message


def test_a_malformed_pledge_is_refused(model):
    doc = _summary(model, pledge={"by": "佐藤", "date": "2026-02-30"})
    result = check_summary(doc)
    assert not result.ok and "pledge.date" in result.message
