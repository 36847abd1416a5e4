"""What the progress store hands out: immutable records, built from table rows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.storage.clock import parse_stamp


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


def guide_from_row(row: dict[str, Any]) -> CompanyGuide:
    """A CompanyGuide from a `company_guide` row."""
    return CompanyGuide(
        profile_id=row["profile_id"],
        answers=json.loads(row["answers"]),
        targets=tuple(json.loads(row["targets"])),
        next_review=date.fromisoformat(row["next_review"]) if row["next_review"] else None,
        updated_at=parse_stamp(row["updated_at"]),
    )


def profile_from_row(row: dict[str, Any]) -> Profile:
    """A Profile from a `profiles` row."""
    return Profile(
        id=row["id"],
        name=row["name"],
        industry=row["industry"],
        employees=row["employees"],
        scope=row["scope"],
        requested=tuple(json.loads(row["requested"])),
        created_at=parse_stamp(row["created_at"]),
        updated_at=parse_stamp(row["updated_at"]),
    )


def learner_from_row(row: dict[str, Any]) -> Learner:
    """A Learner from a `learners` row."""
    return Learner(row["id"], row["profile_id"], row["name"], parse_stamp(row["created_at"]))


def lesson_from_row(row: dict[str, Any]) -> LessonResult:
    """A LessonResult from a `lesson_results` row."""
    return LessonResult(
        learner_id=row["learner_id"],
        lesson_id=row["lesson_id"],
        completed_at=parse_stamp(row["completed_at"]),
        quiz_score=row["quiz_score"],
        quiz_total=row["quiz_total"],
    )


def item_from_row(row: dict[str, Any]) -> ItemState:
    """An ItemState from an `item_states` row."""
    return ItemState(
        item_id=row["item_id"],
        status=row["status"],
        reason=row["reason"],
        note=row["note"],
        owner=row["owner"],
        due=date.fromisoformat(row["due"]) if row["due"] else None,
        evidence=row["evidence"],
        updated_at=parse_stamp(row["updated_at"]),
    )


def history_from_row(row: dict[str, Any]) -> HistoryEntry:
    """A HistoryEntry from a `history` row."""
    return HistoryEntry(
        id=row["id"],
        at=parse_stamp(row["at"]),
        what=row["what"],
        key=row["key"],
        old=row["old"],
        new=row["new"],
        by=row["by"],
        by_name=row["by_name"],
    )
