"""Fixtures for the storage tests: a fake clock (the data folder and store are shared, in
tests/conftest.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.storage import clock
from tests.support.storage_testkit import FakeClock


@pytest.fixture
def fake_clock(monkeypatch):
    """A controllable clock for every timestamp the store writes."""
    fake = FakeClock(datetime(2026, 11, 25, 9, 0, 0, 123000, tzinfo=UTC))
    monkeypatch.setattr(clock, "now", fake)
    return fake
