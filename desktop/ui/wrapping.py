"""Tree rows that show their whole text on as many lines as it needs, instead of "…".

QTreeView can wrap text when painting, but it sizes rows without knowing the column's
width, so a wrapped second line is cut off. This delegate measures the text at the width
the column really has, and the tree lays its rows out again when the column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

LOTS_OF_ROOM = 100_000


class WrappingDelegate(QStyledItemDelegate):
    """Sizes a tree column's rows to their wrapped text."""

    def __init__(self, tree: QTreeWidget, column: int):
        super().__init__(tree)
        self.tree = tree
        self.column = column
        self.heights: dict[tuple[str, int, str], int] = {}

    def text_width(self, index, option: QStyleOptionViewItem | None = None) -> int:
        """Pixels the text of INDEX has in its column (indentation, icon and margins taken off)."""
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if self.tree.rootIsDecorated():
            depth += 1
        style = self.tree.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 1
        width = self.tree.header().sectionSize(self.column) - depth * self.tree.indentation() - 2 * margin
        if option is not None and option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            width -= option.decorationSize.width() + 2 * margin
        return max(width, 40)

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if index.column() == self.column:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint(option, index)
        if index.column() != self.column:
            return hint
        text = str(index.data() or "")
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        width = self.text_width(index, styled)
        key = (text, width, option.font.key())
        height = self.heights.get(key)
        if height is None:  # measured once per title and width: relayouts stay cheap
            bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, LOTS_OF_ROOM),
                                                     Qt.TextFlag.TextWordWrap, text)
            height = self.heights[key] = bounds.height() + 6
            if len(self.heights) > 20_000:
                self.heights.clear()
        return QSize(hint.width(), max(hint.height(), height))


def wrap_column(tree: QTreeWidget, column: int = 0) -> WrappingDelegate:
    """Let COLUMN of TREE wrap its text; rows are laid out again after a resize."""
    delegate = WrappingDelegate(tree, column)
    tree.setItemDelegate(delegate)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    relayout = QTimer(tree)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    relayout.timeout.connect(tree.doItemsLayout)
    tree.header().sectionResized.connect(lambda index, _old, _new: index == column and relayout.start())
    return delegate
