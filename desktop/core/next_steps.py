"""「次にやること」: the open items of the company's targets, in the order that reaches the
targets soonest, and the date of the next review (no Qt, no SQL).

A target is reached requirement by requirement, and a requirement is met when every item
mapped to it is done or not applicable (scoring.requirement_status). So the item to do
first is the one whose requirement has the fewest open items left: finishing it brings a
requirement closest to met. Among items equally close, deadlines decide: overdue first,
then due within DUE_SOON_DAYS, then later deadlines, then items without one.
docs/scoping.md explains the order to users and reviewers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from desktop.core import targets as goals
from desktop.core.content import ContentModel
from desktop.core.scoring import OPEN_ITEM_STATUSES

DUE_SOON_DAYS = 14
T = TypeVar("T")
OVERDUE, DUE_SOON = "overdue", "soon"


_CACHE: dict[tuple[object, ...], tuple[ContentModel, int, Any]] = {}  # built once per loaded model


def _cached(model: ContentModel, what: tuple[object, ...], build: Callable[[], T]) -> T:
    """BUILD() once per model and WHAT: the groups and the checklist order depend on the
    content only, so switching companies recomputes only what the statuses change."""
    key = (id(model), *what)
    found = _CACHE.get(key)
    if found is not None and found[0] is model and found[1] == len(model.items):
        cached: T = found[2]
        return cached
    value = build()
    if len(_CACHE) > 64:  # many models (tests, packs): keep the cache small
        _CACHE.clear()
    _CACHE[key] = (model, len(model.items), value)
    return value


def requirement_groups(model: ContentModel, keys: Iterable[str]) -> dict[str, frozenset[str]]:
    """The requirements of the targets KEYS, each with the items mapped to it.

    Requirement ids are "scheme:id" ("scs:4-1-3-2", "5kajo:1", "jama:9"); a topic target
    (JC-STAR, software, personal data) is one requirement made of its lessons' items.
    The items of all groups are exactly targets.scope_items(model, KEYS).
    """
    wanted = frozenset(keys)
    return dict(_cached(model, ("groups", wanted), lambda: _requirement_groups(model, wanted)))


def _checklist_position(model: ContentModel) -> dict[str, tuple[int, str, int]]:
    return _cached(model, ("position",), lambda: {
        item_id: (checklist.order, checklist.id, index)
        for checklist in model.checklists.values() for index, item_id in enumerate(checklist.item_ids)})


def _requirement_groups(model: ContentModel, keys: frozenset[str]) -> dict[str, frozenset[str]]:
    scs = model.schemes.get("scs")
    criteria = scs.requirements if scs else {}
    groups: dict[str, set[str]] = {}

    def add(group: str, item_id: str) -> None:
        groups.setdefault(group, set()).add(item_id)

    for item in model.items.values():
        sa = item.refs("security-action")
        scs_refs = [c for c in item.refs("scs") if c in criteria]
        if "sa1" in keys:
            for ref in item.refs("5kajo"):
                add(f"5kajo:{ref}", item.id)
            if "sa1-5kajo" in sa:
                add("security-action:sa1-5kajo", item.id)
        if "sa2" in keys:
            for ref in item.refs("selfcheck"):
                add(f"selfcheck:{ref}", item.id)
            for ref in sa:
                if ref.startswith("sa2-"):
                    add(f"security-action:{ref}", item.id)
        for ref in scs_refs:
            if "scs4" in keys or ("scs3" in keys and criteria[ref].get("star") == 3):
                add(f"scs:{ref}", item.id)
            if "jama" in keys:
                for jama in criteria[ref].get("jama", ()):
                    number, _, level = str(jama).partition(":")
                    if level == "LV1":
                        add(f"jama:{number}", item.id)
    for key in keys:
        topic = goals.scope_items(model, [key]) if key in goals.TOPIC_TARGETS else set()
        for item_id in topic:
            add(f"topic:{key}", item_id)
    return {group: frozenset(items) for group, items in groups.items()}


@dataclass(frozen=True)
class NextStep:
    """One open item: how many items its closest requirement still needs, and its deadline."""

    item_id: str
    requirement: str  # "scheme:id" of the requirement closest to met
    remaining: int  # open items of that requirement, this one included
    due: date | None
    urgency: str | None  # OVERDUE, DUE_SOON or None


def urgency(due: date | None, today: date) -> str | None:
    """OVERDUE before TODAY, DUE_SOON within DUE_SOON_DAYS of it, else None."""
    if due is None:
        return None
    if due < today:
        return OVERDUE
    if due <= today + timedelta(days=DUE_SOON_DAYS):
        return DUE_SOON
    return None


def next_steps(model: ContentModel, statuses: Mapping[str, str], dues: Mapping[str, date | None],
               keys: Iterable[str], today: date) -> list[NextStep]:
    """The open items of the targets KEYS (every report scheme when KEYS is empty), first
    the items whose requirement has the fewest open items; then overdue, due soon, due
    later, no deadline; then the order of the checklists."""
    keys = tuple(keys) or goals.REPORT_SCHEMES
    groups = requirement_groups(model, keys)

    def is_open(item_id: str) -> bool:
        return statuses.get(item_id, "unanswered") in OPEN_ITEM_STATUSES

    left = {group: sum(1 for i in items if is_open(i)) for group, items in groups.items()}
    closest: dict[str, tuple[int, str]] = {}
    for group in sorted(groups):
        for item_id in groups[group]:
            if is_open(item_id) and (item_id not in closest or left[group] < closest[item_id][0]):
                closest[item_id] = (left[group], group)
    position = _checklist_position(model)
    steps = [NextStep(item_id, group, count, dues.get(item_id), urgency(dues.get(item_id), today))
             for item_id, (count, group) in closest.items() if item_id in model.items]
    rank: dict[str | None, int] = {OVERDUE: 0, DUE_SOON: 1}
    steps.sort(key=lambda s: (s.remaining, rank.get(s.urgency, 2 if s.due else 3), s.due or date.max,
                              position.get(s.item_id, (1 << 30, "", 0)), s.item_id))
    return steps


@dataclass(frozen=True)
class Review:
    """When the company should look at everything again, and whether that day has passed."""

    day: date
    chosen: bool  # True: set by the user; False: a year after the last self-check
    past: bool


def next_review(chosen: date | None, last_selfcheck: date | datetime | None, today: date) -> Review | None:
    """CHOSEN when the user set a date, else a year after LAST_SELFCHECK; None when neither."""
    if chosen is not None:
        return Review(chosen, True, chosen < today)
    if last_selfcheck is None:
        return None
    base = last_selfcheck.date() if isinstance(last_selfcheck, datetime) else last_selfcheck
    try:
        day = base.replace(year=base.year + 1)
    except ValueError:  # 29 February: the day after 28 February a year on
        day = base.replace(year=base.year + 1, day=28) + timedelta(days=1)
    return Review(day, False, day < today)
