"""The size and shape limits of content Markdown, checked in one pass over the text.

Python-Markdown's work grows faster than the text for some shapes: lists and quotes
nested deeply, many '[' in one paragraph (each one scans ahead for its ']'), many lines
in one block (each block processor splits the block and queues the rest), many headings
(their ids are made unique one by one), long runs of '*' or '_' (nested emphasis). Each
limit below bounds one of those, so a text within all of them renders in time linear in
its size. docs/content-format.md lists them for authors. No Markdown is imported here:
the loader checks every file without loading the renderer.
"""

from __future__ import annotations

import re

MAX_MARKDOWN_CHARS = 100_000  # one lesson body or item explanation
MAX_NESTING = 8  # lists and quotes inside each other
MAX_BRACKETS_PER_BLOCK = 32  # '[' in one paragraph, list item, table row or heading
MAX_BLOCK_LINES = 300  # lines without a blank line between them
MAX_HEADINGS = 200
MAX_MARKER_RUN = 32  # '*' or '_' in a row

_LIST_OR_ROW = re.compile(r"(?:[-*+]\s|[0-9]+[.)]\s|\||#)")
_MARKER_RUN = re.compile(rf"\*{{{MAX_MARKER_RUN + 1},}}|_{{{MAX_MARKER_RUN + 1},}}")


def markdown_limits(text: str) -> list[tuple[int, str]]:
    """(line, message) for each way TEXT goes beyond the documented limits; [] when within.

    One pass over the text; each limit bounds a part of Python-Markdown's work that grows
    faster than the text, so rendering text within them takes time linear in its size."""
    problems: list[tuple[int, str]] = []
    if len(text) > MAX_MARKDOWN_CHARS:
        problems.append((1, f"the text is {len(text)} characters long; the limit is {MAX_MARKDOWN_CHARS}"))
        return problems
    headings = brackets = block_lines = 0
    reported: set[str] = set()

    def report(kind: str, line: int, message: str) -> None:
        if kind not in reported:
            reported.add(kind)
            problems.append((line, message))

    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            brackets = block_lines = 0
            continue
        block_lines += 1
        if block_lines > MAX_BLOCK_LINES:
            report("block", number, f"more than {MAX_BLOCK_LINES} lines without a blank line between them")
        rest = line.lstrip(" \t>")
        prefix = line[: len(line) - len(rest)]
        depth = prefix.count(">") + len(prefix.replace(">", "").expandtabs(4)) // 4
        if _LIST_OR_ROW.match(rest):
            depth += 1
            brackets = 0
        if depth > MAX_NESTING:
            report("nesting", number, f"lists and quotes are nested more than {MAX_NESTING} levels deep")
        if rest.startswith("#"):
            headings += 1
            if headings > MAX_HEADINGS:
                report("headings", number, f"more than {MAX_HEADINGS} headings")
        brackets += line.count("[") - line.count("\\[")
        if brackets > MAX_BRACKETS_PER_BLOCK:
            report("brackets", number, f"more than {MAX_BRACKETS_PER_BLOCK} '[' in one paragraph, list item or "
                   "table row (write \\[ for a bracket that is not a link)")
        if _MARKER_RUN.search(line):
            report("markers", number, f"more than {MAX_MARKER_RUN} '*' or '_' in a row")
    return problems
