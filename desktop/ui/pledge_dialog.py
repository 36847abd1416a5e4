"""The pledge (宣誓): recording it once the printed page is signed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop import star3_actions as actions
from desktop.ui.dialog_buttons import confirm_buttons
from desktop.ui.errors import show_error


class PledgeDialog(QDialog):
    """Record that the representative signed the pledge: name and the date on the page."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("署名された宣誓を記録"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("印刷した宣誓書に代表者が署名・押印したら、その氏名と日付を記録します。"
                              "署名した用紙は社内で保管してください。"), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.by_edit = QLineEdit(self)
        self.by_edit.setPlaceholderText(self.tr("例: 代表取締役 山田太郎"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("署名した代表者:"), self.by_edit)
        form.addRow(self.tr("宣誓書の日付:"), self.date_edit)
        layout.addLayout(form)
        layout.addWidget(confirm_buttons(self, self.tr("記録する"), self.tr("キャンセル"), self.record))

    def record(self) -> None:
        date = self.date_edit.date()
        try:
            actions.record_pledge(self.session.store, self.session.profile.id, self.by_edit.text(),
                                  dt.date(date.year(), date.month(), date.day()))
        except ValueError:
            show_error(self, self.tr("記録できませんでした"), self.tr("署名した代表者の氏名を書いてください。"),
                       self.tr("宣誓はまだ記録されていません。"))
            return
        self.accept()
