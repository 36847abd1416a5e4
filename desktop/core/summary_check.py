"""Reading a readiness summary file a buyer received, and checking it (no Qt, no SQL).

`mamori verify` and `mamori collect` both go through `read_summary_file` and
`check_summary`, so a file passes or fails both for the same reason:

1. at most MAX_SUMMARY_BYTES, UTF-8 (a BOM is allowed), one JSON value in which no object
   has the same key twice and no NaN or Infinity appears (desktop/core/summary_file.py);
2. a Mamori summary of this format_version whose digest matches (`verify_summary`);
3. no top-level field this format_version does not define;
4. every field has the shape docs/summary.schema.json gives it (checked by hand in
   desktop/core/summary_shape.py, the schema's rules for the fields written; much faster
   than a general schema validator).

`check_file` (what collect runs on thousands of files) first tries a quicker way to the
same answer for a file laid out exactly as Mamori writes it: orjson parses it, and writing
the parsed value again in Mamori's layout must give back the file's bytes exactly. That
proves what the slow parser checks (no key twice, no NaN, one value; orjson refuses
invalid UTF-8), and orjson's compact sorted dump is then hashed for the digest. Any other
file, or any doubt, takes the path above, which also words every refusal.

`supplier_record` (desktop/core/supplier_record.py) turns an accepted summary into the
plain rows `mamori collect` stores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from desktop.core.summary import Verification, verify_summary
from desktop.core.summary_file import (
    MAX_SUMMARY_BYTES,
    SummaryRejected,
    parse_mamori_layout,
    parse_summary,
    read_summary_bytes,
    read_summary_file,
    sorted_dump,
)
from desktop.core.summary_shape import (
    KNOWN_FIELDS,
    NEW_IN_2_REQUIRED,
    REQUIRED_FIELDS,
    shape_problem,
)
from desktop.core.summary_types import SummaryWithDigest
from desktop.core.supplier_record import SupplierRecord, supplier_record

# what verify, collect and the suppliers screen import from here
__all__ = [
    "KNOWN_FIELDS", "MAX_SUMMARY_BYTES", "NEW_IN_2_REQUIRED", "REQUIRED_FIELDS", "FileOutcome",
    "SummaryRejected", "SupplierRecord", "check_file", "check_summary", "parse_mamori_layout",
    "parse_summary", "read_summary_bytes", "read_summary_file", "shape_problem", "supplier_record",
]


def check_summary(data: object, quick_dump: Callable[[dict[str, Any]], bytes] | None = None) -> Verification:
    """All the checks after parsing: envelope, top-level fields and digest, then shapes.
    (QUICK_DUMP: see verify_summary.)"""
    result = verify_summary(data, quick_dump)  # also refuses unknown top-level fields
    if not result.ok:
        return result
    problem = shape_problem(cast(dict[str, Any], data))  # verify_summary found an object
    if problem:
        return Verification(False, f"does not match the summary schema: {problem}")
    return result


@dataclass
class FileOutcome:
    """The result of reading and checking one file: a record, or the reason it was refused."""

    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    record: SupplierRecord | None = None
    reason: str | None = None


def check_file(path: str, max_bytes: int = MAX_SUMMARY_BYTES) -> FileOutcome:
    """Read, parse and check one summary file; never raises for a bad file."""
    try:
        stat = Path(path).stat()
    except OSError as error:
        return FileOutcome(path, 0, 0, None, reason=f"cannot be read ({error.strerror or error})")
    outcome = FileOutcome(path, stat.st_size, stat.st_mtime_ns, None)
    try:
        raw = read_summary_bytes(path, max_bytes)
        outcome.sha256 = hashlib.sha256(raw).hexdigest()
        data: object = parse_mamori_layout(raw)
        quick = data is not None
        if not quick:
            data = parse_summary(raw)
    except SummaryRejected as rejected:
        outcome.reason = str(rejected)
        return outcome
    except OSError as error:
        outcome.reason = f"cannot be read ({error.strerror or error})"
        return outcome
    result = check_summary(data, sorted_dump if quick else None)
    if not result.ok:
        outcome.reason = result.message
        return outcome
    outcome.record = supplier_record(cast(SummaryWithDigest, data))  # checked above
    return outcome
