"""Helpers shared by the storage tests (a plain module: `conftest` names clash across folders)."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


class FakeClock:
    """Replaces clock.now(): starts at a fixed moment and moves only when told."""

    def __init__(self, start: datetime):
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        """Move the clock forward by timedelta(**DELTA) and return the new moment."""
        self.moment += timedelta(**delta)
        return self.moment


def child_env() -> dict[str, str]:
    """Environment for a child Python that imports `desktop` from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env
