"""Merging a checked hand-over file into the store, in one transaction: the company, its
learners, items, answers, guide and history, the newer change winning (docs/storage.md)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.storage import changelog, tables
from desktop.storage.handover_check import CleanHandover
from desktop.storage.handover_fields import ImportRejected
from desktop.storage.progress import ProgressStore
from desktop.storage.tables import (
    ANSWERS,
    COMPANY_GUIDE,
    HISTORY,
    ITEM_STATES,
    LEARNERS,
    LESSON_RESULTS,
    PROFILES,
    Table,
)
from desktop.storage.transaction import write_transaction


@dataclass
class ImportReport:
    """What an import did: company added or merged, and what changed, with ids."""

    profile_id: str
    profile_name: str
    added: bool  # True: a new company; False: merged into the one with the same id
    profile_updated: bool = False
    learners_added: list[str] = field(default_factory=list)
    lessons_added: int = 0
    lessons_updated: int = 0
    items_added: list[str] = field(default_factory=list)
    items_updated: list[str] = field(default_factory=list)
    items_kept: list[str] = field(default_factory=list)
    answers_added: list[int] = field(default_factory=list)
    answers_updated: list[int] = field(default_factory=list)
    answers_kept: list[int] = field(default_factory=list)
    history_added: int = 0
    history_skipped: int = 0
    guide: str = ""  # "added", "updated", "kept" or "" (the file has no guide)
    star3: dict[str, int] = field(default_factory=dict)  # ★3 records added or updated, by kind
    unknown_item_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for a log or the command line."""
        verb = "added" if self.added else "merged into"
        text = (
            f"{self.profile_name} ({self.profile_id}) {verb} this database: "
            f"items {len(self.items_added)} new, {len(self.items_updated)} updated, "
            f"{len(self.items_kept)} kept; answers {len(self.answers_added)} new, "
            f"{len(self.answers_updated)} updated, {len(self.answers_kept)} kept; "
            f"learners {len(self.learners_added)} new; lessons {self.lessons_added} new, "
            f"{self.lessons_updated} updated; history {self.history_added} new"
        )
        if self.guide:
            text += f"; guide {self.guide}"
        if any(self.star3.values()):
            text += "; ★3 " + ", ".join(f"{kind} {count}" for kind, count in self.star3.items() if count)
        if self.unknown_item_ids:
            text += f"; not in the installed content: {', '.join(self.unknown_item_ids)}"
        return text



def import_records(store: ProgressStore, handover: CleanHandover) -> ImportReport:
    """Write a checked HANDOVER file into the store in one transaction; nothing is written when it fails."""
    with write_transaction(store.db):
        _refuse_foreign_learners(store, handover)
        report = _merge_profile(store, handover)
        _merge_learners(store, handover, report)
        _merge_items(store, handover, report)
        _merge_answers(store, handover, report)
        _merge_guide(store, handover, report)
        _merge_history(store, handover, report)
        if handover.star3 is not None:
            from desktop.storage.star3_handover import merge_star3

            report.star3 = merge_star3(store.db, report.profile_id, handover.star3)
    return report


def _refuse_foreign_learners(store: ProgressStore, handover: CleanHandover) -> None:
    for index, learner in enumerate(handover.learners):
        row = tables.find(store.db, LEARNERS, {"id": learner["id"]})
        if row and row["profile_id"] != handover.profile["id"]:
            raise ImportRejected(
                f"learners[{index}].id", "belongs to another company in this database"
            )


def _merge_profile(store: ProgressStore, handover: CleanHandover) -> ImportReport:
    incoming = PROFILES.adopted(handover.profile)
    key = {"id": incoming["id"]}
    row = tables.find(store.db, PROFILES, key)
    if row is None:
        tables.add_row(store.db, PROFILES, incoming)
        return ImportReport(incoming["id"], incoming["name"], added=True)
    if incoming["updated_at"] <= row["updated_at"]:
        return ImportReport(incoming["id"], row["name"], added=False)
    # A known company keeps the date it was first created on this PC.
    changed = {name: value for name, value in incoming.items() if name not in ("id", "created_at")}
    tables.update_row(store.db, PROFILES, key, changed)
    return ImportReport(incoming["id"], incoming["name"], added=False, profile_updated=True)


def _merge_learners(store: ProgressStore, handover: CleanHandover, report: ImportReport) -> None:
    db = store.db
    for learner in handover.learners:
        if tables.find(db, LEARNERS, {"id": learner["id"]}) is None:
            # A learner's name has no timestamp: a known learner keeps this PC's name.
            fields = {name: learner[name] for name in LEARNERS.handover_fields}
            tables.add_row(db, LEARNERS, {**LEARNERS.adopted(fields), "profile_id": report.profile_id})
            report.learners_added.append(learner["id"])
        for lesson_id, lesson in learner["lessons"].items():
            key = {"learner_id": learner["id"], "lesson_id": lesson_id}
            row = tables.find(db, LESSON_RESULTS, key)
            if row is not None and lesson["completed_at"] <= row["completed_at"]:
                continue
            tables.add_row(db, LESSON_RESULTS, {**LESSON_RESULTS.adopted(lesson), **key}, replace=True)
            if row is None:
                report.lessons_added += 1
            else:
                report.lessons_updated += 1


def _merge_items(store: ProgressStore, handover: CleanHandover, report: ImportReport) -> None:
    _merge_newer(store, ITEM_STATES, "item_id", handover.items, report.profile_id,
                 report.items_added, report.items_updated, report.items_kept)


def _merge_answers(store: ProgressStore, handover: CleanHandover, report: ImportReport) -> None:
    _merge_newer(store, ANSWERS, "question", handover.answers, report.profile_id,
                 report.answers_added, report.answers_updated, report.answers_kept)


def _merge_newer(store: ProgressStore, table: Table[Any], column: str, incoming: Mapping[Any, dict[str, Any]],
                 profile_id: str, added: list[Any], updated: list[Any], kept: list[Any]) -> None:
    """Write each of INCOMING's rows (by its COLUMN value) unless this PC's row is as new;
    note each value in ADDED, UPDATED or KEPT."""
    for value, record in incoming.items():
        key = {"profile_id": profile_id, column: value}
        row = tables.find(store.db, table, key)
        if row is not None and record["updated_at"] <= row["updated_at"]:
            kept.append(value)
            continue
        tables.add_row(store.db, table, {**table.adopted(record), **key}, replace=True)
        (added if row is None else updated).append(value)


def _merge_guide(store: ProgressStore, handover: CleanHandover, report: ImportReport) -> None:
    guide = handover.guide
    if guide is None:
        return
    key = {"profile_id": report.profile_id}
    row = tables.find(store.db, COMPANY_GUIDE, key)
    if row is not None and guide["updated_at"] <= row["updated_at"]:
        report.guide = "kept"
        return
    tables.add_row(store.db, COMPANY_GUIDE, {**COMPANY_GUIDE.adopted(guide), **key}, replace=True)
    report.guide = "added" if row is None else "updated"


# An entry is the same change when these agree (by_name is only a label).
_SAME_CHANGE = ("at", "what", "key", "old", "new", "by")


def _merge_history(store: ProgressStore, handover: CleanHandover, report: ImportReport) -> None:
    # Counted, not just compared, so a re-import adds nothing while two identical changes
    # within one millisecond both survive a round trip.
    have = Counter(
        tuple(row[name] for name in _SAME_CHANGE)
        for row in tables.rows(store.db, HISTORY, {"profile_id": report.profile_id})
    )
    for entry in handover.history:
        same = tuple(entry[name] for name in _SAME_CHANGE)
        if have[same] > 0:
            have[same] -= 1
            report.history_skipped += 1
            continue
        changelog.add(store.db, {**HISTORY.adopted(entry), "profile_id": report.profile_id})
        report.history_added += 1
