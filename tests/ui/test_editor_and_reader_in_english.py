"""The checklist's item editor and the lesson reader speak English in the English window:
their words are filed under the screens that show them (ChecklistView, LearnView), also
where they are built in modules of their own."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QWidget

from tests.support.gui import choose_in_combo
from tests.ui.conftest import english_ui
from tests.ui.test_journeys import click_row, go_to, tree_row

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def japanese_words(widget: QWidget, leave_out: tuple[QWidget, ...] = ()) -> list[str]:
    """Every text, placeholder, tooltip and accessible name in WIDGET that has Japanese,
    except those inside LEAVE_OUT (content, not the program's words)."""
    found = []
    for child in (widget, *widget.findChildren(QWidget)):
        if any(child is part or part.isAncestorOf(child) for part in leave_out):
            continue
        texts = [child.toolTip(), child.accessibleName()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit | QPlainTextEdit):
            texts.append(child.placeholderText())
        found += [f"{type(child).__name__}: {text}" for text in texts if JAPANESE.search(text)]
    return found


def test_the_item_editor_is_in_english(qtbot, make_window, company):
    with english_ui():
        window = make_window("en")
        go_to(qtbot, window, "checklists")
        view = window.views["checklists"]
        editor = view.editor
        assert editor.item_title.text() == "Choose an item from the list on the left."
        item_id = next(iter(window.session.content.items))
        click_row(qtbot, view.tree, tree_row(view.tree, item_id))
        assert "Examples of evidence:" in editor.explanation.toPlainText()
        assert "Requirements it meets:" in editor.explanation.toPlainText()
        assert editor.undo_button.text() == "Undo (Ctrl+Z)"
        assert japanese_words(editor, leave_out=(editor.explanation,)) == []
        choose_in_combo(qtbot, editor.status_combo, "Partly done")
        qtbot.waitUntil(lambda: editor.saved_label.text().startswith("Saved: "), timeout=3000)
        assert editor.saved_label.text().endswith(" → Partly done")


def test_the_lesson_reader_is_in_english(qtbot, make_window, company):
    with english_ui():
        window = make_window("en")
        go_to(qtbot, window, "learn")
        learn = window.views["learn"]
        lesson = next(lesson for lesson in window.session.content.lessons.values() if lesson.text("en").quiz)
        click_row(qtbot, learn.tree, tree_row(learn.tree, lesson.id))
        reader = learn.reader
        assert reader.tabs.tabText(0) == "Text"
        assert reader.tabs.tabText(1) == f"Quiz ({len(lesson.text('en').quiz)} questions)"
        assert (reader.prev_button.text(), reader.complete_button.text()) == ("← Previous", "Mark as complete")
        assert japanese_words(reader, leave_out=(reader.browser, reader.quiz)) == []
