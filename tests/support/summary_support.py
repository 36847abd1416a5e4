"""Helpers for the summary export tests: test companies with known progress, the
documented rule for a criterion written out on its own, and readers that turn each
exported format (HTML, PDF) back into plain values."""

from __future__ import annotations

import datetime as dt
import html.parser
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO_ROOT / "docs" / "summary.schema.json"

TODAY = dt.date(2026, 4, 1)
COMPANY = "山田日本製作所"
NOTE_TEXT = "社内メモ：金庫の暗証番号は総務の山田が管理"
EVIDENCE_TEXT = "証跡：設定画面の写真"
CYCLE = ("done", "partial", "not_done", "unknown", "na", "unanswered")
ANSWER_CYCLE = ("yes", "partial", "no", "unknown")


@dataclass
class State:
    """An item state as SummaryInput expects it (the store hands out ItemState)."""

    status: str
    reason: str | None = None
    note: str = ""
    owner: str = ""
    due: dt.date | None = None
    evidence: str = ""


@dataclass
class Plan:
    """What a test company did: enough to compute the expected numbers independently."""

    statuses: dict[str, str] = field(default_factory=dict)
    answers: dict[int, str] = field(default_factory=dict)
    overdue_item: str = ""
    due_today_item: str = ""
    future_item: str = ""


def mixed_plan(model) -> Plan:
    """Every status in turn over the items, every answer in turn over the 25 questions,
    and three open items with an owner: one overdue, one due today, one due later."""
    items = list(model.items)
    plan = Plan()
    for index, item_id in enumerate(items):
        status = CYCLE[index % len(CYCLE)]
        if status != "unanswered":
            plan.statuses[item_id] = status
    plan.answers = {q: ANSWER_CYCLE[q % len(ANSWER_CYCLE)] for q in range(1, 26)}
    open_items = [i for i in items if plan.statuses.get(i) in ("partial", "not_done", "unknown")]
    plan.overdue_item, plan.due_today_item, plan.future_item = open_items[:3]
    return plan


def fill_store(store, model, plan: Plan, name: str = COMPANY):
    """Create a company in STORE and record PLAN through the store's public API."""
    profile = store.create_profile(name, industry="製造業", employees=42, scope="本社と第二工場",
                                   requested=["scs3", "sa2"])
    for item_id, status in plan.statuses.items():
        store.set_item_status(profile.id, item_id, status, reason="当社には該当する設備がない" if status == "na" else None)
    details = {
        plan.overdue_item: dict(owner="山田", due=TODAY - dt.timedelta(days=1), note=NOTE_TEXT, evidence=EVIDENCE_TEXT),
        plan.due_today_item: dict(owner="佐藤", due=TODAY),
        plan.future_item: dict(owner="鈴木", due=TODAY + dt.timedelta(days=30)),
    }
    for item_id, values in details.items():
        store.update_item(profile.id, item_id, **values)
    for question, answer in plan.answers.items():
        store.set_answer(profile.id, question, answer)
    learner = store.add_learner(profile.id, "山田太郎")
    for lesson_id in list(model.lessons)[:5]:
        store.record_lesson(learner.id, lesson_id, quiz_score=3, quiz_total=3)
    store.add_learner(profile.id, "日野花子")
    return profile


def summary_input(model, statuses: dict[str, str], answers: dict[int, str], *, name: str = COMPANY,
                  details: dict[str, State] | None = None, learners=None):
    """A SummaryInput built directly (no store), for the pure-data tests."""
    from desktop.core.summary import SummaryInput

    states = {item_id: State(status) for item_id, status in statuses.items()}
    states.update(details or {})
    return SummaryInput(
        profile={"name": name, "industry": "製造業", "employees": 12, "scope": "本社", "requested": ["scs4"]},
        item_states=states,
        answers=answers,
        learners=learners or [],
        declared_by="代表取締役 山田一郎",
        today=TODAY,
        generated_at=dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))),
    )


# -- the rule for a criterion, written out independently of desktop.core.scoring ---------------

def expected_criterion_status(item_statuses: list[str]) -> str:
    """The documented rule: met when every mapped item is done or not applicable (all n/a:
    not applicable); partly met when any is done or partly done; items that do not apply
    are set aside (n/a plus unanswered is unanswered); else unknown / not met."""
    applicable = set(item_statuses) - {"na"}
    if not item_statuses or applicable == {"unanswered"}:
        return "unanswered"
    if set(item_statuses) <= {"done", "na"}:
        return "na" if set(item_statuses) == {"na"} else "met"
    if {"done", "partial"} & set(item_statuses):
        return "partial"
    if "unknown" in item_statuses:
        return "unknown"
    return "not_met"


def expected_counts(model, statuses: dict[str, str], star3_only: bool) -> Counter:
    """Criterion statuses counted per level, from the item statuses alone."""
    scheme = model.schemes["scs"]
    mapped: dict[str, list[str]] = {cid: [] for cid in scheme.requirements}
    for item in model.items.values():
        for ref in item.maps:
            if ref.startswith("scs:") and ref[4:] in mapped:
                mapped[ref[4:]].append(statuses.get(item.id, "unanswered"))
    return Counter(
        expected_criterion_status(items)
        for cid, items in mapped.items()
        if not star3_only or scheme.requirements[cid].get("star") == 3
    )


# -- reading exports back ---------------------------------------------------------------------

class _HtmlTables(html.parser.HTMLParser):
    """Collects every table as rows of cell texts, and the references to other files."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.references: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.headings: list[str] = []
        self.paragraphs: list[str] = []
        self._paragraph: list[str] | None = None
        self._stack: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._heading: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "data", "poster", "srcset", "background", "action") and value:
                self.references.append((tag, name, value))
        if tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._stack[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag in ("h1", "h2", "h3"):
            self._heading = []
        elif tag == "p":
            self._paragraph = []

    def handle_endtag(self, tag):
        if tag == "table" and self._stack:
            self.tables.append(self._stack.pop())
        elif tag in ("td", "th") and self._cell is not None and self._stack:
            self._stack[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append("".join(self._heading).strip())
            self._heading = None
        elif tag == "p" and self._paragraph is not None:
            self.paragraphs.append(" ".join("".join(self._paragraph).split()))
            self._paragraph = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._heading is not None:
            self._heading.append(data)
        if self._paragraph is not None:
            self._paragraph.append(data)


def parse_html(text: str) -> _HtmlTables:
    parser = _HtmlTables()
    parser.feed(text)
    parser.close()
    return parser


def table_after(parsed: _HtmlTables, *headers: str) -> list[list[str]]:
    """The one table whose header row starts with HEADERS (rows of cell texts)."""
    found = [t for t in parsed.tables if t and t[0][:len(headers)] == list(headers)]
    assert len(found) == 1, f"expected one table starting with {headers}, found {len(found)}"
    return found[0]


_HIDDEN_SPAN = re.compile(rb"/Span\s*<<\s*/ActualText\s*(?:<>|\(\))\s*>>\s*BDC.*?\bEMC\b", re.DOTALL)


def pdf_page_texts(path) -> list[str]:
    """The text of every page, read with pypdf as a PDF reader would show it.

    Qt paints synthetic bold twice and marks the second copy `/ActualText ()` (empty),
    which tells readers it is not text; pypdf ignores ActualText, so those spans are
    dropped from the (in-memory) page content before extraction.
    """
    from pypdf import PdfReader
    from pypdf.generic import DecodedStreamObject, NameObject

    reader = PdfReader(str(path))
    texts = []
    for page in reader.pages:
        content = DecodedStreamObject()
        content.set_data(_HIDDEN_SPAN.sub(b"", page.get_contents().get_data()))
        page[NameObject("/Contents")] = content
        texts.append(page.extract_text())
    return texts


def squash(text: str) -> str:
    """Text without any white space: Qt places each word run on its own, so extracted
    lines break between words; comparisons ignore that."""
    return re.sub(r"\s+", "", text)
