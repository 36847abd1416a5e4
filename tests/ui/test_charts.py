"""The dashboard's charts: shares in proportion, the line where the numbers put it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.ui.charts import LINE_COLOUR, ShareBar, TrendChart


@pytest.fixture
def bar(qtbot):
    widget = ShareBar()
    qtbot.addWidget(widget)
    widget.resize(402, 22)  # 400 pixels inside its 1-pixel margin
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot, widget):
    """Deliver the pending resize and layout events now, instead of waiting for them."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    widget.layout().activate()


@pytest.mark.parametrize(("met", "partial", "total"), [(25, 50, 100), (81, 0, 81), (0, 1, 5), (10, 10, 20)])
def test_share_bar_parts_are_in_proportion(bar, qtbot, met, partial, total):
    bar.set_counts(met, partial, total)
    settle(qtbot, bar)
    widths = {key: bar.segment_width(key) for key in ("met", "partial", "open")}
    assert sum(widths.values()) == 400
    assert widths["met"] == pytest.approx(400 * met / total, abs=2)
    assert widths["partial"] == pytest.approx(400 * partial / total, abs=2)
    assert bar.accessibleDescription() == f"{met}/{total} met, {partial} partial"


def test_share_bar_with_nothing_to_count_is_one_empty_bar(bar, qtbot):
    bar.set_counts(0, 0, 0)
    settle(qtbot, bar)
    assert (bar.segment_width("met"), bar.segment_width("partial"), bar.segment_width("open")) == (0, 0, 400)


def test_only_the_outer_ends_of_the_bar_are_rounded(bar):
    bar.set_counts(30, 20, 100)
    assert "top-left-radius" in bar.segments["met"].styleSheet()
    assert "radius" not in bar.segments["partial"].styleSheet()
    assert "top-right-radius" in bar.segments["open"].styleSheet()
    bar.set_counts(0, 100, 100)
    sheet = bar.segments["partial"].styleSheet()
    assert "top-left-radius" in sheet and "top-right-radius" in sheet


@pytest.fixture
def chart(qtbot):
    widget = TrendChart()
    qtbot.addWidget(widget)
    widget.resize(400, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_trend_line_runs_from_the_first_count_to_the_highest(chart):
    chart.set_points([("2026-01-01", 0), ("2026-01-02", 5), ("2026-01-03", 10)])
    area = chart.plot_area()
    first, middle, last = chart.line_points()
    assert (first.x(), first.y()) == (area.left(), area.bottom())
    assert (last.x(), last.y()) == (area.right(), area.top())
    assert middle.y() == pytest.approx((area.top() + area.bottom()) / 2)


def test_trend_line_is_drawn_in_its_colour(chart):
    chart.set_points([("2026-01-01", 0), ("2026-01-02", 10)])
    first, last = chart.line_points()
    image = chart.grab().toImage()
    x, y = (first.x() + last.x()) / 2, (first.y() + last.y()) / 2
    scale = image.devicePixelRatio()
    near = [QColor(image.pixel(int((x + dx) * scale), int((y + dy) * scale))) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    line = QColor(LINE_COLOUR)
    assert any(abs(c.red() - line.red()) + abs(c.green() - line.green()) + abs(c.blue() - line.blue()) < 60 for c in near)


def test_a_chart_without_history_draws_no_line(chart):
    chart.set_points([("2026-01-01", 3)], empty_text="まだ記録がありません")
    assert chart.line_points() == []
    image = chart.grab().toImage()  # paints the empty text without raising
    assert not image.isNull()
