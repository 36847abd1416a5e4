"""What the dashboard shows for one company, read and computed once (no Qt).

Each card used to read the store and score the company on its own: switching companies
read the item states three times and the guide three times, and scored the ★3 criteria
only to find the reminders. `company_view` reads each table once and computes every
card's figures from those reads; the dashboard then fills its cards in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.core import next_steps as steps_core
from desktop.core import scoring, star3
from desktop.core import targets as goals
from desktop.core.content import ContentModel
from desktop.storage.star3_store import Star3Store


@dataclass(frozen=True)
class LearnerProgress:
    name: str
    done: int  # lessons of the loaded library completed


@dataclass(frozen=True)
class CompanyView:
    """Every figure of the dashboard's cards for one company."""

    targets: tuple[str, ...]  # chosen in the guide (empty: none yet)
    others: tuple[str, ...]  # the report schemes that are not targets
    progress: dict[str, goals.Progress]  # every report scheme's progress, by key
    selfcheck: scoring.SelfCheckScore | None  # None without the self-check scheme
    steps: list[steps_core.NextStep]
    review: steps_core.Review | None
    lessons: int  # lessons in the library
    learners: list[LearnerProgress]
    trend: list[tuple[date, int]]
    reminders: list[star3.Reminder]


def company_view(store: Any, model: ContentModel, profile_id: str, today: date | None = None) -> CompanyView:
    """Read the company's records once and compute what every card shows."""
    today = today or date.today()
    states = store.item_states(profile_id)
    statuses = {item_id: state.status for item_id, state in states.items()}
    dues = {item_id: state.due for item_id, state in states.items()}
    answers = store.answers(profile_id)
    guide = store.guide(profile_id)
    chosen = tuple(guide.targets) if guide else ()
    others = tuple(key for key in goals.REPORT_SCHEMES if key not in chosen)
    progress = {key: goals.target_progress(model, statuses, answers, key) for key in (*chosen, *others)}
    scheme = model.schemes.get("selfcheck")
    last: datetime | None = store.last_selfcheck(profile_id)
    results = store.lesson_results(profile_id)
    learners = [LearnerProgress(learner.name, len([lid for lid in results.get(learner.id, {}) if lid in model.lessons]))
                for learner in store.list_learners(profile_id)]
    records = Star3Store(store)
    return CompanyView(
        targets=chosen,
        others=others,
        progress=progress,
        selfcheck=scoring.selfcheck_score(answers, scheme) if scheme is not None else None,
        steps=steps_core.next_steps(model, statuses, dues, chosen, today),
        review=steps_core.next_review(guide.next_review if guide else None,
                                      last.astimezone().date() if last else None, today),
        lessons=len(model.lessons),
        learners=learners,
        trend=store.status_trend(profile_id),
        reminders=star3.due_reminders(star3.star3_criteria(model), records.confirmations(profile_id),
                                      records.evidence(profile_id), records.pledge(profile_id), today),
    )
