"""Long work off the GUI thread: file exports and imports, backup and restore.

`run_in_background` runs a callable on Qt's thread pool and calls `on_success(result)` or
`on_failure(exception)` back on the GUI thread. While it runs, the buttons that started it
are disabled and, after a short delay, a busy dialog (no cancel button) blocks input to the
window without blocking the event loop, so the window keeps painting. The same operation
(by key, per window) cannot be started twice at once: a second start is refused.

The callable must not touch the store: its SQLite connection belongs to the GUI thread.
Read what the work needs from the store before starting (an already-built summary, a
hand-over package dict) and write the results to the store in `on_success`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

SHOW_AFTER_MS = 300  # quick work finishes without a dialog flashing up

# The operations running now, per top-level window: {window: {key: Operation}}.
_RUNNING: dict[int, dict[str, Operation]] = {}


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so the slots run there."""

    succeeded = Signal(object)
    failed = Signal(object)


class Operation(QObject):
    """One piece of background work and its busy dialog (see `run_in_background`)."""

    def __init__(self, parent: QWidget, key: str, label: str, work: Callable[[], Any],
                 on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None],
                 disable: Iterable[QWidget], show_after_ms: int):
        # No Qt parent: the work may outlive the widget that started it (a dialog closed
        # meanwhile); _RUNNING keeps the operation alive until it has ended.
        super().__init__()
        self.key = key
        self.window_id = id(parent.window())
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._disabled = [widget for widget in disable if widget.isEnabled()]
        self.finished = False
        self.progress = QProgressDialog(label, None, 0, 0, parent)  # type: ignore[call-overload]  # None: no cancel button
        self.progress.setObjectName("BusyDialog")
        self.progress.setMinimumWidth(360)  # the label and bar read as a dialog, not a tooltip
        self.progress.setWindowTitle(QCoreApplication.translate("operations", "お待ちください"))
        # Window-modal and shown, never exec(): input to the window waits, painting does not.
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.hide()  # QProgressDialog may show itself when created; wait for the delay
        self._relay = _Relay()
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._show_after_ms = show_after_ms

    def start(self) -> None:
        for widget in self._disabled:
            widget.setEnabled(False)
        QTimer.singleShot(self._show_after_ms, self._show_progress)
        relay, work = self._relay, self._work

        def run() -> None:  # on a pool thread: only the work itself and the signal
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - every failure goes to on_failure
                relay.failed.emit(exc)
                return
            relay.succeeded.emit(result)

        QThreadPool.globalInstance().start(run)

    @Slot()
    def _show_progress(self) -> None:
        if not self.finished and isValid(self.progress):
            self.progress.show()
            self.progress.repaint()

    def _end(self) -> None:
        self.finished = True
        if isValid(self.progress):  # gone with its parent if that was closed and deleted
            self.progress.close()
            self.progress.deleteLater()
        for widget in self._disabled:
            if isValid(widget):
                widget.setEnabled(True)
        running = _RUNNING.get(self.window_id, {})
        if running.get(self.key) is self:
            del running[self.key]

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._end()
        try:
            self._on_success(result)
        finally:
            self.deleteLater()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._end()
        try:
            self._on_failure(exc)
        finally:
            self.deleteLater()


def is_running(parent: QWidget, key: str) -> bool:
    """Whether the operation KEY runs for PARENT's window now."""
    return key in _RUNNING.get(id(parent.window()), {})


def run_in_background(parent: QWidget, key: str, label: str, work: Callable[[], Any], *,
                      on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None],
                      disable: Iterable[QWidget] = (), show_after_ms: int | None = None) -> bool:
    """Start WORK off the GUI thread; False (nothing started) while KEY still runs for this
    window. ON_SUCCESS gets WORK's result, ON_FAILURE the exception it raised; both run on
    the GUI thread after the busy dialog has closed and DISABLE's widgets are enabled again."""
    running = _RUNNING.setdefault(id(parent.window()), {})
    if key in running:
        return False
    delay = SHOW_AFTER_MS if show_after_ms is None else show_after_ms
    operation = Operation(parent, key, label, work, on_success, on_failure, disable, delay)
    running[key] = operation
    operation.start()
    return True


def any_running() -> bool:
    """Whether any background operation runs now (in any window)."""
    return any(_RUNNING.values())
