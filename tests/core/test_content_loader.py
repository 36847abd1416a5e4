"""The loader: the whole content model plus a `path:line: message` problem per mistake.

Every test starts from the valid base pack in tests/support/content_packs.py and changes one file, so each
problem asserted here can only come from that change.
"""

from __future__ import annotations

import pytest

from desktop.core.frontmatter import MAX_FILE_BYTES
from tests.support.content_packs import CHECKLIST, LESSON, SCHEME, TRACKS, line_of, messages

LESSON_PATH = "lessons/basics/first.ja.md"
CHECKLIST_PATH = "checklists/basics.ja.md"


def only_problem(result, path: str):
    """The single problem of the result, which must be in `pack/<path>`."""
    assert len(result.problems) == 1, messages(result)
    problem = result.problems[0]
    assert problem.path == f"pack/{path}", messages(result)
    return problem


def problems_in(result, path: str) -> list:
    return [p for p in result.problems if p.path == f"pack/{path}"]


# -- the whole model --------------------------------------------------------------------


def test_valid_pack_loads_every_part_of_the_model(load_pack):
    result = load_pack()

    assert result.ok, messages(result)
    model = result.model
    assert list(model.schemes) == ["demo"]
    assert list(model.schemes["demo"].requirements) == ["1", "2", "3"]
    assert list(model.tracks) == ["basics"]
    assert list(model.checklists) == ["basics"]
    assert model.checklists["basics"].item_ids == ("demo-a", "demo-b")
    assert model.items["demo-a"].maps == ("demo:1",)
    assert model.items["demo-b"].text().evidence == "バックアップの記録"
    lesson = model.lessons["first"]
    assert (lesson.track, lesson.order, lesson.minutes) == ("basics", 1, 5)
    assert lesson.items == ("demo-a",)
    text = lesson.text("ja")
    assert text.title == "はじめてのレッスン"
    assert text.sources == ("IPA「情報セキュリティ5か条」",)
    assert [q.answer for q in text.quiz] == [1]
    assert text.quiz[0].choices == ("その日に入れる", "無視する")
    assert "## なぜ大事か" in text.body


def test_problem_prints_as_path_line_message(load_pack):
    result = load_pack({LESSON_PATH: LESSON.replace("track: basics", "track: nowhere")})

    problem = only_problem(result, LESSON_PATH)
    assert str(problem) == f"pack/{LESSON_PATH}:{line_of(LESSON, 'track:')}: {problem.message}"
    assert "unknown track 'nowhere'" in problem.message


def test_english_lesson_is_loaded_beside_the_japanese_one(load_pack):
    english = """\
---
id: first
title: First lesson
summary: You can install updates.
quiz:
  - question: An update arrives?
    choices: [Install it today, Ignore it]
    answer: 1
    explanation: Updates close weaknesses.
---

## Why it matters
"""
    result = load_pack({"lessons/basics/first.en.md": english})

    assert result.ok, messages(result)
    lesson = result.model.lessons["first"]
    assert lesson.text("en").title == "First lesson"
    assert lesson.text("en").quiz[0].choices == ("Install it today", "Ignore it")
    assert lesson.text("ja").title == "はじめてのレッスン"


# -- bad YAML ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "bad_line", "expected"),
    [
        ("title: はじめてのレッスン", "title: はじめて: レッスン", "title:", "mapping values are not allowed"),
        ("audience: [staff]", "audience: [staff", "audience:", "did not find expected ','"),
        ("audience: [staff]", "audience:\n\t- staff", "\t- staff", "cannot start any token"),
        ("order: 1", "order: 1\nitems [demo-a]", "items [demo-a]", "could not find expected ':'"),
    ],
)
def test_bad_yaml_in_front_matter_names_the_line(load_pack, old, new, bad_line, expected):
    text = LESSON.replace(old, new)

    problem = only_problem(load_pack({LESSON_PATH: text}), LESSON_PATH)

    assert problem.message.startswith("YAML error")
    assert expected in problem.message
    # The parser may notice the mistake on the line after it, never before or far after.
    assert line_of(text, bad_line) <= problem.line <= line_of(text, bad_line) + 1


def test_bad_yaml_in_tracks_file_is_reported_and_lessons_wait_for_it(load_pack):
    tracks = TRACKS.replace("  order: 1", "  order: [1")

    result = load_pack({"tracks.yaml": tracks})

    bad = problems_in(result, "tracks.yaml")
    assert len(bad) == 1 and bad[0].message.startswith("YAML error")
    # Without tracks the lesson's track is unknown: reported, not loaded.
    assert "unknown track 'basics'" in problems_in(result, LESSON_PATH)[0].message
    assert result.model.lessons == {}
    assert list(result.model.items) == ["demo-a", "demo-b"]


def test_front_matter_must_be_opened_and_closed(load_pack):
    not_opened = LESSON.split("---\n", 1)[1]
    not_closed = LESSON.replace("---\n\n## なぜ", "\n## なぜ")

    first = only_problem(load_pack({LESSON_PATH: not_opened}), LESSON_PATH)
    second = only_problem(load_pack({LESSON_PATH: not_closed}), LESSON_PATH)

    assert (first.line, "must start with a line '---'" in first.message) == (1, True)
    assert "not closed" in second.message


# -- missing and duplicate ids ------------------------------------------------------------


def test_lesson_without_id_is_reported_and_skipped(load_pack):
    result = load_pack({LESSON_PATH: LESSON.replace("id: first\n", "")})

    problem = only_problem(result, LESSON_PATH)
    assert problem.message == "missing 'id'"
    assert problem.line >= 1
    assert result.model.lessons == {}


def test_item_heading_without_id_is_reported_at_the_heading(load_pack):
    checklist = CHECKLIST.replace("## 更新を入れる {#demo-a}", "## 更新を入れる")

    result = load_pack({CHECKLIST_PATH: checklist})

    bad = problems_in(result, CHECKLIST_PATH)
    assert len(bad) == 1
    assert bad[0].line == line_of(checklist, "## 更新を入れる")
    assert "needs an id" in bad[0].message
    assert result.model.checklists == {}


@pytest.mark.parametrize("bad_id", ["First", "1st", "first_lesson", "a" * 65, "はじめ"])
def test_ids_must_be_lowercase_ascii(load_pack, bad_id):
    result = load_pack({LESSON_PATH: LESSON.replace("id: first", f"id: {bad_id}")})

    problem = only_problem(result, LESSON_PATH)
    assert problem.line == line_of(LESSON, "id: first")
    assert f"lesson id '{bad_id}' must be lowercase" in problem.message


def test_duplicate_lesson_id_in_another_track_folder(load_pack):
    result = load_pack({"lessons/other/copy.ja.md": LESSON})

    problem = only_problem(result, "lessons/other/copy.ja.md")
    assert problem.line == line_of(LESSON, "id: first")
    assert "duplicate lesson id 'first'" in problem.message
    assert f"pack/{LESSON_PATH}" in problem.message
    assert result.model.lessons["first"].text().path.name == "first.ja.md"


def test_duplicate_checklist_id(load_pack):
    other = CHECKLIST.replace("{#demo-a}", "{#other-a}").replace("{#demo-b}", "{#other-b}")

    result = load_pack({"checklists/copy.ja.md": other})

    problem = only_problem(result, "checklists/copy.ja.md")
    assert "duplicate checklist id 'basics'" in problem.message
    assert problem.line == line_of(other, "id: basics")
    assert "other-a" not in result.model.items


def test_duplicate_item_id_across_checklist_files(load_pack):
    more = """\
---
id: more
title: もっと
order: 2
---

## 新しい項目 {#more-a}
evidence: 記録
maps: demo:3

説明。

## 同じidの項目 {#demo-b}
evidence: 記録
maps: demo:3

説明。
"""
    result = load_pack({"checklists/more.ja.md": more})

    problem = only_problem(result, "checklists/more.ja.md")
    assert problem.line == line_of(more, "{#demo-b}")
    assert "duplicate item id 'demo-b'" in problem.message
    assert f"pack/{CHECKLIST_PATH}" in problem.message
    # The whole file with the problem is skipped; the first file is untouched.
    assert "more" not in result.model.checklists
    assert "more-a" not in result.model.items
    assert result.model.items["demo-b"].checklist == "basics"


def test_duplicate_item_id_in_one_checklist(load_pack):
    checklist = CHECKLIST.replace("{#demo-b}", "{#demo-a}")

    result = load_pack({CHECKLIST_PATH: checklist})

    bad = problems_in(result, CHECKLIST_PATH)
    assert [p.message.split(" (")[0] for p in bad] == ["duplicate item id 'demo-a'"]
    assert bad[0].line == line_of(checklist, "## バックアップ")


def test_duplicate_item_id_in_english_checklist(load_pack):
    english = """\
---
id: basics
title: Basics
---

## Install updates {#demo-a}
evidence: Update records

Updates close weaknesses.

## Keep backups {#demo-a}
evidence: Backup records

Backups let you restore.
"""
    result = load_pack({"checklists/basics.en.md": english})

    problem = only_problem(result, "checklists/basics.en.md")
    assert "duplicate item id 'demo-a'" in problem.message
    assert problem.line == line_of(english, "## Keep backups")
    # The English file is skipped; the Japanese checklist still loads.
    assert result.model.items["demo-a"].text("en").title == "更新を入れる"


def test_english_lesson_must_use_the_japanese_id(load_pack):
    english = "---\nid: second\ntitle: First\nsummary: Updates.\n---\nBody\n"

    result = load_pack({"lessons/basics/first.en.md": english})

    problem = only_problem(result, "lessons/basics/first.en.md")
    assert problem.line == 2
    assert "id 'second' differs from the Japanese file's 'first'" in problem.message
    assert result.model.lessons["first"].texts.languages == ("ja",)


def test_english_lesson_without_japanese_file_is_reported(load_pack):
    english = LESSON.replace("id: first", "id: lonely")

    result = load_pack({"lessons/basics/lonely.en.md": english})

    problem = only_problem(result, "lessons/basics/lonely.en.md")
    assert "lonely.ja.md" in problem.message
    assert "lonely" not in result.model.lessons


def test_english_checklist_without_japanese_file_is_reported(load_pack):
    result = load_pack({"checklists/lonely.en.md": CHECKLIST})

    problem = only_problem(result, "checklists/lonely.en.md")
    assert "lonely.ja.md" in problem.message


def test_english_quiz_must_keep_the_answers(load_pack):
    english = """\
---
id: first
title: First lesson
summary: You can install updates.
quiz:
  - question: An update arrives?
    choices: [Install it today, Ignore it]
    answer: 2
    explanation: Updates close weaknesses.
---
Body
"""
    result = load_pack({"lessons/basics/first.en.md": english})

    problem = only_problem(result, "lessons/basics/first.en.md")
    assert problem.line == line_of(english, "answer: 2")
    assert "differs from the Japanese file" in problem.message


@pytest.mark.parametrize("value", ["5", "[demo-b]", "{a: b}", "[[x]]"])
def test_english_lesson_may_not_change_items(load_pack, value):
    english = f"---\nid: first\ntitle: First\nsummary: Updates.\nitems: {value}\n---\nBody\n"

    result = load_pack({"lessons/basics/first.en.md": english})

    problem = only_problem(result, "lessons/basics/first.en.md")
    assert problem.line == 5
    assert "'items' differs from the Japanese file" in problem.message


# -- unknown keys, with a suggestion ------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "text", "line_text", "message"),
    [
        (LESSON_PATH, LESSON.replace("minutes: 5", "minutes: 5\ntittle: x"), "tittle:",
         "unknown key 'tittle' (did you mean 'title'?)"),
        (LESSON_PATH, LESSON.replace("  - question:", "  - questoin:"), "questoin:",
         "quiz question 1: unknown key 'questoin' (did you mean 'question'?)"),
        (CHECKLIST_PATH, CHECKLIST.replace("order: 1", "order: 1\nsumary: x"), "sumary:",
         "unknown key 'sumary' (did you mean 'summary'?)"),
        (CHECKLIST_PATH, CHECKLIST.replace("evidence: 更新の記録", "evidense: 更新の記録"),
         "evidense:", "unknown item key 'evidense' (did you mean 'evidence'?)"),
        ("tracks.yaml", TRACKS.replace("  summary:", "  sumary:"), "sumary:",
         "unknown key 'sumary' (did you mean 'summary'?)"),
        ("schemes/demo.yaml", SCHEME.replace("version: v1", "verison: v1\nversion: v1"),
         "verison:", "unknown key 'verison' (did you mean 'version'?)"),
    ],
)
def test_unknown_key_is_reported_with_a_suggestion(load_pack, path, text, line_text, message):
    result = load_pack({path: text})

    matching = [p for p in problems_in(result, path) if p.message == message]
    assert matching, messages(result)
    assert matching[0].line == line_of(text, line_text)


def test_unknown_key_in_english_lesson(load_pack):
    english = "---\nid: first\ntitle: First\nsumary: Updates.\n---\nBody\n"

    result = load_pack({"lessons/basics/first.en.md": english})

    problem = only_problem(result, "lessons/basics/first.en.md")
    assert (problem.line, problem.message) == (4, "unknown key 'sumary' (did you mean 'summary'?)")


def test_unknown_key_far_from_any_known_key_has_no_suggestion(load_pack):
    text = LESSON.replace("minutes: 5", "minutes: 5\nzzzzzz: 1")

    problem = only_problem(load_pack({LESSON_PATH: text}), LESSON_PATH)

    assert problem.message == "unknown key 'zzzzzz'"


# -- quiz ---------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["0", "3", "-1", "'1'", "1.0", "true"])
def test_quiz_answer_out_of_range(load_pack, answer):
    text = LESSON.replace("answer: 1", f"answer: {answer}")

    result = load_pack({LESSON_PATH: text})

    problem = only_problem(result, LESSON_PATH)
    assert problem.line == line_of(text, "answer:")
    assert "quiz question 1: 'answer' must be a number from 1 to 2" in problem.message
    assert result.model.lessons == {}


@pytest.mark.parametrize("choices", ["[only]", "[a, b, c, d, e, f, g]", "text", "[a, '']"])
def test_quiz_needs_two_to_six_choices(load_pack, choices):
    text = LESSON.replace("choices: [その日に入れる, 無視する]", f"choices: {choices}")

    problem = only_problem(load_pack({LESSON_PATH: text}), LESSON_PATH)

    assert problem.line == line_of(text, "choices:")
    assert "'choices' must list 2 to 6 answers" in problem.message


def test_quiz_question_missing_explanation(load_pack):
    text = LESSON.replace("    explanation: 更新は弱点をふさぎます。\n", "")

    problem = only_problem(load_pack({LESSON_PATH: text}), LESSON_PATH)

    assert problem.line == line_of(text, "question:")
    assert problem.message == "quiz question 1: missing explanation"


# -- references: maps, items, prerequisites, tracks ---------------------------------------


@pytest.mark.parametrize(
    ("maps", "message"),
    [
        ("demo:9", "item 'demo-a': 'demo:9' does not exist in demo (v1)"),
        ("demo:1, demo:4", "item 'demo-a': 'demo:4' does not exist in demo (v1)"),
        ("demoo:1", "item 'demo-a': unknown scheme 'demoo' (did you mean 'demo'?)"),
        ("demo 1", "item 'demo-a': 'demo 1' is not of the form scheme:requirement"),
        ("", "item 'demo-a' needs a 'maps:' line with at least one requirement"),
    ],
)
def test_maps_to_a_requirement_that_does_not_exist(load_pack, maps, message):
    checklist = CHECKLIST.replace("maps: demo:1", f"maps: {maps}")

    result = load_pack({CHECKLIST_PATH: checklist})

    bad = problems_in(result, CHECKLIST_PATH)
    assert [p.message for p in bad] == [message]
    assert bad[0].line == line_of(checklist, f"maps: {maps}")
    # The checklist is skipped, so the lesson that lists its item is reported too.
    assert result.model.items == {}
    assert "unknown checklist item(s): demo-a" in problems_in(result, LESSON_PATH)[0].message


def test_lesson_pointing_at_unknown_item(load_pack):
    text = LESSON.replace("items: [demo-a]", "items: [demo-a, dmeo-b]")

    result = load_pack({LESSON_PATH: text})

    problem = only_problem(result, LESSON_PATH)
    assert problem.line == line_of(text, "items:")
    assert problem.message == "unknown checklist item(s): dmeo-b (did you mean 'demo-b'?)"
    assert result.model.lessons == {}


def test_lesson_with_unknown_prerequisite(load_pack):
    text = LESSON.replace("order: 1", "order: 1\nprerequisites: [zeroth]")

    result = load_pack({LESSON_PATH: text})

    problem = only_problem(result, LESSON_PATH)
    assert problem.line == line_of(text, "prerequisites:")
    assert problem.message == "unknown prerequisite lesson(s): zeroth"
    assert result.model.lessons == {}


@pytest.mark.parametrize("track", ["basic", "[basics]", "{a: b}", "1"])
def test_lesson_with_unknown_track(load_pack, track):
    text = LESSON.replace("track: basics", f"track: {track}")

    problem = only_problem(load_pack({LESSON_PATH: text}), LESSON_PATH)

    assert problem.line == line_of(text, "track:")
    assert problem.message.startswith("unknown track")


@pytest.mark.parametrize(
    ("key", "value"),
    [("minutes", "0"), ("minutes", "61"), ("minutes", "five"), ("order", "1.5"),
     ("audience", "[boss]"), ("audience", "staff"), ("audience", "[]"), ("title", "''"), ("sources", "IPA")],
)
def test_lesson_fields_are_checked(load_pack, key, value):
    original = next(line for line in LESSON.split("\n") if line.startswith(key + ":"))
    text = LESSON.replace(original, f"{key}: {value}")

    result = load_pack({LESSON_PATH: text})

    problem = only_problem(result, LESSON_PATH)
    assert problem.line in (1, line_of(text, f"{key}:"))
    assert key in problem.message or value.strip("[]") in problem.message


# -- files that cannot be read -------------------------------------------------------------


def test_file_that_is_not_utf8(load_pack):
    raw = LESSON.encode("shift_jis")

    result = load_pack({LESSON_PATH: raw})

    problem = only_problem(result, LESSON_PATH)
    first_non_ascii = next(n for n, line in enumerate(LESSON.split("\n"), 1) if not line.isascii())
    assert problem.line == first_non_ascii
    assert "not UTF-8" in problem.message
    assert result.model.lessons == {}


def test_utf8_with_byte_order_mark_is_accepted(load_pack):
    result = load_pack({LESSON_PATH: LESSON.encode("utf-8-sig")})

    assert result.ok, messages(result)
    assert "first" in result.model.lessons


def test_checklist_that_is_not_utf8_skips_only_that_checklist(load_pack):
    result = load_pack({CHECKLIST_PATH: CHECKLIST.encode("euc_jp")})

    assert "not UTF-8" in problems_in(result, CHECKLIST_PATH)[0].message
    assert result.model.checklists == {}
    assert list(result.model.tracks) == ["basics"]


def test_file_over_the_size_limit(load_pack):
    padding = "あ" * (MAX_FILE_BYTES // 3 + 1)
    text = LESSON + padding
    assert len(text.encode()) > MAX_FILE_BYTES

    result = load_pack({LESSON_PATH: text})

    problem = only_problem(result, LESSON_PATH)
    assert problem.line == 1
    assert f"the limit is {MAX_FILE_BYTES // 1024} KB" in problem.message
    assert result.model.lessons == {}


def test_file_exactly_at_the_size_limit_loads(load_pack):
    # Japanese text, as lessons are: 256 KB of it stays within the Markdown length limit.
    room = MAX_FILE_BYTES - len(LESSON.encode())
    text = LESSON + "あ" * (room // 3) + "a" * (room % 3)
    assert len(text.encode()) == MAX_FILE_BYTES

    result = load_pack({LESSON_PATH: text})

    assert result.ok, messages(result)


# -- a file with problems is skipped, the rest loads ---------------------------------------


def test_broken_lesson_does_not_stop_the_others(load_pack):
    broken = LESSON.replace("id: first", "id: broken").replace("answer: 1", "answer: 9")
    good = LESSON.replace("id: first", "id: second").replace("order: 1", "order: 2")

    result = load_pack({"lessons/basics/a-broken.ja.md": broken, "lessons/basics/z-good.ja.md": good})

    assert [p.path for p in result.problems] == ["pack/lessons/basics/a-broken.ja.md"]
    assert sorted(result.model.lessons) == ["first", "second"]
    assert [lesson.id for lesson in result.model.lessons_in_track("basics")] == ["first", "second"]


def test_many_problems_are_all_reported_in_one_run(load_pack):
    result = load_pack({
        "lessons/basics/a.ja.md": LESSON.replace("id: first", "id: a").replace("answer: 1", "answer: 5"),
        "lessons/basics/b.ja.md": LESSON.replace("id: first", "id: b").replace("items: [demo-a]", "items: [nope]"),
        "lessons/basics/c.ja.md": b"\xff\xfe---\n",
        "checklists/extra.ja.md": CHECKLIST.replace("id: basics", "id: extra").replace("maps: demo:2", "maps: demo:7")
        .replace("{#demo-a}", "{#extra-a}").replace("{#demo-b}", "{#extra-b}"),
    })

    paths = sorted(p.path for p in result.problems)
    assert paths == ["pack/checklists/extra.ja.md", "pack/lessons/basics/a.ja.md",
                     "pack/lessons/basics/b.ja.md", "pack/lessons/basics/c.ja.md"]
    assert list(result.model.lessons) == ["first"]
    assert list(result.model.checklists) == ["basics"]
    assert all(p.line >= 1 for p in result.problems)


# -- scheme files ---------------------------------------------------------------------------

CRITERIA_HEADER = "id\trequirement\tstar\tcsf\tjama\ttitle\ttitle_en\n"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("1-1-1\t1\t3\tGV\t\tタイトル\tTitle", "criterion id '1-1-1' is not of the form 1-2-3-4"),
        ("1-1-1-1\t1\t5\tGV\t\tタイトル\tTitle", "criterion 1-1-1-1: star must be 3 or 4, not '5'"),
        ("1-1-1-1\t1\t3\tXX\t\tタイトル\tTitle", "criterion 1-1-1-1: csf must be one of"),
    ],
)
def test_criteria_table_rows_are_checked(load_pack, row, message):
    table = CRITERIA_HEADER + "1-1-1-2\t1\t4\tPR\t9:LV1\t正しい行\tA good row\n" + row + "\n"

    result = load_pack({"schemes/demo-criteria.tsv": table})

    problem = only_problem(result, "schemes/demo-criteria.tsv")
    assert problem.line == 3
    assert problem.message.startswith(message)


def test_criteria_table_replaces_the_scheme_requirements(load_pack):
    table = CRITERIA_HEADER + "1-1-1-1\t1-1-1\t3\tGV\t9:LV1 10:LV2\t規則を作る\tMake rules\n"
    checklist = CHECKLIST.replace("maps: demo:1", "maps: demo:1-1-1-1").replace("maps: demo:2", "maps: demo:1-1-1-1")

    result = load_pack({"schemes/demo-criteria.tsv": table, CHECKLIST_PATH: checklist})

    assert result.ok, messages(result)
    criterion = result.model.schemes["demo"].requirements["1-1-1-1"]
    assert (criterion.get("star"), criterion.get("csf"), criterion.get("jama")) == (3, "GV", ("9:LV1", "10:LV2"))
    assert list(result.model.schemes["demo"].requirements) == ["1-1-1-1"]


def test_criteria_table_with_a_huge_field_is_reported(load_pack):
    # Python's csv module refuses fields over 131,072 characters; the file is under 256 KB.
    table = CRITERIA_HEADER + "1-1-1-1\t1\t3\tGV\t\t" + "a" * 140_000 + "\tTitle\n"

    result = load_pack({"schemes/demo-criteria.tsv": table})

    problem = only_problem(result, "schemes/demo-criteria.tsv")
    assert problem.line == 2
    assert "the table cannot be read" in problem.message
    assert list(result.model.schemes["demo"].requirements) == ["1", "2", "3"]


@pytest.mark.parametrize(
    "answers",
    [
        '[{id: "yes", points: 4}, {id: partial, points: 2}, {id: "no", points: 0}]',
        '[{id: "yes", points: 4}, {id: partial}, {id: "no", points: 0}, {id: unknown, points: -1}]',
        '[{id: "yes", points: four}, {id: partial, points: 2}, {id: "no", points: 0}, {id: unknown, points: -1}]',
    ],
)
def test_selfcheck_scheme_needs_every_answer_with_points(load_pack, answers):
    scheme = (
        "id: selfcheck\ntitle: 自社診断\nversion: v\n"
        f"answers: {answers}\n"
        "bands: [{min: 0, max: 100, label: 全部}]\n"
        "requirements: [{id: '1', title: 一}]\n"
    )

    result = load_pack({"schemes/selfcheck.yaml": scheme})

    problem = only_problem(result, "schemes/selfcheck.yaml")
    assert problem.line == line_of(scheme, "answers:")
    assert "'answers' must list yes, partial, no and unknown" in problem.message
    assert "selfcheck" not in result.model.schemes
