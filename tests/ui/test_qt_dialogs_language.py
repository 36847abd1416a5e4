"""Qt's own dialogs speak the UI's language: message box buttons, the file dialog, the
calendar popup of the due date. Started the way the app starts them (install_translator)."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QDate, QPoint, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QToolButton,
)

from tests.support.gui import LEFT, click, on_next_dialog, press_escape
from tests.ui.conftest import english_ui
from tests.ui.test_journeys import click_row, go_to, tree_row

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@contextmanager
def ui_language(lang: str):
    """The UI in LANG as desktop.app starts it; Japanese again afterwards."""
    if lang == "en":
        with english_ui():
            yield
        return
    from desktop.app import install_translator

    app = QApplication.instance()
    before = app.findChildren(QTranslator)
    install_translator(app, "ja")
    try:
        yield
    finally:
        for translator in app.findChildren(QTranslator):
            if translator not in before:
                app.removeTranslator(translator)
                translator.setParent(None)


def plain(text: str) -> str:
    return re.sub(r"\(&.\)", "", text).replace("&", "").rstrip(":：").strip()


EXPECTED_BUTTONS = {"ja": ["はい", "いいえ", "キャンセル"], "en": ["Yes", "No", "Cancel"]}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_message_box_buttons_speak_the_ui_language(qtbot, make_window, lang):
    with ui_language(lang):
        window = make_window(lang)
        seen = []

        def read(box):
            assert isinstance(box, QMessageBox)
            seen.extend(plain(box.button(b).text()) for b in (QMessageBox.StandardButton.Yes,
                                                              QMessageBox.StandardButton.No,
                                                              QMessageBox.StandardButton.Cancel))
            QTest.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)

        on_next_dialog(read)
        QMessageBox.question(window, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                             | QMessageBox.StandardButton.Cancel)
    assert seen == EXPECTED_BUTTONS[lang]


def test_the_learner_removal_question_says_hai_and_iie(qtbot, make_window, store, company):
    learner = store.add_learner(company.id, "山田 花子")
    with ui_language("ja"):
        window = make_window()
        window.session.select_learner(learner)
        go_to(qtbot, window, "learn")
        seen = []

        def read(box):
            seen.extend(plain(b.text()) for b in box.buttons())
            QTest.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)

        on_next_dialog(read)
        click(qtbot, window.views["learn"].remove_learner_button)
        qtbot.waitUntil(lambda: bool(seen))
    assert sorted(seen) == sorted(["はい", "いいえ"])
    assert [p.name for p in store.list_learners(company.id)] == ["山田 花子"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_file_dialog_speaks_the_ui_language(qtbot, make_window, company, lang):
    with ui_language(lang):
        window = make_window(lang)
        go_to(qtbot, window, "report")
        texts: dict[str, str] = {}

        def read(dialog):
            assert isinstance(dialog, QFileDialog)
            for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
                texts[name] = plain(dialog.findChild(QLabel, name).text())
            box = dialog.findChild(QDialogButtonBox)
            texts["buttons"] = " ".join(plain(b.text()) for b in box.buttons())
            texts["title"] = dialog.windowTitle()
            press_escape(dialog)

        on_next_dialog(read)
        click(qtbot, window.views["report"].export_button)
        qtbot.waitUntil(lambda: bool(texts) and QApplication.activeModalWidget() is None, timeout=10000)
    if lang == "ja":
        for name, text in texts.items():
            assert JAPANESE.search(text), f"{name}: {text!r} is not Japanese"
        assert "保存" in texts["buttons"] and "キャンセル" in texts["buttons"]
    else:
        for name, text in texts.items():
            assert not JAPANESE.search(text), f"{name}: {text!r} is Japanese in the English UI"
        assert (texts["lookInLabel"], texts["fileNameLabel"]) == ("Look in", "File name")
        assert "Save" in texts["buttons"] and "Cancel" in texts["buttons"]


MONTHS = {"ja": "3月", "en": "March"}
WEEKDAYS = {"ja": {"月", "火", "水", "木", "金", "土", "日"}, "en": {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_due_date_calendar_speaks_the_ui_language(qtbot, make_window, company, lang):
    with ui_language(lang):
        window = make_window(lang)
        go_to(qtbot, window, "checklists")
        view = window.views["checklists"]
        item_id = next(iter(window.session.content.items))
        click_row(qtbot, view.tree, tree_row(view.tree, item_id))
        click(qtbot, view.editor.due_check)
        view.editor.due_edit.setDate(QDate(2027, 3, 10))
        # The arrow at the right end of the date field opens the calendar.
        edit = view.editor.due_edit
        qtbot.mouseClick(edit, LEFT, pos=QPoint(edit.width() - 8, edit.height() // 2))
        calendar = edit.calendarWidget()
        qtbot.waitUntil(lambda: calendar.isVisible(), timeout=3000)
        month = plain(calendar.findChild(QToolButton, "qt_calendar_monthbutton").text())
        table = calendar.findChild(QTableView, "qt_calendar_calendarview")
        model = table.model()
        header = {str(model.data(model.index(0, column))) for column in range(model.columnCount())}
        press_escape(calendar)
        qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=3000)
    assert isinstance(calendar, QCalendarWidget)
    assert month == MONTHS[lang]
    assert header == WEEKDAYS[lang], header
