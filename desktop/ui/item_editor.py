"""The checklist's item editor: the chosen item's explanation, and its status, owner, due
date, note and evidence, each saved as soon as it is changed, with one step of undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.actions import undo_item_change
from desktop.core.vocab import ITEM_STATUS_LABELS, ITEM_STATUSES
from desktop.ui.ask import ask_text
from desktop.ui.item_html import item_page
from desktop.ui.takeover_panel import TakeOverPanel

STATUS_SETTLE_MS = 700  # how long the status box rests on a choice made with arrow keys

# The editor's words belong to the checklist screen and are translated in its context
# ("ChecklistView"), named in each call so that lupdate files them there.


def status_label(status: str, lang: str) -> str:
    """The word for an item's status in the window's language."""
    return ITEM_STATUS_LABELS[status].get(lang)


class ListChoiceCombo(QComboBox):
    """A combo box that knows whether its last choice was made in its open list (a click
    or Enter there) rather than by arrow keys on the closed box."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._list_was_open = False

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self._list_was_open = True
        super().showPopup()

    def take_list_choice(self) -> bool:
        chosen, self._list_was_open = self._list_was_open, False
        return chosen


class ItemEditor(QScrollArea):
    """Shows one item (show_item) and saves what is changed in it for the company."""

    openLesson = Signal(str)
    openItem = Signal(str)
    statusSaved = Signal(str, str)  # item id, its status now: the list shows it

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.current_item = None
        self.last_change = None  # (item_id, previous ItemState or None)
        self._loading = False
        self.setWidgetResizable(True)
        self.setAccessibleName(QCoreApplication.translate("ChecklistView", "選んだ項目の説明と記録"))
        editor = QWidget(self)
        box = QVBoxLayout(editor)
        self.item_title = QLabel(QCoreApplication.translate("ChecklistView", "左の一覧から項目を選んでください。"), editor)
        self.item_title.setWordWrap(True)
        self.item_title.setObjectName("ItemTitle")  # bold and a little larger (theme.py)
        box.addWidget(self.item_title)
        self.explanation = QTextBrowser(editor)
        self.explanation.setOpenLinks(False)
        self.explanation.anchorClicked.connect(self._on_link)
        self.explanation.setAccessibleName(QCoreApplication.translate("ChecklistView", "項目の説明"))
        self.explanation.setMinimumHeight(140)
        box.addWidget(self.explanation, 1)
        self.takeover = TakeOverPanel(self.session, editor)
        self.takeover.takeOver.connect(lambda status, source: self.set_status(status, source=source))
        box.addWidget(self.takeover)
        box.addLayout(self._build_form(editor))
        undo_row = QHBoxLayout()
        self.undo_button = QPushButton(QCoreApplication.translate("ChecklistView", "元に戻す（Ctrl+Z）"), editor)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(lambda: self.undo())
        self.saved_label = QLabel("", editor)
        self.saved_label.setObjectName("Hint")
        undo_row.addWidget(self.saved_label, 1)
        undo_row.addWidget(self.undo_button)
        box.addLayout(undo_row)
        self.setWidget(editor)
        self._set_editor_enabled(False)

    def _build_form(self, editor: QWidget) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a label above its field when narrow
        lang = self.session.lang
        self.status_combo = ListChoiceCombo(editor)
        for status in ITEM_STATUSES:
            self.status_combo.addItem(status_label(status, lang), status)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ChecklistView", "状態"))
        # A status is saved when the choice is made: at once from the list (a click, Enter,
        # a screen reader), and after a short pause when arrow keys step through the closed
        # box, so passing over 「該当しない」 neither saves it nor asks for a reason.
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_SETTLE_MS)
        self._status_timer.timeout.connect(self._commit_status)
        self.status_combo.currentIndexChanged.connect(self._on_status_index)
        # activated also comes with every arrow key on the closed box: only a choice made in
        # the open list is saved at once (once the list has closed).
        self.status_combo.activated.connect(self._on_status_activated)
        self.status_combo.installEventFilter(self)
        self.reason_edit = QLineEdit(editor)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ChecklistView", "「該当しない」の理由"))
        self.reason_edit.setAccessibleName(QCoreApplication.translate("ChecklistView", "該当しない理由"))
        self.reason_edit.editingFinished.connect(self._on_reason)
        self.owner_edit = QLineEdit(editor)
        self.owner_edit.setPlaceholderText(QCoreApplication.translate("ChecklistView", "例: 総務 山田"))
        self.owner_edit.setAccessibleName(QCoreApplication.translate("ChecklistView", "担当者"))
        self.owner_edit.editingFinished.connect(lambda: self._save_field("owner", self.owner_edit.text().strip()))
        due_row = QHBoxLayout()
        self.due_check = QCheckBox(QCoreApplication.translate("ChecklistView", "期限あり"), editor)
        self.due_edit = QDateEdit(editor)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setDate(QDate.currentDate().addMonths(1))
        self.due_edit.setAccessibleName(QCoreApplication.translate("ChecklistView", "期限の日付"))
        self.due_check.setAccessibleName(QCoreApplication.translate("ChecklistView", "期限あり"))
        self.due_check.toggled.connect(self._on_due)
        self.due_edit.dateChanged.connect(lambda _d: self._on_due(self.due_check.isChecked()))
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        self.note_edit = QPlainTextEdit(editor)
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate("ChecklistView", "社内用のメモ（報告書には「メモを含める」を選んだときだけ載ります）"))
        self.note_edit.setFixedHeight(70)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ChecklistView", "メモ"))
        self.evidence_edit = QPlainTextEdit(editor)
        self.evidence_edit.setFixedHeight(70)
        self.evidence_edit.setAccessibleName(QCoreApplication.translate("ChecklistView", "証跡（対策をしたことを示す記録）"))
        for edit, field in ((self.note_edit, "note"), (self.evidence_edit, "evidence")):
            edit.installEventFilter(self)
            edit.setProperty("field", field)
            edit.setTabChangesFocus(True)  # Tab moves on; the field is not a keyboard trap
        form.addRow(QCoreApplication.translate("ChecklistView", "状態(&S)"), self.status_combo)
        form.addRow(QCoreApplication.translate("ChecklistView", "理由"), self.reason_edit)
        form.addRow(QCoreApplication.translate("ChecklistView", "担当者(&O)"), self.owner_edit)
        form.addRow(QCoreApplication.translate("ChecklistView", "期限"), due_row)
        form.addRow(QCoreApplication.translate("ChecklistView", "メモ"), self.note_edit)
        form.addRow(QCoreApplication.translate("ChecklistView", "証跡(&V)"), self.evidence_edit)
        return form

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            if watched in (self.note_edit, self.evidence_edit):
                self._save_field(watched.property("field"), watched.toPlainText().strip())
            elif watched is self.status_combo and self._status_timer.isActive():
                self._commit_status()
        return super().eventFilter(watched, event)

    def settle_status(self) -> None:
        """Save a status chosen with arrow keys now instead of after the pause."""
        if self._status_timer.isActive():
            self._commit_status()

    def _set_editor_enabled(self, enabled: bool) -> None:
        for widget in (self.status_combo, self.reason_edit, self.owner_edit, self.due_check, self.due_edit,
                       self.note_edit, self.evidence_edit):
            widget.setEnabled(enabled)

    def _state(self, item_id: str):
        profile = self.session.profile
        return self.session.store.item_state(profile.id, item_id) if profile else None

    def show_item(self, item_id: str) -> None:
        item = self.session.content.items[item_id]
        self.current_item = item
        lang = self.session.lang
        self.item_title.setText(item.text(lang).title)
        self.explanation.setHtml(item_page(item, self.session.content, lang))
        self._load_state()

    def _load_state(self, state=None) -> None:
        self._loading = True
        if state is None and self.current_item is not None:
            state = self._state(self.current_item.id)
        self._set_editor_enabled(self.session.profile is not None and self.current_item is not None)
        status = state.status if state else "unanswered"
        self.status_combo.setCurrentIndex(ITEM_STATUSES.index(status))
        self.reason_edit.setText(state.reason or "" if state else "")
        self.reason_edit.setEnabled(status == "na" and self.session.profile is not None)
        self.owner_edit.setText(state.owner or "" if state else "")
        self.note_edit.setPlainText(state.note or "" if state else "")
        self.evidence_edit.setPlainText(state.evidence or "" if state else "")
        due = state.due if state else None
        self.due_check.setChecked(due is not None)
        self.due_edit.setEnabled(due is not None)
        if due is not None:
            self.due_edit.setDate(QDate(due.year, due.month, due.day))
        self.takeover.show_for(self.current_item)
        self._loading = False

    def _remember(self) -> None:
        if self.current_item is not None:
            self.last_change = (self.current_item.id, self._state(self.current_item.id))
            self.undo_button.setEnabled(True)

    def _saved(self, message: str, state=None) -> None:
        self.saved_label.setText(message)
        if self.current_item is not None:
            current = state if state is not None else self._state(self.current_item.id)
            self.statusSaved.emit(self.current_item.id, current.status if current else "unanswered")
        self.session.changed("items", message)

    def _on_status_index(self, _index: int) -> None:
        if self._loading or self.current_item is None or self.session.profile is None:
            return
        self._status_timer.start()  # restarted by every step of the arrow keys

    def _on_status_activated(self, _index: int) -> None:
        if self.status_combo.take_list_choice():
            QTimer.singleShot(0, self._commit_status)

    def _commit_status(self) -> None:
        """Save the status the box shows, if it differs from the saved one."""
        self._status_timer.stop()
        if self._loading or self.current_item is None or self.session.profile is None:
            return
        status = self.status_combo.currentData()
        state = self._state(self.current_item.id)
        if status == (state.status if state else "unanswered"):
            return
        reason = None
        if status == "na":
            reason = self.reason_edit.text().strip()
            if not reason:
                reason, ok = ask_text(self, QCoreApplication.translate("ChecklistView", "該当しない理由"),
                                      QCoreApplication.translate("ChecklistView", "この項目が自社に当てはまらない理由を書いてください:"))
                reason = reason.strip() if ok else ""
                if not reason:
                    self._load_state()
                    return
        self.set_status(status, reason)

    def set_status(self, status: str, reason: str | None = None, source: str | None = None) -> None:
        """Save a status for the current item (what choosing in the list does); SOURCE
        names the self-check question a taken-over status came from."""
        self._remember()
        state = self.session.store.set_item_status(self.session.profile.id, self.current_item.id, status,
                                                   reason=reason, by=self.session.by, source=source)
        self._load_state(state)
        lang = self.session.lang
        self._saved(QCoreApplication.translate("ChecklistView", "保存しました: {0} → {1}").format(
            self.current_item.text(lang).title, status_label(status, lang)), state)

    def _on_reason(self) -> None:
        if self._loading or self.current_item is None or self.status_combo.currentData() != "na":
            return
        reason = self.reason_edit.text().strip()
        state = self._state(self.current_item.id)
        if reason and (state is None or reason != (state.reason or "")):
            self.set_status("na", reason)

    def _on_due(self, checked: bool) -> None:
        self.due_edit.setEnabled(checked)
        if self._loading:
            return
        date = self.due_edit.date()
        self._save_field("due", dt.date(date.year(), date.month(), date.day()) if checked else None)

    def _save_field(self, field: str, value) -> None:
        if self._loading or self.current_item is None or self.session.profile is None:
            return
        state = self._state(self.current_item.id)
        old = getattr(state, field) if state else None
        if (old or None) == (value or None):
            return
        self._remember()
        self.session.store.update_item(self.session.profile.id, self.current_item.id, by=self.session.by, **{field: value})
        self._saved(QCoreApplication.translate("ChecklistView", "保存しました"))

    def undo(self) -> None:
        """Put back the item as it was before the last change."""
        if self.last_change is None or self.session.profile is None:
            return
        item_id, previous = self.last_change
        undo_item_change(self.session.store, self.session.profile.id, item_id, previous, by=self.session.by)
        self.last_change = None
        self.undo_button.setEnabled(False)
        if self.current_item is None or self.current_item.id != item_id:
            self.show_item(item_id)
        self._load_state()
        self._saved(QCoreApplication.translate("ChecklistView", "元に戻しました"))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "lesson":
            self.openLesson.emit(url.toString()[len("lesson:"):])
        elif url.scheme() == "item":
            self.openItem.emit(url.toString()[len("item:"):])
