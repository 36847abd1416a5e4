"""The JSON summary's digest: an untouched file verifies, any edit is caught and named,
both through verify_summary and through `mamori verify FILE`."""

from __future__ import annotations

import copy
import json

import pytest

from desktop.__main__ import main
from desktop.core.summary import build_summary, verify_summary, with_digest
from desktop.report.tabular import summary_json, write_json
from tests.support.summary_support import TODAY, State, mixed_plan, summary_input


@pytest.fixture(scope="module")
def exported(model) -> dict:
    """A summary as a buyer receives it: written to JSON text and parsed back."""
    plan = mixed_plan(model)
    details = {plan.overdue_item: State("partial", owner="山田", due=TODAY, note="メモ", evidence="写真")}
    summary = build_summary(model, summary_input(model, plan.statuses, plan.answers, details=details), "notes")
    return json.loads(summary_json(summary))


def _set(data: dict, path: tuple, value) -> None:
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


# (what is changed, the new value, the section verify must name)
EDITS = [
    (("company", "name"), "別の会社", "company"),
    (("company", "employees"), 9999, "company"),
    (("date",), "2030-01-01", "date"),
    (("generated_at",), "2030-01-01T00:00:00+00:00", "generated_at"),
    (("declared_by",), "だれか", "declared_by"),
    (("detail",), "summary", "detail"),
    (("selfcheck", "score"), 100, "selfcheck"),
    (("selfcheck", "answers", "3"), "yes", "selfcheck"),
    (("schemes", "scs-star3", "met"), 81, "schemes"),
    (("schemes", "scs-star4", "criteria", 0, "status"), "met", "schemes"),
    (("schemes", "scs-star4", "criteria", 152, "status"), "na", "schemes"),
    (("requirements", 0, "status"), "met", "requirements"),
    (("jama", "items", 0, "status"), "met", "jama"),
    (("security_action", 0, "met"), True, "security_action"),
    (("training", "learners"), [{"name": "全員", "completed": 52, "lessons": []}], "training"),
    (("plan", 0, "owner"), "社長", "plan"),
    (("plan",), [], "plan"),
    (("rule", "ja"), "全部達成とします", "rule"),
    (("scheme_versions", "scs"), "2099-01-01", "scheme_versions"),
    (("app_version",), "9.9.9", "app_version"),
    (("content_version",), "sha256:0000000000000000", "content_version"),
]


def test_untouched_summary_verifies(exported):
    result = verify_summary(exported)
    assert result.ok, result.message
    assert result.message.startswith("unchanged")
    assert result.changed == ()


@pytest.mark.parametrize("path, value, section", EDITS, ids=[".".join(map(str, e[0])) for e in EDITS])
def test_any_edit_fails_and_names_the_section(exported, path, value, section):
    tampered = copy.deepcopy(exported)
    _set(tampered, path, value)
    assert tampered != exported, "the edit must change something"
    result = verify_summary(tampered)
    assert not result.ok
    assert result.changed == (section,)
    assert section in result.message and "changed after export" in result.message


def test_an_added_section_is_named(exported):
    tampered = {**copy.deepcopy(exported), "certified_by": "IPA"}
    result = verify_summary(tampered)
    assert not result.ok and result.changed == ("certified_by",)


def test_a_removed_section_is_named(exported):
    tampered = copy.deepcopy(exported)
    del tampered["jama"]
    result = verify_summary(tampered)
    assert not result.ok and result.changed == ("jama",)


def test_two_edited_sections_are_both_named(exported):
    tampered = copy.deepcopy(exported)
    tampered["company"]["name"] = "別の会社"
    tampered["schemes"]["scs-star4"]["met"] = 153
    assert verify_summary(tampered).changed == ("company", "schemes")


def test_a_changed_digest_value_fails(exported):
    tampered = copy.deepcopy(exported)
    tampered["digest"]["value"] = "0" * 64
    result = verify_summary(tampered)
    assert not result.ok and "digest" in result.message


@pytest.mark.parametrize("key, value, words", [
    ("format", "something-else", "not a Mamori summary"),
    ("format_version", 3, "format_version"),
    ("digest", None, "digest"),
    ("digest", {"algorithm": "md5", "value": "x"}, "digest"),
])
def test_damaged_envelope_fails(exported, key, value, words):
    tampered = copy.deepcopy(exported)
    tampered[key] = value
    result = verify_summary(tampered)
    assert not result.ok and words in result.message


@pytest.mark.parametrize("data", [[], "text", 42, None])
def test_not_an_object_fails(data):
    assert not verify_summary(data).ok


def test_key_order_and_whitespace_do_not_matter(exported):
    """The digest is over the canonical form, so pretty-printing again is not an edit."""
    compact = json.loads(json.dumps(dict(reversed(list(exported.items()))), separators=(",", ":")))
    assert verify_summary(compact).ok


def test_a_re_digested_edit_verifies(exported):
    """What the docs say plainly: the digest detects edits after export; anyone can compute
    a new digest, so it does not prove who made the file."""
    forged = copy.deepcopy(exported)
    forged["schemes"]["scs-star4"]["met"] = 153
    assert verify_summary(with_digest(forged)).ok


# -- the command line --------------------------------------------------------------------------

@pytest.fixture
def json_file(tmp_path, model):
    plan = mixed_plan(model)
    path = tmp_path / "山田日本製作所-summary.json"
    write_json(build_summary(model, summary_input(model, plan.statuses, plan.answers)), path)
    return path


def test_cli_verify_unchanged_exits_0(json_file, capsys):
    assert main(["verify", str(json_file)]) == 0
    out = capsys.readouterr().out
    assert "unchanged" in out and str(json_file) in out


@pytest.mark.parametrize("path, value, section", [
    (("company", "name"), "別の会社", "company"),
    (("schemes", "scs-star4", "criteria", 5, "status"), "met", "schemes"),
    (("selfcheck", "score"), 100, "selfcheck"),
])
def test_cli_verify_edited_exits_1_and_names_the_section(json_file, capsys, path, value, section):
    data = json.loads(json_file.read_text(encoding="utf-8"))
    _set(data, path, value)
    json_file.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    assert main(["verify", str(json_file)]) == 1
    out = capsys.readouterr().out
    assert "unchanged" not in out
    assert "changed after export" in out and section in out


def test_cli_verify_text_edit_in_the_file_exits_1(json_file, capsys):
    """An edit with a text editor: one digit of a count in the file itself."""
    text = json_file.read_text(encoding="utf-8")
    data = json.loads(text)
    met = data["schemes"]["scs-star3"]["met"]
    edited = text.replace(f'"met": {met},', f'"met": {met + 1},', 1)
    assert edited != text
    json_file.write_text(edited, encoding="utf-8")
    assert main(["verify", str(json_file)]) == 1
    assert "schemes" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[]"])
def test_cli_verify_broken_file_exits_1_without_traceback(tmp_path, capsys, content):
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    assert main(["verify", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert "unchanged" not in captured.out


def test_cli_verify_missing_file_exits_1(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "nothing.json")]) == 1
    assert "no such file" in capsys.readouterr().err
