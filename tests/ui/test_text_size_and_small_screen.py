"""Text size and small screens: とても大きい is clearly larger than 大きい, the report preview
follows the chosen size, and at 1024×600 with the largest text every control of every
screen can be seen whole, or scrolled to."""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from desktop.ui.main_window import PAGES
from tests.support.gui import choose_in_combo
from tests.ui.test_journeys import go_to


@pytest.fixture
def restore_theme():
    """The style and font of the application as they were (the theme is application-wide)."""
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    yield
    app.setStyleSheet(sheet)
    app.setFont(font)


def body_points(browser, words: str) -> float:
    """The point size the report preview draws WORDS in."""
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if words in fragment.text():
                return fragment.charFormat().font().pointSizeF()
            iterator += 1
        block = block.next()
    raise AssertionError(f"{words!r} is not in the preview")


def test_the_largest_text_is_clearly_larger_and_the_report_preview_follows(qtbot, make_window, company,
                                                                           restore_theme):
    window = make_window()
    go_to(qtbot, window, "settings")
    settings_view = window.views["settings"]
    sizes = {}
    for choice in ("標準", "大きい", "とても大きい"):
        go_to(qtbot, window, "settings")
        settings_view.ensureWidgetVisible(settings_view.size_combo)
        choose_in_combo(qtbot, settings_view.size_combo, choice)
        label = next(w for w in settings_view.findChildren(QLabel) if w.text() == "文字の大きさ")
        go_to(qtbot, window, "report")
        preview = window.views["report"].preview
        sizes[choice] = (label.font().pointSizeF(), body_points(preview, "作成日"))
    assert window.session.settings.value("ui/text_size") == "larger"
    normal, large, larger = sizes["標準"], sizes["大きい"], sizes["とても大きい"]
    assert normal[0] < large[0] < larger[0]
    assert larger[0] - large[0] >= 3, f"とても大きい ({larger[0]} pt) is hardly larger than 大きい ({large[0]} pt)"
    assert normal[1] < large[1] < larger[1], f"the preview does not follow the text size: {sizes}"
    assert larger[1] / large[1] == pytest.approx(larger[0] / large[0], rel=0.02)


# -- 1024×600 at the largest text -----------------------------------------------------------------
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def controls_on(page: QWidget) -> list[QWidget]:
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the field inside a combo box or spin box
        if isinstance(widget.parentWidget(), QAbstractScrollArea) or type(widget).__name__ == "QLineEditIconButton":
            continue  # scroll bars' own buttons, a field's clear button
        found.append(widget)
    return found


def visible_part(widget: QWidget, window: QWidget) -> tuple[QRect, QRect]:
    """WIDGET's rectangle in the window, and the part of it not clipped by its ancestors."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    shown = QRect(rect)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect, shown.intersected(window.rect())


def scroll_to_whole(area: QScrollArea, widget: QWidget) -> None:
    """Scroll AREA until all of WIDGET is in view, as far as the scroll bars go (a person
    drags the scroll bar; ensureWidgetVisible only brings a field's text cursor into view)."""
    rect = QRect(widget.mapTo(area.widget(), QPoint(0, 0)), widget.size())
    view = area.viewport().size()
    for bar, start, length, room in ((area.verticalScrollBar(), rect.top(), rect.height(), view.height()),
                                     (area.horizontalScrollBar(), rect.left(), rect.width(), view.width())):
        if start + length > bar.value() + room:
            bar.setValue(start + length - room)
        if start < bar.value():
            bar.setValue(start)


def unreachable(widget: QWidget, window: QWidget) -> str | None:
    """Why a person cannot see WIDGET whole, after scrolling every scroll area around it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            scroll_to_whole(parent, widget)
        parent = parent.parentWidget()
    QApplication.processEvents()
    rect, shown = visible_part(widget, window)
    if shown != rect:
        chain = []
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            chain.append(f"{type(parent).__name__}:{QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())}")
            parent = parent.parentWidget()
        return f"cut off: {rect} shows only {shown} {chain}"
    wraps = widget.hasHeightForWidth()  # a label that wraps onto more lines needs no more width
    if isinstance(widget, QAbstractButton) and widget.text() and not wraps \
            and widget.width() < widget.sizeHint().width() - 1:
        return f"squeezed to {widget.width()} px, its label needs {widget.sizeHint().width()} px"
    return None


def label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_screen_at_1024x600_with_the_largest_text(qtbot, make_window, company, settings, restore_theme,
                                                       lang):
    from desktop.ui.theme import apply_theme
    from tests.ui.conftest import english_ui

    settings.setValue("ui/text_size", "larger")
    apply_theme(QApplication.instance(), "larger")
    with english_ui() if lang == "en" else nullcontext():
        window = make_window(lang)
        window.resize(1024, 600)
        qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 600)
        window.session.store.add_learner(company.id, "山田 花子")
        window.session.select_profile(company.id)
        problems = []
        for key in PAGES:
            go_to(qtbot, window, key)
            view = window.views[key]
            if key == "checklists":
                view.select_item(next(iter(window.session.content.items)))
            elif key == "learn":
                view.learner_combo.setCurrentIndex(1)
                view.open_lesson(next(iter(window.session.content.lessons)))
            QApplication.processEvents()
            # Up and down where needed; never sideways across a whole screen.
            sideways = window.findChild(QScrollArea, "PageScroller").horizontalScrollBar()
            if sideways.maximum() > 0:
                problems.append(f"{key}: the screen is {sideways.maximum()} px wider than the window")
            for widget in controls_on(view):
                why = unreachable(widget, window)
                if why:
                    problems.append(f"{key}: {label(widget)} {why}")
            if key == "dashboard":
                from desktop.ui.charts import ShareBar

                for bar in view.findChildren(ShareBar):
                    if bar.isVisible() and bar.width() < 60:
                        problems.append(f"dashboard: a progress bar is squeezed to {bar.width()} px")
        bar = window.profile_combo.parentWidget()
        for widget in controls_on(bar):
            why = unreachable(widget, window)
            if why:
                problems.append(f"company bar: {label(widget)} {why}")
    assert not problems, "\n".join(problems)



def test_a_long_item_title_on_the_dashboard_wraps_and_opens_its_item(qtbot, make_window, company):
    from desktop.ui.flow import WrappingButton
    from tests.support.gui import click

    window = make_window()
    window.resize(1024, 600)
    go_to(qtbot, window, "dashboard")
    buttons = [b for b in window.views["dashboard"].findChildren(WrappingButton) if b.isVisible()]
    assert buttons, "the dashboard shows its next actions"
    button = max(buttons, key=lambda b: len(b.text()))
    click(qtbot, button)
    checklists = window.views["checklists"]
    assert window.stack.currentWidget() is checklists
    assert checklists.current_item.text().title == button.text()
