"""SCS ★3 records of a company: criterion judgements, evidence (with files), the expert's
confirmations and management's pledges.

Confirmations and pledges are appended, never changed (triggers in m007 refuse it): the
latest row is the one in force, the earlier ones are the history. Attached files are
copied into the data folder's `evidence/` under their SHA-256 and removed when no evidence
record refers to them any more (after a company is deleted, or a file is detached).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path
from sqlite3 import Connection
from typing import TYPE_CHECKING

from desktop.core.star3 import (
    JUDGEMENT_STATUSES,
    MAX_EVIDENCE_FILE_BYTES,
    Confirmation,
    Evidence,
    EvidenceFile,
    Judgement,
    Pledge,
)
from desktop.storage import clock, rules
from desktop.storage import history as changelog
from desktop.storage.evidence_files import (
    EvidenceFileRejected as EvidenceFileRejected,  # the files' refusal, raised here too
)
from desktop.storage.evidence_files import _copy_into
from desktop.storage.transaction import write_transaction

if TYPE_CHECKING:  # for the annotation only: progress imports this module in a function
    from desktop.storage.progress import ProgressStore

SCS = "scs."  # history `what` prefix: scs.judgement, scs.evidence, scs.confirmation, scs.pledge
EVIDENCE_FOLDER = "evidence"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _check_date(value: object, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, dt.date):
        raise ValueError(f"{what} must be a date")
    return value.isoformat()


_CRITERION = re.compile(r"[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,2}")


def _check_criterion(criterion: str) -> str:
    if not isinstance(criterion, str) or not _CRITERION.fullmatch(criterion):
        raise ValueError(f"{rules.show(criterion)} is not an SCS criterion id (like 4-1-3-2)")
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
        rows = self.db.execute("SELECT criterion, status, reason FROM scs_judgements WHERE profile_id = ?",
                               [profile_id]).fetchall()
        return {c: Judgement(c, s, r) for c, s, r in rows}

    def set_judgement(self, profile_id: str, criterion: str, status: str | None, reason: str = "") -> None:
        """Record the company's own judgement of a criterion (a reason is required);
        STATUS None removes it, so the items decide again."""
        _check_criterion(criterion)
        if status is not None:
            if status not in JUDGEMENT_STATUSES:
                raise ValueError(f"judgement must be one of {', '.join(JUDGEMENT_STATUSES)}")
            reason = rules.check_text(reason or "").strip()
            if not reason:
                raise ValueError("a judgement needs a reason (why the items do not fit)")
        at = clock.stamp()
        with write_transaction(self.db):
            self.store._require_profile(profile_id)
            old = self.db.execute("SELECT status, reason FROM scs_judgements WHERE profile_id = ? AND criterion = ?",
                                  [profile_id, criterion]).fetchone()
            old_text = f"{old[0]}: {old[1]}" if old else None
            if status is None:
                self.db.execute("DELETE FROM scs_judgements WHERE profile_id = ? AND criterion = ?",
                                [profile_id, criterion])
                new_text = None
            else:
                self.db.execute(
                    "INSERT INTO scs_judgements (profile_id, criterion, status, reason, updated_at) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (profile_id, criterion) DO UPDATE SET status = excluded.status,"
                    " reason = excluded.reason, updated_at = excluded.updated_at",
                    [profile_id, criterion, status, reason, at])
                new_text = f"{status}: {reason}"
            if old_text != new_text:
                changelog.log(self.db, profile_id, at, SCS + "judgement", criterion, old_text, new_text)

    # -- evidence ----------------------------------------------------------------------

    def evidence(self, profile_id: str, criterion: str | None = None) -> list[Evidence]:
        """The company's evidence records (all, or one criterion's), oldest first."""
        self.store._require_profile(profile_id)
        sql = "SELECT id, criterion, description, effective, expires FROM scs_evidence WHERE profile_id = ?"
        params: list[str] = [profile_id]
        if criterion is not None:
            sql += " AND criterion = ?"
            params.append(criterion)
        rows = self.db.execute(sql + " ORDER BY id", params).fetchall()
        files: dict[int, list[EvidenceFile]] = {}
        for evidence_id, sha, name, size in self.db.execute(
                "SELECT f.evidence_id, f.sha256, f.name, f.size FROM scs_evidence_files f JOIN scs_evidence e"
                " ON e.id = f.evidence_id WHERE e.profile_id = ? ORDER BY f.added_at, f.sha256", [profile_id]):
            files.setdefault(evidence_id, []).append(EvidenceFile(sha, name, size))
        return [Evidence(i, c, d, _date(eff), _date(exp), tuple(files.get(i, ()))) for i, c, d, eff, exp in rows]

    def add_evidence(self, profile_id: str, criterion: str, description: str, *,
                     effective: dt.date | None = None, expires: dt.date | None = None) -> Evidence:
        """Add an evidence record to a criterion; ValueError for a blank description."""
        _check_criterion(criterion)
        description = rules.check_text(description).strip()
        if not description:
            raise ValueError("evidence needs a description")
        values = [_check_date(effective, "effective"), _check_date(expires, "expires")]
        import uuid

        at = clock.stamp()
        with write_transaction(self.db):
            self.store._require_profile(profile_id)
            cursor = self.db.execute(
                "INSERT INTO scs_evidence (uid, profile_id, criterion, description, effective, expires, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [str(uuid.uuid4()), profile_id, criterion, description, *values, at, at])
            changelog.log(self.db, profile_id, at, SCS + "evidence", criterion, None, description)
            evidence_id = cursor.lastrowid
            if evidence_id is None:  # the INSERT made no row: roll back and say so
                raise RuntimeError("the evidence record was not saved")
        return Evidence(evidence_id, criterion, description, effective, expires)

    def update_evidence(self, profile_id: str, evidence_id: int, *, description: str,
                        effective: dt.date | None, expires: dt.date | None) -> None:
        """Change an evidence record's description and dates."""
        description = rules.check_text(description).strip()
        if not description:
            raise ValueError("evidence needs a description")
        values = [_check_date(effective, "effective"), _check_date(expires, "expires")]
        at = clock.stamp()
        with write_transaction(self.db):
            criterion, old = self._evidence_row(profile_id, evidence_id)
            self.db.execute("UPDATE scs_evidence SET description = ?, effective = ?, expires = ?, updated_at = ?"
                            " WHERE id = ?", [description, *values, at, evidence_id])
            changelog.log(self.db, profile_id, at, SCS + "evidence", criterion, old,
                          f"{description} ({values[0] or '-'} – {values[1] or '-'})")

    def remove_evidence(self, profile_id: str, evidence_id: int) -> None:
        """Remove an evidence record (its files go when nothing else refers to them)."""
        at = clock.stamp()
        with write_transaction(self.db):
            criterion, old = self._evidence_row(profile_id, evidence_id)
            self.db.execute("DELETE FROM scs_evidence WHERE id = ?", [evidence_id])
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
                self.db.execute("INSERT OR IGNORE INTO scs_evidence_files (evidence_id, sha256, name, size, added_at)"
                                " VALUES (?, ?, ?, ?, ?)", [evidence_id, sha, source.name, size, at])
                self.db.execute("UPDATE scs_evidence SET updated_at = ? WHERE id = ?", [at, evidence_id])
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
            self.db.execute("DELETE FROM scs_evidence_files WHERE evidence_id = ? AND sha256 = ?", [evidence_id, sha256])
            changelog.log(self.db, profile_id, at, SCS + "evidence_file", criterion, sha256, None)
        purge_unreferenced_files(self.db)

    def file_path(self, sha256: str) -> Path | None:
        """Where an attached file is kept, or None when it is not there."""
        folder = evidence_folder(self.db)
        path = folder / sha256[:2] / sha256 if folder and len(sha256) == 64 else None
        return path if path is not None and path.is_file() else None

    def _evidence_row(self, profile_id: str, evidence_id: int) -> tuple[str, str]:
        row = self.db.execute("SELECT criterion, description FROM scs_evidence WHERE id = ? AND profile_id = ?",
                              [evidence_id, profile_id]).fetchone()
        if row is None:
            raise KeyError(evidence_id)
        return row[0], row[1]

    # -- confirmations -----------------------------------------------------------------

    def confirm(self, profile_id: str, fingerprints: dict[str, str], *, by: str, org: str = "",
                external: bool = False, advice: str = "") -> list[Confirmation]:
        """Record the expert's confirmation of each criterion in FINGERPRINTS (criterion ->
        fingerprint of what was checked), all in one transaction; returns the new rows."""
        by = rules.check_text(by or "").strip()
        if not by:
            raise ValueError("a confirmation needs the name of the person who confirms")
        org, advice = rules.check_text(org or "").strip(), rules.check_text(advice or "")
        if not fingerprints:
            raise ValueError("no criterion to confirm")
        at = clock.stamp()
        made = []
        with write_transaction(self.db):
            self.store._require_profile(profile_id)
            for criterion, digest in fingerprints.items():
                _check_criterion(criterion)
                (version,) = self.db.execute(
                    "SELECT coalesce(max(version), 0) + 1 FROM scs_confirmations WHERE profile_id = ? AND criterion = ?",
                    [profile_id, criterion]).fetchone()
                self.db.execute(
                    "INSERT INTO scs_confirmations (profile_id, criterion, version, by, org, external, advice,"
                    " fingerprint, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [profile_id, criterion, version, by, org, int(bool(external)), advice, digest, at])
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
        sql = ("SELECT criterion, version, by, org, external, advice, fingerprint, at FROM scs_confirmations"
               " WHERE profile_id = ?")
        params: list[str] = [profile_id]
        if criterion is not None:
            sql += " AND criterion = ?"
            params.append(criterion)
        rows = self.db.execute(sql + " ORDER BY criterion, at, version", params).fetchall()
        return [Confirmation(c, v, b, o, bool(x), a, f, clock.parse_stamp(t)) for c, v, b, o, x, a, f, t in rows]

    # -- pledge ------------------------------------------------------------------------

    def record_pledge(self, profile_id: str, by: str, date: dt.date) -> Pledge:
        """Record that management signed the pledge on DATE (a new row; earlier ones stay)."""
        by = rules.check_text(by or "").strip()
        if not by:
            raise ValueError("a pledge needs the name of the representative who signed it")
        if not isinstance(date, dt.date):
            raise ValueError("the pledge date must be a date")
        at = clock.stamp()
        with write_transaction(self.db):
            self.store._require_profile(profile_id)
            self.db.execute("INSERT INTO scs_pledges (profile_id, by, date, at) VALUES (?, ?, ?, ?)",
                            [profile_id, by, date.isoformat(), at])
            changelog.log(self.db, profile_id, at, SCS + "pledge", "pledge", None, f"{date.isoformat()} {by}")
        return Pledge(by, date, clock.parse_stamp(at))

    def pledges(self, profile_id: str) -> list[Pledge]:
        """Every recorded pledge, oldest first."""
        self.store._require_profile(profile_id)
        rows = self.db.execute("SELECT by, date, at FROM scs_pledges WHERE profile_id = ? ORDER BY at, id",
                               [profile_id]).fetchall()
        return [Pledge(b, dt.date.fromisoformat(d), clock.parse_stamp(a)) for b, d, a in rows]

    def pledge(self, profile_id: str) -> Pledge | None:
        """The pledge in force (the latest recorded), or None."""
        pledges = self.pledges(profile_id)
        return pledges[-1] if pledges else None


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
