"""Glue between the store and the summary: gathers a company's progress and writes files.

Used by both the CLI (`mamori export`) and the report screen, so they produce the same
output. The PDF writer needs Qt (a QGuiApplication; offscreen is enough).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core.content import ContentModel
from desktop.core.summary import SummaryInput, build_summary
from desktop.report.qt_app import ensure_gui_application

FORMATS = ("pdf", "html", "csv", "json")


def summary_for(store, model: ContentModel, profile_id: str, *, detail: str = "requirements",
                declared_by: str = "", today: dt.date | None = None,
                schemes: tuple[str, ...] | str | None = None) -> dict:
    """Build the readiness summary of one company from the store.

    SCHEMES: None = the company's targets (every scheme when it has none), "all" = every
    scheme, or a tuple of scheme keys (core.targets.REPORT_SCHEMES)."""
    from desktop.core.summary import report_schemes

    profile = store.get_profile(profile_id)
    guide = store.guide(profile_id)
    company_targets = guide.targets if guide else ()
    results = store.lesson_results(profile_id)
    learners = [(learner.name, sorted(results.get(learner.id, {}), key=lambda lid: (
        model.tracks[model.lessons[lid].track].order if lid in model.lessons and model.lessons[lid].track in model.tracks else 99,
        model.lessons[lid].order if lid in model.lessons else 0)))
        for learner in store.list_learners(profile_id)]
    from desktop.star3_actions import summary_parts

    star3, pledge = summary_parts(store, model, profile_id)
    data = SummaryInput(
        profile={"id": profile.id, "name": profile.name, "industry": profile.industry, "employees": profile.employees,
                 "scope": profile.scope, "requested": list(profile.requested)},
        item_states=store.item_states(profile_id),
        answers=store.answers(profile_id),
        learners=learners,
        declared_by=declared_by,
        targets=tuple(company_targets),
        today=today,
        star3=star3,
        pledge=pledge,
    )
    included = None if schemes == "all" else report_schemes(company_targets, schemes)
    return build_summary(model, data, detail, included)


def write_summary(summary: dict, fmt: str, path: str | Path) -> None:
    """Write the summary in one of FORMATS."""
    from desktop.report import tabular

    if fmt == "json":
        tabular.write_json(summary, path)
    elif fmt == "csv":
        tabular.write_csv(summary, path)
    elif fmt == "html":
        tabular.write_html(summary, path)
    elif fmt == "pdf":
        from desktop.report.html import summary_html
        from desktop.report.pdf import write_pdf

        ensure_gui_application()
        write_pdf(summary_html(summary, standalone=False), path,
                  title=f"{summary['company']['name']} 情報セキュリティ対策 状況報告書",
                  footer_left=summary["company"]["name"], footer_date=summary["date"])
    else:
        raise ValueError(f"unknown format '{fmt}' (use {', '.join(FORMATS)})")


