"""One version, set in desktop/__init__.py, is the one every output shows."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from desktop import __version__
from desktop.__main__ import main

ROOT = Path(__file__).resolve().parent.parent


def test_version_prints_the_package_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"Mamori {__version__}"


def test_pyproject_takes_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop.__version__"}


def test_the_summary_and_the_hand_over_file_carry_it(capsys, tmp_path):
    import json

    assert main(["profile", "create", "株式会社いちご商店"]) == 0
    assert main(["export", "--profile", "株式会社いちご商店", "--format", "json", "-o", str(tmp_path / "s.json")]) == 0
    assert main(["handover", "export", "--profile", "株式会社いちご商店", "-o", str(tmp_path / "h.json")]) == 0
    for name in ("s.json", "h.json"):
        assert json.loads((tmp_path / name).read_text(encoding="utf-8"))["app_version"] == __version__
