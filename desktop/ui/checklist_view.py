"""チェックリスト: items by checklist, filters, and an editor that saves every change at once."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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

from desktop.actions import undo_item_change
from desktop.core import targets as goals
from desktop.core.render import render_markdown
from desktop.core.vocab import ITEM_STATUS_LABELS, ITEM_STATUSES, in_brackets
from desktop.ui import next_steps
from desktop.ui.ask import ask_text
from desktop.ui.takeover_panel import TakeOverPanel
from desktop.ui.wrapping import wrap_column

ITEM_ROLE = Qt.ItemDataRole.UserRole
SCHEME_FILTERS = ("targets", "next", "all", "scs3", "scs4", "selfcheck", "5kajo", "security-action")
STATUS_SETTLE_MS = 700  # how long the status box rests on a choice made with arrow keys


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
        for key, label in zip(SCHEME_FILTERS, (self.tr("目標の項目"), self.tr("次にやること"), self.tr("すべての項目"), self.tr("SCS ★3"), self.tr("SCS ★4"),
                                               self.tr("自社診断"), self.tr("5か条"), self.tr("SECURITY ACTION")), strict=True):
            self.scheme_filter.addItem(label, key)
        self.scheme_filter.setToolTip(self.tr("制度で絞り込みます"))
        self.scheme_filter.setAccessibleName(self.tr("制度で絞り込む"))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("状態で絞り込む"))
        self.status_filter.addItem(self.tr("すべての状態"), None)
        for status in ITEM_STATUSES:
            self.status_filter.addItem(self._status_label(status), status)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("検索（Ctrl+F）: 項目名・説明"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("項目を検索"))
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("Hint")
        for widget in (self.scheme_filter, self.status_filter, self.search):
            widget_change = widget.textChanged if isinstance(widget, QLineEdit) else widget.currentIndexChanged
            widget_change.connect(self.refresh_tree)
        scheme_label = QLabel(self.tr("制度(&K):"), self)
        scheme_label.setBuddy(self.scheme_filter)
        status_label = QLabel(self.tr("状態(&T):"), self)
        status_label.setBuddy(self.status_filter)
        filters.addWidget(scheme_label)
        filters.addWidget(self.scheme_filter)
        filters.addWidget(status_label)
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
        # A screen reader selects a row without making it current: open it all the same.
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.tree.setAccessibleName(self.tr("チェックリストの項目一覧"))
        splitter.addWidget(self.tree)
        splitter.addWidget(self._build_editor(splitter))
        # Neither side can be squeezed away: on a small screen with large text the editor
        # keeps room for its fields (and scrolls down to them), the list for its titles.
        em = self.fontMetrics().horizontalAdvance("あ")
        self.tree.setMinimumWidth(12 * em)
        editor = splitter.widget(1)
        editor.setMinimumWidth(max(17 * em, editor.widget().minimumSizeHint().width()
                                   + editor.verticalScrollBar().sizeHint().width() + 2 * editor.frameWidth()))
        editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 740])
        layout.addWidget(splitter, 1)
        self.target_items: set[str] | None = None  # None: the company has no targets
        session.profileChanged.connect(lambda _p: self._open_on_targets())
        session.progressChanged.connect(self._on_progress)
        self._open_on_targets()

    def _status_label(self, status: str) -> str:
        return ITEM_STATUS_LABELS[status].get(self.session.lang)

    def _build_editor(self, parent) -> QWidget:
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("選んだ項目の説明と記録"))
        editor = QWidget(scroll)
        box = QVBoxLayout(editor)
        self.item_title = QLabel(self.tr("左の一覧から項目を選んでください。"), editor)
        self.item_title.setWordWrap(True)
        self.item_title.setObjectName("ItemTitle")  # bold and a little larger (theme.py)
        box.addWidget(self.item_title)
        self.explanation = QTextBrowser(editor)
        self.explanation.setOpenLinks(False)
        self.explanation.anchorClicked.connect(self._on_link)
        self.explanation.setAccessibleName(self.tr("項目の説明"))
        self.explanation.setMinimumHeight(140)
        box.addWidget(self.explanation, 1)
        self.takeover = TakeOverPanel(self.session, editor)
        self.takeover.takeOver.connect(lambda status, source: self.set_status(status, source=source))
        box.addWidget(self.takeover)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a label above its field when narrow
        self.status_combo = ListChoiceCombo(editor)
        for status in ITEM_STATUSES:
            self.status_combo.addItem(self._status_label(status), status)
        self.status_combo.setAccessibleName(self.tr("状態"))
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
        self.reason_edit.setPlaceholderText(self.tr("「該当しない」の理由"))
        self.reason_edit.setAccessibleName(self.tr("該当しない理由"))
        self.reason_edit.editingFinished.connect(self._on_reason)
        self.owner_edit = QLineEdit(editor)
        self.owner_edit.setPlaceholderText(self.tr("例: 総務 山田"))
        self.owner_edit.setAccessibleName(self.tr("担当者"))
        self.owner_edit.editingFinished.connect(lambda: self._save_field("owner", self.owner_edit.text().strip()))
        due_row = QHBoxLayout()
        self.due_check = QCheckBox(self.tr("期限あり"), editor)
        self.due_edit = QDateEdit(editor)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setDate(QDate.currentDate().addMonths(1))
        self.due_edit.setAccessibleName(self.tr("期限の日付"))
        self.due_check.setAccessibleName(self.tr("期限あり"))
        self.due_check.toggled.connect(self._on_due)
        self.due_edit.dateChanged.connect(lambda _d: self._on_due(self.due_check.isChecked()))
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        self.note_edit = QPlainTextEdit(editor)
        self.note_edit.setPlaceholderText(self.tr("社内用のメモ（報告書には「メモを含める」を選んだときだけ載ります）"))
        self.note_edit.setFixedHeight(70)
        self.note_edit.setAccessibleName(self.tr("メモ"))
        self.evidence_edit = QPlainTextEdit(editor)
        self.evidence_edit.setFixedHeight(70)
        self.evidence_edit.setAccessibleName(self.tr("証跡（対策をしたことを示す記録）"))
        for edit, field in ((self.note_edit, "note"), (self.evidence_edit, "evidence")):
            edit.installEventFilter(self)
            edit.setProperty("field", field)
            edit.setTabChangesFocus(True)  # Tab moves on; the field is not a keyboard trap
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
        self.undo_button.clicked.connect(lambda: self.undo())
        self.saved_label = QLabel("", editor)
        self.saved_label.setObjectName("Hint")
        undo_row.addWidget(self.saved_label, 1)
        undo_row.addWidget(self.undo_button)
        box.addLayout(undo_row)
        scroll.setWidget(editor)
        self._set_editor_enabled(False)
        return scroll

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut:
            if watched in (self.note_edit, self.evidence_edit):
                self._save_field(watched.property("field"), watched.toPlainText().strip())
            elif watched is self.status_combo and self._status_timer.isActive():
                self._commit_status()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._status_timer.isActive():
            self._commit_status()  # leaving the screen settles a choice made with arrow keys
        super().hideEvent(event)

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
        if scheme == "next":  # one list in the order that reaches the targets soonest
            shown, reselect = next_steps.fill_tree(self, states, status, needle, selected)
        for checklist in self.session.content.ordered_checklists() if scheme != "next" else ():
            node = None
            for item_id in checklist.item_ids:
                item = self.session.content.items[item_id]
                state = states.get(item_id)
                if not self._matches(item, state, scheme, status, needle):
                    continue
                if node is None:
                    node = QTreeWidgetItem(self.tree, [checklist.title.get(lang), ""])
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
        if item_id and (self.current_item is None or self.current_item.id != item_id):
            self.show_item(item_id)

    def _on_selection(self) -> None:
        selected = self.tree.selectedItems()
        if selected:
            self._on_current(selected[0], None)

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
            name = scheme.title.get(lang) if scheme else scheme_id
            level = requirement.get("star") if requirement is not None else None
            star = in_brackets(f"★{level}", lang) if level else ""
            title = requirement.title.get(lang) if requirement else ""
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
            self._update_row(self.current_item.id, current.status if current else "unanswered")
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
                reason, ok = ask_text(self, self.tr("該当しない理由"),
                                                  self.tr("この項目が自社に当てはまらない理由を書いてください:"))
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
        undo_item_change(self.session.store, self.session.profile.id, item_id, previous, by=self.session.by)
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
