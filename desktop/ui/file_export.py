"""Writing one file the person chose, off the GUI thread, and saying how it went.

The report, the 相談結果シート and the list of companies are exported the same way: the
work runs through `run_in_background` (ui/operations.py); when it worked, the status bar
says where the file went and the file is offered to open; when the disk or the folder
refused it, a message says what was not saved and why. The caller chooses the path and
passes its own translated words, so each screen keeps its wording.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QWidget

from desktop.ui.errors import show_write_error
from desktop.ui.operations import run_in_background


def export_in_background(parent: QWidget, session, key: str, busy: str, write: Callable[[], object], path: str, *,
                         saved: str, what: str, failed: str, not_saved: str,
                         refused: tuple[type[BaseException], ...] = (OSError,),
                         disable: Iterable[QWidget] = ()) -> bool:
    """Run WRITE, which writes PATH, as the operation KEY with the busy text BUSY.

    Afterwards SAVED (its {0} is PATH) goes to the status bar and the file is offered to
    open as WHAT; a failure of a REFUSED kind is shown as FAILED with NOT_SAVED ({0}: PATH)
    and its cause, any other failure is a bug and is raised. False when KEY still runs."""

    def done(_result: object) -> None:
        session.status.emit(saved.format(path))
        from desktop.ui.file_dialogs import offer_to_open

        offer_to_open(parent, path, what)

    def not_written(exc: BaseException) -> None:
        if not isinstance(exc, refused):
            raise exc
        show_write_error(parent, failed, not_saved.format(path), exc)

    return run_in_background(parent, key, busy, write, on_success=done, on_failure=not_written, disable=disable)
