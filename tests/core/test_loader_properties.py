"""Property tests: whatever a content file holds, loading gives problems, never an exception.

Each example writes a pack (the valid base from tests/support/content_packs.py with one file replaced)
into tmp_path, then loads it, checks it the way `mamori content check` does and dumps it
the way `mamori content dump` does. The examples of one test share the folder: every
example rewrites all files and removes the targets it does not use.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.checks import coverage, full_check
from desktop.core.content import Problem
from desktop.core.content_dump import model_to_dict
from desktop.core.loader import LoadResult, load_content
from tests.support.content_packs import BASE_FILES, write_files

PROPERTY_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    database=None,  # no .hypothesis folder in the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TARGETS = [
    "lessons/basics/first.ja.md",
    "lessons/basics/first.en.md",
    "checklists/basics.ja.md",
    "checklists/basics.en.md",
    "tracks.yaml",
    "schemes/demo.yaml",
    "schemes/demo-criteria.tsv",
    "schemes/selfcheck.yaml",
]


def load_with(tmp_path: Path, path: str, content: str | bytes) -> LoadResult:
    """Write the base pack with `path` replaced by `content` and load it; check it is clean."""
    leftovers = dict.fromkeys(t for t in TARGETS if t not in BASE_FILES)
    root = write_files(tmp_path / "pack", {**leftovers, **BASE_FILES, path: content})
    result = load_content(root)
    assert isinstance(result, LoadResult)
    raw = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
    lines_in_file = raw.count(b"\n") + raw.count(b"\r") + 1
    for problem in result.problems:
        assert isinstance(problem, Problem)
        assert isinstance(problem.path, str) and problem.path.startswith(root.name + "/")
        assert isinstance(problem.line, int) and problem.line >= 1
        assert isinstance(problem.message, str) and problem.message.strip()
        if problem.path == f"{root.name}/{path}":
            # YAML's "unexpected end of stream" may point just past the last line.
            assert problem.line <= lines_in_file + 1, (problem, content)
    # Whatever loaded can also be checked and dumped without an exception.
    checked = full_check(result, lambda p: p.relative_to(root.parent).as_posix())
    assert all(str(problem).count(":") >= 2 for problem in checked)
    coverage(result.model)
    json.dumps(model_to_dict(result.model), ensure_ascii=False)
    return result


def front_matter_file(meta_text: str, body: str) -> str:
    return f"---\n{meta_text}---\n{body}"


# -- arbitrary text and bytes -------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(path=st.sampled_from(TARGETS), text=st.text())
def test_any_text_in_any_file_gives_problems_not_exceptions(tmp_path, path, text):
    load_with(tmp_path, path, text)


@PROPERTY_SETTINGS
@given(path=st.sampled_from(TARGETS), data=st.binary(max_size=300))
def test_any_bytes_in_any_file_give_problems_not_exceptions(tmp_path, path, data):
    load_with(tmp_path, path, data)


@PROPERTY_SETTINGS
@given(path=st.sampled_from(TARGETS), meta=st.text(), body=st.text())
def test_any_text_between_front_matter_lines(tmp_path, path, meta, body):
    load_with(tmp_path, path, front_matter_file(meta + "\n", body))


# -- YAML-ish front matter -----------------------------------------------------------------------

LESSON_KEYS = ["id", "title", "summary", "minutes", "audience", "track", "order",
               "prerequisites", "items", "sources", "quiz"]
CHECKLIST_KEYS = ["id", "title", "order", "summary"]
QUIZ_KEYS = ["question", "choices", "answer", "explanation"]
TYPOS = ["tittle", "sumary", "ordr", "itmes", "quizz", "choice", "answers"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True), st.text(max_size=20),
    st.sampled_from(["first", "basics", "demo-a", "demo-b", "demo:1", "staff", "owner", "1", ""]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(st.sampled_from(QUIZ_KEYS + TYPOS) | st.text(max_size=8), inner, max_size=5),
    max_leaves=6,
)
quiz_entry = st.fixed_dictionaries(
    {},
    optional={
        "question": scalars,
        "choices": st.lists(scalars, max_size=8) | scalars,
        "answer": st.integers(min_value=-2, max_value=9) | scalars,
        "explanation": scalars,
    },
)


def front_matter(keys: list[str]) -> st.SearchStrategy[dict]:
    """Any subset of the known keys with any values, plus a few typos and stray keys."""
    special = {"quiz": st.lists(quiz_entry | values, max_size=3) | values}
    known = st.fixed_dictionaries({}, optional={key: special.get(key, values) for key in keys})
    extra = st.dictionaries(st.sampled_from(TYPOS) | st.text(max_size=6), values, max_size=2)
    return st.tuples(known, extra).map(lambda parts: {**parts[0], **parts[1]})


def near_valid_lesson() -> st.SearchStrategy[dict]:
    """Mostly valid lesson front matter with some fields replaced by arbitrary values."""
    valid = {
        "id": "first", "title": "題", "summary": "要約", "minutes": 5, "audience": ["staff"],
        "track": "basics", "order": 1, "items": ["demo-a"], "sources": ["IPA"],
        "quiz": [{"question": "q", "choices": ["a", "b"], "answer": 1, "explanation": "e"}],
    }
    return st.dictionaries(st.sampled_from(LESSON_KEYS + TYPOS), values | quiz_entry, max_size=3).map(
        lambda changes: {**valid, **changes})


MARKDOWN = st.lists(
    st.sampled_from([
        "## 見出し {#demo-a}\n", "## 項目 {#demo-c}\n", "evidence: 記録\n", "maps: demo:1\n",
        "maps: demo:9, x\n", "\n", "説明。\n", "![図](../../x.png)\n", "[x](javascript:y)\n",
        "<script>1</script>\n", "| a |\n|---|\n", "!!! note\n    x\n", "- [ ] a\n", "### 小見出し\n",
        "# 大見出し\n", "---\n",
    ]) | st.text(max_size=10),
    max_size=12,
).map("".join)


def dump(meta: dict) -> str:
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)


@PROPERTY_SETTINGS
@given(meta=near_valid_lesson(), body=MARKDOWN)
def test_yamlish_lesson_front_matter(tmp_path, meta, body):
    result = load_with(tmp_path, "lessons/basics/first.ja.md", front_matter_file(dump(meta), body))

    # Either the lesson loaded, or the file says why it did not.
    loaded = isinstance(meta.get("id"), str) and meta["id"] in result.model.lessons
    assert loaded or any(p.path.endswith("first.ja.md") for p in result.problems)


@PROPERTY_SETTINGS
@given(
    path=st.sampled_from(["lessons/basics/first.ja.md", "lessons/basics/first.en.md"]),
    meta=front_matter(LESSON_KEYS),
    body=MARKDOWN,
)
def test_arbitrary_lesson_front_matter(tmp_path, path, meta, body):
    load_with(tmp_path, path, front_matter_file(dump(meta), body))


@PROPERTY_SETTINGS
@given(
    path=st.sampled_from(["checklists/basics.ja.md", "checklists/basics.en.md"]),
    meta=front_matter(CHECKLIST_KEYS),
    body=MARKDOWN,
)
def test_arbitrary_checklist_front_matter_and_items(tmp_path, path, meta, body):
    load_with(tmp_path, path, front_matter_file(dump(meta), body))


@PROPERTY_SETTINGS
@given(tracks=st.lists(st.dictionaries(
    st.sampled_from(["id", "title", "summary", "order", "title_en", "summary_en", "sumary"]),
    values, max_size=7) | values, max_size=4))
def test_arbitrary_tracks_file(tmp_path, tracks):
    load_with(tmp_path, "tracks.yaml", dump(tracks))


@PROPERTY_SETTINGS
@given(
    name=st.sampled_from(["schemes/demo.yaml", "schemes/selfcheck.yaml"]),
    scheme=st.dictionaries(
        st.sampled_from(["id", "title", "version", "requirements", "answers", "bands", "groups",
                         "max_score", "verison"]),
        values | st.lists(st.fixed_dictionaries({"id": scalars, "title": scalars}), max_size=3),
        max_size=8,
    ),
)
def test_arbitrary_scheme_file(tmp_path, name, scheme):
    load_with(tmp_path, name, dump(scheme))


YAML_TOKENS = st.sampled_from([
    "id: ", "title: ", "quiz:", "  - ", "    ", "\t", "&a ", "*a", "<<: ", "!!python/object/apply:os.system ",
    "!!binary ", "!tag ", "[", "]", "{", "}", ",", "? ", ": ", "|", ">", "'", '"', "#", "\n", "---",
    "...", "%YAML 1.1\n", "2001-02-30", "0x1F", ".inf", "~", "yes", "demo-a", "はじめ",
])


@PROPERTY_SETTINGS
@given(
    path=st.sampled_from(TARGETS),
    meta=st.lists(YAML_TOKENS | st.text(max_size=4), max_size=40).map("".join),
)
def test_yaml_token_soup_in_front_matter(tmp_path, path, meta):
    content = meta if path.endswith((".yaml", ".tsv")) else front_matter_file(meta + "\n", "本文\n")
    load_with(tmp_path, path, content)


def test_the_pack_the_properties_start_from_is_clean(tmp_path):
    """Problems in the property tests come from the replaced file, not from the base pack."""
    result = load_with(tmp_path, "tracks.yaml", BASE_FILES["tracks.yaml"])

    assert result.problems == []
    assert list(result.model.lessons) == ["first"]
