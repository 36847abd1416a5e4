"""Driving the window the way a person does: clicks, keys, typed text, menus, dialogs.

Every helper goes through a visible widget. Modal dialogs run their own event loop, so a
test says *before* the click what it will do in the dialog (`on_next_dialog`); the handler
then runs inside that loop and answers through the dialog's own widgets.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListView,
    QMenu,
    QMenuBar,
    QMessageBox,
    QRadioButton,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton


def click(qtbot, widget: QWidget) -> None:
    """A left click in the middle of a widget that a person can see and use."""
    assert widget.isVisible(), f"{widget!r} ({_label(widget)}) is not visible"
    assert widget.isEnabled(), f"{widget!r} ({_label(widget)}) is disabled"
    qtbot.mouseClick(widget, LEFT, pos=aim_at(widget))


def aim_at(widget: QWidget) -> QPoint:
    """Where a person clicks: a check box or radio button on its box (a wide one's middle
    can be empty space), anything else in its middle."""
    if isinstance(widget, QCheckBox | QRadioButton):
        return QPoint(min(10, widget.width() // 2), widget.height() // 2)
    return widget.rect().center()


def type_text(widget: QWidget, text: str) -> None:
    """Type text as a Japanese input method delivers it: one committed string.

    QTest's key clicks carry only Latin-1 characters; a person typing 山田 in an IME sends
    exactly this event to the focused widget."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose_in_combo(qtbot, combo: QComboBox, text: str) -> None:
    """Open a combo box's list with a click and click the entry that reads TEXT."""
    index = combo.findText(text)
    assert index >= 0, f"no entry {text!r} in combo {[combo.itemText(i) for i in range(combo.count())]}"
    click(qtbot, combo)
    view: QListView = combo.view()
    qtbot.waitUntil(view.isVisible)
    model_index = view.model().index(index, combo.modelColumn(), view.rootIndex())
    view.scrollTo(model_index)
    # The open list ignores a button release for one double-click interval after it
    # appears (so the release of the opening click does not choose); a person's second
    # click always comes later than that. (The one timed wait in the tests: Qt measures
    # that interval by the clock, and no event or signal marks its end.)
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    rect = view.visualRect(model_index).intersected(view.viewport().rect())
    assert not rect.isEmpty(), f"entry {text!r} is not on screen in the open list"
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())
    QApplication.processEvents()  # what the choice set off once the list closed


def trigger_menu(qtbot, window, *path: str) -> None:
    """Click a menu in the menu bar, then the entry (menus and entries named by their text,
    without the & of their keyboard accelerator)."""
    bar: QMenuBar = window.menuBar()
    menu = _find_menu(bar.actions(), path[0])
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    for name in path[1:]:
        action = next((a for a in menu.actions() if _plain(a.text()) == name), None)
        assert action is not None, f"no entry {name!r} in menu {[_plain(a.text()) for a in menu.actions()]}"
        qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
        if action.menu() is not None:
            menu = action.menu()
            qtbot.waitUntil(menu.isVisible)


def _find_menu(actions, name: str) -> QMenu:
    for action in actions:
        if action.menu() is not None and _plain(action.text()) == name:
            return action.menu()
    raise AssertionError(f"no menu {name!r} in {[_plain(a.text()) for a in actions]}")


def _plain(text: str) -> str:
    """A menu text without its accelerator: ファイル(&F) → ファイル, &Quit → Quit."""
    import re

    return re.sub(r"\(&.\)", "", text).replace("&", "").rstrip("…").strip()


def _label(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return widget.accessibleName() or widget.objectName()


# -- modal dialogs ----------------------------------------------------------------------------
_GENERATION = [0]


def forget_pending_dialog_handlers() -> None:
    """End every handler still waiting for a dialog (called after each test, so a handler
    whose dialog never came cannot answer the next test's dialog)."""
    _GENERATION[0] += 1


def on_next_dialog(handler: Callable[[QDialog], None], *, timeout: float = 10.0,
                   failures: list | None = None) -> None:
    """Run HANDLER on the next modal dialog as soon as it is shown, inside its event loop.

    Exceptions in the handler are stored in FAILURES (if given) and the dialog is closed, so
    a wrong expectation fails the test instead of leaving it waiting forever."""
    deadline = time.monotonic() + timeout
    generation = _GENERATION[0]

    def poll() -> None:
        if generation != _GENERATION[0]:
            return  # the test that asked has ended
        dialog = QApplication.activeModalWidget()
        # The busy dialog of background work (desktop.ui.operations) is not answered: the
        # handler is for the dialog that comes when the work has ended.
        if dialog is not None and dialog.isVisible() and dialog.objectName() != "BusyDialog":
            try:
                handler(dialog)
            except Exception as exc:  # noqa: BLE001 - reported to the test below
                dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
                if failures is None:
                    raise
                failures.append(exc)
            return
        if time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def dialog_button(dialog: QDialog, role: QDialogButtonBox.ButtonRole) -> QAbstractButton:
    """The button of a dialog's button box that has ROLE (Accept: OK/Save/Yes, Reject: Cancel)."""
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == role and button.isVisible():
                return button
    raise AssertionError(f"{dialog!r} ({dialog.windowTitle()}) has no visible button with role {role}")


def press_ok(dialog: QDialog) -> None:
    QTest.mouseClick(dialog_button(dialog, QDialogButtonBox.ButtonRole.AcceptRole), LEFT)


def press_yes(box: QMessageBox) -> None:
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)


def press_escape(dialog: QWidget) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def answer_text(text: str) -> Callable[[QDialog], None]:
    """Type TEXT into an input dialog's field and press OK."""

    def handler(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog), f"expected an input dialog, got {dialog!r}"
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        type_text(edit, text)
        press_ok(dialog)

    return handler


class FileChoices:
    """Answers to the app's file dialogs, in order (the one documented seam:
    desktop.ui.file_dialogs.run_file_dialog). Records what each dialog was asked to show."""

    def __init__(self, monkeypatch, *answers: str):
        self.answers = list(answers)
        self.asked: list[tuple[str, str, str]] = []  # (mode, title, start folder or path)
        monkeypatch.setattr("desktop.ui.file_dialogs.run_file_dialog", self._answer)

    def _answer(self, mode, _parent, title, start, filters):
        self.asked.append((mode, title, start))
        assert self.answers, f"an unexpected file dialog: {title}"
        answer = self.answers.pop(0)
        chosen = filters.split(";;")[0] if answer and filters else ""
        return answer, chosen


def answer_file(path: str) -> Callable[[QDialog], None]:
    """Type a path into Qt's file dialog's file name field and press its Save or Open button."""

    def handler(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog), f"expected a file dialog, got {dialog!r}"
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.selectAll()  # typing replaces the suggested name
        QTest.keyClicks(edit, path)
        popup = edit.completer().popup() if edit.completer() else None
        if popup is not None and popup.isVisible():
            QTest.keyClick(popup, Qt.Key.Key_Escape)  # close the name suggestions, as a person would
        # Return would first go to the name completer's list; a person clicks 保存/開く,
        # once the dialog has looked the folder up and enabled it.
        button = dialog_button(dialog, QDialogButtonBox.ButtonRole.AcceptRole)
        wait_until(button.isEnabled, f"the {button.text()!r} button of the file dialog stayed disabled for {path}")
        QTest.mouseClick(button, LEFT)

    return handler


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 5.0) -> None:
    """Let events run until CONDITION holds (inside a dialog's own event loop)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(what)
        QTest.qWait(20)


def message_text(box: QWidget) -> str:
    if isinstance(box, QMessageBox):
        return f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}"
    return box.windowTitle()




# -- background operations --------------------------------------------------------------------
def wait_for_background_work(qtbot, timeout: int = 20_000) -> None:
    """Wait until every file export, import, backup or restore started by a click has ended
    and its success or failure has been shown (desktop.ui.operations)."""
    from desktop.ui.operations import any_running

    qtbot.waitUntil(lambda: not any_running(), timeout=timeout)
