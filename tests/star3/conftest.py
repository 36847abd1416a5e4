"""Fixtures for the ★3 tests: the bundled content once, a fresh store per test."""

from __future__ import annotations

import pytest

from desktop.paths import user_dirs
from desktop.storage.db import open_store


@pytest.fixture(scope="session")
def model():
    from desktop.core.loader import load_content
    from desktop.paths import content_dir

    result = load_content(content_dir())
    assert not result.problems, result.problems[:5]
    return result.model


@pytest.fixture
def store():
    dirs = user_dirs().ensure()
    opened = open_store(dirs.database, dirs.backup)
    yield opened
    opened.close()


@pytest.fixture
def company(store):
    return store.create_profile("株式会社さくら精機", scope="本社")
