"""The hand-over file carries ★3 judgements, evidence, confirmations and pledges exactly;
the files themselves only when asked, checked against their hashes."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from desktop import star3_actions as actions
from desktop.storage.db import open_store
from desktop.storage.exchange import (
    ImportRejected,
    export_handover,
    import_handover,
    read_handover,
    write_handover,
)
from desktop.storage.star3_store import Star3Store

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "handover.schema.json"


def _fill(store, model, company, tmp_path):
    records = Star3Store(store)
    records.set_judgement(company.id, "1-2-1-1", "met", "役員会の議事録で役割を定めている")
    ev = records.add_evidence(company.id, "1-2-1-1", "議事録 2026-04", effective=dt.date(2026, 4, 1),
                              expires=dt.date(2027, 3, 31))
    scan = tmp_path / "議事録.pdf"
    scan.write_bytes(b"%PDF minutes")
    records.attach_file(company.id, ev.id, scan)
    actions.confirm(store, model, company.id, ["1-2-1-1", "1-2-1-2"], by="田中", org="たなか事務所", external=True,
                    advice="次回は連絡先一覧も")
    actions.record_pledge(store, company.id, "代表取締役 佐藤", dt.date(2026, 11, 1))
    return scan


@pytest.mark.parametrize("with_files", [False, True])
def test_round_trip_is_exact_and_confirmations_stay_current(store, model, company, tmp_path, with_files):
    scan = _fill(store, model, company, tmp_path)
    first = export_handover(store, company.id, with_files=with_files)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(first)
    path = tmp_path / "handover.json"
    write_handover(first, path)
    other = open_store(tmp_path / "other" / "mamori.db", tmp_path / "other" / "backups")
    try:
        report = import_handover(other, read_handover(path))
        assert report.star3 == {"judgements": 1, "evidence": 1, "confirmations": 2, "pledges": 1}
        assert "★3" in report.summary()
        second = export_handover(other, company.id, with_files=with_files)
        assert {k: v for k, v in first.items() if k != "exported_at"} == \
            {k: v for k, v in second.items() if k != "exported_at"}
        reviews = {a.id: a.review for a in actions.assessments(other, model, company.id)}
        assert reviews["1-2-1-1"] == "current" and reviews["1-2-1-2"] == "current"
        sha = Star3Store(other).evidence(company.id)[0].files[0].sha256
        carried = Star3Store(other).file_path(sha)
        assert (carried is not None and carried.read_bytes() == scan.read_bytes()) if with_files else carried is None
        again = import_handover(other, read_handover(path))  # a second import adds nothing
        assert not any(again.star3.values())
    finally:
        other.close()


def test_a_damaged_carried_file_is_refused_and_nothing_is_written(store, model, company, tmp_path):
    _fill(store, model, company, tmp_path)
    package = export_handover(store, company.id, with_files=True)
    sha = next(iter(package["evidence_files"]))
    package["evidence_files"][sha] = base64.b64encode(b"something else").decode()
    other = open_store(tmp_path / "other" / "mamori.db", tmp_path / "other" / "backups")
    try:
        with pytest.raises(ImportRejected, match="does not match its SHA-256"):
            import_handover(other, package)
        assert other.list_profiles() == []
        assert not (tmp_path / "other" / "evidence").exists() or not any((tmp_path / "other" / "evidence").rglob("*"))
    finally:
        other.close()


@pytest.mark.parametrize("spoil, field", [
    (lambda p: p["star3"]["judgements"].update({"1-2-1-1": {"status": "certified", "reason": "x",
                                                           "updated_at": "2026-11-01T00:00:00.000+00:00"}}),
     "star3.judgements.1-2-1-1.status"),
    (lambda p: p["star3"]["confirmations"][0].update(by=" "), "star3.confirmations[0].by"),
    (lambda p: p["star3"]["pledges"][0].update(date="2026-02-30"), "star3.pledges[0].date"),
    (lambda p: p["star3"]["evidence"][0].update(criterion="4-1"), "star3.evidence[0].criterion"),
    (lambda p: p["star3"]["evidence"][0]["files"][0].update(sha256="abc"), "star3.evidence[0].files[0].sha256"),
])
def test_a_bad_star3_field_is_named_and_nothing_is_written(store, model, company, tmp_path, spoil, field):
    _fill(store, model, company, tmp_path)
    package = export_handover(store, company.id)
    spoil(package)
    other = open_store(tmp_path / "other" / "mamori.db", tmp_path / "other" / "backups")
    try:
        with pytest.raises(ImportRejected) as rejected:
            import_handover(other, package)
        assert rejected.value.field == field
        assert other.list_profiles() == []
    finally:
        other.close()


def test_a_newer_judgement_wins_and_confirmations_from_both_pcs_are_kept(store, model, company, tmp_path):
    _fill(store, model, company, tmp_path)
    package = export_handover(store, company.id)
    Star3Store(store).set_judgement(company.id, "1-2-1-1", "partial", "議事録が一部しかない")
    actions.confirm(store, model, company.id, ["1-2-1-1"], by="鈴木")
    import_handover(store, package)  # the older package does not undo the newer judgement
    assert Star3Store(store).judgements(company.id)["1-2-1-1"].status == "partial"
    assert [c.by for c in Star3Store(store).confirmation_history(company.id, "1-2-1-1")] == ["田中", "鈴木"]
