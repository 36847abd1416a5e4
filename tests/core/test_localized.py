"""Words in two languages: the one type every screen and report asks for a language."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop.core.content import LessonText
from desktop.core.localized import Localized, Text, as_text, localize_data, plain_data


def test_each_language_gives_its_own_words():
    title = Text("更新を入れる", "Install updates")

    assert title.get("ja") == "更新を入れる"
    assert title.get("en") == "Install updates"
    assert title.get() == "更新を入れる"  # Japanese unless asked otherwise
    assert title.languages == ("ja", "en")
    assert title.has("en") and title.has("ja")


@pytest.mark.parametrize("english", [None, ""])
def test_english_that_is_not_written_falls_back_to_japanese(english):
    title = Text("更新を入れる", english)

    assert title.get("en") == "更新を入れる"
    assert title.en is None
    assert title.languages == ("ja",) and not title.has("en")


def test_a_language_mamori_does_not_have_gives_japanese():
    assert Text("更新を入れる", "Install updates").get("fr") == "更新を入れる"


def test_printing_gives_the_japanese():
    assert str(Text("更新を入れる", "Install updates")) == "更新を入れる"
    assert f"{Text('更新を入れる')}" == "更新を入れる"


def test_equal_words_are_equal_and_hash_alike():
    a, b = Text("更新", "Updates"), Text("更新", "Updates")

    assert a == b and hash(a) == hash(b)
    assert len({a, b, Text("更新", ""), Text("更新")}) == 2  # an empty English is no English
    assert Text("更新", "Updates") != Text("更新", "Update")
    assert Text("更新") != Text("更新", "Updates")


def test_the_words_cannot_be_changed():
    title = Text("更新", "Updates")

    with pytest.raises(dataclasses.FrozenInstanceError):
        title.en = "Other"  # type: ignore[misc]
    assert title.with_translation("Other") == Text("更新", "Other")
    assert title == Text("更新", "Updates")


def test_a_whole_translated_record_falls_back_the_same_way():
    ja = LessonText("ja", "はじめて", "概要", "本文", (), ("IPA",), Path("a.ja.md"))
    en = dataclasses.replace(ja, lang="en", title="First", path=Path("a.en.md"))
    texts = Localized(ja)

    assert texts.get("en") is ja and texts.values() == (ja,)
    translated = texts.with_translation(en)
    assert translated.get("en") is en and translated.get("ja") is ja
    assert translated.values() == (ja, en) and hash(translated) == hash(Localized(ja, en))


def test_as_text_takes_words_or_anything_else():
    assert as_text(Text("a", "b")) == Text("a", "b")
    assert as_text("a") == Text("a")
    assert as_text(3) == Text("3")


def test_scheme_data_pairs_become_text_and_back_in_place():
    data = {
        "answers": [{"id": "yes", "label": "実施している", "label_en": "Done", "points": 4}],
        "parts": [{"id": 1, "title": "基本的対策"}],
        "note": "注", "note_en": "Note", "max_score": 100,
        "odd": {"title": 7, "title_en": "Seven"},  # not text: kept as it was
    }

    words = localize_data(data)

    assert words["answers"][0] == {"id": "yes", "label": Text("実施している", "Done"), "points": 4}
    assert words["parts"][0]["title"] == Text("基本的対策")
    assert words["note"] == Text("注", "Note") and "note_en" not in words
    assert words["odd"] == {"title": 7, "title_en": "Seven"}
    assert plain_data(words) == data
    assert list(plain_data(words)) == list(data)  # every key in its place
