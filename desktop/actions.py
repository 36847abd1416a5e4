"""What a user does, once, for the window and the `mamori` commands alike.

Each function here is one user action built from store, backup and report calls. It has
no Qt and no SQL of its own: the widgets (desktop/ui) and the commands (desktop/cli*)
call it and only decide how to ask and how to tell the result. The PDF writer needs a
QGuiApplication, which desktop.report.build makes when there is none.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.content import ContentModel
    from desktop.core.summary_types import Summary
    from desktop.paths import UserDirs
    from desktop.storage.integrity import DatabaseUnwritable
    from desktop.storage.progress import ProgressStore
    from desktop.storage.records import ItemState


@dataclass(frozen=True)
class CompanyDeleted:
    """A company was deleted. With purge asked for: the one backup kept (FRESH_BACKUP), or
    why the older backups were NOT removed (PURGE_FAILED; they still hold the company)."""

    name: str
    purge_asked: bool
    fresh_backup: Path | None = None
    purge_failed: OSError | DatabaseUnwritable | None = None


def delete_company(store: ProgressStore, backup_dir: str | os.PathLike[str], profile_id: str, *,
                   purge_backups: bool) -> CompanyDeleted:
    """Delete the company and all its records (committed when this returns); with
    PURGE_BACKUPS also make one fresh backup and remove every older one.

    A purge that cannot run (no space for the fresh backup, a read-only folder) leaves the
    older backups as they are and says so in the result; the deletion itself stands."""
    from desktop.storage.integrity import DatabaseUnwritable

    profile = store.get_profile(profile_id)
    store.delete_profile(profile_id)
    if not purge_backups:
        return CompanyDeleted(profile.name, purge_asked=False)
    try:
        fresh = store.purge_older_backups(backup_dir)
    except (OSError, DatabaseUnwritable) as exc:
        return CompanyDeleted(profile.name, purge_asked=True, purge_failed=exc)
    return CompanyDeleted(profile.name, purge_asked=True, fresh_backup=fresh)


@dataclass(frozen=True)
class Recovered:
    """The database is usable again: the open STORE, and where the damaged file was kept."""

    store: ProgressStore
    kept: Path


def recover_damaged_database(dirs: UserDirs, backup_path: str | os.PathLike[str] | None) -> Recovered:
    """Set the damaged database aside (never deleted) and open the newest good backup in
    its place, or a fresh empty database when BACKUP_PATH is None.

    When the backup cannot be put in place the damaged file is put back where it was, so
    the next start offers the same choice; the error (DatabaseDamaged for a bad backup,
    DatabaseUnwritable or OSError for the folder) is raised for the caller to explain."""
    from desktop.storage.db import open_store
    from desktop.storage.restore import replace_database

    kept = replace_database(dirs.database, backup_path, label="damaged")
    return Recovered(open_store(dirs.database, dirs.backup), kept)


def undo_item_change(store: ProgressStore, profile_id: str, item_id: str, previous: ItemState | None, *,
                     by: str | None = None) -> ItemState:
    """Put one checklist item back as PREVIOUS (None: never answered): status and details
    in one transaction, so an undo is saved whole or not at all."""
    return store.restore_item(profile_id, item_id, previous, by=by)


def company_summary(store: ProgressStore, model: ContentModel, profile_id: str, *, detail: str = "requirements",
                    declared_by: str = "", schemes: tuple[str, ...] | str | None = None,
                    lang: str = "ja") -> Summary:
    """The readiness summary of one company, as the report screen shows it and
    `mamori export` writes it (see desktop.report.build.summary_for for SCHEMES)."""
    from desktop.report.build import summary_for

    return summary_for(store, model, profile_id, detail=detail, declared_by=declared_by, schemes=schemes,
                       lang=lang)


def export_summary(summary: Summary, fmt: str, path: str | os.PathLike[str]) -> Path:
    """Write SUMMARY as FMT (pdf, html, csv, json, xlsx) to PATH and check it is on disk and not
    empty before saying so; OSError names the file when it is not."""
    from desktop.report.build import write_summary

    target = Path(path)
    write_summary(summary, fmt, target)
    if target.stat().st_size == 0:  # stat: FileNotFoundError names the file when it is not there
        raise OSError(errno.EIO, "the file was written empty", str(target))
    return target
