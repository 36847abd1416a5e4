"""The readiness summary a buyer reads, as plain data (no Qt, no SQL).

Every export format (PDF, HTML, CSV, JSON) is written from this one dict, so the numbers
agree everywhere. The JSON form carries a SHA-256 digest over its canonical form; it
detects edits made after export, it does not prove who made the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeAlias, cast

from desktop import __version__
from desktop.core import scoring, targets
from desktop.core.content import ContentModel
from desktop.core.localized import Text, as_text
from desktop.core.summary_types import (
    Company,
    Criterion,
    ItemEntry,
    Learner,
    PlanEntry,
    Pledge,
    RequirementEntry,
    SchemeBlock,
    SecurityActionLevel,
    Star3Fields,
    Summary,
    SummaryWithDigest,
    Training,
)
from desktop.core.vocab import REQUEST_LABELS

FORMAT: Final = "mamori-summary"
FORMAT_VERSION = 2  # 2 added the top-level lang, items and next_review (NEW_IN_2)
READABLE_VERSIONS = (1, 2)  # verify and collect still accept version 1 files
DETAIL_LEVELS = ("summary", "requirements", "notes")
RULE_JA = ("評価基準の状態は、その基準に対応づけたチェックリスト項目から求めています。"
           "対応するすべての項目が「実施している」または「該当しない」のとき「達成」、"
           "一部でも実施している項目があれば「一部達成」としています。")
RULE_EN = ("A criterion is met when every checklist item mapped to it is done or not applicable; "
           "it is partly met when some of those items are done or partly done.")
JAMA_NOTE_JA = ("自工会／部工会ガイドライン（v2.3）の項目の状態は、SCS評価制度の評価基準に記載された"
                "参照番号をたどって求めた参考値（派生）です。")
JAMA_NOTE_EN = ("The status of each JAMA/JAPIA guideline (v2.3) item is derived: it combines the statuses of "
                "the SCS criteria that cite the item's number. It is a reference value, not the guideline's own check.")
LANGS = ("ja", "en")

# (name, completed lesson ids) or (name, completed lesson ids, (quiz points, quiz questions) or None)
LearnerInput: TypeAlias = tuple[str, Sequence[str]] | tuple[str, Sequence[str], tuple[int, int] | None]


@dataclass
class SummaryInput:
    """What the summary is built from: the company's progress as plain values."""

    profile: Mapping[str, Any]  # id (the company's UUID), name, industry, employees, scope, requested
    item_states: Mapping[str, object]  # item id -> object with status, reason, note, owner, due, evidence
    answers: Mapping[int, str]
    learners: Sequence[LearnerInput] = field(default_factory=list)
    declared_by: str = ""
    targets: tuple[str, ...] = ()  # the company's targets (core.targets.TARGET_KEYS)
    today: dt.date | None = None
    next_review: dt.date | None = None
    generated_at: dt.datetime | None = None
    # ★3 (core.star3.summary_fields): per criterion the expert's `confirmation` and the
    # company's own `judgement`; the `pledge` by management (by, date), None when not signed.
    star3: Mapping[str, Star3Fields] = field(default_factory=dict)
    pledge: Pledge | None = None


def content_version(model: ContentModel) -> str:
    """A short fingerprint of the loaded content (which lessons, items and schemes)."""
    digest = hashlib.sha256()
    for key in sorted(model.items):
        digest.update(f"{key}={','.join(model.items[key].maps)};".encode())
    for key in sorted(model.lessons):
        digest.update(key.encode())
    for scheme in sorted(model.schemes.values(), key=lambda s: s.id):
        digest.update(f"{scheme.id}@{scheme.version.ja}:{len(scheme.requirements)}".encode())
    return "sha256:" + digest.hexdigest()[:16]


def report_schemes(company_targets: Iterable[str], chosen: Iterable[str] | None = None) -> tuple[str, ...]:
    """The schemes a report covers: CHOSEN when given (a tuple of REPORT_SCHEMES keys),
    else the company's targets that have readiness, else every scheme."""
    if chosen is not None:
        return targets.clean_targets(k for k in chosen if k in targets.REPORT_SCHEMES)
    own = tuple(k for k in targets.clean_targets(company_targets) if k in targets.REPORT_SCHEMES)
    return own or targets.REPORT_SCHEMES


def build_summary(model: ContentModel, data: SummaryInput, detail: str = "requirements",
                  schemes: tuple[str, ...] | None = None, lang: str = "ja") -> Summary:
    """The readiness summary for one company as JSON-ready data (without the digest).

    SCHEMES (REPORT_SCHEMES keys) limits the scheme sections and the plan to those
    schemes; None means every scheme. LANG ("ja" or "en") is the language of every title
    and label in it (the content's English texts for "en")."""
    if detail not in DETAIL_LEVELS:
        raise ValueError(f"detail must be one of {', '.join(DETAIL_LEVELS)}")
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}")
    included = targets.REPORT_SCHEMES if schemes is None else targets.clean_targets(schemes)
    every = set(included) == set(targets.REPORT_SCHEMES)
    in_scope = None if every else targets.scope_items(model, included)
    today = data.today or dt.date.today()
    generated = data.generated_at or dt.datetime.now(dt.UTC)
    statuses = {item_id: getattr(state, "status", "unanswered") for item_id, state in data.item_states.items()}
    selfcheck = model.schemes.get("selfcheck")
    sa_titles = {str(lv.get("id")): as_text(lv.get("title")).get(lang)
                 for lv in model.schemes["security-action"].data.get("levels", [])} if "security-action" in model.schemes else {}
    security_action: list[SecurityActionLevel] = [
        {
            "level": level.id, "title": sa_titles.get(level.id, level.title), "met": level.met,
            "missing": [
                {"id": rid, "title": model.schemes["security-action"].requirements[rid].title.get(lang)}
                for rid in level.missing
            ],
        }
        for level in scoring.security_action(model, statuses, data.answers)
        if {"star1": "sa1", "star2": "sa2"}.get(level.id, "sa1") in included
    ]
    schemes_part: dict[str, SchemeBlock] = {}
    levels = scoring.scs_levels(model, statuses)
    wanted_levels = {"scs-star3": "scs3", "scs-star4": "scs4"}
    for level_id, readiness in levels.items():
        if wanted_levels[level_id] in included:
            schemes_part[level_id] = _scs_level(model, readiness, data.star3, lang)
    if data.pledge is not None and "scs-star3" in schemes_part:
        schemes_part["scs-star3"]["pledge"] = {"by": data.pledge["by"], "date": data.pledge["date"]}
    summary: Summary = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated_at": generated.isoformat(timespec="seconds"),
        "date": today.isoformat(),
        "app_version": __version__,
        "content_version": content_version(model),
        "detail": detail,
        "lang": lang,
        "company": _company(data.profile, lang),
        "declared_by": data.declared_by,
        "scheme_versions": {s.id: s.version.get(lang) for s in sorted(model.schemes.values(), key=lambda s: s.id)},
        "rule": {"ja": RULE_JA, "en": RULE_EN},
        "targets": {
            "company": list(data.targets),
            "labels": [targets.TARGET_LABELS[k].get(lang) for k in data.targets if k in targets.TARGET_LABELS],
            "schemes": list(included),
            "all_schemes": every,
        },
        "security_action": security_action,
        "schemes": schemes_part,
        "training": _training(model, data.learners, lang),
        "plan": [entry for entry in _plan(model, data.item_states, today, with_notes=detail == "notes", lang=lang)
                 if in_scope is None or entry["item"] in in_scope],
    }
    if selfcheck is not None:
        score = scoring.selfcheck_score(data.answers, selfcheck)
        summary["selfcheck"] = {
            "score": score.score, "max": score.max, "answered": score.answered,
            "questions": score.questions, "unknown": score.unknown,
            "band": score.band.label.get(lang) if score.band else None,
            "band_meaning": score.band.meaning.get(lang) if score.band else None,
            "answers": {str(q): a for q, a in sorted(data.answers.items())},
        }
    widest = "scs-star4" if "scs4" in included else "scs-star3" if "scs3" in included else None
    if widest in levels:
        summary["requirements"] = _scs_requirements(model, levels[widest], lang)
    if "scs-star4" in levels and "jama" in included:
        summary["jama"] = {
            "note": Text(JAMA_NOTE_JA, JAMA_NOTE_EN).get(lang),
            "derived": True,
            "items": [
                {"item": number, "level": level, "status": status, "criteria": list(criteria)}
                for number, level, status, criteria in scoring.jama_derived(model, levels["scs-star4"])
            ],
        }
    summary["items"] = _items(model, data.item_states, schemes_part, with_notes=detail == "notes", lang=lang)
    summary["next_review"] = data.next_review.isoformat() if data.next_review else None
    summary["open_items"] = sum(
        1 for item_id in model.items
        if statuses.get(item_id, "unanswered") in scoring.OPEN_ITEM_STATUSES and (in_scope is None or item_id in in_scope)
    )
    return summary


def _company(profile: Mapping[str, Any], lang: str = "ja") -> Company:
    requested = list(profile.get("requested") or [])
    company: Company = {
        "name": profile.get("name", ""),
        "industry": profile.get("industry") or "",
        "employees": profile.get("employees"),
        "scope": profile.get("scope") or "",
        "requested": requested,
        "requested_labels": [REQUEST_LABELS[r].get(lang) for r in requested if r in REQUEST_LABELS],
    }
    # the id first, as in the summaries written so far
    return {"id": profile["id"], **company} if profile.get("id") else company


def _scs_level(model: ContentModel, readiness: scoring.SchemeReadiness, star3: Mapping[str, Star3Fields],
               lang: str = "ja") -> SchemeBlock:
    scheme = model.schemes["scs"]
    criteria: list[Criterion] = [
        {**star3.get(state.id, {}),
            "id": state.id,
            "requirement": scheme.requirements[state.id].get("requirement"),
            "star": scheme.requirements[state.id].get("star"),
            "csf": scheme.requirements[state.id].get("csf"),
            "title": scheme.requirements[state.id].title.get(lang),
            "status": state.status,
            "items": list(state.items),
        }
        for state in readiness.requirements
    ]
    counts = readiness.counts()
    return {"total": readiness.total, "met": counts["met"], "partial": counts["partial"], "not_met": counts["not_met"],
            "unknown": counts["unknown"], "na": counts["na"], "unanswered": counts["unanswered"], "criteria": criteria}


def _scs_requirements(model: ContentModel, readiness: scoring.SchemeReadiness,
                      lang: str = "ja") -> list[RequirementEntry]:
    """Per SCS requirement (要求事項): its criteria's statuses combined."""
    scheme = model.schemes["scs"]
    as_item = {"met": "done", "partial": "partial", "not_met": "not_done", "unknown": "unknown",
               "na": "na", "unanswered": "unanswered"}
    by_requirement: dict[str, list[scoring.RequirementState]] = {}
    for state in readiness.requirements:
        by_requirement.setdefault(scheme.requirements[state.id].get("requirement"), []).append(state)
    groups = {str(g["id"]): g for g in scheme.data.get("groups", [])}
    result: list[RequirementEntry] = []
    for rid, states in by_requirement.items():
        group = groups.get(rid, {})
        result.append({
            "id": rid,
            "title": as_text(group.get("title", rid)).get(lang),
            "lowest_star": group.get("lowest_star"),
            "status": scoring.requirement_status(as_item[s.status] for s in states),
            "criteria": len(states),
            "met": sum(1 for s in states if s.status in ("met", "na")),
        })
    return result


def _training(model: ContentModel, learners: Sequence[LearnerInput], lang: str = "ja") -> Training:
    result: list[Learner] = []
    for name, completed, *quiz in learners:
        entry: Learner = {
            "name": name,
            "completed": len([lid for lid in completed if lid in model.lessons]),
            "lessons": [model.lessons[lid].text(lang).title for lid in completed if lid in model.lessons],
        }
        if quiz and quiz[0] is not None:
            entry["quiz_points"], entry["quiz_questions"] = (int(n) for n in quiz[0])
        result.append(entry)
    return {"lessons_total": len(model.lessons), "learners": result}


def _items(model: ContentModel, item_states: Mapping[str, object], schemes: Mapping[str, SchemeBlock],
           with_notes: bool, lang: str) -> list[ItemEntry]:
    """The checklist items behind the reported SCS criteria: title, status and plan
    (owner, due; note and evidence at detail "notes"), so a reader can name what is open."""
    wanted = sorted({item for level in schemes.values() for c in level["criteria"] for item in c["items"]})
    result: list[ItemEntry] = []
    for item_id in wanted:
        if item_id not in model.items:
            continue
        state = item_states.get(item_id)
        due = getattr(state, "due", None)
        entry: ItemEntry = {"id": item_id, "title": model.items[item_id].text(lang).title,
                 "status": getattr(state, "status", "unanswered"), "owner": getattr(state, "owner", None) or "",
                 "due": due.isoformat() if due else None}
        if with_notes:
            entry["note"] = getattr(state, "note", None) or ""
            entry["evidence"] = getattr(state, "evidence", None) or ""
        result.append(entry)
    return result


def _plan(model: ContentModel, item_states: Mapping[str, object], today: dt.date, with_notes: bool,
          lang: str = "ja") -> list[PlanEntry]:
    """The improvement plan: open items for which an owner or a due date has been set."""
    plan: list[PlanEntry] = []
    for item_id, state in item_states.items():
        status = getattr(state, "status", "unanswered")
        if item_id not in model.items or status in ("done", "na"):
            continue
        due = getattr(state, "due", None)
        owner = getattr(state, "owner", None) or ""
        if not due and not owner:
            continue
        entry: PlanEntry = {
            "item": item_id,
            "title": model.items[item_id].text(lang).title,
            "status": status,
            "owner": owner,
            "due": due.isoformat() if due else None,
            "overdue": bool(due and due < today),
        }
        if with_notes:
            entry["note"] = getattr(state, "note", None) or ""
            entry["evidence"] = getattr(state, "evidence", None) or ""
        plan.append(entry)
    plan.sort(key=lambda e: (e["due"] is None, e["due"] or "", e["item"]))
    return plan


# -- digest ------------------------------------------------------------------------------------

def canonical_json(value: object) -> bytes:
    """Sorted keys, no insignificant whitespace, UTF-8: the bytes the digest is taken over."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def with_digest(summary: Summary) -> SummaryWithDigest:
    """A copy of the summary with its SHA-256 digest (and one per top-level section)."""
    body = {k: v for k, v in summary.items() if k != "digest"}
    sections = {key: hashlib.sha256(canonical_json(value)).hexdigest() for key, value in body.items()}
    return cast(SummaryWithDigest, {
        **body, "digest": {"algorithm": "sha256", "value": hashlib.sha256(canonical_json(body)).hexdigest(),
                           "sections": sections}})


# Every top-level field each format version has; `verify` refuses any other.
TOP_LEVEL_KEYS_1 = frozenset({
    "format", "format_version", "generated_at", "date", "app_version", "content_version", "detail",
    "company", "declared_by", "scheme_versions", "rule", "selfcheck", "security_action", "schemes",
    "requirements", "jama", "open_items", "training", "plan", "digest", "targets",
})
NEW_IN_2 = frozenset({"lang", "items", "next_review"})
TOP_LEVEL_KEYS = TOP_LEVEL_KEYS_1 | NEW_IN_2  # the current version's


def top_level_keys(version: object) -> frozenset[str]:
    """The top-level fields a summary of format_version VERSION may have."""
    return TOP_LEVEL_KEYS_1 if version == 1 else TOP_LEVEL_KEYS


@dataclass(frozen=True)
class Verification:
    """Whether a summary passed its checks, the message saying so, and the sections changed."""

    ok: bool
    message: str
    changed: tuple[str, ...] = ()


def verify_summary(data: object, quick_dump: Callable[[dict[str, Any]], bytes] | None = None) -> Verification:
    """Check a summary's digest; name what was changed when it does not match.

    QUICK_DUMP(body) -> bytes may give a faster serialisation to try first (collect passes
    orjson's); it must be faithful, and its bytes count only when their hash matches."""
    if not isinstance(data, dict):
        return Verification(False, "not a Mamori summary: the top level is not an object")
    if data.get("format") != FORMAT:
        return Verification(False, f"not a Mamori summary: 'format' is {data.get('format')!r}, expected '{FORMAT}'")
    version = data.get("format_version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        readable = " and ".join(str(v) for v in READABLE_VERSIONS)
        return Verification(False, f"unsupported 'format_version' {version!r} (this Mamori reads {readable})")
    known = top_level_keys(version)
    unknown = sorted(str(key) for key in data if key not in known)
    if unknown:
        return Verification(False, f"unknown top-level field(s): {', '.join(unknown)}; a summary of format_version "
                            f"{version} has none of them, so the file is refused", tuple(unknown))
    digest = data.get("digest")
    if not isinstance(digest, dict) or digest.get("algorithm") != "sha256" or not isinstance(digest.get("value"), str):
        return Verification(False, "the 'digest' field is missing or damaged")
    body = {k: v for k, v in data.items() if k != "digest"}
    # Mamori writes its keys sorted, so the keys usually arrive in canonical order and the
    # (faster) dump without sorting gives the canonical bytes. A match there is as good as
    # one over the sorted dump: equal hashes mean equal bytes, and both dumps are faithful.
    if quick_dump is not None and hashlib.sha256(quick_dump(body)).hexdigest() == digest["value"]:
        return Verification(True, "unchanged: the digest matches the content")
    quick = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    if hashlib.sha256(quick).hexdigest() == digest["value"] or \
            hashlib.sha256(canonical_json(body)).hexdigest() == digest["value"]:
        return Verification(True, "unchanged: the digest matches the content")
    sections: dict[str, Any] = digest["sections"] if isinstance(digest.get("sections"), dict) else {}
    changed = sorted(
        key for key in set(body) | set(sections)
        if key not in body or key not in sections
        or hashlib.sha256(canonical_json(body[key])).hexdigest() != sections[key]
    )
    where = ", ".join(changed) if changed else "the digest itself"
    return Verification(False, f"changed after export: {where} (the digest does not match)", tuple(changed))
