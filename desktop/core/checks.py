"""Whole-content checks beyond loading: rendering problems and scheme coverage."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.content import ContentModel, Problem
from desktop.core.loader import LoadResult
from desktop.core.render import render_markdown

_QUOTED = re.compile(r"'([^']+)'")


@dataclass(frozen=True)
class Coverage:
    scheme: str
    total: int
    covered: int
    uncovered: tuple[str, ...]


def render_problems(model: ContentModel, rel) -> list[Problem]:
    """Render every lesson and item once; report links and images that were removed."""
    problems: list[Problem] = []
    for lesson in model.lessons.values():
        for text in lesson.texts.values():
            rendered = render_markdown(text.body, base_dir=text.path.parent, pack_root=lesson.pack_root)
            for _, message in rendered.problems:
                line = _line_of(text.path.read_text(encoding="utf-8"), message)
                problems.append(Problem(rel(text.path), line, message))
    for item in model.items.values():
        for text in item.texts.values():
            rendered = render_markdown(text.explanation, base_dir=item.path.parent, pack_root=item.pack_root)
            for _, message in rendered.problems:
                problems.append(Problem(rel(item.path), item.line, f"item '{item.id}': {message}"))
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


def full_check(result: LoadResult, rel) -> list[Problem]:
    """Problems from loading plus problems found by rendering, in file order."""
    problems = list(result.problems) + render_problems(result.model, rel)
    return sorted(problems, key=lambda p: (p.path, p.line))
