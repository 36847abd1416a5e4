"""What the dashboard shows for a company, read once: the same figures as each card's own
rule, from one read of each table (no display needed)."""

from __future__ import annotations

import datetime as dt
import inspect
from collections import Counter

from desktop import star3_actions
from desktop.core import next_steps, star3
from desktop.core import targets as goals
from desktop.dashboard_data import company_view
from desktop.storage.star3_store import Star3Store


class CountingStore:
    """The store, counting the calls of each of its methods."""

    def __init__(self, store):
        self._store = store
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name):
        found = getattr(self._store, name)
        if not inspect.ismethod(found):  # the connection and other attributes as they are
            return found

        def counted(*args, **kwargs):
            self.calls[name] += 1
            return found(*args, **kwargs)

        return counted


def test_the_figures_of_every_card_come_from_one_read_of_each_table(store, model):
    company = store.create_profile("株式会社さくら精機", employees=8)
    items = list(model.items)
    store.set_guide(company.id, {"asked": ["scs3"], "facts": {}}, ["scs3", "sa1"])
    store.set_item_status(company.id, items[0], "done")
    store.update_item(company.id, items[1], due=dt.date(2027, 1, 10))
    store.set_answer(company.id, 1, "yes")
    store.add_learner(company.id, "山田")
    scs = model.schemes["scs"]
    star4_only = next(cid for cid, r in scs.requirements.items() if r.get("star") != 3)
    star3_first = star3.star3_criteria(model)[0]
    records = Star3Store(store)
    records.add_evidence(company.id, star3_first, "保守契約", expires=dt.date(2027, 1, 1))
    records.add_evidence(company.id, star4_only, "★4 の根拠", expires=dt.date(2027, 1, 1))  # not a ★3 reminder
    star3_actions.record_pledge(store, company.id, "佐藤", dt.date(2025, 1, 1))
    today = dt.date(2027, 1, 5)

    counting = CountingStore(store)
    view = company_view(counting, model, company.id, today)

    for table_read in ("item_states", "answers", "guide", "last_selfcheck", "lesson_results", "status_trend"):
        assert counting.calls[table_read] == 1, (table_read, counting.calls)
    statuses = {i: s.status for i, s in store.item_states(company.id).items()}
    dues = {i: s.due for i, s in store.item_states(company.id).items()}
    answers = store.answers(company.id)
    assert view.targets == ("sa1", "scs3")  # as the store keeps them
    assert view.others == ("sa2", "scs4", "jama")
    assert view.progress == {key: goals.target_progress(model, statuses, answers, key)
                             for key in ("sa1", "scs3", "sa2", "scs4", "jama")}
    assert view.steps == next_steps.next_steps(model, statuses, dues, ["scs3", "sa1"], today)
    assert view.steps != next_steps.next_steps(model, statuses, dues, [], today)
    whole = star3.reminders(star3_actions.assessments(store, model, company.id), records.pledge(company.id), today)
    assert view.reminders == whole
    assert {r.kind for r in view.reminders} == {"pledge_old", "evidence_expired"}
    assert [r.criteria for r in view.reminders if r.kind == "evidence_expired"] == [(star3_first,)]
    assert [(learner.name, learner.done) for learner in view.learners] == [("山田", 0)]
    assert view.selfcheck is not None and view.selfcheck.answered == 1
