"""The summary as data (desktop.core.summary), built from SummaryInput without a store or Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.summary import DETAIL_LEVELS, build_summary
from tests.support.summary_support import (
    NOTE_TEXT,
    TODAY,
    State,
    expected_counts,
    expected_criterion_status,
    mixed_plan,
    summary_input,
)

STATUS_KEYS = ("met", "partial", "not_met", "unknown", "na", "unanswered")


def counts_of(level: dict) -> dict[str, int]:
    return {key: level[key] for key in STATUS_KEYS}


def all_done(model):
    return {item_id: "done" for item_id in model.items}


def all_yes():
    return {q: "yes" for q in range(1, 26)}


def test_every_item_done_meets_every_criterion(model):
    summary = build_summary(model, summary_input(model, all_done(model), all_yes()))
    star3, star4 = summary["schemes"]["scs-star3"], summary["schemes"]["scs-star4"]
    assert (star3["met"], star3["total"]) == (81, 81)
    assert (star4["met"], star4["total"]) == (153, 153)
    assert len(star3["criteria"]) == 81 and len(star4["criteria"]) == 153
    assert {c["status"] for c in star4["criteria"]} == {"met"}
    assert all(r["status"] == "met" and r["met"] == r["criteria"] for r in summary["requirements"])
    assert {i["status"] for i in summary["jama"]["items"]} == {"met"}
    assert summary["plan"] == []


def test_all_yes_scores_100_with_the_top_band(model):
    selfcheck = build_summary(model, summary_input(model, {}, all_yes()))["selfcheck"]
    assert (selfcheck["score"], selfcheck["max"]) == (100, 100)
    assert (selfcheck["answered"], selfcheck["questions"], selfcheck["unknown"]) == (25, 25, 0)
    assert selfcheck["band"] == "入門レベルを達成"


def test_everything_done_meets_both_security_action_levels(model):
    summary = build_summary(model, summary_input(model, all_done(model), all_yes()))
    assert [(level["level"], level["met"], level["missing"]) for level in summary["security_action"]] == [
        ("star1", True, []), ("star2", True, []),
    ]


def test_a_new_company_is_all_unanswered(model):
    summary = build_summary(model, summary_input(model, {}, {}))
    for level_id, total in (("scs-star3", 81), ("scs-star4", 153)):
        level = summary["schemes"][level_id]
        assert counts_of(level) == {**dict.fromkeys(STATUS_KEYS, 0), "unanswered": total}
    assert summary["selfcheck"]["band"] is None and summary["selfcheck"]["answered"] == 0
    assert summary["training"]["learners"] == [] and summary["plan"] == []


def test_one_item_short_is_not_met(model):
    """Undo one item behind one criterion: that criterion, and only the criteria that item
    is mapped to, stop being met."""
    statuses = all_done(model)
    item = next(i for i in model.items.values() if any(ref.startswith("scs:") for ref in i.maps))
    statuses[item.id] = "not_done"
    summary = build_summary(model, summary_input(model, statuses, {}))
    touched = {ref[4:] for ref in item.maps if ref.startswith("scs:")}
    criteria = {c["id"]: c["status"] for c in summary["schemes"]["scs-star4"]["criteria"]}
    assert {cid for cid, status in criteria.items() if status != "met"} == touched
    assert all(criteria[cid] in ("partial", "not_met") for cid in touched)
    assert summary["schemes"]["scs-star4"]["met"] == 153 - len(touched)


def test_not_applicable_counts_as_done_for_met(model):
    statuses = all_done(model)
    criterion = next(c for c in model.schemes["scs"].requirements if sum(
        f"scs:{c}" in i.maps for i in model.items.values()) >= 2)
    mapped = [i.id for i in model.items.values() if f"scs:{criterion}" in i.maps]
    statuses[mapped[0]] = "na"
    states = {c["id"]: c["status"] for c in build_summary(
        model, summary_input(model, statuses, {}))["schemes"]["scs-star4"]["criteria"]}
    assert states[criterion] == "met"
    for item_id in mapped:
        statuses[item_id] = "na"
    states = {c["id"]: c["status"] for c in build_summary(
        model, summary_input(model, statuses, {}))["schemes"]["scs-star4"]["criteria"]}
    assert states[criterion] == "na"


@pytest.mark.parametrize("level_id, star3_only", [("scs-star3", True), ("scs-star4", False)])
def test_counts_follow_the_documented_rule(model, level_id, star3_only):
    """Counts per status equal the rule applied to the item statuses by this test, and
    each listed criterion's status equals the rule applied to its own items."""
    plan = mixed_plan(model)
    summary = build_summary(model, summary_input(model, plan.statuses, plan.answers))
    level = summary["schemes"][level_id]
    expected = expected_counts(model, plan.statuses, star3_only)
    assert counts_of(level) == {key: expected.get(key, 0) for key in STATUS_KEYS}
    assert sum(counts_of(level).values()) == level["total"] == len(level["criteria"])
    for criterion in level["criteria"]:
        items = [plan.statuses.get(i, "unanswered") for i in criterion["items"]]
        assert criterion["status"] == expected_criterion_status(items), criterion["id"]
    # the mix really exercises every status, so the comparison above means something
    assert all(level[key] > 0 for key in STATUS_KEYS)


def test_star3_is_the_star3_part_of_star4(model):
    plan = mixed_plan(model)
    schemes = build_summary(model, summary_input(model, plan.statuses, plan.answers))["schemes"]
    star4 = {c["id"]: c for c in schemes["scs-star4"]["criteria"]}
    star3 = schemes["scs-star3"]["criteria"]
    assert all(c["star"] == 3 for c in star3)
    assert {c["id"] for c in star3} == {cid for cid, c in star4.items() if c["star"] == 3}
    assert all(star4[c["id"]] == c for c in star3)


def test_selfcheck_score_is_4_2_0_minus1(model):
    plan = mixed_plan(model)
    selfcheck = build_summary(model, summary_input(model, {}, plan.answers))["selfcheck"]
    points = {"yes": 4, "partial": 2, "no": 0, "unknown": -1}
    assert selfcheck["score"] == sum(points[a] for a in plan.answers.values())
    assert selfcheck["unknown"] == list(plan.answers.values()).count("unknown")
    assert selfcheck["answers"] == {str(q): a for q, a in plan.answers.items()}


def _plan_input(model, detail_state: State):
    item_id = next(iter(model.items))
    return item_id, summary_input(model, {}, {}, details={item_id: detail_state})


@pytest.mark.parametrize("days, overdue", [(-1, True), (0, False), (1, False), (None, False)])
def test_overdue_means_due_before_today(model, days, overdue):
    due = None if days is None else TODAY + dt.timedelta(days=days)
    item_id, data = _plan_input(model, State("not_done", owner="山田", due=due))
    (entry,) = build_summary(model, data)["plan"]
    assert entry["item"] == item_id and entry["overdue"] is overdue
    assert entry["due"] == (due.isoformat() if due else None)


def test_plan_lists_open_items_only(model):
    ids = list(model.items)[:4]
    details = {
        ids[0]: State("done", owner="山田", due=TODAY),  # done: not in the plan
        ids[1]: State("na", reason="対象外", owner="山田"),  # not applicable: not in the plan
        ids[2]: State("unanswered"),  # nobody, no date: not in the plan
        ids[3]: State("unanswered", owner="佐藤"),  # someone is on it: in the plan
    }
    plan = build_summary(model, summary_input(model, {}, {}, details=details))["plan"]
    assert [entry["item"] for entry in plan] == [ids[3]]


def test_plan_is_sorted_by_due_date_then_undated(model):
    ids = list(model.items)[:3]
    details = {ids[0]: State("partial", owner="山田"), ids[1]: State("partial", due=TODAY + dt.timedelta(days=9)),
               ids[2]: State("partial", due=TODAY - dt.timedelta(days=9))}
    plan = build_summary(model, summary_input(model, {}, {}, details=details))["plan"]
    assert [entry["item"] for entry in plan] == [ids[2], ids[1], ids[0]]


def test_plan_leaves_out_open_items_nobody_has_planned_yet(model):
    ids = list(model.items)[:2]
    details = {ids[0]: State("not_done"), ids[1]: State("not_done", owner="佐藤")}
    summary = build_summary(model, summary_input(model, {}, {}, details=details))
    assert [entry["item"] for entry in summary["plan"]] == [ids[1]]
    assert summary["open_items"] == len(model.items)


@pytest.mark.parametrize("detail", DETAIL_LEVELS)
def test_notes_and_evidence_only_at_the_notes_level(model, detail):
    _, data = _plan_input(model, State("partial", owner="山田", note=NOTE_TEXT, evidence="写真"))
    summary = build_summary(model, data, detail)
    (entry,) = summary["plan"]
    assert summary["detail"] == detail
    if detail == "notes":
        assert (entry["note"], entry["evidence"]) == (NOTE_TEXT, "写真")
    else:
        assert "note" not in entry and "evidence" not in entry
        assert NOTE_TEXT not in repr(summary)


def test_unknown_detail_level_is_refused(model):
    with pytest.raises(ValueError, match="detail"):
        build_summary(model, summary_input(model, {}, {}), "everything")


def test_company_and_training_are_carried_over(model):
    learners = [("山田太郎", list(model.lessons)[:3] + ["no-such-lesson"]), ("日野花子", [])]
    summary = build_summary(model, summary_input(model, {}, {}, learners=learners))
    assert summary["company"]["name"] == "山田日本製作所"
    assert summary["company"]["requested_labels"] == ["SCS評価制度 ★4"]
    assert summary["declared_by"] == "代表取締役 山田一郎"
    assert summary["date"] == "2026-04-01"
    assert summary["generated_at"] == "2026-04-01T09:30:00+09:00"
    training = summary["training"]
    assert training["lessons_total"] == len(model.lessons)
    assert [(entry["name"], entry["completed"]) for entry in training["learners"]] == [("山田太郎", 3), ("日野花子", 0)]
