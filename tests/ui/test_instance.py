"""One Mamori per data folder: a second start on the same folder says plainly, in the UI's
language, that Mamori is already open; a lock left behind by a crash does not block."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import user_dirs
from desktop.ui.instance import LOCK_NAME, acquire_instance_lock
from tests.support.gui import LEFT, on_next_dialog

HOLD = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from desktop.ui.instance import acquire_instance_lock
    lock = acquire_instance_lock(sys.argv[1])
    print("held" if lock else "refused", flush=True)
    if sys.argv[2] == "crash":
        os._exit(0)  # gone without unlocking, as after a crash or a power cut
    sys.stdin.readline()
""")


def other_mamori(folder, how: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(folder), how], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout.readline().strip() == "held"
    return process


@pytest.fixture
def app_state_restored():
    """run_gui sets the application's translators, font and style: put them back."""
    app = QApplication.instance()
    translators, font, sheet = app.findChildren(QTranslator), app.font(), app.styleSheet()
    yield
    for translator in app.findChildren(QTranslator):
        if translator not in translators:
            app.removeTranslator(translator)
            translator.setParent(None)
    app.setStyleSheet(sheet)
    app.setFont(font)
    QLocale.setDefault(QLocale("ja_JP"))


@pytest.mark.parametrize(("lang", "title", "words"), [
    ("ja", "Mamori はすでに開いています", "別の Mamori のウィンドウで開かれています"),
    ("en", "Mamori is already open", "already open in another Mamori window"),
])
def test_a_second_start_on_the_same_folder_says_mamori_is_already_open(qtbot, isolated_user_folders,
                                                                       app_state_restored, lang, title, words):
    from desktop.app import run_gui

    dirs = user_dirs(isolated_user_folders).ensure()
    QSettings(str(dirs.settings_file), QSettings.Format.IniFormat).setValue("ui/language", lang)
    first = other_mamori(dirs.data, "hold")
    seen = []

    def read(box):
        assert isinstance(box, QMessageBox), f"expected a message, got {box!r}"
        seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        QTest.mouseClick(box.buttons()[0], LEFT)

    try:
        on_next_dialog(read)
        assert run_gui(str(dirs.data)) == 1, "the second start stops"
    finally:
        first.communicate("\n", timeout=30)
    [(shown_title, text, buttons)] = seen
    assert shown_title == title
    assert words in text
    assert len(buttons) == 1, "one button: there is nothing to choose"


def test_a_lock_left_by_a_crash_does_not_block_the_next_start(tmp_path):
    crashed = other_mamori(tmp_path, "crash")
    crashed.communicate(timeout=30)  # waits, and closes its pipes (an open one warns later)
    assert (tmp_path / LOCK_NAME).exists(), "the crashed Mamori left its lock file behind"
    lock = acquire_instance_lock(tmp_path)
    assert lock is not None, "a stale lock blocked the start"
    lock.unlock()


def test_while_one_mamori_has_the_folder_another_cannot_take_it(tmp_path):
    first = other_mamori(tmp_path, "hold")
    try:
        assert acquire_instance_lock(tmp_path) is None
    finally:
        first.communicate("\n", timeout=30)
    lock = acquire_instance_lock(tmp_path)
    assert lock is not None, "the folder is free once the first Mamori has closed"
    lock.unlock()
