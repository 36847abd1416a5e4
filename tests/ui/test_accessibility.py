"""What a screen reader reads: every control a person can reach with Tab has a name that
says what it is, on every screen and in the dialogs, in Japanese and in English."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QRadioButton,
    QWidget,
)

from desktop.ui.main_window import PAGES
from tests.support.gui import click, on_next_dialog, press_escape, trigger_menu
from tests.ui.conftest import english_ui
from tests.ui.test_journeys import go_to

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def plain(label: str) -> str:
    """A label's words without its accelerator and colon: 制度(&K): → 制度."""
    return re.sub(r"\(&.\)", "", label).replace("&", "").rstrip(":：").strip()


def reachable(root: QWidget) -> list[QWidget]:
    """Widgets a person can reach with the keyboard or the mouse in ROOT right now."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and w.isEnabled()
            and (w is root or not w.isWindow())]


def name_problems(root: QWidget, where: str, lang: str) -> list[str]:
    problems = []
    buddies = {id(label.buddy()): plain(label.text()) for label in root.findChildren(QLabel)
               if label.buddy() is not None and label.text()}
    for widget in reachable(root):
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the text field inside a spin box or combo box is read as part of it
        kind = type(widget).__name__
        own = widget.accessibleName().strip()
        interface = QAccessible.queryAccessibleInterface(widget)
        read = interface.text(QAccessible.Text.Name).strip() if interface else ""
        what = f"{where}: {kind} {own or read!r}"
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            name = own or read  # a button is read by its text
        else:
            name = own  # a field's own text is its value, not its name
        if not name:
            problems.append(f"{what} has no accessible name")
            continue
        if isinstance(widget, QComboBox):
            values = {widget.itemText(i) for i in range(widget.count())}
            if name in values:
                problems.append(f"{what} is named by its value, not by what it is for")
        label = buddies.get(id(widget))
        if label and label.lower() not in name.lower():
            problems.append(f"{what} is not named by its label {label!r}")
        if isinstance(widget, QRadioButton):
            group = interface.parent().text(QAccessible.Text.Name) if interface and interface.parent() else ""
            if not group.strip():
                problems.append(f"{what}: its group has no name (the question)")
        if lang == "en" and not isinstance(widget, QAbstractButton) and JAPANESE.search(name):
            problems.append(f"{what}: Japanese name in the English UI")
    return problems


def open_every_part(qtbot, window, key: str) -> None:
    """What a screen shows once it is used: an item open, a lesson and its quiz open."""
    view = window.views[key]
    if key == "checklists":
        view.select_item(next(iter(window.session.content.items)))
    elif key == "learn":
        view.open_lesson(next(iter(window.session.content.lessons)))


def walk_dialog(qtbot, window, open_it, where: str, lang: str) -> list[str]:
    """Open a dialog the way a person does, collect its unnamed controls, close it."""
    found: list[str] = []
    failures: list = []
    seen = []

    def look(dialog: QDialog) -> None:
        seen.append(dialog)
        found.extend(name_problems(dialog, where, lang))
        press_escape(dialog)
        if dialog.isVisible():
            dialog.reject()

    on_next_dialog(look, failures=failures)
    open_it()
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=10000)
    assert not failures, failures
    return found


def walk_everything(qtbot, window, lang: str) -> list[str]:
    problems = []
    for key in PAGES:
        go_to(qtbot, window, key)
        open_every_part(qtbot, window, key)
        QApplication.processEvents()
        problems += name_problems(window, key, lang)
        if key == "learn":
            learn = window.views["learn"]
            learn.reader.tabs.tabBar().setCurrentIndex(1)  # the quiz
            QApplication.processEvents()
            problems += name_problems(window, "learn quiz", lang)
    toolbar = window.profile_combo.parentWidget()
    edit, guide = (next(b for b in toolbar.findChildren(QAbstractButton) if b is w)
                   for w in (window.edit_profile_button, window.guide_button))
    problems += walk_dialog(qtbot, window, lambda: click(qtbot, edit), "company dialog", lang)
    problems += walk_dialog(qtbot, window, lambda: click(qtbot, guide), "guide", lang)
    go_to(qtbot, window, "learn")
    problems += walk_dialog(qtbot, window, lambda: click(qtbot, window.views["learn"].add_learner_button),
                            "new learner", lang)
    help_menu = "ヘルプ" if lang == "ja" else "Help"
    help_entry = "使い方ガイド" if lang == "ja" else "User guide"
    problems += walk_dialog(qtbot, window, lambda: trigger_menu(qtbot, window, help_menu, help_entry), "help", lang)
    return problems


def test_every_reachable_control_has_a_name_in_japanese(qtbot, make_window, company):
    window = make_window()
    problems = walk_everything(qtbot, window, "ja")
    assert not problems, "\n".join(problems)


def test_every_reachable_control_has_a_name_in_english(qtbot, make_window, company):
    with english_ui():
        window = make_window("en")
        problems = walk_everything(qtbot, window, "en")
    assert not problems, "\n".join(problems)


def test_the_new_learner_field_is_named_by_its_question(qtbot, make_window, company):
    window = make_window()
    go_to(qtbot, window, "learn")
    names = []

    def look(dialog):
        assert isinstance(dialog, QInputDialog)
        names.append(dialog.findChild(QWidget, "qt_inputdlg_lineedit") or dialog.focusWidget())
        names[-1] = names[-1].accessibleName()
        dialog.reject()

    on_next_dialog(look)
    click(qtbot, window.views["learn"].add_learner_button)
    qtbot.waitUntil(lambda: bool(names))
    assert names == ["受講する人の名前"]


@pytest.mark.parametrize("number", [1, 25])
def test_each_self_check_answer_is_read_with_its_question(qtbot, make_window, company, number):
    window = make_window()
    go_to(qtbot, window, "selfcheck")
    row = window.views["selfcheck"].rows[number]
    for button in row.buttons.values():
        parent = QAccessible.queryAccessibleInterface(button).parent()
        assert parent.text(QAccessible.Text.Name).startswith(f"質問 {number}:")
