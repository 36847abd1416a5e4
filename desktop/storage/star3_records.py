"""The stored rows of the SCS ★3 tables, one immutable record per row.

Each record's fields are the columns of its table (storage/tables.py defines the tables
from them), so they carry what the app's own records (core/star3.py) leave out: an
evidence record's uid and times, a file's time of attaching, a row's local id.
star3_store turns them into the app's records where a screen needs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class JudgementRow:
    """The company's own judgement of one criterion, with its reason."""

    criterion: str
    status: str
    reason: str
    updated_at: datetime


@dataclass(frozen=True)
class EvidenceRow:
    """One evidence record: `id` is this database's, `uid` the same on every PC."""

    id: int
    uid: str
    criterion: str
    description: str
    effective: date | None
    expires: date | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class EvidenceFileRow:
    """A file attached to an evidence record, kept under its SHA-256."""

    evidence_id: int
    sha256: str
    name: str
    size: int
    added_at: datetime


@dataclass(frozen=True)
class ConfirmationRow:
    """One expert confirmation of one criterion (never changed once written)."""

    id: int
    criterion: str
    version: int
    by: str
    org: str
    external: bool
    advice: str
    fingerprint: str
    at: datetime


@dataclass(frozen=True)
class PledgeRow:
    """One recorded pledge by management (never changed once written)."""

    id: int
    by: str
    date: date
    at: datetime
