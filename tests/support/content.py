"""The bundled content, loaded once per test run and shared (tests only read it)."""

from __future__ import annotations

from desktop.core.loader import LoadResult, load_content
from desktop.paths import content_dir

_LOADED: dict[str, LoadResult] = {}


def bundled_content() -> LoadResult:
    """The bundled lessons, checklists and schemes as the app loads them."""
    if "bundled" not in _LOADED:
        _LOADED["bundled"] = load_content(content_dir())
    return _LOADED["bundled"]
