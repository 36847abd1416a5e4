"""Validation of a hand-over file, completely, before anything is written.

`check_handover` either raises ImportRejected naming the first bad field, or returns the
file's contents in the form the store writes (timestamps in UTC with milliseconds, names trimmed,
requests in vocabulary order). docs/handover.schema.json describes the same format; this
check is the stricter of the two (real dates, score <= total, one learner per id ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.storage import field_rules
from desktop.storage.field_rules import show
from desktop.storage.handover_fields import (
    ImportRejected as ImportRejected,  # re-exported for the importers
)
from desktop.storage.handover_fields import _fields, _mapping, _optional, _rule
from desktop.storage.tables import (
    COMPANY_GUIDE,
    HISTORY,
    ITEM_STATES,
    LEARNERS,
    LESSON_RESULTS,
    PROFILES,
)

# The format's name inside every hand-over file. It keeps the name the file had before it
# was called a hand-over file and must never change: older Mamori versions read new files
# and new versions read old ones only while it stays the same.
FORMAT = "mamori-package"
FORMAT_VERSION = 1
MAX_HANDOVER_BYTES = 20 * 1024 * 1024

WHAT_TEXT = re.compile(r"[a-z][a-z0-9._-]{0,63}")
QUESTION_KEY = re.compile(r"[1-9][0-9]?")
KEY_MAX = 200
APP_VERSION_MAX = 100

_TOP = (
    "format",
    "format_version",
    "exported_at",
    "app_version",
    "profile",
    "selfcheck",
    "items",
    "learners",
    "history",
)
# The fields of each part come from the table it fills (storage/tables.py).
_PROFILE = PROFILES.handover_fields
_ITEM = ITEM_STATES.handover_fields
_LEARNER = (*LEARNERS.handover_fields, "lessons")  # a learner carries their lessons
_LESSON = LESSON_RESULTS.handover_fields
_HISTORY = HISTORY.handover_required
_GUIDE = COMPANY_GUIDE.handover_fields
# The self-check travels column by column (see exchange.export_handover): one map from
# question to value for each of its columns (`answers` for `answer`).
_SELFCHECK = ("answers", "updated_at")


@dataclass
class CleanHandover:
    """A validated hand-over file, values normalised the way the store keeps them; each part is
    a row (or rows) of its table's hand-over fields (storage/tables.py)."""

    profile: dict[str, Any]
    # question -> {"answer": answer or None if cleared, "updated_at": at}
    answers: dict[int, dict[str, Any]]
    items: dict[str, dict[str, Any]]  # item id -> item state
    # each with its "lessons": lesson id -> lesson result
    learners: list[dict[str, Any]]
    history: list[dict[str, Any]]  # oldest first; by_name None when the file has none
    # The 「うちに必要なのは？」 guide (answers, targets, next_review, updated_at), if any;
    # files written before the guide have none.
    guide: dict[str, Any] | None = None
    # SCS ★3 records (storage.star3_handover.CleanStar3); files written before ★3 have none.
    star3: Any = None


def validate_handover(data: object) -> None:
    """Raise ImportRejected unless DATA is a complete, valid hand-over file."""
    check_handover(data)


def check_handover(data: object) -> CleanHandover:
    """Validate DATA and return it normalised; ImportRejected names the first bad field."""
    if not isinstance(data, dict):
        raise ImportRejected("package", f"{show(data)} is not a JSON object")
    if "format" not in data:
        raise ImportRejected("format", "is missing: this is not a Mamori hand-over package")
    if data["format"] != FORMAT:
        raise ImportRejected("format", f"{show(data['format'])} is not {show(FORMAT)}")
    version = data.get("format_version")
    if not field_rules.is_int(version) or version != FORMAT_VERSION:
        raise ImportRejected(
            "format_version",
            f"{show(version)} is not supported (this Mamori reads {FORMAT_VERSION})",
        )
    _fields(data, "", _TOP, optional=("guide", "star3", "evidence_files"))
    _rule("exported_at", field_rules.canonical_stamp, data["exported_at"])
    app_version = _rule("app_version", field_rules.check_unicode, data["app_version"])
    if not 0 < len(app_version) <= APP_VERSION_MAX:
        raise ImportRejected("app_version", f"{show(app_version)} is not a version text")
    return CleanHandover(
        profile=_profile(data["profile"]),
        answers=_selfcheck(data["selfcheck"]),
        items=_items(data["items"]),
        learners=_learners(data["learners"]),
        history=_history(data["history"]),
        guide=_guide(data["guide"]) if "guide" in data else None,
        star3=_star3(data),
    )


def _star3(data: dict[str, Any]) -> Any:
    from desktop.storage.star3_handover import check_star3  # it builds on the checks here

    if "star3" not in data:
        if "evidence_files" in data:
            raise ImportRejected("evidence_files", "comes without the star3 records it belongs to")
        return None
    return check_star3(data["star3"], data.get("evidence_files"))


def _profile(value: object) -> dict[str, Any]:
    _fields(value, "profile", _PROFILE)
    assert isinstance(value, dict)
    requested = value["requested"]
    if not isinstance(requested, list):
        raise ImportRejected("profile.requested", f"{show(requested)} is not a list")
    if len(set(map(show, requested))) != len(requested):
        raise ImportRejected("profile.requested", f"{show(requested)} lists a value twice")
    return {
        "id": _rule("profile.id", field_rules.check_uuid, value["id"]),
        "name": _rule("profile.name", field_rules.clean_name, value["name"]),
        "industry": _rule("profile.industry", field_rules.check_text, value["industry"]),
        "employees": _rule("profile.employees", field_rules.check_employees, value["employees"]),
        "scope": _rule("profile.scope", field_rules.check_text, value["scope"]),
        "requested": _rule("profile.requested", field_rules.clean_requested, requested),
        "created_at": _rule("profile.created_at", field_rules.canonical_stamp, value["created_at"]),
        "updated_at": _rule("profile.updated_at", field_rules.canonical_stamp, value["updated_at"]),
    }


def _guide(value: object) -> dict[str, Any]:
    _fields(value, "guide", _GUIDE)
    assert isinstance(value, dict)
    targets = value["targets"]
    if not isinstance(targets, list) or len(set(map(show, targets))) != len(targets):
        raise ImportRejected("guide.targets", f"{show(targets)} is not a list of distinct targets")
    review = value["next_review"]
    return {
        "answers": _rule("guide.answers", field_rules.clean_guide_answers, value["answers"]),
        "targets": _rule("guide.targets", field_rules.clean_targets, targets),
        "next_review": None
        if review is None
        else _rule("guide.next_review", field_rules.parse_date, review).isoformat(),
        "updated_at": _rule("guide.updated_at", field_rules.canonical_stamp, value["updated_at"]),
    }


def _selfcheck(value: object) -> dict[int, dict[str, Any]]:
    _fields(value, "selfcheck", _SELFCHECK)
    assert isinstance(value, dict)
    answers = {
        question: _rule(f"selfcheck.answers.{question}", field_rules.check_answer, answer)
        for question, answer in _questions(value["answers"], "selfcheck.answers").items()
    }
    stamps = {
        question: _rule(f"selfcheck.updated_at.{question}", field_rules.canonical_stamp, at)
        for question, at in _questions(value["updated_at"], "selfcheck.updated_at").items()
    }
    for question in answers:
        if question not in stamps:
            raise ImportRejected(
                f"selfcheck.updated_at.{question}", f"is missing (question {question} is answered)"
            )
    # A timestamp without an answer is a cleared answer: it still takes part in merges.
    return {
        question: {"answer": answers.get(question), "updated_at": at}
        for question, at in sorted(stamps.items())
    }


def _questions(value: object, where: str) -> dict[int, object]:
    _mapping(value, where)
    assert isinstance(value, dict)
    result = {}
    for key, entry in value.items():
        if not QUESTION_KEY.fullmatch(key):
            raise ImportRejected(where, f"{show(key)} is not a question number (1-25)")
        result[_rule(where, field_rules.check_question, int(key))] = entry
    return result


def _items(value: object) -> dict[str, dict[str, Any]]:
    _mapping(value, "items")
    assert isinstance(value, dict)
    items = {}
    for item_id, item in value.items():
        _rule("items", field_rules.check_content_id, item_id, "item id")
        where = f"items.{item_id}"
        _fields(item, where, _ITEM)
        status = _rule(f"{where}.status", field_rules.check_status, item["status"])
        due = item["due"]
        items[item_id] = {
            "status": status,
            "reason": _rule(f"{where}.reason", field_rules.check_reason, status, item["reason"]),
            "note": _rule(f"{where}.note", field_rules.check_text, item["note"]),
            "owner": _rule(f"{where}.owner", field_rules.check_text, item["owner"]),
            "due": None
            if due is None
            else _rule(f"{where}.due", field_rules.parse_date, due).isoformat(),
            "evidence": _rule(f"{where}.evidence", field_rules.check_text, item["evidence"]),
            "updated_at": _rule(f"{where}.updated_at", field_rules.canonical_stamp, item["updated_at"]),
        }
    return items


def _learners(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ImportRejected("learners", f"{show(value)} is not a list")
    learners, seen = [], set()
    for index, learner in enumerate(value):
        where = f"learners[{index}]"
        _fields(learner, where, _LEARNER)
        learner_id = _rule(f"{where}.id", field_rules.check_uuid, learner["id"])
        if learner_id in seen:
            raise ImportRejected(f"{where}.id", f"{show(learner_id)} appears twice")
        seen.add(learner_id)
        learners.append(
            {
                "id": learner_id,
                "name": _rule(f"{where}.name", field_rules.clean_name, learner["name"]),
                "created_at": _rule(
                    f"{where}.created_at", field_rules.canonical_stamp, learner["created_at"]
                ),
                "lessons": _lessons(learner["lessons"], f"{where}.lessons"),
            }
        )
    return learners


def _lessons(value: object, where: str) -> dict[str, dict[str, Any]]:
    _mapping(value, where)
    assert isinstance(value, dict)
    lessons = {}
    for lesson_id, lesson in value.items():
        _rule(where, field_rules.check_content_id, lesson_id, "lesson id")
        place = f"{where}.{lesson_id}"
        _fields(lesson, place, _LESSON)
        score, total = _rule(
            f"{place}.quiz_score", field_rules.check_quiz, lesson["quiz_score"], lesson["quiz_total"]
        )
        at = _rule(f"{place}.completed_at", field_rules.canonical_stamp, lesson["completed_at"])
        lessons[lesson_id] = {"completed_at": at, "quiz_score": score, "quiz_total": total}
    return lessons


def _history(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ImportRejected("history", f"{show(value)} is not a list")
    entries = []
    for index, entry in enumerate(value):
        where = f"history[{index}]"
        _fields(entry, where, _HISTORY, optional=HISTORY.optional)
        what, key = entry["what"], entry["key"]
        if not isinstance(what, str) or not WHAT_TEXT.fullmatch(what):
            raise ImportRejected(f"{where}.what", f"{show(what)} is not a kind of change")
        _rule(f"{where}.key", field_rules.check_unicode, key)
        if not 0 < len(key) <= KEY_MAX or field_rules.has_control(key):
            raise ImportRejected(
                f"{where}.key", f"{show(key)} is not a key (1-{KEY_MAX} characters)"
            )
        by, by_name = entry["by"], entry.get("by_name")
        entries.append(
            {
                "at": _rule(f"{where}.at", field_rules.canonical_stamp, entry["at"]),
                "what": what,
                "key": key,
                "old": _optional(f"{where}.old", field_rules.check_text, entry["old"]),
                "new": _optional(f"{where}.new", field_rules.check_text, entry["new"]),
                "by": _optional(f"{where}.by", field_rules.check_uuid, by),
                "by_name": _optional(f"{where}.by_name", field_rules.clean_name, by_name),
            }
        )
    return entries
