"""Fixtures that build small content packs in tmp_path (see tests/support/content_packs.py for the base pack)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.loader import LoadResult, load_content
from tests.support.content_packs import BASE_FILES, write_files


@pytest.fixture
def make_pack(tmp_path):
    """Build a pack folder named `pack` in tmp_path: the valid base plus the given files."""

    def build(files: dict[str, str | bytes | None] | None = None, *, base: bool = True) -> Path:
        root = tmp_path / "pack"
        write_files(root, {**(BASE_FILES if base else {}), **(files or {})})
        return root

    return build


@pytest.fixture
def load_pack(make_pack):
    """Build a pack and load it: `load_pack({...})` → LoadResult."""

    def build_and_load(files: dict[str, str | bytes | None] | None = None, **kwargs) -> LoadResult:
        return load_content(make_pack(files, **kwargs))

    return build_and_load
