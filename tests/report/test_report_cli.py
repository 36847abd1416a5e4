"""`mamori export` as a buyer-facing command: a real subprocess, no display, every format."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from desktop.__main__ import main
from desktop.report.tabular import columns
from tests.support.summary_support import COMPANY, NOTE_TEXT, REPO_ROOT, fill_store, mixed_plan


@pytest.fixture(scope="module")
def data_dir(model, data_folder):
    """A data folder holding one company, written through the store and closed again."""
    return data_folder("cli-data", lambda store: fill_store(store, model, mixed_plan(model)))


def headless_env(data_dir) -> dict[str, str]:
    """The environment of a server or CI job: no display, no Qt platform chosen."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["MAMORI_DATA_DIR"] = str(data_dir)
    return env


def mamori(data_dir, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
                          cwd=REPO_ROOT, env=headless_env(data_dir), capture_output=True, text=True,
                          encoding="utf-8", timeout=180)


def test_export_in_english_as_a_workbook(data_dir, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "summary.xlsx"
    result = mamori(data_dir, "export", "--profile", COMPANY, "--format", "xlsx", "--lang", "en", "-o", str(out))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    book = load_workbook(out)
    assert book.sheetnames[0] == "Cover" and book["Cover"]["A1"].value == "Information security readiness report"
    refused = mamori(data_dir, "export", "--profile", COMPANY, "--format", "pdf", "--lang", "fr", "-o", str(out))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr and "--lang" in refused.stderr


@pytest.mark.parametrize("fmt", ["pdf", "html", "csv", "json", "xlsx"])
def test_export_from_a_subprocess_without_display(data_dir, tmp_path, fmt):
    out = tmp_path / f"山田 summary.{fmt}"
    result = mamori(data_dir, "export", "--profile", COMPANY, "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"wrote {out}" in result.stdout
    data = out.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF-")
        reader = PdfReader(str(out))
        assert len(reader.pages) > 1
        assert COMPANY in reader.pages[0].extract_text()
    elif fmt == "html":
        assert data.startswith(b"<!DOCTYPE html>") and COMPANY.encode() in data
    elif fmt == "xlsx":
        assert data.startswith(b"PK")
    elif fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf" + ",".join(column[1].ja for column in columns("requirements")).encode())
        assert data.count(b"\r\n") == 154
    else:
        summary = json.loads(data)
        assert summary["company"]["name"] == COMPANY and summary["detail"] == "requirements"
        verified = mamori(data_dir, "verify", str(out))
        assert verified.returncode == 0 and "unchanged" in verified.stdout


def test_export_then_verify_in_process(data_dir, tmp_path, capsys):
    out = tmp_path / "summary.json"
    assert main(["--data-dir", str(data_dir), "export", "--profile", COMPANY, "--format", "json",
                 "--detail", "notes", "--declared-by", "代表取締役 山田一郎", "-o", str(out)]) == 0
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["detail"] == "notes" and summary["declared_by"] == "代表取締役 山田一郎"
    assert NOTE_TEXT in {entry.get("note") for entry in summary["plan"]}
    capsys.readouterr()
    assert main(["verify", str(out)]) == 0
    assert "unchanged" in capsys.readouterr().out
    summary["declared_by"] = "別人"
    out.write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
    assert main(["verify", str(out)]) == 1
    assert "declared_by" in capsys.readouterr().out


def test_export_of_an_unknown_company_exits_1_with_a_sentence(data_dir, tmp_path, capsys):
    out = tmp_path / "x.json"
    assert main(["--data-dir", str(data_dir), "export", "--profile", "存在しない会社", "--format", "json",
                 "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "存在しない会社" in err and COMPANY in err and "Traceback" not in err
    assert not out.exists()


def test_export_to_an_unwritable_place_exits_1(data_dir, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "x.csv"
    assert main(["--data-dir", str(data_dir), "export", "--profile", COMPANY, "--format", "csv",
                 "-o", str(out)]) == 1
    assert "folder it goes in does not exist" in capsys.readouterr().err
