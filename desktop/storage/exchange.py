"""The hand-over file: one company's progress as a versioned JSON file.

Consultants carry a company from one PC to another with it, and it doubles as a readable
backup. The format is docs/handover.schema.json; docs/storage.md explains the merge rules.
Inside the file its format is still called "mamori-package" (handover_check.FORMAT), so
that every Mamori version reads the files of every other.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.storage import clock, tables
from desktop.storage.exchange_merge import ImportReport, import_records
from desktop.storage.field_rules import show
from desktop.storage.handover_check import (
    FORMAT,
    FORMAT_VERSION,
    MAX_HANDOVER_BYTES,
    ImportRejected,
    check_handover,
    validate_handover,
)
from desktop.storage.progress import ProgressStore
from desktop.storage.tables import (
    ANSWERS,
    COMPANY_GUIDE,
    HISTORY,
    ITEM_STATES,
    LEARNERS,
    LESSON_RESULTS,
    PROFILES,
)


def export_handover(store: ProgressStore, profile_id: str, *, with_files: bool = False) -> dict[str, Any]:
    """One company's progress as a hand-over file's contents (a JSON-ready dict). WITH_FILES: the
    ★3 evidence files go in too (otherwise only their names and hashes)."""
    profile = store.get_profile(profile_id)
    answers = [ANSWERS.from_row(row) for row in
               tables.rows(store.db, ANSWERS, {"profile_id": profile_id}, order_by="question")]
    results = store.lesson_results(profile_id)
    guide = store.guide(profile_id)
    # The self-check travels column by column: question -> answer (answered ones only) and
    # question -> when it was last set (a cleared answer keeps its time).
    selfcheck = {"answers": {str(a.question): a.answer for a in answers if a.answer is not None},
                 "updated_at": {str(a.question): ANSWERS.exported(a)["updated_at"] for a in answers}}
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": clock.stamp(),
        "app_version": __version__,
        "profile": PROFILES.exported(profile),
        "selfcheck": selfcheck,
        "items": {
            item_id: ITEM_STATES.exported(state)
            for item_id, state in store.item_states(profile_id).items()
        },
        "learners": [
            {
                **LEARNERS.exported(learner),
                "lessons": {
                    lesson_id: LESSON_RESULTS.exported(result)
                    for lesson_id, result in results[learner.id].items()
                },
            }
            for learner in store.list_learners(profile_id)
        ],
        "history": [HISTORY.exported(entry) for entry in reversed(store.history(profile_id))],
    }
    if guide is not None:
        data["guide"] = COMPANY_GUIDE.exported(guide)
    from desktop.storage.star3_handover import export_star3

    data.update(export_star3(store.db, profile_id, with_files))
    return data


class HandoverTooLarge(ValueError):
    """The hand-over file would be larger than one may be (read_handover would refuse it)."""


class PasswordProblem(ImportRejected):
    """A password-protected hand-over file and no password, a wrong one, or changed bytes."""


def write_handover(data: dict[str, Any], path: str | os.PathLike[str], password: str | None = None) -> None:
    """Write a hand-over file as UTF-8 JSON (indent 2, sorted keys), sealed with PASSWORD when one
    is given (see handover_crypto), replacing PATH only when the whole file has been
    written (OSError otherwise; no partial file is left). HandoverTooLarge, with nothing
    written, when it would exceed MAX_HANDOVER_BYTES."""
    from desktop.core.safe_files import write_bytes_atomic

    raw = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    if password:
        from desktop.storage.handover_crypto import seal

        raw = seal(raw, password)
    if len(raw) > MAX_HANDOVER_BYTES:
        carried = " (most of it the attached evidence files)" if data.get("evidence_files") else ""
        raise HandoverTooLarge(f"the hand-over file would be {len(raw) / 2**20:.1f} MB{carried}, more than the "
                              f"{MAX_HANDOVER_BYTES // 2**20} MB a package may be; nothing was written")
    write_bytes_atomic(path, raw)


def read_handover(path: str | os.PathLike[str], password: str | None = None) -> dict[str, Any]:
    """Read a hand-over file: at most 20 MB (checked before reading), UTF-8, one JSON object,
    or the same sealed with a password (PasswordProblem when it is missing or wrong).

    Raises ImportRejected (field "file") for anything else; OSError when it cannot be read.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_HANDOVER_BYTES:
        raise ImportRejected(
            "file", f"is {size / 2**20:.1f} MB, more than the 20 MB a package may be"
        )
    with path.open("rb") as handle:
        raw = handle.read(MAX_HANDOVER_BYTES + 1)
    if len(raw) > MAX_HANDOVER_BYTES:  # the file grew after the size check
        raise ImportRejected("file", "is more than the 20 MB a package may be")
    from desktop.storage.handover_crypto import SealProblem, is_sealed, unseal

    if is_sealed(raw):
        try:
            raw = unseal(raw, password)
        except SealProblem as problem:
            kind = PasswordProblem if problem.field == "password" else ImportRejected
            raise kind("file", problem.message) from None
    return parse_handover(raw)


def parse_handover(raw: bytes) -> dict[str, Any]:
    """Decode hand-over file bytes (UTF-8, optional BOM) into a dict; ImportRejected otherwise."""
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


def import_handover(
    store: ProgressStore, data: object, known_item_ids: Iterable[str] | None = None
) -> ImportReport:
    """Add the hand-over file's company, or merge it into the company with the same id: for each
    item, answer and lesson the newer change wins; history is merged without duplicates.
    The whole file is validated first; ImportRejected means nothing was written."""
    handover = check_handover(data)
    if handover.star3 is not None:
        from desktop.storage.star3_handover import write_files

        write_files(store.db, handover.star3)
    try:
        report = import_records(store, handover)
    except BaseException:
        if handover.star3 is not None:
            from desktop.storage.star3_store import purge_unreferenced_files

            purge_unreferenced_files(store.db)  # the files written above, if nothing refers to them
        raise
    if known_item_ids is not None:
        report.unknown_item_ids = sorted(set(handover.items) - set(known_item_ids))
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
    "export_handover",
    "import_handover",
    "parse_handover",
    "read_handover",
    "validate_handover",
    "write_handover",
]
