"""`mamori` with no arguments or a bare --smoke goes straight to the window."""

from __future__ import annotations

import sys

import pytest

import desktop.app
from desktop.__main__ import main


@pytest.fixture
def started(monkeypatch):
    calls = []
    monkeypatch.setattr(desktop.app, "run_gui", lambda **kwargs: calls.append(kwargs) or 0)
    return calls


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"smoke": False}),
        (["--smoke"], {"smoke": True}),
        (["--smoke", "--data-dir", "somewhere"], {"data_dir": "somewhere", "smoke": True}),
        (["--data-dir", "somewhere"], {"data_dir": "somewhere", "smoke": False}),
    ],
)
def test_window_starts_with_the_options_given(started, argv, expected):
    assert main(argv) == 0
    assert started == [expected]


def test_the_everyday_start_does_not_build_the_command_line_parser(started, monkeypatch):
    monkeypatch.delitem(sys.modules, "desktop.cli", raising=False)
    main([])
    main(["--smoke"])
    assert "desktop.cli" not in sys.modules
