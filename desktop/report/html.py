"""Readiness summary → HTML. The same HTML is the print and PDF source, and the HTML file.

Only the small CSS subset QTextDocument understands is used, so the PDF looks like the
HTML file. Tables use <thead>, which Qt repeats at the top of every page a table spans.
"""

from __future__ import annotations

import html

from desktop.core.scoring import REQUIREMENT_STATUS_LABELS
from desktop.core.vocab import ITEM_STATUS_LABELS
from desktop.report.css import CSS

SCHEME_NAMES = {"scs": "SCS評価制度 要求事項", "selfcheck": "自社診断", "5kajo": "情報セキュリティ5か条",
                "security-action": "SECURITY ACTION"}
STATUS_MARKS = {"met": "●", "partial": "◐", "not_met": "○", "unknown": "？", "na": "－", "unanswered": "・"}


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _status(status: str) -> str:
    return f"{STATUS_MARKS.get(status, '')} {REQUIREMENT_STATUS_LABELS.get(status, (status,))[0]}"


def _table(headers: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    cols = "".join(f'<th width="{w}%">{h}</th>' if widths else f"<th>{h}</th>"
                   for h, w in zip(headers, widths or [0] * len(headers), strict=True))
    # Rows are told apart by shading every other one, not by a grid: readable in black and
    # white, and Qt lays out a borderless table in less than half the time of a collapsed grid.
    body = "".join(("<tr bgcolor=\"#efefef\">" if number % 2 else "<tr>")
                   + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for number, row in enumerate(rows))
    return (f'<table border="0" cellspacing="0" cellpadding="4" width="100%">'
            f"<thead><tr>{cols}</tr></thead><tbody>{body}</tbody></table>")


def summary_html(summary: dict, *, standalone: bool = True) -> str:
    """The whole report as one HTML document (self-contained: no external files)."""
    company = summary["company"]
    parts = ["<h1>情報セキュリティ対策 状況報告書</h1>",
             f"<p><b>{_e(company['name'])}</b>　作成日: {_e(summary['date'])}</p>"]
    parts.append(_table(["項目", "内容"], [
        ["会社名", _e(company["name"])],
        ["業種", _e(company.get("industry") or "—")],
        ["従業員数", _e(f"{company['employees']} 人" if company.get("employees") else "—")],
        ["対象範囲", _e(company.get("scope") or "—")],
        ["取引先からの要請", _e("、".join(company.get("requested_labels") or []) or "—")],
        ["目標（うちに必要なもの）", _e("、".join((summary.get("targets") or {}).get("labels") or []) or "—")],
        ["宣言者", _e(summary.get("declared_by") or "（下の署名欄に記入）")],
        ["使用した基準の版", "<br>".join(f"{_e(SCHEME_NAMES.get(k, k))}: {_e(v)}"
                                          for k, v in summary["scheme_versions"].items())],
        ["作成ツール", _e(f"Mamori {summary['app_version']}（教材 {summary['content_version']}）")],
    ], [28, 72]))
    parts.append(_overview(summary))
    parts.append(star3_html(summary))
    if summary.get("detail") in ("requirements", "notes"):
        parts.append(_requirements(summary))
        parts.append(_jama(summary))
    parts.append(_training(summary))
    parts.append(_plan(summary))
    parts.append(_signature(summary))
    parts.append(f'<p class="note">{_e(summary["rule"]["ja"])}</p>')
    parts.append('<p class="note">この報告書は Mamori で作成した自己評価の結果です。第三者による認証や評価ではありません。'
                 "JSON 版に付いている SHA-256 の値で、書き出した後に内容が変えられていないかを確かめられます"
                 "（だれが作ったかの証明にはなりません）。</p>")
    body = "\n".join(parts)
    if not standalone:
        return body
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
            f"<title>{_e(company['name'])} 情報セキュリティ対策 状況報告書</title>"
            f"<style>{CSS}</style></head><body>{body}</body></html>")


def star3_html(summary: dict) -> str:
    from desktop.report.star3_block import star3_html as block

    return block(summary)


def _overview(summary: dict) -> str:
    parts = ["<h2>1. 概要</h2>"]
    selfcheck = summary.get("selfcheck")
    if selfcheck:
        band = selfcheck.get("band") or f"未完了（{selfcheck['answered']} / {selfcheck['questions']} 問回答）"
        parts.append("<h3>5分でできる！情報セキュリティ自社診断</h3>")
        parts.append(_table(["点数", "評価", "わからない"], [[
            f"<b>{selfcheck['score']} / {selfcheck['max']} 点</b>", _e(band) + (
                f"<br><span class='small'>{_e(selfcheck.get('band_meaning'))}</span>" if selfcheck.get("band_meaning") else ""),
            f"{selfcheck['unknown']} 問"]], [22, 58, 20]))
    if summary.get("security_action"):
        parts.append("<h3>SECURITY ACTION（自己宣言）</h3>")
        rows = []
        for level in summary["security_action"]:
            missing = "、".join(m["title"] for m in level["missing"]) or "—"
            rows.append([_e(level["title"]), "条件を満たしている" if level["met"] else "未達", _e(missing)])
        parts.append(_table(["段階", "状況", "足りないもの"], rows, [18, 22, 60]))
    targets = summary.get("targets")
    if targets and not targets.get("all_schemes"):
        parts.append("<p class='note'>この報告書は、会社の目標とした制度だけを載せています。</p>")
    if summary.get("schemes"):
        parts.append("<h3>SCS評価制度（サプライチェーン強化に向けたセキュリティ対策評価制度）</h3>")
        rows = []
        for level_id, title in (("scs-star3", "★3"), ("scs-star4", "★4")):
            level = summary["schemes"].get(level_id)
            if level:
                rows.append([title, f"{level['total']}", f"<b>{level['met']}</b>", f"{level['partial']}",
                             f"{level['not_met']}", f"{level['unknown']}", f"{level['na']}", f"{level['unanswered']}"])
        parts.append(_table(["段階", "評価基準", "達成", "一部達成", "未達成", "不明", "該当しない", "未回答"], rows,
                            [10, 14, 12, 13, 12, 10, 15, 14]))
    return "".join(parts)


def _requirements(summary: dict) -> str:
    parts = ["<h2>2. 要求事項ごとの状況（SCS評価制度）</h2>",
             "<p class='note'>記号: ● 達成　◐ 一部達成　○ 未達成　？ 不明　－ 該当しない　・ 未回答</p>"]
    if summary.get("requirements"):
        rows = [[_e(r["id"]), _e(r["title"]), f"★{_e(r.get('lowest_star'))}", f"{r['met']} / {r['criteria']}", _status(r["status"])]
                for r in summary["requirements"]]
        parts.append(_table(["要求事項", "名称", "段階", "達成基準", "状況"], rows, [13, 42, 10, 15, 20]))
    level = summary["schemes"].get("scs-star4") or summary["schemes"].get("scs-star3")
    if level:
        parts.append("<h3>評価基準ごとの状況</h3>")
        rows = [[_e(c["id"]), f"★{c['star']}", _e(c["title"]), _status(c["status"])] for c in level["criteria"]]
        parts.append(_table(["評価基準", "段階", "内容（要約）", "状況"], rows, [13, 8, 59, 20]))
    return "".join(parts)


def _jama(summary: dict) -> str:
    jama = summary.get("jama")
    if not jama or not jama["items"]:
        return ""
    rows = [[f"No.{_e(i['item'])}", _e(i["level"]), _status(i["status"]), _e("、".join(i["criteria"]))] for i in jama["items"]]
    return ("<h3>自工会／部工会ガイドライン v2.3（参考・派生）</h3>"
            f"<p class='note'>{_e(jama['note'])}</p>"
            + _table(["項目", "レベル", "状況（派生）", "参照元の評価基準"], rows, [12, 12, 22, 54]))


def _training(summary: dict) -> str:
    training = summary["training"]
    parts = ["<h2>3. 従業員教育の状況</h2>"]
    if not training["learners"]:
        parts.append("<p>受講者の記録はまだありません。</p>")
        return "".join(parts)
    rows = [[_e(person["name"]), f"{person['completed']} / {training['lessons_total']}",
             _e("、".join(person["lessons"][:12]) + ("…" if len(person["lessons"]) > 12 else ""))]
            for person in training["learners"]]
    parts.append(_table(["受講者", "修了レッスン", "修了した主なレッスン"], rows, [20, 16, 64]))
    return "".join(parts)


def _plan(summary: dict) -> str:
    parts = ["<h2>4. 改善計画</h2>"]
    plan = summary["plan"]
    open_items = summary.get("open_items")
    if open_items is not None:
        parts.append(f"<p>未完了の項目は全部で {open_items} 件です。そのうち担当者か期限を決めた {len(plan)} 件を載せます。</p>")
    if not plan:
        parts.append("<p>担当者や期限が決まっている未完了の項目はまだありません。</p>")
        return "".join(parts)
    with_notes = summary.get("detail") == "notes"
    rows = []
    for entry in plan:
        due = _e(entry["due"] or "未定") + ("<br><b>※期限超過</b>" if entry["overdue"] else "")
        row = [_e(entry["title"]), _e(ITEM_STATUS_LABELS.get(entry["status"], (entry["status"],))[0]),
               _e(entry["owner"] or "未定"), due]
        if with_notes:
            row.append(_e(entry.get("note")))
        rows.append(row)
    headers = ["対策", "現在の状態", "担当", "期限"] + (["メモ"] if with_notes else [])
    widths = [36, 20, 14, 12, 18] if with_notes else [48, 20, 16, 16]
    parts.append(_table(headers, rows, widths))
    return "".join(parts)


def _signature(summary: dict) -> str:
    return ("<h2>5. 宣言</h2><p>上記の内容は、当社の現状を自ら確認した結果であることを宣言します。</p>"
            '<table class="grid" border="1" cellspacing="0" cellpadding="10" width="100%">'
            f'<tr><td width="22%">宣言日</td><td width="50%">{_e(summary["date"])}</td>'
            '<td width="28%" rowspan="3" align="center" valign="top">印<br><br><br><br></td></tr>'
            f'<tr><td>役職・氏名</td><td>{_e(summary.get("declared_by"))}</td></tr>'
            "<tr><td>署名</td><td><br><br></td></tr></table>")
