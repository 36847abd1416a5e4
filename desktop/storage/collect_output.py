"""A new collection is written whole or not at all, and fast.

When the output of `mamori collect` does not exist yet, the run fills a hidden file beside
it (`.suppliers.db.<random>.partial`) and renames it into place only after it has been
checked. While that file is being filled nobody else can see it, so SQLite is asked to
skip what protects a file others rely on: no rollback journal, no waiting for the disk
after each transaction, and the secondary indexes are built once, after the rows (building
them row by row is most of the writing time for thousands of suppliers). A run that fails
or is stopped leaves no output and no half-filled database under the output's name.

Before the rename: the indexes are made, the file is flushed to the disk and opened again
on its own, it must pass SQLite's quick_check, be a collection and hold exactly the
suppliers and files this run wrote. Then the file is renamed (atomic on one file system)
and the folder flushed, so the name points at the whole file or at nothing.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.core.safe_files import flush_file, flush_folder
from desktop.storage.collect_schema import COLLECTION_FORMAT, create_indexes

CACHE_KIB = 16 * 1024  # SQLite's page cache while filling a new file (its default is 2 MB)
# while the indexes are built: SQLite sorts in memory up to its cache size, then in temporary
# files; a small cache keeps the peak memory of a run the same for any number of suppliers
INDEX_CACHE_KIB = 2 * 1024


class OutputNotVerified(Exception):
    """The new file did not pass the checks before the rename; it was not put in place."""


def is_new(target: Path) -> bool:
    """True when TARGET does not exist yet (or is an empty file, as `touch` leaves it)."""
    try:
        return target.stat().st_size == 0
    except FileNotFoundError:
        return True


class NewCollection:
    """The hidden file a new collection is filled in, and putting it in place."""

    def __init__(self, target: Path):
        self.target = target
        self.path = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
        with self.path.open("xb"):  # a fresh name (never another run's file), mode from the umask
            pass

    @staticmethod
    def tune(conn: sqlite3.Connection) -> None:
        """Settings for filling a file no one else has open (they last as long as CONN)."""
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def finish(self, db: Database, suppliers: int, files: int) -> None:
        """Index, close, check and rename the filled file into place (DB is closed after).

        Raises OutputNotVerified or sqlite3.Error/OSError; the caller then calls discard()."""
        db.conn.execute(f"PRAGMA cache_size = -{INDEX_CACHE_KIB}")
        create_indexes(db)
        db.conn.close()
        flush_file(self.path)
        self._verify(suppliers, files)
        os.replace(self.path, self.target)
        flush_folder(self.target.parent)

    def _verify(self, suppliers: int, files: int) -> None:
        conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise OutputNotVerified(f"SQLite's check of the new file failed ({check[0][0]})")
            info = dict(conn.execute("SELECT key, value FROM collection_info").fetchall())
            counts = conn.execute("SELECT (SELECT COUNT(*) FROM suppliers), (SELECT COUNT(*) FROM ingested_files)"
                                  ).fetchone()
        finally:
            conn.close()
        if info.get("format") != COLLECTION_FORMAT:
            raise OutputNotVerified("the new file does not say it is a collection")
        if counts != (suppliers, files):
            raise OutputNotVerified(f"the new file holds {counts[0]} supplier(s) and {counts[1]} file(s), "
                                    f"not the {suppliers} and {files} written")

    def discard(self) -> None:
        """Remove the hidden file (and a journal SQLite may have left beside it)."""
        for leftover in (self.path, self.path.with_name(self.path.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
