"""Fixtures for the storage tests: a fake clock and the hand-over schema (the data folder
and store are shared, in tests/conftest.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.storage import clock
from tests.support.storage_testkit import FakeClock


@pytest.fixture
def fake_clock(monkeypatch):
    """A controllable clock for every timestamp the store writes."""
    fake = FakeClock(datetime(2026, 11, 25, 9, 0, 0, 123000, tzinfo=UTC))
    monkeypatch.setattr(clock, "now", fake)
    return fake


@pytest.fixture
def schema():
    """docs/handover.schema.json, the published schema of the hand-over file."""
    path = Path(__file__).resolve().parents[2] / "docs" / "handover.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))
