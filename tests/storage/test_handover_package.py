"""The hand-over package: schema, exact round trip, merging, and refusals that write nothing."""

from __future__ import annotations

import copy
import hashlib
import json
from collections import Counter
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from desktop.paths import user_dirs
from desktop.storage import exchange
from desktop.storage.db import open_store
from desktop.storage.exchange import (
    ImportRejected,
    export_handover,
    import_handover,
    read_handover,
    validate_handover,
    write_handover,
)


def fill(store, fake_clock) -> str:
    """A company with something of everything; returns its id."""
    profile = store.create_profile(
        "見本製作所",
        industry="製造業",
        employees=25,
        scope="本社と工場",
        requested=["scs3", "jama"],
    )
    sato = store.add_learner(profile.id, "佐藤")
    suzuki = store.add_learner(profile.id, "鈴木")
    fake_clock.advance(minutes=1)
    store.record_lesson(sato.id, "hajime-update", quiz_score=4, quiz_total=5)
    store.record_lesson(suzuki.id, "hajime-password")
    store.set_item_status(profile.id, "upd-auto-os", "done", by=sato.id)
    store.set_item_status(profile.id, "wifi-guest", "na", reason="来客用Wi-Fiなし")
    store.set_item_status(profile.id, "wifi-guest", "na", reason="来客用Wi-Fiなし")  # same ms twice
    store.update_item(
        profile.id, "backup-offsite", note="NASのみ\n週1回", owner="総務", due=date(2027, 3, 31)
    )
    fake_clock.advance(minutes=1)
    store.set_answer(profile.id, 1, "yes", by=suzuki.id)
    store.set_answer(profile.id, 2, "unknown")
    store.set_answer(profile.id, 2, None)
    store.set_guide(
        profile.id,
        {"asked": ["scs3"], "facts": {"confidential": "yes", "automotive": "yes"}},
        ["scs3", "scs4", "jama"],
    )
    store.set_next_review(profile.id, date(2027, 4, 1))
    store.remove_learner(suzuki.id)
    return profile.id


def changes(entries) -> Counter:
    """History entries as comparable values, counted."""
    return Counter((e.at, e.what, e.key, e.old, e.new, e.by) for e in entries)


def other_store(tmp_path, name: str):
    dirs = user_dirs(tmp_path / name).ensure()
    return open_store(dirs.database, dirs.backup)


def file_state(store) -> str:
    """Hash of the database file and its WAL: "byte-for-byte unchanged" made checkable."""
    path = Path(store.db.execute("PRAGMA database_list").fetchone()[2])
    digest = hashlib.sha256()
    for part in (path, Path(f"{path}-wal")):
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()


def test_export_matches_the_published_schema(store, fake_clock, schema):
    package = export_handover(store, fill(store, fake_clock))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(package)
    assert package["format"] == "mamori-package" and package["format_version"] == 1
    assert package["selfcheck"]["answers"] == {"1": "yes"}
    assert set(package["selfcheck"]["updated_at"]) == {"1", "2"}  # 2 was cleared
    assert package["items"]["backup-offsite"]["due"] == "2027-03-31"
    assert package["guide"]["targets"] == ["scs3", "scs4", "jama"]
    assert package["guide"]["next_review"] == "2027-04-01"


def test_written_file_is_utf8_indented_with_sorted_keys(store, fake_clock, tmp_path):
    package = export_handover(store, fill(store, fake_clock))
    path = tmp_path / "handover.json"
    write_handover(package, path)
    text = path.read_bytes().decode("utf-8")
    assert "見本製作所" in text  # not \\u escapes
    assert text == json.dumps(package, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert read_handover(path) == package


def test_round_trip_through_an_empty_data_folder_is_exact(store, fake_clock, tmp_path):
    profile_id = fill(store, fake_clock)
    first = export_handover(store, profile_id)
    write_handover(first, tmp_path / "handover.json")
    with other_store(tmp_path, "other-pc") as target:
        report = import_handover(target, read_handover(tmp_path / "handover.json"))
        fake_clock.advance(days=3)
        second = export_handover(target, profile_id)
    assert report.added and report.profile_id == profile_id
    assert first.pop("exported_at") != second.pop("exported_at")
    assert first == second


def test_import_report_lists_what_was_added(store, fake_clock, tmp_path):
    package = export_handover(store, fill(store, fake_clock))
    with other_store(tmp_path, "other-pc") as target:
        report = import_handover(target, package, known_item_ids={"upd-auto-os", "wifi-guest"})
    assert report.added and not report.profile_updated
    assert sorted(report.items_added) == ["backup-offsite", "upd-auto-os", "wifi-guest"]
    assert report.answers_added == [1, 2]
    assert len(report.learners_added) == 1 and report.lessons_added == 1
    assert report.history_added == len(package["history"])
    assert report.unknown_item_ids == ["backup-offsite"]  # kept anyway
    assert "見本製作所" in report.summary()


def test_importing_the_same_package_twice_adds_nothing(store, fake_clock, tmp_path):
    package = export_handover(store, fill(store, fake_clock))
    with other_store(tmp_path, "other-pc") as target:
        import_handover(target, package)
        before = export_handover(target, package["profile"]["id"])
        report = import_handover(target, package)
        after = export_handover(target, package["profile"]["id"])
    assert not report.added
    assert report.history_added == 0 and report.history_skipped == len(package["history"])
    assert report.items_added == report.items_updated == []
    before.pop("exported_at"), after.pop("exported_at")
    assert before == after


def test_merge_newer_change_wins_per_item_and_answer(store, fake_clock, tmp_path):
    profile_id = fill(store, fake_clock)
    with other_store(tmp_path, "laptop") as laptop:
        import_handover(laptop, export_handover(store, profile_id))
        fake_clock.advance(hours=1)
        laptop.set_item_status(profile_id, "upd-auto-os", "partial")  # laptop newer here
        laptop.set_answer(profile_id, 3, "no")
        fake_clock.advance(hours=1)
        store.set_item_status(profile_id, "wifi-guest", "done")  # office newer here
        store.set_answer(profile_id, 1, "partial")
        store.update_profile(profile_id, employees=30)
        fake_clock.advance(hours=1)
        laptop.set_answer(profile_id, 1, None)  # clearing is a change, newest of all
        laptop_history = changes(laptop.history(profile_id))
        office_history = changes(store.history(profile_id))

        report = import_handover(store, export_handover(laptop, profile_id))

    assert not report.added and not report.profile_updated
    assert report.items_updated == ["upd-auto-os"]
    assert sorted(report.items_kept) == ["backup-offsite", "wifi-guest"]
    assert report.answers_added == [3] and report.answers_updated == [1]
    states = store.item_states(profile_id)
    assert states["upd-auto-os"].status == "partial"
    assert states["wifi-guest"].status == "done"
    assert store.answers(profile_id) == {3: "no"}
    assert store.get_profile(profile_id).employees == 30
    # Both sides' changes, each once: the shared past is not doubled.
    assert changes(store.history(profile_id)) == office_history | laptop_history


def test_merge_takes_newer_profile_fields(store, fake_clock, tmp_path):
    profile_id = fill(store, fake_clock)
    with other_store(tmp_path, "laptop") as laptop:
        import_handover(laptop, export_handover(store, profile_id))
        fake_clock.advance(hours=1)
        laptop.update_profile(profile_id, name="見本製作所（新社名）")
        report = import_handover(store, export_handover(laptop, profile_id))
    assert report.profile_updated and report.profile_name == "見本製作所（新社名）"
    assert store.get_profile(profile_id).name == "見本製作所（新社名）"


def test_learner_id_of_another_company_is_refused(store, fake_clock, tmp_path):
    profile_id = fill(store, fake_clock)
    package = export_handover(store, profile_id)
    other = store.create_profile("別会社")
    stolen = store.add_learner(other.id, "誰か")
    package["profile"]["id"] = "00000000-0000-4000-8000-000000000000"
    package["learners"][0]["id"] = stolen.id
    before = file_state(store)
    with pytest.raises(ImportRejected, match=r"learners\[0\]\.id"):
        import_handover(store, package)
    assert file_state(store) == before


def _valid(store, fake_clock) -> dict:
    return export_handover(store, fill(store, fake_clock))


BAD_PACKAGES = {
    "wrong format": (lambda p: p.update(format="anki-deck"), "format"),
    "newer version": (lambda p: p.update(format_version=2), "format_version"),
    "version as text": (lambda p: p.update(format_version="1"), "format_version"),
    "no profile": (lambda p: p.pop("profile"), "profile"),
    "extra field": (lambda p: p.update(extra=1), "extra"),
    "bad due date": (
        lambda p: p["items"]["backup-offsite"].update(due="2026-13-40"),
        "items.backup-offsite.due",
    ),
    "unknown status": (
        lambda p: p["items"]["upd-auto-os"].update(status="finished"),
        "items.upd-auto-os.status",
    ),
    "na without reason": (
        lambda p: p["items"]["wifi-guest"].update(reason=None),
        "items.wifi-guest.reason",
    ),
    "unknown answer": (
        lambda p: p["selfcheck"]["answers"].update({"1": "maybe"}),
        "selfcheck.answers.1",
    ),
    "question 26": (lambda p: p["selfcheck"]["answers"].update({"26": "yes"}), "selfcheck.answers"),
    "answer without time": (
        lambda p: p["selfcheck"]["updated_at"].pop("1"),
        "selfcheck.updated_at.1",
    ),
    "employees as text": (lambda p: p["profile"].update(employees="25"), "profile.employees"),
    "blank name": (lambda p: p["profile"].update(name="  "), "profile.name"),
    "naive timestamp": (
        lambda p: p["profile"].update(updated_at="2026-11-25T09:00:00"),
        "profile.updated_at",
    ),
    "bad item id": (lambda p: p["items"].update({"Bad Id": p["items"]["upd-auto-os"]}), "items"),
    "bad quiz": (
        lambda p: next(iter(p["learners"][0]["lessons"].values())).update(quiz_score=9),
        "learners[0].lessons.hajime-update.quiz_score",
    ),
    "history not a list": (lambda p: p.update(history={}), "history"),
    "history by not an id": (lambda p: p["history"][0].update(by="佐藤"), "history[0].by"),
    "unknown request": (lambda p: p["profile"].update(requested=["iso27001"]), "profile.requested"),
}


@pytest.mark.parametrize("case", sorted(BAD_PACKAGES))
def test_invalid_package_is_rejected_naming_the_field(store, fake_clock, case):
    package = _valid(store, fake_clock)
    spoil, field = BAD_PACKAGES[case]
    spoil(package)
    before = file_state(store)
    with pytest.raises(ImportRejected) as caught:
        import_handover(store, package)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert file_state(store) == before
    with pytest.raises(ImportRejected):
        validate_handover(package)


def test_rejected_due_date_message_names_field_and_value(store, fake_clock):
    package = _valid(store, fake_clock)
    package["items"]["backup-offsite"]["due"] = "2026-13-40"
    with pytest.raises(ImportRejected) as caught:
        validate_handover(package)
    assert str(caught.value) == 'items.backup-offsite.due: "2026-13-40" is not a date (YYYY-MM-DD)'


def test_a_merge_refused_late_writes_nothing(store, fake_clock, tmp_path):
    """Even an import that fails inside the transaction leaves the file as it was."""
    profile_id = fill(store, fake_clock)
    package = export_handover(store, profile_id)
    package["learners"][0]["id"] = store.add_learner(store.create_profile("X").id, "Y").id
    package["items"]["brand-new"] = dict(package["items"]["upd-auto-os"])
    before = file_state(store)
    with pytest.raises(ImportRejected):
        import_handover(store, package)
    assert file_state(store) == before
    assert "brand-new" not in store.item_states(profile_id)


@pytest.mark.parametrize(
    "spoil,field",
    [
        (lambda p: p["profile"].update(name="A\ud800"), "profile.name"),
        (lambda p: p["items"]["upd-auto-os"].update(note="\udfff"), "items.upd-auto-os.note"),
        (lambda p: p["history"][0].update(key="k\ud800"), "history[0].key"),
    ],
)
def test_lone_surrogates_from_json_escapes_are_rejected(store, fake_clock, spoil, field):
    """json.loads turns "\\ud800" into a str that SQLite cannot store."""
    package = _valid(store, fake_clock)
    spoil(package)
    with pytest.raises(ImportRejected) as caught:
        import_handover(store, package)
    assert caught.value.field == field
    str(caught.value).encode("utf-8")  # the message itself is printable


def test_lone_surrogate_in_a_file_is_rejected(store, fake_clock, tmp_path):
    package = _valid(store, fake_clock)
    text = json.dumps(package, ensure_ascii=True).replace("\\u898b", "\\ud800", 1)
    path = tmp_path / "escaped.json"
    path.write_text(text, encoding="ascii")
    with pytest.raises(ImportRejected, match="profile.name"):
        import_handover(store, read_handover(path))


@pytest.mark.parametrize(
    "content,message",
    [
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
        (b'{"format": ', "not JSON"),
        (b"[1, 2, 3]", "not a JSON object"),
        (b'{"a": NaN}', "NaN"),
        (b'{"a": 1, "a": 2}', "appears twice"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"n": ' + b"9" * 10_000 + b"}", "not usable JSON"),
    ],
)
def test_unreadable_files_are_rejected(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportRejected, match=message):
        read_handover(path)


def test_oversize_file_is_rejected_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(exchange.MAX_HANDOVER_BYTES + 1)  # sparse: costs no disk

    def must_not_parse(*args, **kwargs):
        raise AssertionError("parsed an oversize file")

    monkeypatch.setattr(exchange, "parse_handover", must_not_parse)
    with pytest.raises(ImportRejected, match="20 MB") as caught:
        read_handover(path)
    assert caught.value.field == "file"


def test_package_with_utf8_bom_is_accepted(store, fake_clock, tmp_path):
    package = _valid(store, fake_clock)
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(package, ensure_ascii=False).encode("utf-8"))
    assert read_handover(path) == package


def test_export_of_unknown_company_raises_key_error(store):
    with pytest.raises(KeyError):
        export_handover(store, "no-such-id")


def test_import_normalises_timestamps_to_utc_milliseconds(store, fake_clock, tmp_path):
    package = _valid(store, fake_clock)
    package = copy.deepcopy(package)
    package["items"]["upd-auto-os"]["updated_at"] = "2026-11-25T18:09:00+09:00"
    with other_store(tmp_path, "other-pc") as target:
        import_handover(target, package)
        again = export_handover(target, package["profile"]["id"])
    assert again["items"]["upd-auto-os"]["updated_at"] == "2026-11-25T09:09:00.000+00:00"


def test_schema_uses_the_same_vocabulary_and_patterns_as_the_check(schema):
    """docs/handover.schema.json is written by hand: keep it in step with the code."""
    from desktop.core import vocab
    from desktop.storage import field_rules

    defs = schema["$defs"]
    assert defs["timestamp"]["pattern"] == f"^{field_rules.STAMP_TEXT.pattern}$"
    assert defs["uuid"]["pattern"] == f"^{field_rules.UUID_TEXT.pattern}$"
    assert defs["contentId"]["pattern"] == f"^{field_rules.CONTENT_ID.pattern}$"
    assert defs["item"]["properties"]["status"]["enum"] == list(vocab.ITEM_STATUSES)
    answers = defs["selfcheck"]["properties"]["answers"]["additionalProperties"]["enum"]
    assert answers == list(vocab.SELFCHECK_ANSWERS)
    requested = defs["profile"]["properties"]["requested"]["items"]["enum"]
    assert requested == list(vocab.REQUESTS)
    assert defs["name"]["maxLength"] == field_rules.NAME_MAX
    assert defs["text"]["maxLength"] == field_rules.TEXT_MAX


def test_the_guide_and_targets_travel_with_the_company(store, fake_clock, tmp_path):
    profile_id = fill(store, fake_clock)
    with other_store(tmp_path, "other-pc") as target:
        report = import_handover(target, export_handover(store, profile_id))
        guide = target.guide(profile_id)
    assert report.guide == "added" and "guide added" in report.summary()
    assert guide.targets == ("scs3", "scs4", "jama")
    assert guide.answers == {"asked": ["scs3"], "facts": {"confidential": "yes", "automotive": "yes"}}
    assert guide.next_review == date(2027, 4, 1)


def test_newer_guide_wins_a_merge(store, fake_clock, tmp_path):
    profile_id = fill(store, fake_clock)
    with other_store(tmp_path, "laptop") as laptop:
        import_handover(laptop, export_handover(store, profile_id))
        fake_clock.advance(hours=1)
        laptop.set_guide(profile_id, {"asked": ["sa1"], "facts": {}}, ["sa1"])
        report = import_handover(store, export_handover(laptop, profile_id))
        assert report.guide == "updated"
        assert store.guide(profile_id).targets == ("sa1",)
        back = import_handover(laptop, export_handover(store, profile_id))
    assert back.guide == "kept"


def test_a_package_from_before_the_guide_still_imports(store, fake_clock, tmp_path):
    package = export_handover(store, fill(store, fake_clock))
    del package["guide"]
    with other_store(tmp_path, "other-pc") as target:
        report = import_handover(target, package)
        assert target.guide(package["profile"]["id"]) is None
    assert report.added and report.guide == ""


@pytest.mark.parametrize(
    ("spoil", "field"),
    [
        (lambda g: g.update(targets=["scs5"]), "guide.targets"),
        (lambda g: g.update(targets=["sa1", "sa1"]), "guide.targets"),
        (lambda g: g["answers"]["facts"].update(iot="maybe"), "guide.answers"),
        (lambda g: g.update(next_review="2027-02-30"), "guide.next_review"),
        (lambda g: g.pop("updated_at"), "guide.updated_at"),
        (lambda g: g.update(extra=1), "guide.extra"),
    ],
)
def test_a_bad_guide_is_rejected_naming_the_field(store, fake_clock, tmp_path, spoil, field):
    package = export_handover(store, fill(store, fake_clock))
    spoil(package["guide"])
    with other_store(tmp_path, "other-pc") as target:
        before = file_state(target)
        with pytest.raises(ImportRejected) as caught:
            import_handover(target, package)
        assert file_state(target) == before
    assert caught.value.field == field
