"""Reading and checking a received summary file: the checks `mamori verify` and `mamori collect`
share (size, UTF-8, JSON without repeated keys, digest, top-level fields, field shapes)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from desktop.__main__ import main
from desktop.core.summary_check import (
    KNOWN_FIELDS,
    MAX_SUMMARY_BYTES,
    REQUIRED_FIELDS,
    check_file,
    check_summary,
)
from tests.support.collect_support import base_summary, company_id, variant, write
from tests.support.summary_support import SCHEMA_PATH


@pytest.fixture(scope="module")
def base(model):
    return base_summary(model)


@pytest.fixture(scope="module")
def schema():
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema):
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_a_genuine_summary_is_accepted_with_its_company_id(base, tmp_path):
    path = write(tmp_path / "a.json", variant(base, 7))
    outcome = check_file(str(path))
    assert outcome.reason is None
    record = outcome.record
    assert record.supplier_id == company_id(7)
    assert record.supplier["name"] == "取引先007株式会社"
    assert record.supplier["generated_at_utc"] == "2026-04-01T00:30:00+00:00"
    assert len(record.criteria) == 153  # every SCS criterion once, though ★3 and ★4 both list them
    assert len(record.plans) == 3


def test_a_summary_without_company_id_is_keyed_by_its_name(base, tmp_path):
    outcome = check_file(str(write(tmp_path / "old.json", variant(base, 1, name="古い会社", with_id=False))))
    assert outcome.record.supplier_id == "name:古い会社"
    assert outcome.record.supplier["company_id"] is None


def _duplicate_company(text: str) -> str:
    return text.replace('\n  "company": {', '\n  "company": {"name": "偽物"},\n  "company": {', 1)


def _edited_count(text: str) -> str:
    return text.replace('"met": ', '"met": 1', 1)


REJECTED = {
    # what is wrong: (how the file is made from a good one, words the reason must hold)
    "changed after export": (lambda good: _edited_count(good.read_text(encoding="utf-8")), "changed after export"),
    "repeated key": (lambda good: _duplicate_company(good.read_text(encoding="utf-8")), "appears twice"),
    "not json": (lambda good: "<html>報告書</html>", "is not JSON"),
    "not utf-8": (lambda good: good.read_bytes().decode("utf-8").encode("shift_jis", errors="replace"),
                  "not UTF-8"),
    "a json list": (lambda good: "[1, 2]", "top level is not an object"),
    "a hand-over file": (lambda good: '{"format": "mamori-package", "format_version": 1}', "not a Mamori summary"),
    "nan": (lambda good: good.read_text(encoding="utf-8").replace('"employees": 12', '"employees": NaN', 1),
            "NaN is not a JSON number"),
}


@pytest.mark.parametrize("case", sorted(REJECTED))
def test_each_kind_of_bad_file_is_rejected_with_its_reason(base, tmp_path, case):
    good = write(tmp_path / "good.json", variant(base, 1))
    make, words = REJECTED[case]
    content = make(good)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert bad.read_bytes() != good.read_bytes()
    outcome = check_file(str(bad))
    assert outcome.record is None
    assert words in outcome.reason


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_SUMMARY_BYTES + 1)  # sparse: instant, and reading it would be slow
    outcome = check_file(str(huge))
    assert outcome.record is None
    assert "more than the 10 MB a summary may be" in outcome.reason
    assert outcome.sha256 is None  # refused on its size alone


def test_an_unknown_top_level_field_is_refused_even_with_a_fresh_digest(base, tmp_path):
    document = variant(base, 1, change=lambda s: s.update(certified_by="IPA"))
    result = check_summary(document)
    assert not result.ok and "unknown top-level field" in result.message and "certified_by" in result.message


def test_the_known_fields_are_the_schemas_properties(schema):
    assert KNOWN_FIELDS == set(schema["properties"])
    assert set(REQUIRED_FIELDS) == set(schema["required"])


def _set(path, value):
    def change(summary):
        target = summary
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _drop(path):
    def change(summary):
        target = summary
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return change


# Each edit breaks a rule of docs/summary.schema.json; the digest is made afresh, so only the
# shape check can catch it.
SHAPE_EDITS = {
    "criterion status": (_set(("schemes", "scs-star4", "criteria", 3, "status"), "done"), "criteria[3].status"),
    "criterion number": (_set(("schemes", "scs-star3", "criteria", 0, "id"), "1.2.1.1"), "criteria[0].id"),
    "star as text": (_set(("schemes", "scs-star4", "criteria", 1, "star"), "3"), "criteria[1].star"),
    "count as bool": (_set(("schemes", "scs-star3", "met"), True), "scs-star3.met"),
    "negative count": (_set(("schemes", "scs-star3", "na"), -1), "scs-star3.na"),
    "company id": (_set(("company", "id"), "ABC"), "company.id"),
    "no company name": (_set(("company", "name"), ""), "company.name"),
    "employees as text": (_set(("company", "employees"), "十二"), "company.employees"),
    "request code": (_set(("company", "requested"), ["iso27001"]), "company.requested[0]"),
    "report date": (_set(("date",), "2026-02-30"), "date"),
    "export time": (_set(("generated_at",), "2026-04-01 09:30"), "generated_at"),
    "plan due": (_set(("plan", 0, "due"), "来月"), "plan[0].due"),
    "plan status": (_set(("plan", 0, "status"), "done"), "plan[0].status"),
    "plan note at requirements": (_set(("plan", 0, "note"), "社内メモ"), "plan[0].note"),
    "item status": (_set(("items", 0, "status"), "met"), "items[0].status"),
    "item without id": (_set(("items", 1, "id"), ""), "items[1].id"),
    "item due": (_set(("items", 2, "due"), "2026-13-01"), "items[2].due"),
    "item owner": (_set(("items", 0, "owner"), None), "items[0].owner"),
    "missing plan": (_drop(("plan",)), "plan is missing"),
    "missing criteria": (_drop(("schemes", "scs-star4", "criteria")), "criteria is missing"),
    "detail": (_set(("detail",), "everything"), "detail"),
    "selfcheck answer": (_set(("selfcheck", "answers", "1"), "maybe"), "selfcheck.answers.1"),
    "security action met": (_set(("security_action", 0, "met"), "yes"), "security_action[0].met"),
    "jama level": (_set(("jama", "items", 0, "level"), "L1"), "jama.items[0].level"),
}


@pytest.mark.parametrize("case", sorted(SHAPE_EDITS))
def test_the_shape_check_refuses_what_the_schema_refuses(base, validator, case):
    change, where = SHAPE_EDITS[case]
    document = json.loads(json.dumps(variant(base, 1, change=change)))
    assert list(validator.iter_errors(document)), "the edit must break the published schema"
    result = check_summary(document)
    assert not result.ok
    assert "does not match the summary schema" in result.message and where in result.message


def test_the_shape_check_accepts_what_the_schema_accepts(model, base, validator):
    from desktop.core.summary import build_summary, with_digest
    from tests.support.summary_support import summary_input

    documents = [variant(base, 1), variant(base, 2, with_id=False),
                 with_digest(build_summary(model, summary_input(model, {}, {}), "notes")),
                 with_digest(build_summary(model, summary_input(model, dict.fromkeys(model.items, "done"), {}),
                                           "summary"))]
    for document in documents:
        document = json.loads(json.dumps(document))
        validator.validate(document)
        assert check_summary(document).ok


# -- verify uses the same checks ---------------------------------------------------------------

def test_verify_refuses_a_repeated_key_even_when_the_digest_matches(base, tmp_path, capsys):
    """The last "company" wins in a plain parser, so the digest still matches: only the
    repeated-key check notices the hidden first one."""
    good = write(tmp_path / "good.json", variant(base, 1))
    bad = tmp_path / "twice.json"
    bad.write_text(_duplicate_company(good.read_text(encoding="utf-8")), encoding="utf-8")
    assert json.loads(bad.read_text(encoding="utf-8")) == json.loads(good.read_text(encoding="utf-8"))
    assert main(["verify", str(bad)]) == 1
    captured = capsys.readouterr()
    assert "appears twice" in captured.err and "Traceback" not in captured.err + captured.out


def test_verify_refuses_a_redigested_unknown_field_and_a_bad_shape(base, tmp_path, capsys):
    extra = write(tmp_path / "extra.json", variant(base, 1, change=lambda s: s.update(seal="社印")))
    assert main(["verify", str(extra)]) == 1
    assert "unknown top-level field(s): seal" in capsys.readouterr().out
    shape = write(tmp_path / "shape.json", variant(base, 1, change=_set(("date",), "昨日")))
    assert main(["verify", str(shape)]) == 1
    assert "does not match the summary schema: date" in capsys.readouterr().out


def test_verify_refuses_a_huge_file(tmp_path, capsys):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_SUMMARY_BYTES + 1)
    assert main(["verify", str(huge)]) == 1
    assert "10 MB" in capsys.readouterr().err
