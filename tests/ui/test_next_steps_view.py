"""「次にやること」 on the dashboard and in the checklist, the next review, and taking over
self-check answers in the checklist editor — all through what a person clicks."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from desktop.core.next_steps import next_steps
from desktop.ui import next_steps as steps_ui
from tests.support.content import bundled_content
from tests.support.gui import choose_in_combo, click
from tests.ui.test_journeys import click_row, go_to, tree_row


def test_a_dashboard_step_opens_its_item_and_deadlines_are_marked(qtbot, make_window, store, company):
    store.set_guide(company.id, {"asked": ["scs3"], "facts": {}}, ["scs3"])
    steps = next_steps(bundled_content().model, {}, {}, ["scs3"], date.today())
    first, second = steps[0].item_id, steps[1].item_id
    store.update_item(company.id, second, due=date.today() - timedelta(days=1))
    store.update_item(company.id, first, due=date.today() + timedelta(days=14))
    window = make_window()
    dashboard = window.views["dashboard"]
    card = dashboard.next_card
    shown = list(card.buttons)
    assert shown == [s.item_id for s in steps_ui.company_steps(window.session)][:steps_ui.CARD_ROWS]
    assert len(shown) == steps_ui.CARD_ROWS
    items = window.session.content.items
    assert card.buttons[second].text() == "【期限切れ】" + items[second].text().title
    assert card.buttons[first].text() == "【期限まで14日以内】" + items[first].text().title
    assert any(label.text().startswith("目標に早く届く順です") for label in card.findChildren(QLabel))
    click(qtbot, card.buttons[shown[2]])
    checklist = window.views["checklists"]
    assert window.stack.currentWidget() is checklist
    assert checklist.current_item.id == shown[2]
    assert checklist.editor.item_title.text() == items[shown[2]].text().title


def test_the_next_review_is_a_year_after_the_self_check_and_marked_when_past(qtbot, make_window, store, company):
    window = make_window()
    card = window.views["dashboard"].next_card
    assert "自社診断に答えると" in card.review_label.text()
    texts = [label.text() for label in card.findChildren(QLabel)]
    assert any(text.startswith("目標がまだ決まっていないので") for text in texts)  # no targets: every scheme
    go_to(qtbot, window, "selfcheck")
    selfcheck = window.views["selfcheck"]
    qtbot.waitUntil(lambda: 1 in getattr(selfcheck, "rows", {}))
    click(qtbot, selfcheck.rows[1].buttons["yes"])
    go_to(qtbot, window, "dashboard")
    card = window.views["dashboard"].next_card
    last = store.last_selfcheck(company.id).astimezone().date()
    a_year_on = last.replace(year=last.year + 1).isoformat()
    assert card.review_label.text() == f"次の見直し: {a_year_on}（最後の自社診断から1年）"
    store.set_next_review(company.id, date.today() - timedelta(days=3))
    window.session.changed("guide")  # as the guide does when it saves
    card = window.views["dashboard"].next_card
    assert card.review_label.text().startswith("【見直しの時期を過ぎています】")
    assert (date.today() - timedelta(days=3)).isoformat() in card.review_label.text()


def test_the_checklist_filter_lists_the_next_steps_in_their_order(qtbot, make_window, store, company):
    store.set_guide(company.id, {"asked": ["sa1"], "facts": {}}, ["sa1"])
    window = make_window()
    go_to(qtbot, window, "checklists")
    checklist = window.views["checklists"]
    before = set(checklist.rows)
    choose_in_combo(qtbot, checklist.scheme_filter, "次にやること")
    assert checklist.scheme_filter.currentData() == "next"
    expected = [s.item_id for s in steps_ui.company_steps(window.session)]
    assert checklist.tree.topLevelItemCount() == 1
    node = checklist.tree.topLevelItem(0)
    assert [node.child(i).data(0, 256) for i in range(node.childCount())] == expected
    assert set(expected) == before  # nothing done yet: every target item is still open
    assert checklist.count_label.text() == f"{len(expected)} 件"
    done = expected[0]
    store.set_item_status(company.id, done, "done")
    choose_in_combo(qtbot, checklist.scheme_filter, "すべての項目")
    choose_in_combo(qtbot, checklist.scheme_filter, "次にやること")
    assert done not in checklist.rows and len(checklist.rows) == len(expected) - 1


def test_an_answer_from_the_self_check_is_offered_and_taken_over_with_one_click(qtbot, make_window, store, company):
    store.set_answer(company.id, 2, "yes")
    store.set_item_status(company.id, "basic-av-scan", "partial")
    window = make_window()
    go_to(qtbot, window, "checklists")
    checklist = window.views["checklists"]
    panel = checklist.editor.takeover
    click_row(qtbot, checklist.tree, tree_row(checklist.tree, "basic-av-installed"))
    assert panel.isVisible() and panel.button.isVisible()
    assert "自社診断の問2「" in panel.label.text() and "『実施している』と答えています" in panel.label.text()
    assert store.item_state(company.id, "basic-av-installed") is None  # shown, not written
    click(qtbot, panel.button)
    assert store.item_state(company.id, "basic-av-installed").status == "done"
    assert checklist.editor.status_combo.currentData() == "done"
    sources = [(e.key, e.new) for e in store.history(company.id) if e.what == "item.source"]
    assert sources == [("basic-av-installed", "selfcheck:2")]
    assert not panel.button.isVisible()
    assert panel.label.text().startswith("この状態『実施している』は、自社診断の問2「")
    assert "の答えから取り込みました" in panel.label.text()

    # The same status chosen by hand: the answer agrees, nothing was taken over.
    click_row(qtbot, checklist.tree, tree_row(checklist.tree, "basic-av-definitions"))
    choose_in_combo(qtbot, checklist.editor.status_combo, "実施している")
    assert store.item_state(company.id, "basic-av-definitions").status == "done"
    assert "この項目の状態と同じです" in panel.label.text() and not panel.button.isVisible()

    # An item with a status of its own keeps it until the button is pressed.
    click_row(qtbot, checklist.tree, tree_row(checklist.tree, "basic-av-scan"))
    assert "いまの状態は『一部実施している』" in panel.label.text()
    assert store.item_state(company.id, "basic-av-scan").status == "partial"

    # Questions that disagree: shown, but no button.
    store.set_answer(company.id, 23, "yes")
    store.set_answer(company.id, 25, "no")
    click_row(qtbot, checklist.tree, tree_row(checklist.tree, "topic-c-ai-rule"))
    assert panel.isVisible() and not panel.button.isVisible()
    assert "問23では『実施している』、問25では『実施していない』" in panel.label.text()

    # No answer for the item's question: nothing is shown.
    click_row(qtbot, checklist.tree, tree_row(checklist.tree, "basic-backup-plan"))
    assert not panel.isVisible()


def test_an_answer_given_later_in_the_self_check_appears_in_the_open_item(qtbot, make_window, store, company):
    window = make_window()
    go_to(qtbot, window, "checklists")
    checklist = window.views["checklists"]
    click_row(qtbot, checklist.tree, tree_row(checklist.tree, "basic-backup-plan"))
    assert not checklist.editor.takeover.isVisible()
    go_to(qtbot, window, "selfcheck")
    selfcheck = window.views["selfcheck"]
    qtbot.waitUntil(lambda: 11 in getattr(selfcheck, "rows", {}))
    row = selfcheck.rows[11]
    scroll = row.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    scroll.ensureWidgetVisible(row.buttons["no"])  # a person scrolls down to question 11
    click(qtbot, row.buttons["no"])
    assert store.answers(company.id)[11] == "no"
    go_to(qtbot, window, "checklists")
    assert checklist.editor.takeover.isVisible() and "『実施していない』" in checklist.editor.takeover.label.text()
    click(qtbot, checklist.editor.takeover.button)
    assert store.item_state(company.id, "basic-backup-plan").status == "not_done"


def test_learn_puts_the_lessons_for_the_targets_first_and_marks_them(qtbot, make_window, store, company):
    from desktop.core.reading import suggested_reading
    from desktop.ui.learn_view import LESSON_ROLE

    store.set_guide(company.id, {"asked": ["scs4"], "facts": {}}, ["scs4"])
    window = make_window()
    go_to(qtbot, window, "learn")
    learn = window.views["learn"]
    model = bundled_content().model
    reading = suggested_reading(model, ["scs4"])
    first_track = model.lessons[reading.first[0]].track
    assert first_track != model.ordered_tracks()[0].id  # the order really changed
    top = learn.tree.topLevelItem(0)
    assert top.text(0).startswith(model.tracks[first_track].title.ja) and top.text(0).endswith("（おすすめ）")
    assert learn.suggestion_label.isVisible()
    marked = [top.child(i).data(0, LESSON_ROLE) for i in range(top.childCount())
              if top.child(i).text(0).endswith("（おすすめ）")]
    assert marked and set(marked) <= set(reading.first)
    assert top.child(0).data(0, LESSON_ROLE) == reading.first[0]  # the first to read is on top
    row = next(top.child(i) for i in range(top.childCount()) if top.child(i).data(0, LESSON_ROLE) == marked[0])
    click_row(qtbot, learn.tree, row)
    assert learn.lesson.id == marked[0]


def test_a_review_date_set_in_the_guide_shows_on_the_dashboard(qtbot, make_window, store, company):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.ui.guide_dialog import GuideDialog
    from tests.ui.test_guide import when_modal

    window = make_window()
    seen: list = []
    start = date.today().replace(year=date.today().year + 1)  # offered when there is no self-check yet
    day = date(start.year, 1 if start.month != 1 else 2, 15)

    def set_date(dialog: GuideDialog) -> None:
        box = dialog.review_box
        qtbot.waitUntil(dialog.isActiveWindow)  # keys go to the window a person works in
        dialog.findChild(QScrollArea).ensureWidgetVisible(box)
        assert not box.check.isChecked() and not box.edit.isEnabled()
        click(qtbot, box.check)
        assert box.edit.isEnabled()
        assert box.chosen() == start
        QTest.keyClick(box.check, Qt.Key.Key_Tab)  # a click on a popup date field opens its calendar
        assert box.edit.hasFocus()
        QTest.keyClick(box.edit, Qt.Key.Key_Home)  # the year; the separator moves on to the month
        QTest.keyClicks(box.edit, day.strftime("-%m-%d"))
        assert box.chosen() == day, box.edit.text()
        click(qtbot, dialog.ok_button)

    when_modal(GuideDialog, set_date, seen)
    click(qtbot, window.guide_button)
    assert seen, "the guide did not open"
    assert store.guide(company.id).next_review == day
    assert [e.key for e in store.history(company.id) if e.what == "guide"][0] == "next_review"
    go_to(qtbot, window, "dashboard")
    assert window.views["dashboard"].next_card.review_label.text() == f"次の見直し: {day.isoformat()}"


JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e【】「」]")


def reason_words(step, lang: str) -> str:
    """What the reason of STEP must say, in LANG, without asking the code that writes it."""
    if lang == "en":
        return "Finishing this item meets" if step.remaining == 1 else f"is met after {step.remaining} more items"
    return "この項目を終えると" if step.remaining == 1 else f"あと {step.remaining} 項目で満たせます"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_reason_of_each_next_step_is_shown_as_text(qtbot, make_window, store, company, lang):
    from desktop.app import install_translator

    store.set_guide(company.id, {"asked": ["scs3"], "facts": {}}, ["scs3"])
    steps = next_steps(bundled_content().model, {}, {}, ["scs3"], date.today())
    app = QApplication.instance()
    translator = install_translator(app, "en") if lang == "en" else None
    try:
        window = make_window(lang)
        card = window.views["dashboard"].next_card
        for step in steps[:steps_ui.CARD_ROWS]:
            said = card.reasons[step.item_id]
            assert said.isVisible() and reason_words(step, lang) in said.text()
            assert step.requirement.partition(":")[2] in said.text()
            assert lang == "ja" or not JAPANESE.search(said.text()), said.text()
        go_to(qtbot, window, "checklists")
        checklist = window.views["checklists"]
        choose_in_combo(qtbot, checklist.scheme_filter, checklist.scheme_filter.itemText(
            checklist.scheme_filter.findData("next")))
        first = steps[0]
        row = checklist.rows[first.item_id]
        title, reason = row.text(0).split("\n")
        assert title == window.session.content.items[first.item_id].text(lang).title
        assert reason_words(first, lang) in reason and reason.endswith(card.reasons[first.item_id].text())
        lines = checklist.tree.visualItemRect(row).height() // checklist.tree.fontMetrics().lineSpacing()
        assert lines >= 2  # the row is tall enough for the reason, not cut after the title
    finally:
        if translator is not None:
            app.removeTranslator(translator)
