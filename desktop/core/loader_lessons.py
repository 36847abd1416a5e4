"""Loading lessons: tracks.yaml, each lesson and its English file, and the quiz."""

from __future__ import annotations

import functools
from pathlib import Path

from desktop.core.content import DEFAULT_LANG, Lesson, LessonText, QuizQuestion, Track
from desktop.core.frontmatter import (
    SourceFile,
    find_key_line,
)
from desktop.core.loader_base import Line, LoaderBase, did_you_mean
from desktop.core.localized import Localized, entry_text
from desktop.core.vocab import AUDIENCES, LANGUAGES

LESSON_KEYS = {
    "id": True, "title": True, "summary": True, "minutes": True, "audience": True,
    "track": True, "order": True, "prerequisites": False, "items": False, "sources": False,
    "quiz": False,
}
LESSON_EN_KEYS = {"id", "title", "summary", "sources", "quiz", "minutes", "audience", "track",
                  "order", "prerequisites", "items"}
QUIZ_KEYS = {"question", "choices", "answer", "explanation"}
TRACK_KEYS = {"id": True, "title": True, "summary": True, "order": True, "title_en": False,
              "summary_en": False}


class LessonLoading(LoaderBase):
    # -- tracks ------------------------------------------------------------------------
    def load_tracks(self, path: Path) -> None:
        if not path.is_file():
            if (self.root / "lessons").is_dir() and not self.model.tracks:
                self.report(path, 1, "tracks.yaml is missing: lessons need tracks")
            return
        read = self.read_yaml(path, list, "tracks.yaml must be a list of tracks ('- id: ...')")
        if read is None:
            return
        text, data = read
        for index, entry in enumerate(data):
            line = functools.partial(find_key_line, text, "id", index)
            if not isinstance(entry, dict):
                self.report(path, line, f"track {index + 1} must be a set of 'key: value' lines")
                continue
            if not self.check_keys(path, entry, TRACK_KEYS, lambda key, i=index: find_key_line(text, key, i)):
                continue
            track_id = entry["id"]
            if not self.check_id(path, line, track_id, "track"):
                continue
            if track_id in self.model.tracks:
                self.report(path, line, f"duplicate track id '{track_id}'")
                continue
            if not isinstance(entry["order"], int):
                self.report(path, line, "track 'order' must be a whole number")
                continue
            self.model.tracks[track_id] = Track(
                id=track_id, order=entry["order"],
                title=entry_text(entry, "title"),
                summary=entry_text(entry, "summary"),
            )

    # -- schemes -----------------------------------------------------------------------
    def load_lessons(self, folder: Path) -> None:
        if not folder.is_dir():
            return
        pending: list[tuple[Lesson, SourceFile]] = []
        for path in sorted(folder.rglob("*.md")):
            if path.name.endswith(".ja.md"):
                loaded = self.load_lesson(path)
                if loaded is not None:
                    pending.append(loaded)
            elif path.name.endswith(".en.md"):
                self.report_orphan(path)
            elif not any(path.name.endswith(f".{lang}.md") for lang in LANGUAGES):
                self.report(path, 1, "lesson files are named <slug>.ja.md or <slug>.en.md")
        # Prerequisites can name any lesson, so they are checked once all have loaded.
        for lesson, source in pending:
            unknown = [p for p in lesson.prerequisites if p not in self.model.lessons]
            if unknown:
                self.report(source.path, source.line_of("prerequisites"), f"unknown prerequisite lesson(s): {', '.join(unknown)}")
                del self.model.lessons[lesson.id]

    def load_lesson(self, path: Path) -> tuple[Lesson, SourceFile] | None:
        source = self.read_markdown(path)
        if source is None:
            return None
        meta = source.meta
        if not self.check_keys(path, meta, LESSON_KEYS, source.line_of):
            return None
        if not self.check_markdown(source):
            return None
        lesson_id = meta["id"]
        if not self.check_id(path, source.line_of("id"), lesson_id, "lesson"):
            return None
        if lesson_id in self.model.lessons:
            other = self.rel(self.model.lessons[lesson_id].texts.ja.path)
            self.report(path, source.line_of("id"), f"duplicate lesson id '{lesson_id}' (also in {other})")
            return None
        ok = True
        for key in ("title", "summary"):
            if not isinstance(meta[key], str) or not meta[key].strip():
                self.report(path, source.line_of(key), f"'{key}' must be text")
                ok = False
        for key, low, high in (("minutes", 1, 60), ("order", -100000, 100000)):
            value = meta[key]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                self.report(path, source.line_of(key), f"'{key}' must be a whole number from {low} to {high}")
                ok = False
        if not isinstance(meta["track"], str) or meta["track"] not in self.model.tracks:
            self.report(path, source.line_of("track"), f"unknown track '{meta['track']}'{did_you_mean(str(meta['track']), self.model.tracks)}")
            ok = False
        audience = self.string_list(source, "audience")
        if audience is None:
            ok = False
        elif not audience:
            self.report(path, source.line_of("audience"), f"'audience' must list at least one of {', '.join(AUDIENCES)}")
            ok = False
        else:
            for value in audience:
                if value not in AUDIENCES:
                    self.report(path, source.line_of("audience"), f"unknown audience '{value}' (use {', '.join(AUDIENCES)})")
                    ok = False
        items = self.string_list(source, "items")
        if items is None:
            ok = False
        else:
            unknown = [i for i in items if i not in self.model.items]
            if unknown:
                hint = did_you_mean(unknown[0], self.model.items) if len(unknown) == 1 else ""
                self.report(path, source.line_of("items"), f"unknown checklist item(s): {', '.join(unknown)}{hint}")
                ok = False
        prerequisites = self.string_list(source, "prerequisites")
        sources = self.string_list(source, "sources")
        quiz = self.parse_quiz(source, expected=None)
        if prerequisites is None or sources is None or quiz is None or not ok:
            return None
        text = LessonText(DEFAULT_LANG, meta["title"].strip(), meta["summary"].strip(), source.body,
                          quiz, tuple(sources), path)
        lesson = Lesson(
            id=lesson_id, track=meta["track"], order=meta["order"], minutes=meta["minutes"],
            audience=tuple(audience or ()), prerequisites=tuple(prerequisites), items=tuple(items or ()),
            texts=Localized(text), pack_root=self.root,
        )
        english = path.with_name(path.name[: -len(".ja.md")] + ".en.md")
        if english.is_file():
            translated = self.load_translation(english, lesson)
            if translated is not None:
                lesson.texts = lesson.texts.with_translation(translated)
        self.model.lessons[lesson_id] = lesson
        return lesson, source

    def load_translation(self, path: Path, lesson: Lesson) -> LessonText | None:
        source = self.read_markdown(path)
        if source is None:
            return None
        meta = source.meta
        if not self.check_markdown(source):
            return None
        for key in meta:
            if key not in LESSON_EN_KEYS:
                self.report(path, source.line_of(str(key)), f"unknown key '{key}'{did_you_mean(str(key), LESSON_EN_KEYS)}")
                return None
        if meta.get("id") != lesson.id:
            self.report(path, source.line_of("id"), f"id '{meta.get('id')}' differs from the Japanese file's '{lesson.id}'")
            return None
        for key in ("track", "order", "items", "minutes"):
            if key in meta and meta[key] != getattr(lesson, key) and not (
                    key == "items" and isinstance(meta[key], list | None) and tuple(meta[key] or ()) == lesson.items):
                self.report(path, source.line_of(key), f"'{key}' differs from the Japanese file (structural keys come from the .ja.md file)")
                return None
        for key in ("title", "summary"):
            if not isinstance(meta.get(key), str) or not meta[key].strip():
                self.report(path, source.line_of(key), f"'{key}' must be text")
                return None
        sources = self.string_list(source, "sources")
        quiz = self.parse_quiz(source, expected=lesson.texts.ja.quiz)
        if sources is None or quiz is None:
            return None
        return LessonText("en", meta["title"].strip(), meta["summary"].strip(), source.body, quiz, tuple(sources), path)

    def parse_quiz(self, source: SourceFile, expected: tuple[QuizQuestion, ...] | None) -> tuple[QuizQuestion, ...] | None:
        path, raw = source.path, source.meta.get("quiz")
        if raw is None:
            if expected:
                self.report(path, 1, f"the quiz is missing; the Japanese file has {len(expected)} questions")
                return None
            return ()
        if not isinstance(raw, list):
            self.report(path, source.line_of("quiz"), "'quiz' must be a list of questions")
            return None
        if expected is not None and len(raw) != len(expected):
            self.report(path, source.line_of("quiz"), f"the quiz has {len(raw)} questions; the Japanese file has {len(expected)}")
            return None
        questions = []
        for index, entry in enumerate(raw):
            line: Line = functools.partial(source.line_of, "question", index)
            number = index + 1
            if not isinstance(entry, dict):
                self.report(path, line, f"quiz question {number} must be a set of 'key: value' lines")
                return None
            unknown = [k for k in entry if k not in QUIZ_KEYS]
            if unknown:
                earlier = sum(1 for e in raw[:index] if isinstance(e, dict) and unknown[0] in e)
                line = source.line_of(str(unknown[0]), earlier)
                self.report(path, line, f"quiz question {number}: unknown key '{unknown[0]}'{did_you_mean(str(unknown[0]), QUIZ_KEYS)}")
                return None
            missing = [k for k in ("question", "choices", "answer", "explanation") if k not in entry]
            if missing:
                self.report(path, line, f"quiz question {number}: missing {', '.join(missing)}")
                return None
            choices = entry["choices"]
            if not isinstance(choices, list) or not 2 <= len(choices) <= 6 or not all(isinstance(c, str | int | float) and str(c).strip() for c in choices):
                self.report(path, source.line_of("choices", index), f"quiz question {number}: 'choices' must list 2 to 6 answers")
                return None
            answer = entry["answer"]
            if not isinstance(answer, int) or isinstance(answer, bool) or not 1 <= answer <= len(choices):
                self.report(path, source.line_of("answer", index), f"quiz question {number}: 'answer' must be a number from 1 to {len(choices)} (the correct choice)")
                return None
            if expected is not None and (answer != expected[index].answer or len(choices) != len(expected[index].choices)):
                self.report(path, source.line_of("answer", index), f"quiz question {number}: the answer or the number of choices differs from the Japanese file")
                return None
            if not isinstance(entry["question"], str) or not isinstance(entry["explanation"], str):
                self.report(path, line, f"quiz question {number}: 'question' and 'explanation' must be text")
                return None
            questions.append(QuizQuestion(entry["question"].strip(), tuple(str(c).strip() for c in choices), answer, entry["explanation"].strip()))
        return tuple(questions)

    # -- shared checks -------------------------------------------------------------------
