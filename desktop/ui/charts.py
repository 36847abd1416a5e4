"""Small painted charts: a stacked share bar and a progress line. No chart library needed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SHARE_COLOURS = {"met": QColor("#3c8d5a"), "partial": QColor("#e0a526"), "open": QColor("#d5dbe3")}


class ShareBar(QWidget):
    """A horizontal bar split into met / partial / open, with a text alternative."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.met = self.partial = self.total = 0
        self.setMinimumHeight(22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, met: int, partial: int, total: int) -> None:
        self.met, self.partial, self.total = met, partial, total
        self.setAccessibleDescription(f"{met}/{total} met, {partial} partial")
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHARE_COLOURS["open"])
        painter.drawRoundedRect(rect, 4, 4)
        if self.total:
            x = rect.left()
            for key, count in (("met", self.met), ("partial", self.partial)):
                width = rect.width() * count / self.total
                painter.setBrush(SHARE_COLOURS[key])
                painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
                x += width
        painter.end()


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

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(36, 10, -10, -24)
        painter.setPen(QPen(QColor("#9aa8b8"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.topLeft())
        if len(self.points) < 2:
            painter.setPen(QColor("#4a5866"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        top = max(count for _, count in self.points) or 1
        step = rect.width() / (len(self.points) - 1)
        line = [QPointF(rect.left() + i * step, rect.bottom() - rect.height() * count / top)
                for i, (_, count) in enumerate(self.points)]
        painter.setPen(QPen(QColor("#1f5fa8"), 2))
        for a, b in zip(line, line[1:], strict=False):
            painter.drawLine(a, b)
        painter.setPen(QColor("#4a5866"))
        painter.drawText(QRectF(0, rect.top() - 8, 32, 16), Qt.AlignmentFlag.AlignRight, str(top))
        painter.drawText(QRectF(rect.left(), rect.bottom() + 4, 120, 16), Qt.AlignmentFlag.AlignLeft,
                         str(self.points[0][0]))
        painter.drawText(QRectF(rect.right() - 120, rect.bottom() + 4, 120, 16), Qt.AlignmentFlag.AlignRight,
                         str(self.points[-1][0]))
        painter.end()
