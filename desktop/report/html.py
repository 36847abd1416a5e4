"""Readiness summary → HTML. The same HTML is the print and PDF source, and the HTML file.

Only the small CSS subset QTextDocument understands is used, so the PDF looks like the
HTML file; the HTML file adds print CSS (A4, margins, page numbers) that browsers read.
Tables use <thead>, which Qt repeats at the top of every page a table spans.

Page 1 (report/page_one.py) stands alone; the sections from page 2 (report/sections.py)
each start with an <h2>, which the PDF turns into a bookmark.
"""

from __future__ import annotations

from desktop.core.summary_types import Summary
from desktop.report.labels import label, lang_of
from desktop.report.markup import CSS, PRINT_CSS, e
from desktop.report.page_one import page_one
from desktop.report.sections import sections

__all__ = ["CSS", "summary_html", "report_title"]
PAGE_BREAK = '<h2 class="pagebreak" style="page-break-before: always">'


def report_title(summary: Summary) -> str:
    return f"{summary['company']['name']} {label(lang_of(summary), 'title')}"


def summary_html(summary: Summary, *, standalone: bool = True) -> str:
    """The whole report as one HTML document (self-contained: no external files)."""
    rest = sections(summary)
    if rest:
        rest[0] = rest[0].replace("<h2>", PAGE_BREAK, 1)
    body = "\n".join([page_one(summary), *rest])
    if not standalone:
        return body
    lang = lang_of(summary)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{e(report_title(summary))}</title>"
            f"<style>{CSS}</style><style>{PRINT_CSS}</style></head><body>{body}</body></html>")
