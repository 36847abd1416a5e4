"""Opening the progress database: checks first, then pragmas, backup and migrations.

A file that is damaged, unreadable or from a newer Mamori is never written to: the checks
run before anything that could change the file (even switching it to WAL).
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from desktop.storage.integrity import DatabaseDamaged, check_connection, file_has_data, is_busy
from desktop.storage.progress import ProgressStore
from desktop.storage.schema import has_tables, pending_migrations

BUSY_TIMEOUT_MS = 10_000

# Connection settings; none of them writes to the file.
_PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA foreign_keys = ON",
    # Deleted rows are overwritten with zeros: a removed company is gone from the file.
    "PRAGMA secure_delete = ON",
    # With WAL, FULL syncs the log on every commit: a committed action survives power loss.
    "PRAGMA synchronous = FULL",
)


def open_database(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open (or create) the database at PATH with WAL, synchronous=FULL, foreign keys,
    secure_delete and a busy timeout; raise DatabaseDamaged for a file we must not use.

    The connection is in autocommit mode: a statement outside BEGIN … COMMIT commits on
    its own, and each user action opens its own transaction (`write_transaction`)."""
    path = Path(path)
    had_data = file_has_data(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as error:
        raise DatabaseDamaged(path, f"cannot be opened ({error})") from error
    try:
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        if had_data:
            check_connection(conn, path)
        mode = _use_write_ahead_log(conn)
        if mode != "wal":
            raise DatabaseDamaged(path, f"cannot use write-ahead logging (journal mode {mode})")
    except sqlite3.DatabaseError as error:
        conn.close()
        if is_busy(error):
            raise
        raise DatabaseDamaged(path, str(error)) from error
    except BaseException:
        conn.close()
        raise
    return conn


def _use_write_ahead_log(conn: sqlite3.Connection) -> str:
    """Switch to WAL and return the journal mode now in use.

    The switch needs the file to itself for a moment, and SQLite answers "busy" at once,
    without waiting, while another process is writing (for example a second Mamori
    creating the same new database). Retry until the busy timeout has passed."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def migrate(db: sqlite3.Connection, backup_dir: str | os.PathLike[str], keep: int = 10) -> list[str]:
    """Apply pending schema changes, after a backup when the database holds data.

    Returns the names of the changes applied (empty when the schema was current).
    """
    if not pending_migrations(db):
        return []  # the everyday start: the migration code is not even loaded
    from desktop.storage.backup import backup_database
    from desktop.storage.migrations import apply_pending

    if has_tables(db):
        backup_database(db, backup_dir, keep=keep)
    # One IMMEDIATE transaction around all steps: when two Mamori processes start at
    # once, the second waits and then finds nothing pending.
    db.execute("BEGIN IMMEDIATE")
    try:
        names = apply_pending(db)
        db.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise
    return names


def open_store(
    path: str | os.PathLike[str], backup_dir: str | os.PathLike[str], keep_backups: int = 10
) -> ProgressStore:
    """Open the database at PATH, check it, back it up before pending migrations, apply
    them, and return the store. Raises DatabaseDamaged (the file is left untouched)."""
    db = open_database(path)
    try:
        migrate(db, backup_dir, keep=keep_backups)
    except BaseException:
        db.close()
        raise
    return ProgressStore(db)


__all__ = ["BUSY_TIMEOUT_MS", "DatabaseDamaged", "migrate", "open_database", "open_store"]
