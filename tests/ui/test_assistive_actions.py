"""What assistive technology does has the same effect as a click.

A screen reader or an automation tool (AT-SPI, UI Automation) does not click: it runs a
widget's accessible action ("Toggle", "Press"), selects a row through the accessible table,
or sets a combo box's entry. Each test changes the state that way, through Qt's
accessibility interfaces, and checks what the database and the screen show, as the click
journeys do."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QTreeWidget

from desktop.core.vocab import ITEM_STATUSES
from desktop.ui.main_window import PAGES
from tests.ui.test_journeys import go_to, tree_row


def do_action(widget, action: str) -> None:
    """Run an accessible action of WIDGET, as a screen reader does."""
    interface = QAccessible.queryAccessibleInterface(widget)
    actions = interface.actionInterface()
    assert actions is not None, f"{widget!r} offers no accessible actions"
    assert action in actions.actionNames(), f"{widget!r} offers {actions.actionNames()}, not {action}"
    actions.doAction(action)


def row_cell(view, index):
    """The accessible cell of a list or tree row (first column), found where it is on screen."""
    view.scrollTo(index)
    QApplication.processEvents()
    centre = view.viewport().mapToGlobal(view.visualRect(index).center())
    table = QAccessible.queryAccessibleInterface(view)
    cell = table.childAt(centre.x(), centre.y())
    assert cell is not None and cell.tableCellInterface() is not None, f"no accessible cell at row {index.row()}"
    return table, cell


def select_row_accessibly(view, index) -> None:
    """Select a row through the accessible table, as a screen reader does: the row is
    selected, the view's current row is not moved (the views must react all the same)."""
    table, cell = row_cell(view, index)
    assert table.selectionInterface().select(cell), f"row {index.row()} of {view!r} could not be selected"
    assert view.selectionModel().isSelected(index)


def select_tree_row_as_at_does(tree: QTreeWidget, item) -> None:
    """Select a tree row the way the accessible table does it in the end: in the selection
    model, without making the row current. (Qt's accessible tree counts its header as a row
    when it selects, so going through it would select the row above.)"""
    index = tree.indexFromItem(item, 0)
    row_cell(tree, index)  # the row is on screen and has an accessible cell
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    tree.selectionModel().select(index, flags)
    assert tree.selectionModel().isSelected(index)


TOGGLE = QAccessibleActionInterface.toggleAction()
PRESS = QAccessibleActionInterface.pressAction()


def test_a_self_check_answer_toggled_by_a_screen_reader_is_saved_and_scored(qtbot, make_window, store, company):
    window = make_window()
    go_to(qtbot, window, "selfcheck")
    view = window.views["selfcheck"]
    before = view.score_label.text()
    do_action(view.rows[3].buttons["yes"], TOGGLE)
    qtbot.waitUntil(lambda: store.answers(company.id).get(3) == "yes", timeout=3000)
    assert view.rows[3].buttons["yes"].isChecked()
    assert view.score_label.text() != before, "the score moved as it does after a click"
    do_action(view.rows[3].buttons["no"], TOGGLE)
    qtbot.waitUntil(lambda: store.answers(company.id).get(3) == "no", timeout=3000)
    assert store.answers(company.id) == {3: "no"}


def test_a_quiz_answered_by_a_screen_reader_scores_and_completes(qtbot, make_window, store, company):
    learner = store.add_learner(company.id, "山田 花子")
    window = make_window()
    window.session.select_learner(learner)
    go_to(qtbot, window, "learn")
    learn = window.views["learn"]
    lesson = next(l for l in window.session.content.lessons.values() if len(l.text().quiz) >= 2)
    select_tree_row_as_at_does(learn.tree, tree_row(learn.tree, lesson.id))
    qtbot.waitUntil(lambda: learn.lesson is lesson, timeout=3000)
    learn.reader.tabs.setCurrentIndex(1)  # the quiz tab
    questions = lesson.text().quiz
    for box, question in zip(learn.reader.quiz.question_boxes(), questions, strict=True):
        do_action(box.buttons[question.answer - 1], TOGGLE)
        qtbot.waitUntil(box.check_button.isEnabled, timeout=3000)
        do_action(box.check_button, PRESS)
        qtbot.waitUntil(lambda box=box: box.correct is not None, timeout=3000)
    assert learn.reader.quiz.score == (len(questions), len(questions))
    qtbot.waitUntil(learn.reader.complete_button.isEnabled, timeout=3000)
    do_action(learn.reader.complete_button, PRESS)
    qtbot.waitUntil(lambda: lesson.id in store.lesson_results(company.id).get(learner.id, {}), timeout=3000)
    result = store.lesson_results(company.id)[learner.id][lesson.id]
    assert (result.quiz_score, result.quiz_total) == (len(questions), len(questions))


def test_a_lesson_row_selected_by_a_screen_reader_opens_the_lesson(qtbot, make_window, company):
    window = make_window()
    go_to(qtbot, window, "learn")
    learn = window.views["learn"]
    lesson = list(window.session.content.lessons.values())[2]
    select_tree_row_as_at_does(learn.tree, tree_row(learn.tree, lesson.id))
    qtbot.waitUntil(lambda: learn.lesson is lesson, timeout=3000)
    assert lesson.text().title in learn.reader.browser.toPlainText()
    assert tree_row(learn.tree, lesson.id).isSelected()


def test_a_checklist_row_selected_by_a_screen_reader_opens_the_item(qtbot, make_window, company):
    window = make_window()
    go_to(qtbot, window, "checklists")
    view = window.views["checklists"]
    item_id = list(window.session.content.items)[4]
    select_tree_row_as_at_does(view.tree, tree_row(view.tree, item_id))
    qtbot.waitUntil(lambda: view.current_item is not None and view.current_item.id == item_id, timeout=3000)
    assert view.editor.item_title.text() == window.session.content.items[item_id].text().title
    assert view.editor.status_combo.isEnabled()


def test_the_side_navigation_chosen_by_a_screen_reader_switches_the_screen(qtbot, make_window, company):
    window = make_window()
    for key in ("checklists", "report", "dashboard"):
        select_row_accessibly(window.nav, window.nav.model().index(PAGES.index(key), 0))
        qtbot.waitUntil(lambda key=key: window.stack.currentWidget() is window.views.built.get(key), timeout=3000)
        assert window.stack.currentWidget().isVisible()


def test_a_status_chosen_by_a_screen_reader_is_saved(qtbot, make_window, store, company):
    window = make_window()
    go_to(qtbot, window, "checklists")
    view = window.views["checklists"]
    item_id = next(iter(window.session.content.items))
    view.select_item(item_id)
    # Setting the entry is what a screen reader's choice in the closed box does.
    view.editor.status_combo.setCurrentIndex(ITEM_STATUSES.index("partial"))
    qtbot.waitUntil(lambda: item_id in store.item_states(company.id), timeout=3000)
    assert store.item_states(company.id)[item_id].status == "partial"
    assert view.rows[item_id].text(1) == view.editor.status_combo.itemText(ITEM_STATUSES.index("partial"))
