"""The shape check of a summary: every field has the shape docs/summary.schema.json gives it
(no Qt, no SQL).

Checked by hand, the schema's rules for the fields Mamori writes: much faster than a
general schema validator, which matters when collect checks thousands of files. The usual
case of a criterion, requirement or plan entry is tested in one expression; only a value
that fails it goes through the field by field checks (desktop/core/summary_values.py),
which word the problem.
"""

from __future__ import annotations

from typing import Any

from desktop.core.summary import TOP_LEVEL_KEYS
from desktop.core.summary_values import (
    CONTENT_VERSION,
    CRITERION,
    DATETIME,
    GOOD_DATES,
    GOOD_TEXT,
    LEVEL,
    QUESTION,
    REQUIREMENT,
    SHA256,
    UUID,
    ShapeProblem,
    check_bool,
    check_date,
    check_enum,
    check_int,
    check_list,
    check_object,
    check_text,
    fail,
    matches,
)

REQUIRED_FIELDS = (
    "format", "format_version", "generated_at", "date", "app_version", "content_version", "detail",
    "company", "declared_by", "scheme_versions", "rule", "security_action", "schemes", "training",
    "plan", "digest",
)
NEW_IN_2_REQUIRED = ("lang", "items", "next_review")  # format_version 2 always has them
KNOWN_FIELDS = TOP_LEVEL_KEYS  # verify_summary refuses any other top-level field

CRITERION_STATUSES = ("met", "partial", "not_met", "unknown", "na", "unanswered")
JUDGEMENT_STATUSES = ("met", "partial", "not_met", "na")
PLAN_STATUSES = ("unanswered", "partial", "not_done", "unknown")
REQUEST_CODES = ("sa1", "sa2", "scs3", "scs4", "jama", "unsure")
CSF_FUNCTIONS = ("GV", "ID", "PR", "DE", "RS", "RC")
DETAILS = ("summary", "requirements", "notes")
LANGS = ("ja", "en")
ITEM_STATUSES = ("unanswered", "done", "partial", "not_done", "unknown", "na")
SELFCHECK_ANSWERS = ("yes", "partial", "no", "unknown")
COUNTS = ("met", "partial", "not_met", "unknown", "na", "unanswered")


def shape_problem(data: dict[str, Any]) -> str | None:
    """The first field whose shape differs from docs/summary.schema.json, as one phrase;
    None when every field checked has its documented shape."""
    try:
        _check_top(data)
    except ShapeProblem as bad:
        return str(bad)
    return None


_CSF = frozenset(CSF_FUNCTIONS)
_CRITERION_STATUS = frozenset(CRITERION_STATUSES)
_PLAN_STATUS = frozenset(PLAN_STATUSES)
_ITEM_STATUS = frozenset(ITEM_STATUSES)
_NOTES = frozenset(("note", "evidence"))


def _check_top(data: dict[str, Any]) -> None:
    for key in REQUIRED_FIELDS + (NEW_IN_2_REQUIRED if data.get("format_version") != 1 else ()):
        if key not in data:
            raise ShapeProblem(f"{key} is missing")
    check_text("generated_at", data["generated_at"], DATETIME)
    check_date("date", data["date"])
    check_text("app_version", data["app_version"], nonempty=True)
    check_text("content_version", data["content_version"], CONTENT_VERSION)
    check_enum("detail", data["detail"], DETAILS)
    check_text("declared_by", data["declared_by"])
    _company(check_object("company", data["company"], ("name", "industry", "employees", "scope", "requested",
                                                "requested_labels")))
    for key, value in check_object("scheme_versions", data["scheme_versions"]).items():
        check_text(f"scheme_versions.{key}", value)
    rule = check_object("rule", data["rule"], ("ja", "en"))
    check_text("rule.ja", rule["ja"], nonempty=True)
    check_text("rule.en", rule["en"], nonempty=True)
    if "selfcheck" in data:
        _selfcheck(data["selfcheck"])
    if "targets" in data:
        targets = check_object("targets", data["targets"], ("company", "labels", "schemes", "all_schemes"))
        for key in ("company", "schemes"):
            for n, value in enumerate(check_list(f"targets.{key}", targets[key])):
                check_text(f"targets.{key}[{n}]", value, nonempty=True)
        check_bool("targets.all_schemes", targets["all_schemes"])
    for n, level in enumerate(check_list("security_action", data["security_action"])):
        where = f"security_action[{n}]"
        check_object(where, level, ("level", "title", "met", "missing"))
        check_text(f"{where}.level", level["level"])
        check_text(f"{where}.title", level["title"])
        check_bool(f"{where}.met", level["met"])
        for m, missing in enumerate(check_list(f"{where}.missing", level["missing"])):
            check_object(f"{where}.missing[{m}]", missing, ("id", "title"))
            check_text(f"{where}.missing[{m}].id", missing["id"])
            check_text(f"{where}.missing[{m}].title", missing["title"])
    for key, level in check_object("schemes", data["schemes"]).items():
        _level(f"schemes.{key}", level)
    if "requirements" in data:
        _requirements(data["requirements"])
    if "jama" in data:
        _jama(data["jama"])
    if "open_items" in data:
        check_int("open_items", data["open_items"])
    if "lang" in data:
        check_enum("lang", data["lang"], LANGS)
    if "next_review" in data and data["next_review"] is not None:
        check_date("next_review", data["next_review"])
    if "items" in data:
        _items(data["items"], notes=data["detail"] == "notes")
    _training(check_object("training", data["training"], ("lessons_total", "learners")))
    _plan(data["plan"], notes=data["detail"] == "notes")
    digest = check_object("digest", data["digest"], ("algorithm", "value", "sections"))
    for key, value in check_object("digest.sections", digest["sections"]).items():
        check_text(f"digest.sections.{key}", value, SHA256)


def _company(company: dict[str, Any]) -> None:
    if "id" in company:
        check_text("company.id", company["id"], UUID)
    check_text("company.name", company["name"], nonempty=True)
    check_text("company.industry", company["industry"])
    check_int("company.employees", company["employees"], nullable=True)
    check_text("company.scope", company["scope"])
    requested = check_list("company.requested", company["requested"])
    for n, code in enumerate(requested):
        check_enum(f"company.requested[{n}]", code, REQUEST_CODES)
    if len(set(requested)) != len(requested):
        fail("company.requested", requested, "each request once")
    for n, label in enumerate(check_list("company.requested_labels", company["requested_labels"])):
        check_text(f"company.requested_labels[{n}]", label)


def _selfcheck(value: Any) -> None:
    selfcheck = check_object("selfcheck", value, ("score", "max", "answered", "questions", "unknown", "band",
                                          "band_meaning", "answers"))
    check_int("selfcheck.score", selfcheck["score"], minimum=None)
    check_int("selfcheck.max", selfcheck["max"], minimum=1)
    check_int("selfcheck.answered", selfcheck["answered"])
    check_int("selfcheck.questions", selfcheck["questions"], minimum=1)
    check_int("selfcheck.unknown", selfcheck["unknown"])
    for key in ("band", "band_meaning"):
        if selfcheck[key] is not None:
            check_text(f"selfcheck.{key}", selfcheck[key])
    for question, answer in check_object("selfcheck.answers", selfcheck["answers"]).items():
        check_text("selfcheck.answers (question number)", question, QUESTION)
        check_enum(f"selfcheck.answers.{question}", answer, SELFCHECK_ANSWERS)


def _level(where: str, value: Any) -> None:
    level = check_object(where, value, ("total", *COUNTS, "criteria"))
    for key in ("total", *COUNTS):
        check_int(f"{where}.{key}", level[key])
    if "pledge" in level:
        pledge = check_object(f"{where}.pledge", level["pledge"], ("by", "date"))
        check_text(f"{where}.pledge.by", pledge["by"], nonempty=True)
        check_date(f"{where}.pledge.date", pledge["date"])
    good_ids, good_requirements = GOOD_TEXT[CRITERION], GOOD_TEXT[REQUIREMENT]
    for n, criterion in enumerate(check_list(f"{where}.criteria", level["criteria"])):
        at = f"{where}.criteria[{n}]"
        if type(criterion) is not dict:
            fail(at, criterion, "an object")
        try:
            items = criterion["items"]
            ok = ((criterion["id"] in good_ids or matches(CRITERION, criterion["id"]))
                  and (criterion["requirement"] in good_requirements
                       or matches(REQUIREMENT, criterion["requirement"]))
                  and criterion["star"] in (3, 4) and type(criterion["star"]) is int
                  and criterion["csf"] in _CSF and type(criterion["title"]) is str
                  and criterion["status"] in _CRITERION_STATUS and type(items) is list
                  and type("".join(items)) is str)  # join: TypeError for anything but text
        except (KeyError, TypeError):
            ok = False
        if not ok:  # say exactly which field (the slow path runs only for a bad criterion)
            check_object(at, criterion, ("id", "requirement", "star", "csf", "title", "status", "items"))
            check_text(f"{at}.id", criterion["id"], CRITERION)
            check_text(f"{at}.requirement", criterion["requirement"], REQUIREMENT)
            if criterion["star"] not in (3, 4) or type(criterion["star"]) is not int:
                fail(f"{at}.star", criterion["star"], "3 or 4")
            check_enum(f"{at}.csf", criterion["csf"], CSF_FUNCTIONS)
            check_text(f"{at}.title", criterion["title"])
            check_enum(f"{at}.status", criterion["status"], CRITERION_STATUSES)
            for m, item in enumerate(check_list(f"{at}.items", criterion["items"])):
                check_text(f"{at}.items[{m}]", item)
        if "confirmation" in criterion or "judgement" in criterion:
            _star3_fields(at, criterion)


def _star3_fields(at: str, criterion: dict[str, Any]) -> None:
    """The optional ★3 fields of a criterion: the expert's confirmation, the company's judgement."""
    if "confirmation" in criterion:
        where = f"{at}.confirmation"
        confirmation = check_object(where, criterion["confirmation"], ("by", "org", "external", "at", "current"))
        check_text(f"{where}.by", confirmation["by"], nonempty=True)
        check_text(f"{where}.org", confirmation["org"])
        check_bool(f"{where}.external", confirmation["external"])
        check_text(f"{where}.at", confirmation["at"], DATETIME)
        check_bool(f"{where}.current", confirmation["current"])
    if "judgement" in criterion:
        judgement = check_object(f"{at}.judgement", criterion["judgement"], ("status", "reason"))
        check_enum(f"{at}.judgement.status", judgement["status"], JUDGEMENT_STATUSES)
        check_text(f"{at}.judgement.reason", judgement["reason"], nonempty=True)


def _requirements(value: Any) -> None:
    for n, requirement in enumerate(check_list("requirements", value)):
        try:
            if (type(requirement) is dict and matches(REQUIREMENT, requirement["id"])
                    and type(requirement["title"]) is str and requirement["status"] in _CRITERION_STATUS
                    and type(requirement["criteria"]) is int and requirement["criteria"] >= 1
                    and type(requirement["met"]) is int and requirement["met"] >= 0
                    and (requirement["lowest_star"] is None or type(requirement["lowest_star"]) is int)):
                continue
        except (KeyError, TypeError):
            pass
        at = f"requirements[{n}]"
        check_object(at, requirement, ("id", "title", "lowest_star", "status", "criteria", "met"))
        check_text(f"{at}.id", requirement["id"], REQUIREMENT)
        check_text(f"{at}.title", requirement["title"])
        check_int(f"{at}.lowest_star", requirement["lowest_star"], minimum=None, nullable=True)
        check_enum(f"{at}.status", requirement["status"], CRITERION_STATUSES)
        check_int(f"{at}.criteria", requirement["criteria"], minimum=1)
        check_int(f"{at}.met", requirement["met"])


def _jama(value: Any) -> None:
    jama = check_object("jama", value, ("note", "derived", "items"))
    check_text("jama.note", jama["note"])
    if jama["derived"] is not True:
        fail("jama.derived", jama["derived"], "true")
    for n, item in enumerate(check_list("jama.items", jama["items"])):
        try:
            if (type(item) is dict and type(item["item"]) is str and matches(LEVEL, item["level"])
                    and item["status"] in _CRITERION_STATUS and type(item["criteria"]) is list
                    and item["criteria"] and type("".join(item["criteria"])) is str):
                continue
        except (KeyError, TypeError):
            pass
        at = f"jama.items[{n}]"
        check_object(at, item, ("item", "level", "status", "criteria"))
        check_text(f"{at}.item", item["item"])
        check_text(f"{at}.level", item["level"], LEVEL)
        check_enum(f"{at}.status", item["status"], CRITERION_STATUSES)
        criteria = check_list(f"{at}.criteria", item["criteria"])
        if not criteria:
            fail(f"{at}.criteria", criteria, "at least one criterion")
        for m, criterion in enumerate(criteria):
            check_text(f"{at}.criteria[{m}]", criterion)


def _training(training: dict[str, Any]) -> None:
    check_int("training.lessons_total", training["lessons_total"])
    for n, learner in enumerate(check_list("training.learners", training["learners"])):
        at = f"training.learners[{n}]"
        check_object(at, learner, ("name", "completed", "lessons"))
        check_text(f"{at}.name", learner["name"], nonempty=True)
        check_int(f"{at}.completed", learner["completed"])
        for key in ("quiz_points", "quiz_questions"):
            if key in learner:
                check_int(f"{at}.{key}", learner[key])
        for m, title in enumerate(check_list(f"{at}.lessons", learner["lessons"])):
            check_text(f"{at}.lessons[{m}]", title)


def _usual(entry: Any, statuses: frozenset[str], notes: bool) -> bool:
    """The fields items and plan entries share, in the usual case, in one expression (a
    collection checks hundreds of them in each file); False, KeyError or TypeError send the
    caller to its field by field checks, which word the problem."""
    due = entry["due"]
    return bool(type(entry["title"]) is str and entry["status"] in statuses and type(entry["owner"]) is str
                and (due is None or (type(due) is str and due in GOOD_DATES))
                and (_NOTES <= entry.keys() if notes else _NOTES.isdisjoint(entry.keys()))
                and (not notes or (type(entry["note"]) is str and type(entry["evidence"]) is str)))


def _items(value: Any, notes: bool) -> None:
    for n, entry in enumerate(check_list("items", value)):
        try:
            if type(entry["id"]) is str and entry["id"] and _usual(entry, _ITEM_STATUS, notes):
                continue
        except (KeyError, TypeError):
            pass
        at = f"items[{n}]"
        check_object(at, entry, ("id", "title", "status", "owner", "due"))
        check_text(f"{at}.id", entry["id"], nonempty=True)
        check_text(f"{at}.title", entry["title"])
        check_enum(f"{at}.status", entry["status"], ITEM_STATUSES)
        check_text(f"{at}.owner", entry["owner"])
        if entry["due"] is not None:
            check_date(f"{at}.due", entry["due"])
        _notes_fields(at, entry, notes)


def _notes_fields(at: str, entry: dict[str, Any], notes: bool) -> None:
    """`note` and `evidence` of an item or plan entry: present, as text, exactly at detail "notes"."""
    for key in ("note", "evidence"):
        if notes and key not in entry:
            raise ShapeProblem(f"{at}.{key} is missing (detail is \"notes\")")
        if not notes and key in entry:
            raise ShapeProblem(f"{at}.{key} is present, but only detail \"notes\" may carry it")
        if key in entry:
            check_text(f"{at}.{key}", entry[key])


def _plan(value: Any, notes: bool) -> None:
    for n, entry in enumerate(check_list("plan", value)):
        try:
            if type(entry["item"]) is str and type(entry["overdue"]) is bool and _usual(entry, _PLAN_STATUS, notes):
                continue
        except (KeyError, TypeError):
            pass
        at = f"plan[{n}]"
        check_object(at, entry, ("item", "title", "status", "owner", "due", "overdue"))
        check_text(f"{at}.item", entry["item"])
        check_text(f"{at}.title", entry["title"])
        check_enum(f"{at}.status", entry["status"], PLAN_STATUSES)
        check_text(f"{at}.owner", entry["owner"])
        if entry["due"] is not None:
            check_date(f"{at}.due", entry["due"])
        check_bool(f"{at}.overdue", entry["overdue"])
        _notes_fields(at, entry, notes)
