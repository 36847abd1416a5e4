"""Which checklist items the チェックリスト screen lists: by scheme, status and search words
(no Qt, no SQL)."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from desktop.core.content import ContentModel, Item

# The choices of the scheme filter, in the order the screen offers them. "targets" is the
# company's targets, "next" the next steps (listed in their own order), "all" every item;
# the others are scheme ids, with SCS split into its ★3 and ★4 criteria.
SCHEME_FILTERS: tuple[str, ...] = ("targets", "next", "all", "scs3", "scs4", "selfcheck", "5kajo",
                                   "security-action")


@dataclass(frozen=True)
class ItemFilter:
    """What the filters ask for. WORDS are lower case; TARGETS are the items of the
    company's targets, or None when it has none (then "targets" lists every item)."""

    scheme: str = "all"
    status: str | None = None  # None: any status
    words: str = ""
    targets: Set[str] | None = None

    def shows(self, item: Item, status: str, content: ContentModel, lang: str) -> bool:
        """Whether ITEM, whose status for the company is STATUS, is listed."""
        if self.status and status != self.status:
            return False
        if self.scheme == "targets":
            if self.targets is not None and item.id not in self.targets:
                return False
        elif self.scheme in ("scs3", "scs4"):
            criteria = content.schemes.get("scs")
            stars = [criteria.requirements[c].get("star") for c in item.refs("scs")
                     if criteria and c in criteria.requirements]
            if not stars or (self.scheme == "scs3" and 3 not in stars):
                return False
        elif self.scheme != "all" and not item.refs(self.scheme):
            return False
        if self.words:
            text = item.text(lang)
            haystack = f"{text.title}\n{text.explanation}\n{text.evidence}\n{item.id}".lower()
            return self.words in haystack
        return True
