"""Fixtures for the storage tests: a store in the test's own data folder, a fake clock."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.paths import user_dirs
from desktop.storage import clock
from desktop.storage.db import open_store

REPO_ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    """Replaces clock.now(): starts at a fixed moment and moves only when told."""

    def __init__(self, start: datetime):
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        self.moment += timedelta(**delta)
        return self.moment


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


def child_env() -> dict[str, str]:
    """Environment for a child Python that imports `desktop` from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


PYTHON = sys.executable
