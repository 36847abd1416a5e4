"""The minimal valid pack the core tests start from, and helpers to write and read it.

`make_pack({...})` (conftest.py) writes a minimal valid pack (one scheme, one track, one
checklist with two items, one lesson) and then the files the test gives; a value of None
removes a base file. Tests override only the file they are about and keep the rest valid, so a problem
in the result can only come from what the test changed.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.loader import LoadResult

SCHEME = """\
id: demo
title: デモの制度
version: v1
requirements:
  - {id: "1", title: 一つ目}
  - {id: "2", title: 二つ目}
  - {id: "3", title: 三つ目}
"""

TRACKS = """\
- id: basics
  title: はじめ
  summary: 最初に読む
  order: 1
"""

CHECKLIST = """\
---
id: basics
title: 基本
order: 1
---

## 更新を入れる {#demo-a}
evidence: 更新の記録
maps: demo:1

更新は弱点をふさぎます。

## バックアップを取る {#demo-b}
evidence: バックアップの記録
maps: demo:2

バックアップがあれば戻せます。
"""

LESSON = """\
---
id: first
title: はじめてのレッスン
summary: 更新を入れられるようになります。
minutes: 5
audience: [staff]
track: basics
order: 1
items: [demo-a]
sources:
  - IPA「情報セキュリティ5か条」
quiz:
  - question: 更新の通知が来たら？
    choices: [その日に入れる, 無視する]
    answer: 1
    explanation: 更新は弱点をふさぎます。
---

## なぜ大事か

更新を入れましょう。
"""

BASE_FILES: dict[str, str] = {
    "schemes/demo.yaml": SCHEME,
    "tracks.yaml": TRACKS,
    "checklists/basics.ja.md": CHECKLIST,
    "lessons/basics/first.ja.md": LESSON,
}


def write_files(root: Path, files: dict[str, str | bytes | None]) -> Path:
    """Write `files` (relative path → text or bytes; None deletes) under `root`."""
    for rel, content in files.items():
        path = root / rel
        if content is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def line_of(text: str, needle: str) -> int:
    """1-based number of the first line of `text` that contains `needle`."""
    for number, line in enumerate(text.split("\n"), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} is not in the test input")


def messages(result: LoadResult) -> list[str]:
    return [str(problem) for problem in result.problems]


