"""Checks of single values of a summary file against docs/summary.schema.json (no Qt, no SQL).

Each check takes the field's place in the file (`schemes.scs-star3.criteria[4].id`) and
its value, returns the value when it has the documented shape, and raises ShapeProblem
with one phrase naming the field otherwise. desktop/core/summary_shape.py walks the
summary with them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Collection
from typing import Any, NoReturn

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DATE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
DATETIME = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                      r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])")
CRITERION = re.compile(r"[0-9]+-[0-9]+-[0-9]+-[0-9]+")
REQUIREMENT = re.compile(r"[0-9]+-[0-9]+-[0-9]+")
CONTENT_VERSION = re.compile(r"sha256:[0-9a-f]{16}")
SHA256 = re.compile(r"[0-9a-f]{64}")
LEVEL = re.compile(r"LV[0-9]+")
QUESTION = re.compile(r"[1-9][0-9]*")


class ShapeProblem(Exception):
    """A field of the summary does not have its documented shape; the message says which."""


def fail(where: str, value: object, expected: str) -> NoReturn:
    """Raise ShapeProblem: WHERE is VALUE (shortened), expected EXPECTED."""
    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    raise ShapeProblem(f"{where} is {shown}, expected {expected}")


def check_object(where: str, value: Any, required: Collection[str] = ()) -> dict[str, Any]:
    """VALUE when it is an object holding every key of REQUIRED."""
    if type(value) is not dict:
        fail(where, value, "an object")
    for key in required:
        if key not in value:
            raise ShapeProblem(f"{where}.{key} is missing")
    return value


def check_list(where: str, value: Any) -> list[Any]:
    """VALUE when it is a list."""
    if type(value) is not list:
        fail(where, value, "a list")
    return value


def check_text(where: str, value: Any, pattern: re.Pattern[str] | None = None, nonempty: bool = False) -> str:
    """VALUE when it is text (not empty, with NONEMPTY; all of PATTERN, when given)."""
    if type(value) is not str:
        fail(where, value, "text")
    if nonempty and not value:
        fail(where, value, "text that is not empty")
    if pattern is not None and not pattern.fullmatch(value):
        fail(where, value, f"text of the form {pattern.pattern}")
    return value


def check_int(where: str, value: Any, minimum: int | None = 0, nullable: bool = False) -> int | None:
    """VALUE when it is a whole number of at least MINIMUM (or null, with NULLABLE)."""
    if value is None and nullable:
        return None
    if type(value) is not int:
        fail(where, value, "a whole number" + (" or null" if nullable else ""))
    if minimum is not None and value < minimum:
        fail(where, value, f"a whole number of at least {minimum}")
    return value


def check_bool(where: str, value: Any) -> bool:
    """VALUE when it is true or false."""
    if type(value) is not bool:
        fail(where, value, "true or false")
    return value


def check_enum(where: str, value: Any, choices: Collection[str]) -> str:
    """VALUE when it is one of CHOICES."""
    if value not in choices or type(value) is not str:
        fail(where, value, "one of " + ", ".join(choices))
    return value


def check_date(where: str, value: Any) -> str:
    """VALUE when it is a real date written YYYY-MM-DD (remembered in GOOD_DATES)."""
    text = check_text(where, value, DATE)
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        fail(where, text, "a real date")
    if len(GOOD_DATES) < CACHE_LIMIT:
        GOOD_DATES.add(text)
    return text


# Values already found well-formed, so the next file with the same criterion id or date is
# not matched against the pattern again (a collection has thousands of files with the same
# 153 criteria). Only text that passed the full check is added; the sets stay small.
CACHE_LIMIT = 20_000
GOOD_DATES: set[str] = set()
GOOD_TEXT: dict[re.Pattern[str], set[str]] = {CRITERION: set(), REQUIREMENT: set(), LEVEL: set()}


def matches(pattern: re.Pattern[str], value: Any) -> bool:
    """PATTERN.fullmatch(VALUE) for text (TypeError for anything else), remembered."""
    good = GOOD_TEXT[pattern]
    if value in good:
        return True
    if type(value) is not str or not pattern.fullmatch(value):
        return False
    if len(good) < CACHE_LIMIT:
        good.add(value)
    return True
