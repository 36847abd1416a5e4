"""Plain-language error dialogs, and a safety net that logs unexpected errors."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("mamori")


def setup_logging(log_dir: Path) -> Path:
    """Log to mamori.log in the log folder; return the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "mamori.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("mamori")
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def show_error(parent: QWidget | None, title: str, what: str, todo: str, details: str = "") -> None:
    """A dialog that says what happened and what to do; never a traceback."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, what, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(todo)
    if details:
        box.setDetailedText(details)
    box.exec()


def install_excepthook(log_file: Path) -> None:
    """Unexpected exceptions: write them to the log, tell the user where the log is."""

    def hook(exc_type, exc, tb):
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        try:
            from PySide6.QtCore import QCoreApplication

            show_error(
                None,
                QCoreApplication.translate("errors", "予期しないエラー"),
                QCoreApplication.translate("errors", "予期しないエラーが起きました。作業中のデータは保存されています。"),
                QCoreApplication.translate("errors", "詳しい記録をこのファイルに残しました。サポートに送ってください:\n{0}").format(log_file),
            )
        except Exception:  # noqa: BLE001 - the safety net must never raise itself
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
