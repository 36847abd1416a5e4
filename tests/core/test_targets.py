"""The 「うちに必要なのは？」 guide: answers → targets, one row per rule, each from a checked fact."""

from __future__ import annotations

import pytest

from desktop.core.targets import (
    ASKED,
    FACTS,
    REPORT_SCHEMES,
    GuideAnswers,
    answers_from_dict,
    clean_targets,
    parse_schemes,
    recommend,
    scope_items,
)

NO3 = {"confidential": "no", "standstill": "no", "connected": "no"}

# (asked, facts, expected target keys, expected "asked" flags, the fact the row rests on)
ROWS = [
    # §3: ★ = declare work on the 5か条; ★★ = self-check + policy + publish. Asked → target.
    ({"sa1"}, NO3, ("sa1",), (True,), "frameworks.md §3 SECURITY ACTION"),
    ({"sa2"}, NO3, ("sa2",), (True,), "frameworks.md §3 SECURITY ACTION"),
    ({"sa1", "sa2"}, {}, ("sa1", "sa2"), (True, True), "frameworks.md §3 SECURITY ACTION"),
    # §1 buyer side: buyers name a level as a condition of the deal.
    ({"scs3"}, NO3, ("scs3",), (True,), "frameworks.md §1 Levels"),
    ({"scs4"}, NO3, ("scs4",), (True,), "frameworks.md §1 Levels"),
    # §1 interim report: any of the three questions "yes" points to ★4 ...
    ({"unsure"}, {**NO3, "confidential": "yes"}, ("scs4",), (False,), "frameworks.md §1 Buyer side (interim report)"),
    ({"unsure"}, {**NO3, "standstill": "yes"}, ("scs4",), (False,), "frameworks.md §1 Buyer side (interim report)"),
    ({"own"}, {**NO3, "connected": "yes"}, ("scs4",), (False,), "frameworks.md §1 Buyer side (interim report)"),
    # ... also when ★3 was asked: ★3 stays (asked), ★4 is suggested beside it.
    ({"scs3"}, {**NO3, "confidential": "yes"}, ("scs3", "scs4"), (True, False),
     "frameworks.md §1 Buyer side (interim report)"),
    # ... and all three "no" point to ★3 as a starting level.
    ({"unsure"}, NO3, ("scs3",), (False,), "frameworks.md §1 Buyer side (interim report)"),
    ({"own"}, NO3, ("scs3",), (False,), "frameworks.md §1 Buyer side (interim report)"),
    # A "don't know" is not a "no": no ★3 starting level, the ladder's first step instead.
    ({"unsure"}, {**NO3, "connected": "unsure"}, ("sa1",), (False,), "frameworks.md §10 Simple ladder; §4 実践編"),
    # §10 ladder / §4 実践編 "start where you can (5か条)": nothing asked, nothing that decides.
    (set(), {}, ("sa1",), (False,), "frameworks.md §10 Simple ladder; §4 実践編"),
    # §5: Level 1 is expected of every company in scope (automotive supply chain).
    ({"jama"}, NO3, ("jama",), (True,), "frameworks.md §5 JAMA/JAPIA"),
    (set(), {**NO3, "automotive": "yes"}, ("jama",), (False,), "frameworks.md §5 JAMA/JAPIA"),
    # §8: JC-STAR ★1 is the common minimum for all IoT products.
    ({"sa1"}, {"iot": "yes"}, ("sa1", "jc-star"), (True, False), "frameworks.md §8 JC-STAR"),
    # §9 / §9b: SBOM guide, SSDF, GPL source obligation.
    ({"sa1"}, {"software": "yes"}, ("sa1", "software"), (True, False), "frameworks.md §9 SBOM/SSDF; §9b GPL"),
    # §7: PPC breach reporting (個人情報保護法 第26条).
    ({"sa2"}, {"personal": "yes"}, ("sa2", "privacy"), (True, False), "frameworks.md §7 PPC breach reporting"),
    # Both SCS levels asked: both are targets, both asked.
    ({"scs3", "scs4"}, NO3, ("scs3", "scs4"), (True, True), "frameworks.md §1 Levels"),
    # ★4 asked: a "yes" to the three questions adds nothing beside it.
    ({"scs4"}, {**NO3, "standstill": "yes"}, ("scs4",), (True,), "frameworks.md §1 Levels"),
    # Not sure, all three "no", automotive: ★3 as the starting level and 自工会 Level 1.
    ({"unsure"}, {**NO3, "automotive": "yes"}, ("scs3", "jama"), (False, False), "frameworks.md §5 JAMA/JAPIA"),
    # 自工会 asked and automotive: one target, asked.
    ({"jama"}, {"automotive": "yes"}, ("jama",), (True,), "frameworks.md §5 JAMA/JAPIA"),
    # Every decisive answer "don't know": the ladder's first step, nothing guessed.
    ({"own"}, {"confidential": "unsure", "standstill": "unsure", "connected": "unsure"}, ("sa1",), (False,),
     "frameworks.md §10 Simple ladder; §4 実践編"),
    # "No" to the topic questions adds no topic target.
    ({"sa1"}, {"iot": "no", "software": "no", "personal": "no"}, ("sa1",), (True,), "frameworks.md §3 SECURITY ACTION"),
    # Everything at once: order follows TARGET_KEYS.
    ({"sa2", "scs3", "jama"}, {"confidential": "yes", "iot": "yes", "software": "yes", "personal": "yes"},
     ("sa2", "scs3", "scs4", "jama", "jc-star", "software", "privacy"), (True, True, False, True, False, False, False),
     "frameworks.md §1 Buyer side (interim report)"),
]


@pytest.mark.parametrize(("asked", "facts", "keys", "flags", "fact"), ROWS)
def test_guide_answers_give_the_targets_the_facts_say(asked, facts, keys, flags, fact):
    result = recommend(GuideAnswers(frozenset(asked), facts))
    assert result.keys == keys
    assert tuple(t.asked for t in result.targets) == flags
    assert fact in {t.fact for t in result.targets}
    for target in result.targets:
        assert target.reason.ja.endswith("。") and target.reason.ja.count("。") <= 2
        assert target.reason.get("en").endswith(".") and target.reason.get("en").count(". ") == 0


def test_the_scs4_reason_names_the_question_answered_yes():
    (target,) = recommend(GuideAnswers(frozenset({"unsure"}), {**NO3, "standstill": "yes"})).targets
    assert "許されない遅れ" in target.reason.ja and "delay" in target.reason.get("en")


def test_lessons_not_in_the_library_are_not_named():
    answers = GuideAnswers(frozenset({"scs3"}), {"personal": "yes"})
    everything = recommend(answers)
    assert "topic-which-scheme" in everything.lessons and "topic-personal-data-breach" in everything.lessons
    library = {"scs3-intro", "topic-incident-contacts"}
    trimmed = recommend(answers, library)
    assert trimmed.lessons == ("scs3-intro", "topic-incident-contacts")
    assert all(set(t.lessons) <= library for t in trimmed.targets)


def test_named_lessons_exist_in_the_bundled_library_or_are_the_two_being_written(bundled):
    answers = GuideAnswers(frozenset(ASKED), dict.fromkeys(FACTS, "yes"))
    named = set(recommend(answers).lessons)
    assert named - set(bundled.model.lessons) <= {"topic-which-scheme", "topic-personal-data-breach"}


def test_answers_round_trip_and_bad_answers_are_named():
    answers = GuideAnswers(frozenset({"scs3", "own"}), {"iot": "no", "confidential": "unsure"})
    assert answers_from_dict(answers.as_dict()) == answers
    with pytest.raises(ValueError, match="facts.iot"):
        answers_from_dict({"asked": [], "facts": {"iot": "maybe"}})
    with pytest.raises(ValueError, match="asked"):
        answers_from_dict({"asked": ["scs5"], "facts": {}})


def test_target_keys_and_scheme_lists_are_checked():
    assert clean_targets(["scs4", "sa1", "scs4"]) == ("sa1", "scs4")
    with pytest.raises(ValueError, match="'scs5'"):
        clean_targets(["scs5"])
    assert parse_schemes("all") is None
    assert parse_schemes("scs3, sa2") == ("sa2", "scs3")
    with pytest.raises(ValueError, match="'jc-star'"):
        parse_schemes("jc-star")
    assert set(REPORT_SCHEMES) < {"sa1", "sa2", "scs3", "scs4", "jama", "jc-star"}


def test_scope_follows_the_schemes_of_the_bundled_content(bundled):
    model = bundled.model
    scs = model.schemes["scs"].requirements
    star3 = scope_items(model, ["scs3"])
    star4 = scope_items(model, ["scs4"])
    assert star3 < star4 < set(model.items)
    assert all(any(scs[c].get("star") == 3 for c in model.items[i].refs("scs")) for i in star3)
    sa1 = scope_items(model, ["sa1"])
    assert sa1 and all(model.items[i].refs("5kajo") or model.items[i].refs("security-action") for i in sa1)
    assert scope_items(model, ["sa1", "scs3"]) == sa1 | star3
    assert scope_items(model, []) == set()
    jc = scope_items(model, ["jc-star"])
    assert jc == set(model.lessons["topic-jc-star"].items)
    assert scope_items(model, ["privacy"]) <= set(model.items)  # its lesson may not exist yet


def test_progress_towards_each_target_counts_what_it_says(bundled):
    from desktop.core.targets import TARGET_KEYS, target_progress

    model = bundled.model
    empty = {key: target_progress(model, {}, {}, key) for key in TARGET_KEYS}
    assert empty["scs3"].total == 81 and empty["scs4"].total == 153
    assert empty["sa1"].total == 5 and empty["sa2"].total == 3
    assert all(p.met == 0 for p in empty.values())
    assert empty["jc-star"].total == len(model.lessons["topic-jc-star"].items)
    every_done = dict.fromkeys(model.items, "done")
    all_yes = dict.fromkeys(range(1, 26), "yes")
    done = {key: target_progress(model, every_done, all_yes, key) for key in TARGET_KEYS}
    assert all(p.met == p.total for p in done.values())
    assert done["jama"].total > 0
