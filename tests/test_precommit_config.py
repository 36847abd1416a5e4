"""The pre-commit configuration runs ruff on Python files and the content check on content."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_runs_ruff_and_the_content_check():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert hooks["ruff"]["entry"].split()[1:4] == ["-m", "ruff", "check"]
    assert hooks["ruff"]["types"] == ["python"]
    content = hooks["content-check"]
    assert content["entry"].split()[1:] == ["-m", "desktop", "content", "check"]
    assert content["pass_filenames"] is False and content["files"] == "^content/"
    for hook in hooks.values():
        assert hook["entry"].startswith(".venv/bin/python "), "the project's own tools, nothing downloaded"
