"""YAML is read safely: no Python objects, and a bounded number of aliases.

A pack can come from anyone (a consultant, an association), so its YAML must never run
code or expand into gigabytes. Both are rejected as ordinary problems with a line.
"""

from __future__ import annotations

import pytest

from desktop.core.frontmatter import MAX_ALIASES, ContentError, safe_yaml
from tests.support.content_packs import LESSON, SCHEME, TRACKS, line_of, messages

LESSON_PATH = "lessons/basics/first.ja.md"


def billion_laughs(levels: int = 9, fan_out: int = 9) -> str:
    """YAML whose last key would expand to fan_out ** levels strings if aliases were followed."""
    lines = ["lol0: &lol0 " + "[" + ", ".join(['"lol"'] * fan_out) + "]"]
    for level in range(1, levels):
        refs = ", ".join([f"*lol{level - 1}"] * fan_out)
        lines.append(f"lol{level}: &lol{level} [{refs}]")
    return "\n".join(lines) + "\n"


def with_aliases(count: int) -> str:
    """One anchor and `count` aliases to it, one per line."""
    return "base: &base x\n" + "".join(f"k{n}: *base\n" for n in range(count))


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/new:os.system",
        "!!python/name:os.system",
        "!!python/module:os",
    ],
)
def test_python_tags_are_rejected_and_nothing_runs(load_pack, tmp_path, tag):
    marker = tmp_path / "ran"
    text = LESSON.replace("minutes: 5", f"minutes: 5\nextra: {tag} ['touch {marker}']")

    result = load_pack({LESSON_PATH: text})

    assert not marker.exists()
    assert len(result.problems) == 1, messages(result)
    problem = result.problems[0]
    assert problem.path == f"pack/{LESSON_PATH}"
    assert problem.line == line_of(text, "extra:")
    assert tag.removeprefix("!!") in problem.message
    assert "first" not in result.model.lessons


def test_python_tag_in_tracks_and_scheme_files(load_pack, tmp_path):
    marker = tmp_path / "ran"
    evil = f"!!python/object/apply:os.system ['touch {marker}']"

    result = load_pack({
        "tracks.yaml": TRACKS + f"- {evil}\n",
        "schemes/demo.yaml": SCHEME.replace("version: v1", f"version: {evil}"),
    })

    assert not marker.exists()
    assert sorted(p.path for p in result.problems if "python/object/apply" in p.message) == [
        "pack/schemes/demo.yaml", "pack/tracks.yaml"]


def test_billion_laughs_is_rejected_at_the_alias_that_passes_the_limit(load_pack):
    bomb = billion_laughs()
    text = LESSON.replace("minutes: 5", "minutes: 5\n" + bomb.rstrip("\n"))

    result = load_pack({LESSON_PATH: text})

    assert len(result.problems) == 1, messages(result)
    problem = result.problems[0]
    assert problem.message == f"more than {MAX_ALIASES} YAML aliases (*name)"
    # 9 aliases per line: the 21st alias is on the third line that has aliases.
    assert problem.line == line_of(text, "lol3:")
    assert result.model.lessons == {}


def test_billion_laughs_in_tracks_file(load_pack):
    result = load_pack({"tracks.yaml": billion_laughs()})

    assert [p.message for p in result.problems if p.path == "pack/tracks.yaml"] == [
        f"more than {MAX_ALIASES} YAML aliases (*name)"]
    assert result.model.tracks == {}


def test_aliases_up_to_the_limit_are_plain_yaml():
    data = safe_yaml(with_aliases(MAX_ALIASES))

    assert len(data) == MAX_ALIASES + 1
    assert set(data.values()) == {"x"}


def test_one_alias_over_the_limit_is_rejected():
    with pytest.raises(ContentError) as caught:
        safe_yaml(with_aliases(MAX_ALIASES + 1), first_line=2)

    assert "aliases" in caught.value.message
    # Line 1 of the text is the anchor, so alias number 21 is on text line 22.
    assert caught.value.line == 2 + MAX_ALIASES + 1


def test_merge_keys_count_as_aliases():
    text = "base: &b {x: 1}\n" + "".join(f"m{n}:\n  <<: *b\n" for n in range(MAX_ALIASES + 1))

    with pytest.raises(ContentError, match="aliases"):
        safe_yaml(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("when: 2001-02-30", "cannot be read"),
        ("a: !!binary 'not base64!'", "YAML error"),
        ("a: !custom x", "YAML error"),
        ("? [a, b]\n: c", "YAML error"),
    ],
)
def test_unreadable_values_become_problems(text, expected):
    with pytest.raises(ContentError) as caught:
        safe_yaml(text, first_line=2)

    assert expected in caught.value.message
    assert caught.value.line >= 2


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_error_lines_count_the_lines_an_editor_shows(separator):
    """YAML also breaks lines at these characters; editors show them inside one line."""
    text = f'title: "a{separator}b"\nsummary: c\nitems: [\n'
    with pytest.raises(ContentError) as caught:
        safe_yaml(text, first_line=2)
    assert caught.value.line == 2 + text.count("\n")  # the end of the text, as the editor counts


def test_alias_limit_line_counts_the_lines_an_editor_shows():
    text = "a: &x 1\u2028\n" + "".join(f"k{n}: *x\n" for n in range(MAX_ALIASES + 1))
    with pytest.raises(ContentError) as caught:
        safe_yaml(text)
    assert caught.value.line == 1 + 1 + MAX_ALIASES  # the line of the alias that passes the limit
