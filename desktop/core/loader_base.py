"""What every part of the content loader shares: the model being built, its problems as
`path:line: message`, and the checks used by every kind of file (keys, ids, Markdown,
lists). The kinds themselves: loader_schemes, loader_checklists, loader_lessons."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from desktop.core.content import ContentModel, Problem
from desktop.core.frontmatter import (
    ContentError,
    ParseCache,
    SourceFile,
    read_source,
    read_text,
    safe_yaml,
)
from desktop.core.markdown_limits import markdown_limits

Line = int | Callable[[], int]  # a line number, or how to find it when a problem is reported

ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]{0,63}$")


def did_you_mean(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class LoaderBase:
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

    def read_markdown(self, path: Path) -> SourceFile | None:
        """PATH's Markdown and front matter; None when it cannot be read (the problem is reported)."""
        try:
            return read_source(path, self.cache)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
            return None

    def read_yaml(self, path: Path, kind: type, wrong_shape: str) -> tuple[str, Any] | None:
        """PATH's text and its YAML when the YAML is a KIND (list or dict); otherwise the
        problem is reported (WRONG_SHAPE when it parses to something else) and None returned."""
        try:
            text = read_text(path)
            data = safe_yaml(text, cache=self.cache)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
            return None
        if not isinstance(data, kind):
            self.report(path, 1, wrong_shape)
            return None
        return text, data

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


