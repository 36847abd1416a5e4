"""Rows of buttons that wrap onto a second line, and buttons whose label wraps, when the window
is narrow (a small screen, the largest text), instead of squeezing buttons until their labels
are cut off or making the screen wider than the window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Lays widgets out left to right and starts a new line where the next one does not fit.
    Widgets added with `add_widget(..., right=True)` sit at the right end of the last line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QWidgetItem] = []
        self._right: set[int] = set()
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def add_widget(self, widget: QWidget, *, right: bool = False) -> None:
        self.addWidget(widget)
        if right:
            self._right.add(id(self._items[-1]))

    # -- QLayout ------------------------------------------------------------------------------
    def addItem(self, item) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt's name
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._right.discard(id(item))
            return item
        return None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """One line with everything on it."""
        width = sum(i.sizeHint().width() for i in self._visible()) + self._gap() * max(len(self._visible()) - 1, 0)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest single widget: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- layout -------------------------------------------------------------------------------
    def _visible(self) -> list:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        # (No Qt.* enums here: this runs on the start path, see page_stack.py.)
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return gap if gap >= 0 else 6

    def _lines(self, width: int) -> list[list]:
        lines: list[list] = [[]]
        used = 0
        gap = self._gap()
        for item in self._visible():
            need = item.sizeHint().width()
            if lines[-1] and used + gap + need > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + need
            lines[-1].append(item)
        return lines

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        y = area.y()
        lines = self._lines(area.width())
        for number, line in enumerate(lines):
            height = max((i.sizeHint().height() for i in line), default=0)
            if apply:
                left = [i for i in line if id(i) not in self._right or number != len(lines) - 1]
                right = [i for i in line if i not in left]
                x = area.x()
                for item in left:
                    item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))
                    x += item.sizeHint().width() + gap
                x = area.right() + 1
                for item in reversed(right):
                    x -= item.sizeHint().width()
                    item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))
                    x -= gap
            y += height + (gap if number < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()


class WrappingButton(QPushButton):
    """A push button whose label wraps onto more lines instead of making the button (and the
    screen) wider than the window: for long labels such as checklist item titles. text()
    and the accessible name stay the whole label."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._label = QLabel(text, self)
        self._label.setWordWrap(True)
        self._label.setAccessibleName("")
        box = QHBoxLayout(self)
        box.setContentsMargins(14, 6, 14, 6)
        box.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """A new label: the button's own text (and accessible name) and the wrapping words."""
        super().setText(text)
        self._label.setText(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self.layout().totalHeightForWidth(width)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        """The button's frame and states as usual; the label draws the words."""
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class WrappingBar(QWidget):
    """The contents of a tool bar that wraps onto a second line when the window is narrower
    than one line of its widgets (a tool bar lays out one line and would squeeze them).

    It asks for one line's width; given less, it asks again for the height its lines need."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = FlowLayout(self)

    def _height(self) -> int:
        width = self.width() if self.isVisible() and self.width() > 0 else self.flow.sizeHint().width()
        return self.flow.heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.flow.sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.flow.minimumSize().width(), self._height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.height() != self._height():
            self.updateGeometry()  # one line more or less for the new width


def kept_together(parent: QWidget, *widgets: QWidget) -> QWidget:
    """WIDGETS side by side in one piece of a FlowLayout (a label and its field, two buttons
    that belong together), so a wrap never separates them."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        widget.setParent(holder)
        row.addWidget(widget)
    return holder
