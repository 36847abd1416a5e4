"""Every company on this PC in one table: last activity, self-check score, targets, progress.

For the consultant after (and during) a consultation day; the 会社の一覧 dialog shows the rows
and writes them as CSV. No Qt here.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from desktop.core import scoring
from desktop.core.content import ContentModel
from desktop.core.targets import TARGET_LABELS, scope_items

CSV_HEADER = ("会社", "最後の作業", "自社診断（点）", "回答済み（問）", "目標", "進み具合（%）", "済んだ項目", "対象の項目")


@dataclass(frozen=True)
class CompanyRow:
    id: str
    name: str
    last_activity: datetime
    score: int | None  # None until a self-check question is answered
    answered: int
    targets: tuple[str, ...]  # Japanese labels
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def company_rows(store, model: ContentModel) -> list[CompanyRow]:
    """One row per company, by name."""
    selfcheck = model.schemes.get("selfcheck")
    every_item = set(model.items)
    rows = []
    for profile in store.list_profiles():
        answers = store.answers(profile.id)
        guide = store.guide(profile.id)
        targets = tuple(guide.targets) if guide else ()
        statuses = {i: s.status for i, s in store.item_states(profile.id).items()}
        scope = (scope_items(model, targets) if targets else every_item) or every_item
        done = sum(1 for i in scope if statuses.get(i) in ("done", "na"))
        latest = store.history(profile.id, limit=1)
        last = max([profile.updated_at] + [entry.at for entry in latest])
        score = scoring.selfcheck_score(answers, selfcheck) if selfcheck else None
        rows.append(CompanyRow(
            profile.id, profile.name, last,
            score.score if score and score.answered else None, score.answered if score else 0,
            tuple(TARGET_LABELS[k].ja for k in targets if k in TARGET_LABELS), done, len(scope)))
    return rows


def rows_csv(rows: list[CompanyRow]) -> str:
    """The rows as CSV text (the dialog writes it with a BOM so Excel reads the Japanese)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow([_safe(row.name), row.last_activity.astimezone().strftime("%Y-%m-%d %H:%M"),
                         "" if row.score is None else row.score, row.answered, _safe("、".join(row.targets)),
                         row.percent, row.done, row.total])
    return out.getvalue()


def _safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (a company named "=HYPERLINK(...)")."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
