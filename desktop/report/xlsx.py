"""Readiness summary → Excel workbook (openpyxl): what buyers actually work in.

A cover sheet with page 1's lines, one sheet per reported scheme (SCS ★3, SCS ★4,
自工会/部工会, SECURITY ACTION) and the improvement plan. Ids and codes are text cells
(1-1-1 never becomes a date), every sheet has a frozen header row, filters and column
widths. The columns of the SCS sheets follow the detail level, as in the CSV.
"""

from __future__ import annotations

import errno
import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.core import report_facts as facts
from desktop.core.localized import Text
from desktop.core.safe_files import write_bytes_atomic
from desktop.core.summary_types import Summary
from desktop.core.vocab import LIST_SEPARATOR
from desktop.report import page_one
from desktop.report.labels import item_status_label, label, lang_of, status_label
from desktop.report.tabular import columns, criterion_rows

TEXT_KEYS = frozenset({"criterion", "requirement", "csf", "status_code", "date", "due", "item", "level", "id"})
SHEETS = {"cover": Text("表紙", "Cover"), "plan": Text("改善計画", "Plan"), "jama": Text("自工会・部工会", "JAMA-JAPIA"),
          "sa": Text("SECURITY ACTION", "SECURITY ACTION")}
WIDTHS = {"company": 18, "date": 11, "criterion": 11, "requirement": 11, "star": 8, "csf": 9, "title": 60,
          "status": 12, "status_code": 11, "items": 50, "item_status": 18, "owner": 14, "due": 11, "note": 40,
          "evidence": 40, "item": 8, "level": 8, "criteria": 40, "met": 10, "missing": 60, "overdue": 10}
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")


def workbook_bytes(summary: Summary) -> bytes:
    lang = lang_of(summary)
    book = Workbook()
    cover = book.active
    cover.title = SHEETS["cover"].get(lang)
    _cover(cover, summary, lang)
    chosen = columns(summary.get("detail", "requirements"))
    for level_id, _key, star in facts.SCS_LEVELS:
        level = (summary.get("schemes") or {}).get(level_id)
        if level:
            keys = [c[0] for c in chosen]
            _sheet(book.create_sheet(f"SCS ★{star}"), keys, [c[1].get(lang) for c in chosen],
                   [[row[k] for k in keys] for row in criterion_rows(summary, level)])
    if summary.get("jama"):
        keys = ["item", "level", "status", "status_code", "criteria"]
        heads = [Text("項目番号", "Item"), Text("レベル", "Level"), Text("状況（派生）", "Status (derived)"),
                 Text("状況コード", "Status code"), Text("参照元の評価基準", "SCS criteria citing it")]
        _sheet(book.create_sheet(SHEETS["jama"].get(lang)), keys, [h.get(lang) for h in heads],
               [[i["item"], i["level"], status_label(lang, i["status"]), i["status"], ", ".join(i["criteria"])]
                for i in summary["jama"]["items"]])
    if summary.get("security_action"):
        keys = ["level", "title", "met", "missing"]
        heads = [Text("段階コード", "Level code"), Text("段階", "Level"), Text("状況", "Status"), Text("足りないもの", "Missing")]
        sep = LIST_SEPARATOR.get(lang)
        _sheet(book.create_sheet(SHEETS["sa"].get(lang)), keys, [h.get(lang) for h in heads],
               [[lv["level"], lv["title"], status_label(lang, "met" if lv["met"] else "not_met"),
                 sep.join(m["title"] for m in lv["missing"])] for lv in summary["security_action"]])
    notes = summary.get("detail") == "notes"
    keys = ["item", "title", "status", "owner", "due", "overdue"] + (["note", "evidence"] if notes else [])
    heads = [Text("項目ID", "Item id"), Text("対策", "Measure"), Text("現在の状態", "Current state"), Text("担当", "Owner"),
             Text("期限", "Due"), Text("期限超過", "Overdue"), Text("メモ", "Note"), Text("証跡", "Evidence")]
    _sheet(book.create_sheet(SHEETS["plan"].get(lang)), keys, [h.get(lang) for h in heads[:len(keys)]],
           [[p["item"], p["title"], item_status_label(lang, p["status"]), p["owner"], p["due"] or "",
             label(lang, "overdue") if p["overdue"] else "", *( [p.get("note", ""), p.get("evidence", "")] if notes else [])]
            for p in summary["plan"]])
    out = io.BytesIO()
    book.save(out)
    data = out.getvalue()
    if not data.startswith(b"PK"):
        raise OSError(errno.EIO, "no workbook was produced")
    return data


def write_xlsx(summary: Summary, path: str | Path) -> None:
    """The workbook, complete or not written (OSError)."""
    write_bytes_atomic(path, workbook_bytes(summary))


def _sheet(sheet, keys: list[str], headers: list[str], rows: list[list]) -> None:
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for values in rows:
        sheet.append(["" if v is None else v for v in values])
    for column, key in enumerate(keys, start=1):
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = WIDTHS.get(key, 16)
        if key in TEXT_KEYS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.value = "" if cell.value is None else str(cell.value)
                cell.number_format = "@"
        if key in ("title", "items", "note", "evidence", "missing", "criteria"):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(sheet.max_row, 1)}"


def _cover(sheet, summary: Summary, lang: str) -> None:
    company = summary["company"]
    sheet.append([label(lang, "title")])
    sheet["A1"].font = Font(bold=True, size=14)
    rows = [(label(lang, "company"), company["name"]), (label(lang, "date"), summary["date"]),
            (label(lang, "scope"), company.get("scope") or ""),
            (label(lang, "targets"), ", ".join(facts.target_labels(summary)))]
    for line in facts.scheme_lines(summary):
        rows.append((label(lang, f"scs{line.star}"), page_one.scheme_text(lang, line)))
    for level in facts.jama_levels(summary):
        rows.append((f"{label(lang, 'jama')} {level.level}",
                     label(lang, "jama_line", level=level.level.replace("LV", "Lv"), total=level.total,
                           met=level.met, partial=level.partial, open=level.open, unanswered=level.unanswered)))
    selfcheck = summary.get("selfcheck")
    if selfcheck:
        band = selfcheck.get("band") or label(lang, "selfcheck_open", selfcheck["answered"], selfcheck["questions"])
        rows.append((label(lang, "selfcheck"),
                     label(lang, "selfcheck_line", score=selfcheck["score"], max=selfcheck["max"], band=band)))
    rows.append((label(lang, "training"), page_one.training_text(lang, summary)))
    if summary.get("open_items") is not None:
        rows.append((label(lang, "open_items"), label(lang, "open_items_line", summary["open_items"], len(summary["plan"]))))
    rows.append((label(lang, "next_review"), summary.get("next_review") or label(lang, "not_set")))
    rows.append((label(lang, "declared_by"), summary.get("declared_by") or ""))
    rows.append(("", label(lang, "self_assessed")))
    sheet.append([])
    for key, value in rows:
        sheet.append([key, value])
    for (cell,) in sheet.iter_rows(min_row=3, min_col=1, max_col=1):
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    for (cell,) in sheet.iter_rows(min_row=3, min_col=2, max_col=2):
        cell.number_format = "@"
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 90
