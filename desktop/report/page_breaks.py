"""Keep table rows whole across pages in a paged QTextDocument.

QTextDocument splits a table row at the page end: the last lines of a criterion's text or
plan land on the next page under the repeated header, where a reader takes them for a row
of their own. A row that would be split (and fits on one page) is moved to the next page by
a top margin on its cells; the shading of the row stays with its text."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextFrame, QTextTable


def _tables(frame: QTextFrame):
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _cell_span(layout, table: QTextTable, row: int) -> tuple[float, float]:
    """Top and bottom of the row's text, in document coordinates."""
    top, bottom = float("inf"), 0.0
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        first = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block()
        top = min(top, layout.blockBoundingRect(first).top())
        bottom = max(bottom, layout.blockBoundingRect(last).bottom())
    return top, bottom


def keep_rows_whole(document: QTextDocument, page_height: float, passes: int = 8) -> int:
    """Move every row that would be split across pages to the top of the next page;
    return how many rows were moved. After each pass the whole document is laid out again
    (Qt's partial relayout after a cell change leaves later headings at stale places)."""
    moved = 0
    for _ in range(passes):
        step = _one_pass(document, page_height)
        if not step:
            break
        moved += step
        document.markContentsDirty(0, document.characterCount())
    return moved


def _one_pass(document: QTextDocument, page_height: float) -> int:
    layout = document.documentLayout()
    device = layout.paintDevice()
    # Qt scales format lengths (padding) from 96 dpi to the paint device; positions are in device pixels.
    scale = device.logicalDpiY() / 96 if device is not None else 1.0
    moved = 0
    for table in list(_tables(document.rootFrame())):
        first_row = table.format().headerRowCount()
        for row in range(first_row, table.rows()):
            top, bottom = _cell_span(layout, table, row)
            page = int(top // page_height)
            end = (page + 1) * page_height
            if bottom <= end or bottom - top >= page_height * 0.8:
                continue
            # The row before grows to the page end (its shading with it), so this row starts
            # on the next page, below the repeated header, as rows after a page end do.
            before = row - 1
            if before < first_row:  # the header itself would grow on every page
                continue
            push = (end - top) / scale
            for column in range(table.columns()):
                cell = table.cellAt(before, column)
                cell_format = cell.format().toTableCellFormat()
                cell_format.setBottomPadding(cell_format.bottomPadding() + push)
                cell.setFormat(cell_format)
            moved += 1
    return moved
