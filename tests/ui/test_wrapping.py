"""Long item titles wrap onto more lines instead of ending in "…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop.ui.wrapping import wrap_column

LONG = "ネットワークにつながる全部のパソコンとサーバで、マルウェア対策ソフトを動かす"
SHORT = "更新を入れる"


@pytest.fixture
def tree(qtbot):
    widget = QTreeWidget()
    qtbot.addWidget(widget)
    widget.setHeaderLabels(["項目", "状態"])
    widget.header().setStretchLastSection(False)
    widget.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    wrap_column(widget, 0)
    group = QTreeWidgetItem(widget, ["マルウェア対策", ""])
    QTreeWidgetItem(group, [LONG, "実施している"])
    QTreeWidgetItem(group, [SHORT, "未回答"])
    group.setExpanded(True)
    widget.resize(320, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_height(tree, text):
    (item,) = tree.findItems(text, Qt.MatchFlag.MatchRecursive)
    return tree.visualItemRect(item).height()


def settle(qtbot, tree):
    """Deliver the pending resize and layout events now, then lay the rows out."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    tree.doItemsLayout()


def test_a_long_title_gets_more_lines_than_a_short_one(tree, qtbot):
    settle(qtbot, tree)
    assert row_height(tree, LONG) >= 2 * row_height(tree, SHORT) - 4


def test_rows_follow_the_column_width(tree, qtbot):
    settle(qtbot, tree)
    narrow = row_height(tree, LONG)
    tree.resize(1400, 400)
    qtbot.waitUntil(lambda: row_height(tree, LONG) < narrow, timeout=2000)
    assert row_height(tree, LONG) == row_height(tree, SHORT)  # one line when there is room
