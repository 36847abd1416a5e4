"""Table rows of the PDF stay whole: a row that would run over the page end starts on the
next page (under the repeated header), so no criterion's last lines stand alone there."""

from __future__ import annotations

import pytest

from tests.support.summary_support import TODAY


def _pdf_writer():
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    buffer = QBuffer(QByteArray())
    assert buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    return writer, buffer


def split_rows(document) -> tuple[list[str], int]:
    """The first cell's text of every body row that runs over a page end, and the rows seen."""
    from desktop.report.page_breaks import _cell_span, _tables

    height = document.pageSize().height()
    layout = document.documentLayout()
    split, seen = [], 0
    for table in _tables(document.rootFrame()):
        for row in range(table.format().headerRowCount(), table.rows()):
            top, bottom = _cell_span(layout, table, row)
            seen += 1
            if int(top // height) != int((bottom - 1) // height) and bottom - top < height * 0.8:
                split.append(table.cellAt(row, 0).firstCursorPosition().block().text())
    return split, seen


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_table_row_is_split_across_pages(model, mixed, qapp, lang):
    from desktop.report.html import summary_html
    from desktop.report.pdf import make_document
    from desktop.report_build import summary_for

    store, profile, _ = mixed
    summary = summary_for(store, model, profile.id, detail="notes", today=TODAY, lang=lang)
    writer, buffer = _pdf_writer()
    document = make_document(summary_html(summary, standalone=False), writer)
    assert document.pageCount() > 5
    split, seen = split_rows(document)
    assert seen > 150 and not split, split
    del writer
    buffer.close()
