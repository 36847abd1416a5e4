"""Writing rules the content checker enforces beyond loading: list shape and sentence length.

- A numbered step written directly under an indented block (a table, a note, a paragraph
  of the step before) without a blank line is read by Python-Markdown as more text of that
  block: every later step then runs into one list item. The rule asks for the blank line.
- Japanese sentences longer than `MAX_SENTENCE_JA` characters are hard to read for the
  people the lessons are written for (CONTENT-GUIDE.md: short sentences, one idea each).
  Link targets and emphasis marks do not count; table cells and list items count apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.core.content import DEFAULT_LANG, ContentModel, Problem

MAX_SENTENCE_JA = 110

_STEP = re.compile(r"^( {0,3})\d{1,3}[.)]\s")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"\*\*|__|`")
_END = re.compile(r"(?<=[。！？])")
_LEAD = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+|!!!\s+\w+\s*)*")


def list_problems(model: ContentModel, rel: Callable[[Path], str]) -> list[Problem]:
    """Numbered steps that would merge into the block above them, one problem per step."""
    paths = {text.path for lesson in model.lessons.values() for text in lesson.texts.values()}
    paths |= {item.path for item in model.items.values()}
    problems: list[Problem] = []
    for path in sorted(paths):
        lines = path.read_text(encoding="utf-8").split("\n")
        in_fence = False
        for index, line in enumerate(lines):
            if _FENCE.match(line):
                in_fence = not in_fence
                continue
            match = _STEP.match(line)
            if in_fence or not match or index == 0:
                continue
            before = lines[index - 1]
            indent = len(before) - len(before.lstrip(" "))
            if before.strip() and indent >= len(match.group(1)) + 4:
                number = line.strip().split()[0]
                problems.append(Problem(rel(path), index + 1,
                                        f"step '{number}' follows an indented block without a blank line, "
                                        "so it would be shown as part of the step before: add an empty line above it"))
    return problems


def sentences(text: str) -> list[str]:
    """The sentences of Markdown TEXT as a reader sees them (link text kept, marks dropped)."""
    found: list[str] = []
    for line in text.split("\n"):
        plain = _MARKS.sub("", _LINK.sub(r"\1", line))
        for cell in plain.split("|"):
            for part in _END.split(cell):
                sentence = _LEAD.sub("", part).strip()
                if sentence:
                    found.append(sentence)
    return found


def long_sentence_problems(model: ContentModel, rel: Callable[[Path], str], limit: int = MAX_SENTENCE_JA) -> list[Problem]:
    """Japanese sentences over LIMIT characters in lessons (summary, body, quiz) and items."""
    problems: list[Problem] = []

    def scan(path: Path, default_line: int, texts: Iterable[str]) -> None:
        source = path.read_text(encoding="utf-8")
        for text in texts:
            for sentence in sentences(text):
                if len(sentence) > limit:
                    problems.append(Problem(rel(path), _line(source, sentence, default_line),
                                            f"sentence of {len(sentence)} characters (more than {limit}): "
                                            f"split it into shorter ones: '{sentence[:24]}…'"))

    for lesson in model.lessons.values():
        lesson_text = lesson.texts.ja
        parts = [lesson_text.summary, lesson_text.body]
        for question in lesson_text.quiz:
            parts += [question.question, question.explanation, *question.choices]
        scan(lesson_text.path, 1, parts)
    for item in model.items.values():
        item_text = item.texts.ja
        if item.path.name.endswith(f".{DEFAULT_LANG}.md"):
            scan(item.path, item.line, [item_text.title, item_text.evidence, item_text.explanation])
    return problems


def _line(source: str, sentence: str, default: int) -> int:
    """The line of SOURCE where SENTENCE starts, found by its first words."""
    for size in (48, 16, 8):
        position = source.find(sentence[:size])
        if position >= 0:
            return source.count("\n", 0, position) + 1
    return default
