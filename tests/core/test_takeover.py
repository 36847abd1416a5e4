"""Answer once, fill many: which self-check answer an item is offered, and as which status."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.content import Item, ItemText
from desktop.core.localized import Localized
from desktop.core.takeover import ANSWER_STATUS, earlier_answer, mapped_questions
from desktop.core.vocab import ITEM_STATUSES, SELFCHECK_ANSWERS


def item(*maps: str) -> Item:
    return Item("x", "list", maps, Localized(ItemText("x", "", "")), Path("."), 1, Path("."))


def test_each_answer_means_the_status_with_the_same_words():
    assert ANSWER_STATUS == {"yes": "done", "partial": "partial", "no": "not_done", "unknown": "unknown"}
    assert set(ANSWER_STATUS) == set(SELFCHECK_ANSWERS) and set(ANSWER_STATUS.values()) < set(ITEM_STATUSES)


# (the item's maps, the self-check answers, expected (questions, answer, status, source) or None)
ROWS = [
    (("scs:4-1-1-1",), {1: "yes"}, None),  # no self-check question: nothing to offer
    (("selfcheck:2",), {}, None),  # not answered yet
    (("selfcheck:2",), {1: "yes"}, None),  # another question answered
    (("selfcheck:2", "scs:4-1-1-1"), {2: "yes"}, ((2,), "yes", "done", "selfcheck:2")),
    (("selfcheck:2",), {2: "partial"}, ((2,), "partial", "partial", "selfcheck:2")),
    (("selfcheck:2",), {2: "no"}, ((2,), "no", "not_done", "selfcheck:2")),
    (("selfcheck:2",), {2: "unknown"}, ((2,), "unknown", "unknown", "selfcheck:2")),
    # Several questions: offered only when the answered ones agree; the first is the source.
    (("selfcheck:25", "selfcheck:23"), {23: "yes", 25: "yes"}, ((23, 25), "yes", "done", "selfcheck:23")),
    (("selfcheck:25", "selfcheck:23"), {25: "no"}, ((25,), "no", "not_done", "selfcheck:25")),
    (("selfcheck:25", "selfcheck:23"), {23: "yes", 25: "no"}, ((23, 25), None, None, None)),
]


@pytest.mark.parametrize(("maps", "answers", "expected"), ROWS)
def test_an_item_is_offered_the_answer_of_the_questions_it_maps_to(maps, answers, expected):
    found = earlier_answer(item(*maps), answers)
    assert (None if found is None else (found.questions, found.answer, found.status, found.source)) == expected


def test_every_bundled_mapping_names_a_real_question(bundled):
    questions = {int(q) for q in bundled.model.schemes["selfcheck"].requirements}
    mapped = [q for i in bundled.model.items.values() for q in mapped_questions(i)]
    assert mapped and set(mapped) <= questions
