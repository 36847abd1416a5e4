"""ProgressStore: what each action stores, what it refuses, and the history it writes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.core import vocab
from desktop.storage import clock
from desktop.storage.progress import AmbiguousProfile, ItemState


def test_create_profile_stores_every_field(store, fake_clock):
    profile = store.create_profile(
        "  見本製作所 ", industry="製造業", employees=25, scope="本社", requested=["scs3", "sa1"]
    )
    assert profile.name == "見本製作所"
    assert profile.requested == ("sa1", "scs3")  # vocabulary order, whatever the input order
    assert profile.created_at == profile.updated_at == fake_clock.moment
    assert store.get_profile(profile.id) == profile
    assert store.list_profiles() == [profile]


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_blank_company_name_is_refused(store, name):
    with pytest.raises(ValueError, match="name is required"):
        store.create_profile(name)
    assert store.list_profiles() == []


@pytest.mark.parametrize("name", ["A\nB", "x" * 201, "A\ud800", None, 5])
def test_unusable_names_are_refused(store, name):
    with pytest.raises(ValueError):
        store.create_profile(name)


@pytest.mark.parametrize(
    "fields",
    [
        {"employees": -1},
        {"employees": True},
        {"employees": "12"},
        {"requested": ["scs5"]},
        {"requested": "sa1"},
        {"industry": None},
        {"scope": "\ud800"},
        {"industry": "x" * 10_001},
    ],
)
def test_invalid_profile_fields_are_refused(store, fields):
    with pytest.raises(ValueError):
        store.create_profile("A社", **fields)


def test_requests_come_from_the_vocabulary(store):
    profile = store.create_profile("A社", requested=vocab.REQUESTS)
    assert profile.requested == vocab.REQUESTS


def test_get_profile_of_unknown_id_raises_key_error(store):
    with pytest.raises(KeyError):
        store.get_profile("no-such-id")


def test_find_profile_by_id_or_name(store):
    first = store.create_profile("Alpha Co")
    store.create_profile("Beta Co")
    assert store.find_profile(first.id) == first
    assert store.find_profile(" alpha co ") == first
    assert store.find_profile("Gamma") is None


def test_find_profile_refuses_to_guess_between_same_names(store):
    store.create_profile("Same")
    store.create_profile("Same")
    with pytest.raises(AmbiguousProfile, match="use an id"):
        store.find_profile("Same")


def test_update_profile_changes_only_given_fields_and_logs_them(store, fake_clock):
    profile = store.create_profile("A社", industry="小売")
    fake_clock.advance(minutes=5)
    updated = store.update_profile(profile.id, employees=7, industry="小売")
    assert (updated.employees, updated.industry, updated.name) == (7, "小売", "A社")
    assert updated.updated_at == fake_clock.moment
    newest = store.history(profile.id)[0]
    assert (newest.what, newest.key, newest.old, newest.new) == ("profile", "employees", None, "7")
    assert len(store.history(profile.id)) == 3  # name, industry at creation; employees now


def test_update_profile_rejects_unknown_fields(store):
    profile = store.create_profile("A社")
    with pytest.raises(TypeError, match="colour"):
        store.update_profile(profile.id, colour="red")


def test_learners_are_added_renamed_and_removed(store):
    profile = store.create_profile("A社")
    sato = store.add_learner(profile.id, "佐藤")
    suzuki = store.add_learner(profile.id, "鈴木")
    assert store.list_learners(profile.id) == [sato, suzuki]
    assert store.rename_learner(sato.id, "佐藤 花子").name == "佐藤 花子"
    store.remove_learner(suzuki.id)
    assert [learner.name for learner in store.list_learners(profile.id)] == ["佐藤 花子"]
    with pytest.raises(KeyError):
        store.rename_learner(suzuki.id, "x")


def test_lessons_record_completion_and_latest_quiz_result(store, fake_clock):
    profile = store.create_profile("A社")
    learner = store.add_learner(profile.id, "佐藤")
    idle = store.add_learner(profile.id, "鈴木")
    store.record_lesson(learner.id, "hajime-update", quiz_score=2, quiz_total=5)
    fake_clock.advance(days=1)
    store.record_lesson(learner.id, "hajime-update", quiz_score=5, quiz_total=5)
    store.record_lesson(learner.id, "hajime-password")
    results = store.lesson_results(profile.id)
    assert results[idle.id] == {}
    update = results[learner.id]["hajime-update"]
    assert (update.quiz_score, update.quiz_total, update.completed_at) == (5, 5, fake_clock.moment)
    assert results[learner.id]["hajime-password"].quiz_total is None
    entry = store.history(profile.id)[1]
    assert (entry.what, entry.old, entry.new, entry.by_name) == ("lesson", "2/5", "5/5", "佐藤")


@pytest.mark.parametrize("score,total", [(6, 5), (1, None), (-1, 3), (0, 0), (True, 1)])
def test_impossible_quiz_results_are_refused(store, score, total):
    learner = store.add_learner(store.create_profile("A社").id, "佐藤")
    with pytest.raises(ValueError):
        store.record_lesson(learner.id, "hajime-update", quiz_score=score, quiz_total=total)


def test_removing_a_learner_keeps_who_did_what(store):
    profile = store.create_profile("A社")
    learner = store.add_learner(profile.id, "佐藤")
    store.set_item_status(profile.id, "upd-auto-os", "done", by=learner.id)
    store.remove_learner(learner.id)
    entry = next(e for e in store.history(profile.id) if e.what == "item.status")
    assert (entry.by, entry.by_name) == (learner.id, "佐藤")


@pytest.mark.parametrize("status", vocab.ITEM_STATUSES)
def test_every_status_can_be_stored(store, status):
    profile = store.create_profile("A社")
    reason = "来客用Wi-Fiなし" if status == "na" else None
    state = store.set_item_status(profile.id, "wifi-guest", status, reason=reason)
    assert store.item_states(profile.id) == {"wifi-guest": state}
    assert state.status == status and state.reason == reason


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_not_applicable_needs_a_reason(store, reason):
    profile = store.create_profile("A社")
    with pytest.raises(ValueError, match="needs a reason"):
        store.set_item_status(profile.id, "wifi-guest", "na", reason=reason)
    assert store.item_states(profile.id) == {}


def test_a_reason_belongs_only_to_not_applicable(store):
    profile = store.create_profile("A社")
    with pytest.raises(ValueError, match="only 'na'"):
        store.set_item_status(profile.id, "wifi-guest", "done", reason="because")
    store.set_item_status(profile.id, "wifi-guest", "na", reason="no Wi-Fi")
    state = store.set_item_status(profile.id, "wifi-guest", "done", reason="")
    assert state.reason is None


@pytest.mark.parametrize("status", ["Done", "yes", None, 1])
def test_unknown_status_is_refused(store, status):
    profile = store.create_profile("A社")
    with pytest.raises(ValueError):
        store.set_item_status(profile.id, "wifi-guest", status)


def test_status_of_unknown_company_raises_key_error(store):
    with pytest.raises(KeyError):
        store.set_item_status("no-such-id", "wifi-guest", "done")


def test_by_must_be_a_learner_of_the_same_company(store):
    one, other = store.create_profile("A社"), store.create_profile("B社")
    stranger = store.add_learner(other.id, "他社の人")
    with pytest.raises(ValueError, match="not a learner"):
        store.set_item_status(one.id, "wifi-guest", "done", by=stranger.id)


def test_update_item_changes_only_given_fields(store, fake_clock):
    profile = store.create_profile("A社")
    store.set_item_status(profile.id, "backup-offsite", "partial")
    fake_clock.advance(hours=1)
    state = store.update_item(
        profile.id, "backup-offsite", note="NASのみ", owner="総務 田中", due=date(2027, 3, 31)
    )
    state = store.update_item(profile.id, "backup-offsite", evidence="手順書 v2")
    assert state == ItemState(
        "backup-offsite",
        "partial",
        None,
        "NASのみ",
        "総務 田中",
        date(2027, 3, 31),
        "手順書 v2",
        fake_clock.moment,
    )
    assert store.item_states(profile.id)["backup-offsite"] == state
    state = store.update_item(profile.id, "backup-offsite", due=None)
    assert state.due is None and state.note == "NASのみ"


def test_update_item_on_an_untouched_item_starts_it_unanswered(store):
    profile = store.create_profile("A社")
    state = store.update_item(profile.id, "backup-offsite", owner="田中")
    assert (state.status, state.owner) == ("unanswered", "田中")


def test_update_item_without_changes_writes_nothing(store):
    profile = store.create_profile("A社")
    store.update_item(profile.id, "backup-offsite", note="x")
    before = store.history(profile.id)
    store.update_item(profile.id, "backup-offsite", note="x")
    assert store.history(profile.id) == before


@pytest.mark.parametrize("due", ["2027-03-31", datetime(2027, 3, 31, tzinfo=UTC), 20270331])
def test_due_must_be_a_date(store, due):
    profile = store.create_profile("A社")
    with pytest.raises(ValueError, match="not a date"):
        store.update_item(profile.id, "backup-offsite", due=due)


@pytest.mark.parametrize("item_id", ["Upd", "1abc", "a" * 65, "a b", ""])
def test_item_ids_follow_the_content_rules(store, item_id):
    profile = store.create_profile("A社")
    with pytest.raises(ValueError, match="item id"):
        store.set_item_status(profile.id, item_id, "done")


def test_selfcheck_answers_are_set_changed_and_cleared(store):
    profile = store.create_profile("A社")
    store.set_answer(profile.id, 1, "yes")
    store.set_answer(profile.id, 25, "unknown")
    store.set_answer(profile.id, 1, "partial")
    store.set_answer(profile.id, 25, None)
    assert store.answers(profile.id) == {1: "partial"}
    changes = [
        (e.key, e.old, e.new) for e in reversed(store.history(profile.id)) if e.what == "answer"
    ]
    assert changes == [
        ("1", None, "yes"),
        ("25", None, "unknown"),
        ("1", "yes", "partial"),
        ("25", "unknown", None),
    ]


@pytest.mark.parametrize("question,answer", [(0, "yes"), (26, "yes"), ("1", "yes"), (1, "maybe")])
def test_invalid_answers_are_refused(store, question, answer):
    profile = store.create_profile("A社")
    with pytest.raises(ValueError):
        store.set_answer(profile.id, question, answer)


def test_every_change_is_in_the_history_newest_first(store, fake_clock):
    profile = store.create_profile("A社")
    learner = store.add_learner(profile.id, "佐藤")
    fake_clock.advance(seconds=1)
    store.set_item_status(profile.id, "wifi-guest", "na", reason="なし", by=learner.id)
    entries = store.history(profile.id)
    assert [(e.what, e.key, e.old, e.new) for e in entries[:2]] == [
        ("item.reason", "wifi-guest", None, "なし"),
        ("item.status", "wifi-guest", None, "na"),
    ]
    assert entries[0].at == fake_clock.moment
    assert entries[0].by == learner.id
    assert len(store.history(profile.id, limit=1)) == 1


def test_history_cannot_be_rewritten(store):
    profile = store.create_profile("A社")
    with pytest.raises(Exception, match="append-only"):
        store.db.execute("UPDATE history SET new = 'forged'")
    with pytest.raises(Exception, match="append-only"):
        store.db.execute("DELETE FROM history")
    assert len(store.history(profile.id)) == 1


def test_status_trend_counts_done_items_per_day(store, fake_clock):
    profile = store.create_profile("A社")
    store.set_item_status(profile.id, "a-one", "done")
    store.set_item_status(profile.id, "a-two", "partial")
    fake_clock.advance(days=1)
    store.set_item_status(profile.id, "a-two", "done")
    store.set_item_status(profile.id, "a-three", "done")
    fake_clock.advance(days=2)
    store.set_item_status(profile.id, "a-one", "not_done")
    assert store.status_trend(profile.id, tz=UTC) == [
        (date(2026, 11, 25), 1),
        (date(2026, 11, 26), 3),
        (date(2026, 11, 28), 2),
    ]


def test_last_reviewed_is_the_latest_change_or_confirmation(store, fake_clock):
    profile = store.create_profile("A社")
    assert store.last_reviewed(profile.id, "wifi-guest") is None
    store.set_item_status(profile.id, "wifi-guest", "done")
    confirmed = fake_clock.advance(days=30)
    store.set_item_status(profile.id, "wifi-guest", "done")  # unchanged, but looked at
    fake_clock.advance(days=1)
    store.set_item_status(profile.id, "other-item", "done")
    assert store.last_reviewed(profile.id, "wifi-guest") == confirmed


def test_timestamps_are_utc_with_milliseconds(store, fake_clock):
    profile = store.create_profile("A社")
    stored = store.db.execute("SELECT created_at FROM profiles").fetchone()[0]
    assert stored == "2026-11-25T09:00:00.123+00:00"
    assert clock.stamp(profile.created_at) == stored


def test_item_state_reads_one_item_as_item_states_does(store):
    company = store.create_profile("株式会社ひとつ")
    other = store.create_profile("株式会社ふたつ")
    store.set_item_status(company.id, "acct-leaver", "partial")
    store.update_item(company.id, "acct-leaver", owner="山田")
    store.set_item_status(other.id, "acct-leaver", "done")
    assert store.item_state(company.id, "acct-leaver") == store.item_states(company.id)["acct-leaver"]
    assert store.item_state(company.id, "acct-leaver").owner == "山田"
    assert store.item_state(company.id, "never-touched") is None


def test_real_clock_never_repeats_a_millisecond():
    from desktop.storage import clock

    stamps = [clock.stamp() for _ in range(2000)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
