"""The row of buttons at the foot of Mamori's small dialogs: one that confirms, and キャンセル."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox

Button = QDialogButtonBox.StandardButton


def confirm_buttons(dialog: QDialog, ok_text: str, cancel_text: str, on_ok: Callable[[], None],
                    *, ok: Button = Button.Ok) -> QDialogButtonBox:
    """The confirming button OK (shown as OK_TEXT) and Cancel (CANCEL_TEXT) for DIALOG.
    The dialog translates both words itself, in its own context. OK calls ON_OK, which
    checks what was entered and accepts the dialog or says what is missing; Cancel rejects."""
    buttons = QDialogButtonBox(ok | Button.Cancel, dialog)
    buttons.button(ok).setText(ok_text)
    buttons.button(Button.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons
