"""Every control, once: visit each screen as a person would and press everything that can be
pressed. Modal dialogs that open are closed with Escape. The test fails if any press raised,
wrote an error to the log or showed the unexpected-error dialog."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMenu,
    QTabBar,
    QToolBar,
    QTreeWidget,
)

from desktop.ui.main_window import PAGES
from tests.support.gui import LEFT, click, message_text, press_escape, trigger_menu
from tests.support.gui import _plain as plain_text

# Entries that end the program or throw away the window: pressed in their own journeys.
NOT_PRESSED_HERE = {"終了", "Quit"}


class DialogCloser:
    """Closes every modal dialog that opens (Escape), remembering what each said."""

    def __init__(self):
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.close_open_dialog)
        self.timer.start()

    def close_open_dialog(self) -> None:
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is None or not widget.isVisible():
            return
        if isinstance(widget, QMenu):
            return  # menus are driven by the test itself
        self.seen.append(message_text(widget))
        if isinstance(widget, QDialog):
            press_escape(widget)
            if widget.isVisible():
                widget.reject()
        else:
            widget.close()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def company_with_data(store, company):
    learner = store.add_learner(company.id, "山田 花子")
    store.add_learner(company.id, "佐藤 一郎")
    store.set_answer(company.id, 1, "yes", by=learner.id)
    store.set_answer(company.id, 2, "no", by=learner.id)
    return company


def visible_buttons(widget) -> list[QAbstractButton]:
    return [b for b in widget.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]


def press_everything_on(qtbot, window, page) -> list[str]:
    """Click the first row of every list, every tab, then every enabled button once."""
    pressed: list[str] = []
    for tree in page.findChildren(QTreeWidget):
        if tree.isVisible() and tree.topLevelItemCount():
            top = tree.topLevelItem(0)
            row = top.child(0) if top.childCount() else top
            tree.scrollToItem(row)
            qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(row).center())
    for bar in page.findChildren(QTabBar):
        for index in range(bar.count()):
            if bar.isVisible() and bar.isTabEnabled(index):
                qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
                pressed.append(f"tab {bar.tabText(index)}")
    done: set[int] = set()
    for _round in range(6):  # pressing can show more buttons (a quiz tab, a pointer)
        fresh = [b for b in visible_buttons(page) if id(b) not in done]
        if not fresh:
            break
        for button in fresh:
            done.add(id(button))
            if not (button.isVisible() and button.isEnabled()):
                continue
            if isinstance(button.parent(), QLineEdit):
                continue  # a line edit's clear icon: pressed with the search journey
            pressed.append(button.text() or button.accessibleName() or button.objectName())
            click(qtbot, button)
    return pressed


def test_every_control_on_every_screen(make_window, company_with_data, qtbot, monkeypatch, caplog):
    opened: list[str] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toString()) or True)
    caplog.set_level(logging.WARNING, logger="mamori")
    window = make_window()
    closer = DialogCloser()
    pressed: list[str] = []
    try:
        for row, key in enumerate(PAGES):
            nav = window.nav
            qtbot.mouseClick(nav.viewport(), LEFT, pos=nav.visualItemRect(nav.item(row)).center())
            assert window.stack.currentWidget() is window.views[key]
            pressed += press_everything_on(qtbot, window, window.views[key])
        for button in visible_buttons(window.findChild(QToolBar, "ProfileBar")):
            pressed.append(button.text())
            click(qtbot, button)
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions():
                name = plain_text(action.text())
                if action.isSeparator() or not action.isEnabled() or name in NOT_PRESSED_HERE:
                    continue
                trigger_menu(qtbot, window, plain_text(menu_action.text()), name)
                pressed.append(f"menu {name}")
    finally:
        closer.stop()
    unexpected = [text for text in closer.seen if "予期しない" in text or "unexpected" in text.lower()]
    assert not unexpected, unexpected
    problems = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not problems, problems
    # The walk really reached the controls that people use most.
    for expected in ("受講者を追加", "実施している", "書き出す…（Ctrl+E）", "今すぐバックアップ", "menu 新しい会社",
                     "menu 使い方ガイド"):
        assert expected in pressed, f"{expected!r} was never pressed: {pressed}"
