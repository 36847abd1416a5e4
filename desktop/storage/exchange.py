"""The hand-over package: one company's progress as a versioned JSON file.

Consultants carry a company from one PC to another with it, and it doubles as a readable
backup. The format is docs/package.schema.json; docs/storage.md explains the merge rules.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.storage import clock
from desktop.storage.package_check import (
    FORMAT,
    FORMAT_VERSION,
    MAX_PACKAGE_BYTES,
    CleanPackage,
    ImportRejected,
    check_package,
    validate_package,
)
from desktop.storage.progress import ProgressStore
from desktop.storage.rules import show
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


def export_package(store: ProgressStore, profile_id: str, *, with_files: bool = False) -> dict[str, Any]:
    """One company's progress as a hand-over package (a JSON-ready dict). WITH_FILES: the
    ★3 evidence files go in too (otherwise only their names and hashes)."""
    profile = store.get_profile(profile_id)
    answer_rows = store.db.execute(
        "SELECT question, answer, updated_at FROM answers WHERE profile_id = ? ORDER BY question",
        [profile_id],
    ).fetchall()
    results = store.lesson_results(profile_id)
    guide = store.guide(profile_id)
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": clock.stamp(),
        "app_version": __version__,
        "profile": {
            "id": profile.id,
            "name": profile.name,
            "industry": profile.industry,
            "employees": profile.employees,
            "scope": profile.scope,
            "requested": list(profile.requested),
            "created_at": clock.stamp(profile.created_at),
            "updated_at": clock.stamp(profile.updated_at),
        },
        "selfcheck": {
            "answers": {str(q): answer for q, answer, _ in answer_rows if answer is not None},
            "updated_at": {str(q): at for q, _, at in answer_rows},
        },
        "items": {
            item_id: {
                "status": state.status,
                "reason": state.reason,
                "note": state.note,
                "owner": state.owner,
                "due": state.due.isoformat() if state.due else None,
                "evidence": state.evidence,
                "updated_at": clock.stamp(state.updated_at),
            }
            for item_id, state in store.item_states(profile_id).items()
        },
        "learners": [
            {
                "id": learner.id,
                "name": learner.name,
                "created_at": clock.stamp(learner.created_at),
                "lessons": {
                    lesson_id: {
                        "completed_at": clock.stamp(result.completed_at),
                        "quiz_score": result.quiz_score,
                        "quiz_total": result.quiz_total,
                    }
                    for lesson_id, result in results[learner.id].items()
                },
            }
            for learner in store.list_learners(profile_id)
        ],
        "history": [
            {
                "at": clock.stamp(entry.at),
                "what": entry.what,
                "key": entry.key,
                "old": entry.old,
                "new": entry.new,
                "by": entry.by,
                "by_name": entry.by_name,
            }
            for entry in reversed(store.history(profile_id))
        ],
    }
    if guide is not None:
        data["guide"] = {
            "answers": guide.answers,
            "targets": list(guide.targets),
            "next_review": guide.next_review.isoformat() if guide.next_review else None,
            "updated_at": clock.stamp(guide.updated_at),
        }
    from desktop.storage.star3_package import export_star3

    data.update(export_star3(store.db, profile_id, with_files))
    return data


class PackageTooLarge(ValueError):
    """The package would be larger than a package may be (read_package would refuse it)."""


class PasswordProblem(ImportRejected):
    """A password-protected package and no password, a wrong one, or changed bytes."""


def write_package(data: dict[str, Any], path: str | os.PathLike[str], password: str | None = None) -> None:
    """Write a package as UTF-8 JSON (indent 2, sorted keys), sealed with PASSWORD when one
    is given (see handover_crypto), replacing PATH only when the whole file has been
    written (OSError otherwise; no partial file is left). PackageTooLarge, with nothing
    written, when it would exceed MAX_PACKAGE_BYTES."""
    from desktop.core.safe_files import write_bytes_atomic

    raw = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    if password:
        from desktop.storage.handover_crypto import seal

        raw = seal(raw, password)
    if len(raw) > MAX_PACKAGE_BYTES:
        carried = " (most of it the attached evidence files)" if data.get("evidence_files") else ""
        raise PackageTooLarge(f"the hand-over file would be {len(raw) / 2**20:.1f} MB{carried}, more than the "
                              f"{MAX_PACKAGE_BYTES // 2**20} MB a package may be; nothing was written")
    write_bytes_atomic(path, raw)


def read_package(path: str | os.PathLike[str], password: str | None = None) -> dict[str, Any]:
    """Read a package file: at most 20 MB (checked before reading), UTF-8, one JSON object,
    or the same sealed with a password (PasswordProblem when it is missing or wrong).

    Raises ImportRejected (field "file") for anything else; OSError when it cannot be read.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_PACKAGE_BYTES:
        raise ImportRejected(
            "file", f"is {size / 2**20:.1f} MB, more than the 20 MB a package may be"
        )
    with path.open("rb") as handle:
        raw = handle.read(MAX_PACKAGE_BYTES + 1)
    if len(raw) > MAX_PACKAGE_BYTES:  # the file grew after the size check
        raise ImportRejected("file", "is more than the 20 MB a package may be")
    from desktop.storage.handover_crypto import SealProblem, is_sealed, unseal

    if is_sealed(raw):
        try:
            raw = unseal(raw, password)
        except SealProblem as problem:
            kind = PasswordProblem if problem.field == "password" else ImportRejected
            raise kind("file", problem.message) from None
    return parse_package(raw)


def parse_package(raw: bytes) -> dict[str, Any]:
    """Decode package bytes (UTF-8, optional BOM) into a dict; ImportRejected otherwise."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected(
            "file", f"is not UTF-8 text (bad byte at offset {error.start})"
        ) from None
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ImportRejected(
            "file", f"is not JSON ({error.msg} at line {error.lineno} column {error.colno})"
        ) from None
    except RecursionError:
        raise ImportRejected("file", "is nested too deeply to be a package") from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise ImportRejected("file", f"is not usable JSON ({error})") from None
    if not isinstance(data, dict):
        raise ImportRejected("package", "is not a JSON object")
    return data


def import_package(
    store: ProgressStore, data: object, known_item_ids: Iterable[str] | None = None
) -> ImportReport:
    """Add the package's company, or merge it into the company with the same id: for each
    item, answer and lesson the newer change wins; history is merged without duplicates.
    The whole package is validated first; ImportRejected means nothing was written."""
    package = check_package(data)
    if package.star3 is not None:
        from desktop.storage.star3_package import write_files

        write_files(store.db, package.star3)
    try:
        report = _import_records(store, package)
    except BaseException:
        if package.star3 is not None:
            from desktop.storage.star3_store import purge_unreferenced_files

            purge_unreferenced_files(store.db)  # the files written above, if nothing refers to them
        raise
    if known_item_ids is not None:
        report.unknown_item_ids = sorted(set(package.items) - set(known_item_ids))
    return report


def _import_records(store: ProgressStore, package: CleanPackage) -> ImportReport:
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


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ImportRejected("file", f"the key {show(key)} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> None:
    raise ImportRejected("file", f"{name} is not a JSON number")


__all__ = [
    "ImportRejected",
    "PasswordProblem",
    "ImportReport",
    "export_package",
    "import_package",
    "parse_package",
    "read_package",
    "validate_package",
    "write_package",
]
