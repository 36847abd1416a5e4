"""Readiness summary → CSV (one row per SCS criterion) and JSON (with its digest).

The CSV's columns follow the detail level (COLUMNS; docs/summary.md lists them): "summary"
has the criterion and its status, "requirements" adds the checklist items behind it with
owner and due date, "notes" adds the company's notes and evidence. The header row is in
the report's language (Japanese by default).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from desktop.core import report_facts as facts
from desktop.core.localized import Text
from desktop.core.safe_files import write_text_atomic
from desktop.core.summary import with_digest
from desktop.core.summary_types import SchemeBlock, Summary
from desktop.report.labels import item_status_label, lang_of, status_label

# (key, header, first detail level that has the column)
COLUMNS: tuple[tuple[str, Text, str], ...] = (
    ("company", Text("会社名", "Company"), "summary"),
    ("date", Text("作成日", "Date"), "summary"),
    ("criterion", Text("評価基準", "Criterion"), "summary"),
    ("requirement", Text("要求事項", "Requirement"), "summary"),
    ("star", Text("段階（★）", "Star"), "summary"),
    ("csf", Text("CSF機能", "CSF function"), "summary"),
    ("title", Text("内容（要約）", "What it asks (gist)"), "summary"),
    ("status", Text("状況", "Status"), "summary"),
    ("status_code", Text("状況コード", "Status code"), "summary"),
    ("items", Text("対応する項目", "Checklist items"), "requirements"),
    ("item_status", Text("項目の状態", "Item status"), "requirements"),
    ("owner", Text("担当", "Owner"), "requirements"),
    ("due", Text("期限", "Due"), "requirements"),
    ("note", Text("メモ", "Note"), "notes"),
    ("evidence", Text("証跡", "Evidence"), "notes"),
)
_ORDER = ("summary", "requirements", "notes")
CSV_COLUMNS = tuple(key for key, *_ in COLUMNS)  # every column key (detail "notes")


def columns(detail: str) -> list[tuple[str, Text, str]]:
    level = _ORDER.index(detail) if detail in _ORDER else 1
    return [column for column in COLUMNS if _ORDER.index(column[2]) <= level]


def criterion_rows(summary: Summary, level: SchemeBlock | None = None) -> list[dict[str, object]]:
    """One dict per SCS criterion of LEVEL (default: the widest reported level), every
    column key filled."""
    lang = lang_of(summary)
    level = level or facts.widest_level(summary)
    items = facts.items_by_id(summary)
    sep = " / "
    rows = []
    for criterion in level["criteria"] if level else []:
        behind = [items[i] for i in criterion["items"] if i in items]
        rows.append({
            "company": summary["company"]["name"], "date": summary["date"], "criterion": criterion["id"],
            "requirement": criterion["requirement"], "star": criterion["star"], "csf": criterion["csf"],
            "title": criterion["title"], "status": status_label(lang, criterion["status"]),
            "status_code": criterion["status"],
            "items": sep.join(i["title"] for i in behind),
            "item_status": sep.join(item_status_label(lang, i["status"]) for i in behind),
            "owner": sep.join(sorted({i["owner"] for i in behind if i["owner"]})),
            "due": max((i["due"] for i in behind if i["due"] and i["status"] in facts.OPEN_ITEM), default=""),
            "note": sep.join(i.get("note", "") for i in behind if i.get("note")),
            "evidence": sep.join(i.get("evidence", "") for i in behind if i.get("evidence")),
        })
    return rows


def summary_csv(summary: Summary) -> str:
    """One row per SCS criterion (all 153, or the 81 of ★3 when the summary covers only ★3)."""
    lang = lang_of(summary)
    chosen = columns(summary.get("detail", "requirements"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column[1].get(lang) for column in chosen])
    for row in criterion_rows(summary):
        writer.writerow([row[column[0]] for column in chosen])
    return out.getvalue()


def write_csv(summary: Summary, path: str | Path) -> None:
    """UTF-8 with BOM, so Excel opens it with the Japanese intact. Complete or not written."""
    write_text_atomic(path, summary_csv(summary), encoding="utf-8-sig")


def summary_json(summary: Summary) -> str:
    return json.dumps(with_digest(summary), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_json(summary: Summary, path: str | Path) -> None:
    """The JSON summary with its digest; complete or not written (OSError)."""
    write_text_atomic(path, summary_json(summary))


def write_html(summary: Summary, path: str | Path) -> None:
    from desktop.report.html import summary_html

    write_text_atomic(path, summary_html(summary))
