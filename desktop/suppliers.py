"""Glue for the 取引先の状況 screen (no Qt): the collection in the data folder, the table it
shows, one supplier's summary, and the table as CSV. The screen calls only these functions,
never the database."""

from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path
from typing import cast

from desktop.core.summary_check import (
    SummaryRejected,
    check_summary,
    parse_summary,
    read_summary_bytes,
)
from desktop.core.summary_types import SummaryWithDigest
from desktop.storage import collect_db, collect_read

COLLECTION_NAME = "suppliers.db"
SCHEMES = ("scs-star3", "scs-star4", "security-action-star1", "security-action-star2")
CSV_COLUMNS = ("supplier_id", "name", "industry", "employees", "report_date", "scheme", "scheme_met",
               "scheme_na", "scheme_total", "scheme_missing", "scheme_achieved", "selfcheck_score",
               "plans_overdue", "source_path")


def collection_path(data_dir: str | os.PathLike) -> Path:
    """Where the screen keeps its collection: suppliers.db in the data folder."""
    return Path(data_dir) / COLLECTION_NAME


def collect_folder(folder: str | os.PathLike, database: str | os.PathLike, on_progress=None):
    """Collect FOLDER's summaries into DATABASE (as `mamori collect` does, in this process)."""
    return collect_db.collect([folder], database, on_progress=on_progress, workers=1)


def supplier_table(database: str | os.PathLike, scheme: str, status: str) -> list[dict]:
    """The rows of the table: one per supplier, with SCHEME's counts; [] before any collection."""
    if not Path(database).is_file():
        return []
    return collect_read.supplier_rows(database, scheme, status)


def rejected_files(database: str | os.PathLike) -> list[tuple[str, str]]:
    """Files refused at the last collection, with the reason."""
    return collect_read.rejected_files(database) if Path(database).is_file() else []


def supplier_summary(database: str | os.PathLike, supplier_id: str) -> SummaryWithDigest:
    """The collected summary of one supplier, read again from its file and checked again.

    Raises SummaryRejected when the file is gone, changed since it was collected, or no
    longer passes the checks."""
    source = collect_read.supplier_source(database, supplier_id)
    if source is None:
        raise SummaryRejected("this supplier is not in the collection")
    path, sha256 = source
    try:
        raw = read_summary_bytes(path)
    except FileNotFoundError:
        raise SummaryRejected(f"{path}: the file is no longer there") from None
    except OSError as error:
        raise SummaryRejected(f"{path}: cannot be read ({error.strerror or error})") from None
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise SummaryRejected(f"{path}: the file has changed since it was collected; collect the folder again")
    data = parse_summary(raw)
    result = check_summary(data)
    if not result.ok:
        raise SummaryRejected(f"{path}: {result.message}")
    return cast(SummaryWithDigest, data)  # checked above


def write_table_csv(rows: list[dict], path: str | os.PathLike) -> int:
    """Write the table as CSV (UTF-8 with BOM, for Excel); returns the bytes written."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow(["" if row.get(column) is None else row.get(column) for column in CSV_COLUMNS])
    return path.stat().st_size
