"""Content files → ContentModel, with a `path:line: message` problem for every mistake.

A file with a problem is skipped and the rest loads, so one broken lesson never stops the
app. Order matters: schemes first (items map to them), then checklists (lessons list their
items), then lessons.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.content import ContentModel, LoadResult
from desktop.core.frontmatter import ParseCache
from desktop.core.loader_checklists import ChecklistLoading
from desktop.core.loader_lessons import LessonLoading
from desktop.core.loader_schemes import SchemeLoading

__all__ = ["LoadResult", "load_content"]


class _Loader(SchemeLoading, ChecklistLoading, LessonLoading):
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
