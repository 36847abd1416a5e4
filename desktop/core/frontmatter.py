"""Reading content files safely: size, encoding, YAML front matter with bounded aliases."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 256 * 1024
MAX_ALIASES = 20


def _yaml() -> tuple[Any, Any]:
    """PyYAML and its safe loader, imported on first use (a warm parse cache never needs it)."""
    import yaml

    # libyaml is much faster; the pure-Python parser gives the same results
    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    meta: dict[str, Any]
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


class ParseCache:
    """Parsed YAML of content files as JSON, keyed by a hash of the YAML text.

    Building Python objects from YAML is most of the cost of loading content; reading the
    same values back from one JSON file is several times faster. Only values that survive
    a JSON round trip unchanged are kept, so a cached value is always what YAML would give.
    """

    VERSION = 1

    def __init__(self, path: Path | None = None):
        self.path = path
        self.entries: dict[str, object] = {}
        self.used: set[str] = set()
        self.dirty = False
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == self.VERSION and isinstance(data.get("entries"), dict):
                    self.entries = data["entries"]
            except (OSError, ValueError):
                self.entries = {}  # a damaged cache is simply rebuilt

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def get(self, text: str) -> tuple[bool, Any]:
        key = self.key(text)
        if key in self.entries:
            self.used.add(key)
            return True, self.entries[key]
        return False, None

    def put(self, text: str, value: Any) -> None:
        try:
            if json.loads(json.dumps(value)) != value:
                return
        except (TypeError, ValueError):
            return
        key = self.key(text)
        self.entries[key] = value
        self.used.add(key)
        self.dirty = True

    def save(self) -> None:
        """Write the cache (only entries used by this load); never fails the caller."""
        if self.path is None or not (self.dirty or len(self.used) != len(self.entries)):
            return
        kept = {key: self.entries[key] for key in self.used if key in self.entries}
        from desktop.core.safe_files import write_text_atomic

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # complete or not written: a full disk leaves no half file behind
            write_text_atomic(self.path, json.dumps({"version": self.VERSION, "entries": kept}, ensure_ascii=False))
        except OSError:
            pass


def safe_yaml(text: str, first_line: int = 1, cache: ParseCache | None = None) -> Any:
    """Parse plain YAML: no Python objects, at most MAX_ALIASES aliases (no alias bombs)."""
    if cache is not None:
        hit, value = cache.get(text)
        if hit:
            return value
        value = safe_yaml(text, first_line)
        cache.put(text, value)
        return value
    yaml, safe_loader = _yaml()
    if "*" in text and "&" in text:
        aliases = 0
        try:
            for event in yaml.parse(text, Loader=safe_loader):
                if isinstance(event, yaml.AliasEvent):
                    aliases += 1
                    if aliases > MAX_ALIASES:
                        line = _line_of(text, event.start_mark, first_line)
                        raise ContentError(line, f"more than {MAX_ALIASES} YAML aliases (*name)")
        except yaml.YAMLError as exc:
            raise _yaml_problem(exc, text, first_line) from None
    try:
        return yaml.load(text, Loader=safe_loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise _yaml_problem(exc, text, first_line) from None
    except (ValueError, OverflowError, RecursionError) as exc:  # e.g. bad timestamps
        raise ContentError(first_line, f"YAML value cannot be read: {exc}") from None


def _line_of(text: str, mark: Any, first_line: int) -> int:
    """The file line of a YAML mark. YAML also breaks lines at U+0085, U+2028 and U+2029,
    which editors show inside one line, so lines are counted from the mark's position."""
    if mark is None:
        return first_line
    index = getattr(mark, "index", None)
    if isinstance(index, int) and 0 <= index <= len(text):
        return first_line + text.count("\n", 0, index)
    return first_line + int(mark.line)


def _yaml_problem(exc: Exception, text: str, first_line: int) -> ContentError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = _line_of(text, mark, first_line)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    message = f"YAML error: {problem}" + (f" ({context})" if context else "")
    return ContentError(line, message)


def read_source(path: Path, cache: ParseCache | None = None) -> SourceFile:
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
    meta = safe_yaml(meta_text, first_line=2, cache=cache)
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
