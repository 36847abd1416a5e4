"""A damaged pack archive or folder is reported and skipped: the app and the other packs load."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from test_packs import lesson_text, write

from desktop.core.packs import load_library
from desktop.paths import content_dir

MEMBER = "kumiai/lessons/x/z.ja.md"


def _zip(path: Path, compression: int = zipfile.ZIP_STORED, members: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, text in (members or {MEMBER: lesson_text("zip-lesson")}).items():
            archive.writestr(name, text)
    return path


def _flip_in_data(path: Path) -> None:
    """Change one byte inside the first member's data (its header stays intact)."""
    raw = bytearray(path.read_bytes())
    name_len, extra_len = struct.unpack("<HH", raw[26:30])
    raw[30 + name_len + extra_len + 40] ^= 0x55
    path.write_bytes(bytes(raw))


def _set_header_field(path: Path, local_offset: int, central_offset: int, value: int) -> None:
    """Set a 2-byte field in the first member's local header and its central directory entry."""
    raw = bytearray(path.read_bytes())
    raw[local_offset:local_offset + 2] = struct.pack("<H", value)
    central = raw.rindex(b"PK\x01\x02")
    raw[central + central_offset:central + central_offset + 2] = struct.pack("<H", value)
    path.write_bytes(bytes(raw))


def bad_crc(path):
    _flip_in_data(_zip(path))


def bad_deflate(path):
    _flip_in_data(_zip(path, zipfile.ZIP_DEFLATED))


def unknown_compression(path):
    _set_header_field(_zip(path), 8, 10, 99)


def encrypted(path):
    _set_header_field(_zip(path), 6, 8, 0x1)


def file_where_a_folder_goes(path):
    _zip(path, members={"kumiai/lessons": "x", MEMBER: lesson_text("zip-lesson")})


def cut_short(path):
    _zip(path)
    path.write_bytes(path.read_bytes()[:-30])


@pytest.mark.parametrize("damage", [bad_crc, bad_deflate, unknown_compression, encrypted,
                                    file_where_a_folder_goes, cut_short])
def test_a_damaged_zip_is_reported_and_skipped(tmp_path, damage):
    packs = tmp_path / "packs"
    write(packs / "fine" / "lessons" / "x" / "f.ja.md", lesson_text("fine-lesson"))
    damage(packs / "broken.zip")
    result = load_library(content_dir(), packs, cache_dir=tmp_path / "cache")
    assert "fine-lesson" in result.model.lessons
    assert "zip-lesson" not in result.model.lessons
    assert [(p.path, p.line) for p in result.problems] == [("broken.zip", 1)]
    assert "pack not loaded" in result.problems[0].message
    unpacked = tmp_path / "cache" / "packs"
    assert not unpacked.exists() or list(unpacked.iterdir()) == []  # nothing half-unpacked left


def test_a_pack_folder_that_cannot_be_read_is_reported_and_skipped(tmp_path, monkeypatch):
    import desktop.core.loader as loader

    packs = tmp_path / "packs"
    write(packs / "a-bad" / "lessons" / "x" / "b.ja.md", lesson_text("bad-lesson"))
    write(packs / "fine" / "lessons" / "x" / "f.ja.md", lesson_text("fine-lesson"))
    real = loader.load_content

    def failing(root, **kwargs):
        if root.name == "a-bad":
            raise PermissionError(13, "Permission denied", str(root / "lessons"))
        return real(root, **kwargs)

    monkeypatch.setattr(loader, "load_content", failing)
    result = load_library(content_dir(), packs)
    assert "fine-lesson" in result.model.lessons
    assert [(p.path, p.message.startswith("pack not loaded")) for p in result.problems] == [("a-bad", True)]


def test_what_a_killed_start_left_in_the_cache_is_removed(tmp_path):
    import subprocess
    import sys

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    cache = tmp_path / "cache"
    (cache / "packs" / f".kumiai-0123.{child.pid}-0badf00d.partial" / "lessons").mkdir(parents=True)
    (cache / f".content-model.json.{child.pid}-0badf00d.partial").write_text("half a cache")
    packs = tmp_path / "packs"
    packs.mkdir()
    _zip(packs / "kumiai.zip")
    result = load_library(content_dir(), packs, cache_dir=cache)
    assert "zip-lesson" in result.model.lessons
    hidden = [p.name for p in [*cache.iterdir(), *(cache / "packs").iterdir()] if p.name.startswith(".")]
    assert hidden == []
