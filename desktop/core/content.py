"""The content model: tracks, lessons, checklists, items and schemes (plain dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.localized import SOURCE_LANG, Localized, Text

DEFAULT_LANG = SOURCE_LANG


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a content file, reported as `path:line: message`."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class QuizQuestion:
    question: str
    choices: tuple[str, ...]
    answer: int  # 1-based number of the correct choice
    explanation: str

    def is_correct(self, choice: int) -> bool:
        """True when the 1-based `choice` is the right answer."""
        return choice == self.answer


@dataclass(frozen=True)
class LessonText:
    """The words of one lesson in one language."""

    lang: str
    title: str
    summary: str
    body: str
    quiz: tuple[QuizQuestion, ...]
    sources: tuple[str, ...]
    path: Path


@dataclass
class Lesson:
    id: str
    track: str
    order: int
    minutes: int
    audience: tuple[str, ...]
    prerequisites: tuple[str, ...]
    items: tuple[str, ...]
    texts: Localized[LessonText]
    pack_root: Path

    def text(self, lang: str = DEFAULT_LANG) -> LessonText:
        """The lesson in `lang`, falling back to Japanese."""
        return self.texts.get(lang)

    @property
    def folder(self) -> Path:
        return self.texts.ja.path.parent


@dataclass(frozen=True)
class ItemText:
    title: str
    evidence: str
    explanation: str


@dataclass
class Item:
    """One checklist item: an action a company can finish and show."""

    id: str
    checklist: str
    maps: tuple[str, ...]
    texts: Localized[ItemText]
    path: Path
    line: int
    pack_root: Path

    def text(self, lang: str = DEFAULT_LANG) -> ItemText:
        """The item's words in `lang`, falling back to Japanese."""
        return self.texts.get(lang)

    def refs(self, scheme: str) -> tuple[str, ...]:
        """Requirement ids this item maps to in one scheme (`scs` → ('4-1-3-2', ...))."""
        prefix = scheme + ":"
        return tuple(ref[len(prefix):] for ref in self.maps if ref.startswith(prefix))


@dataclass
class Checklist:
    id: str
    order: int
    title: Text
    summary: Text
    item_ids: tuple[str, ...]
    path: Path


@dataclass(frozen=True)
class Track:
    id: str
    order: int
    title: Text
    summary: Text


@dataclass(frozen=True)
class Requirement:
    """One thing a scheme asks: a 5か条 point, a self-check question, an SCS criterion."""

    id: str
    title: Text
    attrs: dict[str, Any] = field(default_factory=dict)  # words in it are Text (`text` ...)

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)


@dataclass
class Scheme:
    id: str
    title: Text
    # The official document's version; its English quotes a Japanese-only title.
    version: Text
    source: str
    requirements: dict[str, Requirement]
    # Everything else in the scheme file (levels, answers, bands, groups ...); the words of
    # its entries are Text (`title`, `label`, `meaning`, `text`, `note`).
    data: dict[str, Any]
    path: Path


@dataclass
class ContentModel:
    """Everything that loaded without problems, plus indexes used by the app."""

    root: Path
    tracks: dict[str, Track] = field(default_factory=dict)
    lessons: dict[str, Lesson] = field(default_factory=dict)
    checklists: dict[str, Checklist] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    schemes: dict[str, Scheme] = field(default_factory=dict)

    def lessons_in_track(self, track_id: str) -> list[Lesson]:
        """Lessons of one track in reading order."""
        return sorted(
            (lesson for lesson in self.lessons.values() if lesson.track == track_id),
            key=lambda lesson: (lesson.order, lesson.id),
        )

    def ordered_tracks(self) -> list[Track]:
        return sorted(self.tracks.values(), key=lambda t: (t.order, t.id))

    def ordered_checklists(self) -> list[Checklist]:
        return sorted(self.checklists.values(), key=lambda c: (c.order, c.id))

    def lessons_for_item(self, item_id: str) -> list[Lesson]:
        """Lessons that prepare for an item (the item's 'learn more' links)."""
        return [lesson for lesson in self.lessons.values() if item_id in lesson.items]

    def items_for(self, scheme: str, requirement: str) -> list[Item]:
        """Items that map to `scheme:requirement`."""
        ref = f"{scheme}:{requirement}"
        return [item for item in self.items.values() if ref in item.maps]

    def uncovered(self, scheme: str) -> list[str]:
        """Requirement ids of a scheme that no item maps to."""
        found = self.schemes.get(scheme)
        if found is None:
            return []
        covered = {ref for item in self.items.values() for ref in item.refs(scheme)}
        return [rid for rid in found.requirements if rid not in covered]


@dataclass
class LoadResult:
    """The content that loaded, and every problem found on the way."""

    model: ContentModel
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems
