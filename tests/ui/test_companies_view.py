"""会社の一覧, pressed as the consultant presses it: sort, search, open, CSV, remove many with
one confirmation, and a new company on the self-check within three interactions."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.ui.companies_view import CompaniesDialog
from desktop.ui.profile_dialog import ProfileDialog
from tests.support.gui import (
    LEFT,
    FileChoices,
    click,
    on_next_dialog,
    type_text,
    wait_for_background_work,
)
from tests.ui.test_journeys import wait_for_dialogs

COMPANIES = {"株式会社いろは": "yes", "有限会社にほへ": "no", "合同会社とちり": "partial"}


def _fill(store):
    ids = {}
    for name, answer in COMPANIES.items():
        profile = store.create_profile(name)
        for question in range(1, 26):
            store.set_answer(profile.id, question, answer)
        ids[name] = profile.id
    store.set_item_status(ids["株式会社いろは"], "basic-update-auto", "done")
    return ids


def _visible_names(dialog) -> list[str]:
    table = dialog.table
    return [table.item(r, 0).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]


def _click_row(qtbot, table, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, modifier, rect.center())


def _with_overview(qtbot, window, handler, failures):
    """Open the overview from the tool bar and run HANDLER on it."""
    def run(dialog):
        assert isinstance(dialog, CompaniesDialog), dialog
        handler(dialog)

    on_next_dialog(run, failures=failures)
    click(qtbot, window.companies_button)
    wait_for_dialogs(qtbot, failures)


def test_sort_search_export_and_open(qtbot, make_window, store, tmp_path, monkeypatch):
    _fill(store)
    window = make_window()
    failures: list = []
    target = tmp_path / "companies.csv"
    monkeypatch.setattr("desktop.ui.file_dialogs.QMessageBox.show", lambda self: None)  # the saved note
    seen = {}

    def use(dialog):
        assert _visible_names(dialog) == sorted(COMPANIES)  # by name at first
        header = dialog.table.horizontalHeader()
        qtbot.mouseClick(header.viewport(), LEFT, pos=header.rect().topLeft() + _section_centre(header, 2))
        order = _visible_names(dialog)
        if order[0] == "株式会社いろは":  # descending first: click once more for ascending
            qtbot.mouseClick(header.viewport(), LEFT, pos=header.rect().topLeft() + _section_centre(header, 2))
            order = _visible_names(dialog)
        seen["by score"] = order
        click(qtbot, dialog.search)
        type_text(dialog.search, "とちり")
        seen["searched"] = _visible_names(dialog)
        seen["count"] = dialog.count_label.text()
        FileChoices(monkeypatch, str(target))
        click(qtbot, dialog.csv_button)
        wait_for_background_work(qtbot)
        assert dialog.csv_button.isEnabled()
        dialog.search.clear()
        _click_row(qtbot, dialog.table, "有限会社にほへ")
        click(qtbot, dialog.open_button)

    _with_overview(qtbot, window, use, failures)
    assert seen["by score"] == ["有限会社にほへ", "合同会社とちり", "株式会社いろは"]  # 0, 50, 100 points
    assert seen["searched"] == ["合同会社とちり"] and "1 社を表示" in seen["count"]
    assert window.session.profile.name == "有限会社にほへ"
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "会社" and len(rows) == 4
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["株式会社いろは"][2] == "100" and by_name["有限会社にほへ"][2] == "0"
    assert int(by_name["株式会社いろは"][6]) == 1 and int(by_name["有限会社にほへ"][6]) == 0


def _section_centre(header, index):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(index) + header.sectionSize(index) // 2, header.height() // 2)


def test_remove_many_with_one_confirmation_leaves_no_trace(qtbot, make_window, store, dirs):
    from desktop.storage.backup import backup_database, list_backups

    ids = _fill(store)
    backup_database(store.db, dirs.backup)
    window = make_window()
    window.session.select_profile(ids["有限会社にほへ"])
    window.refresh_profiles()
    failures: list = []
    asked: list[str] = []

    def confirm(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "RemoveCompanies"
        asked.append(box.text() + box.informativeText())
        delete = next(b for b in box.buttons() if b.text() == "削除する")
        QTest.mouseClick(delete, LEFT)

    def use(dialog):
        _click_row(qtbot, dialog.table, "有限会社にほへ")
        _click_row(qtbot, dialog.table, "合同会社とちり", Qt.KeyboardModifier.ControlModifier)
        on_next_dialog(confirm, failures=failures)
        click(qtbot, dialog.remove_button)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=5000)
        assert _visible_names(dialog) == ["株式会社いろは"]
        dialog.reject()

    _with_overview(qtbot, window, use, failures)
    assert len(asked) == 1 and "2 社" in asked[0] and "有限会社にほへ" in asked[0] and "合同会社とちり" in asked[0]
    assert [p.name for p in store.list_profiles()] == ["株式会社いろは"]
    assert window.session.profile.name == "株式会社いろは"
    combo = window.profile_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["株式会社いろは"]
    gone = ["有限会社にほへ".encode(), "合同会社とちり".encode()]
    for path in [dirs.database, dirs.database.with_name("mamori.db-wal"), *(b.path for b in list_backups(dirs.backup))]:
        if path.exists():
            data = path.read_bytes()
            assert not any(name in data for name in gone), path.name
    assert "株式会社いろは".encode() in list_backups(dirs.backup)[0].path.read_bytes()


def test_a_new_company_reaches_the_self_check_in_three_interactions(qtbot, make_window, store):
    _fill(store)
    window = make_window()
    failures: list = []
    interactions: list[str] = []

    def new_company(dialog):
        assert isinstance(dialog, ProfileDialog)
        type_text(dialog.name_edit, "株式会社ぬるを")
        interactions.append("type the name")
        save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "保存")
        interactions.append("press 保存")
        QTest.mouseClick(save, LEFT)

    def use(dialog):
        on_next_dialog(new_company, failures=failures)
        interactions.append("press 新しい会社で自社診断を始める")
        click(qtbot, dialog.new_button)

    _with_overview(qtbot, window, use, failures)
    assert len(interactions) <= 3, interactions
    assert window.session.profile.name == "株式会社ぬるを"
    assert window.stack.currentWidget() is window.views["selfcheck"]
