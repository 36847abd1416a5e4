"""The guide's answers, targets and next-review date per company, and where a status came from."""

from __future__ import annotations

from datetime import date

import pytest


def test_guide_is_none_until_saved_then_kept_with_its_history(store, fake_clock):
    profile = store.create_profile("見本製作所")
    assert store.guide(profile.id) is None
    answers = {"asked": ["unsure", "scs3"], "facts": {"iot": "no", "confidential": "yes"}}
    saved = store.set_guide(profile.id, answers, ["scs4", "scs3"])
    assert saved.targets == ("scs3", "scs4")  # target order, whatever the input order
    assert saved.answers == {"asked": ["scs3", "unsure"], "facts": {"confidential": "yes", "iot": "no"}}
    assert saved.next_review is None and saved.updated_at == fake_clock.moment
    assert store.guide(profile.id) == saved
    rows = {(e.what, e.key): (e.old, e.new) for e in store.history(profile.id) if e.what == "guide"}
    assert rows[("guide", "targets")] == (None, "scs3,scs4")
    assert '"confidential": "yes"' in rows[("guide", "answers")][1]


def test_changing_only_the_targets_logs_only_the_targets(store, fake_clock):
    profile = store.create_profile("見本製作所")
    answers = {"asked": ["sa1"], "facts": {}}
    store.set_guide(profile.id, answers, ["sa1"])
    fake_clock.advance(minutes=1)
    store.set_guide(profile.id, answers, ["sa1", "privacy"])
    latest = [e for e in store.history(profile.id) if e.at == fake_clock.moment]
    assert [(e.key, e.old, e.new) for e in latest] == [("targets", "sa1", "sa1,privacy")]


@pytest.mark.parametrize(
    ("answers", "targets", "message"),
    [
        ({"asked": ["scs5"], "facts": {}}, ["sa1"], "asked"),
        ({"asked": [], "facts": {"iot": "maybe"}}, ["sa1"], "facts.iot"),
        ({"asked": [], "facts": {}, "more": 1}, ["sa1"], "'more'"),
        ({"asked": [], "facts": {}}, ["scs5"], "'scs5'"),
        ({"asked": [], "facts": {}}, "sa1", "not a list"),
    ],
)
def test_bad_guide_values_are_refused_and_nothing_is_stored(store, answers, targets, message):
    profile = store.create_profile("見本製作所")
    with pytest.raises(ValueError, match=message):
        store.set_guide(profile.id, answers, targets)
    assert store.guide(profile.id) is None
    assert [e.what for e in store.history(profile.id)] == ["profile"]


def test_next_review_is_set_and_cleared_without_touching_the_targets(store, fake_clock):
    profile = store.create_profile("見本製作所")
    store.set_guide(profile.id, {"asked": ["sa2"], "facts": {}}, ["sa2"])
    assert store.set_next_review(profile.id, date(2027, 5, 1)).next_review == date(2027, 5, 1)
    assert store.guide(profile.id).targets == ("sa2",)
    assert store.set_next_review(profile.id, None).next_review is None
    rows = [(e.old, e.new) for e in store.history(profile.id) if e.key == "next_review"]
    assert sorted(rows, key=str) == sorted([(None, "2027-05-01"), ("2027-05-01", None)], key=str)
    with pytest.raises(ValueError):
        store.set_next_review(profile.id, "2027-05-01")


def test_next_review_can_be_set_before_the_guide_is_answered(store):
    profile = store.create_profile("見本製作所")
    guide = store.set_next_review(profile.id, date(2027, 1, 10))
    assert guide.targets == () and guide.answers == {}


def test_last_selfcheck_is_the_latest_answer(store, fake_clock):
    profile = store.create_profile("見本製作所")
    assert store.last_selfcheck(profile.id) is None
    store.set_answer(profile.id, 1, "yes")
    fake_clock.advance(days=2)
    store.set_answer(profile.id, 2, "no")
    assert store.last_selfcheck(profile.id) == fake_clock.moment


def test_a_taken_over_status_records_where_it_came_from(store, fake_clock):
    profile = store.create_profile("見本製作所")
    store.set_item_status(profile.id, "basic-update-auto", "done", source="selfcheck:1")
    entries = {e.what: e for e in store.history(profile.id) if e.key == "basic-update-auto"}
    assert entries["item.status"].new == "done"
    assert entries["item.source"].new == "selfcheck:1"
    with pytest.raises(ValueError, match="not a source"):
        store.set_item_status(profile.id, "basic-update-auto", "done", source="selfcheck:26")


def test_the_guide_goes_with_its_company(store):
    profile = store.create_profile("見本製作所")
    store.set_guide(profile.id, {"asked": [], "facts": {}}, ["sa1"])
    store.delete_profile(profile.id)
    assert store.db.execute("SELECT COUNT(*) FROM company_guide").fetchone() == (0,)


def test_the_source_belongs_to_the_latest_status_only(store, fake_clock):
    profile = store.create_profile("見本製作所")
    assert store.status_source(profile.id, "basic-update-auto") is None
    store.set_item_status(profile.id, "basic-update-auto", "done", source="selfcheck:1")
    assert store.status_source(profile.id, "basic-update-auto") == "selfcheck:1"
    assert store.status_source(profile.id, "basic-av-installed") is None  # another item
    store.update_item(profile.id, "basic-update-auto", note="確認済み")  # details keep the source
    assert store.status_source(profile.id, "basic-update-auto") == "selfcheck:1"
    store.set_item_status(profile.id, "basic-update-auto", "partial")  # set by hand
    assert store.status_source(profile.id, "basic-update-auto") is None
    store.set_item_status(profile.id, "basic-update-auto", "done", source="selfcheck:1")
    before = store.item_state(profile.id, "basic-update-auto")
    store.set_item_status(profile.id, "basic-update-auto", "not_done")
    store.restore_item(profile.id, "basic-update-auto", before)  # an undo is set by hand too
    assert store.status_source(profile.id, "basic-update-auto") is None
