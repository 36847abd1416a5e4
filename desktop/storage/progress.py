"""Companies, learners, lessons, item states, self-check answers and their history.

Each public method is one user action: it runs in its own short transaction, writes its
history rows in that same transaction, and has committed when it returns.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from pathlib import Path
from sqlite3 import Connection
from typing import Any

from desktop.storage import clock, rules
from desktop.storage import history as changelog
from desktop.storage.history import (
    ANSWER,
    GUIDE,
    ITEM,
    ITEM_SOURCE,
    ITEM_STATUS,
    LEARNER,
    LESSON,
    PROFILE,
)
from desktop.storage.records import (
    CompanyGuide,
    HistoryEntry,
    ItemState,
    Learner,
    LessonResult,
    Profile,
    guide_from_row,
    item_from_row,
    learner_from_row,
    lesson_from_row,
    profile_from_row,
)
from desktop.storage.transaction import write_transaction

PROFILE_FIELDS = ("name", "industry", "employees", "scope", "requested")

_UNSET = object()  # "not given" for update_item, where None is a real value (no due date)

_SET_STATUS = """
INSERT INTO item_states (profile_id, item_id, status, reason, updated_at)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (profile_id, item_id) DO UPDATE SET
    status = excluded.status, reason = excluded.reason, updated_at = excluded.updated_at
"""
_SET_DETAILS = """
INSERT INTO item_states (profile_id, item_id, status, note, owner, due, evidence, updated_at)
VALUES (?, ?, 'unanswered', ?, ?, ?, ?, ?)
ON CONFLICT (profile_id, item_id) DO UPDATE SET
    note = excluded.note, owner = excluded.owner, due = excluded.due,
    evidence = excluded.evidence, updated_at = excluded.updated_at
"""
_SET_ANSWER = """
INSERT INTO answers (profile_id, question, answer, updated_at) VALUES (?, ?, ?, ?)
ON CONFLICT (profile_id, question) DO UPDATE SET
    answer = excluded.answer, updated_at = excluded.updated_at
"""
_SET_LESSON = """
INSERT INTO lesson_results (learner_id, lesson_id, completed_at, quiz_score, quiz_total)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
    completed_at = excluded.completed_at, quiz_score = excluded.quiz_score,
    quiz_total = excluded.quiz_total
"""


class AmbiguousProfile(ValueError):
    """A name given to find_profile belongs to several companies; use the id instead."""


class ProgressStore:
    """Reads and records progress in one open Mamori database."""

    def __init__(self, db: Connection):
        self.db = db

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
            "name": rules.clean_name(name),
            "industry": rules.check_text(industry),
            "employees": rules.check_employees(employees),
            "scope": rules.check_text(scope),
            "requested": rules.clean_requested(requested),
        }
        import uuid  # loaded when first needed: it brings `platform` along

        profile_id = str(uuid.uuid4())
        at = clock.stamp()
        with write_transaction(self.db):
            self.db.execute(
                "INSERT INTO profiles (id, name, industry, employees, scope, requested,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    profile_id,
                    values["name"],
                    values["industry"],
                    values["employees"],
                    values["scope"],
                    json.dumps(values["requested"]),
                    at,
                    at,
                ],
            )
            for field in PROFILE_FIELDS:
                if field == "name" or values[field] not in ("", None, ()):
                    new = changelog.as_text(values[field])
                    self._log(profile_id, at, PROFILE, field, None, new)
        return self.get_profile(profile_id)

    def list_profiles(self) -> list[Profile]:
        """All companies, by name."""
        rows = self._rows("SELECT * FROM profiles ORDER BY name, created_at, id")
        return [profile_from_row(row) for row in rows]

    def get_profile(self, profile_id: str) -> Profile:
        """The company with this id; KeyError when there is none."""
        rows = self._rows("SELECT * FROM profiles WHERE id = ?", [profile_id])
        if not rows:
            raise KeyError(profile_id)
        return profile_from_row(rows[0])

    def find_profile(self, name_or_id: str) -> Profile | None:
        """The company with this id, else the one with this name (ignoring case and
        surrounding spaces); None if there is none, AmbiguousProfile if several."""
        wanted = str(name_or_id).strip()
        rows = self._rows("SELECT * FROM profiles WHERE id = ?", [wanted])
        if rows:
            return profile_from_row(rows[0])
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
            "name": rules.clean_name,
            "industry": rules.check_text,
            "employees": rules.check_employees,
            "scope": rules.check_text,
            "requested": rules.clean_requested,
        }
        values = {field: cleaners[field](value) for field, value in fields.items()}
        with write_transaction(self.db):
            current = self.get_profile(profile_id)
            changed = {f: v for f, v in values.items() if getattr(current, f) != v}
            if changed:
                at = clock.stamp()
                columns = {f: json.dumps(v) if f == "requested" else v for f, v in changed.items()}
                assignments = ", ".join(f"{column} = ?" for column in columns)
                self.db.execute(
                    f"UPDATE profiles SET {assignments}, updated_at = ? WHERE id = ?",
                    [*columns.values(), at, profile_id],
                )
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
        name = rules.clean_name(name)
        import uuid

        learner_id = str(uuid.uuid4())
        at = clock.stamp()
        with write_transaction(self.db):
            self._require_profile(profile_id)
            self.db.execute(
                "INSERT INTO learners (id, profile_id, name, created_at) VALUES (?, ?, ?, ?)",
                [learner_id, profile_id, name, at],
            )
            self._log(profile_id, at, LEARNER, learner_id, None, name)
        return self._learner(learner_id)

    def list_learners(self, profile_id: str) -> list[Learner]:
        """The people of a company, in the order they were added."""
        self._require_profile(profile_id)
        rows = self._rows(
            "SELECT * FROM learners WHERE profile_id = ? ORDER BY created_at, id", [profile_id]
        )
        return [learner_from_row(row) for row in rows]

    def rename_learner(self, learner_id: str, name: str) -> Learner:
        """Change a learner's name; KeyError when there is no such learner."""
        name = rules.clean_name(name)
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

    # -- lessons ---------------------------------------------------------------------

    def record_lesson(
        self,
        learner_id: str,
        lesson_id: str,
        *,
        quiz_score: int | None = None,
        quiz_total: int | None = None,
    ) -> None:
        """Mark a lesson complete for a learner, with the quiz result if any (latest wins)."""
        rules.check_content_id(lesson_id, "lesson id")
        quiz_score, quiz_total = rules.check_quiz(quiz_score, quiz_total)
        at = clock.stamp()
        with write_transaction(self.db):
            learner = self._learner(learner_id)
            previous = self.db.execute(
                "SELECT quiz_score, quiz_total FROM lesson_results"
                " WHERE learner_id = ? AND lesson_id = ?",
                [learner_id, lesson_id],
            ).fetchone()
            self.db.execute(_SET_LESSON, [learner_id, lesson_id, at, quiz_score, quiz_total])
            old = changelog.lesson_text(*previous) if previous else None
            self._log(
                learner.profile_id,
                at,
                LESSON,
                lesson_id,
                old,
                changelog.lesson_text(quiz_score, quiz_total),
                learner.id,
                learner.name,
            )

    def lesson_results(self, profile_id: str) -> dict[str, dict[str, LessonResult]]:
        """Completed lessons per learner id (every learner of the company is a key)."""
        results: dict[str, dict[str, LessonResult]] = {
            learner.id: {} for learner in self.list_learners(profile_id)
        }
        rows = self._rows(
            "SELECT lesson_results.* FROM lesson_results JOIN learners"
            " ON learners.id = lesson_results.learner_id WHERE learners.profile_id = ?"
            " ORDER BY lesson_results.lesson_id",
            [profile_id],
        )
        for row in rows:
            results[row["learner_id"]][row["lesson_id"]] = lesson_from_row(row)
        return results

    # -- checklist items -------------------------------------------------------------

    def set_item_status(
        self,
        profile_id: str,
        item_id: str,
        status: str,
        *,
        reason: str | None = None,
        by: str | None = None,
        source: str | None = None,
    ) -> ItemState:
        """Set an item's status (reason required for 'na', not allowed otherwise).

        Setting the same status again is recorded too: it counts as a review. SOURCE says
        where the value came from when it was taken over ("selfcheck:3"); the history
        records it beside the status.
        """
        rules.check_content_id(item_id, "item id")
        rules.check_status(status)
        rules.check_source(source)
        if status != "na" and isinstance(reason, str) and not reason.strip():
            reason = None
        reason = rules.check_reason(status, reason)
        with write_transaction(self.db):
            return self._set_status(profile_id, item_id, status, reason, by, source)

    def _set_status(self, profile_id: str, item_id: str, status: str, reason: str | None,
                    by: str | None, source: str | None = None) -> ItemState:
        """set_item_status inside a transaction the caller has opened."""
        at = clock.stamp()
        by_name = self._actor(profile_id, by)
        old = self._item(profile_id, item_id)
        self.db.execute(_SET_STATUS, [profile_id, item_id, status, reason, at])
        self._log(profile_id, at, ITEM_STATUS, item_id, _old_status(old), status, by, by_name)
        if old.reason != reason:
            self._log(profile_id, at, ITEM + "reason", item_id, old.reason, reason, by, by_name)
        if source is not None:
            self._log(profile_id, at, ITEM_SOURCE, item_id, None, source, by, by_name)
        return ItemState(
            item_id,
            status,
            reason,
            old.note,
            old.owner,
            old.due,
            old.evidence,
            clock.parse_stamp(at),
        )

    def update_item(
        self,
        profile_id: str,
        item_id: str,
        *,
        note: object = _UNSET,
        owner: object = _UNSET,
        due: object = _UNSET,
        evidence: object = _UNSET,
        by: str | None = None,
    ) -> ItemState:
        """Change the given details of an item (note, owner, due date, evidence note);
        fields not given stay as they are. `due` is a datetime.date or None."""
        rules.check_content_id(item_id, "item id")
        given = {"note": note, "owner": owner, "due": due, "evidence": evidence}
        given = {field: value for field, value in given.items() if value is not _UNSET}
        for field, value in given.items():
            if field == "due":
                rules.check_due(value)
            else:
                given[field] = rules.check_text("" if value is None else value)
        with write_transaction(self.db):
            return self._update(profile_id, item_id, given, by)

    def _update(self, profile_id: str, item_id: str, given: dict[str, Any], by: str | None) -> ItemState:
        """update_item inside a transaction the caller has opened (values checked)."""
        by_name = self._actor(profile_id, by)
        old = self._item(profile_id, item_id)
        changed = {f: v for f, v in given.items() if getattr(old, f) != v}
        if not changed:
            return old
        at = clock.stamp()
        new = {f: changed.get(f, getattr(old, f)) for f in ("note", "owner", "due", "evidence")}
        due_text = new["due"].isoformat() if new["due"] else None
        self.db.execute(
            _SET_DETAILS,
            [profile_id, item_id, new["note"], new["owner"], due_text, new["evidence"], at],
        )
        for field in changed:
            self._log(
                profile_id,
                at,
                ITEM + field,
                item_id,
                changelog.as_text(getattr(old, field)),
                changelog.as_text(new[field]),
                by,
                by_name,
            )
        return ItemState(
            item_id,
            old.status,
            old.reason,
            new["note"],
            new["owner"],
            new["due"],
            new["evidence"],
            clock.parse_stamp(at),
        )

    def restore_item(
        self, profile_id: str, item_id: str, previous: ItemState | None, *, by: str | None = None
    ) -> ItemState:
        """Put an item back as PREVIOUS (None: never answered), status and details in one
        transaction: an undo is saved whole or not at all."""
        rules.check_content_id(item_id, "item id")
        status = previous.status if previous else "unanswered"
        rules.check_status(status)
        reason = rules.check_reason(status, previous.reason if previous else None)
        details = {
            "note": rules.check_text(previous.note or "" if previous else ""),
            "owner": rules.check_text(previous.owner or "" if previous else ""),
            "due": rules.check_due(previous.due if previous else None),
            "evidence": rules.check_text(previous.evidence or "" if previous else ""),
        }
        with write_transaction(self.db):
            self._set_status(profile_id, item_id, status, reason, by)
            return self._update(profile_id, item_id, details, by)

    def lesson_attempts(self, profile_id: str) -> list[tuple[str, str, datetime, int | None, int | None]]:
        """Every time a learner recorded a lesson, oldest first: (learner id, lesson id, when,
        quiz score, quiz total). Read from the history, which keeps each attempt."""
        self._require_profile(profile_id)
        rows = self.db.execute(
            "SELECT by, key, at, new FROM history WHERE profile_id = ? AND what = ? AND by IS NOT NULL"
            " ORDER BY at, id",
            [profile_id, LESSON],
        ).fetchall()
        attempts = []
        for learner_id, lesson_id, at, new in rows:
            score, total = changelog.parse_lesson_text(new)
            attempts.append((learner_id, lesson_id, clock.parse_stamp(at), score, total))
        return attempts

    def item_states(self, profile_id: str) -> dict[str, ItemState]:
        """Every item of the company that was ever changed, by item id."""
        self._require_profile(profile_id)
        rows = self._rows(
            "SELECT * FROM item_states WHERE profile_id = ? ORDER BY item_id", [profile_id]
        )
        return {row["item_id"]: item_from_row(row) for row in rows}

    def item_state(self, profile_id: str, item_id: str) -> ItemState | None:
        """One item of the company, or None when it was never changed."""
        rows = self._rows(
            "SELECT * FROM item_states WHERE profile_id = ? AND item_id = ?", [profile_id, item_id]
        )
        return item_from_row(rows[0]) if rows else None

    # -- self-check ------------------------------------------------------------------

    def set_answer(
        self, profile_id: str, question: int, answer: str | None, *, by: str | None = None
    ) -> None:
        """Answer a self-check question (yes / partial / no / unknown); None clears it."""
        rules.check_question(question)
        if answer is not None:
            rules.check_answer(answer)
        at = clock.stamp()
        with write_transaction(self.db):
            by_name = self._actor(profile_id, by)
            row = self.db.execute(
                "SELECT answer FROM answers WHERE profile_id = ? AND question = ?",
                [profile_id, question],
            ).fetchone()
            old = row[0] if row else None
            if answer is None and old is None:
                return  # nothing to clear
            # A cleared answer keeps its row (answer NULL), so a hand-over merge can tell
            # that clearing it is newer than the other PC's answer.
            self.db.execute(_SET_ANSWER, [profile_id, question, answer, at])
            self._log(profile_id, at, ANSWER, str(question), old, answer, by, by_name)

    def answers(self, profile_id: str) -> dict[int, str]:
        """The answered self-check questions: question number -> answer."""
        self._require_profile(profile_id)
        rows = self.db.execute(
            "SELECT question, answer FROM answers"
            " WHERE profile_id = ? AND answer IS NOT NULL ORDER BY question",
            [profile_id],
        ).fetchall()
        return dict(rows)

    # -- guide and targets -----------------------------------------------------------

    def guide(self, profile_id: str) -> CompanyGuide | None:
        """The company's guide answers and targets; None when the guide was never saved."""
        self._require_profile(profile_id)
        rows = self._rows("SELECT * FROM company_guide WHERE profile_id = ?", [profile_id])
        return guide_from_row(rows[0]) if rows else None

    def set_guide(
        self,
        profile_id: str,
        answers: object,
        targets: Iterable[str],
        *,
        by: str | None = None,
    ) -> CompanyGuide:
        """Save the guide's answers and the targets chosen from them (one history row for
        each of the two that changed); the next-review date is kept."""
        clean_answers = rules.clean_guide_answers(answers)
        clean_targets = rules.clean_targets(targets)
        at = clock.stamp()
        with write_transaction(self.db):
            by_name = self._actor(profile_id, by)
            old = self.guide(profile_id)
            old_answers = json.dumps(old.answers, sort_keys=True) if old else None
            new_answers = json.dumps(clean_answers, sort_keys=True)
            old_targets = changelog.as_text(old.targets) if old else None
            new_targets = changelog.as_text(clean_targets)
            self.db.execute(
                "INSERT INTO company_guide (profile_id, answers, targets, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (profile_id) DO UPDATE SET"
                " answers = excluded.answers, targets = excluded.targets,"
                " updated_at = excluded.updated_at",
                [profile_id, new_answers, json.dumps(list(clean_targets)), at],
            )
            if old_answers != new_answers:
                self._log(profile_id, at, GUIDE, "answers", old_answers, new_answers, by, by_name)
            if old_targets != new_targets or old is None:
                self._log(profile_id, at, GUIDE, "targets", old_targets, new_targets, by, by_name)
        result = self.guide(profile_id)
        assert result is not None
        return result

    def set_next_review(
        self, profile_id: str, day: date | None, *, by: str | None = None
    ) -> CompanyGuide:
        """Set the company's next review date (None: a year after the last self-check)."""
        rules.check_due(day)
        at = clock.stamp()
        with write_transaction(self.db):
            by_name = self._actor(profile_id, by)
            old = self.guide(profile_id)
            if old is not None and old.next_review == day:
                return old
            text = day.isoformat() if day else None
            self.db.execute(
                "INSERT INTO company_guide (profile_id, next_review, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (profile_id) DO UPDATE SET next_review = excluded.next_review,"
                " updated_at = excluded.updated_at",
                [profile_id, text, at],
            )
            old_text = changelog.as_text(old.next_review) if old else None
            self._log(profile_id, at, GUIDE, "next_review", old_text, text, by, by_name)
        result = self.guide(profile_id)
        assert result is not None
        return result

    def last_selfcheck(self, profile_id: str) -> datetime | None:
        """When a self-check answer was last given or changed; None if never."""
        self._require_profile(profile_id)
        row = self.db.execute(
            "SELECT MAX(updated_at) FROM answers WHERE profile_id = ?", [profile_id]
        ).fetchone()
        return clock.parse_stamp(row[0]) if row and row[0] else None

    # -- history ---------------------------------------------------------------------

    def history(self, profile_id: str, *, limit: int | None = None) -> list[HistoryEntry]:
        """The company's recorded changes, newest first."""
        self._require_profile(profile_id)
        return changelog.entries(self.db, profile_id, limit)

    def status_trend(self, profile_id: str, *, tz: tzinfo | None = None) -> list[tuple[date, int]]:
        """Items done at the end of each day on which a status changed, oldest first
        (local calendar days, or days in TZ), for a progress chart."""
        self._require_profile(profile_id)
        return changelog.done_per_day(self.db, profile_id, tz)

    def status_source(self, profile_id: str, item_id: str) -> str | None:
        """Where the item's current status was taken over from ("selfcheck:2"), or None."""
        return changelog.status_source(self.db, profile_id, item_id)

    def last_reviewed(self, profile_id: str, item_id: str) -> datetime | None:
        """When anything about the item was last set or confirmed; None if never."""
        return changelog.last_item_change(self.db, profile_id, item_id)

    # -- helpers ---------------------------------------------------------------------

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _require_profile(self, profile_id: str) -> None:
        if not self.db.execute("SELECT 1 FROM profiles WHERE id = ?", [profile_id]).fetchone():
            raise KeyError(profile_id)

    def _learner(self, learner_id: str) -> Learner:
        rows = self._rows("SELECT * FROM learners WHERE id = ?", [learner_id])
        if not rows:
            raise KeyError(learner_id)
        return learner_from_row(rows[0])

    def _actor(self, profile_id: str, by: str | None) -> str | None:
        """Check the profile exists and BY is one of its learners; return BY's name."""
        self._require_profile(profile_id)
        if by is None:
            return None
        row = self.db.execute(
            "SELECT name FROM learners WHERE id = ? AND profile_id = ?", [by, profile_id]
        ).fetchone()
        if row is None:
            raise ValueError(f"by={by!r} is not a learner of this company")
        return str(row[0])

    def _item(self, profile_id: str, item_id: str) -> ItemState:
        cursor = self.db.execute(
            "SELECT * FROM item_states WHERE profile_id = ? AND item_id = ?", [profile_id, item_id]
        )
        row = cursor.fetchone()
        if row is None:
            return ItemState(item_id, "unanswered", None, "", "", None, "", None)
        names = [column[0] for column in cursor.description]
        return item_from_row(dict(zip(names, row, strict=True)))

    def _log(self, profile_id: str, at: str, what: str, key: str, *values: str | None) -> None:
        changelog.log(self.db, profile_id, at, what, key, *values)


def _old_status(old: ItemState) -> str | None:
    return old.status if old.updated_at is not None else None
