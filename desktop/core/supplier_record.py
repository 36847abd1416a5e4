"""What `mamori collect` keeps of one accepted summary: plain rows for the collection
(no Qt, no SQL; desktop/storage/collect_db.py writes them, docs/collect.md says what each
column means)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from desktop.core.summary_types import SummaryWithDigest

# (scheme, total, met, partial, not_met, unknown, na, unanswered, missing, achieved); the
# SECURITY ACTION levels have no total and no counts
SchemeRow: TypeAlias = tuple[str, int | None, int | None, int | None, int | None, int | None, int | None,
                             int | None, int, int]
CriterionRow: TypeAlias = tuple[str, str, str | None]  # (criterion, status, planned_date)
CriterionInfoRow: TypeAlias = tuple[str, str, int, str, str]  # (criterion, requirement, star, csf, title)
PlanRow: TypeAlias = tuple[str, str, str, str, str | None, int]  # (item, title, status, owner, due, overdue)


@dataclass
class SupplierRecord:
    """What `mamori collect` stores of one accepted summary, as plain values."""

    supplier_id: str  # the company id, or "name:" + the company name for older summaries
    supplier: dict[str, Any]
    # rows as tuples in the order of the table's columns after supplier_id (plain tuples are
    # what a helper process hands back fastest)
    schemes: list[SchemeRow] = field(default_factory=list)
    criteria: list[CriterionRow] = field(default_factory=list)
    criterion_info: list[CriterionInfoRow] = field(default_factory=list)
    plans: list[PlanRow] = field(default_factory=list)


def _utc(stamp: str) -> str:
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def supplier_record(data: SummaryWithDigest) -> SupplierRecord:
    """The rows of one checked summary (see docs/collect.md for what each column means)."""
    company = data["company"]
    company_id = company.get("id")
    supplier_id = company_id or f"name:{company['name']}"
    selfcheck: Mapping[str, object] = data.get("selfcheck") or {}
    plan = data["plan"]
    supplier = {
        "supplier_id": supplier_id,
        "company_id": company_id,
        "name": company["name"],
        "industry": company["industry"],
        "employees": company["employees"],
        "scope": company["scope"],
        "requested": ",".join(company["requested"]),
        "report_date": data["date"],
        "generated_at": data["generated_at"],
        "generated_at_utc": _utc(data["generated_at"]),
        "detail": data["detail"],
        "declared_by": data["declared_by"],
        "app_version": data["app_version"],
        "content_version": data["content_version"],
        "selfcheck_score": selfcheck.get("score"),
        "selfcheck_max": selfcheck.get("max"),
        "selfcheck_answered": selfcheck.get("answered"),
        "selfcheck_band": selfcheck.get("band"),
        "open_items": data.get("open_items"),
        "plan_items": len(plan),
        "summary_digest": data["digest"]["value"],
    }
    record = SupplierRecord(supplier_id, supplier)
    for key, level in data["schemes"].items():
        done = level["met"] + level["na"]
        record.schemes.append((key, level["total"], level["met"], level["partial"], level["not_met"],
                               level["unknown"], level["na"], level["unanswered"],
                               level["total"] - done, int(done >= level["total"])))
    for sa_level in data["security_action"]:
        record.schemes.append((f"security-action-{sa_level['level']}", None, None, None, None, None, None, None,
                               len(sa_level["missing"]), int(sa_level["met"])))
    due_by_item = {entry["item"]: entry["due"] for entry in plan if entry["due"]}
    seen: set[str] = set()
    criteria, info = record.criteria, record.criterion_info
    for key in sorted(data["schemes"], key=lambda k: -len(data["schemes"][k]["criteria"])):
        for criterion in data["schemes"][key]["criteria"]:
            cid = criterion["id"]
            if cid in seen:
                continue
            seen.add(cid)
            status = criterion["status"]
            planned = None
            if status != "met" and status != "na" and due_by_item:
                dues = [due_by_item[item] for item in criterion["items"] if item in due_by_item]
                planned = max(dues) if dues else None
            criteria.append((cid, status, planned))
            info.append((cid, criterion["requirement"], criterion["star"], criterion["csf"], criterion["title"]))
    record.plans = [(entry["item"], entry["title"], entry["status"], entry["owner"], entry["due"],
                     int(entry["overdue"])) for entry in plan]
    return record
