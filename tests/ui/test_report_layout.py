"""The report screen on a 1024×600 screen at the largest text size: every scheme box and every
control is whole and inside the visible part of the screen, in Japanese and in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from desktop.ui.theme import apply_theme
from tests.ui.test_journeys import go_to


@pytest.fixture
def largest_text():
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_theme(app, "larger")
    yield
    app.setStyleSheet(sheet)
    app.setFont(font)


def cut_off(view, widget) -> str | None:
    """Why the widget is not fully on show, or None: narrower than its text needs, or reaching
    outside the scheme column's visible area or outside the screen."""
    if widget.width() < widget.sizeHint().width() or widget.height() < widget.sizeHint().height():
        return f"squeezed to {widget.size().toTuple()} < {widget.sizeHint().toTuple()}"
    visible = view.schemes_area.viewport() if view.schemes_area.isAncestorOf(widget) else view
    box = QRect(widget.mapTo(visible, widget.rect().topLeft()), widget.size())
    if not visible.rect().contains(box):
        return f"{box.getRect()} outside {visible.rect().getRect()}"
    return None


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_scheme_box_is_whole_and_visible_at_1024x600(qtbot, make_window, company, largest_text, lang):
    window = make_window(lang)
    window.resize(1024, 600)
    go_to(qtbot, window, "report")
    QApplication.processEvents()
    view = window.views["report"]
    assert window.size().toTuple() == (1024, 600)  # the screen is not made wider to fit
    assert view.schemes_area.verticalScrollBar().value() == 0
    widgets = [*view.scheme_boxes.values(), view.detail_combo, view.lang_combo, view.export_button,
               view.print_button, view.review_button, view.declared_edit]
    problems = {w.text() if hasattr(w, "text") else w.objectName() or type(w).__name__: cut_off(view, w)
                for w in widgets}
    assert not {k: v for k, v in problems.items() if v}, problems
    assert view.preview.height() >= 150  # room is left to read the preview
