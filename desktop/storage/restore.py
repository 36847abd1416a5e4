"""Going back to a chosen backup while the app runs (Settings → バックアップに戻す).

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
    kept = set_aside_damaged(dirs.database, label="replaced")
    try:
        restore_backup(backup_path, dirs.database)
    except BaseException:
        _put_back(kept, dirs.database)
        raise
    return kept


def _put_back(kept: Path, database: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        moved = Path(f"{kept}{suffix}")
        if moved.exists():
            os.replace(moved, Path(f"{database}{suffix}"))
