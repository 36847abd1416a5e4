"""Companies, learners, lessons, item states, self-check answers and their history.

Each public method is one user action: it runs in its own short transaction, writes its
history rows in that same transaction, and has committed when it returns.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from desktop.storage import changelog, clock, field_rules, tables
from desktop.storage.changelog import LEARNER, PROFILE
from desktop.storage.progress_guide import GuideRecords
from desktop.storage.progress_work import WorkRecords
from desktop.storage.records import (
    CompanyGuide,
    HistoryEntry,
    ItemState,
    Learner,
    LessonResult,
    Profile,
)
from desktop.storage.tables import LEARNERS, PROFILES
from desktop.storage.transaction import write_transaction

__all__ = ["AmbiguousProfile", "CompanyGuide", "HistoryEntry", "ItemState", "Learner", "LessonResult",
           "Profile", "ProgressStore"]

PROFILE_FIELDS = ("name", "industry", "employees", "scope", "requested")


class AmbiguousProfile(ValueError):
    """A name given to find_profile belongs to several companies; use the id instead."""


class ProgressStore(WorkRecords, GuideRecords):
    """Reads and records progress in one open Mamori database."""

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    def back_up(self, backup_dir: str | os.PathLike[str]) -> Path:
        """A verified backup of this database in BACKUP_DIR (storage.backup)."""
        from desktop.storage.backup import backup_database

        return backup_database(self.db, backup_dir)

    def purge_older_backups(self, backup_dir: str | os.PathLike[str]) -> Path:
        """One fresh backup, then no older ones (they may hold a deleted company)."""
        from desktop.storage.backup import purge_older_backups

        return purge_older_backups(self.db, backup_dir)

    @property
    def undecodable_text(self) -> int:
        """How many text values read so far were not UTF-8 (shown with \ufffd)."""
        return int(getattr(self.db, "undecodable_text", 0))

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- companies -------------------------------------------------------------------

    def create_profile(
        self,
        name: str,
        *,
        industry: str = "",
        employees: int | None = None,
        scope: str = "",
        requested: Iterable[str] = (),
    ) -> Profile:
        """Add a company; ValueError when the name is blank or a field is invalid."""
        values = {
            "name": field_rules.clean_name(name),
            "industry": field_rules.check_text(industry),
            "employees": field_rules.check_employees(employees),
            "scope": field_rules.check_text(scope),
            "requested": field_rules.clean_requested(requested),
        }
        import uuid  # loaded when first needed: it brings `platform` along

        profile_id = str(uuid.uuid4())
        at = clock.stamp()
        with write_transaction(self.db):
            tables.add_row(self.db, PROFILES, {**PROFILES.stored(values), "id": profile_id,
                                               "created_at": at, "updated_at": at})
            for field in PROFILE_FIELDS:
                if field == "name" or values[field] not in ("", None, ()):
                    new = changelog.as_text(values[field])
                    self._log(profile_id, at, PROFILE, field, None, new)
        return self.get_profile(profile_id)

    def list_profiles(self) -> list[Profile]:
        """All companies, by name."""
        rows = self._rows(PROFILES.select("ORDER BY name, created_at, id"))
        return [PROFILES.from_row(row) for row in rows]

    def get_profile(self, profile_id: str) -> Profile:
        """The company with this id; KeyError when there is none."""
        row = tables.find(self.db, PROFILES, {"id": profile_id})
        if row is None:
            raise KeyError(profile_id)
        return PROFILES.from_row(row)

    def find_profile(self, name_or_id: str) -> Profile | None:
        """The company with this id, else the one with this name (ignoring case and
        surrounding spaces); None if there is none, AmbiguousProfile if several."""
        wanted = str(name_or_id).strip()
        row = tables.find(self.db, PROFILES, {"id": wanted})
        if row is not None:
            return PROFILES.from_row(row)
        matches = [p for p in self.list_profiles() if p.name.casefold() == wanted.casefold()]
        if len(matches) > 1:
            ids = ", ".join(p.id for p in matches)
            raise AmbiguousProfile(f"several companies are named {wanted!r}; use an id: {ids}")
        return matches[0] if matches else None

    def update_profile(self, profile_id: str, **fields: object) -> Profile:
        """Change the given fields (name, industry, employees, scope, requested)."""
        unknown = sorted(set(fields) - set(PROFILE_FIELDS))
        if unknown:
            raise TypeError(f"update_profile() got unknown fields: {', '.join(unknown)}")
        cleaners = {
            "name": field_rules.clean_name,
            "industry": field_rules.check_text,
            "employees": field_rules.check_employees,
            "scope": field_rules.check_text,
            "requested": field_rules.clean_requested,
        }
        values = {field: cleaners[field](value) for field, value in fields.items()}
        with write_transaction(self.db):
            current = self.get_profile(profile_id)
            changed = {f: v for f, v in values.items() if getattr(current, f) != v}
            if changed:
                at = clock.stamp()
                tables.update_row(self.db, PROFILES, {"id": profile_id},
                                  {**PROFILES.stored(changed), "updated_at": at})
                for field, value in changed.items():
                    old = changelog.as_text(getattr(current, field))
                    self._log(profile_id, at, PROFILE, field, old, changelog.as_text(value))
        return self.get_profile(profile_id)

    def delete_profile(self, profile_id: str) -> None:
        """Remove a company with its learners, progress and history, from the file itself
        (secure_delete, then a WAL checkpoint); KeyError when there is none."""
        with write_transaction(self.db):
            self._require_profile(profile_id)
            self.db.execute("DELETE FROM profiles WHERE id = ?", [profile_id])
        # The deleted rows may still sit in earlier -wal frames: copy the zeroed pages
        # into the main file and empty the log. Best effort while another reader is active.
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        from desktop.storage.star3_store import purge_unreferenced_files

        purge_unreferenced_files(self.db)  # the company's attached evidence files

    # -- learners --------------------------------------------------------------------

    def add_learner(self, profile_id: str, name: str) -> Learner:
        """Add a person to a company."""
        name = field_rules.clean_name(name)
        import uuid

        learner_id = str(uuid.uuid4())
        at = clock.stamp()
        with write_transaction(self.db):
            self._require_profile(profile_id)
            tables.add_row(self.db, LEARNERS,
                           {"id": learner_id, "profile_id": profile_id, "name": name, "created_at": at})
            self._log(profile_id, at, LEARNER, learner_id, None, name)
        return self._learner(learner_id)

    def rename_learner(self, learner_id: str, name: str) -> Learner:
        """Change a learner's name; KeyError when there is no such learner."""
        name = field_rules.clean_name(name)
        with write_transaction(self.db):
            learner = self._learner(learner_id)
            if learner.name != name:
                self.db.execute("UPDATE learners SET name = ? WHERE id = ?", [name, learner_id])
                self._log(
                    learner.profile_id, clock.stamp(), LEARNER, learner_id, learner.name, name
                )
        return self._learner(learner_id)

    def remove_learner(self, learner_id: str) -> None:
        """Remove a learner and their lesson results; their past changes stay in history."""
        with write_transaction(self.db):
            learner = self._learner(learner_id)
            self.db.execute("DELETE FROM learners WHERE id = ?", [learner_id])
            self._log(learner.profile_id, clock.stamp(), LEARNER, learner_id, learner.name, None)
