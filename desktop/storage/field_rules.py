"""Field rules shared by the store API and the hand-over import.

Both paths call these functions, so the app never stores a value that an export of it
would then fail to import. Each rule raises ValueError with a message that quotes the value.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, TypeGuard

from desktop.core import vocab
from desktop.storage import clock

NAME_MAX = 200
TEXT_MAX = 10_000
EMPLOYEES_MAX = 10_000_000
QUIZ_MAX = 1_000

CONTENT_ID = re.compile(r"[a-z][a-z0-9-]{0,63}")
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Stricter than datetime.fromisoformat, which also takes week dates and naive times.
STAMP_TEXT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})"
)


def show(value: object) -> str:
    """A value as the user would see it in a file: JSON text, shortened."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    # A lone surrogate would make the message itself unprintable: escape it.
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= 60 else text[:57] + "..."


def is_int(value: object) -> TypeGuard[int]:
    """True for a whole number (bool is not one, although Python says it is an int)."""
    return isinstance(value, int) and not isinstance(value, bool)


def has_control(text: str) -> bool:
    """True when TEXT contains a line break, tab or other control character."""
    return any(unicodedata.category(char) == "Cc" for char in text)


def check_unicode(value: object) -> str:
    """Text that can be stored: a str without lone surrogates (JSON allows "\\ud800")."""
    if not isinstance(value, str):
        raise ValueError(f"{show(value)} is not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{show(value)} contains invalid Unicode (a lone surrogate)") from None
    return value


def clean_name(value: object) -> str:
    """A company or learner name: text, trimmed, not blank, one line, at most NAME_MAX."""
    check_unicode(value)
    assert isinstance(value, str)
    name = value.strip()
    if not name:
        raise ValueError("a name is required (it is empty)")
    if len(value) > NAME_MAX:
        raise ValueError(f"{show(value)} is longer than {NAME_MAX} characters")
    if has_control(name):
        raise ValueError(f"{show(value)} contains line breaks or control characters")
    return name


def check_text(value: object) -> str:
    """Free text (note, owner, evidence, scope, industry): a string of at most TEXT_MAX."""
    check_unicode(value)
    assert isinstance(value, str)
    if len(value) > TEXT_MAX:
        raise ValueError(f"text of {len(value)} characters is longer than {TEXT_MAX}")
    return value


def check_employees(value: object) -> int | None:
    """Number of employees: None or a whole number from 0 to EMPLOYEES_MAX."""
    if value is None:
        return None
    if not is_int(value) or not 0 <= value <= EMPLOYEES_MAX:
        raise ValueError(f"{show(value)} is not a number of employees (0-{EMPLOYEES_MAX})")
    return value


def clean_requested(values: object) -> tuple[str, ...]:
    """What the customer asked for: values of vocab.REQUESTS, deduplicated, in vocab order."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValueError(f"{show(values)} is not a list of requests")
    chosen = list(values)
    for value in chosen:
        if value not in vocab.REQUESTS:
            raise ValueError(f"{show(value)} is not one of {', '.join(vocab.REQUESTS)}")
    return tuple(request for request in vocab.REQUESTS if request in chosen)


def clean_guide_answers(value: object) -> dict[str, Any]:
    """Answers to the 「うちに必要なのは？」 guide, in the form the store keeps them."""
    from desktop.core.targets import answers_from_dict

    return answers_from_dict(value).as_dict()


def clean_targets(values: object) -> tuple[str, ...]:
    """Target keys (desktop.core.targets.TARGET_KEYS), deduplicated, in that order."""
    from desktop.core.targets import clean_targets as clean

    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValueError(f"{show(values)} is not a list of targets")
    return clean(values)


SOURCE_TEXT = re.compile(r"selfcheck:([1-9]|1[0-9]|2[0-5])")


def check_source(value: object) -> str | None:
    """Where an item's status was taken over from: None, or "selfcheck:N" (question N)."""
    if value is None or (isinstance(value, str) and SOURCE_TEXT.fullmatch(value)):
        return value
    raise ValueError(f"{show(value)} is not a source (selfcheck:1 to selfcheck:25)")


def check_status(value: object) -> str:
    """An item status from vocab.ITEM_STATUSES."""
    if value not in vocab.ITEM_STATUSES:
        raise ValueError(f"{show(value)} is not one of {', '.join(vocab.ITEM_STATUSES)}")
    return value


def check_reason(status: str, reason: object) -> str | None:
    """`na` needs a non-blank reason; every other status has none."""
    if status == "na":
        if not isinstance(reason, str) or not reason.strip():
            raise ValueError("'na' (not applicable) needs a reason")
        return check_text(reason)
    if reason is not None:
        raise ValueError(f"{show(reason)}: only 'na' (not applicable) takes a reason")
    return None


def check_answer(value: object) -> str:
    """A self-check answer from vocab.SELFCHECK_ANSWERS."""
    if value not in vocab.SELFCHECK_ANSWERS:
        raise ValueError(f"{show(value)} is not one of {', '.join(vocab.SELFCHECK_ANSWERS)}")
    return value


def check_question(value: object) -> int:
    """A self-check question number, 1-25."""
    if not is_int(value) or value not in vocab.SELFCHECK_QUESTIONS:
        first, last = vocab.SELFCHECK_QUESTIONS[0], vocab.SELFCHECK_QUESTIONS[-1]
        raise ValueError(f"{show(value)} is not a question number ({first}-{last})")
    return value


def check_content_id(value: object, kind: str = "id") -> str:
    """An item or lesson id as the content format defines it (`upd-auto-os`)."""
    if not isinstance(value, str) or not CONTENT_ID.fullmatch(value):
        raise ValueError(
            f"{show(value)} is not a valid {kind} (a-z, 0-9 and '-', starting with a letter, "
            "at most 64 characters)"
        )
    return value


def check_uuid(value: object) -> str:
    """A profile or learner id: a UUID in lowercase canonical text form."""
    if not isinstance(value, str) or not UUID_TEXT.fullmatch(value):
        raise ValueError(f"{show(value)} is not an id (a lowercase UUID)")
    return value


def check_quiz(score: object, total: object) -> tuple[int | None, int | None]:
    """Quiz result: both None, or 0 <= score <= total, 1 <= total <= QUIZ_MAX."""
    if score is None and total is None:
        return None, None
    if not (is_int(score) and is_int(total)) or not 0 <= score <= total <= QUIZ_MAX or not total:
        raise ValueError(
            f"quiz score {show(score)} of {show(total)} is not a result "
            f"(0 <= score <= total, 1 <= total <= {QUIZ_MAX})"
        )
    return score, total


def parse_date(value: object) -> date:
    """A due date written as YYYY-MM-DD."""
    if isinstance(value, str) and DATE_TEXT.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{show(value)} is not a date (YYYY-MM-DD)")


def check_due(value: object) -> date | None:
    """A due date given through the API: a datetime.date (not a datetime) or None."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    raise ValueError(f"{show(value)} is not a date (datetime.date or None)")


def canonical_stamp(value: object) -> str:
    """An ISO-8601 timestamp with a time zone, rewritten as the store writes them (UTC, ms)."""
    if isinstance(value, str) and STAMP_TEXT.fullmatch(value):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return clock.stamp(moment.astimezone(UTC))
        except (ValueError, OverflowError):
            pass
    raise ValueError(f"{show(value)} is not a timestamp (ISO-8601 with a time zone)")
