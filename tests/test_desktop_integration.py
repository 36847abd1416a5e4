"""Icon, Linux desktop entry and AppStream metadata: present, consistent and valid."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import DESKTOP_ID, __version__
from desktop.paths import resource

LINUX = resource("linux")
DESKTOP_FILE = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_every_png_icon_has_its_size(size, qapp):
    from PySide6.QtGui import QImage

    image = QImage(str(resource("icons", f"mamori-{size}.png")))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_ico_and_icns_hold_the_sizes_windows_and_macos_ask_for():
    ico = resource("icons", "mamori.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0"
    count = int.from_bytes(ico[4:6], "little")
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    icns = resource("icons", "mamori.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)


def test_the_window_gets_the_icon_and_the_desktop_file_name(qapp):
    from desktop.app import set_identity

    set_identity(qapp)
    assert qapp.desktopFileName() == DESKTOP_ID
    sizes = {s.width() for s in qapp.windowIcon().availableSizes()}
    assert {16, 32, 256} <= sizes


def test_desktop_entry_and_metainfo_agree_with_the_app():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == DESKTOP_ID and section["Exec"] == "mamori"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == DESKTOP_FILE.name
    newest = root.find("releases/release")
    assert newest.get("version") == __version__, "add a <release> for the new version to the metainfo"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_is_valid():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_svg_source_is_there():
    text = Path(resource("icons", "mamori.svg")).read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
