"""The ★3 part of the hand-over file: judgements, evidence, confirmations, pledges, and
(only when the user chooses) the attached files themselves.

Export writes the file's `star3` object (and `evidence_files`, SHA-256 -> base64, with
files); `check_star3` validates it completely before anything is written; `write_files`
puts carried files into the evidence folder (checking each hash) and `merge_star3` merges
the records inside the import's transaction. Merge rules: a judgement or evidence record
(by its uid) is replaced by a newer one; confirmations and pledges are records of what was
said, so those not already here are added and none is dropped.

The fields of each record are those of its table's definition (storage/tables.py), and the
merge reads and writes through the shared table functions, so it holds no SQL of its own.
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
from desktop.storage import field_rules, tables
from desktop.storage.evidence_files import _copy_bytes
from desktop.storage.field_rules import show
from desktop.storage.handover_fields import ImportRejected, _fields, _mapping, _optional, _rule
from desktop.storage.star3_store import (
    _CRITERION,
    add_confirmation,
    evidence_folder,
    purge_unreferenced_files,
)
from desktop.storage.tables import (
    SCS_CONFIRMATIONS,
    SCS_EVIDENCE,
    SCS_EVIDENCE_FILES,
    SCS_JUDGEMENTS,
    SCS_PLEDGES,
    Table,
)

_SHA = re.compile(r"[0-9a-f]{64}")
_STAR3 = ("judgements", "evidence", "confirmations", "pledges")
_JUDGEMENT = SCS_JUDGEMENTS.handover_fields  # filed under its criterion
_EVIDENCE = (*SCS_EVIDENCE.handover_fields, "files")  # each record carries its files
_FILE = SCS_EVIDENCE_FILES.handover_fields
_CONFIRMATION = SCS_CONFIRMATIONS.handover_fields
_PLEDGE = SCS_PLEDGES.handover_fields
# A confirmation already here is the same one when these agree (its version may differ).
_SAME_CONFIRMATION = ("criterion", "at", "by", "fingerprint")


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
    owner = {"profile_id": profile_id}
    judgements = {row["criterion"]: SCS_JUDGEMENTS.exported(SCS_JUDGEMENTS.from_row(row))
                  for row in tables.rows(db, SCS_JUDGEMENTS, owner, order_by="criterion")}
    evidence = []
    for row in tables.rows(db, SCS_EVIDENCE, owner, order_by="id"):
        files = _exported(db, SCS_EVIDENCE_FILES, {"evidence_id": row["id"]}, "added_at, sha256")
        evidence.append({**SCS_EVIDENCE.exported(SCS_EVIDENCE.from_row(row)), "files": files})
    confirmations = _exported(db, SCS_CONFIRMATIONS, owner, "criterion, at, version")
    pledges = _exported(db, SCS_PLEDGES, owner, "at, id")
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


def _exported(db: Connection, table: Table[Any], where: dict[str, Any], order_by: str) -> list[dict[str, Any]]:
    return [table.exported(table.from_row(row)) for row in tables.rows(db, table, where, order_by)]


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
                                       "updated_at": _rule(f"{where}.updated_at", field_rules.canonical_stamp,
                                                           judgement["updated_at"])}
    uids = set()
    for n, record in enumerate(_list("star3.evidence", value["evidence"])):
        where = f"star3.evidence[{n}]"
        _fields(record, where, _EVIDENCE)
        uid = _rule(f"{where}.uid", field_rules.check_uuid, record["uid"])
        if uid in uids:
            raise ImportRejected(f"{where}.uid", "appears twice")
        uids.add(uid)
        entry = {"uid": uid, "criterion": _criterion(f"{where}.criterion", record["criterion"]),
                 "description": _nonempty(f"{where}.description", record["description"]),
                 "created_at": _rule(f"{where}.created_at", field_rules.canonical_stamp, record["created_at"]),
                 "updated_at": _rule(f"{where}.updated_at", field_rules.canonical_stamp, record["updated_at"]),
                 "files": []}
        for key in ("effective", "expires"):
            day = _optional(f"{where}.{key}", field_rules.parse_date, record[key])
            entry[key] = day.isoformat() if day else None
        for m, item in enumerate(_list(f"{where}.files", record["files"])):
            at = f"{where}.files[{m}]"
            _fields(item, at, _FILE)
            size = item["size"]
            if not field_rules.is_int(size) or not 0 <= size <= MAX_EVIDENCE_FILE_BYTES:
                raise ImportRejected(f"{at}.size", f"{show(size)} is not a file size up to 20 MB")
            name = _nonempty(f"{at}.name", item["name"])
            entry["files"].append({"sha256": _sha(f"{at}.sha256", item["sha256"]), "name": name, "size": size,
                                   "added_at": _rule(f"{at}.added_at", field_rules.canonical_stamp, item["added_at"])})
        clean.evidence.append(entry)
    for n, record in enumerate(_list("star3.confirmations", value["confirmations"])):
        where = f"star3.confirmations[{n}]"
        _fields(record, where, _CONFIRMATION)
        if not field_rules.is_int(record["version"]) or record["version"] < 1:
            raise ImportRejected(f"{where}.version", f"{show(record['version'])} is not a version number")
        if not isinstance(record["external"], bool):
            raise ImportRejected(f"{where}.external", f"{show(record['external'])} is not true or false")
        clean.confirmations.append({
            "criterion": _criterion(f"{where}.criterion", record["criterion"]), "version": record["version"],
            "by": _nonempty(f"{where}.by", record["by"]), "org": _rule(f"{where}.org", field_rules.check_text, record["org"]),
            "external": record["external"], "advice": _rule(f"{where}.advice", field_rules.check_text, record["advice"]),
            "fingerprint": _sha(f"{where}.fingerprint", record["fingerprint"]),
            "at": _rule(f"{where}.at", field_rules.canonical_stamp, record["at"])})
    for n, record in enumerate(_list("star3.pledges", value["pledges"])):
        where = f"star3.pledges[{n}]"
        _fields(record, where, _PLEDGE)
        clean.pledges.append({"by": _nonempty(f"{where}.by", record["by"]),
                              "date": _rule(f"{where}.date", field_rules.parse_date, record["date"]).isoformat(),
                              "at": _rule(f"{where}.at", field_rules.canonical_stamp, record["at"])})
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
    for criterion, judgement in clean.judgements.items():
        key = {"profile_id": profile_id, "criterion": criterion}
        row = tables.find(db, SCS_JUDGEMENTS, key)
        if row is None or judgement["updated_at"] > row["updated_at"]:
            tables.add_row(db, SCS_JUDGEMENTS, {**SCS_JUDGEMENTS.adopted(judgement), **key}, replace=True)
            counts["judgements"] += 1
    for record in clean.evidence:
        found = tables.rows(db, SCS_EVIDENCE, {"uid": record["uid"]})
        row = found[0] if found else None
        if row is not None and row["profile_id"] != profile_id:
            raise ImportRejected("star3.evidence", f"record {record['uid']} belongs to another company in this database")
        if row is not None and record["updated_at"] <= row["updated_at"]:
            continue
        if row is not None:  # its files go with it and come back with the newer record
            tables.remove_rows(db, SCS_EVIDENCE, {"id": row["id"]})
        fields = {name: record[name] for name in SCS_EVIDENCE.handover_fields}
        evidence_id = tables.add_row(db, SCS_EVIDENCE, {**SCS_EVIDENCE.adopted(fields), "profile_id": profile_id})
        for attached in record["files"]:  # a file listed twice: the first one counts
            tables.add_row(db, SCS_EVIDENCE_FILES, {**SCS_EVIDENCE_FILES.adopted(attached), "evidence_id": evidence_id},
                           ignore=True)
        counts["evidence"] += 1
    for confirmation in clean.confirmations:
        if tables.rows(db, SCS_CONFIRMATIONS, _same(profile_id, confirmation, _SAME_CONFIRMATION)):
            continue
        add_confirmation(db, profile_id, SCS_CONFIRMATIONS.adopted(confirmation))  # the next version here
        counts["confirmations"] += 1
    for pledge in clean.pledges:
        if tables.rows(db, SCS_PLEDGES, _same(profile_id, pledge, SCS_PLEDGES.handover_fields)):
            continue
        tables.add_row(db, SCS_PLEDGES, {**SCS_PLEDGES.adopted(pledge), "profile_id": profile_id})
        counts["pledges"] += 1
    return counts


def _same(profile_id: str, record: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """What a record already here must agree on to be the same one (stored forms)."""
    return {"profile_id": profile_id, **{name: record[name] for name in names}}


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
    text: str = _rule(where, field_rules.check_text, value)
    if not text.strip():
        raise ImportRejected(where, "is empty")
    return text
