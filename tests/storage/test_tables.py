"""The table definitions (storage/tables.py) are the one description of each table (the
progress tables and the ★3 tables): the schema the migrations leave, the hand-over file's
schema and the check agree with them, and a record travels through them unchanged."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.storage import handover_check, star3_handover, tables
from desktop.storage.records import CompanyGuide, ItemState
from desktop.storage.star3_records import ConfirmationRow, EvidenceRow
from desktop.storage.tables import (
    ANSWERS,
    COMPANY_GUIDE,
    HISTORY,
    ITEM_STATES,
    LEARNERS,
    LESSON_RESULTS,
    PROFILES,
    SCS_CONFIRMATIONS,
    SCS_EVIDENCE,
    SCS_EVIDENCE_FILES,
    SCS_JUDGEMENTS,
    SCS_PLEDGES,
    STAR3_TABLES,
    TABLES,
)


def _live_columns(store, name):
    info = store.db.execute(f"PRAGMA table_info({name})").fetchall()
    columns = {row[1] for row in info}
    key = tuple(row[1] for row in sorted(info, key=lambda row: row[5]) if row[5])
    return columns, key


@pytest.mark.parametrize("table", TABLES + STAR3_TABLES, ids=lambda table: table.name)
def test_the_migrated_schema_has_exactly_the_defined_columns_and_key(store, table):
    columns, key = _live_columns(store, table.name)
    assert columns == set(table.columns)
    assert key == table.key
    assert len(table.columns) == len(set(table.columns))  # an owner column is not a field too


def test_every_table_has_a_definition(store):
    names = {row[0] for row in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'"
    )}
    assert names == {table.name for table in TABLES + STAR3_TABLES}


def _part(schema, *path):
    part = schema["$defs"]
    for step in path:
        part = part[step]
    return set(part["properties"]), set(part["required"])


@pytest.mark.parametrize(
    ("path", "table", "carried"),
    [
        (("profile",), PROFILES, ()),
        (("item",), ITEM_STATES, ()),
        (("learner",), LEARNERS, ("lessons",)),
        (("learner", "properties", "lessons", "additionalProperties"), LESSON_RESULTS, ()),
        (("change",), HISTORY, ()),
        (("guide",), COMPANY_GUIDE, ()),
        (("star3", "properties", "judgements", "additionalProperties"), SCS_JUDGEMENTS, ()),
        (("star3", "properties", "evidence", "items"), SCS_EVIDENCE, ("files",)),
        (("star3", "properties", "evidence", "items", "properties", "files", "items"),
         SCS_EVIDENCE_FILES, ()),
        (("star3", "properties", "confirmations", "items"), SCS_CONFIRMATIONS, ()),
        (("star3", "properties", "pledges", "items"), SCS_PLEDGES, ()),
    ],
    ids=lambda value: value.name if isinstance(value, tables.Table) else None,
)
def test_the_handover_schema_lists_the_fields_the_definitions_say(schema, path, table, carried):
    properties, required = _part(schema, *path)
    assert properties == {*table.handover_fields, *carried}
    assert required == {*table.handover_required, *carried}


def test_the_selfcheck_part_has_one_map_per_column_of_the_answers(schema):
    properties, required = _part(schema, "selfcheck")
    assert ANSWERS.handover_fields == ("answer", "updated_at")  # `answers` is the map of `answer`
    assert properties == required == set(handover_check._SELFCHECK) == {"answers", "updated_at"}


def test_the_check_takes_its_fields_from_the_definitions():
    assert handover_check._PROFILE == PROFILES.handover_fields
    assert handover_check._ITEM == ITEM_STATES.handover_fields
    assert handover_check._LESSON == LESSON_RESULTS.handover_fields
    assert handover_check._GUIDE == COMPANY_GUIDE.handover_fields
    assert set(handover_check._HISTORY) | set(HISTORY.optional) == set(HISTORY.handover_fields)


def test_the_star3_check_takes_its_fields_from_the_definitions(schema):
    assert star3_handover._JUDGEMENT == SCS_JUDGEMENTS.handover_fields
    assert star3_handover._EVIDENCE == (*SCS_EVIDENCE.handover_fields, "files")
    assert star3_handover._FILE == SCS_EVIDENCE_FILES.handover_fields
    assert star3_handover._CONFIRMATION == SCS_CONFIRMATIONS.handover_fields
    assert star3_handover._PLEDGE == SCS_PLEDGES.handover_fields
    properties, required = _part(schema, "star3")
    assert properties == required == set(star3_handover._STAR3)


def test_a_record_goes_to_its_row_and_hand_over_form_and_back():
    state = ItemState("upd-auto-os", "done", None, "メモ", "総務", date(2026, 12, 1), "",
                      datetime(2026, 11, 25, 9, 0, 0, 123000, tzinfo=UTC))
    row = {**ITEM_STATES.stored(vars(state)), "profile_id": "p"}
    assert row["due"] == "2026-12-01" and row["updated_at"] == "2026-11-25T09:00:00.123+00:00"
    assert ITEM_STATES.from_row(row) == state
    exported = ITEM_STATES.exported(state)
    assert "item_id" not in exported
    assert ITEM_STATES.adopted(exported) == {k: v for k, v in row.items() if k in exported}
    guide = CompanyGuide("p", {"facts": {"iot": "yes"}, "asked": ["sa1"]}, ("scs3",), None,
                         datetime(2026, 11, 25, tzinfo=UTC))
    stored = COMPANY_GUIDE.stored(vars(guide))
    assert stored["answers"] == '{"asked": ["sa1"], "facts": {"iot": "yes"}}'
    assert stored["targets"] == '["scs3"]'
    assert COMPANY_GUIDE.from_row(stored) == guide
    assert COMPANY_GUIDE.adopted(COMPANY_GUIDE.exported(guide)) == {
        k: v for k, v in stored.items() if k != "profile_id"}


def test_a_star3_record_goes_to_its_row_and_hand_over_form_and_back():
    at = datetime(2026, 11, 25, 9, 0, 0, 123000, tzinfo=UTC)
    confirmation = ConfirmationRow(7, "4-1-3-2", 2, "山田", "", True, "", "a" * 64, at)
    row = {**SCS_CONFIRMATIONS.stored(vars(confirmation)), "profile_id": "p"}
    assert row["external"] == 1 and row["at"] == "2026-11-25T09:00:00.123+00:00"
    assert SCS_CONFIRMATIONS.from_row(row) == confirmation
    exported = SCS_CONFIRMATIONS.exported(SCS_CONFIRMATIONS.from_row(row))
    assert exported["external"] is True and "id" not in exported  # a JSON bool, not 1
    adopted = SCS_CONFIRMATIONS.adopted(exported)
    assert adopted == {k: v for k, v in row.items() if k in exported}
    assert type(adopted["external"]) is int
    evidence = EvidenceRow(3, "u", "4-1-3-2", "契約書", date(2026, 4, 1), None, at, at)
    stored = SCS_EVIDENCE.stored(vars(evidence))
    assert stored["effective"] == "2026-04-01" and stored["expires"] is None
    assert SCS_EVIDENCE.from_row(stored) == evidence


def test_a_row_already_there_can_be_kept_or_removed(store):
    profile = store.create_profile("A社")
    row = {"profile_id": profile.id, "criterion": "4-1-3-2", "status": "met", "reason": "一",
           "updated_at": "2026-11-25T09:00:00.123+00:00"}
    key = {"profile_id": profile.id, "criterion": "4-1-3-2"}
    tables.add_row(store.db, SCS_JUDGEMENTS, row)
    tables.add_row(store.db, SCS_JUDGEMENTS, {**row, "reason": "二"}, ignore=True)
    assert tables.find(store.db, SCS_JUDGEMENTS, key)["reason"] == "一"
    with pytest.raises(ValueError, match="not both"):
        SCS_JUDGEMENTS.insert(row, replace=True, ignore=True)
    assert tables.remove_rows(store.db, SCS_JUDGEMENTS, key) == 1
    assert tables.find(store.db, SCS_JUDGEMENTS, key) is None


def test_a_whole_row_must_name_every_column(store):
    with pytest.raises(ValueError, match="needs"):
        tables.add_row(store.db, LEARNERS, {"id": "x", "name": "n", "created_at": "t"})
    with pytest.raises(ValueError, match="no column"):
        ITEM_STATES.insert(["profile_id", "colour"])


def test_the_format_name_inside_the_file_never_changes(schema):
    # Older Mamori versions read only files that call their format "mamori-package".
    assert handover_check.FORMAT == "mamori-package" == schema["properties"]["format"]["const"]


@pytest.mark.parametrize("module", ["exchange_merge", "star3_handover"])
def test_the_merge_writes_through_the_definitions_not_its_own_sql(module):
    source = (Path(tables.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
    assert ".execute(" not in source
    assert not re.search(r"\b(SELECT|INSERT|UPDATE|DELETE)\b", source.upper())
