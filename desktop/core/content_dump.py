"""The content model as plain data (for `mamori content dump --json`)."""

from __future__ import annotations

from typing import Any

from desktop.core.content import ContentModel, Lesson
from desktop.core.localized import plain_data
from desktop.core.render import render_markdown


def _lesson(lesson: Lesson, lang: str) -> dict[str, Any]:
    text = lesson.texts.get(lang)
    return {
        "id": lesson.id,
        "lang": lang,
        "title": text.title,
        "summary": text.summary,
        "track": lesson.track,
        "order": lesson.order,
        "minutes": lesson.minutes,
        "audience": list(lesson.audience),
        "prerequisites": list(lesson.prerequisites),
        "items": list(lesson.items),
        "sources": list(text.sources),
        "html": render_markdown(text.body, base_dir=text.path.parent, pack_root=lesson.pack_root).html,
        "quiz": [
            {"question": q.question, "choices": list(q.choices), "answer": q.answer, "explanation": q.explanation}
            for q in text.quiz
        ],
    }


def _ordered_lessons(model: ContentModel) -> list[Lesson]:
    """Every lesson: those of the model's tracks in reading order, then those on a track the
    model does not hold (a pack's lessons on the bundled tracks), by track and order."""
    listed = [lesson for track in model.ordered_tracks() for lesson in model.lessons_in_track(track.id)]
    others = sorted((lesson for lesson in model.lessons.values() if lesson.track not in model.tracks),
                    key=lambda lesson: (lesson.track, lesson.order, lesson.id))
    return listed + others


def model_to_dict(model: ContentModel) -> dict[str, Any]:
    """Everything that loaded, as JSON-ready data with rendered lesson HTML."""
    lessons = [_lesson(lesson, lang) for lesson in _ordered_lessons(model) for lang in lesson.texts.languages]
    return {
        "tracks": [
            {"id": t.id, "title": t.title.ja, "title_en": t.title.en or "", "order": t.order} for t in model.ordered_tracks()
        ],
        "lessons": lessons,
        "checklists": [
            {"id": c.id, "title": c.title.ja, "summary": c.summary.ja, "order": c.order, "items": list(c.item_ids)}
            for c in model.ordered_checklists()
        ],
        "items": [
            {
                "id": item.id,
                "checklist": item.checklist,
                "title": item.text().title,
                "evidence": item.text().evidence,
                "maps": list(item.maps),
                "lessons": [lesson.id for lesson in model.lessons_for_item(item.id)],
            }
            for checklist in model.ordered_checklists()
            for item in (model.items[i] for i in checklist.item_ids)
        ],
        "schemes": [
            {
                "id": scheme.id,
                "title": scheme.title.ja,
                "title_en": scheme.title.en or "",
                "version": scheme.version.ja,
                "source": scheme.source,
                "requirements": [
                    {"id": r.id, "title": r.title.ja, "title_en": r.title.en or "", **_plain(r.attrs)}
                    for r in scheme.requirements.values()
                ],
            }
            for scheme in model.schemes.values()
        ],
    }


def _plain(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in plain_data(attrs).items()}
