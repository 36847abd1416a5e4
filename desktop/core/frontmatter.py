"""Reading content files safely: size, encoding, YAML front matter with bounded aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

MAX_FILE_BYTES = 256 * 1024
MAX_ALIASES = 20

try:  # libyaml is much faster; the pure-Python parser gives the same results
    _SafeLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _SafeLoader = yaml.SafeLoader


class ContentError(Exception):
    """A content file cannot be used; names the line where the trouble is."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class SourceFile:
    """A content file split into its front matter and Markdown body."""

    path: Path
    text: str
    meta: dict
    meta_text: str
    body: str
    body_line: int  # line number of the first body line

    def line_of(self, key: str, occurrence: int = 0) -> int:
        """Line of the `occurrence`-th `key:` in the front matter (1 when not found)."""
        return find_key_line(self.meta_text, key, occurrence, first_line=2)


def read_text(path: Path) -> str:
    """The file's text; ContentError when too large or not UTF-8."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ContentError(1, f"file is {size // 1024} KB; the limit is {MAX_FILE_BYTES // 1024} KB")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(line, "the file is not UTF-8 text (save it as UTF-8)") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def safe_yaml(text: str, first_line: int = 1):
    """Parse plain YAML: no Python objects, at most MAX_ALIASES aliases (no alias bombs)."""
    if "*" in text and "&" in text:
        aliases = 0
        try:
            for event in yaml.parse(text, Loader=_SafeLoader):
                if isinstance(event, yaml.AliasEvent):
                    aliases += 1
                    if aliases > MAX_ALIASES:
                        line = first_line + event.start_mark.line
                        raise ContentError(line, f"more than {MAX_ALIASES} YAML aliases (*name)")
        except yaml.YAMLError as exc:
            raise _yaml_problem(exc, first_line) from None
    try:
        return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise _yaml_problem(exc, first_line) from None
    except (ValueError, OverflowError, RecursionError) as exc:  # e.g. bad timestamps
        raise ContentError(first_line, f"YAML value cannot be read: {exc}") from None


def _yaml_problem(exc: yaml.YAMLError, first_line: int) -> ContentError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = first_line + (mark.line if mark is not None else 0)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    message = f"YAML error: {problem}" + (f" ({context})" if context else "")
    return ContentError(line, message)


def read_source(path: Path) -> SourceFile:
    """Read a Markdown file with YAML front matter between `---` lines."""
    text = read_text(path)
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ContentError(1, "the file must start with a line '---' (front matter)")
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            break
    else:
        raise ContentError(1, "the front matter is not closed with a line '---'")
    meta_text = "\n".join(lines[1:index])
    meta = safe_yaml(meta_text, first_line=2)
    if not isinstance(meta, dict):
        raise ContentError(2, "the front matter must be a set of 'key: value' lines")
    body = "\n".join(lines[index + 1 :])
    return SourceFile(path, text, meta, meta_text, body, body_line=index + 2)


def find_key_line(text: str, key: str, occurrence: int = 0, first_line: int = 1) -> int:
    """Line number of the `occurrence`-th line that sets `key:` in YAML text."""
    pattern = re.compile(rf"^\s*(?:-\s+)?{re.escape(key)}\s*:", re.MULTILINE)
    for count, match in enumerate(pattern.finditer(text)):
        if count == occurrence:
            return first_line + text.count("\n", 0, match.start())
    return first_line
