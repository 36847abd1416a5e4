"""「次にやること」: the order that reaches the targets soonest, deadlines marked, the next review."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.content import Checklist, ContentModel, Item, ItemText, Requirement, Scheme
from desktop.core.localized import Localized, Text
from desktop.core.next_steps import (
    DUE_SOON,
    OVERDUE,
    next_review,
    next_steps,
    requirement_groups,
    urgency,
)
from desktop.core.targets import TARGET_KEYS, scope_items

TODAY = date(2026, 12, 1)
HERE = Path(".")


def small_model() -> ContentModel:
    """SCS criteria A (★3, three items), B (★3, one item), C (★4 only, two items), D (★3, two)."""
    maps = {
        "a1": ("scs:A",), "a2": ("scs:A",), "a3": ("scs:A",),
        "b1": ("scs:B",),
        "c1": ("scs:C",), "c2": ("scs:C",),
        "d1": ("scs:D",), "d2": ("scs:D", "scs:A"),
    }
    model = ContentModel(HERE)
    for item_id, refs in maps.items():
        model.items[item_id] = Item(item_id, "list", refs, Localized(ItemText(item_id, "", "")), HERE, 1, HERE)
    model.checklists["list"] = Checklist("list", 1, Text("list"), Text(""), tuple(maps), HERE)
    requirements = {rid: Requirement(rid, Text(rid), attrs={"star": star})
                    for rid, star in (("A", 3), ("B", 3), ("C", 4), ("D", 3))}
    model.schemes["scs"] = Scheme("scs", Text("SCS", "SCS"), Text("1"), "", requirements, {}, HERE)
    return model


def soon(days: int) -> date:
    return TODAY + timedelta(days=days)


# (targets, statuses, deadlines, expected order of (item, requirement, remaining, urgency))
ORDER_TABLE = [
    # Nothing done: B needs one item, D two, A four (d2 counts for A and D and goes with D).
    (("scs3",), {}, {},
     [("b1", "scs:B", 1, None), ("d1", "scs:D", 2, None), ("d2", "scs:D", 2, None),
      ("a1", "scs:A", 4, None), ("a2", "scs:A", 4, None), ("a3", "scs:A", 4, None)]),
    # Done and not-applicable items are not open; A is down to one: a3 comes first.
    (("scs3",), {"a1": "done", "a2": "na", "d2": "done", "b1": "done"}, {},
     [("a3", "scs:A", 1, None), ("d1", "scs:D", 1, None)]),
    # Partly done or "don't know" is still open and still counts as left.
    (("scs3",), {"a1": "partial", "a2": "unknown", "a3": "not_done", "d1": "done", "d2": "done", "b1": "done"}, {},
     [("a1", "scs:A", 3, None), ("a2", "scs:A", 3, None), ("a3", "scs:A", 3, None)]),
    # Equally close: overdue before due within 14 days before due later before no deadline.
    (("scs3",), {"b1": "done", "d1": "done", "d2": "done"},
     {"a3": soon(-1), "a2": soon(14), "a1": soon(15)},
     [("a3", "scs:A", 3, OVERDUE), ("a2", "scs:A", 3, DUE_SOON), ("a1", "scs:A", 3, None)]),
    # ... but a requirement closer to met still comes before an overdue item of a far one.
    (("scs3",), {}, {"a1": soon(-30)},
     [("b1", "scs:B", 1, None), ("d1", "scs:D", 2, None), ("d2", "scs:D", 2, None),
      ("a1", "scs:A", 4, OVERDUE), ("a2", "scs:A", 4, None), ("a3", "scs:A", 4, None)]),
    # ★4 brings in C; ★3 does not.
    (("scs4",), {"a1": "done", "a2": "done", "a3": "done", "b1": "done", "d1": "done"}, {},
     [("d2", "scs:A", 1, None), ("c1", "scs:C", 2, None), ("c2", "scs:C", 2, None)]),
    # No targets: every scheme counts.
    ((), {"a1": "done", "a2": "done", "a3": "done", "b1": "done", "d1": "done", "d2": "done"}, {},
     [("c1", "scs:C", 2, None), ("c2", "scs:C", 2, None)]),
    # Everything done: nothing to do.
    (("scs4",), dict.fromkeys(["a1", "a2", "a3", "b1", "c1", "c2", "d1", "d2"], "done"), {}, []),
]


@pytest.mark.parametrize(("keys", "statuses", "dues", "expected"), ORDER_TABLE)
def test_open_items_come_in_the_order_that_reaches_the_target_soonest(keys, statuses, dues, expected):
    found = next_steps(small_model(), statuses, dues, keys, TODAY)
    assert [(s.item_id, s.requirement, s.remaining, s.urgency) for s in found] == expected
    assert all(s.due == dues.get(s.item_id) for s in found)


@pytest.mark.parametrize(("days", "expected"), [(-1, OVERDUE), (0, DUE_SOON), (14, DUE_SOON), (15, None)])
def test_deadlines_are_marked_overdue_or_due_within_14_days(days, expected):
    assert urgency(soon(days), TODAY) == expected
    assert urgency(None, TODAY) is None


def test_the_requirements_of_every_target_cover_exactly_its_scope(bundled):
    model = bundled.model
    for keys in [[key] for key in TARGET_KEYS] + [list(TARGET_KEYS)]:
        groups = requirement_groups(model, keys)
        covered = set().union(*groups.values()) if groups else set()
        assert covered == scope_items(model, keys), keys


def test_bundled_next_steps_for_star3_start_with_single_item_requirements(bundled):
    model = bundled.model
    found = next_steps(model, {}, {}, ["scs3"], TODAY)
    assert {s.item_id for s in found} == scope_items(model, ["scs3"])
    counts = [s.remaining for s in found]
    assert counts == sorted(counts) and counts[0] == 1
    first = found[0]
    assert model.items_for("scs", first.requirement.partition(":")[2]) == [model.items[first.item_id]]


@pytest.mark.parametrize(("chosen", "last", "expected"), [
    (None, None, None),
    (None, date(2026, 3, 10), (date(2027, 3, 10), False, False)),
    (None, datetime(2025, 11, 30, 9, 0), (date(2026, 11, 30), False, True)),
    (None, date(2024, 2, 29), (date(2025, 3, 1), False, True)),
    (date(2026, 12, 24), date(2025, 1, 1), (date(2026, 12, 24), True, False)),  # set by the user wins
    (date(2026, 11, 1), None, (date(2026, 11, 1), True, True)),
])
def test_the_next_review_is_a_year_after_the_self_check_unless_set(chosen, last, expected):
    review = next_review(chosen, last, TODAY)
    assert (None if review is None else (review.day, review.chosen, review.past)) == expected
