"""チェックリスト: items by checklist, filters, and an editor that saves every change at once."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import targets as goals
from desktop.core.render import render_markdown
from desktop.core.vocab import ITEM_STATUS_LABELS, ITEM_STATUSES, in_brackets
from desktop.ui.wrapping import wrap_column

ITEM_ROLE = Qt.ItemDataRole.UserRole
SCHEME_FILTERS = ("targets", "all", "scs3", "scs4", "selfcheck", "5kajo", "security-action")


class ChecklistView(QWidget):
    openLesson = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.current_item = None
        self.rows: dict[str, QTreeWidgetItem] = {}  # item id → its line in the list
        self.last_change = None  # (item_id, previous ItemState or None)
        self._loading = False
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("チェックリスト"), self)
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.scheme_filter = QComboBox(self)
        for key, label in zip(SCHEME_FILTERS, (self.tr("目標の項目"), self.tr("すべての項目"), self.tr("SCS ★3"), self.tr("SCS ★4"),
                                               self.tr("自社診断"), self.tr("5か条"), self.tr("SECURITY ACTION")), strict=True):
            self.scheme_filter.addItem(label, key)
        self.scheme_filter.setToolTip(self.tr("制度で絞り込みます"))
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("すべての状態"), None)
        for status in ITEM_STATUSES:
            self.status_filter.addItem(self._status_label(status), status)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("検索（Ctrl+F）: 項目名・説明"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("Hint")
        for widget in (self.scheme_filter, self.status_filter, self.search):
            widget_change = widget.textChanged if isinstance(widget, QLineEdit) else widget.currentIndexChanged
            widget_change.connect(self.refresh_tree)
        filters.addWidget(QLabel(self.tr("制度:"), self))
        filters.addWidget(self.scheme_filter)
        filters.addWidget(QLabel(self.tr("状態:"), self))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setHeaderLabels([self.tr("項目"), self.tr("状態")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The status column is as wide as its longest label, always: sized to the visible
        # rows it would change width while scrolling, and every change makes the titles
        # column wrap again.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        metrics = self.tree.fontMetrics()
        widest = max(metrics.horizontalAdvance(self._status_label(s)) for s in ITEM_STATUSES)
        header.resizeSection(1, max(widest, metrics.horizontalAdvance(self.tr("状態"))) + 24)
        wrap_column(self.tree, 0)  # whole item titles, on two lines where needed
        self.tree.currentItemChanged.connect(self._on_current)
        splitter.addWidget(self.tree)
        splitter.addWidget(self._build_editor(splitter))
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 640])
        layout.addWidget(splitter, 1)
        self.target_items: set[str] | None = None  # None: the company has no targets
        session.profileChanged.connect(lambda _p: self._open_on_targets())
        session.progressChanged.connect(self._on_progress)
        self._open_on_targets()

    def _status_label(self, status: str) -> str:
        return ITEM_STATUS_LABELS[status][1 if self.session.lang == "en" else 0]

    def _build_editor(self, parent) -> QWidget:
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        editor = QWidget(scroll)
        box = QVBoxLayout(editor)
        self.item_title = QLabel(self.tr("左の一覧から項目を選んでください。"), editor)
        self.item_title.setWordWrap(True)
        self.item_title.setStyleSheet("font-weight: bold; font-size: 15pt;")
        box.addWidget(self.item_title)
        self.explanation = QTextBrowser(editor)
        self.explanation.setOpenLinks(False)
        self.explanation.anchorClicked.connect(self._on_link)
        self.explanation.setMinimumHeight(220)
        box.addWidget(self.explanation, 1)
        form = QFormLayout()
        self.status_combo = QComboBox(editor)
        for status in ITEM_STATUSES:
            self.status_combo.addItem(self._status_label(status), status)
        self.status_combo.currentIndexChanged.connect(self._on_status)
        self.reason_edit = QLineEdit(editor)
        self.reason_edit.setPlaceholderText(self.tr("「該当しない」の理由"))
        self.reason_edit.editingFinished.connect(self._on_reason)
        self.owner_edit = QLineEdit(editor)
        self.owner_edit.setPlaceholderText(self.tr("例: 総務 山田"))
        self.owner_edit.editingFinished.connect(lambda: self._save_field("owner", self.owner_edit.text().strip()))
        due_row = QHBoxLayout()
        self.due_check = QCheckBox(self.tr("期限あり"), editor)
        self.due_edit = QDateEdit(editor)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setDate(QDate.currentDate().addMonths(1))
        self.due_check.toggled.connect(self._on_due)
        self.due_edit.dateChanged.connect(lambda _d: self._on_due(self.due_check.isChecked()))
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        self.note_edit = QPlainTextEdit(editor)
        self.note_edit.setPlaceholderText(self.tr("社内用のメモ（報告書には「メモを含める」を選んだときだけ載ります）"))
        self.note_edit.setFixedHeight(70)
        self.evidence_edit = QPlainTextEdit(editor)
        self.evidence_edit.setFixedHeight(70)
        for edit, field in ((self.note_edit, "note"), (self.evidence_edit, "evidence")):
            edit.installEventFilter(self)
            edit.setProperty("field", field)
        form.addRow(self.tr("状態(&S)"), self.status_combo)
        form.addRow(self.tr("理由"), self.reason_edit)
        form.addRow(self.tr("担当者(&O)"), self.owner_edit)
        form.addRow(self.tr("期限"), due_row)
        form.addRow(self.tr("メモ"), self.note_edit)
        form.addRow(self.tr("証跡(&V)"), self.evidence_edit)
        box.addLayout(form)
        undo_row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("元に戻す（Ctrl+Z）"), editor)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.saved_label = QLabel("", editor)
        self.saved_label.setObjectName("Hint")
        undo_row.addWidget(self.saved_label, 1)
        undo_row.addWidget(self.undo_button)
        box.addLayout(undo_row)
        scroll.setWidget(editor)
        self._set_editor_enabled(False)
        return scroll

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusOut and watched in (self.note_edit, self.evidence_edit):
            self._save_field(watched.property("field"), watched.toPlainText().strip())
        return super().eventFilter(watched, event)

    def _set_editor_enabled(self, enabled: bool) -> None:
        for widget in (self.status_combo, self.reason_edit, self.owner_edit, self.due_check, self.due_edit,
                       self.note_edit, self.evidence_edit):
            widget.setEnabled(enabled)

    # -- list -------------------------------------------------------------------------------
    def _states(self) -> dict:
        profile = self.session.profile
        return self.session.store.item_states(profile.id) if profile else {}

    def _state(self, item_id: str):
        profile = self.session.profile
        return self.session.store.item_state(profile.id, item_id) if profile else None

    def _open_on_targets(self) -> None:
        """Show the targets' items when the company has targets, else every item."""
        profile = self.session.profile
        guide = self.session.store.guide(profile.id) if profile else None
        keys = guide.targets if guide else ()
        self.target_items = goals.scope_items(self.session.content, keys) if keys else None
        self.scheme_filter.blockSignals(True)
        self.scheme_filter.setCurrentIndex(self.scheme_filter.findData("targets" if keys else "all"))
        self.scheme_filter.blockSignals(False)
        self.refresh_tree()

    def _matches(self, item, state, scheme: str, status: str | None, needle: str) -> bool:
        item_status = state.status if state else "unanswered"
        if status and item_status != status:
            return False
        if scheme == "targets":
            if self.target_items is not None and item.id not in self.target_items:
                return False
        elif scheme in ("scs3", "scs4"):
            criteria = self.session.content.schemes.get("scs")
            stars = [criteria.requirements[c].get("star") for c in item.refs("scs") if criteria and c in criteria.requirements]
            if not stars or (scheme == "scs3" and 3 not in stars):
                return False
        elif scheme != "all" and not item.refs(scheme):
            return False
        if needle:
            text = item.text(self.session.lang)
            haystack = f"{text.title}\n{text.explanation}\n{text.evidence}\n{item.id}".lower()
            return needle in haystack
        return True

    def refresh_tree(self) -> None:
        states = self._states()
        scheme = self.scheme_filter.currentData()
        status = self.status_filter.currentData()
        needle = self.search.text().strip().lower()
        selected = self.current_item.id if self.current_item else None
        lang = self.session.lang
        self.tree.blockSignals(True)
        self.tree.clear()
        self.rows = {}
        shown = 0
        reselect = None
        for checklist in self.session.content.ordered_checklists():
            node = None
            for item_id in checklist.item_ids:
                item = self.session.content.items[item_id]
                state = states.get(item_id)
                if not self._matches(item, state, scheme, status, needle):
                    continue
                if node is None:
                    node = QTreeWidgetItem(self.tree, [checklist.title(lang), ""])
                    node.setExpanded(True)
                label = self._status_label(state.status if state else "unanswered")
                child = QTreeWidgetItem(node, [item.text(lang).title, label])
                child.setData(0, ITEM_ROLE, item_id)
                self.rows[item_id] = child
                shown += 1
                if item_id == selected:
                    reselect = child
        self.tree.blockSignals(False)
        self.count_label.setText(self.tr("{0} 件").format(shown))
        if reselect is not None:
            self.tree.setCurrentItem(reselect)

    def select_item(self, item_id: str) -> None:
        """Show one item, clearing filters that would hide it."""
        if item_id not in self.session.content.items:
            return
        self.scheme_filter.setCurrentIndex(self.scheme_filter.findData("all"))
        self.status_filter.setCurrentIndex(0)
        self.search.clear()
        self.current_item = self.session.content.items[item_id]
        self.refresh_tree()
        self.show_item(item_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_current(self, node, _previous) -> None:
        item_id = node.data(0, ITEM_ROLE) if node is not None else None
        if item_id:
            self.show_item(item_id)

    def _on_progress(self, kind: str) -> None:
        if kind == "guide":
            self._open_on_targets()
        elif kind == "profile":
            self.refresh_tree()

    def _update_row(self, item_id: str, status: str) -> None:
        """Show a saved status in the list without rebuilding it."""
        row = self.rows.get(item_id)
        if row is not None:
            row.setText(1, self._status_label(status))

    # -- editor -----------------------------------------------------------------------------
    def show_item(self, item_id: str) -> None:
        content = self.session.content
        item = content.items[item_id]
        self.current_item = item
        lang = self.session.lang
        text = item.text(lang)
        self.item_title.setText(text.title)
        rendered = render_markdown(text.explanation, base_dir=item.path.parent, pack_root=item.pack_root).html
        refs = []
        for ref in item.maps:
            scheme_id, _, rid = ref.partition(":")
            scheme = content.schemes.get(scheme_id)
            requirement = scheme.requirements.get(rid) if scheme else None
            name = scheme.title_in(lang) if scheme else scheme_id
            level = requirement.get("star") if requirement is not None else None
            star = in_brackets(f"★{level}", lang) if level else ""
            title = requirement.title_in(lang) if requirement else ""
            refs.append(f"<li>{html.escape(name)} {html.escape(rid)}{star}: {html.escape(title)}</li>")
        lessons = "".join(
            f'<li><a href="lesson:{lesson.id}">{html.escape(lesson.text(lang).title)}</a></li>'
            for lesson in content.lessons_for_item(item_id)
        )
        # Translated outside the f-string, where lupdate can find them.
        evidence_label = self.tr("証跡の例")
        meets_label = self.tr("満たす要求事項")
        learn_label = self.tr("学ぶ")
        self.explanation.setHtml(
            f"{rendered}<p><b>{evidence_label}:</b> {html.escape(text.evidence)}</p>"
            f"<p><b>{meets_label}:</b></p><ul>{''.join(refs)}</ul>"
            + (f"<p><b>{learn_label}:</b></p><ul>{lessons}</ul>" if lessons else "")
        )
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
        self._loading = False

    def _remember(self) -> None:
        if self.current_item is not None:
            self.last_change = (self.current_item.id, self._state(self.current_item.id))
            self.undo_button.setEnabled(True)

    def _saved(self, message: str, state=None) -> None:
        self.saved_label.setText(message)
        if self.current_item is not None:
            current = state if state is not None else self._state(self.current_item.id)
            self._update_row(self.current_item.id, current.status if current else "unanswered")
        self.session.changed("items", message)

    def _on_status(self, index: int) -> None:
        if self._loading or self.current_item is None or self.session.profile is None:
            return
        status = ITEM_STATUSES[index]
        reason = None
        if status == "na":
            reason = self.reason_edit.text().strip()
            if not reason:
                reason, ok = QInputDialog.getText(self, self.tr("該当しない理由"),
                                                  self.tr("この項目が自社に当てはまらない理由を書いてください:"))
                reason = reason.strip() if ok else ""
                if not reason:
                    self._load_state()
                    return
        self.set_status(status, reason)

    def set_status(self, status: str, reason: str | None = None) -> None:
        """Save a status for the current item (what choosing in the list does)."""
        self._remember()
        state = self.session.store.set_item_status(self.session.profile.id, self.current_item.id, status,
                                                   reason=reason, by=self.session.by)
        self._load_state(state)
        self._saved(self.tr("保存しました: {0} → {1}").format(self.current_item.text(self.session.lang).title,
                                                            self._status_label(status)), state)

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
        self._saved(self.tr("保存しました"))

    def undo(self) -> None:
        """Put back the item as it was before the last change."""
        if self.last_change is None or self.session.profile is None:
            return
        item_id, previous = self.last_change
        store, profile_id = self.session.store, self.session.profile.id
        if previous is None:
            store.set_item_status(profile_id, item_id, "unanswered", by=self.session.by)
            store.update_item(profile_id, item_id, note="", owner="", due=None, evidence="", by=self.session.by)
        else:
            store.set_item_status(profile_id, item_id, previous.status, reason=previous.reason, by=self.session.by)
            store.update_item(profile_id, item_id, note=previous.note or "", owner=previous.owner or "",
                              due=previous.due, evidence=previous.evidence or "", by=self.session.by)
        self.last_change = None
        self.undo_button.setEnabled(False)
        if self.current_item is None or self.current_item.id != item_id:
            self.show_item(item_id)
        self._load_state()
        self._saved(self.tr("元に戻しました"))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "lesson":
            self.openLesson.emit(url.toString()[len("lesson:"):])
        elif url.scheme() == "item":
            self.select_item(url.toString()[len("item:"):])
