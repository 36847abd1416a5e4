"""What makes `mamori collect` fast must not change what it accepts or what it leaves behind:
the quick reading of Mamori's own layout, helper processes, and a new collection written
in a hidden file that is put in place only whole and checked."""

from __future__ import annotations

import codecs
import json
import os
import sqlite3

import pytest

from desktop.__main__ import main
from desktop.core.summary_check import check_file, parse_mamori_layout
from desktop.storage import collect_db, collect_output, collect_workers
from desktop.storage.collect_db import CollectFailed, collect
from tests.support.collect_support import base_summary, variant, write


@pytest.fixture(scope="module")
def base(model):
    return base_summary(model)


def rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def record_values(outcome):
    record = outcome.record
    return record.supplier, record.schemes, record.criteria, record.criterion_info, record.plans


# -- reading Mamori's own layout quickly ---------------------------------------------------------

def test_mamori_layout_is_read_quickly_and_any_other_layout_the_careful_way(base, tmp_path):
    document = variant(base, 1)
    mamori = write(tmp_path / "mamori.json", document)
    raw = mamori.read_bytes()
    assert parse_mamori_layout(raw) == json.loads(raw)
    assert parse_mamori_layout(codecs.BOM_UTF8 + raw) == json.loads(raw)
    others = {
        "compact.json": json.dumps(document, ensure_ascii=False).encode("utf-8"),
        "ascii.json": (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii"),
        "crlf.json": raw.replace(b"\n", b"\r\n"),
        "no-newline.json": raw.rstrip(b"\n"),
    }
    expected = record_values(check_file(str(mamori)))
    for name, content in others.items():
        assert parse_mamori_layout(content) is None, name
        (tmp_path / name).write_bytes(content)
        outcome = check_file(str(tmp_path / name))
        assert outcome.reason is None, (name, outcome.reason)
        assert record_values(outcome) == expected, name


def test_a_key_written_twice_is_refused_even_with_the_same_value(base, tmp_path):
    good = write(tmp_path / "good.json", variant(base, 1)).read_text(encoding="utf-8")
    line = next(line for line in good.splitlines() if line.startswith('  "date": '))
    twice = good.replace(line, line + "\n" + line, 1)  # the parsed value is the same as the good one's
    assert json.loads(twice) == json.loads(good)
    assert parse_mamori_layout(twice.encode("utf-8")) is None
    (tmp_path / "twice.json").write_text(twice, encoding="utf-8")
    outcome = check_file(str(tmp_path / "twice.json"))
    assert outcome.record is None and "the key 'date' appears twice" in outcome.reason


def test_a_bad_value_is_refused_after_many_good_files_were_checked(base, tmp_path):
    """The shape check remembers good criterion ids and dates; a bad one is still seen."""
    for number in range(3):
        assert check_file(str(write(tmp_path / f"g{number}.json", variant(base, number)))).reason is None

    def bad_criterion(summary):
        summary["schemes"]["scs-star4"]["criteria"][5]["id"] = "1-1-1"

    def bad_due(summary):
        dated = next(entry for entry in summary["plan"] if entry["due"])
        dated["due"] = "2026-02-30"

    def bad_item(summary):
        summary["schemes"]["scs-star3"]["criteria"][0]["items"].append(7)

    cases = {"criteria[5].id": bad_criterion, ".due is": bad_due, "criteria[0].items[": bad_item}
    for words, change in cases.items():
        outcome = check_file(str(write(tmp_path / "bad.json", variant(base, 9, change=change))))
        assert outcome.record is None and "does not match the summary schema" in outcome.reason, words
        assert words in outcome.reason


# -- many files, some damaged, in helper processes -------------------------------------------------

def test_damaged_files_among_many_are_named_and_skipped_alike_with_and_without_helpers(base, tmp_path):
    inbox = tmp_path / "inbox"
    count = collect_workers.PARALLEL_FROM + 6
    for number in range(count):
        write(inbox / f"s{number:03d}.json", variant(base, number))
    good = (inbox / "s010.json").read_bytes()
    (inbox / "s011.json").write_bytes(good[: len(good) // 2])  # cut off in the mail
    (inbox / "s012.json").write_bytes(good.replace(b'"met": ', b'"met": 9', 1))
    (inbox / "s013.json").write_text(json.dumps(variant(base, 13), ensure_ascii=False), encoding="utf-8")
    (inbox / "s014.json").write_bytes(codecs.BOM_UTF8 + (inbox / "s014.json").read_bytes())
    text = (inbox / "s015.json").read_text(encoding="utf-8")
    (inbox / "s015.json").write_text(text.replace('\n  "date": ', '\n  "date": "2020-01-01",\n  "date": ', 1),
                                     encoding="utf-8")
    one = collect([inbox], tmp_path / "one.db", workers=1)
    two = collect([inbox], tmp_path / "two.db", workers=2)
    reasons = {path.rsplit(os.sep, 1)[-1]: reason for path, reason in two.rejected}
    assert sorted(reasons) == ["s011.json", "s012.json", "s015.json"]
    assert reasons["s011.json"].startswith("is not JSON")
    assert reasons["s012.json"].startswith("changed after export")
    assert "appears twice" in reasons["s015.json"]
    assert one.rejected == two.rejected and one.added == two.added == count - 3
    for query in ("SELECT * FROM criteria ORDER BY criterion",
                  "SELECT supplier_id, criterion, status, planned_date FROM supplier_criteria ORDER BY 1, 2",
                  "SELECT * FROM supplier_schemes ORDER BY 1, 2", "SELECT * FROM plans ORDER BY 1, 2",
                  "SELECT path, outcome, reason, supplier_id FROM ingested_files ORDER BY 1"):
        assert rows(tmp_path / "one.db", query) == rows(tmp_path / "two.db", query), query
    assert len(rows(tmp_path / "two.db", "SELECT * FROM criteria")) == 153


# -- a new collection appears whole or not at all -----------------------------------------------------

@pytest.fixture
def inbox(base, tmp_path):
    folder = tmp_path / "inbox"
    for number in range(4):
        write(folder / f"s{number}.json", variant(base, number))
    return folder


def beside(db):
    return sorted(p.name for p in db.parent.iterdir())


def fail_on_call(monkeypatch, module, name, call: int, error: Exception):
    """MODULE.NAME raises ERROR from its CALL-th call on."""
    real = getattr(module, name)
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) >= call:
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, failing)


def test_a_new_collection_is_put_in_place_whole_and_in_rollback_journal_mode(inbox, tmp_path):
    db = tmp_path / "out" / "suppliers.db"
    db.parent.mkdir()
    report = collect([inbox], db)
    assert report.added == 4 and beside(db) == ["suppliers.db"]
    assert rows(db, "PRAGMA journal_mode") == [("delete",)]
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    indexes = {name for (name,) in rows(db, "SELECT name FROM sqlite_master WHERE type = 'index'"
                                             " AND name NOT LIKE 'sqlite_autoindex%'")}
    assert indexes == {f"{t}_{'_'.join(c)}" for t, c in collect_db.INDEXES}


def test_a_new_collection_that_stops_part_way_is_not_created(inbox, tmp_path, monkeypatch, capsys):
    db = tmp_path / "out" / "suppliers.db"
    db.parent.mkdir()
    fail_on_call(monkeypatch, collect_db, "_write_supplier", 3, sqlite3.OperationalError("database or disk is full"))
    with pytest.raises(CollectFailed, match="nothing was saved and .* was not created"):
        collect([inbox], db)
    assert beside(db) == []  # neither the output nor the hidden file it was being filled in
    code = main(["collect", str(inbox), "-o", str(db)])
    captured = capsys.readouterr()
    assert code == 1 and "database or disk is full" in captured.err and "Traceback" not in captured.err
    assert beside(db) == []


def test_a_new_collection_that_fails_its_check_is_not_put_in_place(inbox, tmp_path, monkeypatch):
    db = tmp_path / "out" / "suppliers.db"
    db.parent.mkdir()
    real = collect_output.create_indexes

    def lose_a_row(database):  # as if a supplier's row had not reached the file
        database.conn.execute("DELETE FROM suppliers WHERE rowid = 1")
        real(database)

    monkeypatch.setattr(collect_output, "create_indexes", lose_a_row)
    with pytest.raises(CollectFailed, match="holds 3 supplier.* not the 4 and 4 written"):
        collect([inbox], db)
    assert beside(db) == []


def test_an_existing_collection_keeps_what_it_had_when_a_run_stops(base, inbox, tmp_path, monkeypatch):
    db = tmp_path / "suppliers.db"
    collect([inbox], db)
    write(inbox / "s8.json", variant(base, 8))
    write(inbox / "s9.json", variant(base, 9))
    fail_on_call(monkeypatch, collect_db, "_write_supplier", 2, sqlite3.OperationalError("disk I/O error"))
    with pytest.raises(CollectFailed, match="the first 0 file"):
        collect([inbox], db)
    assert rows(db, "SELECT COUNT(*) FROM suppliers") == [(4,)]
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    monkeypatch.undo()
    assert collect([inbox], db).added == 2
