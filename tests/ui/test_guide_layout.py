"""The guide shows every wrapped line: each label is as tall as its text needs at the width
it has, at the dialog sizes it opens with on 1366×768 and 1024×600 screens and its minimum."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui.guide_dialog import GuideDialog
from desktop.ui.theme import TEXT_SIZES, apply_theme
from tests.support.gui import click

# The dialog's size when it opens over a maximised window on 1366×768 and on 1024×600
# (measured with xvfb), its minimum, and a wide one.
SIZES = [(910, 512), (682, 480), (640, 480), (1300, 700)]


@pytest.fixture
def themed():
    """The app's font and style sheet at each text size, put back afterwards."""
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    yield lambda size: apply_theme(app, size)
    app.setStyleSheet(sheet)
    app.setFont(font)


def cut_labels(dialog: GuideDialog) -> list[tuple[str, int, int]]:
    """Wrapped labels shorter than their text at their width: (text, height, needed)."""
    cut = []
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                cut.append((label.text()[:30], label.height(), needed))
    return cut


@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_wrapped_line_of_the_guide_is_cut(qtbot, make_window, store, company, themed, text_size, lang):
    themed(text_size)
    store.set_guide(company.id, {"asked": ["sa2", "scs3", "jama"],
                                 "facts": {"confidential": "yes", "iot": "yes", "software": "yes", "personal": "yes"}},
                    ["sa2", "scs3", "scs4", "jama", "jc-star", "software", "privacy"])
    window = make_window(lang)
    dialog = GuideDialog(window.session, window.session.profile, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.target_boxes) == 7  # every kind of label is on show
    for width, height in SIZES:
        dialog.resize(width, height)
        QApplication.processEvents()
        QApplication.processEvents()
        assert not cut_labels(dialog), (width, height, cut_labels(dialog))
    dialog.close()


def test_the_guide_opens_as_large_as_its_questions_need_within_the_screen(qtbot, make_window, company, themed):
    from desktop.ui.guide_dialog import SCREEN_SHARE
    from tests.ui.test_guide import when_modal

    themed("large")  # the app's default text size
    window = make_window()
    seen: list = []

    def measure(dialog: GuideDialog) -> None:
        room = dialog.screen().availableGeometry()
        hint = dialog.sizeHint()
        seen.append((dialog.size(), hint, dialog.minimumSize(), room, dialog.error_label.isVisible()))
        dialog.reject()

    when_modal(GuideDialog, measure, seen)
    click(qtbot, window.guide_button)
    assert len(seen) == 2, "the guide did not open"
    size, hint, least, room, error_shown = seen[1]
    assert size.height() == max(least.height(), min(hint.height(), int(room.height() * SCREEN_SHARE)))
    assert size.width() == max(least.width(), min(hint.width(), int(room.width() * SCREEN_SHARE)))
    assert size.width() <= room.width() and size.height() <= room.height()
    assert not error_shown  # no empty line taking room from the questions
    assert size.height() > least.height()  # the questions need more than the minimum here
