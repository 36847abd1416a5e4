"""Loading checklists: their items (one `##` heading each), translations and scheme maps."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.content import Checklist, Item, ItemText
from desktop.core.frontmatter import SourceFile
from desktop.core.loader_base import LoaderBase, did_you_mean
from desktop.core.localized import Localized, Text
from desktop.core.markdown_limits import markdown_limits

REF_PATTERN = re.compile(r"^([a-z0-9-]+):([A-Za-z0-9-]+)$")
ITEM_HEADING = re.compile(r"^##\s+(?P<title>.*?)\s*(?:\{#(?P<id>[^}\s]*)\})?\s*$")
ITEM_KEY = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*)$")

CHECKLIST_KEYS = {"id": True, "title": True, "order": True, "summary": False}
ITEM_KEYS = {"evidence", "maps"}


class ChecklistLoading(LoaderBase):
    def load_checklists(self, folder: Path) -> None:
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.ja.md")):
            self.load_checklist(path)
        for path in sorted(folder.glob("*.en.md")):
            self.report_orphan(path)

    def load_checklist(self, path: Path) -> None:
        source = self.read_markdown(path)
        if source is None:
            return
        if not self.check_keys(path, source.meta, CHECKLIST_KEYS, source.line_of):
            return
        checklist_id = source.meta["id"]
        if not self.check_id(path, source.line_of("id"), checklist_id, "checklist"):
            return
        if checklist_id in self.model.checklists:
            other = self.rel(self.model.checklists[checklist_id].path)
            self.report(path, source.line_of("id"), f"duplicate checklist id '{checklist_id}' (also in {other})")
            return
        if not isinstance(source.meta["order"], int):
            self.report(path, source.line_of("order"), "'order' must be a whole number")
            return
        items = self.parse_items(source, checklist_id, with_maps=True)
        if items is None:
            return
        seen: set[str] = set()
        for item in items:
            if item.id in self.model.items or item.id in seen:
                where = self.model.items[item.id].path if item.id in self.model.items else path
                self.report(path, item.line, f"duplicate item id '{item.id}' (also in {self.rel(where)})")
                return
            seen.add(item.id)
        checklist = Checklist(
            id=checklist_id, order=source.meta["order"],
            title=Text(str(source.meta["title"])),
            summary=Text(str(source.meta.get("summary") or "")),
            item_ids=tuple(item.id for item in items), path=path,
        )
        english = path.with_name(path.name[: -len(".ja.md")] + ".en.md")
        if english.is_file():
            self.add_checklist_translation(english, checklist, {item.id: item for item in items})
        self.model.checklists[checklist_id] = checklist
        for item in items:
            self.model.items[item.id] = item

    def add_checklist_translation(self, path: Path, checklist: Checklist, items: dict[str, Item]) -> None:
        source = self.read_markdown(path)
        if source is None:
            return
        if not self.check_keys(path, source.meta, {"id": True, "title": True, "summary": False, "order": False}, source.line_of):
            return
        if source.meta["id"] != checklist.id:
            self.report(path, source.line_of("id"), f"id '{source.meta['id']}' differs from the Japanese file's '{checklist.id}'")
            return
        translated = self.parse_items(source, checklist.id, with_maps=False)
        if translated is None:
            return
        seen: set[str] = set()
        for item in translated:
            if item.id not in items:
                self.report(path, item.line, f"item '{item.id}' is not in the Japanese checklist")
                return
            if item.id in seen:
                self.report(path, item.line, f"duplicate item id '{item.id}' (also earlier in this file)")
                return
            seen.add(item.id)
        checklist.title = checklist.title.with_translation(str(source.meta["title"]))
        checklist.summary = checklist.summary.with_translation(str(source.meta.get("summary") or ""))
        for item in translated:
            items[item.id].texts = items[item.id].texts.with_translation(item.texts.ja)

    def parse_items(self, source: SourceFile, checklist_id: str, *, with_maps: bool) -> list[Item] | None:
        """Split a checklist body into items; None (with problems reported) when malformed."""
        path = source.path
        lines = source.body.split("\n")
        blocks: list[tuple[int, str, str | None, list[str]]] = []
        for offset, line in enumerate(lines):
            if line.startswith("## "):
                match = ITEM_HEADING.match(line)
                assert match is not None  # the pattern takes any '## ' line
                blocks.append((source.body_line + offset, match["title"], match["id"], []))
            elif line.startswith("#") and not line.startswith("###") and line.strip("#").strip():
                self.report(path, source.body_line + offset, "use '## ' headings for items (and '### ' inside an item)")
                return None
            elif blocks:
                blocks[-1][3].append(line)
        if not blocks:
            self.report(path, source.body_line, "the checklist has no items ('## action {#item-id}')")
            return None
        items: list[Item] = []
        ok = True
        for line_no, title, item_id, body in blocks:
            if not item_id:
                self.report(path, line_no, "the item heading needs an id at its end, like {#acct-leaver}")
                ok = False
                continue
            if not self.check_id(path, line_no, item_id, "item"):
                ok = False
                continue
            if not title:
                self.report(path, line_no, f"item '{item_id}' has no title")
                ok = False
                continue
            fields: dict[str, str] = {}
            maps_line = line_no
            explanation_start = 0
            for index, text in enumerate(body):
                if not text.strip():
                    if fields or index == 0:
                        explanation_start = index + 1
                        if fields:
                            break
                        continue
                    break
                match = ITEM_KEY.match(text)
                if not match:
                    explanation_start = index
                    break
                key = match["key"]
                if key not in ITEM_KEYS:
                    self.report(path, line_no + 1 + index, f"unknown item key '{key}'{did_you_mean(key, ITEM_KEYS)}")
                    ok = False
                    break
                fields[key] = match["value"].strip()
                if key == "maps":
                    maps_line = line_no + 1 + index
                explanation_start = index + 1
            explanation = "\n".join(body[explanation_start:]).strip()
            if not fields.get("evidence"):
                self.report(path, line_no, f"item '{item_id}' needs an 'evidence:' line")
                ok = False
            if not explanation:
                self.report(path, line_no, f"item '{item_id}' needs an explanation")
                ok = False
            for offset, message in markdown_limits(explanation):
                self.report(path, line_no + explanation_start + offset, f"item '{item_id}': {message}")
                ok = False
            maps: tuple[str, ...] = ()
            if with_maps:
                checked = self.check_maps(path, maps_line, item_id, fields.get("maps", ""))
                if checked is None:
                    ok = False
                else:
                    maps = checked
            elif "maps" in fields:
                self.report(path, line_no, f"item '{item_id}': a translation has no 'maps:' line (the Japanese file sets them)")
                ok = False
            items.append(Item(
                id=item_id, checklist=checklist_id, maps=maps,
                texts=Localized(ItemText(title, fields.get("evidence", ""), explanation)),
                path=path, line=line_no, pack_root=self.root,
            ))
        return items if ok else None

    def check_maps(self, path: Path, line: int, item_id: str, value: str) -> tuple[str, ...] | None:
        refs = [part.strip() for part in value.split(",") if part.strip()]
        if not refs:
            self.report(path, line, f"item '{item_id}' needs a 'maps:' line with at least one requirement")
            return None
        ok = True
        for ref in refs:
            match = REF_PATTERN.match(ref)
            if not match:
                self.report(path, line, f"item '{item_id}': '{ref}' is not of the form scheme:requirement")
                ok = False
                continue
            scheme = self.model.schemes.get(match[1])
            if scheme is None:
                self.report(path, line, f"item '{item_id}': unknown scheme '{match[1]}'{did_you_mean(match[1], self.model.schemes)}")
                ok = False
            elif match[2] not in scheme.requirements:
                self.report(path, line, f"item '{item_id}': '{ref}' does not exist in {scheme.id} ({scheme.version.ja})")
                ok = False
        return tuple(dict.fromkeys(refs)) if ok else None

    # -- lessons -----------------------------------------------------------------------
