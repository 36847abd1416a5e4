"""Answer once, fill many: a self-check answer that a checklist item can take over (no Qt).

A checklist item says which self-check questions it answers in its `maps` line
("selfcheck:20"); the content check makes sure each of those questions exists. That
mapping, written by the content authors for the readiness summary, is the only one used
here. An item that maps to several questions is offered an answer only when all of its
answered questions agree. docs/scoping.md says why the mapping of answers to statuses
below is honest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.content import Item

# A self-check answer and the item status that says the same thing (GLOSSARY.md: the
# self-check uses the same four words as the checklist).
ANSWER_STATUS: dict[str, str] = {"yes": "done", "partial": "partial", "no": "not_done", "unknown": "unknown"}


@dataclass(frozen=True)
class EarlierAnswer:
    """What the self-check already says about an item."""

    questions: tuple[int, ...]  # the mapped questions that were answered, in order
    answer: str | None  # their common answer; None when they disagree
    status: str | None  # the item status that answer means; None when they disagree

    @property
    def source(self) -> str | None:
        """Where a taken-over status comes from, as the history records it."""
        return f"selfcheck:{self.questions[0]}" if self.status is not None else None


def mapped_questions(item: Item) -> tuple[int, ...]:
    """The self-check questions ITEM maps to, in number order."""
    return tuple(sorted({int(ref) for ref in item.refs("selfcheck") if ref.isdigit()}))


def earlier_answer(item: Item, answers: Mapping[int, str]) -> EarlierAnswer | None:
    """The self-check's answer for ITEM, or None when none of its questions was answered."""
    asked = tuple(q for q in mapped_questions(item) if answers.get(q) in ANSWER_STATUS)
    if not asked:
        return None
    given = {answers[q] for q in asked}
    if len(given) != 1:
        return EarlierAnswer(asked, None, None)
    answer = given.pop()
    return EarlierAnswer(asked, answer, ANSWER_STATUS[answer])
