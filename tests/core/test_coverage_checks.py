"""Whole-content checks: which requirements no item maps to, and problems found by rendering."""

from __future__ import annotations

from desktop.core.checks import coverage, full_check
from desktop.core.loader import load_content
from tests.support.content_packs import CHECKLIST, LESSON, line_of

LESSON_PATH = "lessons/basics/first.ja.md"
CHECKLIST_PATH = "checklists/basics.ja.md"


def rel_to(root):
    return lambda path: path.relative_to(root.parent).as_posix()


def test_coverage_lists_requirements_no_item_maps_to(load_pack):
    result = load_pack()

    (demo,) = coverage(result.model)

    assert (demo.scheme, demo.total, demo.covered, demo.uncovered) == ("demo", 3, 2, ("3",))


def test_coverage_is_complete_once_an_item_maps_the_last_requirement(load_pack):
    checklist = CHECKLIST.replace("maps: demo:2", "maps: demo:2, demo:3")

    (demo,) = coverage(load_pack({CHECKLIST_PATH: checklist}).model)

    assert (demo.covered, demo.uncovered) == (3, ())


def test_coverage_counts_each_requirement_once(load_pack):
    checklist = CHECKLIST.replace("maps: demo:2", "maps: demo:1, demo:1")

    (demo,) = coverage(load_pack({CHECKLIST_PATH: checklist}).model)

    assert (demo.total, demo.covered, demo.uncovered) == (3, 1, ("2", "3"))


def test_items_of_a_skipped_checklist_cover_nothing(load_pack):
    checklist = CHECKLIST.replace("evidence: 更新の記録\n", "")

    result = load_pack({CHECKLIST_PATH: checklist})

    (demo,) = coverage(result.model)
    assert demo.uncovered == ("1", "2", "3")
    assert any("needs an 'evidence:' line" in p.message for p in result.problems)


def test_full_check_reports_images_leaving_the_pack_at_their_line(make_pack):
    text = LESSON + "\n![外](../../../outside.png)\n"
    root = make_pack({LESSON_PATH: text})
    (root.parent / "outside.png").write_bytes(b"\x89PNG\r\n\x1a\n")

    result = load_content(root)
    assert result.ok  # the loader alone does not render

    problems = full_check(result, rel_to(root))

    assert [str(p) for p in problems] == [
        f"pack/{LESSON_PATH}:{line_of(text, '![外]')}: "
        "image '../../../outside.png' was removed: images must be files inside the pack's folder"]


def test_full_check_reports_bad_links_in_items_at_the_item(make_pack):
    checklist = CHECKLIST.replace("バックアップがあれば戻せます。", "[押す](javascript:alert(1))")
    root = make_pack({CHECKLIST_PATH: checklist})

    problems = full_check(load_content(root), rel_to(root))

    assert [(p.path, p.line) for p in problems] == [
        (f"pack/{CHECKLIST_PATH}", line_of(checklist, "{#demo-b}"))]
    assert problems[0].message.startswith("item 'demo-b': link 'javascript:alert(1)' was removed")


def test_full_check_sorts_loading_and_rendering_problems_by_file_and_line(make_pack):
    text = LESSON.replace("minutes: 5", "minutes: 5\ntittle: x")
    checklist = CHECKLIST.replace("バックアップがあれば戻せます。", "![遠く](https://evil.example/a.png)")
    root = make_pack({LESSON_PATH: text, CHECKLIST_PATH: checklist})

    problems = full_check(load_content(root), rel_to(root))

    assert [p.path for p in problems] == [f"pack/{CHECKLIST_PATH}", f"pack/{LESSON_PATH}"]
    assert problems == sorted(problems, key=lambda p: (p.path, p.line))
