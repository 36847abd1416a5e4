"""Summaries as a buyer receives them, for the collect tests: one real summary built from the
bundled content, then copies for other companies (other id, name, export time), each with
a fresh digest, written as `mamori export --format json` writes them."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid
from pathlib import Path

from desktop.core.summary import build_summary, with_digest
from tests.support.summary_support import State, mixed_plan, summary_input

EXPORTED_AT = dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def base_summary(model) -> dict:
    """The mixed company's summary (every status, a plan with three dated entries)."""
    plan = mixed_plan(model)
    details = {
        plan.overdue_item: State("partial", owner="山田", due=dt.date(2026, 3, 31)),
        plan.due_today_item: State("not_done", owner="佐藤", due=dt.date(2026, 4, 1)),
        plan.future_item: State("unknown", owner="鈴木", due=dt.date(2026, 6, 30)),
    }
    return build_summary(model, summary_input(model, plan.statuses, plan.answers, details=details))


def company_id(number: int) -> str:
    return str(uuid.UUID(int=number + 1))


def variant(base: dict, number: int, *, name: str | None = None, exported: dt.datetime | None = None,
            with_id: bool = True, change=None) -> dict:
    """Company NUMBER's summary: its own id and name; CHANGE(summary) may edit it further."""
    summary = copy.deepcopy({k: v for k, v in base.items() if k != "digest"})
    summary["company"] = {k: v for k, v in summary["company"].items() if k != "id"}
    if with_id:
        summary["company"] = {"id": company_id(number), **summary["company"]}
    summary["company"]["name"] = name or f"取引先{number:03d}株式会社"
    summary["generated_at"] = (exported or EXPORTED_AT).isoformat(timespec="seconds")
    if change is not None:
        change(summary)
    return with_digest(summary)


def write(path: Path, document: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path
