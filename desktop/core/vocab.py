"""Fixed vocabularies shared by content, storage and reports (their words: docs/glossary.md)."""

from __future__ import annotations

from desktop.core.localized import Text

# Status of a checklist item for one company, in display order.
ITEM_STATUSES: tuple[str, ...] = ("unanswered", "done", "partial", "not_done", "unknown", "na")
ITEM_STATUS_LABELS: dict[str, Text] = {
    "unanswered": Text("未回答", "Not answered"),
    "done": Text("実施している", "Done"),
    "partial": Text("一部実施している", "Partly done"),
    "not_done": Text("実施していない", "Not done"),
    "unknown": Text("わからない", "Don't know"),
    "na": Text("該当しない", "Not applicable"),
}

# Answers to the 25 self-check questions and their points.
SELFCHECK_ANSWERS: tuple[str, ...] = ("yes", "partial", "no", "unknown")
SELFCHECK_POINTS: dict[str, int] = {"yes": 4, "partial": 2, "no": 0, "unknown": -1}
SELFCHECK_QUESTIONS = range(1, 26)

# What a customer asked the company for (profile field "requested").
REQUESTS: tuple[str, ...] = ("sa1", "sa2", "scs3", "scs4", "jama", "unsure")
REQUEST_LABELS: dict[str, Text] = {
    "sa1": Text("SECURITY ACTION ★一つ星", "SECURITY ACTION one star"),
    "sa2": Text("SECURITY ACTION ★★二つ星", "SECURITY ACTION two stars"),
    "scs3": Text("SCS評価制度 ★3", "SCS ★3"),
    "scs4": Text("SCS評価制度 ★4", "SCS ★4"),
    "jama": Text("自工会／部工会ガイドライン", "JAMA/JAPIA guidelines"),
    "unsure": Text("まだわからない", "Not sure yet"),
}

AUDIENCES: tuple[str, ...] = ("staff", "person-in-charge", "owner")
LANGUAGES: tuple[str, ...] = ("ja", "en")


LIST_SEPARATOR = Text("、", ", ")  # between the entries of a list written on one line


def in_brackets(text: str, lang: str) -> str:
    """TEXT in brackets after a title: ASCII brackets with a space in English, full-width
    brackets in Japanese."""
    return Text("（{0}）", " ({0})").get(lang).format(text)
