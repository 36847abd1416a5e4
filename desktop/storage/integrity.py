"""Is this file a Mamori database we may use? Checks that only read, never write."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.core.safe_files import DISK_FULL, LOCKED, READ_ONLY, problem_kind
from desktop.storage.schema import MIGRATION_NAMES, applied_migrations

SQLITE_HEADER = b"SQLite format 3\x00"

DAMAGED = "damaged"
NEWER = "newer"


class DatabaseDamaged(Exception):
    """The database file cannot be used as it is: damaged (KIND "damaged") or from a newer
    Mamori (KIND "newer").

    The file is left exactly as it was; see `set_aside_damaged` and `restore_backup`.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str, kind: str = DAMAGED):
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
        self.kind = kind


class DatabaseUnwritable(Exception):
    """An intact database (or its folder) that cannot be used for writing right now.

    KIND is "read_only" (read-only file or folder, no permission), "disk_full", "locked"
    (another program holds it) or "other" (the system refused, see REASON). Nothing is
    wrong with the data: it must not be set aside or replaced, only explained.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str, kind: str):
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
        self.kind = kind


_DAMAGE_NAMES = ("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_FORMAT", "SQLITE_MISMATCH", "SQLITE_SCHEMA",
                 "SQLITE_ERROR", "SQLITE_RANGE")


def database_error(path: str | os.PathLike[str], error: sqlite3.Error) -> Exception:
    """The exception to raise for ERROR from the database at PATH: DatabaseDamaged only when
    the file's content is at fault; DatabaseUnwritable when the disk, the permissions or
    another program are; ERROR itself for "busy" (the caller may wait and retry)."""
    if is_busy(error):
        return error
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(_DAMAGE_NAMES) or not name:
        return DatabaseDamaged(path, str(error))
    kind = problem_kind(error) or "other"
    if kind == "other" and _nearly_full(Path(path).parent):
        # SQLite reports a disk with no room for its -shm or journal as "disk I/O error"
        # or "unable to open": the cause the user can act on is the full disk.
        kind = DISK_FULL
    return DatabaseUnwritable(path, str(error), kind)


def _nearly_full(folder: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def check_writable(path: Path) -> None:
    """Raise DatabaseUnwritable when the database file at PATH (which exists) or its folder
    cannot be written; reading it is not needed for this."""
    from desktop.core.safe_files import probe_writable

    openers: tuple[tuple[Path, Callable[[], None]], ...] = (
        (path, lambda: path.open("r+b").close()), (path.parent, lambda: probe_writable(path.parent)))
    for target, opener in openers:
        try:
            opener()
        except OSError as error:
            kind = problem_kind(error) or "other"
            what = "the file" if target == path else "its folder"
            raise DatabaseUnwritable(path, f"{what} cannot be written ({error.strerror or error})",
                                     kind if kind in (READ_ONLY, DISK_FULL, LOCKED) else "other") from error


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
        kind = problem_kind(error)
        if kind in (READ_ONLY, LOCKED):  # no permission, or held by another program: not damage
            raise DatabaseUnwritable(path, f"cannot be read ({error.strerror or error})", kind) from error
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
        raise database_error(path, error) from error
    unknown = sorted(set(applied) - set(known_migrations()))
    if unknown:
        raise DatabaseDamaged(
            path, f"was changed by a newer Mamori (unknown schema change {', '.join(unknown)})", NEWER
        )


def explain_database_problem(error: DatabaseDamaged | DatabaseUnwritable) -> str:
    """One plain English sentence for the command line: what is wrong with the database,
    that it was left untouched, and what to do."""
    path = error.path
    if isinstance(error, DatabaseUnwritable):
        if error.kind == READ_ONLY:
            return (f"{path}: the records are intact but cannot be written (read-only file or folder, or no "
                    "permission); nothing was changed. Allow writing there, or copy the data folder to a "
                    "writable place and use --data-dir.")
        if error.kind == DISK_FULL:
            return f"{path}: the disk is full; nothing was changed. Free some space, then try again."
        if error.kind == LOCKED:
            return (f"{path}: another program (or another Mamori) is using the records; nothing was changed. "
                    "Close it, then try again.")
        return f"{path}: the records cannot be used right now ({error.reason}); nothing was changed."
    if error.kind == NEWER:
        return (f"{path}: the records were made by a newer Mamori; they were left untouched. "
                "Install that newer version to use them.")
    return (f"{path}: the records are damaged ({error.reason}); the file was left untouched. "
            "Start the app to restore a backup.")
