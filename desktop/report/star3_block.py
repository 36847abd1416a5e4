"""The ★3 block of the report (share of criteria an expert confirmed, the pledge date) and
the printable pledge page (宣誓書) management signs. HTML for report.pdf; no widgets."""

from __future__ import annotations

import html

from desktop.core.localized import Text
from desktop.core.summary_types import Criterion, Summary
from desktop.core.vocab import in_brackets
from desktop.report.markup import CSS


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


_TEXTS = {
    "heading": Text("★3 専門家の確認と経営層の宣誓", "SCS ★3: the expert's confirmation and management's pledge"),
    "confirmed": Text("専門家が確認した評価基準", "Criteria an expert has confirmed"),
    "changed": Text("確認の後に回答や証跡が変わり、見直しが必要なもの", "Changed since they were confirmed (need a new look)"),
    "pledge": Text("経営層の宣誓日", "Management's pledge"),
    "no_pledge": Text("まだ記録されていません", "not recorded yet"),
    "note": Text("★3 は、会社の自己評価を社内外の専門家が確認・助言し、経営層が宣誓するしくみです。"
             "ここに示すのは Mamori に記録した内容で、制度の運営者への登録や届出ではありません。",
             "Under ★3 the company assesses itself, an in-house or external expert checks the assessment "
             "and advises, and management pledges that the company conforms. This shows what was recorded "
             "in Mamori; it is not a registration with, or a filing to, the scheme's operator."),
}


def _confirmed(criterion: Criterion) -> bool | None:
    """Whether the expert's confirmation of CRITERION still holds; None when it has none."""
    confirmation = criterion.get("confirmation")
    return confirmation["current"] if confirmation else None


def star3_html(summary: Summary) -> str:
    """The ★3 section: how many ★3 criteria an expert confirmed (and still current), how
    many changed since, and the pledge; empty when ★3 is not covered. In the summary's language."""
    level = (summary.get("schemes") or {}).get("scs-star3")
    if not level:
        return ""
    lang = str(summary.get("lang") or "ja")

    def text(key: str) -> str:
        return _TEXTS[key].get(lang)

    criteria = [c for c in level["criteria"] if c.get("star") == 3]
    total = len(criteria)
    current = sum(1 for c in criteria if _confirmed(c) is True)
    changed = sum(1 for c in criteria if _confirmed(c) is False)
    share = f"{current / total * 100:.0f}%" if total else "—"
    pledge = level.get("pledge")
    if pledge:
        pledged = _e(pledge["date"]) + in_brackets(_e(pledge["by"]), lang)
    else:
        pledged = text("no_pledge")
    rows = [
        [text("confirmed"), f"<b>{current} / {total}</b>" + in_brackets(share, lang)],
        [text("changed"), f"{changed}"],
        [text("pledge"), pledged],
    ]
    shade = ' bgcolor="#efefef"'
    body = "".join(f'<tr{shade if n % 2 else ""}><td width="60%">{a}</td><td width="40%">{b}</td></tr>'
                   for n, (a, b) in enumerate(rows))
    return (f"<h2>{_e(text('heading'))}</h2>"
            f'<table border="0" cellspacing="0" cellpadding="4" width="100%"><tbody>{body}</tbody></table>'
            f"<p class='note'>{_e(text('note'))}</p>")


def pledge_page_html(*, company: str, scope: str, date: str, representative: str, confirmed: int,
                     total: int) -> str:
    """The pledge page (one A4 page) for management to sign and seal. The statement is in
    Mamori's own plain words; it is not the scheme's official form."""
    statement = (
        "当社は、サプライチェーン強化に向けたセキュリティ対策評価制度（SCS評価制度）の★3 の評価基準について、"
        "自社の対策の状況を自ら確認しました。その結果を社内外の専門家に見てもらい、助言を受けました。"
        "当社の対策は★3 の評価基準に沿っていることを、経営者として宣誓します。"
        "今後も対策を続け、状況が変わったときは見直します。")
    date_text = _e(date) if date else "　　　　年　　月　　日"
    rows = [["会社名", _e(company)], ["対象範囲", _e(scope) or "　"], ["宣誓日", date_text],
            ["代表者（役職・氏名）", _e(representative) or "　"],
            ["専門家の確認", f"{confirmed} / {total} の評価基準（Mamori の記録）"]]
    table = "".join(f'<tr><td width="30%"><b>{a}</b></td><td width="70%">{b}</td></tr>' for a, b in rows)
    # Qt's rich text ignores a cell's height: empty lines give the boxes room to sign and seal.
    room = "<br>" * 7
    boxes = ('<table border="1" cellspacing="0" cellpadding="6" width="100%"><tr>'
             f'<td width="65%" valign="top">署名{room}</td>'
             f'<td width="35%" valign="top">印{room}</td></tr></table>')
    return (f"<h1>宣誓書（SCS評価制度 ★3）</h1>"
            f'<table border="0" cellspacing="0" cellpadding="6" width="100%"><tbody>{table}</tbody></table>'
            f"<h2>宣誓の内容</h2><p>{statement}</p>"
            f"<h2>署名・押印</h2>{boxes}"
            "<p class='note'>この用紙は Mamori が用意した社内用のひな形で、制度の公式の様式ではありません。"
            "Mamori はどこにも登録や届出をしません。制度の手続きは、運営者（IPA）の案内で確かめてください。</p>")


def pledge_page_document(**fields) -> str:
    """The pledge page as a standalone HTML document (for a preview)."""
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>宣誓書</title>'
            f"<style>{CSS}</style></head><body>{pledge_page_html(**fields)}</body></html>")
