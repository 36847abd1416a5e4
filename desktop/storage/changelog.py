"""The change log: what kinds of change exist, how values are written, what it tells.

Every change to a company appends one row per changed field, in the same transaction as
the change. Values are stored as text: dates as YYYY-MM-DD, `requested` comma-separated,
lesson results as "completed" or "score/total".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from sqlite3 import Connection

from desktop.storage import clock, tables
from desktop.storage.records import HistoryEntry
from desktop.storage.tables import HISTORY

# Values of `what`; item changes are ITEM + field ("item.status", "item.note", ...).
PROFILE, LEARNER, LESSON, ANSWER, ITEM = "profile", "learner", "lesson", "answer", "item."
ITEM_STATUS = ITEM + "status"
# The guide (key = "answers", "targets" or "next_review") and where a status came from
# (ITEM + "source", key = item id, new = e.g. "selfcheck:3" when taken over from question 3).
GUIDE = "guide"
ITEM_SOURCE = ITEM + "source"



def log(
    db: Connection,
    profile_id: str,
    at: str,
    what: str,
    key: str,
    old: str | None,
    new: str | None,
    by: str | None = None,
    by_name: str | None = None,
) -> None:
    """Append one change; call inside the transaction that makes the change."""
    add(db, {"profile_id": profile_id, "at": at, "what": what, "key": key, "old": old, "new": new,
             "by": by, "by_name": by_name})


def add(db: Connection, row: Mapping[str, str | None]) -> None:
    """Append one history row given in its stored form (every column but the id)."""
    tables.add_row(db, HISTORY, row)


def as_text(value: object) -> str | None:
    """A field value as history stores it."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ",".join(value)
    return str(value)


def lesson_text(score: int | None, total: int | None) -> str:
    """A lesson result as history stores it."""
    return "completed" if total is None else f"{score}/{total}"


def parse_lesson_text(text: str | None) -> tuple[int | None, int | None]:
    """(score, total) from a stored lesson result; (None, None) for "completed"."""
    score, sep, total = (text or "").partition("/")
    if sep and score.isdigit() and total.isdigit():
        return int(score), int(total)
    return None, None


def entries(db: Connection, profile_id: str, limit: int | None = None) -> list[HistoryEntry]:
    """The company's changes, newest first."""
    cursor = db.execute(
        HISTORY.select("WHERE profile_id = ? ORDER BY at DESC, id DESC LIMIT ?"),
        [profile_id, -1 if limit is None else limit],
    )
    names = [column[0] for column in cursor.description]
    return [HISTORY.from_row(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def done_per_day(db: Connection, profile_id: str, tz: tzinfo | None = None) -> list[tuple[date, int]]:
    """Items done at the end of each day on which a status changed, oldest first."""
    rows = db.execute(
        "SELECT at, key, new FROM history WHERE profile_id = ? AND what = ? ORDER BY at, id",
        [profile_id, ITEM_STATUS],
    ).fetchall()
    statuses: dict[str, str | None] = {}
    trend: dict[date, int] = {}
    for at, item_id, new in rows:
        statuses[item_id] = new
        day = clock.parse_stamp(at).astimezone(tz).date()
        trend[day] = sum(1 for status in statuses.values() if status == "done")
    return sorted(trend.items())


def last_item_change(db: Connection, profile_id: str, item_id: str) -> datetime | None:
    """When anything about the item was last set or confirmed; None if never."""
    row = db.execute(
        "SELECT MAX(at) FROM history WHERE profile_id = ? AND key = ? AND what LIKE ?",
        [profile_id, item_id, ITEM + "%"],
    ).fetchone()
    return clock.parse_stamp(row[0]) if row and row[0] else None


def status_source(db: Connection, profile_id: str, item_id: str) -> str | None:
    """Where the item's current status was taken over from ("selfcheck:2"); None when
    its latest status was set by hand (or put back by an undo). A source row is written
    right after the status row it belongs to, in the same transaction."""
    latest = db.execute(
        "SELECT id, at FROM history WHERE profile_id = ? AND key = ? AND what = ? ORDER BY id DESC LIMIT 1",
        [profile_id, item_id, ITEM_STATUS],
    ).fetchone()
    if latest is None:
        return None
    row = db.execute(
        "SELECT new FROM history WHERE profile_id = ? AND key = ? AND what = ? AND id > ? AND at = ?"
        " ORDER BY id DESC LIMIT 1",
        [profile_id, item_id, ITEM_SOURCE, latest[0], latest[1]],
    ).fetchone()
    return row[0] if row else None
