"""取引先の状況 as a buyer uses it: pick a folder, read the table, sort, filter, open a report,
export the table. The folder and save dialogs are answered at the app's one file-dialog
seam (tests.support.gui.FileChoices)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.ui import suppliers_view
from tests.support.collect_support import base_summary, company_id, variant, write
from tests.support.content import bundled_content
from tests.support.gui import FileChoices


@pytest.fixture(scope="module")
def base():
    return base_summary(bundled_content().model)


def all_met(summary):
    for level in summary["schemes"].values():
        for criterion in level["criteria"]:
            criterion["status"] = "met"
        level.update(met=level["total"], partial=0, not_met=0, unknown=0, na=0, unanswered=0)


@pytest.fixture
def inbox(base, tmp_path):
    folder = tmp_path / "受け取った報告書"
    write(folder / "a.json", variant(base, 1, name="あおば電機"))
    write(folder / "b.json", variant(base, 2, name="かもめ精密", change=all_met))
    write(folder / "c.json", variant(base, 3, name="さくら工業"))
    (folder / "broken.json").write_text("{", encoding="utf-8")
    return folder


def open_screen(make_window, qtbot):
    window = make_window()
    window.show_page("suppliers")
    view = window.views["suppliers"]
    qtbot.waitUntil(view.isVisible)
    return window, view


def names(view) -> list[str]:
    return [view.table.item(r, 0).text() for r in range(view.table.rowCount())]


def pick(qtbot, combo, data) -> None:
    """Choose an entry of a combo box with the keyboard, as a person does."""
    combo.setFocus()
    while combo.currentData() != data:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_choosing_a_folder_collects_it_and_fills_the_table(make_window, qtbot, inbox, monkeypatch, dirs):
    window, view = open_screen(make_window, qtbot)
    assert view.table.rowCount() == 0 and not view.export_button.isEnabled()
    choices = FileChoices(monkeypatch, str(inbox))
    qtbot.mouseClick(view.collect_button, Qt.MouseButton.LeftButton)
    assert [mode for mode, _title, _start in choices.asked] == ["folder"] and (dirs.data / "suppliers.db").is_file()
    assert sorted(names(view)) == ["あおば電機", "かもめ精密", "さくら工業"]
    assert "broken.json" in view.rejected_label.text() and "is not JSON" in view.rejected_label.text()
    assert view.count_label.text() == "3 社"

    # sort by company name, then the other way round, by clicking the header
    header = view.table.horizontalHeader()
    x = header.sectionPosition(0) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = names(view)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(view) == list(reversed(first)) and sorted(first) in (first, list(reversed(first)))

    # filter: ★3 achieved is only かもめ精密; not achieved the other two
    pick(qtbot, view.status_combo, "achieved")
    assert names(view) == ["かもめ精密"]
    pick(qtbot, view.status_combo, "not_achieved")
    assert sorted(names(view)) == ["あおば電機", "さくら工業"]
    pick(qtbot, view.scheme_combo, "scs-star4")
    assert sorted(names(view)) == ["あおば電機", "さくら工業"]
    row = names(view).index("あおば電機")
    assert view.table.item(row, 6).text() == "153"
    assert view.table.item(row, 7).text() == "未達成"


def test_a_report_opens_read_only_and_a_changed_file_is_explained(make_window, qtbot, inbox, monkeypatch):
    window, view = open_screen(make_window, qtbot)
    FileChoices(monkeypatch, str(inbox))
    qtbot.mouseClick(view.collect_button, Qt.MouseButton.LeftButton)
    row = names(view).index("さくら工業")
    rect = view.table.visualRect(view.table.model().index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.summary_dialog.isVisible())
    assert "さくら工業" in view.summary_browser.toPlainText()
    assert view.summary_browser.isReadOnly()
    view.summary_dialog.close()

    shown = []
    monkeypatch.setattr(suppliers_view, "show_error", lambda parent, title, what, todo, details="": shown.append(details))
    (inbox / "c.json").write_text((inbox / "c.json").read_text(encoding="utf-8") + " ", encoding="utf-8")
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert shown and "changed since it was collected" in shown[0]


def test_the_table_exports_as_csv(make_window, qtbot, inbox, monkeypatch, tmp_path):
    window, view = open_screen(make_window, qtbot)
    target = tmp_path / "一覧.csv"
    choices = FileChoices(monkeypatch, str(inbox), str(target))
    qtbot.mouseClick(view.collect_button, Qt.MouseButton.LeftButton)
    pick(qtbot, view.status_combo, "not_achieved")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert choices.asked[1][0] == "save" and choices.asked[1][2].endswith("取引先の状況.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert sorted(r["name"] for r in rows) == ["あおば電機", "さくら工業"]
    assert {r["supplier_id"] for r in rows} == {company_id(1), company_id(3)}
    assert all(r["scheme"] == "scs-star3" and r["scheme_achieved"] == "0" for r in rows)
    assert all(dt.date.fromisoformat(r["report_date"]) for r in rows)


def test_cancelling_the_folder_dialog_changes_nothing(make_window, qtbot, monkeypatch, dirs):
    window, view = open_screen(make_window, qtbot)
    FileChoices(monkeypatch, "")
    qtbot.mouseClick(view.collect_button, Qt.MouseButton.LeftButton)
    assert not (dirs.data / "suppliers.db").exists() and view.table.rowCount() == 0
