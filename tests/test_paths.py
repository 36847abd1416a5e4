"""Where Mamori keeps things: overrides, platformdirs, bundled content."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import paths


def test_env_override_puts_every_folder_under_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "d"))
    dirs = paths.user_dirs()
    for folder in (dirs.data, dirs.config, dirs.log, dirs.backup, dirs.cache):
        assert folder.is_relative_to(tmp_path / "d")
    assert dirs.database == tmp_path / "d" / "mamori.db"


def test_explicit_data_dir_beats_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    dirs = paths.user_dirs(tmp_path / "arg")
    assert dirs.data == (tmp_path / "arg").resolve()


def test_without_override_platformdirs_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    dirs = paths.user_dirs()
    # conftest points XDG_* at tmp_path, so platformdirs lands there, never in a real home.
    assert dirs.data.is_relative_to(tmp_path)
    assert "Mamori" in dirs.data.parts
    assert dirs.backup.parent == dirs.data


def test_ensure_creates_the_folders(tmp_path):
    dirs = paths.user_dirs(tmp_path / "new").ensure()
    assert all(p.is_dir() for p in (dirs.data, dirs.config, dirs.log, dirs.backup, dirs.cache))


def test_bundled_content_and_resources_are_found_from_the_checkout():
    assert (paths.content_dir() / "tracks.yaml").is_file()
    assert paths.resource("fonts", "NotoSansJP-Regular.otf").is_file()
    assert paths.resource("fonts", "OFL.txt").is_file()


def test_bundle_root_follows_pyinstaller(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundle_root() == Path(tmp_path)
    assert paths.content_dir() == Path(tmp_path) / "content"
