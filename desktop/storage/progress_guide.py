"""The progress store's guide, targets and review dates, and the history read back."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, tzinfo

from desktop.storage import changelog, clock, field_rules, tables
from desktop.storage.changelog import GUIDE
from desktop.storage.progress_base import StoreBase
from desktop.storage.records import CompanyGuide, HistoryEntry
from desktop.storage.tables import COMPANY_GUIDE
from desktop.storage.transaction import write_transaction

_SET_GUIDE = COMPANY_GUIDE.upsert(("profile_id", "answers", "targets", "updated_at"),
                                  update=("answers", "targets", "updated_at"))
_SET_REVIEW = COMPANY_GUIDE.upsert(("profile_id", "next_review", "updated_at"),
                                   update=("next_review", "updated_at"))


class GuideRecords(StoreBase):
    """The guide's answers, targets, review dates and the history (part of ProgressStore)."""

    # -- guide and targets -----------------------------------------------------------

    def guide(self, profile_id: str) -> CompanyGuide | None:
        """The company's guide answers and targets; None when the guide was never saved."""
        self._require_profile(profile_id)
        row = tables.find(self.db, COMPANY_GUIDE, {"profile_id": profile_id})
        return COMPANY_GUIDE.from_row(row) if row else None

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
        clean_answers = field_rules.clean_guide_answers(answers)
        clean_targets = field_rules.clean_targets(targets)
        at = clock.stamp()
        with write_transaction(self.db):
            by_name = self._actor(profile_id, by)
            old = self.guide(profile_id)
            new = COMPANY_GUIDE.stored({"answers": clean_answers, "targets": clean_targets})
            old_answers = COMPANY_GUIDE.stored({"answers": old.answers})["answers"] if old else None
            new_answers = new["answers"]
            old_targets = changelog.as_text(old.targets) if old else None
            new_targets = changelog.as_text(clean_targets)
            self.db.execute(_SET_GUIDE, {"profile_id": profile_id, **new, "updated_at": at})
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
        field_rules.check_due(day)
        at = clock.stamp()
        with write_transaction(self.db):
            by_name = self._actor(profile_id, by)
            old = self.guide(profile_id)
            if old is not None and old.next_review == day:
                return old
            text = day.isoformat() if day else None
            self.db.execute(_SET_REVIEW, {"profile_id": profile_id, "next_review": text, "updated_at": at})
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
