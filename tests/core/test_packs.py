"""Third-party content packs: same checks as the bundled content, on top of it, never outside."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.core.packs import MAX_ZIP_FILES, PackRejected, load_library, unpack_zip
from desktop.paths import content_dir

BUNDLED_LESSON = content_dir() / "lessons" / "hajime" / "update.ja.md"


def lesson_text(lesson_id: str, *, track: str = "hajime", items: str = "[basic-update-auto]", body: str = "") -> str:
    text = BUNDLED_LESSON.read_text(encoding="utf-8")
    head, rest = text.split("\n---\n", 1)
    lines = [line for line in head.splitlines() if not line.startswith(("id:", "track:", "items:"))]
    return "\n".join(lines) + f"\nid: {lesson_id}\ntrack: {track}\nitems: {items}\n---\n{body or rest}"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_pack_adds_lessons_that_use_bundled_tracks_and_items(tmp_path):
    write(tmp_path / "packs" / "kumiai" / "lessons" / "x" / "extra.ja.md", lesson_text("kumiai-extra"))
    result = load_library(content_dir(), tmp_path / "packs", cache_dir=tmp_path / "cache")
    assert result.problems == []
    lesson = result.model.lessons["kumiai-extra"]
    assert lesson.track == "hajime" and lesson.items == ("basic-update-auto",)
    assert lesson.pack_root == tmp_path / "packs" / "kumiai"
    assert "hajime-update" in result.model.lessons  # the bundled content is all there


def test_a_pack_cannot_reuse_a_bundled_id(tmp_path):
    write(tmp_path / "packs" / "copy" / "lessons" / "x" / "same.ja.md", lesson_text("hajime-update"))
    result = load_library(content_dir(), tmp_path / "packs")
    [problem] = result.problems
    assert problem.path == "copy/lessons/x/same.ja.md"
    assert "duplicate lesson id 'hajime-update'" in problem.message
    assert result.model.lessons["hajime-update"].texts.ja.path == BUNDLED_LESSON


def test_a_broken_pack_file_is_skipped_and_the_rest_loads(tmp_path):
    write(tmp_path / "packs" / "p" / "lessons" / "x" / "good.ja.md", lesson_text("p-good"))
    write(tmp_path / "packs" / "p" / "lessons" / "x" / "bad.ja.md", lesson_text("p-bad", items="[no-such-item]"))
    result = load_library(content_dir(), tmp_path / "packs")
    assert "p-good" in result.model.lessons and "p-bad" not in result.model.lessons
    assert [p.path for p in result.problems] == ["p/lessons/x/bad.ja.md"]


def test_pack_markdown_gets_the_same_sanitising(tmp_path):
    body = "## 見出し\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![i](../../../etc/passwd)\n"
    write(tmp_path / "packs" / "p" / "lessons" / "x" / "l.ja.md", lesson_text("p-unsafe", body=body))
    result = load_library(content_dir(), tmp_path / "packs")
    from desktop.core.render import render_markdown

    lesson = result.model.lessons["p-unsafe"]
    html = render_markdown(lesson.text().body, base_dir=lesson.folder, pack_root=lesson.pack_root).html
    assert "<script" not in html and "javascript:" not in html and "passwd" not in html


def test_a_zipped_pack_loads_like_a_folder(tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    with zipfile.ZipFile(packs / "kumiai.zip", "w") as archive:
        archive.writestr("kumiai/lessons/x/z.ja.md", lesson_text("zip-lesson"))
    result = load_library(content_dir(), packs, cache_dir=tmp_path / "cache")
    assert result.problems == []
    assert result.model.lessons["zip-lesson"].pack_root.is_relative_to(tmp_path / "cache")


@pytest.mark.parametrize("name", ["../evil.ja.md", "/abs/evil.ja.md", "a/../../evil.ja.md", "C:/evil.ja.md"])
def test_a_zip_member_outside_the_pack_is_refused_before_anything_is_written(tmp_path, name):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("ok/lessons/x/a.ja.md", "---\n---\n")
        handle.writestr(name, "x")
    with pytest.raises(PackRejected, match="outside the pack"):
        unpack_zip(archive, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "evil.ja.md").exists()


def test_zip_bombs_and_floods_are_refused(tmp_path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("p/big.ja.md", "a" * (20 * 1024 * 1024))
    with pytest.raises(PackRejected, match="expands"):
        unpack_zip(bomb, tmp_path / "out")
    flood = tmp_path / "flood.zip"
    with zipfile.ZipFile(flood, "w") as handle:
        for number in range(MAX_ZIP_FILES + 1):
            handle.writestr(f"p/{number}.txt", "")
    with pytest.raises(PackRejected, match="at most"):
        unpack_zip(flood, tmp_path / "out")


def test_a_rejected_zip_is_reported_and_other_packs_still_load(tmp_path):
    packs = tmp_path / "packs"
    write(packs / "fine" / "lessons" / "x" / "f.ja.md", lesson_text("fine-lesson"))
    (packs / "broken.zip").write_bytes(b"not a zip")
    result = load_library(content_dir(), packs, cache_dir=tmp_path / "cache")
    assert "fine-lesson" in result.model.lessons
    assert [(p.path, p.line) for p in result.problems] == [("broken.zip", 1)]
    assert "not a readable zip" in result.problems[0].message


def test_content_check_accepts_a_zipped_pack(tmp_path, capsys):
    from desktop.__main__ import main

    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("p/lessons/x/bad.ja.md", lesson_text("p-x", items="[no-such-item]"))
    assert main(["content", "check", str(archive)]) == 1
    out = capsys.readouterr().out
    assert "p/lessons/x/bad.ja.md:" in out and "no-such-item" in out
