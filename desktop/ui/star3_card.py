"""The dashboard's small ★3 reminder: the pledge or expert confirmations are more than a
year old, or evidence has expired (the rule is in core.star3.reminders)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import star3_actions


class Star3ReminderCard(QFrame):
    """Shown only when there is something to look at again."""

    def __init__(self, session, reminders, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("★3 の見直し"), self)
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        for reminder in reminders:
            line = QLabel(self._text(reminder), self)
            line.setWordWrap(True)
            layout.addWidget(line)
        self.open_button = QPushButton(self.tr("★3 の確認を開く"), self)
        self.open_button.clicked.connect(self.open_review)
        row = QHBoxLayout()  # a small button at the left (no Qt.* enum on the start path)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _text(self, reminder) -> str:
        if reminder.kind == "pledge_old":
            return self.tr("経営層の宣誓（{0}）から 1 年以上たちました。内容を見直して、あらためて宣誓しましょう。").format(
                reminder.since.isoformat())
        if reminder.kind == "confirmations_old":
            return self.tr("専門家の確認から 1 年以上たった評価基準が {0} 件あります。もう一度見てもらいましょう。").format(
                reminder.count)
        return self.tr("期限が過ぎた根拠（証跡）がある評価基準が {0} 件あります: {1}").format(
            reminder.count, "、".join(reminder.criteria[:5]) + ("…" if reminder.count > 5 else ""))

    def open_review(self) -> None:
        from desktop.ui.review_view import open_review_window

        open_review_window(self, self.session)


def reminder_card(session, parent: QWidget) -> Star3ReminderCard | None:
    """The card for the selected company, or None when nothing is due."""
    profile = session.profile
    if profile is None:
        return None
    due = star3_actions.reminders(session.store, session.content, profile.id)
    return Star3ReminderCard(session, due, parent) if due else None
