"""SCS ★3 records of a company: criterion judgements, evidence (with files), the expert's
confirmations and management's pledges.

Confirmations and pledges are appended, never changed (triggers in m007 refuse it): the
latest row is the one in force, the earlier ones are the history. Attached files are
copied into the data folder's `evidence/` under their SHA-256 and removed when no evidence
record refers to them any more (after a company is deleted, or a file is detached).

The SQL column lists come from the tables' definitions (storage/tables.py); the stored rows
(storage/star3_records.py) become the app's records (core/star3.py) here.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from sqlite3 import Connection
from typing import TYPE_CHECKING, Any

from desktop.core.star3 import (
    JUDGEMENT_STATUSES,
    MAX_EVIDENCE_FILE_BYTES,
    Confirmation,
    Evidence,
    EvidenceFile,
    Judgement,
    Pledge,
)
from desktop.storage import changelog, clock, field_rules, tables
from desktop.storage.evidence_files import (
    EvidenceFileRejected as EvidenceFileRejected,  # the files' refusal, raised here too
)
from desktop.storage.evidence_files import _copy_into
from desktop.storage.star3_records import (
    ConfirmationRow,
    EvidenceFileRow,
    EvidenceRow,
    JudgementRow,
    PledgeRow,
)
from desktop.storage.tables import (
    SCS_CONFIRMATIONS,
    SCS_EVIDENCE,
    SCS_EVIDENCE_FILES,
    SCS_JUDGEMENTS,
    SCS_PLEDGES,
)
from desktop.storage.transaction import write_transaction

if TYPE_CHECKING:  # for the annotation only: progress imports this module in a function
    from desktop.storage.progress import ProgressStore

SCS = "scs."  # history `what` prefix: scs.judgement, scs.evidence, scs.confirmation, scs.pledge
EVIDENCE_FOLDER = "evidence"

_SET_JUDGEMENT = SCS_JUDGEMENTS.upsert(SCS_JUDGEMENTS.columns, update=("status", "reason", "updated_at"))
# The files of every evidence record of one company, in the order they were attached.
_COMPANY_FILES = SCS_EVIDENCE_FILES.select(
    "JOIN scs_evidence ON scs_evidence.id = scs_evidence_files.evidence_id WHERE scs_evidence.profile_id = ?"
    " ORDER BY scs_evidence_files.added_at, scs_evidence_files.sha256")


def _check_date(value: object, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, dt.date):
        raise ValueError(f"{what} must be a date")
    return value.isoformat()


_CRITERION = re.compile(r"[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,2}")


def _check_criterion(criterion: str) -> str:
    if not isinstance(criterion, str) or not _CRITERION.fullmatch(criterion):
        raise ValueError(f"{field_rules.show(criterion)} is not an SCS criterion id (like 4-1-3-2)")
    return criterion


def evidence_folder(db: Connection) -> Path | None:
    """The folder beside the database file where attached files are kept (None in memory)."""
    for _, name, path in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and path:
            return Path(path).parent / EVIDENCE_FOLDER
    return None


class Star3Store:
    """The ★3 records in one open Mamori database (the store's connection)."""

    def __init__(self, store: ProgressStore) -> None:
        self.store = store
        self.db: Connection = store.db

    # -- judgements --------------------------------------------------------------------

    def judgements(self, profile_id: str) -> dict[str, Judgement]:
        """The company's own criterion-level judgements, by criterion."""
        self.store._require_profile(profile_id)
        rows = tables.rows(self.db, SCS_JUDGEMENTS, {"profile_id": profile_id})
        return {row["criterion"]: _judgement(SCS_JUDGEMENTS.from_row(row)) for row in rows}

    def set_judgement(self, profile_id: str, criterion: str, status: str | None, reason: str = "") -> None:
        """Record the company's own judgement of a criterion (a reason is required);
        STATUS None removes it, so the items decide again."""
        _check_criterion(criterion)
        if status is not None:
            if status not in JUDGEMENT_STATUSES:
                raise ValueError(f"judgement must be one of {', '.join(JUDGEMENT_STATUSES)}")
            reason = field_rules.check_text(reason or "").strip()
            if not reason:
                raise ValueError("a judgement needs a reason (why the items do not fit)")
        at = clock.stamp()
        key = {"profile_id": profile_id, "criterion": criterion}
        with write_transaction(self.db):
            self.store._require_profile(profile_id)
            old = tables.find(self.db, SCS_JUDGEMENTS, key)
            old_text = f"{old['status']}: {old['reason']}" if old else None
            if status is None:
                tables.remove_rows(self.db, SCS_JUDGEMENTS, key)
                new_text = None
            else:
                self.db.execute(_SET_JUDGEMENT, {**key, "status": status, "reason": reason, "updated_at": at})
                new_text = f"{status}: {reason}"
            if old_text != new_text:
                changelog.log(self.db, profile_id, at, SCS + "judgement", criterion, old_text, new_text)

    # -- evidence ----------------------------------------------------------------------

    def evidence(self, profile_id: str, criterion: str | None = None) -> list[Evidence]:
        """The company's evidence records (all, or one criterion's), oldest first."""
        self.store._require_profile(profile_id)
        where = {"profile_id": profile_id} if criterion is None else {"profile_id": profile_id,
                                                                       "criterion": criterion}
        records = [SCS_EVIDENCE.from_row(row) for row in tables.rows(self.db, SCS_EVIDENCE, where, order_by="id")]
        files: dict[int, list[EvidenceFile]] = {}
        for row in tables.read(self.db, _COMPANY_FILES, [profile_id]):
            attached = SCS_EVIDENCE_FILES.from_row(row)
            files.setdefault(attached.evidence_id, []).append(_evidence_file(attached))
        return [_evidence(record, files.get(record.id, ())) for record in records]

    def add_evidence(self, profile_id: str, criterion: str, description: str, *,
                     effective: dt.date | None = None, expires: dt.date | None = None) -> Evidence:
        """Add an evidence record to a criterion; ValueError for a blank description."""
        _check_criterion(criterion)
        description = field_rules.check_text(description).strip()
        if not description:
            raise ValueError("evidence needs a description")
        dates = {"effective": _check_date(effective, "effective"), "expires": _check_date(expires, "expires")}
        import uuid

        at = clock.stamp()
        with write_transaction(self.db):
            self.store._require_profile(profile_id)
            evidence_id = tables.add_row(self.db, SCS_EVIDENCE, {
                "uid": str(uuid.uuid4()), "profile_id": profile_id, "criterion": criterion,
                "description": description, **dates, "created_at": at, "updated_at": at})
            changelog.log(self.db, profile_id, at, SCS + "evidence", criterion, None, description)
            if evidence_id is None:  # the INSERT made no row: roll back and say so
                raise RuntimeError("the evidence record was not saved")
        return Evidence(evidence_id, criterion, description, effective, expires)

    def update_evidence(self, profile_id: str, evidence_id: int, *, description: str,
                        effective: dt.date | None, expires: dt.date | None) -> None:
        """Change an evidence record's description and dates."""
        description = field_rules.check_text(description).strip()
        if not description:
            raise ValueError("evidence needs a description")
        dates = {"effective": _check_date(effective, "effective"), "expires": _check_date(expires, "expires")}
        at = clock.stamp()
        with write_transaction(self.db):
            criterion, old = self._evidence_row(profile_id, evidence_id)
            tables.update_row(self.db, SCS_EVIDENCE, {"id": evidence_id},
                              {"description": description, **dates, "updated_at": at})
            changelog.log(self.db, profile_id, at, SCS + "evidence", criterion, old,
                          f"{description} ({dates['effective'] or '-'} – {dates['expires'] or '-'})")

    def remove_evidence(self, profile_id: str, evidence_id: int) -> None:
        """Remove an evidence record (its files go when nothing else refers to them)."""
        at = clock.stamp()
        with write_transaction(self.db):
            criterion, old = self._evidence_row(profile_id, evidence_id)
            tables.remove_rows(self.db, SCS_EVIDENCE, {"id": evidence_id})
            changelog.log(self.db, profile_id, at, SCS + "evidence", criterion, old, None)
        purge_unreferenced_files(self.db)

    def attach_file(self, profile_id: str, evidence_id: int, source: str | os.PathLike[str]) -> EvidenceFile:
        """Copy SOURCE into the evidence folder under its SHA-256 and attach it to the record.
        EvidenceFileRejected (nothing kept) when it is too large or cannot be read or copied."""
        source = Path(source)
        folder = evidence_folder(self.db)
        if folder is None:
            raise EvidenceFileRejected(f"{source.name}: files cannot be kept for a database in memory")
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise EvidenceFileRejected(f"{source}: cannot be read ({exc.strerror or exc})") from None
        if size > MAX_EVIDENCE_FILE_BYTES:
            raise EvidenceFileRejected(f"{source.name}: {size / 2**20:.1f} MB is more than the "
                                       f"{MAX_EVIDENCE_FILE_BYTES // 2**20} MB a file may be; nothing was attached")
        sha = _copy_into(source, folder)
        at = clock.stamp()
        try:
            with write_transaction(self.db):
                criterion, _ = self._evidence_row(profile_id, evidence_id)
                # the same file attached again keeps its first name and time
                tables.add_row(self.db, SCS_EVIDENCE_FILES, {"evidence_id": evidence_id, "sha256": sha,
                                                             "name": source.name, "size": size, "added_at": at},
                               ignore=True)
                tables.update_row(self.db, SCS_EVIDENCE, {"id": evidence_id}, {"updated_at": at})
                changelog.log(self.db, profile_id, at, SCS + "evidence_file", criterion, None, f"{source.name} {sha}")
        except BaseException:
            purge_unreferenced_files(self.db)
            raise
        return EvidenceFile(sha, source.name, size)

    def detach_file(self, profile_id: str, evidence_id: int, sha256: str) -> None:
        """Take a file off an evidence record."""
        at = clock.stamp()
        with write_transaction(self.db):
            criterion, _ = self._evidence_row(profile_id, evidence_id)
            tables.remove_rows(self.db, SCS_EVIDENCE_FILES, {"evidence_id": evidence_id, "sha256": sha256})
            changelog.log(self.db, profile_id, at, SCS + "evidence_file", criterion, sha256, None)
        purge_unreferenced_files(self.db)

    def file_path(self, sha256: str) -> Path | None:
        """Where an attached file is kept, or None when it is not there."""
        folder = evidence_folder(self.db)
        path = folder / sha256[:2] / sha256 if folder and len(sha256) == 64 else None
        return path if path is not None and path.is_file() else None

    def _evidence_row(self, profile_id: str, evidence_id: int) -> tuple[str, str]:
        found = tables.rows(self.db, SCS_EVIDENCE, {"id": evidence_id, "profile_id": profile_id})
        if not found:
            raise KeyError(evidence_id)
        return found[0]["criterion"], found[0]["description"]

    # -- confirmations -----------------------------------------------------------------

    def confirm(self, profile_id: str, fingerprints: dict[str, str], *, by: str, org: str = "",
                external: bool = False, advice: str = "") -> list[Confirmation]:
        """Record the expert's confirmation of each criterion in FINGERPRINTS (criterion ->
        fingerprint of what was checked), all in one transaction; returns the new rows."""
        by = field_rules.check_text(by or "").strip()
        if not by:
            raise ValueError("a confirmation needs the name of the person who confirms")
        org, advice = field_rules.check_text(org or "").strip(), field_rules.check_text(advice or "")
        if not fingerprints:
            raise ValueError("no criterion to confirm")
        at, flag = clock.stamp(), SCS_CONFIRMATIONS.form("external").store(external)
        made = []
        with write_transaction(self.db):
            self.store._require_profile(profile_id)
            for criterion, digest in fingerprints.items():
                _check_criterion(criterion)
                version = add_confirmation(self.db, profile_id, {
                    "criterion": criterion, "by": by, "org": org, "external": flag, "advice": advice,
                    "fingerprint": digest, "at": at})
                changelog.log(self.db, profile_id, at, SCS + "confirmation", criterion, None,
                              f"v{version} {by}" + (f" ({org})" if org else ""))
                made.append(Confirmation(criterion, version, by, org, bool(external), advice, digest,
                                         clock.parse_stamp(at)))
        return made

    def confirmations(self, profile_id: str) -> dict[str, Confirmation]:
        """The latest confirmation of each criterion."""
        latest: dict[str, Confirmation] = {}
        for confirmation in self.confirmation_history(profile_id):
            latest[confirmation.criterion] = confirmation
        return latest

    def confirmation_history(self, profile_id: str, criterion: str | None = None) -> list[Confirmation]:
        """Every confirmation (of one criterion, or all), oldest first."""
        self.store._require_profile(profile_id)
        where = {"profile_id": profile_id} if criterion is None else {"profile_id": profile_id,
                                                                       "criterion": criterion}
        rows = tables.rows(self.db, SCS_CONFIRMATIONS, where, order_by="criterion, at, version")
        return [_confirmation(SCS_CONFIRMATIONS.from_row(row)) for row in rows]

    # -- pledge ------------------------------------------------------------------------

    def record_pledge(self, profile_id: str, by: str, date: dt.date) -> Pledge:
        """Record that management signed the pledge on DATE (a new row; earlier ones stay)."""
        by = field_rules.check_text(by or "").strip()
        if not by:
            raise ValueError("a pledge needs the name of the representative who signed it")
        if not isinstance(date, dt.date):
            raise ValueError("the pledge date must be a date")
        at = clock.stamp()
        with write_transaction(self.db):
            self.store._require_profile(profile_id)
            tables.add_row(self.db, SCS_PLEDGES, {"profile_id": profile_id, "by": by, "date": date.isoformat(),
                                                  "at": at})
            changelog.log(self.db, profile_id, at, SCS + "pledge", "pledge", None, f"{date.isoformat()} {by}")
        return Pledge(by, date, clock.parse_stamp(at))

    def pledges(self, profile_id: str) -> list[Pledge]:
        """Every recorded pledge, oldest first."""
        self.store._require_profile(profile_id)
        rows = tables.rows(self.db, SCS_PLEDGES, {"profile_id": profile_id}, order_by="at, id")
        return [_pledge(SCS_PLEDGES.from_row(row)) for row in rows]

    def pledge(self, profile_id: str) -> Pledge | None:
        """The pledge in force (the latest recorded), or None."""
        pledges = self.pledges(profile_id)
        return pledges[-1] if pledges else None


def add_confirmation(db: Connection, profile_id: str, confirmation: Mapping[str, Any]) -> int:
    """Write a confirmation (its columns in stored form) as the next version of its criterion
    for the company, whatever version it came with; returns that version."""
    earlier = tables.rows(db, SCS_CONFIRMATIONS, {"profile_id": profile_id, "criterion": confirmation["criterion"]})
    version = max((row["version"] for row in earlier), default=0) + 1
    tables.add_row(db, SCS_CONFIRMATIONS, {**confirmation, "profile_id": profile_id, "version": version})
    return int(version)


# -- the app's records (core/star3.py) from the stored rows ---------------------------


def _judgement(row: JudgementRow) -> Judgement:
    return Judgement(row.criterion, row.status, row.reason)


def _evidence_file(row: EvidenceFileRow) -> EvidenceFile:
    return EvidenceFile(row.sha256, row.name, row.size)


def _evidence(row: EvidenceRow, files: Iterable[EvidenceFile]) -> Evidence:
    return Evidence(row.id, row.criterion, row.description, row.effective, row.expires, tuple(files))


def _confirmation(row: ConfirmationRow) -> Confirmation:
    return Confirmation(row.criterion, row.version, row.by, row.org, row.external, row.advice,
                        row.fingerprint, row.at)


def _pledge(row: PledgeRow) -> Pledge:
    return Pledge(row.by, row.date, row.at)


def purge_unreferenced_files(db: Connection) -> int:
    """Remove kept files no evidence record refers to (any company); returns how many."""
    folder = evidence_folder(db)
    if folder is None or not folder.is_dir():
        return 0
    wanted = {row[0] for row in db.execute("SELECT DISTINCT sha256 FROM scs_evidence_files")}
    removed = 0
    for sub in folder.iterdir():
        if not sub.is_dir():
            continue
        for path in sub.iterdir():
            if path.name not in wanted:
                path.unlink(missing_ok=True)
                removed += 1
        if not any(sub.iterdir()):
            shutil.rmtree(sub, ignore_errors=True)
    return removed
