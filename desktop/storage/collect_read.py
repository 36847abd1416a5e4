"""Reading a buyer's collection for the 取引先の状況 screen (read-only connections).

The collection is written by `desktop.storage.collect_db`; docs/collect.md has its schema.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from desktop.storage.collect_db import CollectionRefused


def supplier_rows(database: str | os.PathLike[str], scheme: str = "scs-star3",
                  status: str = "all") -> list[dict[str, Any]]:
    """One dict per supplier with the headline figures and SCHEME's counts.

    STATUS is "all", "achieved" (every criterion of SCHEME met or not applicable; for
    SECURITY ACTION: the level declared ready) or "not_achieved"."""
    if status not in ("all", "achieved", "not_achieved"):
        raise ValueError(f"unknown status filter {status!r}")
    conn = _read_only(database)
    try:
        conn.row_factory = sqlite3.Row
        where = {"all": "", "achieved": " AND k.achieved = 1", "not_achieved": " AND k.achieved = 0"}[status]
        rows = conn.execute(
            "SELECT o.*, k.scheme, k.met AS scheme_met, k.na AS scheme_na, k.total AS scheme_total,"
            " k.missing AS scheme_missing, k.achieved AS scheme_achieved"
            " FROM supplier_overview o JOIN supplier_schemes k ON k.supplier_id = o.supplier_id AND k.scheme = ?"
            f" WHERE 1 = 1{where} ORDER BY o.name, o.supplier_id", [scheme]).fetchall()
        return [dict(row) for row in rows]
    finally:
        conn.close()


def collected_schemes(database: str | os.PathLike[str]) -> list[str]:
    """The scheme codes present in the collection (scs-star3, security-action-star1, ...)."""
    conn = _read_only(database)
    try:
        return [row[0] for row in conn.execute("SELECT DISTINCT scheme FROM supplier_schemes ORDER BY scheme")]
    finally:
        conn.close()


def rejected_files(database: str | os.PathLike[str]) -> list[tuple[str, str]]:
    """(path, reason) of every file the collection refused when it was last read."""
    conn = _read_only(database)
    try:
        return [(row[0], row[1]) for row in conn.execute(
            "SELECT path, reason FROM ingested_files WHERE outcome = 'rejected' ORDER BY path")]
    finally:
        conn.close()


def supplier_source(database: str | os.PathLike[str], supplier_id: str) -> tuple[str, str] | None:
    """(file path, its SHA-256 when collected) for a supplier, or None when not collected."""
    conn = _read_only(database)
    try:
        row = conn.execute("SELECT source_path, source_sha256 FROM suppliers WHERE supplier_id = ?",
                           [supplier_id]).fetchone()
        return (row[0], row[1]) if row else None
    finally:
        conn.close()


def _read_only(database: str | os.PathLike[str]) -> sqlite3.Connection:
    path = Path(database).resolve()
    if not path.is_file():
        raise CollectionRefused(f"{database}: no such collection")
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
