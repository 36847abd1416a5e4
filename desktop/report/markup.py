"""Small HTML pieces shared by the report's sections (the subset QTextDocument renders)."""

from __future__ import annotations

import html

from desktop.report.labels import STATUS_MARKS, status_label

CSS = """
body { font-family: 'Noto Sans JP', 'Yu Gothic', 'Meiryo', sans-serif; font-size: 10pt; color: #000; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 16px; border-bottom: 1px solid #000; }
h3 { font-size: 11pt; margin-top: 10px; margin-bottom: 4px; }
th { background-color: #d9d9d9; font-weight: bold; border-bottom: 1px solid #000; }
table.grid { border-collapse: collapse; }
td, th { padding: 3px 5px; }
.small { font-size: 8.5pt; }
.note { font-size: 8.5pt; color: #333; }
"""
# Only in the HTML file (QTextDocument does not read @page): A4 with margins, page numbers
# where the browser supports page margin boxes, headings kept with the table after them.
PRINT_CSS = """
@page { size: A4 portrait; margin: 15mm 15mm 18mm 15mm;
        @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
@media print {
  body { font-size: 9.5pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  table { break-before: avoid; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  .pagebreak { break-before: page; page-break-before: always; }
}
"""


def e(value) -> str:
    return html.escape("" if value is None else str(value))


def status(lang: str, value: str) -> str:
    return f"{STATUS_MARKS.get(value, '')} {e(status_label(lang, value))}"


def table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None, *, header: bool = True) -> str:
    cols = "".join(f'<th width="{w}%">{h}</th>' if widths else f"<th>{h}</th>"
                   for h, w in zip(headers, widths or [0] * len(headers), strict=True))
    # Rows are told apart by shading every other one, not by a grid: readable in black and
    # white, and Qt lays out a borderless table in less than half the time of a collapsed grid.
    width_of = (lambda n: f' width="{widths[n]}%"') if widths and not header else (lambda n: "")
    body = "".join(("<tr bgcolor=\"#efefef\">" if number % 2 else "<tr>")
                   + "".join(f"<td{width_of(n) if number == 0 else ''}>{cell}</td>" for n, cell in enumerate(row))
                   + "</tr>"
                   for number, row in enumerate(rows))
    head = f"<thead><tr>{cols}</tr></thead>" if header else ""
    return (f'<table border="0" cellspacing="0" cellpadding="4" width="100%">'
            f"{head}<tbody>{body}</tbody></table>")
