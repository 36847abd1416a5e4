"""The order of the 学ぶ screen for a company's targets (no Qt, no SQL).

The guide names the lessons to read first for each target (targets.FIRST_LESSONS). Those
lessons are marked 「おすすめ」 and their tracks come first, in the order of the lessons;
then the tracks with lessons that prepare for items of the targets; then the rest. Inside
a track the lessons to read first come first, unless they build on a lesson of the same
track (a prerequisite), which then keeps them in the track's own order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core import targets as goals
from desktop.core.content import ContentModel, Track


@dataclass(frozen=True)
class Reading:
    tracks: tuple[Track, ...]  # in the order to show
    first: tuple[str, ...]  # lesson ids to read first, best first
    first_tracks: frozenset[str]  # tracks holding a lesson to read first
    relevant: frozenset[str]  # lessons that prepare for an item of the targets
    lessons: dict[str, tuple[str, ...]]  # track id -> its lesson ids in the order to show


def suggested_reading(model: ContentModel, keys: Iterable[str]) -> Reading:
    """Tracks and lessons ordered for the targets KEYS (the content's own order without)."""
    keys = goals.clean_targets(keys)
    first: list[str] = []
    for key in keys:
        first.extend(lid for lid in goals.FIRST_LESSONS[key] if lid in model.lessons and lid not in first)
    scope = goals.scope_items(model, keys) if keys else set()
    relevant = frozenset(lid for lid, lesson in model.lessons.items() if scope & set(lesson.items))
    tracks = model.ordered_tracks()
    rank_first: dict[str, int] = {}
    for index, lid in enumerate(first):
        rank_first.setdefault(model.lessons[lid].track, index)

    def rank(track: Track) -> tuple[int, int]:
        if track.id in rank_first:
            return (0, rank_first[track.id])
        if any(lesson.id in relevant for lesson in model.lessons_in_track(track.id)):
            return (1, 0)
        return (2, 0)

    ordered = sorted(tracks, key=lambda t: (rank(t), tracks.index(t)))
    return Reading(tuple(ordered), tuple(first), frozenset(rank_first), relevant,
                   {t.id: _lesson_order(model, t.id, first) for t in tracks})


def _lesson_order(model: ContentModel, track_id: str, first: list[str]) -> tuple[str, ...]:
    """A track's lessons with its lessons to read first moved to the front (in FIRST's
    order) when none of them needs an earlier lesson of the track."""
    own = [lesson.id for lesson in model.lessons_in_track(track_id)]
    front = [lid for lid in first if lid in own]
    if any(need in own for lid in front for need in model.lessons[lid].prerequisites):
        return tuple(own)
    return tuple(front + [lid for lid in own if lid not in front])
