"""The one clock of the store: UTC timestamps with milliseconds.

Every stored timestamp comes from `now()`, so tests can replace it
(`monkeypatch.setattr(clock, "now", ...)`); callers use `clock.now()`, never a copy.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

_lock = threading.Lock()
_last: datetime | None = None


def now() -> datetime:
    """The current time in UTC, to the millisecond, always later than the previous call.

    Stamps have millisecond precision; two changes in the same millisecond would otherwise
    share a stamp and their order (learners, history) would be lost.
    """
    global _last
    moment = datetime.now(UTC)
    moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    with _lock:
        if _last is not None and moment <= _last:
            moment = _last + timedelta(milliseconds=1)
        _last = moment
    return moment


def stamp(moment: datetime | None = None) -> str:
    """ISO-8601 text in UTC with milliseconds, e.g. `2026-11-25T18:40:01.123+00:00`."""
    moment = now() if moment is None else moment
    if moment.tzinfo is None:
        raise ValueError("a timestamp needs a time zone")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_stamp(text: str) -> datetime:
    """A stored timestamp back as an aware datetime."""
    return datetime.fromisoformat(text)
