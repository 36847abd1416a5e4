"""Test set-up: Qt offscreen, and a temporary data folder for every test.

No test may touch the real user folders: XDG variables, HOME and MAMORI_DATA_DIR all
point into a per-test temporary directory.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path, monkeypatch):
    """Point every user folder of the app at a fresh temporary directory."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_CACHE_HOME", "xdg-cache"),
        ("XDG_STATE_HOME", "xdg-state"),
    ):
        monkeypatch.setenv(var, str(tmp_path / sub))
    data_dir = tmp_path / "mamori-data"
    monkeypatch.setenv("MAMORI_DATA_DIR", str(data_dir))
    return data_dir
