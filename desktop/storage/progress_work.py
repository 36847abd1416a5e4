"""The progress store's record of work: lessons taken, checklist items and self-check answers.

Each public method is one user action in its own short transaction, its history rows in it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.storage import changelog, clock, field_rules, tables
from desktop.storage.changelog import ANSWER, ITEM, ITEM_SOURCE, ITEM_STATUS, LESSON
from desktop.storage.progress_base import StoreBase, _old_status
from desktop.storage.records import ItemState, LessonResult
from desktop.storage.tables import ANSWERS, ITEM_STATES, LESSON_RESULTS
from desktop.storage.transaction import write_transaction

_UNSET = object()  # "not given" for update_item, where None is a real value (no due date)

_SET_STATUS = ITEM_STATES.upsert(
    ("profile_id", "item_id", "status", "reason", "updated_at"),
    update=("status", "reason", "updated_at"),
)
# A new row gets the status 'unanswered'; a known row keeps its status.
_SET_DETAILS = ITEM_STATES.upsert(
    ("profile_id", "item_id", "status", "note", "owner", "due", "evidence", "updated_at"),
    update=("note", "owner", "due", "evidence", "updated_at"),
)
_SET_ANSWER = ANSWERS.upsert(
    ("profile_id", "question", "answer", "updated_at"), update=("answer", "updated_at")
)
_SET_LESSON = LESSON_RESULTS.upsert(
    LESSON_RESULTS.columns, update=("completed_at", "quiz_score", "quiz_total")
)


class WorkRecords(StoreBase):
    """Lessons, checklist items and self-check answers of a company (part of ProgressStore)."""

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
        field_rules.check_content_id(lesson_id, "lesson id")
        quiz_score, quiz_total = field_rules.check_quiz(quiz_score, quiz_total)
        at = clock.stamp()
        with write_transaction(self.db):
            learner = self._learner(learner_id)
            key = {"learner_id": learner_id, "lesson_id": lesson_id}
            previous = tables.find(self.db, LESSON_RESULTS, key)
            self.db.execute(_SET_LESSON, {**key, "completed_at": at, "quiz_score": quiz_score,
                                          "quiz_total": quiz_total})
            old = (changelog.lesson_text(previous["quiz_score"], previous["quiz_total"])
                   if previous else None)
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
            LESSON_RESULTS.select(
                "JOIN learners ON learners.id = lesson_results.learner_id"
                " WHERE learners.profile_id = ? ORDER BY lesson_results.lesson_id"
            ),
            [profile_id],
        )
        for row in rows:
            results[row["learner_id"]][row["lesson_id"]] = LESSON_RESULTS.from_row(row)
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
        field_rules.check_content_id(item_id, "item id")
        field_rules.check_status(status)
        field_rules.check_source(source)
        if status != "na" and isinstance(reason, str) and not reason.strip():
            reason = None
        reason = field_rules.check_reason(status, reason)
        with write_transaction(self.db):
            return self._set_status(profile_id, item_id, status, reason, by, source)

    def _set_status(self, profile_id: str, item_id: str, status: str, reason: str | None,
                    by: str | None, source: str | None = None) -> ItemState:
        """set_item_status inside a transaction the caller has opened."""
        at = clock.stamp()
        by_name = self._actor(profile_id, by)
        old = self._item(profile_id, item_id)
        self.db.execute(_SET_STATUS, {"profile_id": profile_id, "item_id": item_id, "status": status,
                                      "reason": reason, "updated_at": at})
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
        field_rules.check_content_id(item_id, "item id")
        given = {"note": note, "owner": owner, "due": due, "evidence": evidence}
        given = {field: value for field, value in given.items() if value is not _UNSET}
        for field, value in given.items():
            if field == "due":
                field_rules.check_due(value)
            else:
                given[field] = field_rules.check_text("" if value is None else value)
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
        self.db.execute(_SET_DETAILS, {**ITEM_STATES.stored(new), "profile_id": profile_id,
                                       "item_id": item_id, "status": "unanswered", "updated_at": at})
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
        field_rules.check_content_id(item_id, "item id")
        status = previous.status if previous else "unanswered"
        field_rules.check_status(status)
        reason = field_rules.check_reason(status, previous.reason if previous else None)
        details = {
            "note": field_rules.check_text(previous.note or "" if previous else ""),
            "owner": field_rules.check_text(previous.owner or "" if previous else ""),
            "due": field_rules.check_due(previous.due if previous else None),
            "evidence": field_rules.check_text(previous.evidence or "" if previous else ""),
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
        rows = tables.rows(self.db, ITEM_STATES, {"profile_id": profile_id}, order_by="item_id")
        return {row["item_id"]: ITEM_STATES.from_row(row) for row in rows}

    def item_state(self, profile_id: str, item_id: str) -> ItemState | None:
        """One item of the company, or None when it was never changed."""
        row = tables.find(self.db, ITEM_STATES, {"profile_id": profile_id, "item_id": item_id})
        return ITEM_STATES.from_row(row) if row else None

    # -- self-check ------------------------------------------------------------------

    def set_answer(
        self, profile_id: str, question: int, answer: str | None, *, by: str | None = None
    ) -> None:
        """Answer a self-check question (yes / partial / no / unknown); None clears it."""
        field_rules.check_question(question)
        if answer is not None:
            field_rules.check_answer(answer)
        at = clock.stamp()
        with write_transaction(self.db):
            by_name = self._actor(profile_id, by)
            key = {"profile_id": profile_id, "question": question}
            row = tables.find(self.db, ANSWERS, key)
            old = row["answer"] if row else None
            if answer is None and old is None:
                return  # nothing to clear
            # A cleared answer keeps its row (answer NULL), so a hand-over merge can tell
            # that clearing it is newer than the other PC's answer.
            self.db.execute(_SET_ANSWER, {**key, "answer": answer, "updated_at": at})
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
