"""★3 per criterion: a confirmation stays current only while what it covered is unchanged."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop import star3_actions as actions
from desktop.core import star3
from desktop.storage.star3_store import Star3Store


def _criterion_with_items(model, count=1):
    """A ★3 criterion with at least COUNT mapped items, and those items."""
    for cid in star3.star3_criteria(model):
        items = [i.id for i in model.items_for("scs", cid)]
        if len(items) >= count:
            return cid, items
    raise AssertionError("no ★3 criterion with mapped items")


def _review(store, model, profile_id, cid):
    return next(a for a in actions.assessments(store, model, profile_id) if a.id == cid).review


def test_there_are_81_star3_criteria_in_the_schemes_order(model):
    ids = star3.star3_criteria(model)
    assert len(ids) == 81 and len(set(ids)) == 81
    assert ids[0] == "1-2-1-1"


def test_unconfirmed_then_current_after_confirming(store, model, company):
    cid, _ = _criterion_with_items(model)
    assert _review(store, model, company.id, cid) == "unconfirmed"
    made = actions.confirm(store, model, company.id, [cid], by="田中 一郎", org="たなか事務所", external=True,
                           advice="手順書の版数を記録してください")
    assert [c.version for c in made] == [1]
    assert _review(store, model, company.id, cid) == "current"
    latest = Star3Store(store).confirmations(company.id)[cid]
    assert (latest.by, latest.org, latest.external, latest.advice) == ("田中 一郎", "たなか事務所", True,
                                                                       "手順書の版数を記録してください")


@pytest.mark.parametrize("change", ["item_status", "judgement", "reason", "evidence_added", "evidence_changed",
                                    "evidence_removed", "file_added", "file_changed"])
def test_every_kind_of_change_marks_the_confirmation_as_changed(store, model, company, tmp_path, change):
    cid, items = _criterion_with_items(model)
    records = Star3Store(store)
    store.set_item_status(company.id, items[0], "done")
    records.set_judgement(company.id, cid, "met", "同等の対策として入館カードで管理")
    ev = records.add_evidence(company.id, cid, "規程 第3版", effective=dt.date(2026, 4, 1))
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"first scan")
    if change == "file_changed":
        records.attach_file(company.id, ev.id, scan)
    actions.confirm(store, model, company.id, [cid], by="田中")
    assert _review(store, model, company.id, cid) == "current"
    if change == "item_status":
        store.set_item_status(company.id, items[0], "partial")
    elif change == "judgement":
        records.set_judgement(company.id, cid, "partial", "同等の対策として入館カードで管理")
    elif change == "reason":
        records.set_judgement(company.id, cid, "met", "同等の対策として鍵の貸出記録で管理")
    elif change == "evidence_added":
        records.add_evidence(company.id, cid, "点検記録 2026年度")
    elif change == "evidence_changed":
        records.update_evidence(company.id, ev.id, description="規程 第3版", effective=dt.date(2026, 5, 1),
                                expires=None)
    elif change == "evidence_removed":
        records.remove_evidence(company.id, ev.id)
    elif change == "file_added":
        records.attach_file(company.id, ev.id, scan)
    elif change == "file_changed":
        old = records.evidence(company.id, cid)[0].files[0].sha256
        records.detach_file(company.id, ev.id, old)
        scan.write_bytes(b"second scan")
        records.attach_file(company.id, ev.id, scan)
    assert _review(store, model, company.id, cid) == "changed"
    # a new look makes it current again, and the earlier confirmation stays in the history
    actions.confirm(store, model, company.id, [cid], by="田中")
    assert _review(store, model, company.id, cid) == "current"
    assert [c.version for c in records.confirmation_history(company.id, cid)] == [1, 2]


def test_a_change_to_another_criterion_leaves_the_confirmation_current(store, model, company):
    cid, _ = _criterion_with_items(model)
    other = next(c for c in star3.star3_criteria(model) if c != cid)
    actions.confirm(store, model, company.id, [cid], by="田中")
    Star3Store(store).add_evidence(store.get_profile(company.id).id, other, "別の基準の証跡")
    assert _review(store, model, company.id, cid) == "current"


def test_setting_the_same_status_again_keeps_it_current(store, model, company):
    cid, items = _criterion_with_items(model)
    store.set_item_status(company.id, items[0], "done")
    actions.confirm(store, model, company.id, [cid], by="田中")
    store.set_item_status(company.id, items[0], "done")
    assert _review(store, model, company.id, cid) == "current"


def test_confirmations_and_pledges_are_never_changed_in_place(store, model, company):
    cid, _ = _criterion_with_items(model)
    actions.confirm(store, model, company.id, [cid], by="田中")
    actions.record_pledge(store, company.id, "代表取締役 佐藤 花子", dt.date(2026, 11, 1))
    for sql in ("UPDATE scs_confirmations SET by = 'x'", "DELETE FROM scs_confirmations",
                "UPDATE scs_pledges SET by = 'x'", "DELETE FROM scs_pledges"):
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute(sql)
        store.db.rollback()
    store.delete_profile(company.id)  # ... and go with their company
    assert store.db.execute("SELECT count(*) FROM scs_confirmations").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM scs_pledges").fetchone()[0] == 0


def test_confirming_many_at_once_is_one_transaction(store, model, company):
    ids = star3.star3_criteria(model)[:5]
    with pytest.raises(actions.UnknownCriterion, match="9-9-9-9"):
        actions.confirm(store, model, company.id, [*ids, "9-9-9-9"], by="田中")
    assert Star3Store(store).confirmations(company.id) == {}
    actions.confirm(store, model, company.id, ids, by="田中")
    assert sorted(Star3Store(store).confirmations(company.id)) == sorted(ids)


def test_star4_only_criterion_is_named_as_such(store, model, company):
    scheme = model.schemes["scs"]
    star4 = next(c for c, r in scheme.requirements.items() if r.get("star") == 4)
    with pytest.raises(actions.UnknownCriterion, match="★4 only"):
        actions.confirm(store, model, company.id, [star4], by="田中")


def test_a_confirmation_needs_a_name_and_a_judgement_a_reason(store, model, company):
    cid, _ = _criterion_with_items(model)
    with pytest.raises(ValueError, match="name"):
        actions.confirm(store, model, company.id, [cid], by="  ")
    with pytest.raises(ValueError, match="reason"):
        Star3Store(store).set_judgement(company.id, cid, "met", " ")


def test_judgement_overrides_the_derived_status(store, model, company):
    cid, items = _criterion_with_items(model)
    for item in items:
        store.set_item_status(company.id, item, "not_done")
    before = next(a for a in actions.assessments(store, model, company.id) if a.id == cid)
    assert before.status == "not_met" and not before.met
    Star3Store(store).set_judgement(company.id, cid, "met", "同等の対策")
    after = next(a for a in actions.assessments(store, model, company.id) if a.id == cid)
    assert after.derived == "not_met" and after.status == "met" and after.met
    Star3Store(store).set_judgement(company.id, cid, None)
    assert next(a for a in actions.assessments(store, model, company.id) if a.id == cid).status == "not_met"


def test_review_filters(store, model, company):
    ids = star3.star3_criteria(model)
    cid, items = _criterion_with_items(model)
    for item in items:
        store.set_item_status(company.id, item, "done")
    other = next(c for c in ids if c != cid)
    actions.confirm(store, model, company.id, [cid, other], by="田中")
    Star3Store(store).add_evidence(company.id, other, "後から追加")
    every = actions.assessments(store, model, company.id)
    assert [a.id for a in star3.filter_criteria(every, "changed")] == [other]
    unconfirmed = [a.id for a in star3.filter_criteria(every, "unconfirmed")]
    assert cid not in unconfirmed and other not in unconfirmed and len(unconfirmed) == 79
    not_met = [a.id for a in star3.filter_criteria(every, "not_met")]
    assert cid not in not_met and other in not_met
    assert len(star3.filter_criteria(every, "all")) == 81
    with pytest.raises(ValueError):
        star3.filter_criteria(every, "bogus")


def test_pledges_are_kept_and_the_latest_is_in_force(store, company):
    records = Star3Store(store)
    assert records.pledge(company.id) is None
    records.record_pledge(company.id, "佐藤 花子", dt.date(2025, 10, 1))
    records.record_pledge(company.id, "佐藤 花子", dt.date(2026, 10, 1))
    assert [p.date for p in records.pledges(company.id)] == [dt.date(2025, 10, 1), dt.date(2026, 10, 1)]
    assert records.pledge(company.id).date == dt.date(2026, 10, 1)
    kinds = [e.what for e in store.history(company.id)]
    assert kinds.count("scs.pledge") == 2


def test_reminders_for_old_pledge_old_confirmations_and_expired_evidence(store, model, company, monkeypatch):
    from desktop.storage import clock

    cid, _ = _criterion_with_items(model)
    today = dt.date(2027, 12, 1)
    assert actions.reminders(store, model, company.id, today) == []
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC))
    actions.confirm(store, model, company.id, [cid], by="田中")
    monkeypatch.undo()
    actions.record_pledge(store, company.id, "佐藤", dt.date(2026, 11, 1))
    Star3Store(store).add_evidence(company.id, cid, "保守契約", expires=dt.date(2027, 11, 30))
    kinds = {r.kind: r for r in actions.reminders(store, model, company.id, today)}
    assert set(kinds) == {"pledge_old", "confirmations_old", "evidence_expired"}
    assert kinds["evidence_expired"].criteria == (cid,)
    assert actions.reminders(store, model, company.id, dt.date(2027, 10, 1)) == []  # within the year, not expired
