"""Opening the progress database: checks first, then pragmas, backup and migrations.

A file that is damaged, unreadable or from a newer Mamori is never written to: the checks
run before anything that could change the file (even switching it to WAL). An intact file
that cannot be written (read-only file or folder, full disk, held by another program) is
reported as DatabaseUnwritable, never as damaged.

Text that is not valid UTF-8 (damage that integrity_check does not see) is read with the
bad bytes shown as U+FFFD instead of failing every query that touches it; the connection
counts such values in `undecodable_text`.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from desktop.storage.integrity import (
    DatabaseDamaged,
    DatabaseUnwritable,
    check_connection,
    check_writable,
    database_error,
    file_has_data,
    is_busy,
)
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


class MamoriConnection(sqlite3.Connection):
    """A connection that reads damaged (non-UTF-8) text instead of failing on it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.undecodable_text = 0
        self.text_factory = self._decode

    def _decode(self, raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.undecodable_text += 1
            return raw.decode("utf-8", "replace")


def open_database(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open (or create) the database at PATH with WAL, synchronous=FULL, foreign keys,
    secure_delete and a busy timeout; raise DatabaseDamaged for a file we must not use.

    The connection is in autocommit mode: a statement outside BEGIN … COMMIT commits on
    its own, and each user action opens its own transaction (`write_transaction`)."""
    path = Path(path)
    had_data = file_has_data(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if had_data:
        check_writable(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               factory=MamoriConnection)
    except sqlite3.Error as error:
        raise database_error(path, error) from error
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
        raise database_error(path, error) from error
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
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
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
    them, and return the store. Raises DatabaseDamaged or DatabaseUnwritable (the file is
    left untouched)."""
    db = open_database(path)
    from desktop.storage.leftovers import remove_stale_partials

    # what a backup or restore killed half-way left behind goes now, not never
    remove_stale_partials(backup_dir)
    remove_stale_partials(Path(path).parent)
    try:
        migrate(db, backup_dir, keep=keep_backups)
    except sqlite3.DatabaseError as error:
        db.close()
        raise database_error(path, error) from error
    except OSError as error:  # the backups folder cannot be made or written
        db.close()
        from desktop.core.safe_files import problem_kind

        raise DatabaseUnwritable(backup_dir, f"no backup could be made before the schema change "
                                 f"({error.strerror or error})", problem_kind(error) or "other") from error
    except BaseException:
        db.close()
        raise
    return ProgressStore(db)


__all__ = ["BUSY_TIMEOUT_MS", "DatabaseDamaged", "DatabaseUnwritable", "MamoriConnection", "migrate",
           "open_database", "open_store"]
