"""Merging a checked hand-over file into the store, in one transaction: the company, its
learners, items, answers, guide and history, the newer change winning (docs/storage.md)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from desktop.storage.package_check import CleanPackage
from desktop.storage.package_fields import ImportRejected
from desktop.storage.progress import ProgressStore
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
    guide: str = ""  # "added", "updated", "kept" or "" (the package has no guide)
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



def import_records(store: ProgressStore, package: CleanPackage) -> ImportReport:
    """Write a checked PACKAGE into the store in one transaction; nothing is written when it fails."""
    with write_transaction(store.db):
        _refuse_foreign_learners(store, package)
        report = _merge_profile(store, package)
        _merge_learners(store, package, report)
        _merge_items(store, package, report)
        _merge_answers(store, package, report)
        _merge_guide(store, package, report)
        _merge_history(store, package, report)
        if package.star3 is not None:
            from desktop.storage.star3_package import merge_star3

            report.star3 = merge_star3(store.db, report.profile_id, package.star3)
    return report


def _refuse_foreign_learners(store: ProgressStore, package: CleanPackage) -> None:
    for index, learner in enumerate(package.learners):
        row = store.db.execute(
            "SELECT profile_id FROM learners WHERE id = ?", [learner["id"]]
        ).fetchone()
        if row and row[0] != package.profile["id"]:
            raise ImportRejected(
                f"learners[{index}].id", "belongs to another company in this database"
            )


def _merge_profile(store: ProgressStore, package: CleanPackage) -> ImportReport:
    incoming = dict(package.profile, requested=json.dumps(package.profile["requested"]))
    row = store.db.execute(
        "SELECT name, updated_at FROM profiles WHERE id = ?", [incoming["id"]]
    ).fetchone()
    if row is None:
        store.db.execute(
            "INSERT INTO profiles (id, name, industry, employees, scope, requested, created_at,"
            " updated_at) VALUES (:id, :name, :industry, :employees, :scope, :requested,"
            " :created_at, :updated_at)",
            incoming,
        )
        return ImportReport(incoming["id"], incoming["name"], added=True)
    if incoming["updated_at"] <= row[1]:
        return ImportReport(incoming["id"], row[0], added=False)
    store.db.execute(
        "UPDATE profiles SET name = :name, industry = :industry, employees = :employees,"
        " scope = :scope, requested = :requested, updated_at = :updated_at WHERE id = :id",
        incoming,
    )
    return ImportReport(incoming["id"], incoming["name"], added=False, profile_updated=True)


def _merge_learners(store: ProgressStore, package: CleanPackage, report: ImportReport) -> None:
    db = store.db
    for learner in package.learners:
        exists = db.execute("SELECT 1 FROM learners WHERE id = ?", [learner["id"]]).fetchone()
        if not exists:
            # A learner's name has no timestamp: a known learner keeps this PC's name.
            db.execute(
                "INSERT INTO learners (id, profile_id, name, created_at) VALUES (?, ?, ?, ?)",
                [learner["id"], report.profile_id, learner["name"], learner["created_at"]],
            )
            report.learners_added.append(learner["id"])
        for lesson_id, (at, score, total) in learner["lessons"].items():
            row = db.execute(
                "SELECT completed_at FROM lesson_results WHERE learner_id = ? AND lesson_id = ?",
                [learner["id"], lesson_id],
            ).fetchone()
            if row is not None and at <= row[0]:
                continue
            db.execute(
                "INSERT OR REPLACE INTO lesson_results"
                " (learner_id, lesson_id, completed_at, quiz_score, quiz_total)"
                " VALUES (?, ?, ?, ?, ?)",
                [learner["id"], lesson_id, at, score, total],
            )
            if row is None:
                report.lessons_added += 1
            else:
                report.lessons_updated += 1


def _merge_items(store: ProgressStore, package: CleanPackage, report: ImportReport) -> None:
    for item_id, item in package.items.items():
        row = store.db.execute(
            "SELECT updated_at FROM item_states WHERE profile_id = ? AND item_id = ?",
            [report.profile_id, item_id],
        ).fetchone()
        if row is not None and item["updated_at"] <= row[0]:
            report.items_kept.append(item_id)
            continue
        store.db.execute(
            "INSERT OR REPLACE INTO item_states (profile_id, item_id, status, reason, note,"
            " owner, due, evidence, updated_at) VALUES (:profile_id, :item_id, :status,"
            " :reason, :note, :owner, :due, :evidence, :updated_at)",
            dict(item, profile_id=report.profile_id, item_id=item_id),
        )
        (report.items_added if row is None else report.items_updated).append(item_id)


def _merge_answers(store: ProgressStore, package: CleanPackage, report: ImportReport) -> None:
    for question, (answer, at) in package.answers.items():
        row = store.db.execute(
            "SELECT updated_at FROM answers WHERE profile_id = ? AND question = ?",
            [report.profile_id, question],
        ).fetchone()
        if row is not None and at <= row[0]:
            report.answers_kept.append(question)
            continue
        store.db.execute(
            "INSERT OR REPLACE INTO answers (profile_id, question, answer, updated_at)"
            " VALUES (?, ?, ?, ?)",
            [report.profile_id, question, answer, at],
        )
        (report.answers_added if row is None else report.answers_updated).append(question)


def _merge_guide(store: ProgressStore, package: CleanPackage, report: ImportReport) -> None:
    guide = package.guide
    if guide is None:
        return
    row = store.db.execute(
        "SELECT updated_at FROM company_guide WHERE profile_id = ?", [report.profile_id]
    ).fetchone()
    if row is not None and guide["updated_at"] <= row[0]:
        report.guide = "kept"
        return
    store.db.execute(
        "INSERT OR REPLACE INTO company_guide (profile_id, answers, targets, next_review,"
        " updated_at) VALUES (?, ?, ?, ?, ?)",
        [
            report.profile_id,
            json.dumps(guide["answers"], sort_keys=True),
            json.dumps(list(guide["targets"])),
            guide["next_review"],
            guide["updated_at"],
        ],
    )
    report.guide = "added" if row is None else "updated"


def _merge_history(store: ProgressStore, package: CleanPackage, report: ImportReport) -> None:
    # An entry is the same change when at, what, key, old, new and by agree (by_name is
    # only a label). Counted, not just compared, so a re-import adds nothing while two
    # identical changes within one millisecond both survive a round trip.
    have = Counter(
        tuple(row)
        for row in store.db.execute(
            "SELECT at, what, key, old, new, by FROM history WHERE profile_id = ?",
            [report.profile_id],
        ).fetchall()
    )
    for entry in package.history:
        if have[entry[:6]] > 0:
            have[entry[:6]] -= 1
            report.history_skipped += 1
            continue
        store.db.execute(
            "INSERT INTO history (profile_id, at, what, key, old, new, by, by_name)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [report.profile_id, *entry],
        )
        report.history_added += 1
