"""Hand over and remove, one step: write a company's hand-over file, read it back to make
sure it holds the company, then (when asked) delete the company and the older backups.

Nothing is removed unless the file on disk was read back and matched what was exported:
a consultant at a busy table must never lose a company to a full USB stick.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.storage.exchange import (
    HandoverTooLarge,
    export_handover,
    read_handover,
    write_handover,
)
from desktop.storage.handover_check import ImportRejected, check_handover
from desktop.storage.progress import ProgressStore

if TYPE_CHECKING:
    from desktop.storage.progress import ProgressStore


class HandOverFailed(Exception):
    """The file could not be written or did not read back; the company was NOT removed."""


@dataclass(frozen=True)
class HandOverResult:
    path: Path
    name: str
    sealed: bool
    removed: bool
    kept_backup: Path | None  # the one fresh backup left after the older ones were removed


def hand_over(store: ProgressStore, profile_id: str, path: str | os.PathLike[str], *, password: str | None = None,
              remove: bool = False, backup_dir: str | os.PathLike[str] | None = None,
              with_files: bool = False) -> HandOverResult:
    """Write PATH, verify it, and with REMOVE delete the company and purge older backups
    (BACKUP_DIR); WITH_FILES carries the ★3 evidence files too. HandOverFailed when the file is not right (the company stays);
    OSError / DatabaseUnwritable when the removal itself failed after a good file."""
    path = Path(path)
    profile = store.get_profile(profile_id)
    data = export_handover(store, profile_id, with_files=with_files)
    write_verified(data, path, password, profile.name)
    return finish_hand_over(store, profile_id, path, profile.name, password=password, remove=remove,
                            backup_dir=backup_dir)


def write_verified(data: dict[str, Any], path: str | os.PathLike[str], password: str | None, name: str) -> None:
    """Write the hand-over DATA of company NAME to PATH and read it back; HandOverFailed when
    the file is not right. Touches no database, so it may run on any thread."""
    path = Path(path)
    try:
        write_handover(data, path, password)
    except HandoverTooLarge as exc:
        raise HandOverFailed(f"{path}: {exc}; {name} was not removed") from None
    except OSError as exc:
        from desktop.core.safe_files import describe_write_problem

        raise HandOverFailed(f"{describe_write_problem(exc, path)} {name} was not removed.") from None
    try:
        again = read_handover(path, password)
        same = check_handover(again) == check_handover(data)
    except (OSError, ImportRejected) as exc:
        raise HandOverFailed(f"{path}: the file written could not be read back ({exc}); "
                             f"{name} was not removed") from None
    if not same:
        raise HandOverFailed(f"{path}: the file read back differs from the company's records; "
                             f"{name} was not removed")


def finish_hand_over(store: ProgressStore, profile_id: str, path: str | os.PathLike[str], name: str, *,
                     password: str | None = None, remove: bool = False,
                     backup_dir: str | os.PathLike[str] | None = None) -> HandOverResult:
    """After a verified file: with REMOVE delete the company and purge older backups."""
    kept = None
    if remove:
        store.delete_profile(profile_id)
        if backup_dir is not None:
            from desktop.storage.backup import purge_older_backups

            kept = purge_older_backups(store.db, backup_dir)
    return HandOverResult(Path(path), name, bool(password), remove, kept)


def remove_companies(store: ProgressStore, profile_ids: Iterable[str], *, backup_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """Delete several companies (each from the file itself, see ProgressStore.delete_profile)
    and, with BACKUP_DIR, then every older backup. Returns the ids removed; when a deletion
    or the purge fails the exception carries on and `removed_so_far` on it says which went."""
    removed: list[str] = []
    try:
        for profile_id in profile_ids:
            store.delete_profile(profile_id)
            removed.append(profile_id)
        if backup_dir is not None:
            from desktop.storage.backup import purge_older_backups

            purge_older_backups(store.db, backup_dir)
    except Exception as exc:
        # any exception instance takes an attribute; the companies view reads it with getattr
        exc.removed_so_far = removed  # type: ignore[attr-defined]
        raise
    return removed
