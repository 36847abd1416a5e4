"""Readiness summary → CSV (one row per SCS criterion) and JSON (with its digest)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from desktop.core.safe_files import write_text_atomic
from desktop.core.scoring import REQUIREMENT_STATUS_LABELS
from desktop.core.summary import with_digest

CSV_COLUMNS = ("company", "date", "criterion", "requirement", "star", "csf", "title", "status", "status_ja",
               "items")


def summary_csv(summary: dict) -> str:
    """One row per SCS criterion (all 153, or the 81 of ★3 when the summary covers only
    ★3; `star` says which apply at ★3)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    schemes = summary.get("schemes", {})
    level = schemes.get("scs-star4") or schemes.get("scs-star3") or {"criteria": []}
    for criterion in level["criteria"]:
        writer.writerow([
            summary["company"]["name"], summary["date"], criterion["id"], criterion["requirement"],
            criterion["star"], criterion["csf"], criterion["title"], criterion["status"],
            REQUIREMENT_STATUS_LABELS[criterion["status"]][0], " ".join(criterion["items"]),
        ])
    return out.getvalue()


def write_csv(summary: dict, path: str | Path) -> None:
    """UTF-8 with BOM, so Excel opens it with the Japanese intact. Complete or not written."""
    write_text_atomic(path, summary_csv(summary), encoding="utf-8-sig")


def summary_json(summary: dict) -> str:
    return json.dumps(with_digest(summary), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_json(summary: dict, path: str | Path) -> None:
    """The JSON summary with its digest; complete or not written (OSError)."""
    write_text_atomic(path, summary_json(summary))


def write_html(summary: dict, path: str | Path) -> None:
    from desktop.report.html import summary_html

    write_text_atomic(path, summary_html(summary))
