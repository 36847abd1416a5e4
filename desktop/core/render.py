"""Markdown → safe HTML: one function, one extension list, for display and reports.

Raw HTML in content is never passed through (it is shown as text), links are limited to
web pages, mail and Mamori's own `lesson:`/`item:` links, and images must be files inside
the pack's own folder. The output is cleaned once more with nh3 (the ammonia sanitizer)
as a second wall, so a mistake in one rule cannot let script through. Nothing the author
wrote disappears without a note: a removed image leaves its alt text and the words after
it, a NUL character becomes U+FFFD.

Python-Markdown takes time that grows faster than the text for some shapes (deep nesting,
long runs of brackets, many lines in one block). `markdown_limits` finds text beyond the
documented limits (docs/content-format.md, desktop/core/markdown_limits.py) in one linear
pass; the loader refuses such a file, and `render_markdown` shows such text as plain text
instead of parsing it.
"""

from __future__ import annotations

import functools
import html as html_text
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.toc import slugify_unicode
from markdown.treeprocessors import Treeprocessor

from desktop.core.markdown_limits import markdown_limits

LINK_SCHEMES = frozenset({"http", "https", "mailto", "lesson", "item"})
_TASK_MARKS = {"[ ] ": "☐ ", "[x] ": "☑ ", "[X] ": "☑ "}

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre",
    "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead",
    "tr", "u", "ul",
}
_ALLOWED_ATTRS = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "div": {"class"},
    "p": {"class"},
    "span": {"class"},
    "li": {"class"},
    "td": {"align", "style"},
    "th": {"align", "style"},
    **{f"h{n}": {"id"} for n in range(1, 7)},
}


@dataclass(frozen=True)
class Rendered:
    """HTML ready to show, and what was removed from it (each a readable sentence)."""

    html: str
    problems: tuple[tuple[int, str], ...] = ()  # (line within the body or 0, message)


class _SafetyTreeprocessor(Treeprocessor):  # type: ignore[misc]  # Python-Markdown has no types
    """Checks links and images, turns task-list marks into check boxes."""

    def __init__(self, md: markdown.Markdown, owner: _RenderJob) -> None:
        super().__init__(md)
        self.owner = owner

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag == "a":
                    self._check_link(child)
                elif child.tag == "img" and not self._check_image(child):
                    _remove_keeping_text(parent, child, (child.get("alt") or "").strip())
            if parent.tag == "li":
                self._task_mark(parent)

    def _check_link(self, element: etree.Element) -> None:
        href = (element.get("href") or "").strip()
        if not href or href.startswith("#"):
            return
        scheme = urlsplit(href).scheme.lower()
        if scheme and scheme in LINK_SCHEMES:
            return
        if not scheme:
            self.owner.note(f"link '{href}' has no scheme: use https://, lesson:<id> or item:<id>")
        else:
            self.owner.note(f"link '{href}' was removed: '{scheme}:' links are not allowed")
        element.attrib.pop("href", None)

    def _check_image(self, element: etree.Element) -> bool:
        src = (element.get("src") or "").strip()
        resolved = self.owner.image_path(src)
        if resolved is None:  # image_path has noted why
            return False
        element.set("src", resolved)
        return True

    @staticmethod
    def _task_mark(item: etree.Element) -> None:
        target = item[0] if len(item) and item[0].tag == "p" and not (item.text or "").strip() else item
        text = target.text or ""
        for mark, box in _TASK_MARKS.items():
            if text.startswith(mark):
                target.text = box + text[len(mark):]
                item.set("class", "task")
                return


def _remove_keeping_text(parent: etree.Element, child: etree.Element, replacement: str) -> None:
    """Remove CHILD but keep the words: REPLACEMENT (an image's alt text) and the text that
    followed CHILD (its tail, which ElementTree would drop with it)."""
    words = replacement + (child.tail or "")
    index = list(parent).index(child)
    if index:
        before = parent[index - 1]
        before.tail = (before.tail or "") + words
    else:
        parent.text = (parent.text or "") + words
    parent.remove(child)


class _SafetyExtension(Extension):  # type: ignore[misc]  # Python-Markdown has no types
    def __init__(self, owner: _RenderJob) -> None:
        super().__init__()
        self.owner = owner

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # Raw HTML becomes plain text instead of passing through.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafetyTreeprocessor(md, self.owner), "mamori_safety", 0)


class _RenderJob:
    def __init__(self, base_dir: Path | None, pack_root: Path | None):
        self.base_dir = base_dir
        self.pack_root = pack_root
        self.problems: list[str] = []

    def note(self, message: str) -> None:
        self.problems.append(message)

    def image_path(self, src: str) -> str | None:
        """The image's path relative to the pack root, or None (with a note why) when not allowed."""
        outside = f"image '{src}' was removed: images must be files inside the pack's folder"
        if (not src or urlsplit(src).scheme or src.startswith(("/", "\\", "//"))
                or self.base_dir is None or self.pack_root is None):
            self.note(outside)
            return None
        try:
            target = (self.base_dir / PurePosixPath(src)).resolve()
            root = self.pack_root.resolve()
            relative = target.relative_to(root)
        except (ValueError, OSError):
            self.note(outside)
            return None
        if not target.is_file():
            self.note(f"image '{src}' does not exist")
            return None
        return relative.as_posix()


def _make_markdown(job: _RenderJob) -> markdown.Markdown:
    return markdown.Markdown(
        extensions=[
            "tables",
            "admonition",
            "sane_lists",
            "toc",
            _SafetyExtension(job),
        ],
        extension_configs={"toc": {"slugify": slugify_unicode, "permalink": False}},
        output_format="html",
    )


def _clean(html: str) -> str:
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRS,
        url_schemes=set(LINK_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


def render_markdown(text: str, *, base_dir: Path | None = None, pack_root: Path | None = None) -> Rendered:
    """Render content Markdown to safe HTML; images resolve relative to `base_dir`."""
    return _render_cached(text, base_dir, pack_root)


def _as_plain_text(text: str, problems: list[tuple[int, str]]) -> Rendered:
    return Rendered(f"<pre>{html_text.escape(text)}</pre>",
                    tuple((line, f"{message}: shown as plain text") for line, message in problems))


@functools.lru_cache(maxsize=512)
def _render_cached(text: str, base_dir: Path | None, pack_root: Path | None) -> Rendered:
    limits = markdown_limits(text)
    notes: list[tuple[int, str]] = []
    if "\0" in text:  # nh3 would drop it without a word
        text = text.replace("\0", "\ufffd")
        notes.append((0, "a NUL character was replaced by U+FFFD"))
    if limits:
        return _as_plain_text(text, limits)
    job = _RenderJob(base_dir, pack_root)
    try:
        html = _make_markdown(job).convert(text)
    except RecursionError:
        return _as_plain_text(text, [(0, "the text is nested too deeply to be read as Markdown")])
    return Rendered(_clean(html), tuple(notes) + tuple((0, message) for message in job.problems))
