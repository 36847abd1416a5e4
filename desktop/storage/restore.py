"""Putting a backup in place of the database: going back to a chosen backup while the app
runs (Settings → バックアップに戻す), and recovering a damaged database at start.

The current database is kept, renamed aside, never deleted; if the restore fails it is
put back, so the user never ends up with no data file at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.paths import UserDirs
from desktop.storage.backup import open_backup, restore_backup, set_aside_damaged
from desktop.storage.progress import ProgressStore


def restore_from_backup(
    store: ProgressStore, dirs: UserDirs, backup_path: str | os.PathLike[str]
) -> Path:
    """Close STORE, set the current database aside as `<name>.replaced-<timestamp>`, and
    put the verified backup in its place; returns where the old database was kept.

    The app must open the store again (or restart) afterwards. DatabaseDamaged when the
    backup is bad, before anything was moved.
    """
    open_backup(backup_path).close()  # check the backup before touching the database
    store.close()
    return replace_database(dirs.database, backup_path, label="replaced")


def restore_closed(database: str | os.PathLike[str], backup_path: str | os.PathLike[str]) -> Path:
    """restore_from_backup for a DATABASE whose store the caller has already closed (the
    work needs no connection of its own, so it may run on any thread)."""
    open_backup(backup_path).close()
    return replace_database(database, backup_path, label="replaced")


def replace_database(
    database: str | os.PathLike[str], backup_path: str | os.PathLike[str] | None, *, label: str
) -> Path:
    """Set DATABASE (closed) aside as `<name>.<LABEL>-<timestamp>` and copy the verified
    backup in its place; with no backup the place is left empty for a fresh start. Returns
    where the old file was kept. If the copy fails, the old file is put back before the
    error is raised, so there is never less on disk than before."""
    database = Path(database)
    kept = set_aside_damaged(database, label=label)
    if backup_path is None:
        return kept
    try:
        restore_backup(backup_path, database)
    except BaseException:
        _put_back(kept, database)
        raise
    return kept


def _put_back(kept: Path, database: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        moved = Path(f"{kept}{suffix}")
        if moved.exists():
            os.replace(moved, Path(f"{database}{suffix}"))
