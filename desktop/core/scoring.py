"""Scores and statuses derived from content + progress: self-check, requirements, schemes.

The rule for a requirement (an SCS criterion, a 5か条 point ...): it is met when every
item mapped to it is done or not applicable. The summary states this rule in words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.core.content import ContentModel, Scheme
from desktop.core.localized import Text, as_text
from desktop.core.vocab import SELFCHECK_POINTS

REQUIREMENT_STATUSES: tuple[str, ...] = ("met", "partial", "not_met", "unknown", "na", "unanswered")
REQUIREMENT_STATUS_LABELS: dict[str, Text] = {
    "met": Text("達成", "Met"),
    "partial": Text("一部達成", "Partly met"),
    "not_met": Text("未達成", "Not met"),
    "unknown": Text("不明", "Unknown"),
    "na": Text("該当しない", "Not applicable"),
    "unanswered": Text("未回答", "Not answered"),
}
OPEN_ITEM_STATUSES = frozenset({"unanswered", "not_done", "partial", "unknown"})


def requirement_status(item_statuses: Iterable[str]) -> str:
    """Combine the statuses of the items mapped to one requirement into its status.

    Items that do not apply are set aside; the requirement is met when all the others are
    done (and is "not applicable" only when every item is).
    """
    statuses = list(item_statuses)
    if not statuses:
        return "unanswered"
    if all(s == "na" for s in statuses):
        return "na"
    rest = [s for s in statuses if s != "na"]
    if all(s == "done" for s in rest):
        return "met"
    if any(s in ("done", "partial") for s in rest):
        return "partial"
    if all(s == "unanswered" for s in rest):
        return "unanswered"
    if any(s == "unknown" for s in rest):
        return "unknown"
    return "not_met"


@dataclass(frozen=True)
class Band:
    label: Text
    meaning: Text


@dataclass(frozen=True)
class SelfCheckScore:
    score: int
    max: int
    answered: int
    questions: int
    unknown: int
    band: Band | None  # None until every question is answered

    @property
    def complete(self) -> bool:
        return self.answered == self.questions


def selfcheck_score(answers: Mapping[int, str], scheme: Scheme) -> SelfCheckScore:
    """Score the 25 self-check answers (4 / 2 / 0 / −1) and find the band of the total."""
    points = {str(a["id"]): int(a["points"]) for a in scheme.data.get("answers", [])} or SELFCHECK_POINTS
    questions = [int(q) for q in scheme.requirements]
    given = {q: a for q, a in answers.items() if q in questions and a in points}
    score = sum(points[a] for a in given.values())
    max_score = int(scheme.data.get("max_score") or len(questions) * max(points.values()))
    band = None
    if len(given) == len(questions):
        for entry in scheme.data.get("bands", []):
            if int(entry["min"]) <= score <= int(entry["max"]):
                band = Band(as_text(entry["label"]), as_text(entry.get("meaning", "")))
                break
    unknown = sum(1 for a in given.values() if a == "unknown")
    return SelfCheckScore(score, max_score, len(given), len(questions), unknown, band)


@dataclass(frozen=True)
class RequirementState:
    id: str
    status: str
    items: tuple[str, ...]


@dataclass
class SchemeReadiness:
    """Counts and per-requirement statuses of one scheme level (e.g. scs-star3)."""

    id: str
    requirements: list[RequirementState] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.requirements)

    def count(self, status: str) -> int:
        return sum(1 for r in self.requirements if r.status == status)

    def counts(self) -> dict[str, int]:
        return {status: self.count(status) for status in REQUIREMENT_STATUSES}


_MAPPING_CACHE: dict[tuple[int, str], tuple[ContentModel, int, dict[str, tuple[str, ...]]]] = {}


def _items_by_requirement(model: ContentModel, scheme_id: str) -> dict[str, tuple[str, ...]]:
    """Requirement id -> the ids of the items mapped to it, in item order. Built once per
    loaded model and scheme (switching companies recomputes only the statuses)."""
    key = (id(model), scheme_id)
    cached = _MAPPING_CACHE.get(key)
    if cached is not None and cached[0] is model and cached[1] == len(model.items):
        return cached[2]
    mapped: dict[str, list[str]] = {}
    prefix = scheme_id + ":"
    for item in model.items.values():
        for ref in item.maps:
            if ref.startswith(prefix):
                mapped.setdefault(ref[len(prefix):], []).append(item.id)
    result = {rid: tuple(items) for rid, items in mapped.items()}
    if len(_MAPPING_CACHE) > 64:  # many models (tests, packs): keep the cache small
        _MAPPING_CACHE.clear()
    _MAPPING_CACHE[key] = (model, len(model.items), result)
    return result


def scheme_readiness(model: ContentModel, statuses: Mapping[str, str], scheme_id: str,
                     requirement_ids: Iterable[str] | None = None, level_id: str | None = None) -> SchemeReadiness:
    """Status of each requirement of a scheme from the company's item statuses."""
    scheme = model.schemes[scheme_id]
    ids = list(requirement_ids) if requirement_ids is not None else list(scheme.requirements)
    mapped = _items_by_requirement(model, scheme_id)
    readiness = SchemeReadiness(level_id or scheme_id)
    for rid in ids:
        items = mapped.get(rid, ())
        status = requirement_status(statuses.get(i, "unanswered") for i in items)
        readiness.requirements.append(RequirementState(rid, status, items))
    return readiness


_LAST_SCS: list[tuple[tuple[int, int, frozenset[tuple[str, str]]], ContentModel, dict[str, SchemeReadiness]]] = []
# (key, model, levels) of the last call: a screen asks for ★3, ★4 and JAMA in turn


def scs_levels(model: ContentModel, statuses: Mapping[str, str]) -> dict[str, SchemeReadiness]:
    """SCS ★3 (criteria at star 3) and ★4 (all criteria) readiness.

    The same statuses asked again (the dashboard's three SCS-based targets) get the levels
    computed the first time; the key is the statuses themselves, so any change recomputes."""
    scheme = model.schemes.get("scs")
    if scheme is None:
        return {}
    key = (id(model), len(model.items), frozenset(statuses.items()))
    if _LAST_SCS and _LAST_SCS[0][0] == key and _LAST_SCS[0][1] is model:
        return dict(_LAST_SCS[0][2])
    star3 = [cid for cid, r in scheme.requirements.items() if r.get("star") == 3]
    levels = {
        "scs-star3": scheme_readiness(model, statuses, "scs", star3, "scs-star3"),
        "scs-star4": scheme_readiness(model, statuses, "scs", list(scheme.requirements), "scs-star4"),
    }
    _LAST_SCS[:] = [(key, model, levels)]
    return dict(levels)


@dataclass(frozen=True)
class SecurityActionLevel:
    id: str
    title: str
    met: bool
    missing: tuple[str, ...]  # requirement ids not yet met


def security_action(model: ContentModel, statuses: Mapping[str, str], answers: Mapping[int, str]) -> list[SecurityActionLevel]:
    """Whether the ★ and ★★ conditions are met, and which requirements are missing."""
    scheme = model.schemes.get("security-action")
    if scheme is None:
        return []
    kajo = model.schemes.get("5kajo")
    selfcheck = model.schemes.get("selfcheck")
    met: dict[str, bool] = {}
    for rid, requirement in scheme.requirements.items():
        rule = requirement.get("rule", "items")
        if rule == "5kajo":
            met[rid] = kajo is not None and all(
                r.status in ("met", "na") for r in scheme_readiness(model, statuses, "5kajo").requirements
            )
        elif rule == "selfcheck-complete":
            met[rid] = selfcheck is not None and selfcheck_score(answers, selfcheck).complete
        else:
            met[rid] = scheme_readiness(model, statuses, "security-action", [rid]).requirements[0].status == "met"
    levels = []
    for level in scheme.data.get("levels", []):
        needs = [str(r) for r in level.get("requires", [])]
        missing = tuple(r for r in needs if not met.get(r, False))
        levels.append(SecurityActionLevel(str(level["id"]), str(level["title"]), not missing, missing))
    return levels


def jama_derived(model: ContentModel, readiness: SchemeReadiness) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """自工会/部工会 items reached through SCS references: (number, level, status, criteria)."""
    scheme = model.schemes["scs"]
    by_item: dict[tuple[str, str], list[RequirementState]] = {}
    for state in readiness.requirements:
        for ref in scheme.requirements[state.id].get("jama", ()):
            number, _, level = ref.partition(":")
            by_item.setdefault((number, level), []).append(state)
    as_item = {"met": "done", "partial": "partial", "not_met": "not_done", "unknown": "unknown",
               "na": "na", "unanswered": "unanswered"}
    result = []
    for (number, level), states in sorted(by_item.items(), key=lambda kv: (int(kv[0][0]) if kv[0][0].isdigit() else 0, kv[0][1])):
        status = requirement_status(as_item[s.status] for s in states)
        result.append((number, level, status, tuple(s.id for s in states)))
    return result


_ITEM_FACTS: dict[int, tuple[ContentModel, int, dict[str, tuple[frozenset[int], bool, int, int]]]] = {}


def _item_facts(model: ContentModel) -> dict[str, tuple[frozenset[int], bool, int, int]]:
    """Per item, what next_actions weighs that depends only on the content: the SCS stars it
    counts for, whether it is basic (5か条 / self-check), its checklist's order, its place."""
    cached = _ITEM_FACTS.get(id(model))
    if cached is not None and cached[0] is model and cached[1] == len(model.items):
        return cached[2]
    scs = model.schemes.get("scs")
    facts: dict[str, tuple[frozenset[int], bool, int, int]] = {}
    for item_id, item in model.items.items():
        stars = frozenset(scs.requirements[c].get("star") for c in item.refs("scs") if scs and c in scs.requirements)
        checklist = model.checklists[item.checklist]
        facts[item_id] = (stars, bool(item.refs("5kajo") or item.refs("selfcheck")), checklist.order,
                          checklist.item_ids.index(item_id))
    if len(_ITEM_FACTS) > 16:
        _ITEM_FACTS.clear()
    _ITEM_FACTS[id(model)] = (model, len(model.items), facts)
    return facts


def next_actions(model: ContentModel, statuses: Mapping[str, str], requested: Iterable[str] = (), limit: int = 3) -> list[str]:
    """The items to do next: open items that count for what the customer asked, first."""
    requested = set(requested)
    facts = _item_facts(model)
    basic_asked = bool(requested & {"sa1", "sa2", "unsure"})

    def weight(item_id: str) -> tuple[int, ...]:
        stars, basic, order, place = facts[item_id]
        status = statuses.get(item_id, "unanswered")
        wanted = ("scs3" in requested and 3 in stars) or ("scs4" in requested and bool(stars)) or (basic_asked and basic)
        return (
            0 if wanted else 1,
            0 if basic else 1,
            {"partial": 0, "unknown": 1, "not_done": 2, "unanswered": 3}.get(status, 4),
            order,
            place,
        )

    open_items = [i for i in model.items if statuses.get(i, "unanswered") in OPEN_ITEM_STATUSES]
    return sorted(open_items, key=weight)[:limit]
