"""Printing through Qt's print preview: the report and the 相談結果シート paint the same way on
a PDF writer and on a printer, so the preview shows what the exported file holds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def show_print_preview(parent: QWidget, paint: Callable[[object], None], *, title: str, unavailable: str,
                       name: str = "") -> None:
    """Qt's print preview (printing goes through its print dialog) of what PAINT draws on the
    printer it is given; the dialog is named NAME. Where this Qt has no printing, UNAVAILABLE
    is said under TITLE instead (the texts come translated)."""
    try:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    except ImportError:
        QMessageBox.information(parent, title, unavailable)
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    if name:
        dialog.setObjectName(name)
    dialog.paintRequested.connect(paint)
    dialog.exec()
