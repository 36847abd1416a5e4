"""The dashboard's small ★3 reminder: the pledge or expert confirmations are more than a
year old, or evidence has expired (the rule is in core.star3.reminders)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class Star3ReminderCard(QFrame):
    """Shown only when there is something to look at again. Built once; `set_reminders`
    fills it for the company shown."""

    def __init__(self, session, reminders=(), parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("Card")
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(self.tr("★3 の見直し"), self)
        heading.setStyleSheet("font-weight: bold")
        self.layout_.addWidget(heading)
        self.lines: list[QLabel] = []  # one per reminder kind at most (three), reused
        self.open_button = QPushButton(self.tr("★3 の確認を開く"), self)
        self.open_button.clicked.connect(self.open_review)
        row = QHBoxLayout()  # a small button at the left (no Qt.* enum on the start path)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.set_reminders(reminders)

    def set_reminders(self, reminders) -> None:
        """Show REMINDERS (core.star3.Reminder), one line each; hidden when there are none."""
        reminders = list(reminders)
        while len(self.lines) < len(reminders):
            line = QLabel(self)
            line.setWordWrap(True)
            self.layout_.insertWidget(len(self.lines) + 1, line)
            self.lines.append(line)
        for index, line in enumerate(self.lines):
            line.setText(self._text(reminders[index]) if index < len(reminders) else "")
            line.setVisible(index < len(reminders))
        self.setVisible(bool(reminders))

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
