"""チェックリスト: items by checklist and their filters, beside the item editor (item_editor.py)
that saves every change at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import targets as goals
from desktop.core.item_filter import SCHEME_FILTERS, ItemFilter
from desktop.core.vocab import ITEM_STATUSES
from desktop.ui import next_steps
from desktop.ui.item_editor import ItemEditor, status_label
from desktop.ui.wrapping import wrap_column

ITEM_ROLE = Qt.ItemDataRole.UserRole


class ChecklistView(QWidget):
    openLesson = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: dict[str, QTreeWidgetItem] = {}  # item id → its line in the list
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
        self.editor = ItemEditor(session, splitter)
        self.editor.openLesson.connect(self.openLesson)
        self.editor.openItem.connect(self.select_item)
        self.editor.statusSaved.connect(self._update_row)
        splitter.addWidget(self.editor)
        # Neither side can be squeezed away: on a small screen with large text the editor
        # keeps room for its fields (and scrolls down to them), the list for its titles.
        em = self.fontMetrics().horizontalAdvance("あ")
        self.tree.setMinimumWidth(12 * em)
        self.editor.setMinimumWidth(max(17 * em, self.editor.widget().minimumSizeHint().width()
                                        + self.editor.verticalScrollBar().sizeHint().width() + 2 * self.editor.frameWidth()))
        self.editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 740])
        layout.addWidget(splitter, 1)
        self.target_items: set[str] | None = None  # None: the company has no targets
        session.profileChanged.connect(lambda _p: self._open_on_targets())
        session.progressChanged.connect(self._on_progress)
        self._open_on_targets()

    @property
    def current_item(self):
        """The item the editor shows, or None."""
        return self.editor.current_item

    def _status_label(self, status: str) -> str:
        return status_label(status, self.session.lang)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.editor.settle_status()  # leaving the screen settles a choice made with arrow keys
        super().hideEvent(event)

    def undo(self) -> None:
        """Put back the item as it was before the last change."""
        self.editor.undo()

    # -- list -------------------------------------------------------------------------------
    def _states(self) -> dict:
        profile = self.session.profile
        return self.session.store.item_states(profile.id) if profile else {}

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

    def refresh_tree(self) -> None:
        states = self._states()
        shown_filter = ItemFilter(scheme=self.scheme_filter.currentData(), status=self.status_filter.currentData(),
                                  words=self.search.text().strip().lower(), targets=self.target_items)
        selected = self.current_item.id if self.current_item else None
        content = self.session.content
        lang = self.session.lang
        self.tree.blockSignals(True)
        self.tree.clear()
        self.rows = {}
        shown = 0
        reselect = None
        if shown_filter.scheme == "next":  # one list in the order that reaches the targets soonest
            shown, reselect = next_steps.fill_tree(self, states, shown_filter, selected)
        for checklist in content.ordered_checklists() if shown_filter.scheme != "next" else ():
            node = None
            for item_id in checklist.item_ids:
                item = content.items[item_id]
                state = states.get(item_id)
                status = state.status if state else "unanswered"
                if not shown_filter.shows(item, status, content, lang):
                    continue
                if node is None:
                    node = QTreeWidgetItem(self.tree, [checklist.title.get(lang), ""])
                    node.setExpanded(True)
                child = QTreeWidgetItem(node, [item.text(lang).title, self._status_label(status)])
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
        self.editor.show_item(item_id)
        self.refresh_tree()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_current(self, node, _previous) -> None:
        item_id = node.data(0, ITEM_ROLE) if node is not None else None
        if item_id and (self.current_item is None or self.current_item.id != item_id):
            self.editor.show_item(item_id)

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
