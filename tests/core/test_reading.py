"""学ぶ in the order of the targets: the lessons to read first, their tracks on top."""

from __future__ import annotations

from desktop.core.reading import suggested_reading
from desktop.core.targets import FIRST_LESSONS, scope_items


def test_without_targets_the_content_order_stays_and_nothing_is_suggested(bundled):
    model = bundled.model
    reading = suggested_reading(model, [])
    assert list(reading.tracks) == model.ordered_tracks()
    assert reading.first == () and not reading.first_tracks and not reading.relevant


def test_the_tracks_of_the_lessons_to_read_first_come_first_in_their_order(bundled):
    model = bundled.model
    reading = suggested_reading(model, ["scs4"])
    first = [lid for lid in FIRST_LESSONS["scs4"] if lid in model.lessons]
    assert reading.first == tuple(first)
    tracks_first = list(dict.fromkeys(model.lessons[lid].track for lid in first))
    assert [t.id for t in reading.tracks[:len(tracks_first)]] == tracks_first
    assert reading.first_tracks == set(tracks_first)
    assert sorted(t.id for t in reading.tracks) == sorted(model.tracks)  # nothing lost


def test_tracks_that_prepare_for_the_targets_come_before_the_others(bundled):
    model = bundled.model
    reading = suggested_reading(model, ["sa1"])
    scope = scope_items(model, ["sa1"])
    assert reading.relevant == {lid for lid, lesson in model.lessons.items() if scope & set(lesson.items)}
    ranks = []
    for track in reading.tracks:
        lessons = {lesson.id for lesson in model.lessons_in_track(track.id)}
        ranks.append(0 if track.id in reading.first_tracks else 1 if lessons & reading.relevant else 2)
    assert ranks == sorted(ranks) and ranks[0] == 0


def test_inside_a_track_the_lessons_to_read_first_lead_unless_they_build_on_another(bundled):
    model = bundled.model
    reading = suggested_reading(model, ["scs4", "sa2"])
    for track in model.tracks.values():
        own = [lesson.id for lesson in model.lessons_in_track(track.id)]
        shown = list(reading.lessons[track.id])
        assert sorted(shown) == sorted(own)  # nothing lost or added
        front = [lid for lid in reading.first if lid in own]
        needs = {need for lid in front for need in model.lessons[lid].prerequisites if need in own}
        assert shown == (own if needs else front + [lid for lid in own if lid not in front]), track.id
    top = reading.tracks[0].id
    assert reading.lessons[top][0] == reading.first[0]  # the first lesson to read is at the very top


def test_a_lesson_that_builds_on_an_earlier_one_keeps_the_track_order(bundled):
    model = bundled.model
    reading = suggested_reading(model, ["scs4"])
    top = reading.tracks[0].id
    lesson = model.lessons[reading.first[0]]
    own = [entry.id for entry in model.lessons_in_track(top)]
    earlier = next(lid for lid in own if lid != lesson.id)
    saved = lesson.prerequisites
    lesson.prerequisites = (earlier,)
    try:
        assert list(suggested_reading(model, ["scs4"]).lessons[top]) == own
    finally:
        lesson.prerequisites = saved
