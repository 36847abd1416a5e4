"""The 相談結果シート as HTML and as exactly one A4 page (PDF or printer).

Black on white only (no colour carries meaning), large type: the text starts at 13 pt and
is made smaller, step by step, only as far as needed to keep everything on one page (a
typical visit prints at 11–12 pt; the longest names with every target at 9 pt). If even
the smallest size needed a second page, that is an error, never a two-page sheet.
"""

from __future__ import annotations

import errno
import html
from pathlib import Path

from desktop.core.consult_sheet import Sheet

MARKS = "①②③④⑤⑥⑦⑧⑨⑩"  # one glyph: a number never breaks away from its dot
SHEET_MARGIN_MM = 12  # a little narrower than the summary's 15 mm: more room for large text
SIZES_PT = (13, 12.5, 12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5)


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _long(text: str, limit: int = 40) -> str:
    """A class that sets very long names a little smaller (they still print whole)."""
    return ' class="long"' if len(text) > limit else ""


def _css(points: float, dpi: int) -> str:
    """Sizes in device pixels: Qt rounds point sizes in style sheets to whole points, which
    would make the fitting steps coarse; pixels at 300 dpi or more are fine-grained."""

    def px(factor: float) -> str:
        return f"{max(round(points * factor * dpi / 72), 1)}px"

    return f"""
body {{ font-size: {px(1)}; color: #000; }}
.title {{ font-size: {px(1.5)}; font-weight: bold; }}
.head {{ font-size: {px(1.12)}; font-weight: bold; margin-top: {px(0.6)}; }}
td {{ padding: 0 {px(0.3)}; vertical-align: top; line-height: 84%; }}
p {{ margin: 0; line-height: 84%; }}
.long {{ font-size: {px(0.8)}; }}
.big {{ font-size: {px(1.6)}; font-weight: bold; }}
.small {{ font-size: {px(0.85)}; }}
"""


def sheet_html(sheet: Sheet) -> str:
    """The sheet body (no <html> wrapper); QTextDocument and the print preview use it."""
    name, organisation, contact = sheet.consultant
    who = "　".join(_e(part) for part in (organisation, name) if part) or "（相談員の情報は「設定」で入れてください）"
    parts = [
        '<p class="title">相談結果シート</p>',
        f'<table width="100%"><tr><td width="18%">会社</td><td><b{_long(sheet.company)}>{_e(sheet.company)}</b></td></tr>'
        f"<tr><td>相談日</td><td>{sheet.date:%Y年%m月%d日}</td></tr>"
        f"<tr><td>相談員</td><td><span{_long(who + contact, 60)}>{who}" + (f"　連絡先: {_e(contact)}" if contact else "")
        + "</span></td></tr></table>",
        '<p class="head">1. 自社診断の結果</p>',
        f'<p><span class="big">{sheet.score} 点</span>（{sheet.max_score} 点満点・{sheet.answered} / {sheet.questions} 問回答）'
        f"　<b>{_e(sheet.band)}</b><br>{_e(sheet.band_meaning)}</p>",
        '<p class="head">2. 弱いところと、次の一歩</p>',
    ]
    if sheet.weaknesses:
        rows = "".join(
            f'<tr><td width="1%"><b>{MARKS[number]}</b></td><td><b>問{w.question} {_e(w.title)}</b>（{_e(w.answer)}）<br>'
            f"→ {_e(w.step)}" + (f'<span class="small">（読む: {_e(w.lesson)}）</span>' if w.lesson else "") + "</td></tr>"
            for number, w in enumerate(sheet.weaknesses))
        parts.append(f'<table width="100%">{rows}</table>')
    else:
        parts.append("<p>すべての設問で「実施している」でした。この状態を続け、より進んだ対策に進みましょう。</p>")
    parts.append('<p class="head">3. 目標と今の状況</p>')
    if not sheet.targets_chosen:
        parts.append('<p class="small">目標はまだ決めていません。基本の二つを示します（「うちに必要なのは？」で決められます）。</p>')
    cells = [f"<td>{_e(t.label)}<br><b>{_e(t.text)}</b></td>" for t in sheet.targets]
    cells += ["<td></td>"] * (len(cells) % 2)
    parts.append('<table width="100%">' + "".join(
        f'<tr>{cells[i]}{cells[i + 1]}</tr>' for i in range(0, len(cells), 2)) + "</table>")
    parts.append('<p class="head">4. 次にやること（3つ）</p>')
    if sheet.actions:
        parts.append('<table width="100%">' + "".join(
            f'<tr><td width="1%"><b>{MARKS[number]}</b></td><td>{_e(a.title)}'
            + (f'<span class="small">（読む: {_e(a.lesson)}）</span>' if a.lesson else "") + "</td></tr>"
            for number, a in enumerate(sheet.actions)) + "</table>")
    else:
        parts.append("<p>チェックリストの項目はすべて済んでいます。</p>")
    parts.append('<p class="head">5. 困ったときの相談先</p>')
    parts.append("<p>" + "<br>".join(f"<b>{_e(who_)}</b>: <span class=\"small\">{_e(what)}</span>"
                                    for who_, what in sheet.help) + "</p>")
    parts.append('<p class="head">6. 無料で使える IPA の資料</p>')
    parts.append("<p>" + "　".join(_e(m) for m in sheet.material) + "</p>")
    return "\n".join(parts)


def _document(sheet: Sheet, device, points: float):
    from PySide6.QtGui import QTextDocument

    from desktop.report.pdf import _body_size, _font, _font_family

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setPageSize(_body_size(device)[0])
    document.setDefaultFont(_font(points))
    document.setDefaultStyleSheet(f"body {{ font-family: '{_font_family()}'; }}" + _css(points, device.resolution()))
    document.setHtml(sheet_html(sheet))
    return document


def fit_one_page(sheet: Sheet, device):
    """The sheet laid out for DEVICE at the largest size that fits one page, and that size.
    OSError when even the smallest size needs a second page (nothing is drawn)."""
    for points in SIZES_PT:
        document = _document(sheet, device, points)
        if document.pageCount() == 1:
            return document, points
    raise OSError(errno.EFBIG, "the sheet does not fit on one A4 page (names or texts are too long)")


def paint_sheet(sheet: Sheet, device) -> float:
    """Paint the sheet on one page of a PDF writer or printer; return the text size used."""
    from desktop.report.pdf import paint_pages

    document, points = fit_one_page(sheet, device)
    paint_pages(document, device, sheet.company, f"{sheet.date:%Y-%m-%d}")
    return points


def sheet_pdf_bytes(sheet: Sheet) -> bytes:
    """The sheet as a one-page A4 PDF; OSError when Qt produced no PDF."""
    from desktop.report.pdf import render_pdf

    data, _points = render_pdf(lambda writer: paint_sheet(sheet, writer), title=f"{sheet.company} 相談結果シート",
                               margin_mm=SHEET_MARGIN_MM)
    return data


def write_sheet_pdf(sheet: Sheet, path: str | Path) -> None:
    """Write the sheet PDF whole or not at all (OSError with the cause otherwise)."""
    from desktop.core.safe_files import write_bytes_atomic

    write_bytes_atomic(path, sheet_pdf_bytes(sheet))
