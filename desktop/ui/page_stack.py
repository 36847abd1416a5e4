"""The screens' stack inside a scroll area: on a small screen with large text a screen keeps
the room its controls need and scrolls, instead of squeezing buttons until their labels are
cut off. Only the screen on show counts: a wide screen elsewhere does not make every other
screen scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """A stacked widget whose minimum is the minimum of the page on show."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize(0, 0)


def scrolling_stack(parent: QWidget) -> tuple[QScrollArea, PageStack]:
    """A PageStack in a frameless scroll area that shows scroll bars only when the page on
    show needs more room than the window has."""
    scroller = QScrollArea(parent)
    scroller.setObjectName("PageScroller")
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setWidgetResizable(True)
    # The pages' own fields take the focus; the scroll area follows it (ensureWidgetVisible).
    # Qt.FocusPolicy.NoFocus, set by its value: naming one of Qt's namespace enums on the
    # start path builds all of them, about 40 ms (tests/ui/test_start_path.py).
    scroller.setProperty("focusPolicy", 0)
    stack = PageStack(scroller)
    scroller.setWidget(stack)
    return scroller, stack
