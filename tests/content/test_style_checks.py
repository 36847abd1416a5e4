"""Numbered steps must not run into the block above them; Japanese sentences stay short."""

from __future__ import annotations

from desktop.core.render import render_markdown
from desktop.core.style_checks import MAX_SENTENCE_JA, sentences
from tests.support.content import content_problems, edit_content

LESSON = "lessons/topics/incident-contacts.ja.md"
CHECKLIST = "checklists/basics-update.ja.md"


def test_python_markdown_merges_a_step_written_right_under_an_indented_block():
    # The reason for the rule: without the blank line, step 2 becomes text of step 1.
    merged = render_markdown("1. A\n\n    | a |\n    |---|\n    | 1 |\n\n    after\n2. B\n").html
    apart = render_markdown("1. A\n\n    | a |\n    |---|\n    | 1 |\n\n    after\n\n2. B\n").html

    assert merged.count("<li>") == 1 and "after\n2. B" in merged
    assert apart.count("<li>") == 2


def test_a_step_right_under_an_indented_paragraph_is_reported_at_its_line(copy_of_content):
    text = edit_content(copy_of_content, LESSON, "この表の中身を知っていることです。\n\n2. ", "この表の中身を知っていることです。\n2. ")

    line = text[: text.index("\n2. **「こんなときはここ」")].count("\n") + 2
    assert content_problems(copy_of_content) == [
        f"{LESSON}:{line}: step '2.' follows an indented block without a blank line, "
        "so it would be shown as part of the step before: add an empty line above it"]


def test_a_step_after_a_blank_line_or_a_step_is_fine():
    assert render_markdown("1. A\n2. B\n").html.count("<li>") == 2


def test_a_long_japanese_sentence_in_an_item_is_reported(copy_of_content):
    long_sentence = "毎月の更新の日に、" + "パソコンとスマホとルータと、" * 8 + "確かめます。"
    assert len(long_sentence) > MAX_SENTENCE_JA
    text = edit_content(copy_of_content, CHECKLIST, "更新の多くは再起動で効くので、", long_sentence + "更新の多くは再起動で効くので、")

    problems = content_problems(copy_of_content)

    line = text[: text.index(long_sentence)].count("\n") + 1
    assert problems == [f"{CHECKLIST}:{line}: sentence of {len(long_sentence)} characters "
                        f"(more than {MAX_SENTENCE_JA}): split it into shorter ones: '{long_sentence[:24]}…'"]


def test_a_long_sentence_in_a_quiz_explanation_is_reported(copy_of_content):
    edit_content(copy_of_content, LESSON, "暗号化を解くことや、データを元に戻すことはしません。",
         "暗号化を解くことや、" + "データを元に戻すことや、" * 9 + "しません。")

    problems = content_problems(copy_of_content)

    assert len(problems) == 1 and "sentence of" in problems[0] and problems[0].startswith(LESSON)


def test_link_targets_emphasis_and_table_cells_do_not_count():
    url = "https://www.example.com/" + "a" * 120
    assert sentences(f"**太字**の[相談窓口]({url})に聞きます。次の文です。") == ["太字の相談窓口に聞きます。", "次の文です。"]
    assert sentences("| 相談先 | 頼めること |") == ["相談先", "頼めること"]
    assert sentences("1. **相談先を知る。** 主な相談先です。") == ["相談先を知る。", "主な相談先です。"]


def test_english_texts_are_not_measured(copy_of_content):
    edit_content(copy_of_content, "checklists/basics-update.en.md", "Attacks target weaknesses", "word " * 40 + "Attacks target weaknesses")

    assert content_problems(copy_of_content) == []


def test_the_bundled_content_passes_both_rules(copy_of_content):
    assert content_problems(copy_of_content) == []
