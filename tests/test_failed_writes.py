"""Every writer either writes the whole file or says, in one line, why it did not; nothing
claims a success it did not achieve, and no empty or partial file is left behind."""

from __future__ import annotations

import json

import pytest

from desktop.__main__ import main
from tests.support.failing_disk import disk_full, fail_writes_under, leftovers, locked, read_only

FORMATS = ("pdf", "html", "csv", "json")


@pytest.fixture
def company(isolated_user_folders):
    assert main(["profile", "create", "株式会社テスト"]) == 0
    return "株式会社テスト"


def export(fmt: str, path) -> int:
    return main(["export", "--profile", "株式会社テスト", "--format", fmt, "-o", str(path)])


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_into_a_missing_folder_says_so_and_exits_1(company, tmp_path, capsys, fmt):
    target = tmp_path / "no-such-folder" / f"summary.{fmt}"
    capsys.readouterr()
    assert export(fmt, target) == 1
    out, err = capsys.readouterr()
    assert "wrote" not in out
    assert "does not exist" in err and err.count("\n") == 1 and "Traceback" not in err
    assert not target.parent.exists()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("make_error", "words"), [
    (disk_full, "the disk is full"),
    (read_only, "cannot be written"),
    (locked, "another program is using the file"),
])
def test_a_failed_export_names_the_cause_and_leaves_the_old_file_alone(company, tmp_path, capsys, monkeypatch,
                                                                      fmt, make_error, words):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"summary.{fmt}"
    target.write_bytes(b"the previous export")
    fail_writes_under(monkeypatch, folder, make_error, after_bytes=100 if make_error is disk_full else None)
    capsys.readouterr()
    assert export(fmt, target) == 1
    out, err = capsys.readouterr()
    assert "wrote" not in out
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert target.read_bytes() == b"the previous export"
    assert leftovers(folder) == ["summary." + fmt]  # no partial file beside it


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_successful_export_is_complete_and_leaves_nothing_else(company, tmp_path, fmt):
    folder = tmp_path / "out"
    folder.mkdir()
    assert export(fmt, folder / f"s.{fmt}") == 0
    data = (folder / f"s.{fmt}").read_bytes()
    assert data.startswith({"pdf": b"%PDF", "html": b"<!DOCTYPE", "csv": "\ufeff".encode(), "json": b"{"}[fmt])
    assert leftovers(folder) == [f"s.{fmt}"]


def test_hand_over_export_on_a_full_disk_says_so_and_leaves_nothing(company, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    fail_writes_under(monkeypatch, folder, disk_full, after_bytes=50)
    capsys.readouterr()
    assert main(["handover", "export", "--profile", "株式会社テスト", "-o", str(folder / "p.json")]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and err.count("\n") == 1
    assert leftovers(folder) == []


@pytest.mark.parametrize("command", [
    ["handover", "export", "--profile", "株式会社テスト", "-o", "{tmp}/missing/p.json"],
    ["handover", "import", "{tmp}/missing.json"],
    ["verify", "{tmp}/missing.json"],
    ["verify", "{tmp}"],
    ["content", "check", "{tmp}/missing"],
])
def test_missing_files_and_folders_end_in_one_line(company, tmp_path, capsys, command):
    capsys.readouterr()
    assert main([part.replace("{tmp}", str(tmp_path)) for part in command]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mamori: ") and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("command", [["profile", "list"], ["profile", "create", "x"],
                                     ["export", "--profile", "x", "--format", "json", "-o", "x.json"]])
def test_a_data_folder_that_is_a_file_ends_in_one_line(tmp_path, capsys, command):
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker), *command]) == 1
    err = capsys.readouterr().err
    assert "a file is where a folder should be" in err and err.count("\n") == 1
    assert blocker.read_text() == "x"


def test_a_full_database_is_one_line_and_nothing_is_half_saved(company, capsys, monkeypatch):
    import desktop.storage.db as db

    real = db.open_database

    def nearly_full(path):
        conn = real(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own 'database or disk is full'
        return conn

    monkeypatch.setattr(db, "open_database", nearly_full)
    capsys.readouterr()
    assert main(["profile", "create", "大きな会社", "--scope", "全社" * 4000]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and err.count("\n") == 1
    monkeypatch.setattr(db, "open_database", real)
    assert main(["profile", "list"]) == 0
    assert "大きな会社" not in capsys.readouterr().out


# -- verify --------------------------------------------------------------------------------

@pytest.fixture
def summary_file(company, tmp_path):
    path = tmp_path / "s.json"
    assert export("json", path) == 0
    return path


def test_verify_refuses_a_second_company_before_the_real_one(summary_file, capsys):
    text = summary_file.read_text(encoding="utf-8")
    forged = text.replace('\n  "company": {', '\n  "company": {"name": "偽の会社"},\n  "company": {', 1)
    assert forged != text
    summary_file.write_text(forged, encoding="utf-8")
    capsys.readouterr()
    assert main(["verify", str(summary_file)]) == 1
    assert "appears twice" in capsys.readouterr().err


def test_verify_refuses_an_unknown_top_level_field_even_with_a_fresh_digest(summary_file, capsys):
    from desktop.core.summary import with_digest

    data = json.loads(summary_file.read_text(encoding="utf-8"))
    data.pop("digest")
    data["certified_by"] = "第三者機関"
    summary_file.write_text(json.dumps(with_digest(data), ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["verify", str(summary_file)]) == 1
    assert "certified_by" in capsys.readouterr().out


def test_verify_still_accepts_an_unchanged_export(summary_file, capsys):
    assert main(["verify", str(summary_file)]) == 0
    assert "unchanged" in capsys.readouterr().out
