"""Content files → ContentModel, with a `path:line: message` problem for every mistake.

A file with a problem is skipped and the rest loads, so one broken lesson never stops the
app. Order matters: schemes first (items map to them), then checklists (lessons list their
items), then lessons.
"""

from __future__ import annotations

import csv
import difflib
import functools
import io
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from desktop.core.content import (
    DEFAULT_LANG,
    Checklist,
    ContentModel,
    Item,
    ItemText,
    Lesson,
    LessonText,
    LoadResult,
    Problem,
    QuizQuestion,
    Requirement,
    Scheme,
    Track,
)
from desktop.core.frontmatter import (
    ContentError,
    ParseCache,
    SourceFile,
    find_key_line,
    read_source,
    read_text,
    safe_yaml,
)
from desktop.core.markdown_limits import markdown_limits
from desktop.core.vocab import AUDIENCES, LANGUAGES

Line = int | Callable[[], int]  # a line number, or how to find it when a problem is reported

ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
REF_PATTERN = re.compile(r"^([a-z0-9-]+):([A-Za-z0-9-]+)$")
ITEM_HEADING = re.compile(r"^##\s+(?P<title>.*?)\s*(?:\{#(?P<id>[^}\s]*)\})?\s*$")
ITEM_KEY = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*)$")

LESSON_KEYS = {
    "id": True, "title": True, "summary": True, "minutes": True, "audience": True,
    "track": True, "order": True, "prerequisites": False, "items": False, "sources": False,
    "quiz": False,
}
LESSON_EN_KEYS = {"id", "title", "summary", "sources", "quiz", "minutes", "audience", "track",
                  "order", "prerequisites", "items"}
QUIZ_KEYS = {"question", "choices", "answer", "explanation"}
CHECKLIST_KEYS = {"id": True, "title": True, "order": True, "summary": False}
ITEM_KEYS = {"evidence", "maps"}
TRACK_KEYS = {"id": True, "title": True, "summary": True, "order": True, "title_en": False,
              "summary_en": False}
SCHEME_KEYS = {"id", "title", "title_en", "version", "version_en", "source", "note", "note_en",
               "requirements", "levels", "answers", "bands", "parts", "max_score", "groups",
               "categories"}
CRITERIA_COLUMNS = ("id", "requirement", "star", "csf", "jama", "title", "title_en")
CSF_FUNCTIONS = {"GV", "ID", "PR", "DE", "RS", "RC"}


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def did_you_mean(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Loader:
    def __init__(self, root: Path, schemes_root: Path | None, cache: ParseCache | None = None,
                 base: ContentModel | None = None):
        self.cache = cache
        self.root = root
        self.schemes_root = schemes_root or root
        self.base = base
        if base is None:
            self.model = ContentModel(root=root)
        else:  # a pack on top of content already loaded: its ids are taken, its items usable
            self.model = ContentModel(root=base.root, tracks=dict(base.tracks), lessons=dict(base.lessons),
                                      checklists=dict(base.checklists), items=dict(base.items),
                                      schemes=dict(base.schemes))
        self.own_schemes: set[str] = set()
        self.problems: list[Problem] = []

    # -- reporting -------------------------------------------------------------------
    def rel(self, path: Path) -> str:
        for base in (self.root, self.schemes_root):
            try:
                return path.relative_to(base.parent).as_posix()
            except ValueError:
                continue
        return path.as_posix()

    def report(self, path: Path, line: Line, message: str) -> None:
        if callable(line):  # line numbers are looked up only when a problem is reported
            line = line()
        self.problems.append(Problem(self.rel(path), line, message))

    # -- entry -----------------------------------------------------------------------
    def load(self) -> LoadResult:
        if self.base is None:
            self.load_schemes(self.schemes_root / "schemes")
        else:
            self.load_schemes(self.root / "schemes")
        self.load_tracks(self.root / "tracks.yaml")
        self.load_checklists(self.root / "checklists")
        self.load_lessons(self.root / "lessons")
        return LoadResult(self.model, self.problems)

    # -- tracks ------------------------------------------------------------------------
    def load_tracks(self, path: Path) -> None:
        if not path.is_file():
            if (self.root / "lessons").is_dir() and not self.model.tracks:
                self.report(path, 1, "tracks.yaml is missing: lessons need tracks")
            return
        try:
            text = read_text(path)
            data = safe_yaml(text, cache=self.cache)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
            return
        if not isinstance(data, list):
            self.report(path, 1, "tracks.yaml must be a list of tracks ('- id: ...')")
            return
        for index, entry in enumerate(data):
            line = functools.partial(find_key_line, text, "id", index)
            if not isinstance(entry, dict):
                self.report(path, line, f"track {index + 1} must be a set of 'key: value' lines")
                continue
            if not self.check_keys(path, entry, TRACK_KEYS, lambda key, i=index: find_key_line(text, key, i)):
                continue
            track_id = entry["id"]
            if not self.check_id(path, line, track_id, "track"):
                continue
            if track_id in self.model.tracks:
                self.report(path, line, f"duplicate track id '{track_id}'")
                continue
            if not isinstance(entry["order"], int):
                self.report(path, line, "track 'order' must be a whole number")
                continue
            self.model.tracks[track_id] = Track(
                id=track_id, order=entry["order"], title=str(entry["title"]),
                title_en=str(entry.get("title_en") or ""), summary=str(entry["summary"]),
                summary_en=str(entry.get("summary_en") or ""),
            )

    # -- schemes -----------------------------------------------------------------------
    def load_schemes(self, folder: Path) -> None:
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.yaml")):
            self.load_scheme(path)
        for path in sorted(folder.glob("*-criteria.tsv")):
            self.load_criteria(path)

    def load_scheme(self, path: Path) -> None:
        try:
            text = read_text(path)
            data = safe_yaml(text, cache=self.cache)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
            return
        if not isinstance(data, dict):
            self.report(path, 1, "a scheme file must be a set of 'key: value' lines")
            return
        ok = True
        for key in data:
            if key not in SCHEME_KEYS:
                self.report(path, find_key_line(text, str(key)), f"unknown key '{key}'{did_you_mean(str(key), SCHEME_KEYS)}")
                ok = False
        for key in ("id", "title", "version"):
            if not data.get(key):
                self.report(path, 1, f"missing '{key}'")
                ok = False
        if not ok:
            return
        scheme_id = str(data["id"])
        if scheme_id in self.model.schemes:
            self.report(path, find_key_line(text, "id"), f"duplicate scheme id '{scheme_id}'")
            return
        requirements: dict[str, Requirement] = {}
        raw = data.get("requirements") or []
        if not isinstance(raw, list):
            self.report(path, find_key_line(text, "requirements"), "'requirements' must be a list")
            return
        for index, entry in enumerate(raw):
            line = functools.partial(find_key_line, text, "id", index + 1)
            if not isinstance(entry, dict) or "id" not in entry or "title" not in entry:
                self.report(path, line, f"requirement {index + 1} needs at least 'id' and 'title'")
                return
            rid = str(entry["id"])
            if rid in requirements:
                self.report(path, line, f"duplicate requirement id '{rid}'")
                return
            attrs = {k: v for k, v in entry.items() if k not in ("id", "title", "title_en")}
            requirements[rid] = Requirement(rid, str(entry["title"]), str(entry.get("title_en") or ""), attrs)
        extra = {k: v for k, v in data.items()
                 if k not in ("id", "title", "title_en", "version", "version_en", "source", "requirements")}
        if scheme_id == "selfcheck" and not self.check_selfcheck(path, text, requirements, extra):
            return
        self.own_schemes.add(scheme_id)
        self.model.schemes[scheme_id] = Scheme(
            id=scheme_id, title=str(data["title"]), title_en=str(data.get("title_en") or ""),
            version=str(data["version"]), source=str(data.get("source") or ""),
            requirements=requirements, data=extra, path=path, version_en=str(data.get("version_en") or ""),
        )

    def check_selfcheck(self, path: Path, text: str, requirements: dict[str, Any], extra: dict[str, Any]) -> bool:
        answers = extra.get("answers")
        if (not isinstance(answers, list) or {str(a.get("id")) for a in answers if isinstance(a, dict)} != {"yes", "partial", "no", "unknown"}
                or not all(isinstance(a, dict) and _whole(a.get("points")) for a in answers)):
            self.report(path, find_key_line(text, "answers"), "'answers' must list yes, partial, no and unknown with their points")
            return False
        bands = extra.get("bands")
        if not isinstance(bands, list) or not all(isinstance(b, dict) and _whole(b.get("min")) and _whole(b.get("max")) and "label" in b for b in bands):
            self.report(path, find_key_line(text, "bands"), "'bands' must be a list with min, max and label")
            return False
        return True

    def load_criteria(self, path: Path) -> None:
        scheme_id = path.name[: -len("-criteria.tsv")]
        scheme = self.model.schemes.get(scheme_id) if scheme_id in self.own_schemes else None
        if scheme is None:
            self.report(path, 1, f"no scheme '{scheme_id}' (schemes/{scheme_id}.yaml) for these criteria")
            return
        try:
            text = read_text(path)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
            return
        reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in CRITERIA_COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            self.report(path, 1, f"missing columns: {', '.join(missing)} (tab-separated header)")
            return
        groups = {str(g.get("id")) for g in scheme.data.get("groups") or [] if isinstance(g, dict)}
        criteria: dict[str, Requirement] = {}
        bad = False
        rows: list[tuple[int, dict[str, Any]]] = []
        try:
            for row in reader:
                rows.append((reader.line_num, row))
        except csv.Error as exc:  # e.g. a field longer than the csv module accepts
            self.report(path, reader.line_num + 1, f"the table cannot be read: {exc}")
            return
        for line, row in rows:
            cid = (row.get("id") or "").strip()
            if not cid:
                continue
            if not re.fullmatch(r"\d+(-\d+){3}", cid):
                self.report(path, line, f"criterion id '{cid}' is not of the form 1-2-3-4")
                bad = True
                continue
            if cid in criteria:
                self.report(path, line, f"duplicate criterion id '{cid}'")
                bad = True
                continue
            star = (row.get("star") or "").strip()
            if star not in ("3", "4"):
                self.report(path, line, f"criterion {cid}: star must be 3 or 4, not '{star}'")
                bad = True
                continue
            requirement = (row.get("requirement") or "").strip()
            if groups and requirement not in groups:
                self.report(path, line, f"criterion {cid}: requirement '{requirement}' is not in {scheme_id}.yaml")
                bad = True
                continue
            csf = (row.get("csf") or "").strip()
            if csf not in CSF_FUNCTIONS:
                self.report(path, line, f"criterion {cid}: csf must be one of {', '.join(sorted(CSF_FUNCTIONS))}")
                bad = True
                continue
            title = (row.get("title") or "").strip()
            if not title:
                # Reported, but the criterion still loads (with its English title) so that
                # items can be checked against it while the titles are being written.
                self.report(path, line, f"criterion {cid}: the Japanese title is empty")
                title = (row.get("title_en") or cid).strip()
            jama = tuple((row.get("jama") or "").split())
            criteria[cid] = Requirement(
                cid, title, (row.get("title_en") or "").strip(),
                {"star": int(star), "requirement": requirement, "csf": csf, "jama": jama},
            )
        if not bad:
            scheme.requirements = criteria

    # -- checklists --------------------------------------------------------------------
    def load_checklists(self, folder: Path) -> None:
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.ja.md")):
            self.load_checklist(path)
        for path in sorted(folder.glob("*.en.md")):
            self.report_orphan(path)

    def load_checklist(self, path: Path) -> None:
        try:
            source = read_source(path, self.cache)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
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
            titles={DEFAULT_LANG: str(source.meta["title"])},
            summaries={DEFAULT_LANG: str(source.meta.get("summary") or "")},
            item_ids=tuple(item.id for item in items), path=path,
        )
        english = path.with_name(path.name[: -len(".ja.md")] + ".en.md")
        if english.is_file():
            self.add_checklist_translation(english, checklist, {item.id: item for item in items})
        self.model.checklists[checklist_id] = checklist
        for item in items:
            self.model.items[item.id] = item

    def add_checklist_translation(self, path: Path, checklist: Checklist, items: dict[str, Item]) -> None:
        try:
            source = read_source(path, self.cache)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
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
        checklist.titles["en"] = str(source.meta["title"])
        checklist.summaries["en"] = str(source.meta.get("summary") or "")
        for item in translated:
            items[item.id].texts["en"] = item.texts[DEFAULT_LANG]

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
                texts={DEFAULT_LANG: ItemText(title, fields.get("evidence", ""), explanation)},
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
                self.report(path, line, f"item '{item_id}': '{ref}' does not exist in {scheme.id} ({scheme.version})")
                ok = False
        return tuple(dict.fromkeys(refs)) if ok else None

    # -- lessons -----------------------------------------------------------------------
    def load_lessons(self, folder: Path) -> None:
        if not folder.is_dir():
            return
        pending: list[tuple[Lesson, SourceFile]] = []
        for path in sorted(folder.rglob("*.md")):
            if path.name.endswith(".ja.md"):
                loaded = self.load_lesson(path)
                if loaded is not None:
                    pending.append(loaded)
            elif path.name.endswith(".en.md"):
                self.report_orphan(path)
            elif not any(path.name.endswith(f".{lang}.md") for lang in LANGUAGES):
                self.report(path, 1, "lesson files are named <slug>.ja.md or <slug>.en.md")
        # Prerequisites can name any lesson, so they are checked once all have loaded.
        for lesson, source in pending:
            unknown = [p for p in lesson.prerequisites if p not in self.model.lessons]
            if unknown:
                self.report(source.path, source.line_of("prerequisites"), f"unknown prerequisite lesson(s): {', '.join(unknown)}")
                del self.model.lessons[lesson.id]

    def load_lesson(self, path: Path) -> tuple[Lesson, SourceFile] | None:
        try:
            source = read_source(path, self.cache)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
            return None
        meta = source.meta
        if not self.check_keys(path, meta, LESSON_KEYS, source.line_of):
            return None
        if not self.check_markdown(source):
            return None
        lesson_id = meta["id"]
        if not self.check_id(path, source.line_of("id"), lesson_id, "lesson"):
            return None
        if lesson_id in self.model.lessons:
            other = self.rel(self.model.lessons[lesson_id].texts[DEFAULT_LANG].path)
            self.report(path, source.line_of("id"), f"duplicate lesson id '{lesson_id}' (also in {other})")
            return None
        ok = True
        for key in ("title", "summary"):
            if not isinstance(meta[key], str) or not meta[key].strip():
                self.report(path, source.line_of(key), f"'{key}' must be text")
                ok = False
        for key, low, high in (("minutes", 1, 60), ("order", -100000, 100000)):
            value = meta[key]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                self.report(path, source.line_of(key), f"'{key}' must be a whole number from {low} to {high}")
                ok = False
        if not isinstance(meta["track"], str) or meta["track"] not in self.model.tracks:
            self.report(path, source.line_of("track"), f"unknown track '{meta['track']}'{did_you_mean(str(meta['track']), self.model.tracks)}")
            ok = False
        audience = self.string_list(source, "audience")
        if audience is None:
            ok = False
        elif not audience:
            self.report(path, source.line_of("audience"), f"'audience' must list at least one of {', '.join(AUDIENCES)}")
            ok = False
        else:
            for value in audience:
                if value not in AUDIENCES:
                    self.report(path, source.line_of("audience"), f"unknown audience '{value}' (use {', '.join(AUDIENCES)})")
                    ok = False
        items = self.string_list(source, "items")
        if items is None:
            ok = False
        else:
            unknown = [i for i in items if i not in self.model.items]
            if unknown:
                hint = did_you_mean(unknown[0], self.model.items) if len(unknown) == 1 else ""
                self.report(path, source.line_of("items"), f"unknown checklist item(s): {', '.join(unknown)}{hint}")
                ok = False
        prerequisites = self.string_list(source, "prerequisites")
        sources = self.string_list(source, "sources")
        quiz = self.parse_quiz(source, expected=None)
        if prerequisites is None or sources is None or quiz is None or not ok:
            return None
        text = LessonText(DEFAULT_LANG, meta["title"].strip(), meta["summary"].strip(), source.body,
                          quiz, tuple(sources), path)
        lesson = Lesson(
            id=lesson_id, track=meta["track"], order=meta["order"], minutes=meta["minutes"],
            audience=tuple(audience or ()), prerequisites=tuple(prerequisites), items=tuple(items or ()),
            texts={DEFAULT_LANG: text}, pack_root=self.root,
        )
        english = path.with_name(path.name[: -len(".ja.md")] + ".en.md")
        if english.is_file():
            translated = self.load_translation(english, lesson)
            if translated is not None:
                lesson.texts["en"] = translated
        self.model.lessons[lesson_id] = lesson
        return lesson, source

    def load_translation(self, path: Path, lesson: Lesson) -> LessonText | None:
        try:
            source = read_source(path, self.cache)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
            return None
        meta = source.meta
        if not self.check_markdown(source):
            return None
        for key in meta:
            if key not in LESSON_EN_KEYS:
                self.report(path, source.line_of(str(key)), f"unknown key '{key}'{did_you_mean(str(key), LESSON_EN_KEYS)}")
                return None
        if meta.get("id") != lesson.id:
            self.report(path, source.line_of("id"), f"id '{meta.get('id')}' differs from the Japanese file's '{lesson.id}'")
            return None
        for key in ("track", "order", "items", "minutes"):
            if key in meta and meta[key] != getattr(lesson, key) and not (
                    key == "items" and isinstance(meta[key], list | None) and tuple(meta[key] or ()) == lesson.items):
                self.report(path, source.line_of(key), f"'{key}' differs from the Japanese file (structural keys come from the .ja.md file)")
                return None
        for key in ("title", "summary"):
            if not isinstance(meta.get(key), str) or not meta[key].strip():
                self.report(path, source.line_of(key), f"'{key}' must be text")
                return None
        sources = self.string_list(source, "sources")
        quiz = self.parse_quiz(source, expected=lesson.texts[DEFAULT_LANG].quiz)
        if sources is None or quiz is None:
            return None
        return LessonText("en", meta["title"].strip(), meta["summary"].strip(), source.body, quiz, tuple(sources), path)

    def parse_quiz(self, source: SourceFile, expected: tuple[QuizQuestion, ...] | None) -> tuple[QuizQuestion, ...] | None:
        path, raw = source.path, source.meta.get("quiz")
        if raw is None:
            if expected:
                self.report(path, 1, f"the quiz is missing; the Japanese file has {len(expected)} questions")
                return None
            return ()
        if not isinstance(raw, list):
            self.report(path, source.line_of("quiz"), "'quiz' must be a list of questions")
            return None
        if expected is not None and len(raw) != len(expected):
            self.report(path, source.line_of("quiz"), f"the quiz has {len(raw)} questions; the Japanese file has {len(expected)}")
            return None
        questions = []
        for index, entry in enumerate(raw):
            line: Line = functools.partial(source.line_of, "question", index)
            number = index + 1
            if not isinstance(entry, dict):
                self.report(path, line, f"quiz question {number} must be a set of 'key: value' lines")
                return None
            unknown = [k for k in entry if k not in QUIZ_KEYS]
            if unknown:
                earlier = sum(1 for e in raw[:index] if isinstance(e, dict) and unknown[0] in e)
                line = source.line_of(str(unknown[0]), earlier)
                self.report(path, line, f"quiz question {number}: unknown key '{unknown[0]}'{did_you_mean(str(unknown[0]), QUIZ_KEYS)}")
                return None
            missing = [k for k in ("question", "choices", "answer", "explanation") if k not in entry]
            if missing:
                self.report(path, line, f"quiz question {number}: missing {', '.join(missing)}")
                return None
            choices = entry["choices"]
            if not isinstance(choices, list) or not 2 <= len(choices) <= 6 or not all(isinstance(c, str | int | float) and str(c).strip() for c in choices):
                self.report(path, source.line_of("choices", index), f"quiz question {number}: 'choices' must list 2 to 6 answers")
                return None
            answer = entry["answer"]
            if not isinstance(answer, int) or isinstance(answer, bool) or not 1 <= answer <= len(choices):
                self.report(path, source.line_of("answer", index), f"quiz question {number}: 'answer' must be a number from 1 to {len(choices)} (the correct choice)")
                return None
            if expected is not None and (answer != expected[index].answer or len(choices) != len(expected[index].choices)):
                self.report(path, source.line_of("answer", index), f"quiz question {number}: the answer or the number of choices differs from the Japanese file")
                return None
            if not isinstance(entry["question"], str) or not isinstance(entry["explanation"], str):
                self.report(path, line, f"quiz question {number}: 'question' and 'explanation' must be text")
                return None
            questions.append(QuizQuestion(entry["question"].strip(), tuple(str(c).strip() for c in choices), answer, entry["explanation"].strip()))
        return tuple(questions)

    # -- shared checks -------------------------------------------------------------------
    def report_orphan(self, path: Path) -> None:
        """An English file is read only beside its Japanese file; say so when that is missing."""
        japanese = path.with_name(path.name[: -len(".en.md")] + ".ja.md")
        if not japanese.is_file():
            self.report(path, 1, f"an English file needs the Japanese file {japanese.name} beside it")

    def check_markdown(self, source: SourceFile) -> bool:
        """Report the body's Markdown beyond the documented limits; False when it is."""
        problems = markdown_limits(source.body)
        for line, message in problems:
            self.report(source.path, source.body_line + line - 1, message)
        return not problems

    def check_keys(self, path: Path, meta: dict[str, Any], known: dict[str, bool], line_of: Callable[..., int]) -> bool:
        ok = True
        for key in meta:
            if key not in known:
                self.report(path, line_of(str(key)), f"unknown key '{key}'{did_you_mean(str(key), known)}")
                ok = False
        for key, required in known.items():
            if required and (key not in meta or meta[key] is None or meta[key] == ""):
                self.report(path, 1, f"missing '{key}'")
                ok = False
        return ok

    def check_id(self, path: Path, line: Line, value: object, kind: str) -> bool:
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.report(path, line, f"{kind} id '{value}' must be lowercase letters, digits and '-', starting with a letter (at most 64)")
            return False
        return True

    def string_list(self, source: SourceFile, key: str) -> list[str] | None:
        value = source.meta.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.report(source.path, source.line_of(key), f"'{key}' must be a list of text values, like [a, b]")
            return None
        return [v.strip() for v in value]


def load_content(root: Path, *, schemes_root: Path | None = None, cache_path: Path | None = None,
                 base: ContentModel | None = None) -> LoadResult:
    """Load every content file under `root`; schemes from `schemes_root` when the pack has none.

    With `cache_path`, parsed front matter is kept in that JSON file between runs. With
    `base`, the pack is added on top of content already loaded (its ids are taken; its
    tracks, items and schemes can be used); the result holds both.
    """
    root = Path(root)
    if schemes_root is None or (root / "schemes").is_dir():
        schemes_root = root
    cache = ParseCache(Path(cache_path)) if cache_path is not None else None
    result = _Loader(root, schemes_root, cache, base).load()
    if cache is not None:
        cache.save()
    return result
