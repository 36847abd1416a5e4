"""A one-line question (a learner's name, a reason): QInputDialog with its field named by the
question, so a screen reader says what to type instead of only "edit"."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """The typed text and whether OK was pressed (as QInputDialog.getText)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setAccessibleName(label.rstrip(":：").strip())
    accepted = bool(dialog.exec())
    value = dialog.textValue()
    dialog.deleteLater()
    return (value, True) if accepted else ("", False)
