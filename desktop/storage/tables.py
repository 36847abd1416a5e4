"""One definition per table: its columns, its key, and how each value is kept.

A table's columns are the fields of its record (storage/records.py, and storage/star3_records.py
for the SCS ★3 tables) plus the columns that tie a row to its company without being part of
the record. Every value has three forms:
the record's (datetime, date, tuple), the stored one (SQLite text and numbers) and the one
in a hand-over file (JSON). The store builds its records and its SQL from these
definitions, the hand-over export, check and merge take their field lists from them, and
tests compare them with the schema the migrations leave and with
docs/handover.schema.json, so a new column cannot be forgotten in one of those places.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from sqlite3 import Connection
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from desktop.storage import clock
from desktop.storage.records import (
    Answer,
    CompanyGuide,
    HistoryEntry,
    ItemState,
    Learner,
    LessonResult,
    Profile,
)
from desktop.storage.star3_records import (
    ConfirmationRow,
    EvidenceFileRow,
    EvidenceRow,
    JudgementRow,
    PledgeRow,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


def _same(value: Any) -> Any:
    """The value as it is (a column kept in the same form everywhere)."""
    return value


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _day_text(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _list_text(values: Iterable[Any]) -> str:
    return json.dumps(list(values))


def _object_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _tuple(text: str) -> tuple[Any, ...]:
    return tuple(json.loads(text))


def _object(text: str) -> Any:
    return json.loads(text)


def _flag(value: Any) -> int:
    return int(bool(value))


@dataclass(frozen=True)
class Form:
    """How one column's value changes between the record, the database and a hand-over file."""

    load: Callable[[Any], Any] = _same  # stored -> record
    store: Callable[[Any], Any] = _same  # record -> stored
    export: Callable[[Any], Any] = _same  # record -> hand-over file
    adopt: Callable[[Any], Any] = _same  # hand-over file (checked) -> stored


PLAIN = Form()
# Stamps are stored and handed over as the same text (UTC, milliseconds).
STAMP = Form(load=clock.parse_stamp, store=clock.stamp, export=clock.stamp)
DAY = Form(load=_day, store=_day_text, export=_day_text)  # YYYY-MM-DD or NULL
LIST = Form(load=_tuple, store=_list_text, export=list, adopt=_list_text)  # a JSON list
OBJECT = Form(load=_object, store=_object_text, adopt=_object_text)  # a JSON object
FLAG = Form(load=bool, store=_flag, adopt=_flag)  # 0 or 1 in SQLite, true or false in a file


@dataclass(frozen=True)
class Table(Generic[R]):
    """A table: its record, key, the forms of its values and its hand-over part."""

    name: str
    record: type[R]
    key: tuple[str, ...]
    forms: Mapping[str, Form] = field(default_factory=dict)
    # stored columns the record leaves out: the company a row belongs to
    owner: tuple[str, ...] = ()
    # a column SQLite assigns (INTEGER PRIMARY KEY), never written by Mamori
    assigned: tuple[str, ...] = ()
    # record fields the hand-over part leaves out (the key it is filed under, a local id)
    not_handed_over: tuple[str, ...] = ()
    # hand-over fields an older file may lack
    optional: tuple[str, ...] = ()

    @cached_property
    def fields(self) -> tuple[str, ...]:
        """The record's fields, in their order."""
        return tuple(f.name for f in dataclasses.fields(self.record))

    @cached_property
    def columns(self) -> tuple[str, ...]:
        """Every column of the table: the record's fields and the owner columns."""
        return self.owner + self.fields

    @cached_property
    def handover_fields(self) -> tuple[str, ...]:
        """The fields of one row in a hand-over file."""
        return tuple(name for name in self.fields if name not in self.not_handed_over)

    @cached_property
    def handover_required(self) -> tuple[str, ...]:
        """The hand-over fields every file has (the rest are optional)."""
        return tuple(name for name in self.handover_fields if name not in self.optional)

    def form(self, column: str) -> Form:
        """How the values of COLUMN are kept."""
        return self.forms.get(column, PLAIN)

    def from_row(self, row: Mapping[str, Any]) -> R:
        """The record of a stored row (extra columns in ROW are left out)."""
        return self.record(**{name: self.form(name).load(row[name]) for name in self.fields})

    def stored(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """VALUES (record forms, by column) as the database keeps them."""
        return {name: self.form(name).store(value) for name, value in values.items()}

    def adopted(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """VALUES of a checked hand-over file (by column) as the database keeps them."""
        return {name: self.form(name).adopt(value) for name, value in values.items()}

    def exported(self, record: R) -> dict[str, Any]:
        """The record as one row of its hand-over part."""
        return {name: self.form(name).export(getattr(record, name)) for name in self.handover_fields}

    def select(self, rest: str = "") -> str:
        """`SELECT` of every column (qualified with the table name), then REST."""
        columns = ", ".join(f"{self.name}.{name}" for name in self.columns)
        return f"SELECT {columns} FROM {self.name}" + (f" {rest}" if rest else "")

    def insert(self, columns: Iterable[str], *, replace: bool = False, ignore: bool = False) -> str:
        """`INSERT` of COLUMNS with named placeholders; with REPLACE a row with the same key
        is replaced, with IGNORE it is kept and nothing is written."""
        names = self._known(columns)
        if replace and ignore:
            raise ValueError("a row is either replaced or kept, not both")
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE" if ignore else "INSERT"
        return (f"{verb} INTO {self.name} ({', '.join(names)})"
                f" VALUES ({', '.join(':' + name for name in names)})")

    def upsert(self, columns: Iterable[str], update: Iterable[str]) -> str:
        """Insert COLUMNS, or when the key is taken change only UPDATE of that row."""
        changed = self._known(update)
        assignments = ", ".join(f"{name} = excluded.{name}" for name in changed)
        return (f"{self.insert(columns)} ON CONFLICT ({', '.join(self.key)})"
                f" DO UPDATE SET {assignments}")

    def _known(self, columns: Iterable[str]) -> tuple[str, ...]:
        names = tuple(columns)
        unknown = [name for name in names if name not in self.columns]
        if unknown or not names:
            raise ValueError(f"{self.name} has no column {', '.join(unknown) or '(none given)'}")
        return names


PROFILES = Table("profiles", Profile, key=("id",),
                 forms={"requested": LIST, "created_at": STAMP, "updated_at": STAMP})
LEARNERS = Table("learners", Learner, key=("id",), forms={"created_at": STAMP},
                 not_handed_over=("profile_id",))
LESSON_RESULTS = Table("lesson_results", LessonResult, key=("learner_id", "lesson_id"),
                       forms={"completed_at": STAMP}, not_handed_over=("learner_id", "lesson_id"))
ITEM_STATES = Table("item_states", ItemState, key=("profile_id", "item_id"),
                    forms={"due": DAY, "updated_at": STAMP}, owner=("profile_id",),
                    not_handed_over=("item_id",))
ANSWERS = Table("answers", Answer, key=("profile_id", "question"), forms={"updated_at": STAMP},
                owner=("profile_id",), not_handed_over=("question",))
HISTORY = Table("history", HistoryEntry, key=("id",), forms={"at": STAMP}, owner=("profile_id",),
                assigned=("id",), not_handed_over=("id",), optional=("by_name",))
COMPANY_GUIDE = Table("company_guide", CompanyGuide, key=("profile_id",),
                      forms={"answers": OBJECT, "targets": LIST, "next_review": DAY,
                             "updated_at": STAMP},
                      not_handed_over=("profile_id",))

TABLES: tuple[Table[Any], ...] = (
    PROFILES, LEARNERS, LESSON_RESULTS, ITEM_STATES, ANSWERS, HISTORY, COMPANY_GUIDE
)

# The SCS ★3 tables (storage/star3_store.py); their part of a hand-over file is `star3`
# (storage/star3_handover.py), where a judgement is filed under its criterion and an
# evidence record carries its files.
SCS_JUDGEMENTS = Table("scs_judgements", JudgementRow, key=("profile_id", "criterion"),
                       forms={"updated_at": STAMP}, owner=("profile_id",),
                       not_handed_over=("criterion",))
SCS_EVIDENCE = Table("scs_evidence", EvidenceRow, key=("id",),
                     forms={"effective": DAY, "expires": DAY, "created_at": STAMP,
                            "updated_at": STAMP},
                     owner=("profile_id",), assigned=("id",), not_handed_over=("id",))
SCS_EVIDENCE_FILES = Table("scs_evidence_files", EvidenceFileRow, key=("evidence_id", "sha256"),
                           forms={"added_at": STAMP}, not_handed_over=("evidence_id",))
SCS_CONFIRMATIONS = Table("scs_confirmations", ConfirmationRow, key=("id",),
                          forms={"external": FLAG, "at": STAMP}, owner=("profile_id",),
                          assigned=("id",), not_handed_over=("id",))
SCS_PLEDGES = Table("scs_pledges", PledgeRow, key=("id",), forms={"date": DAY, "at": STAMP},
                    owner=("profile_id",), assigned=("id",), not_handed_over=("id",))

STAR3_TABLES: tuple[Table[Any], ...] = (
    SCS_JUDGEMENTS, SCS_EVIDENCE, SCS_EVIDENCE_FILES, SCS_CONFIRMATIONS, SCS_PLEDGES
)


# -- reading and writing rows ----------------------------------------------------------


def rows(db: Connection, table: Table[Any], where: Mapping[str, Any],
         order_by: str = "") -> list[dict[str, Any]]:
    """The stored rows whose columns have the values in WHERE, as dicts by column."""
    rest = f"WHERE {_condition(table, where)}" + (f" ORDER BY {order_by}" if order_by else "")
    return read(db, table.select(rest), dict(where))


def read(db: Connection, sql: str, params: Mapping[str, Any] | Iterable[Any] = ()) -> list[dict[str, Any]]:
    """The rows a query (such as a table's `select`) gives, as dicts by column."""
    cursor = db.execute(sql, params if isinstance(params, Mapping) else list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def find(db: Connection, table: Table[Any], key: Mapping[str, Any]) -> dict[str, Any] | None:
    """The stored row with this key (every key column given), or None."""
    if set(key) != set(table.key):
        raise ValueError(f"the key of {table.name} is {', '.join(table.key)}")
    found = rows(db, table, key)
    return found[0] if found else None


def add_row(db: Connection, table: Table[Any], values: Mapping[str, Any], *,
            replace: bool = False, ignore: bool = False) -> int | None:
    """Write one whole row (stored forms of every column but the assigned one); with
    REPLACE a row with the same key is replaced, with IGNORE it is kept. Returns the new
    row's rowid."""
    wanted = {name for name in table.columns if name not in table.assigned}
    if set(values) != wanted:
        missing, extra = sorted(wanted - set(values)), sorted(set(values) - wanted)
        raise ValueError(f"a row of {table.name} needs {missing} and has no column {extra}")
    sql = table.insert(values, replace=replace, ignore=ignore)
    return db.execute(sql, dict(values)).lastrowid


def update_row(db: Connection, table: Table[Any], key: Mapping[str, Any],
               values: Mapping[str, Any]) -> None:
    """Change the columns in VALUES (stored forms) of the row with this key."""
    if set(key) != set(table.key) or set(values) & set(key):
        raise ValueError(f"the key of {table.name} is {', '.join(table.key)}")
    assignments = ", ".join(f"{name} = :{name}" for name in table._known(values))
    db.execute(f"UPDATE {table.name} SET {assignments} WHERE {_condition(table, key)}", {**values, **key})


def remove_rows(db: Connection, table: Table[Any], where: Mapping[str, Any]) -> int:
    """Delete the rows whose columns have the values in WHERE; returns how many went."""
    return db.execute(f"DELETE FROM {table.name} WHERE {_condition(table, where)}", dict(where)).rowcount


def _condition(table: Table[Any], where: Iterable[str]) -> str:
    """`column = :column AND ...` for the columns of WHERE (all of them TABLE's)."""
    return " AND ".join(f"{name} = :{name}" for name in table._known(where))
