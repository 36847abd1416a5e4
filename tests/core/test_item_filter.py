"""Which items the checklist lists for its scheme, status and search filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.content import ContentModel, Item, ItemText, Requirement, Scheme
from desktop.core.item_filter import SCHEME_FILTERS, ItemFilter
from desktop.core.localized import Localized, Text


def item(item_id: str, *maps: str, title: str = "項目", explanation: str = "", evidence: str = "",
         title_en: str = "Item") -> Item:
    texts = Localized(ItemText(title, evidence, explanation), ItemText(title_en, "", ""))
    return Item(item_id, "list", maps, texts, Path("."), 1, Path("."))


def scs(**stars: int) -> Scheme:
    requirements = {cid.replace("_", "-"): Requirement(cid.replace("_", "-"), Text("基準"), attrs={"star": star})
                    for cid, star in stars.items()}
    return Scheme("scs", Text("SCS"), Text("v1"), "", requirements, {}, Path("."))


ITEMS = [
    item("star3", "scs:1-1", "5kajo:1"),
    item("star4", "scs:4-4"),
    item("both", "scs:4-4", "scs:1-1"),
    item("unknown-criterion", "scs:9-9"),
    item("selfcheck-only", "selfcheck:2"),
    item("no-refs"),
]
CONTENT = ContentModel(root=Path("."), items={i.id: i for i in ITEMS}, schemes={"scs": scs(**{"1_1": 3, "4_4": 4})})


def shown(item_filter: ItemFilter, statuses: dict[str, str] | None = None, lang: str = "ja") -> list[str]:
    statuses = statuses or {}
    return [i.id for i in ITEMS if item_filter.shows(i, statuses.get(i.id, "unanswered"), CONTENT, lang)]


def test_without_a_filter_every_item_is_listed():
    assert shown(ItemFilter()) == [i.id for i in ITEMS]


def test_a_status_lists_only_the_items_with_that_status():
    statuses = {"star3": "done", "both": "na"}
    assert shown(ItemFilter(status="done"), statuses) == ["star3"]
    assert shown(ItemFilter(status="unanswered"), statuses) == ["star4", "unknown-criterion", "selfcheck-only", "no-refs"]


@pytest.mark.parametrize(("scheme", "expected"), [
    ("scs3", ["star3", "both"]),  # an item meeting a ★3 criterion, also with ★4 ones
    ("scs4", ["star3", "star4", "both"]),  # ★4 asks for every criterion, ★3 ones included
    ("5kajo", ["star3"]),
    ("selfcheck", ["selfcheck-only"]),
    ("security-action", []),
])
def test_a_scheme_lists_the_items_that_map_to_it(scheme, expected):
    assert scheme in SCHEME_FILTERS
    assert shown(ItemFilter(scheme=scheme)) == expected


def test_scs_without_its_scheme_lists_nothing():
    bare = ContentModel(root=Path("."), items=CONTENT.items)
    assert [i.id for i in ITEMS if ItemFilter(scheme="scs4").shows(i, "unanswered", bare, "ja")] == []


def test_targets_list_their_items_and_every_item_while_the_company_has_none():
    assert shown(ItemFilter(scheme="targets", targets={"star4", "no-refs"})) == ["star4", "no-refs"]
    assert shown(ItemFilter(scheme="targets", targets=None)) == [i.id for i in ITEMS]
    assert shown(ItemFilter(scheme="targets", targets=set())) == []


def test_words_are_found_in_the_title_explanation_evidence_and_id_of_the_language_shown():
    found = [item("a", title="パスワードを決める"), item("b", explanation="USBメモリを使わない"),
             item("c", evidence="Backup の記録"), item("backup-d"), item("e", title_en="Backup the server")]
    content = ContentModel(root=Path("."), items={i.id: i for i in found})

    def matches(words: str, lang: str = "ja") -> list[str]:
        return [i.id for i in found if ItemFilter(words=words).shows(i, "unanswered", content, lang)]

    assert matches("パスワード") == ["a"]
    assert matches("usbメモリ") == ["b"]  # the words are lower case, the text is not
    assert matches("backup") == ["c", "backup-d"]
    assert matches("backup", "en") == ["backup-d", "e"]


def test_every_filter_applies_together():
    statuses = {"star3": "done", "star4": "done", "both": "done", "no-refs": "done"}
    assert shown(ItemFilter(scheme="scs3", status="done"), statuses) == ["star3", "both"]
    assert shown(ItemFilter(scheme="scs3", status="done", words="both"), statuses) == ["both"]
    assert shown(ItemFilter(scheme="scs3", status="partial"), statuses) == []
