"""A walk-in consultation on the consultant's laptop, pressed as a person presses it:
the consultant's details in 設定, the one-page 相談結果シート from the File menu, handing the
company over with a password and removing it in one step, and importing the file again
(the company's own PC) from the File menu and from the welcome dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.consultant import load_profile
from desktop.ui.handover_ui import HandOverDialog, PasswordDialog
from tests.support.content import bundled_content
from tests.support.gui import (
    LEFT,
    FileChoices,
    click,
    on_next_dialog,
    press_ok,
    trigger_menu,
    type_text,
    wait_for_background_work,
)
from tests.ui.test_journeys import go_to, wait_for_dialogs

NAME = "株式会社あおぞら工務店"
PASSWORD = "sora-2026-kaigi"


def _company(store):
    profile = store.create_profile(NAME, employees=6)
    store.set_answer(profile.id, 1, "no")
    store.set_answer(profile.id, 2, "unknown")
    store.add_learner(profile.id, "佐々木まこと")
    return profile


def _press_box_ok(box) -> None:
    from PySide6.QtTest import QTest

    assert isinstance(box, QMessageBox), box
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Ok), LEFT)


def test_consultant_details_are_saved_in_settings_and_printed_on_the_sheet(qtbot, make_window, store, dirs,
                                                                            tmp_path, monkeypatch):
    from tests.support.summary_support import pdf_page_texts

    profile = _company(store)
    window = make_window()
    window.session.select_profile(profile.id)
    go_to(qtbot, window, "settings")
    box = window.views["settings"].consultant_box
    window.views["settings"].ensureWidgetVisible(box)
    for edit, text in ((box.name_edit, "鈴木 明"), (box.organisation_edit, "みなと商工会議所"),
                       (box.contact_edit, "045-000-0000")):
        click(qtbot, edit)
        type_text(edit, text)
    click(qtbot, box.save_button)
    assert load_profile(dirs.config).organisation == "みなと商工会議所"

    target = tmp_path / "sheet.pdf"
    choices = FileChoices(monkeypatch, str(target))
    monkeypatch.setattr("desktop.ui.file_dialogs.QMessageBox.show", lambda self: None)  # the saved note
    trigger_menu(qtbot, window, "ファイル", "相談結果シートを書き出す")
    wait_for_background_work(qtbot)
    assert choices.asked[0][0] == "save" and choices.asked[0][2].endswith(f"{NAME}-相談結果シート.pdf")
    [page] = pdf_page_texts(target)
    flat = "".join(page.split())
    assert NAME in flat and "鈴木明" in flat and "みなと商工会議所" in flat and "045-000-0000" in flat
    assert "問2" in flat and "問1" in flat  # わからない and 実施していない are the weakest answers
    assert str(target) in window.statusBar().currentMessage()


def test_hand_over_with_password_and_remove_in_one_step(qtbot, make_window, store, dirs, tmp_path, monkeypatch):
    from desktop.storage.backup import backup_database, list_backups

    profile = _company(store)
    backup_database(store.db, dirs.backup)
    window = make_window()
    window.session.select_profile(profile.id)
    failures: list = []
    told: list[str] = []

    def done(box):
        told.append(box.informativeText())
        _press_box_ok(box)

    def fill(dialog):
        assert isinstance(dialog, HandOverDialog) and NAME in dialog.intro.text()
        assert dialog.remove_box.isChecked() and dialog.protect_box.isChecked()
        type_text(dialog.password_edit, PASSWORD)
        type_text(dialog.again_edit, PASSWORD + "x")
        press_ok(dialog)  # the two differ: the dialog stays and says so
        assert dialog.isVisible() and "違います" in dialog.error_label.text()
        dialog.again_edit.clear()
        click(qtbot, dialog.again_edit)
        type_text(dialog.again_edit, PASSWORD)
        on_next_dialog(done, failures=failures)
        press_ok(dialog)

    target = tmp_path / "usb" / "aozora.mamori"
    target.parent.mkdir()
    choices = FileChoices(monkeypatch, str(target))
    on_next_dialog(fill, failures=failures)
    trigger_menu(qtbot, window, "ファイル", "引き継ぎファイルを渡して、このパソコンから削除")
    wait_for_dialogs(qtbot, failures)
    assert NAME not in choices.asked[0][2], "the suggested file name must not give the company away"
    assert told and str(target) in told[0]
    assert store.list_profiles() == [] and window.session.profile is None
    secret = NAME.encode()
    assert secret not in target.read_bytes()
    for path in [dirs.database, dirs.database.with_name("mamori.db-wal"), *(b.path for b in list_backups(dirs.backup))]:
        if path.exists():
            assert secret not in path.read_bytes(), f"the name is still in {path.name}"

    # the same file read in again, as on the company's own PC: wrong password first
    tries: list[str] = []

    def password(answer, then=None):
        def handler(dialog):
            assert isinstance(dialog, PasswordDialog)
            tries.append(dialog.hint_label.text())
            type_text(dialog.password_edit, answer)
            if then:
                on_next_dialog(then, failures=failures)
            press_ok(dialog)
        return handler

    FileChoices(monkeypatch, str(target))
    on_next_dialog(password("wrong-password", then=password(PASSWORD, then=_press_box_ok)), failures=failures)
    trigger_menu(qtbot, window, "ファイル", "引き継ぎファイルを読み込む")
    wait_for_dialogs(qtbot, failures)
    assert len(tries) == 2 and "パスワードが違う" in tries[1]
    assert [p.name for p in store.list_profiles()] == [NAME]
    assert window.session.profile.name == NAME


def test_a_file_that_cannot_be_saved_keeps_the_company(qtbot, make_window, store, tmp_path, monkeypatch):
    profile = _company(store)
    window = make_window()
    window.session.select_profile(profile.id)
    failures: list = []
    errors: list[str] = []

    def error(box):
        errors.append(box.text())
        _press_box_ok(box)

    def fill(dialog):
        click(qtbot, dialog.protect_box)  # no password this time
        on_next_dialog(error, failures=failures)
        press_ok(dialog)

    FileChoices(monkeypatch, str(tmp_path / "no-such-folder" / "x.mamori.json"))
    on_next_dialog(fill, failures=failures)
    trigger_menu(qtbot, window, "ファイル", "引き継ぎファイルを渡して、このパソコンから削除")
    wait_for_dialogs(qtbot, failures)
    assert errors and "会社はこのパソコンに残っています" in errors[0]
    assert [p.name for p in store.list_profiles()] == [NAME]


def test_the_welcome_dialog_reads_a_hand_over_file(qtbot, store, settings, dirs, tmp_path, monkeypatch):
    from desktop.app import build_window
    from desktop.storage.db import open_store
    from desktop.storage.exchange import export_handover, write_handover
    from desktop.ui.profile_dialog import ProfileDialog

    laptop = open_store(tmp_path / "laptop.db", tmp_path / "laptop-backups")
    try:
        write_handover(export_handover(laptop, _company(laptop).id), tmp_path / "h.mamori", PASSWORD)
    finally:
        laptop.close()
    failures: list = []

    def welcome(dialog):
        assert isinstance(dialog, ProfileDialog)

        def give_password(box):
            assert isinstance(box, PasswordDialog)
            type_text(box.password_edit, PASSWORD)
            on_next_dialog(_press_box_ok, failures=failures)
            press_ok(box)

        on_next_dialog(give_password, failures=failures)
        click(qtbot, dialog.import_button)

    FileChoices(monkeypatch, str(tmp_path / "h.mamori"))
    on_next_dialog(welcome, failures=failures)
    window = build_window(store, bundled_content(), settings, dirs, "ja", welcome=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(store.list_profiles()), timeout=10000)
    wait_for_dialogs(qtbot, failures)
    assert [p.name for p in store.list_profiles()] == [NAME]
    assert window.session.profile.name == NAME


def test_the_printed_sheet_is_one_page(qtbot, make_window, store):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    profile = _company(store)
    window = make_window()
    window.session.select_profile(profile.id)
    failures: list = []
    pages: list[int] = []

    def preview(dialog):
        assert dialog.objectName() == "SheetPreview", dialog
        shown = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: shown.pageCount() > 0, timeout=5000)
        pages.append(shown.pageCount())
        dialog.reject()

    on_next_dialog(preview, failures=failures)
    trigger_menu(qtbot, window, "ファイル", "相談結果シートを印刷")
    wait_for_dialogs(qtbot, failures)
    assert pages == [1]
