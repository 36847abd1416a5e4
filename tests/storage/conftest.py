"""Fixtures for the storage tests: a store in the test's own data folder, a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from storage_testkit import FakeClock

from desktop.paths import user_dirs
from desktop.storage import clock
from desktop.storage.db import open_store


@pytest.fixture
def dirs():
    """The app's user folders, inside this test's temporary data folder."""
    return user_dirs().ensure()


@pytest.fixture
def store(dirs):
    """A progress store on a fresh database file, closed after the test."""
    opened = open_store(dirs.database, dirs.backup)
    yield opened
    opened.close()


@pytest.fixture
def fake_clock(monkeypatch):
    """A controllable clock for every timestamp the store writes."""
    fake = FakeClock(datetime(2026, 11, 25, 9, 0, 0, 123000, tzinfo=UTC))
    monkeypatch.setattr(clock, "now", fake)
    return fake
