"""Criterion ids cited in prose must exist, and the 14-day rule must not carry the draft's CVSS version."""

from __future__ import annotations

import shutil

import pytest

from desktop.core.checks import full_check
from desktop.core.loader import load_content
from desktop.paths import content_dir

LESSON = "lessons/hajime/update.ja.md"
CHECKLIST = "checklists/basics-update.en.md"


@pytest.fixture()
def copy_of_content(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    return root


def check(root):
    result = load_content(root)
    return [str(p) for p in full_check(result, lambda path: path.relative_to(root).as_posix())]


def edit(root, rel, old, new):
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.replace(old, new, 1)


def test_a_lesson_citing_a_criterion_the_table_lacks_is_reported_at_its_line(copy_of_content):
    text = edit(copy_of_content, LESSON, "4-4-4-1：サポートのある", "4-4-4-9：サポートのある")

    line = text[: text.index("4-4-4-9")].count("\n") + 1
    assert check(copy_of_content) == [
        f"{LESSON}:{line}: cites SCS criterion '4-4-4-9', which the SCS table does not have"]


def test_the_draft_cvss_version_in_an_item_is_reported(copy_of_content):
    edit(copy_of_content, CHECKLIST, "a CVSS base score of 7.0", "a CVSS v3 base score of 7.0")

    problems = check(copy_of_content)

    assert len(problems) == 1
    assert "'CVSS v3' is the draft's wording" in problems[0]
    assert problems[0].startswith("checklists/basics-update.")


def test_the_draft_cvss_version_in_a_quiz_explanation_is_reported(copy_of_content):
    edit(copy_of_content, LESSON, "CVSSの基本値が7.0以上のもの、評価の付いていないもの", "CVSSの第3版で7.0以上のもの、評価の付いていないもの")

    problems = check(copy_of_content)

    assert len(problems) == 1 and "'CVSSの第3版で' is the draft's wording" in problems[0]


def test_dates_and_the_bundled_content_raise_nothing(copy_of_content):
    assert check(copy_of_content) == []
