"""A check of the installed Qt binding: does calling Qt lose references to None?

PySide6 6.12.0 drops one reference to None each time Python calls a Qt method that
returns nothing. On Python 3.11 None is an ordinary object, so after some thousands of
such calls (a few hundred clicks in the checklist) its count reaches zero and Python
aborts with "deallocating None". pyproject.toml keeps that version away from Python 3.11;
this check makes a bundle or an installation that has it anyway fail its smoke test and
say so in the log, instead of aborting later in front of a user.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

PROBE_CALLS = 64


def loses_none_references(call: Callable[[], None]) -> bool:
    """True when CALL, a Qt method returning nothing, drops references to None.

    (On Python 3.12 and later None is immortal and its count never moves: always False,
    and then the fault is harmless.)"""
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        call()
    return sys.getrefcount(None) < before - PROBE_CALLS // 2


def binding_problem(app) -> str | None:
    """A sentence for the log when the installed PySide6 has the fault; else None."""
    if not loses_none_references(lambda: app.setQuitOnLastWindowClosed(app.quitOnLastWindowClosed())):
        return None
    import PySide6

    return (f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} loses a reference to None "
            "on every call; Mamori will abort after a while. Install PySide6-Essentials below 6.12 "
            "or use Python 3.12 or later.")
