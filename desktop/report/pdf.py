"""Summary HTML → paged document (PDF or printer) through QTextDocument. No web engine.

Pages are painted one by one so every page gets its footer: the company, the date and
"page n / N". The bundled Japanese font is set as the document font, so the PDF looks the
same on every machine and the font is embedded in the file.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from desktop.core.safe_files import write_bytes_atomic
from desktop.report.markup import CSS

MARGIN_MM = 15
FOOTER_MM = 8

Drawn = TypeVar("Drawn")


def _font_family() -> str:
    from desktop.report.fonts import load_bundled_font

    return load_bundled_font(required=True)


def _font(points: float) -> QFont:
    """The bundled font without 'locl' and ligatures: under Latin script 'locl' swaps digits for glyphs
    that are not in the cmap, and Qt's PDF writer cannot map those back to text (the
    digits of "SHA-256" or "No.12" vanish from copy, search and extraction)."""
    font = QFont(_font_family(), points)  # type: ignore[call-overload]  # PySide6 takes the float
    font.setFeature(QFont.Tag("locl"), 0)
    # Ligatures ("ff", "fi") would come out of copy and search as one odd character (ﬀ).
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _body_size(device) -> tuple[QSizeF, float]:
    """The page area for the document (page minus margins and footer), and the footer height."""
    dpi = device.resolution()
    page = device.pageLayout().paintRectPixels(dpi)
    footer_height = FOOTER_MM * dpi / 25.4
    return QSizeF(page.width(), page.height() - footer_height), footer_height


def make_document(body_html: str, device) -> QTextDocument:
    """A QTextDocument laid out once for the device's page size (minus margins and footer).

    Everything that affects layout is set before the HTML, so the text is laid out once.
    """
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setPageSize(_body_size(device)[0])
    document.setDefaultFont(_font(10))
    document.setDefaultStyleSheet(CSS.replace("'Noto Sans JP'", f"'{_font_family()}'"))
    document.setHtml(body_html)
    return document


def headings(document: QTextDocument, device) -> list[tuple[int, str, int]]:
    """(level, text, page index) of every <h1>/<h2> as laid out for DEVICE: the bookmarks."""
    body, _ = _body_size(device)
    layout = document.documentLayout()
    found = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in (1, 2) and block.text().strip():
            top = layout.blockBoundingRect(block).top()
            found.append((level, block.text().strip(), int(top // body.height())))
        block = block.next()
    return found


def paint_pages(document: QTextDocument, device, footer_left: str, footer_date: str,
                page_text: str = "{0} / {1} ページ") -> int:
    """Paint all pages of `document` on a paged device with a footer; return the page count."""
    px_per_mm = device.resolution() / 25.4
    body, footer_height = _body_size(device)
    if document.pageSize() != body:
        document.setPageSize(body)
    pages = max(document.pageCount(), 1)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(errno.EIO, "the pages could not be drawn (the painter did not start)")
    footer_font = _font(8)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body.height())
            clip = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            document.drawContents(painter, clip)
            painter.restore()
            painter.setFont(footer_font)
            footer = QRectF(0, body.height() + footer_height * 0.25, body.width(), footer_height * 0.75)
            painter.drawLine(footer.topLeft(), footer.topRight())
            right = f"{footer_date}　　{page_text.format(index + 1, pages)}"
            # A long company name is shortened rather than drawn over the page number.
            room = footer.width() - painter.fontMetrics().horizontalAdvance(right) - 4 * px_per_mm
            left = painter.fontMetrics().elidedText(footer_left, Qt.TextElideMode.ElideRight, int(max(room, 0)))
            painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
            painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    finally:
        painter.end()
    return pages


def write_pdf(body_html: str, path: str | Path, *, title: str, footer_left: str, footer_date: str,
              info: dict | None = None) -> int:
    """Write an A4 portrait PDF; return the number of pages.

    The PDF is drawn in memory and checked (the painter started, the bytes are a PDF), then
    written with `write_bytes_atomic`: PATH is complete or untouched. OSError otherwise,
    with the real cause (a missing folder, a full disk, no permission). INFO (see
    report/pdf_meta.py) adds author, subject, keywords, language and bookmarks."""
    data = pdf_bytes(body_html, title=title, footer_left=footer_left, footer_date=footer_date, info=info)
    write_bytes_atomic(path, data[0])
    return data[1]


def render_pdf(paint: Callable[[QPdfWriter], Drawn], *, title: str, margin_mm: float,
               author: str = "") -> tuple[bytes, Drawn]:
    """An A4 portrait PDF drawn in memory by PAINT (given a 300 dpi writer with MARGIN_MM on
    every side), and what PAINT returned. BundleIncomplete before anything is drawn when the
    bundled font is missing; OSError when Qt produced no complete PDF."""
    _font_family()
    content = QByteArray()
    buffer = QBuffer(content)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(errno.EIO, "no memory for the PDF")
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Mamori")
    if author:
        writer.setAuthor(author)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter))
    drawn = paint(writer)
    del writer  # the PDF trailer is complete once the writer is gone
    buffer.close()
    data = bytes(content.data())
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise OSError(errno.EIO, "Qt did not produce a complete PDF")
    return data, drawn


def pdf_bytes(body_html: str, *, title: str, footer_left: str, footer_date: str,
              info: dict | None = None) -> tuple[bytes, int]:
    """The PDF file's bytes and its page count; OSError when Qt produced no PDF."""
    info = info or {}

    def paint(writer: QPdfWriter) -> tuple[int, list[tuple[int, str, int]]]:
        document = make_document(body_html, writer)
        pages = paint_pages(document, writer, footer_left, footer_date, info.get("page_text", "{0} / {1} ページ"))
        return pages, headings(document, writer)

    data, (pages, marks) = render_pdf(paint, title=title, margin_mm=MARGIN_MM, author=info.get("author") or "")
    if info:
        from desktop.report.pdf_meta import finish_pdf

        data = finish_pdf(data, info, marks, pages)
    return data, pages
