"""Pathological Markdown: rendering time stays linear, the loader enforces the documented
limits, and the sanitiser keeps every word it does not show as markup."""

from __future__ import annotations

import time

import pytest

from desktop.core.markdown_limits import (
    MAX_BLOCK_LINES,
    MAX_BRACKETS_PER_BLOCK,
    MAX_HEADINGS,
    MAX_MARKDOWN_CHARS,
    MAX_MARKER_RUN,
    MAX_NESTING,
    markdown_limits,
)
from desktop.core.render import render_markdown
from tests.support.content_packs import CHECKLIST, LESSON, messages

LESSON_PATH = "lessons/basics/first.ja.md"

# Each shape made Python-Markdown's work grow faster than the text (measured: tripling
# the text multiplied the time by 9 to 30, or ended in a RecursionError).
SHAPES = {
    "nested lists": lambda n: "".join("  " * i + "- x\n" for i in range(n // 8)),
    "nested quotes": lambda n: "".join(">" * i + " x\n" for i in range(n // 12)),
    "open brackets": lambda n: "[" * n + "\n",
    "link openers": lambda n: "[a](" * (n // 4) + "\n",
    "image openers": lambda n: "![" * (n // 2) + "\n",
    "nested brackets": lambda n: "[" * (n // 2) + "x" + "]" * (n // 2) + "\n",
    "nested emphasis": lambda n: "**" * (n // 4) + "x" + "**" * (n // 4) + "\n",
    "same heading": lambda n: "# x\n" * (n // 4),
    "one long block": lambda n: "!!! note\n" * (n // 9),
}


def _seconds(text: str) -> float:
    from desktop.core.render import _render_cached

    _render_cached.cache_clear()
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        render_markdown(text)
        best = min(best, time.perf_counter() - started)
        _render_cached.cache_clear()
    return best


@pytest.mark.parametrize("shape", SHAPES)
def test_rendering_time_grows_no_faster_than_the_text(shape):
    small, large = SHAPES[shape](800), SHAPES[shape](2400)
    growth = len(large) / len(small)  # 3, or 9 where the nesting itself makes the text longer
    # Linear work takes about `growth` times as long; quadratic work growth² times. The
    # floor keeps timer noise on tiny times out of it.
    assert _seconds(large) < max(1.7 * growth * _seconds(small), 0.25)


def test_text_beyond_the_limits_is_shown_as_plain_text_with_every_character():
    text = "[" * (MAX_BRACKETS_PER_BLOCK + 1) + " <b>本文</b>"
    rendered = render_markdown(text)
    assert rendered.html.startswith("<pre>")
    assert "&lt;b&gt;本文&lt;/b&gt;" in rendered.html and "[" * (MAX_BRACKETS_PER_BLOCK + 1) in rendered.html
    assert any("shown as plain text" in message for _, message in rendered.problems)


@pytest.mark.parametrize(("body", "needle", "line"), [
    ("".join("    " * i + "- x\n" for i in range(MAX_NESTING + 1)), "nested more than", MAX_NESTING + 1),
    ("本文\n\n" + ">" * (MAX_NESTING + 1) + " 引用\n", "nested more than", 3),
    ("[" * (MAX_BRACKETS_PER_BLOCK + 1) + "\n", "'[' in one paragraph", 1),
    ("x\n" * (MAX_BLOCK_LINES + 1), f"more than {MAX_BLOCK_LINES} lines", MAX_BLOCK_LINES + 1),
    ("# h\n\n" * (MAX_HEADINGS + 1), f"more than {MAX_HEADINGS} headings", 2 * MAX_HEADINGS + 1),
    ("*" * (MAX_MARKER_RUN + 1) + "x\n", "in a row", 1),
    ("a" * (MAX_MARKDOWN_CHARS + 1), "the limit is", 1),
])
def test_the_loader_refuses_a_lesson_beyond_a_limit_naming_the_line(load_pack, body, needle, line):
    head, _ = LESSON.split("\n---\n", 1)
    result = load_pack({LESSON_PATH: f"{head}\n---\n{body}"})
    assert result.model.lessons == {}
    [problem] = [p for p in result.problems if p.path == f"pack/{LESSON_PATH}"]
    assert needle in problem.message
    body_line = LESSON.split("\n").index("---", 1) + 2
    assert problem.line == body_line + line - 1, messages(result)


def test_the_loader_refuses_an_item_explanation_beyond_a_limit(load_pack):
    checklist = CHECKLIST.replace("更新は弱点をふさぎます。", "[" * (MAX_BRACKETS_PER_BLOCK + 1))
    result = load_pack({"checklists/basics.ja.md": checklist})
    assert any("item 'demo-a'" in p.message and "'['" in p.message for p in result.problems), messages(result)
    assert "demo-a" not in result.model.items


def test_text_at_the_limits_loads(load_pack):
    within = ("".join("    " * i + "- x\n" for i in range(MAX_NESTING)) + "\n"
              + "[" * MAX_BRACKETS_PER_BLOCK + "\n\n" + "*" * MAX_MARKER_RUN + "\n")
    assert markdown_limits(within) == []
    head, _ = LESSON.split("\n---\n", 1)
    result = load_pack({LESSON_PATH: f"{head}\n---\n{within}"})
    assert result.ok, messages(result)


def test_a_removed_image_leaves_its_alt_text_and_the_words_after_it():
    rendered = render_markdown("前の文 ![図の説明](https://example.com/x.png) 後ろの文 **太字** 最後")
    assert "後ろの文" in rendered.html and "最後" in rendered.html and "図の説明" in rendered.html
    assert "<img" not in rendered.html
    assert rendered.problems  # and the removal is reported


def test_an_image_first_in_its_paragraph_keeps_the_words_after_it():
    rendered = render_markdown("![](https://example.com/x.png) あとの言葉")
    assert "あとの言葉" in rendered.html


def test_a_nul_character_is_kept_visible_and_reported():
    rendered = render_markdown("前\x00後")
    assert "前\ufffd後" in rendered.html
    assert any("NUL" in message for _, message in rendered.problems)
