"""The hand-over package: one company's progress as a versioned JSON file.

Consultants carry a company from one PC to another with it, and it doubles as a readable
backup. The format is docs/package.schema.json; docs/storage.md explains the merge rules.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.storage import clock
from desktop.storage.exchange_merge import ImportReport, import_records
from desktop.storage.package_check import (
    FORMAT,
    FORMAT_VERSION,
    MAX_PACKAGE_BYTES,
    ImportRejected,
    check_package,
    validate_package,
)
from desktop.storage.progress import ProgressStore
from desktop.storage.rules import show


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
        report = import_records(store, package)
    except BaseException:
        if package.star3 is not None:
            from desktop.storage.star3_store import purge_unreferenced_files

            purge_unreferenced_files(store.db)  # the files written above, if nothing refers to them
        raise
    if known_item_ids is not None:
        report.unknown_item_ids = sorted(set(package.items) - set(known_item_ids))
    return report


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
