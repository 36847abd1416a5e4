"""The journeys of DESIGN.md, driven as a user would (clicks and typing, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.vocab import ITEM_STATUSES
from desktop.ui.learn_view import DONE_ROLE, LESSON_ROLE
from desktop.ui.profile_dialog import ProfileDialog


def test_create_a_company_in_the_welcome_dialog(qtbot, make_window, store):
    window = make_window()
    dialog = ProfileDialog(window.session, None, window, welcome=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.insert("株式会社みどり精工")  # keyClicks only types ASCII
    dialog.employees_spin.setValue(24)
    dialog.request_boxes["scs3"].setChecked(True)
    dialog.save()
    created = store.list_profiles()
    assert [(p.name, p.employees, list(p.requested)) for p in created] == [("株式会社みどり精工", 24, ["scs3"])]


def test_company_without_a_name_is_not_saved(qtbot, make_window, store):
    window = make_window()
    dialog = ProfileDialog(window.session, None, window)
    qtbot.addWidget(dialog)
    dialog.save()
    assert store.list_profiles() == []
    assert dialog.error_label.text()


def test_answer_three_selfcheck_questions_and_see_the_score(make_window, store, company, qtbot):
    window = make_window()
    window.show_page("selfcheck")
    view = window.views["selfcheck"]
    for number, answer in ((1, "yes"), (2, "partial"), (3, "unknown")):
        button = view.rows[number].buttons[answer]
        qtbot.mouseClick(button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert store.answers(company.id) == {1: "yes", 2: "partial", 3: "unknown"}
    assert view.score_label.text().startswith("5 / 100")  # 4 + 2 − 1
    assert view.rows[3].pointer.isVisible()  # わからない points to a lesson
    assert not view.rows[1].pointer.isVisible()


def test_mark_an_item_done_saves_it_at_once_and_undo_restores(make_window, store, company):
    window = make_window()
    item_id = next(iter(window.session.content.items))
    window.open_item(item_id)
    view = window.views["checklists"]
    view.status_combo.setCurrentIndex(ITEM_STATUSES.index("done"))
    row = store.db.execute("SELECT status FROM item_states WHERE profile_id = ? AND item_id = ?",
                           [company.id, item_id]).fetchone()
    assert row[0] == "done"
    assert "保存しました" in window.statusBar().currentMessage()
    view.undo()
    assert store.item_states(company.id)[item_id].status == "unanswered"


def test_not_applicable_needs_a_reason(make_window, store, company, monkeypatch):
    window = make_window()
    item_id = next(iter(window.session.content.items))
    window.open_item(item_id)
    view = window.views["checklists"]
    monkeypatch.setattr("desktop.ui.checklist_view.QInputDialog.getText", lambda *a, **k: ("", False))
    view.status_combo.setCurrentIndex(ITEM_STATUSES.index("na"))
    assert item_id not in store.item_states(company.id) or store.item_states(company.id)[item_id].status != "na"
    monkeypatch.setattr("desktop.ui.checklist_view.QInputDialog.getText", lambda *a, **k: ("工場がないため", True))
    view.status_combo.setCurrentIndex(ITEM_STATUSES.index("na"))
    state = store.item_states(company.id)[item_id]
    assert (state.status, state.reason) == ("na", "工場がないため")


def test_filters_and_search_narrow_the_checklist(make_window, company):
    window = make_window()
    view = window.views["checklists"]
    everything = int(view.count_label.text().split()[0])
    view.scheme_filter.setCurrentIndex(view.scheme_filter.findData("selfcheck"))
    selfcheck_only = int(view.count_label.text().split()[0])
    view.search.setText("バックアップ")
    searched = int(view.count_label.text().split()[0])
    assert everything > selfcheck_only > searched > 0


def test_complete_a_lessons_quiz_for_a_learner(make_window, store, company):
    window = make_window()
    learn = window.views["learn"]
    learn.add_learner("山田 花子")
    lesson = next(l for l in window.session.content.lessons.values() if l.text().quiz)
    window.open_lesson(lesson.id)
    for box, question in zip(learn.quiz.question_boxes(), lesson.text().quiz, strict=True):
        box.choose(question.answer)
        box.check()
    assert learn.quiz.done and learn.quiz.score == (len(lesson.text().quiz),) * 2
    assert "正解" in learn.quiz.question_boxes()[0].feedback.text()
    learn.complete_lesson()
    learner = store.list_learners(company.id)[0]
    result = store.lesson_results(company.id)[learner.id][lesson.id]
    assert result.quiz_score == result.quiz_total == len(lesson.text().quiz)
    rows = {}
    for t in range(learn.tree.topLevelItemCount()):
        node = learn.tree.topLevelItem(t)
        for c in range(node.childCount()):
            rows[node.child(c).data(0, LESSON_ROLE)] = node.child(c)
    done = rows[lesson.id]
    assert done.data(0, DONE_ROLE) is True and not done.icon(0).isNull()
    assert done.text(0) == lesson.text().title  # the mark is an icon, not part of the title
    assert [i for i, row in rows.items() if row.data(0, DONE_ROLE)] == [lesson.id]


def test_wrong_answer_shows_the_explanation(make_window, company):
    window = make_window()
    learn = window.views["learn"]
    lesson = next(l for l in window.session.content.lessons.values() if l.text().quiz)
    window.open_lesson(lesson.id)
    question = lesson.text().quiz[0]
    box = learn.quiz.question_boxes()[0]
    box.choose(1 if question.answer != 1 else 2)
    box.check()
    assert box.correct is False
    assert question.explanation in box.feedback.text()


def test_dashboard_follows_progress(make_window, company):
    from PySide6.QtWidgets import QLabel

    window = make_window()
    content = window.session.content
    scs = content.schemes["scs"]
    # a ★3 criterion that exactly one item covers: doing that item meets it
    criterion = next(c for c, r in scs.requirements.items() if r.get("star") == 3 and len(content.items_for("scs", c)) == 1)
    [item] = content.items_for("scs", criterion)

    def texts():
        return [w.text() for w in window.views["dashboard"].widget().findChildren(QLabel)]

    window.show_page("dashboard")
    assert "達成 0 / 81・一部 0" in texts()
    window.open_item(item.id)
    window.views["checklists"].set_status("done")
    window.show_page("dashboard")
    assert "達成 1 / 81・一部 0" in texts()


def test_language_switch_to_english(qtbot, make_window, settings):
    from desktop.app import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None, "the English translation file did not load"
    try:
        window = make_window("en")
        labels = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert labels == ["Dashboard", "Learn", "Checklists", "Self-check", "Report", "Settings", "Suppliers"]
        assert window.views["checklists"].status_combo.itemText(1) == "Done"
    finally:
        app.removeTranslator(translator)
    QTimer.singleShot(0, lambda: None)
