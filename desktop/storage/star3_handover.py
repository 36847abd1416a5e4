"""The ★3 part of the hand-over file: judgements, evidence, confirmations, pledges, and
(only when the user chooses) the attached files themselves.

Export writes the file's `star3` object (and `evidence_files`, SHA-256 -> base64, with
files); `check_star3` validates it completely before anything is written; `write_files`
puts carried files into the evidence folder (checking each hash) and `merge_star3` merges
the records inside the import's transaction. Merge rules: a judgement or evidence record
(by its uid) is replaced by a newer one; confirmations and pledges are records of what was
said, so those not already here are added and none is dropped.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
from sqlite3 import Connection
from typing import Any

from desktop.core.star3 import JUDGEMENT_STATUSES, MAX_EVIDENCE_FILE_BYTES
from desktop.storage import rules
from desktop.storage.evidence_files import _copy_bytes
from desktop.storage.handover_fields import ImportRejected, _fields, _mapping, _optional, _rule
from desktop.storage.rules import show
from desktop.storage.star3_store import (
    _CRITERION,
    evidence_folder,
    purge_unreferenced_files,
)

_SHA = re.compile(r"[0-9a-f]{64}")
_STAR3 = ("judgements", "evidence", "confirmations", "pledges")
_JUDGEMENT = ("status", "reason", "updated_at")
_EVIDENCE = ("uid", "criterion", "description", "effective", "expires", "created_at", "updated_at", "files")
_FILE = ("sha256", "name", "size", "added_at")
_CONFIRMATION = ("criterion", "version", "by", "org", "external", "advice", "fingerprint", "at")
_PLEDGE = ("by", "date", "at")


@dataclass
class CleanStar3:
    judgements: dict[str, dict[str, Any]] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    confirmations: list[dict[str, Any]] = field(default_factory=list)
    pledges: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # carried file contents by SHA-256


def export_star3(db: Connection, profile_id: str, with_files: bool = False) -> dict[str, Any]:
    """The hand-over fields for one company: {"star3": ...} and, WITH_FILES, "evidence_files";
    nothing when the company has no ★3 records."""
    judgements = {c: {"status": s, "reason": r, "updated_at": u} for c, s, r, u in db.execute(
        "SELECT criterion, status, reason, updated_at FROM scs_judgements WHERE profile_id = ? ORDER BY criterion",
        [profile_id])}
    evidence = []
    for eid, uid, criterion, description, effective, expires, created, updated in db.execute(
            "SELECT id, uid, criterion, description, effective, expires, created_at, updated_at FROM scs_evidence"
            " WHERE profile_id = ? ORDER BY id", [profile_id]).fetchall():
        files = [{"sha256": s, "name": n, "size": z, "added_at": a} for s, n, z, a in db.execute(
            "SELECT sha256, name, size, added_at FROM scs_evidence_files WHERE evidence_id = ?"
            " ORDER BY added_at, sha256", [eid])]
        evidence.append({"uid": uid, "criterion": criterion, "description": description, "effective": effective,
                         "expires": expires, "created_at": created, "updated_at": updated, "files": files})
    confirmations = [
        {"criterion": c, "version": v, "by": b, "org": o, "external": bool(x), "advice": a, "fingerprint": f, "at": t}
        for c, v, b, o, x, a, f, t in db.execute(
            "SELECT criterion, version, by, org, external, advice, fingerprint, at FROM scs_confirmations"
            " WHERE profile_id = ? ORDER BY criterion, at, version", [profile_id])]
    pledges = [{"by": b, "date": d, "at": a} for b, d, a in db.execute(
        "SELECT by, date, at FROM scs_pledges WHERE profile_id = ? ORDER BY at, id", [profile_id])]
    if not (judgements or evidence or confirmations or pledges):
        return {}  # a company without ★3 records: the package is as before ★3
    result: dict[str, Any] = {"star3": {"judgements": judgements, "evidence": evidence,
                                        "confirmations": confirmations, "pledges": pledges}}
    if with_files:
        folder = evidence_folder(db)
        carried = {}
        for sha in sorted({f["sha256"] for e in evidence for f in e["files"]}):
            path = folder / sha[:2] / sha if folder else None
            if path is None or not path.is_file():
                continue  # attached on another PC and not carried here: the record says which
            carried[sha] = base64.b64encode(path.read_bytes()).decode("ascii")
        result["evidence_files"] = carried
    return result


def check_star3(value: object, files: object = None) -> CleanStar3:
    """Validate the file's `star3` (and `evidence_files`); ImportRejected names the field."""
    _fields(value, "star3", _STAR3)
    assert isinstance(value, dict)
    clean = CleanStar3()
    _mapping(value["judgements"], "star3.judgements")
    for criterion, judgement in value["judgements"].items():
        where = f"star3.judgements.{criterion}"
        _criterion(where, criterion)
        _fields(judgement, where, _JUDGEMENT)
        if judgement["status"] not in JUDGEMENT_STATUSES:
            raise ImportRejected(f"{where}.status", f"{show(judgement['status'])} is not one of "
                                 f"{', '.join(JUDGEMENT_STATUSES)}")
        clean.judgements[criterion] = {"status": judgement["status"],
                                       "reason": _nonempty(f"{where}.reason", judgement["reason"]),
                                       "updated_at": _rule(f"{where}.updated_at", rules.canonical_stamp,
                                                           judgement["updated_at"])}
    uids = set()
    for n, record in enumerate(_list("star3.evidence", value["evidence"])):
        where = f"star3.evidence[{n}]"
        _fields(record, where, _EVIDENCE)
        uid = _rule(f"{where}.uid", rules.check_uuid, record["uid"])
        if uid in uids:
            raise ImportRejected(f"{where}.uid", "appears twice")
        uids.add(uid)
        entry = {"uid": uid, "criterion": _criterion(f"{where}.criterion", record["criterion"]),
                 "description": _nonempty(f"{where}.description", record["description"]),
                 "created_at": _rule(f"{where}.created_at", rules.canonical_stamp, record["created_at"]),
                 "updated_at": _rule(f"{where}.updated_at", rules.canonical_stamp, record["updated_at"]),
                 "files": []}
        for key in ("effective", "expires"):
            day = _optional(f"{where}.{key}", rules.parse_date, record[key])
            entry[key] = day.isoformat() if day else None
        for m, item in enumerate(_list(f"{where}.files", record["files"])):
            at = f"{where}.files[{m}]"
            _fields(item, at, _FILE)
            size = item["size"]
            if not rules.is_int(size) or not 0 <= size <= MAX_EVIDENCE_FILE_BYTES:
                raise ImportRejected(f"{at}.size", f"{show(size)} is not a file size up to 20 MB")
            name = _nonempty(f"{at}.name", item["name"])
            entry["files"].append({"sha256": _sha(f"{at}.sha256", item["sha256"]), "name": name, "size": size,
                                   "added_at": _rule(f"{at}.added_at", rules.canonical_stamp, item["added_at"])})
        clean.evidence.append(entry)
    for n, record in enumerate(_list("star3.confirmations", value["confirmations"])):
        where = f"star3.confirmations[{n}]"
        _fields(record, where, _CONFIRMATION)
        if not rules.is_int(record["version"]) or record["version"] < 1:
            raise ImportRejected(f"{where}.version", f"{show(record['version'])} is not a version number")
        if not isinstance(record["external"], bool):
            raise ImportRejected(f"{where}.external", f"{show(record['external'])} is not true or false")
        clean.confirmations.append({
            "criterion": _criterion(f"{where}.criterion", record["criterion"]), "version": record["version"],
            "by": _nonempty(f"{where}.by", record["by"]), "org": _rule(f"{where}.org", rules.check_text, record["org"]),
            "external": record["external"], "advice": _rule(f"{where}.advice", rules.check_text, record["advice"]),
            "fingerprint": _sha(f"{where}.fingerprint", record["fingerprint"]),
            "at": _rule(f"{where}.at", rules.canonical_stamp, record["at"])})
    for n, record in enumerate(_list("star3.pledges", value["pledges"])):
        where = f"star3.pledges[{n}]"
        _fields(record, where, _PLEDGE)
        clean.pledges.append({"by": _nonempty(f"{where}.by", record["by"]),
                              "date": _rule(f"{where}.date", rules.parse_date, record["date"]).isoformat(),
                              "at": _rule(f"{where}.at", rules.canonical_stamp, record["at"])})
    if files is not None:
        if not isinstance(files, dict):
            raise ImportRejected("evidence_files", f"{show(files)} is not an object")
        for sha, text in files.items():
            where = f"evidence_files.{sha[:12] if isinstance(sha, str) else sha}"
            _sha(where, sha)
            try:
                raw = base64.b64decode(text, validate=True) if isinstance(text, str) else None
            except (binascii.Error, ValueError):
                raw = None
            if raw is None:
                raise ImportRejected(where, "is not base64 text")
            if len(raw) > MAX_EVIDENCE_FILE_BYTES or hashlib.sha256(raw).hexdigest() != sha:
                raise ImportRejected(where, "does not match its SHA-256 (the file was damaged or changed)")
            clean.files[sha] = raw
    return clean


def write_files(db: Connection, clean: CleanStar3) -> None:
    """Put the carried files into the evidence folder before the import's transaction;
    ImportRejected when one cannot be written (the import then writes nothing)."""
    folder = evidence_folder(db)
    if not clean.files:
        return
    if folder is None:
        raise ImportRejected("evidence_files", "files cannot be kept for a database in memory")
    try:
        for sha, raw in clean.files.items():
            _copy_bytes(raw, sha, folder)
    except OSError as exc:
        purge_unreferenced_files(db)
        raise ImportRejected("evidence_files", f"could not be written into {folder} ({exc.strerror or exc})") from None


def merge_star3(db: Connection, profile_id: str, clean: CleanStar3) -> dict[str, int]:
    """Merge the validated records (inside the caller's transaction); counts of what was added or updated."""
    counts = {"judgements": 0, "evidence": 0, "confirmations": 0, "pledges": 0}
    for criterion, j in clean.judgements.items():
        row = db.execute("SELECT updated_at FROM scs_judgements WHERE profile_id = ? AND criterion = ?",
                         [profile_id, criterion]).fetchone()
        if row is None or j["updated_at"] > row[0]:
            db.execute("INSERT OR REPLACE INTO scs_judgements (profile_id, criterion, status, reason, updated_at)"
                       " VALUES (?, ?, ?, ?, ?)", [profile_id, criterion, j["status"], j["reason"], j["updated_at"]])
            counts["judgements"] += 1
    for e in clean.evidence:
        row = db.execute("SELECT id, profile_id, updated_at FROM scs_evidence WHERE uid = ?", [e["uid"]]).fetchone()
        if row is not None and row[1] != profile_id:
            raise ImportRejected("star3.evidence", f"record {e['uid']} belongs to another company in this database")
        if row is not None and e["updated_at"] <= row[2]:
            continue
        if row is not None:
            db.execute("DELETE FROM scs_evidence WHERE id = ?", [row[0]])
        cursor = db.execute(
            "INSERT INTO scs_evidence (uid, profile_id, criterion, description, effective, expires, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [e["uid"], profile_id, e["criterion"], e["description"], e["effective"], e["expires"], e["created_at"],
             e["updated_at"]])
        for f in e["files"]:
            db.execute("INSERT OR IGNORE INTO scs_evidence_files (evidence_id, sha256, name, size, added_at)"
                       " VALUES (?, ?, ?, ?, ?)", [cursor.lastrowid, f["sha256"], f["name"], f["size"], f["added_at"]])
        counts["evidence"] += 1
    for c in clean.confirmations:
        same = db.execute("SELECT 1 FROM scs_confirmations WHERE profile_id = ? AND criterion = ? AND at = ? AND by = ?"
                          " AND fingerprint = ?", [profile_id, c["criterion"], c["at"], c["by"], c["fingerprint"]])
        if same.fetchone():
            continue
        (version,) = db.execute("SELECT coalesce(max(version), 0) + 1 FROM scs_confirmations WHERE profile_id = ?"
                                " AND criterion = ?", [profile_id, c["criterion"]]).fetchone()
        db.execute("INSERT INTO scs_confirmations (profile_id, criterion, version, by, org, external, advice,"
                   " fingerprint, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [profile_id, c["criterion"], version, c["by"],
                    c["org"], int(c["external"]), c["advice"], c["fingerprint"], c["at"]])
        counts["confirmations"] += 1
    for p in clean.pledges:
        if db.execute("SELECT 1 FROM scs_pledges WHERE profile_id = ? AND by = ? AND date = ? AND at = ?",
                      [profile_id, p["by"], p["date"], p["at"]]).fetchone():
            continue
        db.execute("INSERT INTO scs_pledges (profile_id, by, date, at) VALUES (?, ?, ?, ?)",
                   [profile_id, p["by"], p["date"], p["at"]])
        counts["pledges"] += 1
    return counts


def _list(where: str, value: object) -> list[Any]:
    if not isinstance(value, list):
        raise ImportRejected(where, f"{show(value)} is not a list")
    return value


def _criterion(where: str, value: object) -> str:
    if not isinstance(value, str) or not _CRITERION.fullmatch(value):
        raise ImportRejected(where, f"{show(value)} is not an SCS criterion id")
    return value


def _sha(where: str, value: object) -> str:
    if not isinstance(value, str) or not _SHA.fullmatch(value):
        raise ImportRejected(where, f"{show(value)} is not a SHA-256 (64 hex digits)")
    return value


def _nonempty(where: str, value: object) -> str:
    text: str = _rule(where, rules.check_text, value)
    if not text.strip():
        raise ImportRejected(where, "is empty")
    return text
