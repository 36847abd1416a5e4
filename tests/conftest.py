"""Test set-up: Qt offscreen, a temporary data folder for every test, and the fixtures
every folder shares (the data folders, a store, the bundled content).

No test may touch the real user folders: XDG variables, HOME and MAMORI_DATA_DIR all
point into a per-test temporary directory. Helpers that are not fixtures live in
tests/support/ and are imported as `tests.support.<module>`.
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


@pytest.fixture
def dirs(isolated_user_folders):
    """The app's user folders, inside this test's temporary data folder."""
    from desktop.paths import user_dirs

    return user_dirs(isolated_user_folders).ensure()


@pytest.fixture
def store(dirs):
    """A progress store on a fresh database file, closed after the test."""
    from desktop.storage.db import open_store

    opened = open_store(dirs.database, dirs.backup)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def bundled():
    """The bundled content's LoadResult, loaded once per run (tests only read it)."""
    from tests.support.content import bundled_content

    return bundled_content()


@pytest.fixture(scope="session")
def model(bundled):
    """The bundled content model (lessons, checklists, schemes)."""
    return bundled.model
