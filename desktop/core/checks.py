"""Whole-content checks beyond loading: rendering problems and scheme coverage."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.content import ContentModel, LoadResult, Problem
from desktop.core.render import render_markdown
from desktop.core.style_checks import list_problems, long_sentence_problems

_QUOTED = re.compile(r"'([^']+)'")

# An SCS criterion id written in prose, e.g. 「評価基準4-4-4-2」 or "(4-1-3-2)". Dates such as
# 2026-03-27 do not match (their first part has four digits).
_CRITERION = re.compile(r"(?<![\d-])(\d-\d-\d-\d)(?![\d-])")

# The December 2025 draft tied the 14-day rule to "CVSS v3"; the final 4-4-4-2 names no version.
_DRAFT_CVSS = re.compile(
    r"CVSS(?:（[^）]*）)?の?第3版で|CVSS ?v3|version 3 of CVSS|CVSS version 3 score", re.IGNORECASE)


@dataclass(frozen=True)
class Coverage:
    scheme: str
    total: int
    covered: int
    uncovered: tuple[str, ...]


def render_problems(model: ContentModel, rel: Callable[[Path], str]) -> list[Problem]:
    """Render every lesson and item once; report links and images that were removed."""
    problems: list[Problem] = []
    for lesson in model.lessons.values():
        for text in lesson.texts.values():
            rendered = render_markdown(text.body, base_dir=text.path.parent, pack_root=lesson.pack_root)
            for _, message in rendered.problems:
                line = _line_of(text.path.read_text(encoding="utf-8"), message)
                problems.append(Problem(rel(text.path), line, message))
    for item in model.items.values():
        for item_text in item.texts.values():
            rendered = render_markdown(item_text.explanation, base_dir=item.path.parent, pack_root=item.pack_root)
            for _, message in rendered.problems:
                problems.append(Problem(rel(item.path), item.line, f"item '{item.id}': {message}"))
    return problems


def citation_problems(model: ContentModel, rel: Callable[[Path], str]) -> list[Problem]:
    """Criterion ids cited in lessons and items that the SCS table lacks, and the draft CVSS wording.

    Runs only when the content has the SCS scheme: a third-party pack without it may number
    things its own way.
    """
    scs = model.schemes.get("scs")
    if scs is None:
        return []
    known = set(scs.requirements)
    problems: list[Problem] = []

    def scan(path: Path, line_for: Callable[..., int], texts: Iterable[str]) -> None:
        for text in texts:
            for match in _CRITERION.finditer(text):
                if match.group(1) not in known:
                    problems.append(Problem(rel(path), line_for(match.group(1)),
                                            f"cites SCS criterion '{match.group(1)}', which the SCS table does not have"))
            for match in _DRAFT_CVSS.finditer(text):
                problems.append(Problem(rel(path), line_for(match.group(0)),
                                        f"'{match.group(0)}' is the draft's wording: the final 4-4-4-2 names no CVSS version"))

    for lesson in model.lessons.values():
        for lesson_text in lesson.texts.values():
            source = lesson_text.path.read_text(encoding="utf-8")
            parts = [lesson_text.body]
            for question in lesson_text.quiz:
                parts += [question.question, question.explanation, *question.choices]
            scan(lesson_text.path, lambda found, s=source: _line_of(s, f"'{found}'"), parts)
    for item in model.items.values():
        for item_text in item.texts.values():
            scan(item.path, lambda found, line=item.line: line,
                 [item_text.title, item_text.evidence, item_text.explanation])
    return problems


def _line_of(text: str, message: str) -> int:
    match = _QUOTED.search(message)
    if match:
        position = text.find(match.group(1))
        if position >= 0:
            return text.count("\n", 0, position) + 1
    return 1


def coverage(model: ContentModel) -> list[Coverage]:
    """For each scheme, how many requirements some item maps to, and which none does."""
    result = []
    for scheme in model.schemes.values():
        uncovered = tuple(model.uncovered(scheme.id))
        total = len(scheme.requirements)
        result.append(Coverage(scheme.id, total, total - len(uncovered), uncovered))
    return result


def full_check(result: LoadResult, rel: Callable[[Path], str]) -> list[Problem]:
    """Problems from loading plus problems found by rendering, in file order."""
    model = result.model
    problems = (list(result.problems) + render_problems(model, rel) + citation_problems(model, rel)
                + list_problems(model, rel) + long_sentence_problems(model, rel))
    return sorted(problems, key=lambda p: (p.path, p.line))
