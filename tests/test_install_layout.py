"""Where the bundled lessons and font are found, and what happens when they are not there.

A broken installation (a wheel without its data, a bundle missing a folder) must never look
like a working one: --smoke, `content check` and every export stop with a message that
names what is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.__main__ import main

CHECKOUT = Path(__file__).resolve().parent.parent


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- the three layouts ----------------------------------------------------------------------------
def test_an_installed_package_uses_its_own_data_folder(tmp_path, monkeypatch):
    installed = tmp_path / "site-packages" / "desktop" / "_data"
    (installed / "content").mkdir(parents=True)
    (installed / "resources").mkdir()
    monkeypatch.setattr(paths, "INSTALLED_DATA", installed)
    assert paths.bundle_root() == installed
    assert paths.content_dir() == installed / "content"
    assert paths.resource("fonts", "x.otf") == installed / "resources" / "fonts" / "x.otf"


def test_a_checkout_uses_the_folders_at_the_top_of_the_repository(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "INSTALLED_DATA", tmp_path / "no-such-folder")
    assert paths.bundle_root() == CHECKOUT
    assert paths.bundled_problems() == []


def test_a_pyinstaller_bundle_wins_over_both(tmp_path, monkeypatch):
    (tmp_path / "_data" / "content").mkdir(parents=True)
    monkeypatch.setattr(paths, "INSTALLED_DATA", tmp_path / "_data")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.content_dir() == tmp_path / "bundle" / "content"


# -- broken installations -------------------------------------------------------------------------
def link(target: Path, source: Path) -> None:
    """A symbolic link where the system allows one (Windows may not), else a copy."""
    try:
        target.symlink_to(source, target_is_directory=source.is_dir())
    except OSError:
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target)


def make_bundle(root: Path, *, content: str = "full", font: str = "full") -> Path:
    """A bundle folder like PyInstaller's: content/ and resources/ side by side."""
    root.mkdir(parents=True, exist_ok=True)
    if content == "full":
        link(root / "content", CHECKOUT / "content")
    elif content == "no-lessons":
        shutil.copytree(CHECKOUT / "content", root / "content", ignore=shutil.ignore_patterns("lessons"))
    fonts = root / "resources" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copy(CHECKOUT / "resources" / "fonts" / "OFL.txt", fonts)
    if font == "full":
        link(fonts / "NotoSansJP-Regular.otf", CHECKOUT / "resources" / "fonts" / "NotoSansJP-Regular.otf")
    elif font == "empty":
        (fonts / "NotoSansJP-Regular.otf").write_bytes(b"")
    elif font == "broken":
        (fonts / "NotoSansJP-Regular.otf").write_bytes(b"not a font at all")
    return root


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    """Point Mamori at a bundle folder built by the test; the font is registered afresh."""
    from desktop.report import fonts

    monkeypatch.setattr(fonts, "_family", None)
    monkeypatch.setattr(fonts, "_loaded", False)

    def use(**kinds: str) -> Path:
        root = make_bundle(tmp_path / "bundle", **kinds)
        monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
        return root

    return use


def test_content_check_without_bundled_content_says_so(bundle, capsys):
    root = bundle(content="none")
    code, out, err = run(capsys, "content", "check")
    assert code == 1
    assert f"{root / 'content'}: the bundled lessons and checklists are missing" in err
    assert "reinstall" in err and "Traceback" not in err


def test_content_check_with_no_lessons_is_a_problem_not_a_pass(bundle, capsys):
    bundle(content="no-lessons")
    code, out, err = run(capsys, "content", "check")
    assert code == 1
    assert "no lessons could be loaded" in out


def test_content_check_without_the_font_says_so(bundle, capsys):
    root = bundle(font="none")
    code, _, err = run(capsys, "content", "check")
    assert code == 1
    assert f"{root / 'resources' / 'fonts' / 'NotoSansJP-Regular.otf'}: the bundled Japanese font is missing" in err


def test_an_empty_pack_folder_is_a_problem(tmp_path, capsys):
    (tmp_path / "pack").mkdir()
    code, out, _ = run(capsys, "content", "check", str(tmp_path / "pack"))
    assert code == 1
    assert "no lessons or checklists found" in out


@pytest.mark.parametrize("fmt", ["json", "csv", "html", "pdf"])
def test_every_export_refuses_without_the_bundled_content(bundle, tmp_path, capsys, fmt):
    assert run(capsys, "profile", "create", "株式会社いちご商店")[0] == 0
    bundle(content="none")
    target = tmp_path / f"summary.{fmt}"
    code, _, err = run(capsys, "export", "--profile", "株式会社いちご商店", "--format", fmt, "-o", str(target))
    assert code == 1
    assert "the bundled lessons and checklists are missing" in err and "Traceback" not in err
    assert not target.exists()


@pytest.mark.parametrize("font", ["none", "empty", "broken"])
def test_pdf_export_refuses_without_the_bundled_font(bundle, tmp_path, capsys, font):
    assert run(capsys, "profile", "create", "株式会社いちご商店")[0] == 0
    bundle(font=font)
    target = tmp_path / "summary.pdf"
    code, _, err = run(capsys, "export", "--profile", "株式会社いちご商店", "--format", "pdf", "-o", str(target))
    assert code == 1
    reason = {"none": "is missing", "empty": "is empty", "broken": "cannot be loaded"}[font]
    assert f"the bundled Japanese font {reason}" in err
    assert "Traceback" not in err and not target.exists()


def smoke(bundle_root: Path, data_dir: Path) -> subprocess.CompletedProcess:
    """`mamori --smoke` in a fresh process whose bundle folder is `bundle_root`."""
    code = ("import sys; sys._MEIPASS = sys.argv[1]; from desktop.__main__ import main; "
            "sys.exit(main(['--smoke']))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MAMORI_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-c", code, str(bundle_root)], env=env, cwd=bundle_root.parent,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize(("kinds", "expected"), [
    ({"content": "no-lessons"}, "no lessons could be loaded"),
    ({"font": "broken"}, "the bundled Japanese font cannot be loaded"),
])
def test_smoke_fails_on_an_incomplete_installation(tmp_path, kinds, expected):
    result = smoke(make_bundle(tmp_path / "bundle", **kinds), tmp_path / "data")
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr and "smoke ok" not in result.stdout
    assert "Traceback" not in result.stderr
