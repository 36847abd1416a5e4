"""Is this file a Mamori database we may use? Checks that only read, never write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.storage.schema import MIGRATION_NAMES, applied_migrations

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseDamaged(Exception):
    """The database file cannot be used as it is: damaged, unreadable or from a newer Mamori.

    The file is left exactly as it was; see `set_aside_damaged` and `restore_backup`.
    """

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason


def is_busy(error: BaseException) -> bool:
    """True when SQLite failed because another connection holds a lock (not damage)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def file_has_data(path: Path) -> bool:
    """True when PATH exists with content; DatabaseDamaged when that content is not SQLite."""
    try:
        if not path.exists():
            return False
        if not path.is_file():
            raise DatabaseDamaged(path, "is not a file")
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseDamaged(path, f"cannot be read ({error.strerror or error})") from error
    if not header:
        return False
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(path, "is not a SQLite database")
    return True


def known_migrations() -> list[str]:
    """Names of every schema change this version of Mamori knows, in order."""
    return list(MIGRATION_NAMES)


def check_connection(conn: sqlite3.Connection, path: Path, *, full: bool = False) -> None:
    """Raise DatabaseDamaged unless the file passes quick_check (or integrity_check when
    FULL) and was made by this or an older Mamori."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
        if rows != ["ok"]:
            raise DatabaseDamaged(path, f"{pragma} failed: {'; '.join(map(str, rows[:3]))}")
        applied = applied_migrations(conn)
    except sqlite3.DatabaseError as error:
        if is_busy(error):
            raise
        raise DatabaseDamaged(path, str(error)) from error
    unknown = sorted(set(applied) - set(known_migrations()))
    if unknown:
        raise DatabaseDamaged(
            path, f"was changed by a newer Mamori (unknown schema change {', '.join(unknown)})"
        )
