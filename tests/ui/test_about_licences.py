"""設定 → Mamori について: whose code Mamori ships, and the button that opens the licence texts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from desktop import paths


def about_box(make_window):
    window = make_window()
    window.show_page("settings")
    return window.views["settings"]


def test_from_a_checkout_the_about_box_names_the_licences(make_window):
    view = about_box(make_window)
    text = view.licence_text.text()
    assert "Apache License 2.0" in text and "CC BY 4.0" in text and "LGPL-3.0" in text


def test_a_bundle_lists_every_shipped_library_and_opens_its_notices(make_window, qtbot, tmp_path, monkeypatch):
    notices = tmp_path / "bundle" / "licenses"
    notices.mkdir(parents=True)
    (notices / "third-party.tsv").write_text("PySide6_Essentials\t6.11.3\tLGPL-3.0-only\nPython\t3.11.7\tPSF-2.0\n",
                                             encoding="utf-8")
    monkeypatch.setattr(paths, "notices_dir", lambda: notices)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    view = about_box(make_window)
    assert "PySide6_Essentials 6.11.3（LGPL-3.0-only）" in view.licence_text.text()
    assert "Python 3.11.7（PSF-2.0）" in view.licence_text.text()
    view.ensureWidgetVisible(view.licence_button)
    qtbot.waitUntil(lambda: view.licence_button.isVisible())
    qtbot.mouseClick(view.licence_button, Qt.MouseButton.LeftButton)
    assert opened == [str(notices)]


def test_without_a_bundle_the_button_opens_the_lgpl_and_gpl_texts(make_window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    view = about_box(make_window)
    view.ensureWidgetVisible(view.licence_button)
    qtbot.mouseClick(view.licence_button, Qt.MouseButton.LeftButton)
    assert opened == [str(paths.resource("licenses"))]
    assert (paths.resource("licenses") / "LGPL-3.0.txt").is_file()
