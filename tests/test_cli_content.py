"""`mamori content check` and `mamori content dump --json`, on the bundled content and on packs.

Most tests call `desktop.__main__.main([...])` with capsys; one runs the real command in a
subprocess to prove that a bad pack never shows a traceback.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main

REPO = Path(__file__).resolve().parents[1]
PROBLEM_LINE = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+): (?P<message>.+)$")
SUMMARY = re.compile(r"^(?P<count>\d+) problem\(s\); lessons: .+; checklists: \d+; items: \d+; "
                     r"schemes: \d+; SCS criteria covered: .+$")

TRACKS = "- id: pack-track\n  title: 追加コース\n  summary: 追加の学習\n  order: 1\n"
CHECKLIST = """\
---
id: pack-list
title: 追加のチェックリスト
order: 1
---

## 更新を入れる {#pack-update}
evidence: 更新の記録
maps: 5kajo:1, selfcheck:1

更新は弱点をふさぎます。
"""
LESSON = """\
---
id: pack-lesson
title: 追加のレッスン
summary: 更新を入れられるようになります。
minutes: 5
audience: [staff]
track: pack-track
order: 1
items: [pack-update]
sources: [IPA「情報セキュリティ5か条」]
quiz:
  - question: 更新の通知が来たら？
    choices: [その日に入れる, 無視する]
    answer: 1
    explanation: 更新は弱点をふさぎます。
---

## なぜ大事か

更新を入れましょう。[次へ](lesson:pack-lesson)
"""

BAD_FILES: dict[str, str | bytes] = {
    "lessons/pack-track/typo.ja.md": LESSON.replace("id: pack-lesson", "id: typo").replace("title:", "tittle:"),
    "lessons/pack-track/quiz.ja.md": LESSON.replace("id: pack-lesson", "id: quiz").replace("answer: 1", "answer: 7"),
    "lessons/pack-track/sjis.ja.md": LESSON.replace("id: pack-lesson", "id: sjis").encode("shift_jis"),
    "lessons/pack-track/evil.ja.md": LESSON.replace("id: pack-lesson", "id: evil")
    .replace("order: 1", "order: !!python/object/apply:os.system ['echo pwned']"),
    "lessons/pack-track/image.ja.md": LESSON.replace("id: pack-lesson", "id: image") + "\n![外](../../../x.png)\n",
    "lessons/pack-track/bomb.ja.md": LESSON.replace("id: pack-lesson", "id: bomb").replace(
        "order: 1", "order: 1\na: &a [x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d]"),
    "checklists/maps.ja.md": CHECKLIST.replace("pack-list", "maps-list").replace("pack-update", "maps-item")
    .replace("maps: 5kajo:1, selfcheck:1", "maps: scs:9-9-9-9"),
}
EXPECTED_BAD = {
    "typo.ja.md": "unknown key 'tittle' (did you mean 'title'?)",
    "quiz.ja.md": "'answer' must be a number from 1 to 2",
    "sjis.ja.md": "not UTF-8",
    "evil.ja.md": "python/object/apply:os.system",
    "image.ja.md": "image '../../../x.png' was removed",
    "bomb.ja.md": "YAML aliases",
    "maps.ja.md": "'scs:9-9-9-9' does not exist",
}


def write_pack(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture
def good_pack(tmp_path) -> Path:
    """A consultant's pack without schemes of its own (they come from the bundle)."""
    return write_pack(tmp_path / "mypack", {
        "tracks.yaml": TRACKS,
        "checklists/pack-list.ja.md": CHECKLIST,
        "lessons/pack-track/lesson.ja.md": LESSON,
    })


@pytest.fixture
def bad_pack(good_pack) -> Path:
    return write_pack(good_pack, BAD_FILES)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def problem_lines(out: str) -> list[re.Match]:
    lines = out.rstrip("\n").split("\n")
    assert SUMMARY.match(lines[-1]), lines[-1]
    matches = [PROBLEM_LINE.match(line) for line in lines[:-1]]
    assert all(matches), lines
    assert int(SUMMARY.match(lines[-1])["count"]) == len(matches)
    return matches


# -- content check ---------------------------------------------------------------------------------


def test_check_bundled_content_passes(capsys):
    code, out, err = run(capsys, "content", "check")

    assert problem_lines(out) == []
    assert out.startswith("0 problem(s); lessons: ")
    assert re.search(r"lessons: (en \d+, )?ja \d+;", out)
    assert "SCS criteria covered: 153/153" in out
    assert (code, err) == (0, "")


def test_check_with_coverage_lists_every_scheme(capsys):
    code, out, _ = run(capsys, "content", "check", "--coverage")

    coverage_lines = sorted(line for line in out.splitlines() if line.startswith("coverage "))
    assert coverage_lines == [
        "coverage 5kajo: 5/5; not covered: none",
        "coverage scs: 153/153; not covered: none",
        "coverage security-action: 4/4; not covered: none",
        "coverage selfcheck: 25/25; not covered: none",
    ]
    assert code == 0


def test_check_good_pack_passes(capsys, good_pack):
    code, out, err = run(capsys, "content", "check", str(good_pack))

    assert problem_lines(out) == []
    assert "lessons: ja 1; checklists: 1; items: 1; schemes: 4" in out
    assert (code, err) == (0, "")


def test_check_bad_pack_prints_path_line_message_per_problem(capsys, bad_pack):
    code, out, err = run(capsys, "content", "check", str(bad_pack))

    assert code == 1
    assert "Traceback" not in out + err
    found = problem_lines(out)
    assert {Path(m["path"]).name for m in found} == set(EXPECTED_BAD)
    for match in found:
        assert match["path"].startswith("mypack/"), match.group(0)
        assert int(match["line"]) >= 1
    for name, expected in EXPECTED_BAD.items():
        assert any(expected in m["message"] for m in found if m["path"].endswith("/" + name)), name
    # The good lesson still loads, and so does the one whose only fault is an image.
    assert "lessons: ja 2;" in out


def test_check_reports_the_line_of_the_problem(capsys, bad_pack):
    _, out, _ = run(capsys, "content", "check", str(bad_pack))

    lines: dict[str, list[int]] = {}
    for match in problem_lines(out):
        lines.setdefault(Path(match["path"]).name, []).append(int(match["line"]))
    typo = BAD_FILES["lessons/pack-track/typo.ja.md"]
    image = BAD_FILES["lessons/pack-track/image.ja.md"]
    assert typo.split("\n").index("tittle: 追加のレッスン") + 1 in lines["typo.ja.md"]
    assert lines["image.ja.md"] == [image.split("\n").index("![外](../../../x.png)") + 1]
    assert lines["sjis.ja.md"] == [3]  # the first line with a non-ASCII byte


def test_check_missing_folder_is_one_sentence(capsys, tmp_path):
    code, out, err = run(capsys, "content", "check", str(tmp_path / "nowhere"))

    assert code == 1
    assert out == ""
    assert err.strip() == f"mamori: {tmp_path / 'nowhere'}: no such folder"


# -- content dump --json -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled_dump() -> dict:
    from io import StringIO
    from unittest import mock

    with mock.patch("sys.stdout", new_callable=StringIO) as stdout:
        code = main(["content", "dump", "--json"])
    assert code == 0
    return json.loads(stdout.getvalue())


def test_dump_has_lessons_checklists_items_and_schemes(bundled_dump):
    lesson = bundled_dump["lessons"][0]
    assert {"id", "lang", "title", "track", "html", "quiz", "items"} <= set(lesson)
    assert {"id", "title", "items"} <= set(bundled_dump["checklists"][0])
    assert {"id", "title", "maps"} <= set(bundled_dump["items"][0])
    assert {"id", "title", "version", "requirements"} <= set(bundled_dump["schemes"][0])
    assert {s["id"] for s in bundled_dump["schemes"]} == {"5kajo", "selfcheck", "security-action", "scs"}


def test_dump_lessons_carry_rendered_html_and_quiz(bundled_dump):
    for lesson in bundled_dump["lessons"]:
        assert lesson["lang"] in ("ja", "en")
        assert lesson["track"] in {"hajime", "selfcheck-sa", "scs3", "scs4", "topics"}
        assert "<h2" in lesson["html"] and "<script" not in lesson["html"]
        assert 3 <= len(lesson["quiz"]) <= 5
        for question in lesson["quiz"]:
            assert 1 <= question["answer"] <= len(question["choices"])


def test_dump_items_and_checklists_agree(bundled_dump):
    item_ids = [item["id"] for item in bundled_dump["items"]]
    listed = [i for checklist in bundled_dump["checklists"] for i in checklist["items"]]

    assert len(item_ids) == len(set(item_ids))
    assert sorted(listed) == sorted(item_ids)
    assert all(item["maps"] and all(":" in ref for ref in item["maps"]) for item in bundled_dump["items"])


def test_dump_scs_has_one_requirement_per_criterion(bundled_dump):
    scs = next(s for s in bundled_dump["schemes"] if s["id"] == "scs")

    criteria = scs["requirements"]
    assert len(criteria) == 153
    assert len({c["id"] for c in criteria}) == 153
    assert sum(1 for c in criteria if c["star"] == 3) == 81
    assert sum(1 for c in criteria if c["star"] == 4) == 72
    for criterion in criteria:
        assert {"id", "title", "star", "requirement", "csf", "jama"} <= set(criterion)
        assert isinstance(criterion["jama"], list)
    assert scs["version"] == "2026-03-27"


def test_dump_bad_pack_gives_json_and_problems_on_stderr(capsys, bad_pack):
    code, out, err = run(capsys, "content", "dump", "--json", str(bad_pack))

    data = json.loads(out)
    assert sorted(lesson["id"] for lesson in data["lessons"]) == ["image", "pack-lesson"]
    assert [item["id"] for item in data["items"]] == ["pack-update"]
    assert "Traceback" not in err
    err_lines = err.strip().split("\n")
    assert all(PROBLEM_LINE.match(line) for line in err_lines)
    # Rendering problems are `content check`'s job; the loader's problems are all here.
    assert {Path(PROBLEM_LINE.match(line)["path"]).name for line in err_lines} == set(EXPECTED_BAD) - {"image.ja.md"}
    assert code == 0


def test_dump_pack_html_keeps_mamori_links(capsys, good_pack):
    _, out, _ = run(capsys, "content", "dump", "--json", str(good_pack))

    (lesson,) = json.loads(out)["lessons"]
    assert '<a href="lesson:pack-lesson">次へ</a>' in lesson["html"]
    assert '<h2 id="なぜ大事か">なぜ大事か</h2>' in lesson["html"]



def test_dump_pack_lists_lessons_on_the_bundled_tracks_too(capsys, tmp_path):
    """A pack may put its lessons on the bundled tracks instead of its own: they are listed,
    after the lessons of the pack's own tracks."""
    on_bundled = LESSON.replace("id: pack-lesson", "id: pack-extra").replace("track: pack-track", "track: hajime")
    pack = write_pack(tmp_path / "mixed", {
        "tracks.yaml": TRACKS,
        "checklists/pack-list.ja.md": CHECKLIST,
        "lessons/pack-track/lesson.ja.md": LESSON,
        "lessons/hajime/extra.ja.md": on_bundled,
    })
    only_bundled = write_pack(tmp_path / "bundled-tracks", {
        "checklists/pack-list.ja.md": CHECKLIST,
        "lessons/hajime/extra.ja.md": on_bundled,
    })

    code, out, err = run(capsys, "content", "dump", "--json", str(pack))
    assert code == 0 and err == ""
    data = json.loads(out)
    assert [(lesson["id"], lesson["track"]) for lesson in data["lessons"]] == [
        ("pack-lesson", "pack-track"), ("pack-extra", "hajime")]
    assert [track["id"] for track in data["tracks"]] == ["pack-track"]  # the pack's own only

    code, out, err = run(capsys, "content", "dump", "--json", str(only_bundled))
    assert code == 0 and err == ""
    assert [lesson["id"] for lesson in json.loads(out)["lessons"]] == ["pack-extra"]

def test_dump_requires_json_flag(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["content", "dump"])

    assert caught.value.code == 2
    assert "--json" in capsys.readouterr().err


# -- a real process --------------------------------------------------------------------------------


@pytest.mark.parametrize(("command", "expected_code"), [(["check"], 1), (["dump", "--json"], 0)])
def test_real_command_on_bad_pack_shows_no_traceback(bad_pack, command, expected_code):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}

    completed = subprocess.run(
        [sys.executable, "-m", "desktop", "content", *command, str(bad_pack)],
        cwd=REPO, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
    )

    assert "Traceback" not in completed.stderr
    assert completed.returncode == expected_code, completed.stderr
    problems = completed.stdout if command == ["check"] else completed.stderr
    assert "mypack/lessons/pack-track/evil.ja.md:" in problems
    assert "pwned" not in completed.stdout.replace("echo pwned", "")
