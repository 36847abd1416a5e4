"""Small charts for the dashboard: a share bar and a progress line. No chart library needed.

Both are on the first screen, so they avoid every PySide call whose overloads take one of
Qt's namespace enums (QBrush(QColor), QPainter.setPen, fillRect, alignment flags): the
first such call builds all of those enums, about 40 ms of the start. The share bar is made
of coloured boxes laid out by stretch; the line chart strokes paths with pens built by
setters and places its labels from the font's metrics.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QWidget

SHARE_COLOURS = {"met": "#3c8d5a", "partial": "#e0a526", "open": "#d5dbe3"}
AXIS_COLOUR = "#9aa8b8"
LINE_COLOUR = "#1f5fa8"
RADIUS = 4


class ShareBar(QWidget):
    """A horizontal bar split into met / partial / open, with a text alternative."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.met = self.partial = self.total = 0
        self.setMinimumHeight(22)
        self.setMinimumWidth(80)  # a narrow card wraps the scheme's name instead of losing the bar
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(1, 1, 1, 1)
        self.row.setSpacing(0)
        self.segments: dict[str, QFrame] = {}
        for key in SHARE_COLOURS:
            segment = QFrame(self)
            segment.setObjectName(f"share-{key}")
            self.row.addWidget(segment)
            self.segments[key] = segment
        self.set_counts(0, 0, 0)

    def set_counts(self, met: int, partial: int, total: int) -> None:
        self.met, self.partial, self.total = met, partial, total
        self.setAccessibleDescription(f"{met}/{total} met, {partial} partial")
        shares = {"met": met, "partial": partial, "open": max(total - met - partial, 0)}
        if not total:
            shares["open"] = 1  # nothing to count yet: an empty bar
        shown = [key for key in SHARE_COLOURS if shares[key] > 0]
        for index, key in enumerate(SHARE_COLOURS):
            segment = self.segments[key]
            segment.setVisible(key in shown)
            self.row.setStretch(index, shares[key])
            corners = []
            if shown and key == shown[0]:
                corners += [f"border-top-left-radius: {RADIUS}px", f"border-bottom-left-radius: {RADIUS}px"]
            if shown and key == shown[-1]:
                corners += [f"border-top-right-radius: {RADIUS}px", f"border-bottom-right-radius: {RADIUS}px"]
            style = f"background: {SHARE_COLOURS[key]}; border: none; " + "; ".join(corners)
            if segment.styleSheet() != style:  # setting a style sheet re-polishes: only on a change
                segment.setStyleSheet(style)

    def segment_width(self, key: str) -> int:
        """Width in pixels of one part of the bar (0 when it is not shown)."""
        segment = self.segments[key]
        return segment.width() if segment.isVisible() else 0


class TrendChart(QWidget):
    """Items done over time, from the history."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[tuple[object, int]] = []
        self.setMinimumHeight(140)
        self.empty_text = ""

    def set_points(self, points, empty_text: str = "") -> None:
        self.points = list(points)
        self.empty_text = empty_text
        self.update()

    def plot_area(self) -> QRectF:
        """Where the line is drawn: the widget less room for the labels."""
        return QRectF(self.rect()).adjusted(36, 10, -10, -24)

    def top(self) -> int:
        """The highest count, the top of the scale (1 when every count is 0)."""
        return max((count for _, count in self.points), default=0) or 1

    def line_points(self) -> list[QPointF]:
        """The chart's points in widget coordinates (empty with fewer than two)."""
        if len(self.points) < 2:
            return []
        rect = self.plot_area()
        top = self.top()
        step = rect.width() / (len(self.points) - 1)
        return [QPointF(rect.left() + i * step, rect.bottom() - rect.height() * count / top)
                for i, (_, count) in enumerate(self.points)]

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)  # its pen starts as the widget's text colour: the labels use it
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.plot_area()
        axes = QPainterPath(rect.topLeft())
        axes.lineTo(rect.bottomLeft())
        axes.lineTo(rect.bottomRight())
        painter.strokePath(axes, pen(AXIS_COLOUR, 1))
        line = self.line_points()
        if not line:
            draw_label(painter, rect, self.empty_text, "centre")
            painter.end()
            return
        path = QPainterPath(line[0])
        for point in line[1:]:
            path.lineTo(point)
        painter.strokePath(path, pen(LINE_COLOUR, 2))
        draw_label(painter, QRectF(0, rect.top() - 8, 32, 16), str(self.top()), "right")
        draw_label(painter, QRectF(rect.left(), rect.bottom() + 4, 120, 16), str(self.points[0][0]), "left")
        draw_label(painter, QRectF(rect.right() - 120, rect.bottom() + 4, 120, 16), str(self.points[-1][0]), "right")
        painter.end()


def pen(colour: str, width: float) -> QPen:
    """A solid pen, built by setters (see the module's note on overloads)."""
    result = QPen()
    result.setColor(QColor(colour))
    result.setWidthF(width)
    return result


def draw_label(painter: QPainter, rect: QRectF, text: str, align: str) -> None:
    """Draw one line of TEXT in RECT: "left" or "right" at the top, or "centre" both ways."""
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(text)
    if align == "left":
        x, baseline = rect.left(), rect.top() + metrics.ascent()
    elif align == "right":
        x, baseline = rect.right() - width, rect.top() + metrics.ascent()
    else:
        x = rect.center().x() - width / 2
        baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2
    painter.drawText(QPointF(x, baseline), text)
