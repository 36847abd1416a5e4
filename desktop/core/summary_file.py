"""Reading a summary file a buyer received: its bytes and its JSON (no Qt, no SQL).

A summary file is at most MAX_SUMMARY_BYTES, UTF-8 (a BOM is allowed) and one JSON value
in which no object has the same key twice and no NaN or Infinity appears. `parse_summary`
checks all of that and words every refusal; `parse_mamori_layout` is the quick way to the
same answer for a file laid out exactly as Mamori writes it (desktop/core/summary_check.py
says how collect uses the two).
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any, NoReturn

import orjson

MAX_SUMMARY_BYTES = 10 * 2**20  # a real summary is 50-200 kB; 10 MB leaves room for any company


class SummaryRejected(Exception):
    """The file is not a summary that can be trusted as it is; the message says why."""


def read_summary_bytes(path: str | Path, max_bytes: int = MAX_SUMMARY_BYTES) -> bytes:
    """The file's bytes, refusing one larger than MAX_BYTES before reading it.

    FileNotFoundError and other OSErrors pass through; SummaryRejected for a huge file."""
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise SummaryRejected(_too_big(size, max_bytes))
    with path.open("rb") as handle:
        raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:  # it grew after the size check
        raise SummaryRejected(_too_big(len(raw), max_bytes))
    return raw


def _too_big(size: int, limit: int) -> str:
    return f"is {size / 2**20:.1f} MB, more than the {limit / 2**20:.0f} MB a summary may be"


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise SummaryRejected(f"the key {key!r} appears twice in one object")
            seen.add(key)
    return result


def _no_constant(name: str) -> NoReturn:
    raise SummaryRejected(f"{name} is not a JSON number")


def parse_summary(raw: bytes) -> object:
    """Decode and parse summary bytes: UTF-8 (BOM allowed), JSON, no key twice in one object,
    no NaN or Infinity. Raises SummaryRejected naming what is wrong and where."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SummaryRejected(f"is not UTF-8 text (bad byte at offset {error.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise SummaryRejected(f"is not JSON ({error.msg} at line {error.lineno} column {error.colno})") from None
    except RecursionError:
        raise SummaryRejected("is nested too deeply to be a summary") from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise SummaryRejected(f"is not usable JSON ({error})") from None


_MAMORI_LAYOUT = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS  # json.dumps(indent=2, sort_keys=True, ensure_ascii=False)


def parse_mamori_layout(raw: bytes) -> dict[str, Any] | None:
    """The parsed value of RAW when RAW is exactly how Mamori writes a summary (sorted keys,
    two-space indent, UTF-8 as it is, one newline at the end); None for anything else.

    Equal bytes prove there is no key twice (a dict has each key once), no NaN (orjson
    refuses it when parsing) and nothing after the value: what parse_summary checks."""
    text = raw[len(codecs.BOM_UTF8):] if raw.startswith(codecs.BOM_UTF8) else raw
    try:
        data: Any = orjson.loads(text)
        again = orjson.dumps(data, option=_MAMORI_LAYOUT)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError, RecursionError):
        return None
    if type(data) is not dict or text != again + b"\n":
        return None
    return data


def sorted_dump(body: dict[str, Any]) -> bytes:
    """orjson's compact dump with sorted keys: the canonical bytes the digest is taken over."""
    return orjson.dumps(body, option=orjson.OPT_SORT_KEYS)


def read_summary_file(path: str | Path, max_bytes: int = MAX_SUMMARY_BYTES) -> object:
    """Read and parse one file (see parse_summary); returns the parsed value."""
    return parse_summary(read_summary_bytes(path, max_bytes))
