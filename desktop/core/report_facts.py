"""What a buyer's report says, worked out from the summary dict (no Qt, no SQL).

The PDF/HTML, the CSV and the workbook all take their lines from here, so "62 of 81
criteria met; plan to close by 2027-03" is the same number everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.summary_types import Criterion, ItemEntry, SchemeBlock, Summary

OPEN_CRITERION = ("not_met", "partial", "unknown")  # answered, but not (fully) met
OPEN_ITEM = ("unanswered", "partial", "not_done", "unknown")
SCS_LEVELS = (("scs-star3", "scs3", 3), ("scs-star4", "scs4", 4))
JAMA_LEVELS = ("LV1", "LV2", "LV3")


@dataclass(frozen=True)
class SchemeLine:
    """One line of page 1 for an SCS level."""

    level: str  # scs-star3 / scs-star4
    star: int
    total: int
    met: int  # met, not counting "not applicable"
    na: int
    partial: int
    open: int  # not met or unknown
    unanswered: int
    plan_by: str | None  # YYYY-MM: the latest due date of the open items behind open criteria
    unplanned: int  # open or partial criteria with an open item that has no due date


@dataclass(frozen=True)
class OpenCriterion:
    id: str
    requirement: str
    star: int
    title: str
    status: str
    items: tuple[ItemEntry, ...]  # the open items behind it: id, title, status, owner, due


@dataclass
class UnansweredGroup:
    requirement: str
    title: str
    criteria: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class JamaLevel:
    level: str
    total: int
    met: int  # met or not applicable
    partial: int
    open: int  # not met or unknown
    unanswered: int


def items_by_id(summary: Summary) -> dict[str, ItemEntry]:
    return {item["id"]: item for item in summary.get("items") or []}


def target_labels(summary: Summary) -> list[str]:
    """Names of the company's targets; none in a summary written before the guide."""
    return (summary["targets"]["labels"] if "targets" in summary else None) or []


def widest_level(summary: Summary) -> SchemeBlock | None:
    schemes = summary.get("schemes") or {}
    return schemes.get("scs-star4") or schemes.get("scs-star3")


def scheme_lines(summary: Summary) -> list[SchemeLine]:
    items = items_by_id(summary)
    lines = []
    for level_id, _key, star in SCS_LEVELS:
        level = (summary.get("schemes") or {}).get(level_id)
        if not level:
            continue
        dues: list[str] = []
        unplanned = 0
        for criterion in level["criteria"]:
            if criterion["status"] not in ("partial", "not_met", "unknown"):
                continue
            open_items = [items[i] for i in criterion["items"] if i in items and items[i]["status"] in OPEN_ITEM]
            planned = [i["due"] for i in open_items if i["due"]]
            dues.extend(planned)
            if len(planned) < len(open_items):
                unplanned += 1
        lines.append(SchemeLine(level_id, star, level["total"], level["met"], level["na"], level["partial"],
                                level["not_met"] + level["unknown"], level["unanswered"],
                                max(dues)[:7] if dues else None, unplanned))
    return lines


def open_criteria(summary: Summary) -> list[OpenCriterion]:
    """Criteria that are partly met, not met or unknown (in the widest reported level),
    with the open checklist items behind them and their plan."""
    level = widest_level(summary)
    if not level:
        return []
    items = items_by_id(summary)
    return [
        OpenCriterion(c["id"], c["requirement"], c["star"], c["title"], c["status"],
                      tuple(items[i] for i in c["items"] if i in items and items[i]["status"] in OPEN_ITEM))
        for c in level["criteria"] if c["status"] in OPEN_CRITERION
    ]


def criteria_with(summary: Summary, statuses: tuple[str, ...]) -> list[Criterion]:
    level = widest_level(summary)
    return [c for c in level["criteria"] if c["status"] in statuses] if level else []


def unanswered_groups(summary: Summary) -> list[UnansweredGroup]:
    """Unanswered criteria grouped by their requirement (要求事項), in report order."""
    titles = {r["id"]: r["title"] for r in summary.get("requirements") or []}
    groups: dict[str, UnansweredGroup] = {}
    for criterion in criteria_with(summary, ("unanswered",)):
        rid = criterion["requirement"]
        groups.setdefault(rid, UnansweredGroup(rid, titles.get(rid, ""))).criteria.append(criterion["id"])
    return list(groups.values())


def jama_levels(summary: Summary) -> list[JamaLevel]:
    """自工会/部工会 items reached through SCS references, counted per level (LV1/2/3)."""
    jama = summary.get("jama")
    if not jama:
        return []
    result = []
    for name in JAMA_LEVELS:
        statuses = [i["status"] for i in jama["items"] if i["level"] == name]
        if not statuses:
            continue
        result.append(JamaLevel(name, len(statuses), sum(s in ("met", "na") for s in statuses),
                                statuses.count("partial"), sum(s in ("not_met", "unknown") for s in statuses),
                                statuses.count("unanswered")))
    return result


def training_totals(summary: Summary) -> tuple[int, int, int | None, int | None]:
    """(learners, lessons completed over all learners, quiz points, quiz questions)."""
    learners = summary["training"]["learners"]
    points = [p["quiz_points"] for p in learners if "quiz_points" in p]
    questions = [p["quiz_questions"] for p in learners if "quiz_questions" in p]
    return (len(learners), sum(p["completed"] for p in learners),
            sum(points) if points else None, sum(questions) if questions else None)
