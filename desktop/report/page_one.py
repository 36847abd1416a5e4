"""Page 1 of the buyer's report: everything a buyer needs, on one page.

One line per target scheme, the self-check, SECURITY ACTION, staff training, open items
with a plan, the next review date and the declaration. The details follow from page 2
(report/sections.py).
"""

from __future__ import annotations

from desktop.core import report_facts as facts
from desktop.core.summary_types import Summary
from desktop.core.vocab import LIST_SEPARATOR
from desktop.report.labels import label, lang_of
from desktop.report.markup import e, table


def page_one(summary: Summary) -> str:
    lang = lang_of(summary)
    company = summary["company"]
    none = label(lang, "none")
    employees = label(lang, "employees_n", company["employees"]) if company.get("employees") else none
    sep = LIST_SEPARATOR.get(lang)
    parts = [f"<h1>{e(label(lang, 'title'))}</h1>",
             f"<p><b>{e(company['name'])}</b>　{e(label(lang, 'date'))}: {e(summary['date'])}</p>",
             table(["", ""], [
                 [e(label(lang, "industry")), e(company.get("industry") or none)
                  + f"　{e(label(lang, 'employees'))}: {e(employees)}"],
                 [e(label(lang, "scope")), e(company.get("scope") or none)],
                 [e(label(lang, "requested")), e(sep.join(company.get("requested_labels") or []) or none)],
                 [e(label(lang, "targets")), e(sep.join(facts.target_labels(summary)) or none)],
             ], [26, 74], header=False),
             f"<h3>{e(label(lang, 'at_a_glance'))}</h3>"]
    rows = [[f"<b>{e(label(lang, 'scs' + str(line.star)))}</b>", _scheme_line(lang, line)]
            for line in facts.scheme_lines(summary)]
    for level in facts.jama_levels(summary):
        rows.append([f"<b>{e(label(lang, 'jama'))}</b>" if level.level == "LV1" else "",
                     e(label(lang, "jama_line", level=level.level.replace("LV", "Lv"), total=level.total, met=level.met,
                             partial=level.partial, open=level.open, unanswered=level.unanswered))])
    selfcheck = summary.get("selfcheck")
    if selfcheck:
        band = selfcheck.get("band") or label(lang, "selfcheck_open", selfcheck["answered"], selfcheck["questions"])
        rows.append([f"<b>{e(label(lang, 'selfcheck'))}</b>",
                     e(label(lang, "selfcheck_line", score=selfcheck["score"], max=selfcheck["max"], band=band))])
    if summary.get("security_action"):
        lines = []
        for sa_level in summary["security_action"]:
            missing = sa_level["missing"]
            if sa_level["met"]:
                lines.append(e(label(lang, "sa_met", sa_level["title"])))
            else:
                names = sep.join(m["title"] for m in missing[:3]) + ("…" if len(missing) > 3 else "")
                lines.append(e(label(lang, "sa_missing", sa_level["title"], len(missing), names)))
        rows.append([f"<b>{e(label(lang, 'security_action'))}</b>", "<br>".join(lines)])
    rows.append([f"<b>{e(label(lang, 'training'))}</b>", e(training_text(lang, summary))])
    open_items = summary.get("open_items")
    if open_items is not None:
        rows.append([f"<b>{e(label(lang, 'open_items'))}</b>",
                     e(label(lang, "open_items_line", open_items, len(summary["plan"])))])
    rows.append([f"<b>{e(label(lang, 'next_review'))}</b>", e(summary.get("next_review") or label(lang, "not_set"))])
    parts.append(table(["", ""], rows, [26, 74], header=False))
    targets = summary.get("targets")
    if targets and not targets.get("all_schemes"):
        parts.append(f"<p class='note'>{e(label(lang, 'only_targets'))}</p>")
    parts.append(declaration(summary))
    parts.append(f"<p class='note'>{e(label(lang, 'self_assessed'))}</p>")
    return "".join(parts)


def _scheme_line(lang: str, line: facts.SchemeLine) -> str:
    return e(scheme_text(lang, line))


def scheme_text(lang: str, line: facts.SchemeLine) -> str:
    text = label(lang, "scheme_line", total=line.total, met=line.met, partial=line.partial,
                 open=line.open, unanswered=line.unanswered)
    if line.na:
        text += label(lang, "na_part", line.na)
    if line.partial or line.open or line.unanswered:
        text += label(lang, "plan_by", line.plan_by) if line.plan_by else label(lang, "no_plan")
        if line.plan_by and line.unplanned:
            text += label(lang, "unplanned", line.unplanned)
    return text


def training_text(lang: str, summary: Summary) -> str:
    learners, lessons, points, questions = facts.training_totals(summary)
    if not learners:
        return label(lang, "no_learners")
    text = label(lang, "training_line", learners, lessons)
    if questions and points is not None:
        text += label(lang, "quiz_line", points, questions, round(100 * points / questions))
    return text


def declaration(summary: Summary) -> str:
    lang = lang_of(summary)
    return (f"<h3>{e(label(lang, 'declaration'))}</h3><p>{e(label(lang, 'declaration_text'))}</p>"
            '<table class="grid" border="1" cellspacing="0" cellpadding="6" width="100%">'
            f'<tr><td width="22%">{e(label(lang, "declared_on"))}</td><td width="52%">{e(summary["date"])}</td>'
            f'<td width="26%" rowspan="3" align="center" valign="top">{e(label(lang, "seal"))}</td></tr>'
            f'<tr><td>{e(label(lang, "declared_by"))}</td>'
            f'<td>{e(summary.get("declared_by") or label(lang, "to_sign"))}</td></tr>'
            f'<tr><td>{e(label(lang, "signature"))}</td><td><br><br></td></tr></table>')
