"""Scores and statuses: the self-check total and band, requirement status, SCS levels.

The self-check tests use the bundled selfcheck scheme, so they also prove that its answer
points and bands are the ones IPA publishes.
"""

from __future__ import annotations

import itertools

import pytest

from desktop.core.scoring import (
    REQUIREMENT_STATUSES,
    requirement_status,
    scs_levels,
    security_action,
    selfcheck_score,
)
from desktop.core.vocab import ITEM_STATUSES

QUESTIONS = range(1, 26)


@pytest.fixture(scope="module")
def selfcheck(bundled):
    return bundled.model.schemes["selfcheck"]


def answers_of(**counts: int) -> dict[int, str]:
    """Answers to questions 1, 2, 3 ... in the order given: answers_of(yes=20, no=5)."""
    answers: list[str] = [answer for answer, count in counts.items() for _ in range(count)]
    return dict(zip(QUESTIONS, answers, strict=False))


# -- self-check -------------------------------------------------------------------------------


def test_selfcheck_has_25_questions_and_a_maximum_of_100(selfcheck):
    assert sorted(int(q) for q in selfcheck.requirements) == list(QUESTIONS)
    assert selfcheck_score({}, selfcheck).max == 100
    assert selfcheck_score({}, selfcheck).questions == 25


@pytest.mark.parametrize(("answer", "points"), [("yes", 4), ("partial", 2), ("no", 0), ("unknown", -1)])
def test_points_per_answer(selfcheck, answer, points):
    one = selfcheck_score({7: answer}, selfcheck)
    all_25 = selfcheck_score(dict.fromkeys(QUESTIONS, answer), selfcheck)

    assert (one.score, one.answered) == (points, 1)
    assert all_25.score == 25 * points
    assert all_25.unknown == (25 if answer == "unknown" else 0)


def test_bands_of_the_bundled_scheme_are_100_70_50_and_below(selfcheck):
    bands = [(band["min"], band["max"]) for band in selfcheck.data["bands"]]

    assert bands == [(100, 100), (70, 99), (50, 69), (-25, 49)]


@pytest.mark.parametrize(
    ("counts", "score", "band_min"),
    [
        ({"yes": 25}, 100, 100),
        ({"yes": 24, "partial": 1}, 98, 70),
        ({"yes": 17, "partial": 1, "no": 7}, 70, 70),
        ({"yes": 17, "partial": 1, "unknown": 1, "no": 6}, 69, 50),
        ({"yes": 12, "partial": 1, "no": 12}, 50, 50),
        ({"yes": 12, "partial": 1, "unknown": 1, "no": 11}, 49, -25),
        ({"no": 25}, 0, -25),
        ({"unknown": 25}, -25, -25),
    ],
)
def test_score_and_band(selfcheck, counts, score, band_min):
    result = selfcheck_score(answers_of(**counts), selfcheck)

    expected = next(b for b in selfcheck.data["bands"] if b["min"] == band_min)
    assert result.score == score
    assert result.complete
    assert result.band is not None
    assert result.band.label == expected["label"]  # Japanese and English
    assert result.band.label.en and result.band.meaning == expected["meaning"]


def test_band_is_none_until_all_25_are_answered(selfcheck):
    answers = dict.fromkeys(range(1, 25), "yes")

    partial = selfcheck_score(answers, selfcheck)
    complete = selfcheck_score({**answers, 25: "yes"}, selfcheck)

    assert (partial.score, partial.answered, partial.complete, partial.band) == (96, 24, False, None)
    assert (complete.score, complete.answered, complete.complete) == (100, 25, True)
    assert complete.band is not None


def test_answers_outside_the_questionnaire_do_not_count(selfcheck):
    answers = {**dict.fromkeys(range(1, 25), "yes"), 0: "yes", 26: "yes", 25: "maybe"}

    result = selfcheck_score(answers, selfcheck)

    assert (result.score, result.answered, result.band) == (96, 24, None)


# -- requirement status --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], "unanswered"),
        (["unanswered", "unanswered"], "unanswered"),
        (["done"], "met"),
        (["done", "done", "done"], "met"),
        (["done", "na"], "met"),
        (["na"], "na"),
        (["na", "na"], "na"),
        (["done", "not_done"], "partial"),
        (["partial"], "partial"),
        (["partial", "na"], "partial"),
        (["done", "unanswered"], "partial"),
        (["done", "unknown"], "partial"),
        (["unknown"], "unknown"),
        (["unknown", "not_done"], "unknown"),
        (["unknown", "unanswered"], "unknown"),
        (["not_done"], "not_met"),
        (["not_done", "na"], "not_met"),
        (["not_done", "unanswered"], "not_met"),
        (["na", "unanswered"], "unanswered"),
        (["na", "unknown"], "unknown"),
    ],
)
def test_requirement_status_rule(statuses, expected):
    assert requirement_status(statuses) == expected
    assert requirement_status(reversed(statuses)) == expected


def test_requirement_status_is_always_a_known_status():
    for combination in itertools.product(ITEM_STATUSES, repeat=3):
        assert requirement_status(combination) in REQUIREMENT_STATUSES


# -- SCS levels and SECURITY ACTION ------------------------------------------------------------


def test_scs_levels_count_81_and_153_criteria(bundled):
    scs = bundled.model.schemes["scs"]

    levels = scs_levels(bundled.model, {})

    assert (levels["scs-star3"].total, levels["scs-star4"].total) == (81, 153)
    assert {r.id for r in levels["scs-star3"].requirements} == {
        cid for cid, criterion in scs.requirements.items() if criterion.get("star") == 3}
    assert levels["scs-star4"].counts()["unanswered"] == 153


def test_every_item_done_meets_81_of_81_and_153_of_153(bundled):
    statuses = dict.fromkeys(bundled.model.items, "done")

    levels = scs_levels(bundled.model, statuses)

    assert (levels["scs-star3"].count("met"), levels["scs-star3"].total) == (81, 81)
    assert (levels["scs-star4"].count("met"), levels["scs-star4"].total) == (153, 153)


def test_one_open_item_keeps_its_criteria_from_being_met(bundled):
    model = bundled.model
    item = next(i for i in model.items.values() if i.refs("scs"))
    statuses = {**dict.fromkeys(model.items, "done"), item.id: "not_done"}

    star4 = scs_levels(model, statuses)["scs-star4"]

    not_met = {r.id for r in star4.requirements if r.status != "met"}
    assert not_met == set(item.refs("scs"))
    assert star4.count("met") == 153 - len(set(item.refs("scs")))


def test_every_item_not_applicable_gives_na(bundled):
    levels = scs_levels(bundled.model, dict.fromkeys(bundled.model.items, "na"))

    assert levels["scs-star4"].count("na") == 153


def test_security_action_levels_follow_items_and_selfcheck(bundled):
    model = bundled.model
    all_done = dict.fromkeys(model.items, "done")
    all_answered = dict.fromkeys(QUESTIONS, "yes")

    nothing = {level.id: level for level in security_action(model, {}, {})}
    everything = {level.id: level for level in security_action(model, all_done, all_answered)}
    no_selfcheck = {level.id: level for level in security_action(model, all_done, {})}

    assert not nothing["star1"].met and not nothing["star2"].met
    assert everything["star1"].met and everything["star2"].met
    assert no_selfcheck["star1"].met
    assert no_selfcheck["star2"].missing == ("sa2-selfcheck",)
