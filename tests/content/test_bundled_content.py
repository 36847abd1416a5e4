"""The bundled curriculum: loads without a problem and covers every scheme it teaches.

These are the promises the app makes to a company: every SCS criterion, every 自社診断
question and every 5か条 point has something to do, and every lesson is a real lesson.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from desktop.core.checks import coverage, full_check
from desktop.core.content import DEFAULT_LANG
from desktop.paths import content_dir

# The criterion ids and stars of the published table (SCS 要求事項 2026-03-27), copied from the
# fact sheet so that the check runs wherever the repository is cloned.
FACTS = Path(__file__).resolve().parent / "data" / "scs-criteria-published.tsv"
TRACKS = ("hajime", "selfcheck-sa", "scs3", "scs4", "topics")

# Mamori links in Markdown: inline `[text](lesson:id "title")` and `[ref]: item:id`.
INLINE_LINK = re.compile(r"\]\(\s*<?\s*(lesson|item):([^)\s>]*)")
REFERENCE_LINK = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?\s*(lesson|item):(\S*?)>?(?:\s|$)", re.MULTILINE)


def test_bundled_content_has_no_problems(bundled):
    root = content_dir()

    problems = full_check(bundled, lambda path: path.relative_to(root.parent).as_posix())

    assert [str(p) for p in problems] == []


def test_every_file_was_loaded(model):
    root = content_dir()
    lesson_files = sorted(root.glob("lessons/*/*.ja.md"))
    checklist_files = sorted(root.glob("checklists/*.ja.md"))

    assert lesson_files and checklist_files
    assert len(model.lessons) == len(lesson_files)
    assert len(model.checklists) == len(checklist_files)
    assert set(model.schemes) == {"5kajo", "selfcheck", "security-action", "scs"}


# -- SCS --------------------------------------------------------------------------------------


def test_scs_has_153_criteria_81_at_star_3_and_72_at_star_4(model):
    stars = [criterion.get("star") for criterion in model.schemes["scs"].requirements.values()]

    assert len(stars) == 153
    assert (stars.count(3), stars.count(4)) == (81, 72)


def test_scs_criteria_match_the_published_table(model):
    with FACTS.open(encoding="utf-8", newline="") as handle:
        facts = {row["criterion_id"]: int(row["star"]) for row in csv.DictReader(handle, delimiter="\t")}

    scs = model.schemes["scs"]
    ours = {cid: criterion.get("star") for cid, criterion in scs.requirements.items()}

    assert len(facts) == 153
    assert ours == facts


def test_every_scs_criterion_is_covered_by_an_item(model):
    scs = next(c for c in coverage(model) if c.scheme == "scs")

    assert scs.uncovered == ()
    assert (scs.covered, scs.total) == (153, 153)


def test_every_scs_criterion_carries_requirement_csf_and_jama(model):
    scs = model.schemes["scs"]
    groups = {str(group["id"]) for group in scs.data["groups"]}

    for cid, criterion in scs.requirements.items():
        assert criterion.get("requirement") in groups, cid
        assert cid.startswith(criterion.get("requirement") + "-"), cid
        assert criterion.get("csf") in {"GV", "ID", "PR", "DE", "RS", "RC"}, cid
        assert isinstance(criterion.get("jama"), tuple), cid
        assert criterion.title.ja and criterion.title.en, cid


# -- 自社診断, 5か条, SECURITY ACTION ----------------------------------------------------------


def test_every_selfcheck_question_is_taught_by_a_lesson(model):
    taught_items = {item_id for lesson in model.lessons.values() for item_id in lesson.items}

    for question in range(1, 26):
        mapped = [item.id for item in model.items_for("selfcheck", str(question))]
        assert mapped, f"自社診断 question {question} has no item"
        assert set(mapped) & taught_items, f"no lesson lists an item for 自社診断 question {question}"


def test_every_5kajo_point_is_covered(model):
    kajo = next(c for c in coverage(model) if c.scheme == "5kajo")

    assert (kajo.total, kajo.uncovered) == (5, ())


def test_security_action_requirements_decided_by_items_have_items(model):
    scheme = model.schemes["security-action"]
    by_items = [rid for rid, r in scheme.requirements.items() if r.get("rule", "items") == "items"]

    assert by_items
    for rid in by_items:
        assert model.items_for("security-action", rid), rid


# -- lessons -----------------------------------------------------------------------------------


@pytest.mark.parametrize("track", TRACKS)
def test_track_has_lessons(model, track):
    assert track in model.tracks
    assert model.lessons_in_track(track)


def test_every_lesson_has_a_quiz_of_3_to_5_questions_and_a_source(model):
    for lesson in model.lessons.values():
        for lang in lesson.texts.languages:
            text = lesson.texts.get(lang)
            assert 3 <= len(text.quiz) <= 5, f"{lesson.id} ({lang}): {len(text.quiz)} questions"
            assert text.sources, f"{lesson.id} ({lang}) names no source"


def test_every_lesson_body_has_1500_to_4000_characters(model):
    for lesson in model.lessons.values():
        length = len(lesson.text(DEFAULT_LANG).body.strip())
        assert 1500 <= length <= 4000, f"{lesson.id}: {length} characters"


def mamori_links(markdown: str) -> list[tuple[str, str]]:
    return INLINE_LINK.findall(markdown) + REFERENCE_LINK.findall(markdown)


def test_link_scanner_finds_both_link_styles():
    text = '[a](lesson:one) [b](<item:two> "t")\n\n[r]: lesson:three\n[x](https://e.jp/lesson:no)'

    assert sorted(mamori_links(text)) == [("item", "two"), ("lesson", "one"), ("lesson", "three")]


def test_no_lesson_or_item_link_points_to_a_missing_id(model):
    known = {"lesson": set(model.lessons), "item": set(model.items)}
    broken = []
    found = 0
    for lesson in model.lessons.values():
        for text in lesson.texts.values():
            for kind, target in mamori_links(text.body):
                found += 1
                if target not in known[kind]:
                    broken.append(f"{text.path.name}: {kind}:{target}")
    for item in model.items.values():
        for text in item.texts.values():
            for kind, target in mamori_links(text.explanation):
                found += 1
                if target not in known[kind]:
                    broken.append(f"{item.path.name} {item.id}: {kind}:{target}")

    assert found > 0  # the scanner sees the links the lessons do have
    assert broken == []


def test_english_link_texts_are_the_english_titles_of_their_targets(model):
    """A link in an English lesson reads as the title the reader finds when it opens."""
    link = re.compile(r"\[([^\]]+)\]\((item|lesson):([a-z0-9-]+)\)")
    wrong = []
    checked = 0
    for lesson in model.lessons.values():
        text = lesson.texts.en
        if text is None:
            continue
        for label, kind, target in link.findall(text.body):
            found = model.items.get(target) if kind == "item" else model.lessons.get(target)
            english = found.texts.en if found is not None else None
            if english is None:
                continue
            checked += 1
            if label != english.title:
                wrong.append(f"{text.path.name}: {kind}:{target} '{label}' is titled '{english.title}'")
    assert checked > 50
    assert wrong == []


def test_every_english_lesson_keeps_the_japanese_structure(model):
    missing = sorted(lesson.id for lesson in model.lessons.values() if not lesson.texts.has("en"))
    missing += sorted(item.id for item in model.items.values() if not item.texts.has("en"))
    assert missing == []  # the bundled content is in both languages
    english = list(model.lessons.values())
    for lesson in english:
        ja, en = lesson.texts.ja, lesson.texts.en
        assert en is not None
        assert [q.answer for q in en.quiz] == [q.answer for q in ja.quiz], lesson.id
        assert [len(q.choices) for q in en.quiz] == [len(q.choices) for q in ja.quiz], lesson.id
        assert len(en.sources) == len(ja.sources), lesson.id
