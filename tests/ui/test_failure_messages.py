"""What the window says when a write fails or the records cannot be used: the real cause,
what was not saved, and never a choice that would hide intact records."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.app import open_store_or_explain
from desktop.storage.db import open_store
from tests.support.failing_disk import disk_full, fail_writes_under
from tests.support.gui import FileChoices


class Dialogs:
    """Answers the next modal message boxes: clicks WANTED when the box has it, else the
    box's quit/cancel button (so a wrong dialog fails the test instead of hanging it).
    Keeps each box's text, informative text and button labels."""

    def __init__(self, *wanted: str):
        self.queue = list(wanted)
        self.seen: list[dict] = []
        QTimer.singleShot(20, self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, self._answer)
            return
        buttons = {b.text(): b for b in box.findChildren(QPushButton) if b.text()}
        self.seen.append({"text": box.text(), "info": box.informativeText(), "buttons": sorted(buttons)})
        wanted = self.queue.pop(0) if self.queue else None
        target = buttons.get(wanted) or buttons.get("終了する") or next(iter(buttons.values()))
        target.click()
        if self.queue:
            QTimer.singleShot(20, self._answer)

    def words(self) -> str:
        return "\n".join(f"{d['text']}\n{d['info']}" for d in self.seen)

    def buttons(self) -> set[str]:
        return {label for d in self.seen for label in d["buttons"]}


def make_records(dirs) -> None:
    with open_store(dirs.database, dirs.backup) as store:
        store.create_profile("株式会社のこる")


def test_records_from_a_newer_mamori_are_not_offered_to_be_replaced(qtbot, dirs):
    make_records(dirs)
    conn = sqlite3.connect(dirs.database)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('mamori', 'm999_future', '2030')")
    conn.commit()
    conn.close()
    before = dirs.database.read_bytes()
    dialogs = Dialogs("OK")
    assert open_store_or_explain(dirs) is None
    assert "新しい版" in dialogs.words()
    assert not {"空の記録で始める", "バックアップから戻す"} & dialogs.buttons()
    assert dirs.database.read_bytes() == before
    assert not any(p.name.startswith("mamori.db.") for p in dirs.data.iterdir())


def test_records_that_cannot_be_written_are_explained_and_kept(qtbot, dirs, monkeypatch):
    from tests.storage.test_unusable_database import make_read_only

    make_records(dirs)
    before = sorted(p.name for p in dirs.data.iterdir())
    make_read_only(monkeypatch, dirs.data)
    dialogs = Dialogs("OK")
    try:
        assert open_store_or_explain(dirs) is None
    finally:
        monkeypatch.undo()
        for path in [dirs.data, *dirs.data.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert "書き込めません" in dialogs.words() and "そのまま残してあります" in dialogs.words()
    assert "空の記録で始める" not in dialogs.buttons()
    assert sorted(p.name for p in dirs.data.iterdir()) == before
    with open_store(dirs.database, dirs.backup) as store:
        assert [p.name for p in store.list_profiles()] == ["株式会社のこる"]


def test_a_full_disk_at_the_start_says_so_and_offers_no_fresh_start(qtbot, dirs, monkeypatch):
    from desktop.storage import backup
    from tests.storage.test_unusable_database import _sqlite_full

    old = Path(__file__).resolve().parents[1] / "storage" / "data" / "schema-v1.db"
    dirs.database.write_bytes(old.read_bytes())
    monkeypatch.setattr(backup, "_copy_verified", lambda source, target: (_ for _ in ()).throw(_sqlite_full()))
    dialogs = Dialogs("OK")
    assert open_store_or_explain(dirs) is None
    assert "ディスクの空きがありません" in dialogs.words()
    assert "空の記録で始める" not in dialogs.buttons()
    assert not any(p.name.startswith("mamori.db.") for p in dirs.data.iterdir())


def test_a_pdf_export_onto_a_full_disk_says_it_was_not_saved(make_window, company, tmp_path, monkeypatch, qtbot):
    window = make_window()
    window.show_page("report")
    view = window.views["report"]
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "report.pdf"
    FileChoices(monkeypatch, str(target))
    fail_writes_under(monkeypatch, folder, disk_full, after_bytes=4096)
    dialogs = Dialogs("OK")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.seen), timeout=20000)
    assert "ディスクの空きがありません" in dialogs.words() and "保存されていません" in dialogs.words()
    assert list(folder.iterdir()) == []
    assert "書き出しました" not in window.statusBar().currentMessage()


def test_an_error_while_saving_never_claims_the_work_was_saved(qtbot, tmp_path):
    from desktop.ui.errors import install_excepthook
    from tests.storage.test_unusable_database import _sqlite_full

    previous = sys.excepthook
    install_excepthook(tmp_path / "mamori.log")
    try:
        error, bug = _sqlite_full(), ValueError("a bug")
        dialogs = Dialogs("OK", "OK")
        sys.excepthook(type(error), error, error.__traceback__)
        sys.excepthook(type(bug), bug, None)
    finally:
        sys.excepthook = previous
    words = dialogs.words()
    assert "作業中のデータは保存されています" not in words
    assert "ディスクの空きがありません" in dialogs.seen[0]["text"]
    assert "保存されていません" in dialogs.seen[0]["text"]
    assert "保存されていない可能性があります" in dialogs.seen[-1]["text"]


def test_a_log_folder_that_cannot_be_made_does_not_stop_the_start(tmp_path, capsys):
    import logging

    from desktop.ui.errors import setup_logging

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    root = logging.getLogger("mamori")
    saved = list(root.handlers)
    for handler in saved:
        root.removeHandler(handler)
    try:
        assert setup_logging(blocker / "logs") is None
        logging.getLogger("mamori").warning("still heard")
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved:
            root.addHandler(handler)
    err = capsys.readouterr().err
    assert "no log file" in err and "still heard" in err


@pytest.mark.parametrize("damage", ["damaged", "file-as-folder"])
def test_smoke_never_waits_for_a_dialog(tmp_path, damage):
    data = tmp_path / "data"
    if damage == "damaged":
        data.mkdir()
        (data / "mamori.db").write_bytes(b"not a database " * 100)
    else:
        data.write_text("a file where the data folder should be")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "--smoke"],
                                capture_output=True, text=True, env=env, timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("--smoke waited for a dialog")
    assert result.returncode == 1
    assert result.stderr.startswith("mamori: ") and "Traceback" not in result.stderr


def test_settings_that_cannot_be_saved_are_reported(qtbot, dirs, monkeypatch, capsys):
    from desktop.app import run_gui
    from tests.support.failing_disk import read_only

    make_records(dirs)
    dirs.ensure()
    fail_writes_under(monkeypatch, dirs.config, read_only)
    assert run_gui(str(dirs.data), smoke=True) == 0
    assert "settings cannot be saved" in capsys.readouterr().err
