"""The journeys of DESIGN.md, pressed as a person presses them: clicks on the visible
buttons, typed text, menus, and dialogs answered through their own widgets. Each journey
ends by checking what the database holds."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QMessageBox, QPushButton

from desktop.ui.learn_view import DONE_ROLE, LESSON_ROLE
from desktop.ui.profile_dialog import ProfileDialog
from tests.support.content import bundled_content
from tests.support.gui import (
    LEFT,
    FileChoices,
    aim_at,
    answer_text,
    choose_in_combo,
    click,
    on_next_dialog,
    press_ok,
    press_yes,
    trigger_menu,
    type_text,
    wait_for_background_work,
)


def fill_company_dialog(dialog: QDialog, name: str, employees: str, request: str) -> None:
    """Type a company into the company dialog and press 保存."""
    from PySide6.QtTest import QTest

    assert isinstance(dialog, ProfileDialog), f"expected the company dialog, got {dialog!r}"
    type_text(dialog.name_edit, name)
    spin_text = dialog.employees_spin.lineEdit()
    spin_text.selectAll()
    QTest.keyClicks(spin_text, employees)
    box = dialog.request_boxes[request]
    QTest.mouseClick(box, LEFT, pos=aim_at(box))
    press_ok(dialog)


def tree_row(tree, lesson_or_item_id):
    for t in range(tree.topLevelItemCount()):
        node = tree.topLevelItem(t)
        for c in range(node.childCount()):
            if node.child(c).data(0, Qt.ItemDataRole.UserRole) == lesson_or_item_id:
                return node.child(c)
    raise AssertionError(f"{lesson_or_item_id} is not in the list")


def click_row(qtbot, tree, row) -> None:
    tree.scrollToItem(row)
    QApplication.processEvents()  # the scroll and the wrapped rows' layout settle first
    rect = tree.visualItemRect(row)
    assert tree.viewport().rect().contains(rect.center()), f"row {row.text(0)!r} is not on screen"
    qtbot.mouseClick(tree.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: tree.currentItem() is row, timeout=2000)


def go_to(qtbot, window, key: str) -> None:
    from desktop.ui.main_window import PAGES

    nav = window.nav
    qtbot.mouseClick(nav.viewport(), LEFT, pos=nav.visualItemRect(nav.item(PAGES.index(key))).center())
    assert window.stack.currentWidget() is window.views[key]


def wait_for_dialogs(qtbot, failures: list) -> None:
    """Until no dialog is open and no background work (whose end may open one) runs."""
    from desktop.ui.operations import any_running

    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and not any_running(), timeout=10000)
    assert not failures, failures


# -- 1. first start ----------------------------------------------------------------------------
def test_first_start_welcome_dialog_saves_the_company(qtbot, store, settings, dirs):
    from desktop.app import build_window

    failures: list = []
    told: list[str] = []

    def then_where_to_start(box):
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        press_ok_box(box)

    def welcome(dialog):
        on_next_dialog(then_where_to_start, failures=failures)
        # The guide after the first company has its own journey (test_guide.py); here the
        # owner unticks it and gets the suggestion where to start.
        QTest.mouseClick(dialog.guide_box, LEFT, pos=aim_at(dialog.guide_box))
        assert not dialog.guide_box.isChecked()
        fill_company_dialog(dialog, "株式会社みどり精工", "24", "scs3")

    on_next_dialog(welcome, failures=failures)
    window = build_window(store, bundled_content(), settings, dirs, "ja", welcome=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    wait_for_dialogs(qtbot, failures)
    created = store.list_profiles()
    assert [(p.name, p.employees, list(p.requested)) for p in created] == [("株式会社みどり精工", 24, ["scs3"])]
    assert "自社診断" in told[0]
    assert window.stack.currentWidget() is window.views["selfcheck"]
    assert window.session.profile.id == created[0].id


def press_ok_box(box: QMessageBox) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), LEFT)


def test_company_without_a_name_is_not_saved(qtbot, make_window, store):
    window = make_window()
    failures: list = []
    errors: list[str] = []

    def leave_name_empty(dialog):
        press_ok(dialog)  # 保存 with no name
        errors.append(dialog.error_label.text())
        dialog.reject()

    on_next_dialog(leave_name_empty, failures=failures)
    click(qtbot, window.new_profile_button)
    wait_for_dialogs(qtbot, failures)
    assert store.list_profiles() == []
    assert errors == ["会社名を入力してください。"]


# -- 2. staff ----------------------------------------------------------------------------------
def test_staff_add_learner_take_quiz_complete_rename_and_remove(qtbot, make_window, store, company):
    window = make_window()
    go_to(qtbot, window, "learn")
    learn = window.views["learn"]
    failures: list = []

    on_next_dialog(answer_text("山田 花子"), failures=failures)
    click(qtbot, learn.add_learner_button)
    wait_for_dialogs(qtbot, failures)
    [learner] = store.list_learners(company.id)
    assert learner.name == "山田 花子"
    assert learn.learner_combo.currentText() == "山田 花子"

    lesson = next(l for l in window.session.content.lessons.values() if len(l.text().quiz) >= 3)
    click_row(qtbot, learn.tree, tree_row(learn.tree, lesson.id))
    assert learn.lesson is lesson
    assert not learn.reader.complete_button.isEnabled(), "a lesson with a quiz completes only after the quiz"
    qtbot.mouseClick(learn.reader.tabs.tabBar(), LEFT, pos=learn.reader.tabs.tabBar().tabRect(1).center())
    questions = lesson.text().quiz
    for number, (box, question) in enumerate(zip(learn.reader.quiz.question_boxes(), questions, strict=True)):
        wrong = 1 if question.answer != 1 else 2
        choice = wrong if number == 0 else question.answer  # one mistake
        learn.reader.quiz.ensureWidgetVisible(box.buttons[choice - 1])
        click(qtbot, box.buttons[choice - 1])
        click(qtbot, box.check_button)
    assert question.explanation in box.feedback.text()
    click(qtbot, learn.reader.complete_button)
    result = store.lesson_results(company.id)[learner.id][lesson.id]
    assert (result.quiz_score, result.quiz_total) == (len(questions) - 1, len(questions))
    row = tree_row(learn.tree, lesson.id)
    assert row.data(0, DONE_ROLE) is True and not row.icon(0).isNull()
    assert row.text(0) == lesson.text().title
    assert "1 / " in learn.progress_label.text()
    assert f"確認テスト {len(questions)} 問中 {len(questions) - 1} 問正解" in learn.progress_label.text()
    attempts = store.lesson_attempts(company.id)
    assert [(a[0], a[1], a[3], a[4]) for a in attempts] == [(learner.id, lesson.id, len(questions) - 1, len(questions))]

    on_next_dialog(answer_text("山田 花"), failures=failures)
    click(qtbot, learn.rename_learner_button)
    wait_for_dialogs(qtbot, failures)
    assert [p.name for p in store.list_learners(company.id)] == ["山田 花"]

    def confirm_removal(box):
        assert isinstance(box, QMessageBox) and "山田 花" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        press_yes(box)

    on_next_dialog(confirm_removal, failures=failures)
    click(qtbot, learn.remove_learner_button)
    wait_for_dialogs(qtbot, failures)
    assert store.list_learners(company.id) == []
    assert store.lesson_results(company.id) == {}
    names = {entry.by_name for entry in store.history(company.id) if entry.by == learner.id}
    assert names == {"山田 花子"}, "the history keeps who made each change"
    assert not learn.rename_learner_button.isEnabled()


# -- 3. owner ----------------------------------------------------------------------------------
def test_owner_answers_all_25_questions_by_clicking(qtbot, make_window, store, company):
    window = make_window()
    go_to(qtbot, window, "selfcheck")
    view = window.views["selfcheck"]
    answers = {n: ("yes" if n % 5 else "partial") for n in range(1, 26)}
    for number, answer in answers.items():
        button = view.rows[number].buttons[answer]
        view.scroll.ensureWidgetVisible(button)
        click(qtbot, button)
    assert store.answers(company.id) == answers
    # 20 × 4 + 5 × 2
    assert view.score_label.text() == "90 / 100 点"
    band = window.session.content.schemes["selfcheck"]
    assert view.band_label.text().startswith("<b>"), "all answered: the band is shown"
    assert band is not None


def test_owner_sets_status_owner_due_note_then_undoes(qtbot, make_window, store, company):
    window = make_window()
    go_to(qtbot, window, "checklists")
    view = window.views["checklists"]
    item_id = next(iter(window.session.content.items))
    click_row(qtbot, view.tree, tree_row(view.tree, item_id))
    assert view.current_item.id == item_id

    choose_in_combo(qtbot, view.editor.status_combo, "一部実施している")
    chosen = view.editor.status_combo.currentData()
    assert chosen == "partial"
    assert store.item_states(company.id)[item_id].status == chosen
    assert "保存しました" in window.statusBar().currentMessage()

    click(qtbot, view.editor.owner_edit)
    type_text(view.editor.owner_edit, "総務 山田")
    qtbot.keyClick(view.editor.owner_edit, Qt.Key.Key_Tab)
    click(qtbot, view.editor.due_check)
    click(qtbot, view.editor.note_edit)
    type_text(view.editor.note_edit, "来月の会議で決める")
    qtbot.keyClick(view.editor.note_edit, Qt.Key.Key_Tab)
    assert not view.editor.note_edit.hasFocus(), "Tab leaves the note field"
    state = store.item_states(company.id)[item_id]
    assert (state.owner, state.note, state.due is not None) == ("総務 山田", "来月の会議で決める", True)

    click(qtbot, view.editor.undo_button)  # undoes the note
    state = store.item_states(company.id)[item_id]
    assert (state.status, state.owner, state.note) == (chosen, "総務 山田", "")
    assert view.editor.note_edit.toPlainText() == ""


def test_arrow_keys_through_the_status_box_save_only_where_they_stop(qtbot, make_window, store, company):
    from desktop.core.vocab import ITEM_STATUSES

    window = make_window()
    go_to(qtbot, window, "checklists")
    view = window.views["checklists"]
    item_id = next(iter(window.session.content.items))
    click_row(qtbot, view.tree, tree_row(view.tree, item_id))
    view.editor.status_combo.setFocus()
    asked: list = []
    on_next_dialog(lambda dialog: (asked.append(dialog), dialog.reject()))
    # from 未回答 down to the last entry (該当しない), then one back up to わからない
    for _ in range(len(ITEM_STATUSES) - 1):
        qtbot.keyClick(view.editor.status_combo, Qt.Key.Key_Down)
    assert view.editor.status_combo.currentData() == "na"
    qtbot.keyClick(view.editor.status_combo, Qt.Key.Key_Up)
    assert view.editor.status_combo.currentData() == "unknown"
    qtbot.waitUntil(lambda: item_id in store.item_states(company.id), timeout=3000)
    statuses = [e.new for e in store.history(company.id) if e.what == "item.status"]
    assert statuses == ["unknown"], "only the status the keys stopped on is saved"
    assert asked == [], "passing over 該当しない does not ask for a reason"


def test_not_applicable_asks_for_a_reason_once(qtbot, make_window, store, company):
    window = make_window()
    go_to(qtbot, window, "checklists")
    view = window.views["checklists"]
    item_id = next(iter(window.session.content.items))
    click_row(qtbot, view.tree, tree_row(view.tree, item_id))
    na_text = view.editor.status_combo.itemText(view.editor.status_combo.findData("na"))
    failures: list = []
    asked: list = []

    def cancel(dialog):
        asked.append(dialog.windowTitle())
        dialog.reject()

    on_next_dialog(cancel, failures=failures)
    choose_in_combo(qtbot, view.editor.status_combo, na_text)
    wait_for_dialogs(qtbot, failures)
    assert item_id not in store.item_states(company.id)
    assert view.editor.status_combo.currentData() == "unanswered", "a cancelled reason puts the box back"
    on_next_dialog(answer_text("工場がないため"), failures=failures)
    choose_in_combo(qtbot, view.editor.status_combo, na_text)
    wait_for_dialogs(qtbot, failures)
    state = store.item_states(company.id)[item_id]
    assert (state.status, state.reason) == ("na", "工場がないため")
    assert len(asked) == 1


def test_owner_exports_the_pdf_through_the_export_dialog(qtbot, make_window, store, company, tmp_path,
                                                          monkeypatch):
    from pypdf import PdfReader

    store.set_answer(company.id, 1, "yes")
    window = make_window()
    go_to(qtbot, window, "report")
    view = window.views["report"]
    target = tmp_path / "summary.pdf"
    choices = FileChoices(monkeypatch, str(target))
    click(qtbot, view.export_button)
    wait_for_background_work(qtbot)
    assert choices.asked[0][0] == "save" and choices.asked[0][2].endswith(".pdf")
    assert target.exists() and target.stat().st_size > 1000
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 1
    assert "株式会社テスト工業" in "".join(reader.pages[0].extract_text().split())
    assert str(target) in window.statusBar().currentMessage()
    # the note offers to open the folder; the next export starts where this one went
    opened: list[str] = []
    monkeypatch.setattr("desktop.ui.file_dialogs.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    note = window.findChild(QMessageBox, "SavedNote")
    assert note is not None and note.isVisible() and str(target) in note.informativeText()
    click(qtbot, next(b for b in note.buttons() if b.text() == "フォルダを開く"))
    assert opened == [str(tmp_path)]
    FileChoices(monkeypatch, "")  # cancelled
    choices_again = FileChoices(monkeypatch, "")
    click(qtbot, view.export_button)
    assert choices_again.asked[0][2].startswith(str(tmp_path))


# -- 4. consultant -----------------------------------------------------------------------------
def test_consultant_creates_runs_hands_over_and_deletes(qtbot, make_window, store, tmp_path, dirs, monkeypatch):
    from desktop.storage.backup import backup_database, list_backups

    window = make_window()
    failures: list = []
    on_next_dialog(lambda d: fill_company_dialog(d, "有限会社あおば製作所", "8", "sa2"), failures=failures)
    click(qtbot, window.new_profile_button)
    wait_for_dialogs(qtbot, failures)
    [company] = store.list_profiles()
    assert company.name == "有限会社あおば製作所"

    go_to(qtbot, window, "selfcheck")
    view = window.views["selfcheck"]
    for number in range(1, 26):
        button = view.rows[number].buttons["no" if number in (3, 7) else "yes"]
        view.scroll.ensureWidgetVisible(button)
        click(qtbot, button)
    assert len(store.answers(company.id)) == 25

    handover = tmp_path / "aoba.mamori.json"
    FileChoices(monkeypatch, str(handover))
    trigger_menu(qtbot, window, "ファイル", "引き継ぎファイルを書き出す")
    wait_for_background_work(qtbot)
    data = json.loads(handover.read_text(encoding="utf-8"))
    assert "有限会社あおば製作所" in json.dumps(data, ensure_ascii=False)

    backup_database(store.db, dirs.backup)
    assert list_backups(dirs.backup)

    def confirm_delete(box):
        assert isinstance(box, QMessageBox) and "有限会社あおば製作所" in box.text()
        purge = box.checkBox()
        assert isinstance(purge, QCheckBox) and purge.isChecked()
        delete = next(b for b in box.findChildren(QPushButton) if b.text() == "削除する")
        from PySide6.QtTest import QTest

        QTest.mouseClick(delete, LEFT)

    on_next_dialog(confirm_delete, failures=failures)
    click(qtbot, window.delete_profile_button)
    wait_for_dialogs(qtbot, failures)
    assert store.list_profiles() == []
    for backup in list_backups(dirs.backup):
        assert "有限会社あおば製作所".encode() not in backup.path.read_bytes(), "the backups forget the company"


def test_filters_and_search_narrow_the_checklist(qtbot, make_window, company):
    window = make_window()
    go_to(qtbot, window, "checklists")
    view = window.views["checklists"]
    everything = int(view.count_label.text().split()[0])
    choose_in_combo(qtbot, view.scheme_filter, "自社診断")
    selfcheck_only = int(view.count_label.text().split()[0])
    click(qtbot, view.search)
    type_text(view.search, "バックアップ")
    searched = int(view.count_label.text().split()[0])
    assert everything > selfcheck_only > searched > 0


def test_dashboard_follows_progress(qtbot, make_window, company):
    from PySide6.QtWidgets import QLabel

    window = make_window()
    content = window.session.content
    scs = content.schemes["scs"]
    # a ★3 criterion that exactly one item covers: doing that item meets it
    criterion = next(c for c, r in scs.requirements.items() if r.get("star") == 3 and len(content.items_for("scs", c)) == 1)
    [item] = content.items_for("scs", criterion)

    def texts():
        return [w.text() for w in window.views["dashboard"].widget().findChildren(QLabel)]

    go_to(qtbot, window, "dashboard")
    assert "達成 0 / 81・一部 0" in texts()
    go_to(qtbot, window, "checklists")
    view = window.views["checklists"]
    click_row(qtbot, view.tree, tree_row(view.tree, item.id))
    choose_in_combo(qtbot, view.editor.status_combo, view.editor.status_combo.itemText(view.editor.status_combo.findData("done")))
    go_to(qtbot, window, "dashboard")
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
        assert window.views["checklists"].editor.status_combo.itemText(1) == "Done"
    finally:
        app.removeTranslator(translator)


def test_learn_tree_row_opens_without_leaving_a_mark_on_the_title(qtbot, make_window, company):
    window = make_window()
    go_to(qtbot, window, "learn")
    learn = window.views["learn"]
    lesson = list(window.session.content.lessons.values())[3]
    click_row(qtbot, learn.tree, tree_row(learn.tree, lesson.id))
    assert learn.lesson is lesson
    assert tree_row(learn.tree, lesson.id).data(0, LESSON_ROLE) == lesson.id
