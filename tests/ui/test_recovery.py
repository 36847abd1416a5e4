"""A damaged database: the user is asked, the file is kept, the newest backup comes back."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.app import open_store_or_explain
from desktop.storage.backup import backup_database
from desktop.storage.db import open_store


def answer_dialogs(*button_texts: str) -> list[str]:
    """Click the buttons with these texts in the next modal dialogs; return their messages."""
    seen: list[str] = []
    queue = list(button_texts)

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        wanted = queue.pop(0)
        next(b for b in box.findChildren(QPushButton) if b.text() == wanted).click()
        if queue:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)
    return seen


def damaged_folder(dirs):
    store = open_store(dirs.database, dirs.backup)
    store.create_profile("株式会社もとに戻る")
    backup_database(store.db, dirs.backup)
    store.close()
    for sidecar in (dirs.database.with_name("mamori.db-wal"), dirs.database.with_name("mamori.db-shm")):
        sidecar.unlink(missing_ok=True)
    dirs.database.write_bytes(b"this is not a database at all" * 100)


def test_quitting_leaves_the_damaged_file_exactly_as_it_was(qtbot, dirs):
    damaged_folder(dirs)
    before = dirs.database.read_bytes()
    answer_dialogs("終了する")
    assert open_store_or_explain(dirs) is None
    assert dirs.database.read_bytes() == before
    assert [p.name for p in dirs.data.iterdir() if p.name.startswith("mamori.db.")] == []


def test_restoring_keeps_the_damaged_file_and_brings_the_backup_back(qtbot, dirs):
    damaged_folder(dirs)
    before = dirs.database.read_bytes()
    messages = answer_dialogs("バックアップから戻す", "OK")
    store = open_store_or_explain(dirs)
    assert store is not None
    assert [p.name for p in store.list_profiles()] == ["株式会社もとに戻る"]
    kept = [p for p in dirs.data.iterdir() if p.name.startswith("mamori.db.damaged")]
    assert len(kept) == 1 and kept[0].read_bytes() == before
    assert "壊れている" in messages[0] and kept[0].name in messages[1]
    store.close()


def test_starting_fresh_also_keeps_the_damaged_file(qtbot, dirs):
    damaged_folder(dirs)
    answer_dialogs("空の記録で始める", "OK")
    store = open_store_or_explain(dirs)
    assert store.list_profiles() == []
    assert any(p.name.startswith("mamori.db.damaged") for p in dirs.data.iterdir())
    store.close()


def test_a_data_folder_that_cannot_be_written_is_explained_not_a_traceback(qtbot, tmp_path, monkeypatch):
    import desktop.ui.recovery as recovery
    from desktop.app import run_gui

    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x")
    shown = []
    monkeypatch.setattr(recovery, "show_error", lambda parent, title, what, todo, details="": shown.append((title, what)))
    assert run_gui(str(blocker / "data")) == 1
    assert shown and "記録を保存する場所" in shown[0][0] and str(blocker) in shown[0][1]


def test_a_backup_that_cannot_be_restored_puts_the_damaged_file_back(qtbot, dirs):
    """The restore fails half-way: the damaged file returns to its place, so nothing is
    lost and the next start asks the same question again."""
    damaged_folder(dirs)
    before = dirs.database.read_bytes()
    backup = next(dirs.backup.iterdir())
    backup.write_bytes(backup.read_bytes()[:4096] + b"\x07" * 4096)  # the backup is damaged too
    messages = answer_dialogs("バックアップから戻す", "OK")
    assert open_store_or_explain(dirs) is None
    assert "バックアップも読み込めませんでした" in messages[1]
    assert dirs.database.read_bytes() == before
    assert [p.name for p in dirs.data.iterdir() if p.name.startswith("mamori.db.")] == []
