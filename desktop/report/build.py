"""Glue between the store and the summary: gathers a company's progress and writes files.

Used by both the CLI (`mamori export`) and the report screen, so they produce the same
output. The PDF writer needs Qt (a QGuiApplication; offscreen is enough).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core.content import ContentModel
from desktop.core.summary import SummaryInput, build_summary
from desktop.core.summary_types import Summary
from desktop.report.qt_app import ensure_gui_application

FORMATS = ("pdf", "html", "csv", "json", "xlsx")
LANGS = ("ja", "en")


def summary_for(store, model: ContentModel, profile_id: str, *, detail: str = "requirements",
                declared_by: str = "", today: dt.date | None = None,
                schemes: tuple[str, ...] | str | None = None, lang: str = "ja") -> Summary:
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
        model.lessons[lid].order if lid in model.lessons else 0)), _quiz_totals(results.get(learner.id, {})))
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
        next_review=_next_review(store, profile_id, guide),
    )
    included = None if schemes == "all" else report_schemes(company_targets, schemes)
    return build_summary(model, data, detail, included, lang=lang)


def _next_review(store, profile_id: str, guide) -> dt.date | None:
    """The company's next review date; without one set, a year after the last self-check."""
    if guide is not None and guide.next_review:
        return guide.next_review
    last = store.last_selfcheck(profile_id)
    return (last.date() + dt.timedelta(days=365)) if last else None


def _quiz_totals(results) -> tuple[int, int] | None:
    """Points and questions over a learner's latest quiz results; None without any quiz."""
    quizzes = [(r.quiz_score, r.quiz_total) for r in results.values() if r.quiz_total]
    if not quizzes:
        return None
    return sum(score or 0 for score, _ in quizzes), sum(total for _, total in quizzes)


def write_summary(summary: Summary, fmt: str, path: str | Path) -> None:
    """Write the summary in one of FORMATS."""
    from desktop.report import tabular

    if fmt == "json":
        tabular.write_json(summary, path)
    elif fmt == "csv":
        tabular.write_csv(summary, path)
    elif fmt == "html":
        tabular.write_html(summary, path)
    elif fmt == "xlsx":
        from desktop.report.xlsx import write_xlsx

        write_xlsx(summary, path)
    elif fmt == "pdf":
        from desktop.report.html import report_title, summary_html
        from desktop.report.labels import label, lang_of
        from desktop.report.pdf import write_pdf

        ensure_gui_application()
        lang = lang_of(summary)
        title = report_title(summary)
        info = {"title": title, "author": summary["company"]["name"], "subject": label(lang, "subject"),
                "keywords": label(lang, "keywords"), "lang": lang, "page_text": label(lang, "page")}
        write_pdf(summary_html(summary, standalone=False), path, title=title,
                  footer_left=summary["company"]["name"], footer_date=summary["date"], info=info)
    else:
        raise ValueError(f"unknown format '{fmt}' (use {', '.join(FORMATS)})")


