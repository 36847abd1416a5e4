"""The small dialogs end in the same row of buttons, each in the dialog's own words: the
confirming button checks what was entered before the dialog closes, キャンセル closes it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.support.gui import LEFT, click, dialog_button, type_text
from tests.ui.conftest import english_ui

ACCEPT = QDialogButtonBox.ButtonRole.AcceptRole
REJECT = QDialogButtonBox.ButtonRole.RejectRole


def build(kind: str, window, company) -> QDialog:
    from desktop.ui.guide_dialog import GuideDialog
    from desktop.ui.handover_ui import HandOverDialog, PasswordDialog
    from desktop.ui.pledge_dialog import PledgeDialog
    from desktop.ui.profile_dialog import ProfileDialog

    return {
        "pledge": lambda: PledgeDialog(window.session, window),
        "handover": lambda: HandOverDialog(company.name, window),
        "password": lambda: PasswordDialog("ヒント", window),
        "profile": lambda: ProfileDialog(window.session, company, window),
        "guide": lambda: GuideDialog(window.session, company, window),
    }[kind]()


# the dialog, and the words of its confirming button and of キャンセル in Japanese and English
WORDS = [
    ("pledge", ("記録する", "キャンセル"), ("Record", "Cancel")),
    ("handover", ("保存先を選ぶ…", "キャンセル"), ("Choose where to save…", "Cancel")),
    ("password", ("開く", "キャンセル"), ("Open", "Cancel")),
    ("profile", ("保存", "キャンセル"), ("Save", "Cancel")),
    ("guide", ("この目標にする", "キャンセル"), ("Use these targets", "Cancel")),
]


@pytest.mark.parametrize(("kind", "japanese", "english"), WORDS)
def test_each_dialog_names_its_buttons_in_its_own_words(qtbot, make_window, company, kind, japanese, english):
    window = make_window()
    dialog = build(kind, window, company)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog_button(dialog, ACCEPT).text(), dialog_button(dialog, REJECT).text()) == japanese
    with english_ui():
        english_window = make_window("en")
        english_dialog = build(kind, english_window, company)
        qtbot.addWidget(english_dialog)
        english_dialog.show()
        assert (dialog_button(english_dialog, ACCEPT).text(), dialog_button(english_dialog, REJECT).text()) == english


@pytest.mark.parametrize("kind", [kind for kind, _ja, _en in WORDS])
def test_cancel_closes_the_dialog(qtbot, make_window, company, kind):
    window = make_window()
    dialog = build(kind, window, company)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog_button(dialog, REJECT), LEFT)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_the_confirming_button_checks_before_it_closes(qtbot, make_window, company):
    window = make_window()
    dialog = build("handover", window, company)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.password_edit, "short")
    qtbot.mouseClick(dialog_button(dialog, ACCEPT), LEFT)
    assert dialog.isVisible() and dialog.error_label.text(), "a short password keeps the dialog open"
    click(qtbot, dialog.protect_box)  # no password
    qtbot.mouseClick(dialog_button(dialog, ACCEPT), LEFT)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
