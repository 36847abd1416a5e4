"""The bundled content, loaded once per test run and shared (tests only read it), and a copy
of it to edit: the problems the content check finds in it, and one change to one file."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.core.checks import full_check
from desktop.core.loader import LoadResult, load_content
from desktop.paths import content_dir

_LOADED: dict[str, LoadResult] = {}


def bundled_content() -> LoadResult:
    """The bundled lessons, checklists and schemes as the app loads them."""
    if "bundled" not in _LOADED:
        _LOADED["bundled"] = load_content(content_dir())
    return _LOADED["bundled"]


def copy_content(folder: Path) -> Path:
    """A copy of the bundled content in FOLDER/content, free to change."""
    root = folder / "content"
    shutil.copytree(content_dir(), root)
    return root


def content_problems(root: Path) -> list[str]:
    """Every problem the content check finds under ROOT, as `path:line: message`."""
    result = load_content(root)
    return [str(p) for p in full_check(result, lambda path: path.relative_to(root).as_posix())]


def edit_content(root: Path, rel: str, old: str, new: str) -> str:
    """Replace the first OLD in the file REL under ROOT with NEW (OLD must be there); the new text."""
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.replace(old, new, 1)
