"""The installed PySide6 keeps None alive, and the check that says so can tell."""

from __future__ import annotations

import ctypes
import sys

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.ui.qt_binding import PROBE_CALLS, binding_problem, loses_none_references


def test_the_installed_binding_keeps_its_references_to_none(qtbot):
    """Fails with PySide6 6.12.0 on Python 3.11: the app would abort after some thousand calls."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.setEnabled(True)
        edit.setText("")
    assert sys.getrefcount(None) >= before - 10
    assert binding_problem(QApplication.instance()) is None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal: its count cannot drop")
def test_a_call_that_drops_references_to_none_is_caught():
    dropped = 0

    def faulty_call():
        # What the faulty binding does on each call; the references are given back below.
        nonlocal dropped
        ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))
        dropped += 1

    try:
        assert loses_none_references(faulty_call)
    finally:
        for _ in range(dropped):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    assert dropped == PROBE_CALLS
    assert not loses_none_references(lambda: None)
