"""From page 2 of the buyer's report: what matters, then the details.

Open and partly met criteria with the items behind them and their plan; met criteria as a
count (listed in full at detail "notes"); unanswered criteria grouped by requirement;
自工会/部工会 coverage per level; the improvement plan; training; about this report.
"""

from __future__ import annotations

from desktop.core import report_facts as facts
from desktop.core.summary_types import ItemEntry, PlanEntry, Summary
from desktop.core.vocab import LIST_SEPARATOR, in_brackets
from desktop.report.labels import DETAIL_SEPARATOR, item_status_label, label, lang_of, scheme_name
from desktop.report.markup import e, status, table
from desktop.report.star3_block import star3_html


def sections(summary: Summary) -> list[str]:
    """The sections after page 1, each starting with its <h2> (the PDF's bookmarks)."""
    detail = summary.get("detail")
    result = []
    if detail in ("requirements", "notes") and facts.widest_level(summary):
        result.append(what_matters(summary))
    if star3 := star3_html(summary):
        result.append(star3)
    if detail in ("requirements", "notes") and facts.jama_levels(summary):
        result.append(jama(summary))
    result.append(plan(summary))
    if detail in ("requirements", "notes"):
        result.append(training(summary))
    result.append(about(summary))
    return result


def _due(lang: str, item: ItemEntry | PlanEntry, today: str) -> str:
    due = item.get("due")
    if not due:
        return e(label(lang, "not_set"))
    return e(due) + (f" <b>※{e(label(lang, 'overdue'))}</b>" if due < today else "")


def what_matters(summary: Summary) -> str:
    lang = lang_of(summary)
    notes = summary.get("detail") == "notes"
    parts = [f"<h2>{e(label(lang, 'what_matters'))}</h2>",
             f"<p class='note'>{e(label(lang, 'marks'))}<br>{e(label(lang, 'items_hint'))}</p>"]
    rows = []
    bar = DETAIL_SEPARATOR.get(lang)
    for criterion in facts.open_criteria(summary):
        items = "<br>".join(
            e(item['title']) + in_brackets(
                e(item_status_label(lang, item['status']))
                + (f"{bar}{e(label(lang, 'owner'))}: {e(item['owner'] or label(lang, 'not_set'))}"
                   f"{bar}{e(label(lang, 'due'))}: {_due(lang, item, summary['date'])}"
                   if item["owner"] or item["due"] else ""), lang)
            + (f"<br><span class='small'>{e(label(lang, 'note'))}: {e(item['note'])}</span>" if notes and item.get("note") else "")
            for item in criterion.items) or e(label(lang, "none"))
        rows.append([e(criterion.id), f"★{criterion.star}", e(criterion.title), status(lang, criterion.status),
                     f"<span class='small'>{items}</span>"])
    if rows:
        parts.append(table([e(label(lang, "criterion")), e(label(lang, "star")), e(label(lang, "content")),
                            e(label(lang, "status")), e(label(lang, "open_items_plan"))], rows,
                           # "◐ Partly met" needs a wider column than 「◐ 一部達成」 to stay on one line
                           [11, 7, 30, 12, 40] if lang == "ja" else [11, 7, 26, 17, 39]))
    else:
        parts.append(f"<p>{e(label(lang, 'no_open'))}</p>")
    met = facts.criteria_with(summary, ("met", "na"))
    parts.append(f"<p>{e(label(lang, 'met_count', len(met)))}"
                 + ("" if notes else f" {e(label(lang, 'met_list_hint'))}") + "</p>")
    if notes and met:
        parts.append(f"<h3>{e(label(lang, 'met_list'))}</h3>")
        parts.append(table([e(label(lang, "criterion")), e(label(lang, "star")), e(label(lang, "content")),
                            e(label(lang, "status"))],
                           [[e(c["id"]), f"★{c['star']}", e(c["title"]), status(lang, c["status"])] for c in met],
                           [13, 8, 59, 20]))
    groups = facts.unanswered_groups(summary)
    if groups:
        count = sum(len(g.criteria) for g in groups)
        parts.append(f"<h3>{e(label(lang, 'unanswered'))}</h3><p>{e(label(lang, 'unanswered_count', count))}</p>")
        parts.append(table([e(label(lang, "requirement")), e(label(lang, "name")), e(label(lang, "criteria_list"))],
                           [[e(g.requirement), e(g.title), e(", ".join(g.criteria))] for g in groups], [13, 47, 40]))
    return "".join(parts)


def jama(summary: Summary) -> str:
    lang = lang_of(summary)
    rows = [[e(level.level.replace("LV", "Lv")), str(level.total), f"<b>{level.met}</b>", str(level.partial),
             str(level.open), str(level.unanswered)] for level in facts.jama_levels(summary)]
    return (f"<h2>{e(label(lang, 'jama'))}</h2><p class='note'>{e(label(lang, 'jama_how'))}</p>"
            + table([e(label(lang, "level")), e(label(lang, "items")), e(label(lang, "met_short")),
                     e(label(lang, "partial_short")), e(label(lang, "open_short")), e(label(lang, "unanswered_short"))],
                    rows, [16, 14, 14, 18, 20, 18]))


def plan(summary: Summary) -> str:
    lang = lang_of(summary)
    parts = [f"<h2>{e(label(lang, 'plan'))}</h2>"]
    entries = summary["plan"]
    if summary.get("open_items") is not None:
        parts.append(f"<p>{e(label(lang, 'plan_intro', summary['open_items'], len(entries)))}</p>")
    if not entries:
        parts.append(f"<p>{e(label(lang, 'no_plan_rows'))}</p>")
        return "".join(parts)
    notes = summary.get("detail") == "notes"
    rows = []
    for entry in entries:
        row = [e(entry["title"]), e(item_status_label(lang, entry["status"])), e(entry["owner"] or label(lang, "not_set")),
               _due(lang, entry, summary["date"])]
        if notes:
            row.append(e(entry.get("note")) + (f"<br>{e(label(lang, 'evidence'))}: {e(entry['evidence'])}"
                                               if entry.get("evidence") else ""))
        rows.append(row)
    headers = [label(lang, k) for k in ("measure", "current", "owner", "due")] + ([label(lang, "note")] if notes else [])
    parts.append(table([e(h) for h in headers], rows, [34, 16, 14, 14, 22] if notes else [48, 20, 16, 16]))
    return "".join(parts)


def training(summary: Summary) -> str:
    lang = lang_of(summary)
    data = summary["training"]
    parts = [f"<h2>{e(label(lang, 'training_detail'))}</h2>"]
    if not data["learners"]:
        parts.append(f"<p>{e(label(lang, 'no_learners'))}</p>")
        return "".join(parts)
    sep = LIST_SEPARATOR.get(lang)
    rows = [[e(person["name"]), f"{person['completed']} / {data['lessons_total']}",
             f"{person['quiz_points']} / {person['quiz_questions']}" if "quiz_questions" in person else e(label(lang, "none")),
             e(sep.join(person["lessons"][:12]) + ("…" if len(person["lessons"]) > 12 else ""))]
            for person in data["learners"]]
    parts.append(table([e(label(lang, k)) for k in ("learner", "completed", "quiz", "main_lessons")], rows,
                       [18, 14, 12, 56]))
    return "".join(parts)


def about(summary: Summary) -> str:
    lang = lang_of(summary)
    rule = summary["rule"].get(lang) or summary["rule"]["ja"]
    rows = [[e(label(lang, "versions")), "<br>".join(f"{e(scheme_name(lang, k))}: {e(v)}"
                                                     for k, v in summary["scheme_versions"].items())],
            [e(label(lang, "tool")), e(label(lang, "tool_line", summary["app_version"], summary["content_version"]))]]
    return (f"<h2>{e(label(lang, 'about'))}</h2>" + table(["", ""], rows, [26, 74], header=False)
            + f"<p class='note'>{e(rule)}</p><p class='note'>{e(label(lang, 'digest_note'))}</p>")
