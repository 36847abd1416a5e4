"""Criterion ids cited in prose must exist, and the 14-day rule must not carry the draft's CVSS version."""

from __future__ import annotations

from tests.support.content import content_problems, edit_content

LESSON = "lessons/hajime/update.ja.md"
CHECKLIST = "checklists/basics-update.en.md"


def test_a_lesson_citing_a_criterion_the_table_lacks_is_reported_at_its_line(copy_of_content):
    text = edit_content(copy_of_content, LESSON, "4-4-4-1：サポートのある", "4-4-4-9：サポートのある")

    line = text[: text.index("4-4-4-9")].count("\n") + 1
    assert content_problems(copy_of_content) == [
        f"{LESSON}:{line}: cites SCS criterion '4-4-4-9', which the SCS table does not have"]


def test_the_draft_cvss_version_in_an_item_is_reported(copy_of_content):
    edit_content(copy_of_content, CHECKLIST, "a CVSS base score of 7.0", "a CVSS v3 base score of 7.0")

    problems = content_problems(copy_of_content)

    assert len(problems) == 1
    assert "'CVSS v3' is the draft's wording" in problems[0]
    assert problems[0].startswith("checklists/basics-update.")


def test_the_draft_cvss_version_in_a_quiz_explanation_is_reported(copy_of_content):
    edit_content(copy_of_content, LESSON, "CVSSの基本値が7.0以上のもの、評価の付いていないもの", "CVSSの第3版で7.0以上のもの、評価の付いていないもの")

    problems = content_problems(copy_of_content)

    assert len(problems) == 1 and "'CVSSの第3版で' is the draft's wording" in problems[0]


def test_dates_and_the_bundled_content_raise_nothing(copy_of_content):
    assert content_problems(copy_of_content) == []
