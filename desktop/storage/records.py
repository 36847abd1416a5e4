"""What the progress store hands out: immutable records, one per table row.

Each record's fields are the columns of its table (storage/tables.py builds the records
from rows and derives the column lists of the SQL, the hand-over file and its check from
these fields); a column that ties a row to its company without being part of the record
is named in the table's definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class Profile:
    """A company (会社): the unit that owns learners, item states, answers and history."""

    id: str
    name: str
    industry: str
    employees: int | None
    scope: str
    requested: tuple[str, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Learner:
    """A person within a company (受講者)."""

    id: str
    profile_id: str
    name: str
    created_at: datetime


@dataclass(frozen=True)
class LessonResult:
    """A completed lesson of one learner, with the latest quiz result if there was a quiz."""

    learner_id: str
    lesson_id: str
    completed_at: datetime
    quiz_score: int | None
    quiz_total: int | None


@dataclass(frozen=True)
class ItemState:
    """Where a company stands on one checklist item; updated_at is None if never changed."""

    item_id: str
    status: str
    reason: str | None
    note: str
    owner: str
    due: date | None
    evidence: str
    updated_at: datetime | None


@dataclass(frozen=True)
class Answer:
    """A company's answer to one self-check question; answer is None once cleared."""

    question: int
    answer: str | None
    updated_at: datetime


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded change: when, what kind, which key, old and new value, by which learner."""

    id: int
    at: datetime
    what: str
    key: str
    old: str | None
    new: str | None
    by: str | None
    by_name: str | None


@dataclass(frozen=True)
class CompanyGuide:
    """A company's answers to the 「うちに必要なのは？」 guide, the targets chosen from them,
    and the next-review date if one was set (None: a year after the last self-check)."""

    profile_id: str
    answers: dict[str, Any]
    targets: tuple[str, ...]
    next_review: date | None
    updated_at: datetime
