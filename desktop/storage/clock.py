"""The one clock of the store: UTC timestamps with milliseconds.

Every stored timestamp comes from `now()`, so tests can replace it
(`monkeypatch.setattr(clock, "now", ...)`); callers use `clock.now()`, never a copy.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def stamp(moment: datetime | None = None) -> str:
    """ISO-8601 text in UTC with milliseconds, e.g. `2026-11-25T18:40:01.123+00:00`."""
    moment = now() if moment is None else moment
    if moment.tzinfo is None:
        raise ValueError("a timestamp needs a time zone")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_stamp(text: str) -> datetime:
    """A stored timestamp back as an aware datetime."""
    return datetime.fromisoformat(text)
