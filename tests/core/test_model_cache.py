"""The loaded library kept between starts: used only while nothing it came from changed."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop.core import loader, model_cache
from desktop.core.localized import Text
from desktop.core.packs import MODEL_CACHE_FILE, load_library
from desktop.paths import content_dir
from tests.support.content_packs import LESSON, SCHEME, write_files


@pytest.fixture
def count_loads(monkeypatch):
    """How many times the content files were actually parsed."""
    calls = []
    real = loader.load_content

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(loader, "load_content", counting)
    return calls


def test_the_bundled_library_comes_back_identical(tmp_path, count_loads):
    first = load_library(content_dir(), tmp_path / "packs", cache_dir=tmp_path / "cache")
    second = load_library(content_dir(), tmp_path / "packs", cache_dir=tmp_path / "cache")
    assert len(count_loads) == 1  # the second start read the cache, not the lessons
    assert second.model == first.model and second.problems == first.problems
    lesson = second.model.lessons["hajime-update"]
    assert lesson.text("ja").quiz[0].choices == first.model.lessons["hajime-update"].text("ja").quiz[0].choices
    assert isinstance(lesson.text("ja").quiz, tuple) and isinstance(lesson.pack_root, type(content_dir()))
    requirement = second.model.schemes["scs"].requirements["1-1-1-1"]
    assert isinstance(requirement.get("jama"), tuple)  # free-form values keep their tuples
    selfcheck = second.model.schemes["selfcheck"]
    assert selfcheck.data["answers"][0]["label"] == Text("実施している", "Done")  # words in free-form data
    assert selfcheck.requirements["1"].get("text").get("en").startswith("When updates come out")
    assert second.model.tracks["hajime"].title.get("en") == first.model.tracks["hajime"].title.en


def test_an_edited_lesson_is_read_again(make_pack, tmp_path, count_loads):
    root = make_pack()
    cache = tmp_path / "cache"
    assert load_library(root, cache_dir=cache).model.lessons["first"].text().title == "はじめてのレッスン"
    path = root / "lessons" / "basics" / "first.ja.md"
    path.write_text(LESSON.replace("はじめてのレッスン", "書き直したレッスン"), encoding="utf-8")
    assert load_library(root, cache_dir=cache).model.lessons["first"].text().title == "書き直したレッスン"
    assert len(count_loads) == 2


def test_same_size_edit_with_a_new_time_is_read_again(make_pack, tmp_path):
    root = make_pack()
    cache = tmp_path / "cache"
    load_library(root, cache_dir=cache)
    path = root / "lessons" / "basics" / "first.ja.md"
    before = path.stat()
    path.write_text(LESSON.replace("はじめて", "さいしょ"), encoding="utf-8")  # same length
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    assert path.stat().st_size == before.st_size
    assert load_library(root, cache_dir=cache).model.lessons["first"].text().title == "さいしょのレッスン"


def test_adding_and_removing_a_pack_changes_the_library(make_pack, tmp_path):
    root = make_pack()
    packs, cache = tmp_path / "packs", tmp_path / "cache"
    extra = LESSON.replace("id: first", "id: extra").replace("order: 1", "order: 2")
    write_files(packs / "kumiai", {"lessons/x/extra.ja.md": extra})
    assert "extra" in load_library(root, packs, cache_dir=cache).model.lessons
    (packs / "kumiai" / "lessons" / "x" / "extra.ja.md").unlink()
    assert "extra" not in load_library(root, packs, cache_dir=cache).model.lessons


def test_problems_are_kept_with_the_cached_library(make_pack, tmp_path, count_loads):
    root = make_pack({"lessons/basics/broken.ja.md": "---\nid: [\n---\n"})
    first = load_library(root, cache_dir=tmp_path / "cache")
    second = load_library(root, cache_dir=tmp_path / "cache")
    assert first.problems and second.problems == first.problems
    assert second.problems[0].path.endswith("broken.ja.md")
    assert len(count_loads) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: text.split("\n", 1)[0] + "\nnot json",
        lambda text: text.replace('"id":', '"unknown_field":', 1),  # fields that no class has
        lambda text: "mamori-content 0000\n" + text.split("\n", 1)[1],  # another fingerprint
        lambda text: text.split("\n", 1)[0] + "\n" + json.dumps({"model": [], "problems": []}),
    ],
)
def test_a_damaged_or_foreign_cache_means_a_normal_load(make_pack, tmp_path, damage, count_loads):
    root = make_pack()
    cache = tmp_path / "cache"
    expected = load_library(root, cache_dir=cache)
    cache_file = cache / MODEL_CACHE_FILE
    cache_file.write_text(damage(cache_file.read_text(encoding="utf-8")), encoding="utf-8")
    again = load_library(root, cache_dir=cache)
    assert again.model == expected.model and len(count_loads) == 2
    assert model_cache.load(cache_file, model_cache.fingerprint([root, cache / "packs"])) is not None  # rewritten


@pytest.mark.parametrize(
    ("note", "value"),
    [("2025-03-01", date(2025, 3, 1)), ("{1: 一}", {1: "一"})],  # a date; a number as a key
)
def test_a_value_json_cannot_hold_is_not_cached(make_pack, tmp_path, count_loads, note, value):
    scheme = SCHEME.replace("version: v1", f"version: v1\nnote: {note}")
    root = make_pack({"schemes/demo.yaml": scheme})
    result = load_library(root, cache_dir=tmp_path / "cache")
    assert result.model.schemes["demo"].data["note"] == value
    assert not (tmp_path / "cache" / MODEL_CACHE_FILE).exists()
    again = load_library(root, cache_dir=tmp_path / "cache")
    assert again.model == result.model and len(count_loads) == 2


def test_a_cache_folder_that_cannot_be_written_only_costs_time(make_pack, tmp_path):
    root = make_pack()
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    result = load_library(root, cache_dir=blocked)
    assert "first" in result.model.lessons


def test_the_cache_builds_only_content_classes(tmp_path):
    """Whatever the file says, reading it builds content objects or nothing (no pickle)."""
    cache_file = tmp_path / MODEL_CACHE_FILE
    cache_file.write_text('mamori-content k\n{"model": {"__class__": "os.system"}, "problems": []}', encoding="utf-8")
    assert model_cache.load(cache_file, "k") is None


def test_every_part_of_the_loader_is_in_the_fingerprint():
    """The loader is split by kind (loader_base, loader_schemes, …); a change to any part
    has to make the kept library stale, so each file is in the fingerprint."""
    core = Path(model_cache.__file__).parent
    parts = {path.stem for path in core.glob("loader*.py")}
    assert {"loader", "loader_base", "loader_schemes", "loader_checklists", "loader_lessons"} <= parts
    assert parts <= set(model_cache._CODE_MODULES)


@pytest.mark.parametrize("part", ["loader_base", "loader_schemes", "loader_checklists", "loader_lessons", "localized"])
def test_a_changed_loader_part_changes_the_fingerprint(tmp_path, monkeypatch, part):
    copy = tmp_path / "core"
    copy.mkdir()
    for name in model_cache._CODE_MODULES:
        shutil.copy2(Path(model_cache.__file__).parent / f"{name}.py", copy / f"{name}.py")
    monkeypatch.setattr(model_cache.content, "__file__", str(copy / "content.py"))
    before = model_cache.fingerprint([])
    changed = copy / f"{part}.py"
    os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 1_000_000_000))
    assert model_cache.fingerprint([]) != before
