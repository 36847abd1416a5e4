"""Backups of the progress database through the SQLite backup API, and recovery helpers.

Backups are consistent snapshots even while the app writes (`sqlite3.Connection.backup`),
each checked with integrity_check before it counts. A damaged database is renamed aside,
never overwritten or deleted.
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.safe_files import flush_file, flush_folder
from desktop.storage import clock
from desktop.storage.integrity import (
    DatabaseDamaged,
    DatabaseUnwritable,
    check_connection,
    database_error,
    file_has_data,
)
from desktop.storage.leftovers import remove_stale_partials

BACKUP_PREFIX = "mamori-"
_BACKUP_NAME = re.compile(r"mamori-([0-9]{8}T[0-9]{6}\.[0-9]{3})Z(?:-([0-9]+))?\.db")
_SIDECARS = ("-wal", "-shm")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made (UTC), its size in bytes."""

    path: Path
    created_at: datetime
    size: int


def backup_database(
    db_or_path: sqlite3.Connection | str | os.PathLike[str],
    backup_dir: str | os.PathLike[str],
    keep: int = 10,
    *,
    now: datetime | None = None,
) -> Path:
    """Copy the database into BACKUP_DIR with the SQLite backup API, verify the copy, and
    keep only the newest KEEP backups. Returns the new backup's path."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    backup_dir = Path(backup_dir)
    backup_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(backup_dir)
    moment = clock.now() if now is None else now
    source, source_path, opened_here = _source(db_or_path)
    partial = backup_dir / f".{BACKUP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.partial"
    try:
        try:
            _copy_verified(source, partial)
        except DatabaseDamaged as error:
            raise DatabaseDamaged(source_path, error.reason, error.kind) from error
        except sqlite3.DatabaseError as error:
            # damage in the source, or a backup folder that cannot take the copy
            problem = database_error(source_path, error)
            if isinstance(problem, DatabaseUnwritable):
                problem = DatabaseUnwritable(backup_dir, f"the backup could not be written ({error})", problem.kind)
            raise problem from error
        final = _place(partial, backup_dir, moment)
    finally:
        partial.unlink(missing_ok=True)
        if opened_here:
            source.close()
    _prune(backup_dir, keep)
    return final


def backup_if_due(
    db: sqlite3.Connection | str | os.PathLike[str],
    backup_dir: str | os.PathLike[str],
    keep: int = 10,
    now: datetime | None = None,
) -> Path | None:
    """Back up unless a backup from the same calendar day exists; returns the new path or None.

    The day is the local one, or the one in NOW's time zone when NOW is given.
    """
    moment = clock.now().astimezone() if now is None else now
    today = moment.date()
    for info in list_backups(backup_dir):
        if info.created_at.astimezone(moment.tzinfo).date() == today:
            return None
    return backup_database(db, backup_dir, keep=keep, now=moment)


def list_backups(backup_dir: str | os.PathLike[str]) -> list[BackupInfo]:
    """The backups in BACKUP_DIR, newest first."""
    found = []
    folder = Path(backup_dir)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _BACKUP_NAME.fullmatch(path.name)
        if not match:
            continue
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # pruned by another Mamori process meanwhile
            continue
        created = datetime.strptime(match[1], "%Y%m%dT%H%M%S.%f").replace(tzinfo=UTC)
        found.append((created, int(match[2] or 1), BackupInfo(path, created, size)))
    found.sort(key=lambda entry: entry[:2], reverse=True)
    return [info for _, _, info in found]


def restore_backup(
    backup_path: str | os.PathLike[str], target_path: str | os.PathLike[str]
) -> None:
    """Verify BACKUP_PATH and copy it to TARGET_PATH, which must not exist (set a damaged
    database aside first). Raises FileExistsError or DatabaseDamaged (for the backup)."""
    backup_path, target_path = Path(backup_path), Path(target_path)
    for path in (target_path, *_sidecars(target_path)):
        if path.exists():
            raise FileExistsError(
                f"{path} exists; restore only replaces a database that was set aside"
            )
    source = open_backup(backup_path)
    partial = target_path.with_name(f".{target_path.name}.{os.getpid()}-{secrets.token_hex(4)}.restoring")
    try:
        try:
            _copy_verified(source, partial)
        except sqlite3.DatabaseError as error:
            problem = database_error(backup_path, error)
            if isinstance(problem, DatabaseUnwritable):
                problem = DatabaseUnwritable(target_path, f"the restored copy could not be written ({error})",
                                             problem.kind)
            raise problem from error
        _move_no_clobber(partial, target_path)
    finally:
        source.close()
        partial.unlink(missing_ok=True)


def open_backup(backup_path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A read-only connection to a backup that passed integrity_check and is not from a
    newer Mamori; DatabaseDamaged (for the backup) otherwise."""
    backup_path = Path(backup_path)
    if not file_has_data(backup_path):
        if not backup_path.exists():
            raise FileNotFoundError(backup_path)
        raise DatabaseDamaged(backup_path, "is empty")
    source = _read_only(backup_path)
    try:
        check_connection(source, backup_path, full=True)
    except BaseException:
        source.close()
        raise
    return source


def set_aside_damaged(path: str | os.PathLike[str], *, label: str = "damaged") -> Path:
    """Rename a database and its -wal/-shm to `<name>.damaged-<timestamp>` (LABEL instead of
    "damaged" when given); returns the new path. Close every connection to it first."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(path)
    moment = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{label}-{moment}")
    number = 1
    while any(p.exists() for p in (target, *_sidecars(target))):
        number += 1
        target = path.with_name(f"{path.name}.{label}-{moment}-{number}")
    _move_no_clobber(path, target)
    for side, new_side in zip(_sidecars(path), _sidecars(target), strict=True):
        if side.exists():
            _move_no_clobber(side, new_side)
    return target


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in _SIDECARS]


def _source(db_or_path: sqlite3.Connection | str | os.PathLike[str]) -> tuple[sqlite3.Connection, Path, bool]:
    if isinstance(db_or_path, sqlite3.Connection):
        row = db_or_path.execute("PRAGMA database_list").fetchone()
        return db_or_path, Path(row[2] or ":memory:"), False
    path = Path(db_or_path)
    if not file_has_data(path):
        raise FileNotFoundError(f"no database at {path}")
    return _read_only(path), path, True


def _read_only(path: Path) -> sqlite3.Connection:
    # Read-only: closing a normal connection may checkpoint into the file, and a file we
    # only copy (perhaps a damaged one) must not change.
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _copy_verified(source: sqlite3.Connection, target_path: Path) -> None:
    # The backup API copies a consistent snapshot page by page; a file copy of a live
    # WAL database could miss committed pages still in the -wal file.
    target = sqlite3.connect(str(target_path))
    try:
        source.backup(target)
        # A self-contained file: no -wal beside it to lose when it is copied or moved.
        target.execute("PRAGMA journal_mode = DELETE")
        check_connection(target, target_path, full=True)
    finally:
        target.close()
    flush_file(target_path)


def _place(partial: Path, backup_dir: Path, moment: datetime) -> Path:
    label = moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%f")[:-3]
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        final = backup_dir / f"{BACKUP_PREFIX}{label}Z{suffix}.db"
        try:
            _move_no_clobber(partial, final)
            return final
        except FileExistsError:
            number += 1


def _move_no_clobber(source: Path, target: Path) -> None:
    """Rename SOURCE to TARGET, failing with FileExistsError instead of replacing TARGET."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (FAT, some network shares): check, then rename.
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
    else:
        os.unlink(source)
    flush_folder(target.parent)


def _prune(backup_dir: Path, keep: int) -> None:
    for info in list_backups(backup_dir)[keep:]:
        info.path.unlink(missing_ok=True)


def purge_older_backups(db_or_path: sqlite3.Connection | str | os.PathLike[str],
                        backup_dir: str | os.PathLike[str]) -> Path:
    """After a company was deleted: make one fresh backup, then delete every older one.

    Older backups still hold the deleted company; a consultant who removes a visiting
    company from the laptop wants it gone from them too. The fresh backup is verified
    before anything older is removed, so there is always one good backup.
    """
    fresh = backup_database(db_or_path, backup_dir, keep=1_000_000)
    for info in list_backups(backup_dir):
        if info.path != fresh:
            info.path.unlink(missing_ok=True)
    return fresh
