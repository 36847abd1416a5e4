"""SCS ★3 as the scheme works: self-assessment per criterion, the expert's confirmation, the
pledge by management (no Qt, no SQL).

A criterion's self-assessment is derived from the statuses of the checklist items mapped
to it (core.scoring), unless the company records its own judgement with a reason (where
the items do not fit, e.g. an equivalent measure). An expert's confirmation stores a
fingerprint of what it covered: the derived status, the judgement and its reason, and the
evidence (descriptions, dates, file hashes), and the answers of the items behind the
derived status. When the fingerprint now differs, the
confirmation is out of date ("needs a new look"); it is never silently kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core import scoring
from desktop.core.content import ContentModel

if TYPE_CHECKING:  # the dashboard imports this module on the way to the first paint
    from desktop.core.summary_types import Star3Fields

JUDGEMENT_STATUSES = ("met", "partial", "not_met", "na")
MAX_EVIDENCE_FILE_BYTES = 20 * 2**20  # one attached file; a scan or a screenshot is far smaller
REVIEW_FILTERS = ("all", "unconfirmed", "changed", "not_met")
# After this many days a confirmation or the pledge is due for a new look (our own rule of
# thumb for the reminder, not the scheme's validity period).
REVIEW_AFTER_DAYS = 365
FINGERPRINT_VERSION = 1


@dataclass(frozen=True)
class EvidenceFile:
    sha256: str
    name: str
    size: int


@dataclass(frozen=True)
class Evidence:
    """What a criterion's self-assessment rests on: a description, the date from which it
    holds, when it expires, and optionally files (kept by their SHA-256)."""

    id: int
    criterion: str
    description: str
    effective: dt.date | None = None
    expires: dt.date | None = None
    files: tuple[EvidenceFile, ...] = ()


@dataclass(frozen=True)
class Judgement:
    criterion: str
    status: str
    reason: str


@dataclass(frozen=True)
class Confirmation:
    """One expert confirmation of one criterion; a later one for the same criterion has a
    higher version, and both are kept."""

    criterion: str
    version: int
    by: str
    org: str
    external: bool
    advice: str
    fingerprint: str
    at: dt.datetime


@dataclass(frozen=True)
class Pledge:
    by: str
    date: dt.date
    at: dt.datetime


@dataclass(frozen=True)
class CriterionAssessment:
    """The company's self-assessment of one ★3 criterion, as an expert reviews it."""

    id: str
    title: str
    requirement: str
    derived: str  # from the items (core.scoring.requirement_status)
    items: tuple[str, ...]
    judgement: Judgement | None
    evidence: tuple[Evidence, ...]
    fingerprint: str
    confirmation: Confirmation | None = None  # the latest one

    @property
    def status(self) -> str:
        """The self-assessment: the company's judgement where it gave one, else derived."""
        return self.judgement.status if self.judgement else self.derived

    @property
    def review(self) -> str:
        """'unconfirmed', 'changed' (confirmed, but what it covered changed since) or 'current'."""
        if self.confirmation is None:
            return "unconfirmed"
        return "current" if self.confirmation.fingerprint == self.fingerprint else "changed"

    @property
    def met(self) -> bool:
        return self.status in ("met", "na")


def star3_criteria(model: ContentModel) -> list[str]:
    """The ★3 criteria ids in the scheme's order; empty when the SCS scheme is not loaded."""
    scheme = model.schemes.get("scs")
    if scheme is None:
        return []
    return [cid for cid, r in scheme.requirements.items() if r.get("star") == 3]


def fingerprint(derived: str, judgement: Judgement | None, evidence: Iterable[Evidence],
                item_statuses: Mapping[str, str] | None = None) -> str:
    """SHA-256 (hex) over a canonical JSON of what a confirmation covers: the derived status
    and the answers of the items it comes from, the judgement and its reason, the evidence."""
    covered = {
        "v": FINGERPRINT_VERSION,
        "derived": derived,
        "items": dict(sorted((item_statuses or {}).items())),
        "judgement": None if judgement is None else {"status": judgement.status, "reason": judgement.reason},
        "evidence": sorted(
            (
                {
                    "description": e.description,
                    "effective": e.effective.isoformat() if e.effective else None,
                    "expires": e.expires.isoformat() if e.expires else None,
                    "files": sorted(f.sha256 for f in e.files),
                }
                for e in evidence
            ),
            key=lambda e: json.dumps(e, sort_keys=True, ensure_ascii=False),
        ),
    }
    text = json.dumps(covered, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def assess(model: ContentModel, statuses: Mapping[str, str], judgements: Mapping[str, Judgement],
           evidence: Iterable[Evidence], confirmations: Mapping[str, Confirmation]) -> list[CriterionAssessment]:
    """Every ★3 criterion's self-assessment, evidence, fingerprint and latest confirmation,
    in the scheme's order."""
    scheme = model.schemes.get("scs")
    ids = star3_criteria(model)
    if scheme is None or not ids:
        return []
    readiness = scoring.scheme_readiness(model, statuses, "scs", ids, "scs-star3")
    by_criterion: dict[str, list[Evidence]] = {}
    for record in evidence:
        by_criterion.setdefault(record.criterion, []).append(record)
    result = []
    for state in readiness.requirements:
        judged = judgements.get(state.id)
        records = tuple(sorted(by_criterion.get(state.id, ()), key=lambda e: e.id))
        requirement = scheme.requirements[state.id]
        result.append(CriterionAssessment(
            id=state.id, title=requirement.title.ja, requirement=str(requirement.get("requirement") or ""),
            derived=state.status, items=state.items, judgement=judged, evidence=records,
            fingerprint=fingerprint(state.status, judged, records,
                                    {i: statuses.get(i, "unanswered") for i in state.items}), confirmation=confirmations.get(state.id)))
    return result


def filter_criteria(assessments: Iterable[CriterionAssessment], which: str) -> list[CriterionAssessment]:
    """The criteria a review filter shows: all, unconfirmed, changed since confirmation, not met."""
    if which not in REVIEW_FILTERS:
        raise ValueError(f"filter must be one of {', '.join(REVIEW_FILTERS)}")
    if which == "all":
        return list(assessments)
    if which == "not_met":
        return [a for a in assessments if not a.met]
    return [a for a in assessments if a.review == which]


@dataclass
class Star3Overview:
    """Counts for the report and the dashboard."""

    total: int = 0
    confirmed: int = 0  # confirmed and still current
    changed: int = 0
    unconfirmed: int = 0
    pledge: Pledge | None = None

    @property
    def share_confirmed(self) -> float:
        return self.confirmed / self.total if self.total else 0.0


def overview(assessments: Iterable[CriterionAssessment], pledge: Pledge | None) -> Star3Overview:
    """How many ★3 criteria are confirmed (current), changed since, or not confirmed."""
    result = Star3Overview(pledge=pledge)
    for a in assessments:
        result.total += 1
        if a.review == "current":
            result.confirmed += 1
        elif a.review == "changed":
            result.changed += 1
        else:
            result.unconfirmed += 1
    return result


@dataclass(frozen=True)
class Reminder:
    kind: str  # 'pledge_old', 'confirmations_old', 'evidence_expired'
    count: int = 0
    since: dt.date | None = None
    criteria: tuple[str, ...] = field(default=())


def reminders(assessments: Iterable[CriterionAssessment], pledge: Pledge | None,
              today: dt.date) -> list[Reminder]:
    """What the dashboard should mention: a pledge or confirmations older than a year, and
    evidence whose expiry date has passed."""
    assessments = list(assessments)
    return due_reminders([a.id for a in assessments],
                         {a.id: a.confirmation for a in assessments if a.confirmation is not None},
                         [e for a in assessments for e in a.evidence], pledge, today)


def due_reminders(criteria: Iterable[str], confirmations: Mapping[str, Confirmation],
                  evidence: Iterable[Evidence], pledge: Pledge | None, today: dt.date) -> list[Reminder]:
    """The same reminders as `reminders`, from the records alone: the ★3 CRITERIA in order,
    the latest confirmation of each and the evidence. No self-assessment or fingerprint is
    needed, so the dashboard asks this once per company switch."""
    limit = today - dt.timedelta(days=REVIEW_AFTER_DAYS)
    result = []
    if pledge is not None and pledge.date < limit:
        result.append(Reminder("pledge_old", 1, pledge.date))
    criteria = list(criteria)
    old = [c for c in criteria if c in confirmations and confirmations[c].at.date() < limit]
    if old:
        result.append(Reminder("confirmations_old", len(old), criteria=tuple(old)))
    lapsed = {e.criterion for e in evidence if e.expires and e.expires < today}
    expired = [c for c in criteria if c in lapsed]
    if expired:
        result.append(Reminder("evidence_expired", len(expired), criteria=tuple(expired)))
    return result


def summary_fields(assessments: Iterable[CriterionAssessment]) -> dict[str, Star3Fields]:
    """Per ★3 criterion, what the summary adds to it: the expert's latest `confirmation`
    (by, org, external, at, current) and the company's own `judgement` (status, reason)."""
    fields: dict[str, Star3Fields] = {}
    for a in assessments:
        extra: Star3Fields = {}
        if a.confirmation is not None:
            extra["confirmation"] = {
                "by": a.confirmation.by, "org": a.confirmation.org, "external": a.confirmation.external,
                "at": a.confirmation.at.isoformat(timespec="seconds"), "current": a.review == "current"}
        if a.judgement is not None:
            extra["judgement"] = {"status": a.judgement.status, "reason": a.judgement.reason}
        if extra:
            fields[a.id] = extra
    return fields
