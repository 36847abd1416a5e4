"""次の見直し: the guide's row for the company's next review date.

Unticked, the date is a year after the last self-check (desktop.core.next_steps); ticked,
the company's own date, kept in company_guide.next_review.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from desktop.core.next_steps import next_review


class ReviewDateBox(QGroupBox):
    """A check box 「見直しの日を自分で決める」 and its date, with the date used otherwise."""

    def __init__(self, title: str, saved: date | None, last_selfcheck: date | None, parent=None):
        super().__init__(title, parent)
        self.saved = saved
        layout = QVBoxLayout(self)
        automatic = next_review(None, last_selfcheck, date.today())
        if automatic is None:
            text = self.tr("決めないときは、自社診断に答えた日の1年後が見直しの目安になります（まだ答えていません）。")
        else:
            text = self.tr("決めないときは、最後の自社診断の1年後（{0}）が見直しの目安です。").format(automatic.day.isoformat())
        hint = QLabel(text, self)
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.check = QCheckBox(self.tr("見直しの日を自分で決める"), self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(self.tr("次の見直しの日"))
        start = saved or (automatic.day if automatic else date.today().replace(year=date.today().year + 1))
        self.edit.setDate(QDate(start.year, start.month, start.day))
        self.check.setChecked(saved is not None)
        self.edit.setEnabled(saved is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        layout.addLayout(row)

    def chosen(self) -> date | None:
        """The date the user set, or None for 「a year after the last self-check」."""
        if not self.check.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def changed(self) -> bool:
        return self.chosen() != self.saved
