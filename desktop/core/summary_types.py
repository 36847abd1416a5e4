"""The shape of the readiness summary, as types (no Qt, no SQL).

The summary stays a plain JSON-ready dict at run time; these TypedDicts give its keys to
the type checker, so a misspelt key in the code that builds or reads it is an error.
They mirror docs/summary.schema.json object by object: a key the schema requires is a
required key here, any other is NotRequired (tests/report/test_summary_types.py keeps the
two in step). Enumerated values (statuses, detail, lang) are plain text here; the schema
lists the values they may take.
"""

# No `from __future__ import annotations` here: with it, Python 3.11 takes every key for a
# required one at run time (__required_keys__), whatever NotRequired says.
from typing import Literal, NotRequired, TypedDict


class Company(TypedDict):
    """Who the summary is about; `id` is absent in summaries of earlier versions."""

    id: NotRequired[str]
    name: str
    industry: str
    employees: int | None
    scope: str
    requested: list[str]  # REQUEST_LABELS keys: what a customer asked the company for
    requested_labels: list[str]


class Rule(TypedDict):
    """The rule that turns checklist items into criterion statuses, in words."""

    ja: str
    en: str


class Selfcheck(TypedDict):
    """The IPA self-check: score, band and every answer by question number (as text)."""

    score: int
    max: int
    answered: int
    questions: int
    unknown: int
    band: str | None
    band_meaning: str | None
    answers: dict[str, str]


class MissingRequirement(TypedDict):
    id: str
    title: str


class SecurityActionLevel(TypedDict):
    """One SECURITY ACTION level (star1, star2) and what it still needs."""

    level: str
    title: str
    met: bool
    missing: list[MissingRequirement]


class Confirmation(TypedDict):
    """An expert's latest confirmation of a ★3 criterion."""

    by: str
    org: str
    external: bool
    at: str
    current: bool


class Judgement(TypedDict):
    """The company's own judgement of a ★3 criterion, with its reason."""

    status: str
    reason: str


class Criterion(TypedDict):
    """One SCS criterion (評価基準) with the ids of the checklist items mapped to it."""

    id: str
    requirement: str
    star: int
    csf: str
    title: str
    status: str
    items: list[str]
    confirmation: NotRequired[Confirmation]
    judgement: NotRequired[Judgement]


class Pledge(TypedDict):
    """Management's ★3 pledge: who signed it and the date on the signed page."""

    by: str
    date: str


class SchemeBlock(TypedDict):
    """One SCS level: the count of criteria with each status, and every criterion."""

    total: int
    met: int
    partial: int
    not_met: int
    unknown: int
    na: int
    unanswered: int
    criteria: list[Criterion]
    pledge: NotRequired[Pledge]


class RequirementEntry(TypedDict):
    """One SCS requirement (要求事項): its criteria's statuses combined."""

    id: str
    title: str
    lowest_star: int | None
    status: str
    criteria: int
    met: int


class JamaItem(TypedDict):
    """One 自工会／部工会 guideline item, derived from the SCS criteria that cite it."""

    item: str
    level: str
    status: str
    criteria: list[str]


class Jama(TypedDict):
    note: str
    derived: Literal[True]
    items: list[JamaItem]


class Targets(TypedDict):
    """The company's targets and the schemes the summary covers."""

    company: list[str]
    labels: list[str]
    schemes: list[str]
    all_schemes: bool


class ItemEntry(TypedDict):
    """A checklist item behind the reported criteria; note and evidence at detail "notes"."""

    id: str
    title: str
    status: str
    owner: str
    due: str | None
    note: NotRequired[str]
    evidence: NotRequired[str]


class Learner(TypedDict):
    name: str
    completed: int
    lessons: list[str]
    quiz_points: NotRequired[int]
    quiz_questions: NotRequired[int]


class Training(TypedDict):
    lessons_total: int
    learners: list[Learner]


class PlanEntry(TypedDict):
    """An open item with an owner or a due date; note and evidence at detail "notes"."""

    item: str
    title: str
    status: str
    owner: str
    due: str | None
    overdue: bool
    note: NotRequired[str]
    evidence: NotRequired[str]


class Digest(TypedDict):
    """SHA-256 over the canonical JSON of the summary, and one per top-level section."""

    algorithm: Literal["sha256"]
    value: str
    sections: dict[str, str]


class Summary(TypedDict):
    """The readiness summary as it is built and as every report format reads it: the
    whole file but its digest. `lang`, `next_review` and `items` came with format_version
    2; files of version 1 have none of them."""

    format: Literal["mamori-summary"]
    format_version: int
    generated_at: str
    date: str
    app_version: str
    content_version: str
    detail: str
    company: Company
    declared_by: str
    scheme_versions: dict[str, str]
    rule: Rule
    selfcheck: NotRequired[Selfcheck]
    security_action: list[SecurityActionLevel]
    schemes: dict[str, SchemeBlock]  # scs-star3 (the ★3 criteria) and scs-star4 (all)
    requirements: NotRequired[list[RequirementEntry]]
    jama: NotRequired[Jama]
    open_items: NotRequired[int]
    targets: NotRequired[Targets]
    lang: NotRequired[str]
    next_review: NotRequired[str | None]
    items: NotRequired[list[ItemEntry]]
    training: Training
    plan: list[PlanEntry]


class SummaryWithDigest(Summary):
    """The summary as a JSON file holds it (docs/summary.schema.json): with its digest."""

    digest: Digest


class Star3Fields(TypedDict, total=False):
    """What a ★3 criterion may add to its entry (core.star3.summary_fields)."""

    confirmation: Confirmation
    judgement: Judgement
