"""Long work runs off the GUI thread: the window keeps painting a busy dialog, a second
click does not start the work again, and a failure in the work shows the usual message.

The work is held on a threading.Event, so the tests see it "still running" without any
fixed wait; everything is pressed as a person does."""

from __future__ import annotations

import errno
import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from tests.support.gui import FileChoices, click, on_next_dialog, wait_for_background_work
from tests.ui.test_journeys import go_to, wait_for_dialogs


class HeldWork:
    """Wraps a function: records the thread each call runs on and holds it until released."""

    def __init__(self, real):
        self.real = real
        self.threads: list[int] = []
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.get_ident())
        self.entered.set()
        assert self.release.wait(20), "the test never released the work"
        return self.real(*args, **kwargs)


def _busy_dialog(widget):
    return widget.findChild(QProgressDialog, "BusyDialog")


def test_a_report_export_runs_off_the_gui_thread_and_a_second_start_is_refused(qtbot, make_window, company,
                                                                             tmp_path, monkeypatch):
    import desktop.ui.report_view as report_view

    held = HeldWork(report_view.export_summary)
    monkeypatch.setattr(report_view, "export_summary", held)
    window = make_window()
    go_to(qtbot, window, "report")
    view = window.views["report"]
    target = tmp_path / "report.pdf"
    choices = FileChoices(monkeypatch, str(target))
    click(qtbot, view.export_button)
    qtbot.waitUntil(held.entered.is_set)
    assert held.threads[0] != threading.get_ident()
    # The GUI thread is free: the busy dialog appears and paints while the work is held.
    qtbot.waitUntil(lambda: _busy_dialog(view) is not None and _busy_dialog(view).isVisible())
    busy = _busy_dialog(view)
    assert busy.labelText() == "報告書を書き出しています…"
    assert busy.windowModality() == Qt.WindowModality.WindowModal
    assert not busy.grab().isNull()
    # A second click on the (disabled) button starts nothing.
    assert not view.export_button.isEnabled()
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert len(choices.asked) == 1
    held.release.set()
    wait_for_background_work(qtbot)
    assert len(held.threads) == 1
    assert target.read_bytes().startswith(b"%PDF")
    assert view.export_button.isEnabled()
    assert not _busy_dialog(view) or not _busy_dialog(view).isVisible()
    assert str(target) in window.statusBar().currentMessage()
    window.findChild(QMessageBox, "SavedNote").close()


def test_a_failure_in_the_work_shows_what_was_not_saved(qtbot, make_window, company, tmp_path, monkeypatch):
    import desktop.ui.report_view as report_view

    threads = []

    def full_disk(_summary, _fmt, path):
        threads.append(threading.get_ident())
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(report_view, "export_summary", full_disk)
    window = make_window()
    go_to(qtbot, window, "report")
    view = window.views["report"]
    target = tmp_path / "report.pdf"
    FileChoices(monkeypatch, str(target))
    seen, failures = [], []

    def answer(box):
        seen.append((box.windowTitle(), box.text()))
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    on_next_dialog(answer, failures=failures)
    click(qtbot, view.export_button)
    wait_for_background_work(qtbot)
    wait_for_dialogs(qtbot, failures)
    assert threads and threads[0] != threading.get_ident()
    assert seen and seen[0][0] == "書き出せませんでした"
    assert f"報告書は保存されていません: {target}" in seen[0][1]
    assert not target.exists()
    assert view.export_button.isEnabled()
    assert window.findChild(QMessageBox, "SavedNote") is None


def test_backup_now_copies_through_its_own_connection_off_the_gui_thread(qtbot, make_window, company, dirs,
                                                                         monkeypatch):
    import desktop.storage.backup as backup

    held = HeldWork(backup.backup_database)
    monkeypatch.setattr(backup, "backup_database", held)
    window = make_window()
    go_to(qtbot, window, "settings")
    view = window.views["settings"]
    before = view.backup_list.count()
    button = next(b for b in view.findChildren(QPushButton) if b.text() == "今すぐバックアップ")
    click(qtbot, button)
    qtbot.waitUntil(held.entered.is_set)
    assert held.threads[0] != threading.get_ident()
    assert not button.isEnabled() and not view.restore_button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second press while it runs
    held.release.set()
    wait_for_background_work(qtbot)
    assert len(held.threads) == 1
    assert view.backup_list.count() == before + 1
    assert button.isEnabled()
    assert "バックアップを保存しました" in window.statusBar().currentMessage()
    # The store's own connection still works on the GUI thread afterwards.
    assert window.session.store.find_profile(company.id) is not None


def test_a_hand_over_file_is_written_then_read_back_in(qtbot, make_window, store, company, tmp_path,
                                                       monkeypatch):
    window = make_window()
    go_to(qtbot, window, "settings")
    view = window.views["settings"]
    target = tmp_path / "company.mamori.json"
    FileChoices(monkeypatch, str(target), str(target))
    click(qtbot, view.export_button)
    wait_for_background_work(qtbot)
    assert target.stat().st_size > 0
    window.findChild(QMessageBox, "SavedNote").close()
    store.delete_profile(company.id)
    seen, failures = [], []

    def answer(box):
        seen.append(box.text())
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    on_next_dialog(answer, failures=failures)
    reader = next(b for b in view.findChildren(QPushButton) if b.text() == "読み込む…")
    click(qtbot, reader)
    wait_for_background_work(qtbot)
    wait_for_dialogs(qtbot, failures)
    assert seen == ["「株式会社テスト工業」を読み込みました。"]
    assert store.find_profile(company.id) is not None


def test_ctrl_e_before_the_busy_dialog_shows_does_not_export_twice(qtbot, make_window, company, tmp_path,
                                                                   monkeypatch):
    import desktop.ui.operations as operations
    import desktop.ui.report_view as report_view

    monkeypatch.setattr(operations, "SHOW_AFTER_MS", 60_000)  # the window still takes keys
    held = HeldWork(report_view.export_summary)
    monkeypatch.setattr(report_view, "export_summary", held)
    window = make_window()
    go_to(qtbot, window, "report")
    view = window.views["report"]
    target = tmp_path / "report.pdf"
    choices = FileChoices(monkeypatch, str(target))  # one answer: a second file dialog fails the test
    QTest.keySequence(window, QKeySequence("Ctrl+E"))
    qtbot.waitUntil(held.entered.is_set)
    QTest.keySequence(window, QKeySequence("Ctrl+E"))
    held.release.set()
    wait_for_background_work(qtbot)
    assert len(choices.asked) == 1 and len(held.threads) == 1
    assert target.read_bytes().startswith(b"%PDF")
    assert view.export_button.isEnabled()
    window.findChild(QMessageBox, "SavedNote").close()


def test_going_back_to_a_backup_copies_it_off_the_gui_thread(qtbot, make_window, store, company, dirs,
                                                             monkeypatch):
    from PySide6.QtWidgets import QApplication

    import desktop.storage.restore as restore
    from desktop.storage.backup import backup_database
    from desktop.storage.db import open_store
    from tests.support.gui import press_yes

    backup_database(dirs.database, dirs.backup)
    store.create_profile("後から足した会社")
    held = HeldWork(restore.replace_database)
    monkeypatch.setattr(restore, "replace_database", held)
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(True))  # the test runner goes on
    window = make_window()
    go_to(qtbot, window, "settings")
    view = window.views["settings"]
    view.backup_list.setCurrentRow(0)
    told, failures = [], []

    def done(box):
        told.append(box.windowTitle())
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def confirm(box):
        on_next_dialog(done, failures=failures, timeout=20)
        press_yes(box)

    on_next_dialog(confirm, failures=failures)
    click(qtbot, view.restore_button)
    qtbot.waitUntil(held.entered.is_set)
    assert held.threads[0] != threading.get_ident()
    qtbot.waitUntil(lambda: _busy_dialog(view) is not None and _busy_dialog(view).isVisible())
    assert not view.restore_button.isEnabled()
    held.release.set()
    wait_for_dialogs(qtbot, failures)
    assert told == ["バックアップに戻しました"] and quits == [True]
    with open_store(dirs.database, dirs.backup) as again:
        assert [p.name for p in again.list_profiles()] == [company.name]
