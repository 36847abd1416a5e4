"""★3 の確認 as the expert and the owner use it: open it from the menu, filter, tick criteria,
confirm them, see a later change mark one for a new look, write and record the pledge."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget

from desktop.storage.star3_store import Star3Store
from tests.support.gui import (
    FileChoices,
    choose_in_combo,
    click,
    on_next_dialog,
    press_ok,
    trigger_menu,
    type_text,
    wait_for_background_work,
)


def open_review(make_window, qtbot):
    window = make_window()
    trigger_menu(qtbot, window, "表示", "★3 の確認（専門家の確認と宣誓）")
    qtbot.waitUntil(lambda: getattr(window, "_review_window", None) is not None and window._review_window.isVisible())
    view = window._review_window.view
    qtbot.waitExposed(window._review_window)
    return window, view


def rows(tree: QTreeWidget) -> list[tuple[str, str]]:
    return [(tree.topLevelItem(n).text(0), tree.topLevelItem(n).text(4)) for n in range(tree.topLevelItemCount())]


def tick(qtbot, tree: QTreeWidget, row: int) -> None:
    """Click the check box at the start of a row."""
    item = tree.topLevelItem(row)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 12, rect.center().y()))


def select(qtbot, tree: QTreeWidget, row: int) -> None:
    item = tree.topLevelItem(row)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(tree.columnWidth(0) + 40, rect.center().y()))


def test_the_expert_confirms_ticked_criteria_and_a_change_asks_for_a_new_look(make_window, qtbot, company, store):
    _, view = open_review(make_window, qtbot)
    assert len(rows(view.tree)) == 81 and all(state == "未確認" for _, state in rows(view.tree))
    first, second = rows(view.tree)[0][0], rows(view.tree)[1][0]
    assert not view.confirm_button.isEnabled()
    tick(qtbot, view.tree, 0)
    tick(qtbot, view.tree, 1)
    assert view.ticked() == [first, second]
    type_text(view.by_edit, "田中 一郎")
    type_text(view.org_edit, "たなか事務所")
    click(qtbot, view.external_box)
    assert not view.confirm_button.isEnabled()  # not before 「回答・範囲・根拠を確認しました」
    click(qtbot, view.checked_box)
    click(qtbot, view.confirm_button)
    assert dict(rows(view.tree))[first] == "確認済み" and dict(rows(view.tree))[second] == "確認済み"
    latest = Star3Store(store).confirmations(company.id)
    assert (latest[first].by, latest[first].org, latest[first].external) == ("田中 一郎", "たなか事務所", True)
    assert not view.checked_box.isChecked()  # the next batch is checked again on its own

    choose_in_combo(qtbot, view.filter_combo, "未確認")
    assert len(rows(view.tree)) == 79 and first not in dict(rows(view.tree))

    # the company adds evidence to the first criterion: its confirmation needs a new look
    choose_in_combo(qtbot, view.filter_combo, "すべて")
    select(qtbot, view.tree, 0)
    assert view.panel.heading.text().startswith(first)
    type_text(view.panel.description_edit, "情報セキュリティ規程 第3版")
    type_text(view.panel.expires_edit, "2027-03-31")
    click(qtbot, view.panel.add_button)
    assert dict(rows(view.tree))[first] == "確認後に変更あり（見直しが必要）"
    assert Star3Store(store).evidence(company.id, first)[0].expires == dt.date(2027, 3, 31)
    choose_in_combo(qtbot, view.filter_combo, "確認後に変更あり")
    assert [cid for cid, _ in rows(view.tree)] == [first]
    choose_in_combo(qtbot, view.filter_combo, "未達")
    assert len(rows(view.tree)) == 81  # nothing is answered yet: nothing is met


def test_a_judgement_without_a_reason_is_refused_and_nothing_saved(make_window, qtbot, company, store):
    _, view = open_review(make_window, qtbot)
    select(qtbot, view.tree, 0)
    choose_in_combo(qtbot, view.panel.judgement_combo, "達成（同等の対策など）")
    seen = []
    on_next_dialog(lambda box: (seen.append(box.text()), press_ok(box)))
    click(qtbot, view.panel.save_judgement_button)
    qtbot.waitUntil(lambda: bool(seen))
    assert "理由" in seen[0] and Star3Store(store).judgements(company.id) == {}
    type_text(view.panel.reason_edit, "入館カードで同等に管理している")
    click(qtbot, view.panel.save_judgement_button)
    cid = rows(view.tree)[0][0]
    assert Star3Store(store).judgements(company.id)[cid].status == "met"
    assert "（会社の判断）" in view.tree.topLevelItem(0).text(2)


def test_the_pledge_page_is_written_and_the_signed_pledge_recorded(make_window, qtbot, company, store, monkeypatch,
                                                                  tmp_path):
    _, view = open_review(make_window, qtbot)
    target = tmp_path / "宣誓書.pdf"
    choices = FileChoices(monkeypatch, str(target))
    click(qtbot, view.print_pledge_button)
    assert target.read_bytes().startswith(b"%PDF") and choices.asked[0][0] == "save"
    assert "まだ記録されていません" in view.pledge_label.text()

    def sign(dialog):
        type_text(dialog.by_edit, "代表取締役 佐藤 花子")
        press_ok(dialog)

    on_next_dialog(sign)
    click(qtbot, view.record_pledge_button)
    pledge = Star3Store(store).pledge(company.id)
    assert pledge is not None and pledge.by == "代表取締役 佐藤 花子" and pledge.date == dt.date.today()
    assert dt.date.today().isoformat() in view.pledge_label.text()


def test_the_report_screen_opens_the_review_window(make_window, qtbot, company):
    window = make_window()
    window.show_page("report")
    report = window.views["report"]
    qtbot.waitExposed(report)
    click(qtbot, report.review_button)
    qtbot.waitUntil(lambda: getattr(window, "_review_window", None) is not None and window._review_window.isVisible())


def test_the_dashboard_reminds_of_an_old_pledge_and_expired_evidence(make_window, qtbot, company, store):
    from desktop import star3_actions

    records = Star3Store(store)
    star3_actions.record_pledge(store, company.id, "佐藤", dt.date.today() - dt.timedelta(days=400))
    records.add_evidence(company.id, "1-2-1-1", "保守契約", expires=dt.date.today() - dt.timedelta(days=1))
    window = make_window()
    dashboard = window.views["dashboard"]
    qtbot.waitUntil(lambda: getattr(dashboard, "star3_card", None) is not None and dashboard.star3_card.isVisible())
    from PySide6.QtWidgets import QLabel

    shown = " ".join(label.text() for label in dashboard.star3_card.findChildren(QLabel))
    assert "1 年以上" in shown and "1-2-1-1" in shown
    click(qtbot, dashboard.star3_card.open_button)
    qtbot.waitUntil(lambda: getattr(window, "_review_window", None) is not None and window._review_window.isVisible())


def test_no_reminder_when_nothing_is_due(make_window, qtbot, company, store):
    from desktop import star3_actions

    star3_actions.record_pledge(store, company.id, "佐藤", dt.date.today())
    window = make_window()
    dashboard = window.views["dashboard"]
    qtbot.waitUntil(lambda: dashboard.isVisible())
    assert dashboard.star3_card is None


def test_the_hand_over_file_carries_evidence_files_only_when_ticked(make_window, qtbot, company, store, monkeypatch,
                                                                   tmp_path):
    import json

    from PySide6.QtWidgets import QPushButton

    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG scan")
    records = Star3Store(store)
    records.attach_file(company.id, records.add_evidence(company.id, "1-2-1-1", "体制図").id, scan)
    window = make_window()
    window.show_page("settings")
    settings = window.views["settings"]
    qtbot.waitExposed(settings)
    export = next(b for b in settings.findChildren(QPushButton) if b.text() == "この会社を書き出す…")
    plain, full = tmp_path / "plain.json", tmp_path / "full.json"
    FileChoices(monkeypatch, str(plain), str(full))
    settings.ensureWidgetVisible(export)
    click(qtbot, export)
    wait_for_background_work(qtbot)
    settings.ensureWidgetVisible(settings.with_files_box)
    click(qtbot, settings.with_files_box)
    settings.ensureWidgetVisible(export)
    click(qtbot, export)
    wait_for_background_work(qtbot)
    assert "evidence_files" not in json.loads(plain.read_text(encoding="utf-8"))
    assert len(json.loads(full.read_text(encoding="utf-8"))["evidence_files"]) == 1


def replace_text(qtbot, edit, text: str) -> None:
    """Select everything in a field (Ctrl+A) and type over it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, text)


def test_an_evidence_record_is_edited_and_its_confirmation_asks_for_a_new_look(make_window, qtbot, company, store):
    records = Star3Store(store)
    record = records.add_evidence(company.id, "1-2-1-1", "情報セキュリティ規程 第2版", effective=dt.date(2025, 4, 1))
    _, view = open_review(make_window, qtbot)
    select(qtbot, view.tree, 0)
    tick(qtbot, view.tree, 0)
    type_text(view.by_edit, "田中 一郎")
    click(qtbot, view.checked_box)
    click(qtbot, view.confirm_button)
    panel = view.panel
    assert not panel.update_button.isEnabled()  # nothing chosen yet
    entry = panel.evidence_list.item(0)
    assert entry.text() == "情報セキュリティ規程 第2版（2025-04-01 〜 —）"
    rect = panel.evidence_list.visualItemRect(entry)
    qtbot.mouseClick(panel.evidence_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (panel.description_edit.text(), panel.effective_edit.text(), panel.expires_edit.text()) == (
        "情報セキュリティ規程 第2版", "2025-04-01", "")
    replace_text(qtbot, panel.description_edit, "情報セキュリティ規程 第3版")
    replace_text(qtbot, panel.expires_edit, "2027-03-31")

    replace_text(qtbot, panel.effective_edit, "2026年4月1日")  # not a date: said so, nothing changed
    seen = []
    on_next_dialog(lambda box: (seen.append(box.text()), press_ok(box)))
    click(qtbot, panel.update_button)
    qtbot.waitUntil(lambda: bool(seen))
    assert "2026-04-01" in seen[0] and records.evidence(company.id)[0] == record

    replace_text(qtbot, panel.effective_edit, "2026-04-01")
    click(qtbot, panel.update_button)
    changed = records.evidence(company.id)[0]
    assert (changed.id, changed.description, changed.effective, changed.expires) == (
        record.id, "情報セキュリティ規程 第3版", dt.date(2026, 4, 1), dt.date(2027, 3, 31))
    assert len(records.evidence(company.id)) == 1  # changed in place, not added
    assert panel.evidence_list.item(0).text() == "情報セキュリティ規程 第3版（2026-04-01 〜 2027-03-31）"
    assert dict(rows(view.tree))["1-2-1-1"] == "確認後に変更あり（見直しが必要）"
    assert panel.description_edit.text() == ""


def test_the_english_review_panel_shows_no_japanese(make_window, qtbot, company, store, tmp_path):
    import re

    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

    from desktop import star3_actions
    from desktop.app import install_translator

    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG scan")
    records = Star3Store(store)
    record = records.add_evidence(company.id, "1-2-1-1", "Security policy v3", effective=dt.date(2026, 4, 1))
    records.attach_file(company.id, record.id, scan)
    records.set_judgement(company.id, "1-2-1-1", "met", "Entry cards do the same")
    app = QApplication.instance()
    translator = install_translator(app, "en")
    try:
        window = make_window("en")
        star3_actions.confirm(store, window.session.content, company.id, ["1-2-1-1"], by="Ichiro Tanaka",
                              org="Tanaka Office", external=True, advice="Date the contact list")
        trigger_menu(qtbot, window, "View", "★3 review (expert confirmation and pledge)")
        qtbot.waitUntil(lambda: getattr(window, "_review_window", None) is not None)
        view = window._review_window.view
        qtbot.waitExposed(window._review_window)
        select(qtbot, view.tree, 0)
        panel = view.panel
        assert panel.evidence_list.item(0).text() == "Security policy v3 (2026-04-01 – —) attached: scan.png"
        assert "Ichiro Tanaka, Tanaka Office (external): Date the contact list" in panel.history_label.text()
        shown = [w.text() for w in panel.findChildren(QLabel) + panel.findChildren(QPushButton)]
        shown += [w.placeholderText() for w in panel.findChildren(QLineEdit)]
        shown += [panel.judgement_combo.itemText(i) for i in range(panel.judgement_combo.count())]
        japanese = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e]")
        assert [text for text in shown if japanese.search(text)] == []
    finally:
        app.removeTranslator(translator)


def test_the_one_step_hand_over_carries_evidence_files_when_ticked(make_window, qtbot, company, store, monkeypatch,
                                                                   tmp_path):
    """ファイル → 渡して削除: the dialog's tick box puts the evidence files in the file."""
    import json

    from desktop.ui.handover_ui import HandOverDialog
    from tests.support.gui import on_next_dialog, trigger_menu
    from tests.ui.test_journeys import wait_for_dialogs

    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG scan")
    records = Star3Store(store)
    records.attach_file(company.id, records.add_evidence(company.id, "1-2-1-1", "体制図").id, scan)
    window = make_window()
    window.session.select_profile(company.id)
    failures: list = []

    def fill(dialog):
        assert isinstance(dialog, HandOverDialog)
        assert not dialog.with_files_box.isChecked(), "the files stay out unless asked for"
        click(qtbot, dialog.protect_box)  # no password: the file can be read back here
        click(qtbot, dialog.remove_box)  # keep the company
        click(qtbot, dialog.with_files_box)
        on_next_dialog(lambda box: click(qtbot, box.buttons()[0]), failures=failures)  # "saved": its only button
        press_ok(dialog)

    target = tmp_path / "handover.json"
    FileChoices(monkeypatch, str(target))
    on_next_dialog(fill, failures=failures)
    trigger_menu(qtbot, window, "ファイル", "引き継ぎファイルを渡して、このパソコンから削除")
    wait_for_background_work(qtbot)
    wait_for_dialogs(qtbot, failures)
    assert len(json.loads(target.read_text(encoding="utf-8"))["evidence_files"]) == 1
    assert store.find_profile(company.id) is not None, "not removed: the box was unticked"
