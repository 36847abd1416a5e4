"""Words in Japanese and, when translated, English: one value that answers for a language.

Japanese is the source language and always present; English is optional. Asking for a
language that has no words (English not written yet, or any other language) gives the
Japanese. `Text` is the common case, a string; `Localized` also holds a whole translated
record such as a lesson's text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

SOURCE_LANG = "ja"
TRANSLATED_LANG = "en"

T = TypeVar("T")

# Keys of a scheme's free-form entries that hold words, each with an optional `<key>_en`.
TEXT_KEYS: tuple[str, ...] = ("title", "label", "meaning", "text", "note")


@dataclass(frozen=True)
class Localized(Generic[T]):
    """A value in Japanese and optionally in English; immutable and hashable."""

    ja: T
    en: T | None = None

    def __post_init__(self) -> None:
        if self.en == "":  # an empty translation is no translation
            object.__setattr__(self, "en", None)

    def get(self, lang: str = SOURCE_LANG) -> T:
        """The value in LANG, or the Japanese one when there is none in LANG."""
        if lang == TRANSLATED_LANG and self.en is not None:
            return self.en
        return self.ja

    def has(self, lang: str) -> bool:
        """True when the value is written in LANG itself (not only by falling back)."""
        return lang == SOURCE_LANG or (lang == TRANSLATED_LANG and self.en is not None)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the value is written in, Japanese first."""
        return (SOURCE_LANG, TRANSLATED_LANG) if self.en is not None else (SOURCE_LANG,)

    def values(self) -> tuple[T, ...]:
        """The value in each language it is written in, Japanese first."""
        return (self.ja,) if self.en is None else (self.ja, self.en)

    def with_translation(self, en: T | None) -> Localized[T]:
        """The same Japanese with EN as its English."""
        return Localized(self.ja, en)

    def __str__(self) -> str:
        return str(self.ja)


Text = Localized[str]


def as_text(value: object) -> Text:
    """VALUE as words: a Text as it is, anything else as Japanese-only text."""
    if isinstance(value, Localized) and isinstance(value.ja, str):
        return Text(value.ja, value.en if isinstance(value.en, str) else None)
    return Text(str(value))


def entry_text(entry: Mapping[str, Any], key: str) -> Text:
    """ENTRY[KEY] as words, with ENTRY's `<KEY>_en` (when there is one) as the English."""
    return Text(str(entry[key]), str(entry.get(f"{key}_en") or ""))


def text_pairs(entry: Mapping[str, Any]) -> dict[str, Any]:
    """ENTRY with each word key of TEXT_KEYS that holds text turned into one Text, its
    `<key>_en` (when it is text) becoming the English; other keys are kept as they are."""
    used = {f"{key}_en" for key in TEXT_KEYS
            if isinstance(entry.get(key), str) and isinstance(entry.get(f"{key}_en"), str)}
    result: dict[str, Any] = {}
    for key, value in entry.items():
        if key in used:
            continue
        if key in TEXT_KEYS and isinstance(value, str):
            english = entry.get(f"{key}_en")
            result[key] = Text(value, english if isinstance(english, str) else None)
        else:
            result[key] = value
    return result


def localize_data(value: Any) -> Any:
    """A scheme's free-form data with the words of every entry, at any depth, as Text."""
    if isinstance(value, list):
        return [localize_data(v) for v in value]
    if isinstance(value, tuple):
        return tuple(localize_data(v) for v in value)
    if isinstance(value, dict):
        return {k: localize_data(v) for k, v in text_pairs(value).items()}
    return value


def plain_data(value: Any) -> Any:
    """The inverse of `localize_data`: every Text back as `<key>` and, when translated,
    `<key>_en`, in the place the key had."""
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    if isinstance(value, tuple):
        return tuple(plain_data(v) for v in value)
    if isinstance(value, dict):
        result: dict[str, Any] = {}
        for key, item in value.items():
            if isinstance(item, Localized):
                result[key] = item.ja
                if item.en is not None:
                    result[f"{key}_en"] = item.en
            else:
                result[key] = plain_data(item)
        return result
    return value
