"""The exported JSON against the published schema docs/summary.schema.json."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from desktop.core.summary import DETAIL_LEVELS, build_summary
from desktop.report.tabular import CSV_COLUMNS, summary_json
from tests.support.summary_support import SCHEMA_PATH, TODAY, State, mixed_plan, summary_input


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def exported(model, data, detail="requirements") -> dict:
    return json.loads(summary_json(build_summary(model, data, detail)))


def assert_valid(validator, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


@pytest.fixture(scope="module")
def mixed_doc(model):
    plan = mixed_plan(model)
    details = {plan.overdue_item: State("partial", owner="山田", due=TODAY, note="メモ", evidence="写真")}
    return exported(model, summary_input(model, plan.statuses, plan.answers, details=details,
                                         learners=[("山田太郎", list(model.lessons)[:4])]), "notes")


def test_schema_is_a_valid_draft_2020_12_schema():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("detail", DETAIL_LEVELS)
def test_mixed_company_validates_at_every_detail_level(model, validator, detail):
    plan = mixed_plan(model)
    details = {plan.overdue_item: State("not_done", owner="山田", due=TODAY, note="メモ", evidence="写真")}
    assert_valid(validator, exported(model, summary_input(model, plan.statuses, plan.answers, details=details), detail))


def test_new_company_validates(model, validator):
    """Nothing answered: band is null, plan and training are empty."""
    assert_valid(validator, exported(model, summary_input(model, {}, {})))


def test_all_done_company_validates(model, validator):
    statuses = dict.fromkeys(model.items, "done")
    assert_valid(validator, exported(model, summary_input(model, statuses, {q: "yes" for q in range(1, 26)})))


def test_store_export_validates(model, validator, mixed, tmp_path):
    """The file `mamori export` writes (through the store and write_summary) validates."""
    from desktop.report.build import summary_for, write_summary

    store, profile, _ = mixed
    path = tmp_path / "summary.json"
    write_summary(summary_for(store, model, profile.id, detail="notes", today=TODAY), "json", path)
    assert_valid(validator, json.loads(path.read_text(encoding="utf-8")))


def test_a_future_field_inside_a_section_is_allowed(validator, mixed_doc):
    document = copy.deepcopy(mixed_doc)
    document["company"]["website"] = "https://example.jp"
    document["schemes"]["scs-star4"]["criteria"][0]["evidence_count"] = 2
    assert_valid(validator, document)


def test_an_unknown_top_level_field_is_refused_as_verify_refuses_it(validator, mixed_doc):
    from desktop.core.summary import TOP_LEVEL_KEYS, verify_summary, with_digest

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert set(schema["properties"]) == TOP_LEVEL_KEYS  # the schema and verify agree
    document = copy.deepcopy(mixed_doc)
    document["signature"] = {"kind": "future"}
    assert list(validator.iter_errors(document))
    body = {k: v for k, v in document.items() if k != "digest"}
    assert not verify_summary(with_digest(body)).ok


# Each of these breaks one documented rule; the schema must catch it (it is not vacuous).
BREAKAGES = [
    ("criterion status outside the vocabulary", ("schemes", "scs-star4", "criteria", 0, "status"), "done"),
    ("count not an integer", ("schemes", "scs-star3", "met"), "81"),
    ("negative count", ("schemes", "scs-star3", "na"), -1),
    ("date not YYYY-MM-DD", ("date",), "2026/04/01"),
    ("impossible month", ("date",), "2026-13-01"),
    ("generated_at without offset", ("generated_at",), "2026-04-01T09:30:00"),
    ("wrong format name", ("format",), "mamori"),
    ("newer format_version", ("format_version",), 3),
    ("digest not hex", ("digest", "value"), "xyz"),
    ("digest algorithm", ("digest", "algorithm"), "md5"),
    ("self-check answer", ("selfcheck", "answers", "1"), "maybe"),
    ("unknown detail level", ("detail",), "everything"),
    ("plan status done", ("plan", 0, "status"), "done"),
    ("due date format", ("plan", 0, "due"), "01.04.2026"),
    ("requested outside the vocabulary", ("company", "requested"), ["scs5"]),
    ("star outside 3/4", ("schemes", "scs-star4", "criteria", 0, "star"), 5),
]


@pytest.mark.parametrize("path, value", [b[1:] for b in BREAKAGES], ids=[b[0] for b in BREAKAGES])
def test_schema_rejects(validator, mixed_doc, path, value):
    document = copy.deepcopy(mixed_doc)
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not validator.is_valid(document)


@pytest.mark.parametrize("key", ["format", "company", "schemes", "plan", "digest", "generated_at"])
def test_schema_requires(validator, mixed_doc, key):
    document = copy.deepcopy(mixed_doc)
    del document[key]
    assert not validator.is_valid(document)


def test_notes_outside_the_notes_level_are_rejected(validator, mixed_doc):
    """A file that says "requirements" must not carry the company's notes."""
    document = copy.deepcopy(mixed_doc)
    document["detail"] = "requirements"
    assert not validator.is_valid(document)
    for entry in document["plan"]:
        entry.pop("note"), entry.pop("evidence")
    assert not validator.is_valid(document)  # the items behind the criteria still carry them
    for entry in document["items"]:
        entry.pop("note"), entry.pop("evidence")
    assert_valid(validator, document)


def test_every_field_is_in_the_schema_and_the_docs(mixed_doc):
    """A field added to the summary must be published: in the schema and in docs/summary.md."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    docs = (SCHEMA_PATH.parent / "summary.md").read_text(encoding="utf-8")
    assert set(mixed_doc) <= set(schema["properties"])
    undocumented = [key for key in mixed_doc if f"`{key}`" not in docs]
    assert not undocumented
    samples = {"company": mixed_doc["company"], "selfcheck": mixed_doc["selfcheck"],
               "planEntry": mixed_doc["plan"][0], "criterion": mixed_doc["schemes"]["scs-star4"]["criteria"][0],
               "requirement": mixed_doc["requirements"][0], "level": mixed_doc["schemes"]["scs-star3"],
               "itemEntry": mixed_doc["items"][0]}
    for name, sample in samples.items():
        assert set(sample) <= set(schema["$defs"][name]["properties"]), name
    assert all(f"`{column}`" in docs for column in CSV_COLUMNS)


def test_the_docs_python_check_agrees_with_verify(tmp_path, mixed_doc):
    """The snippet in docs/summary.md, run as written, says True for an exported file."""
    import re
    import subprocess
    import sys

    docs = (SCHEMA_PATH.parent / "summary.md").read_text(encoding="utf-8")
    snippet = re.search(r"```python\n(.*?)```", docs, re.DOTALL).group(1)
    (tmp_path / "summary.json").write_text(json.dumps(mixed_doc, ensure_ascii=False, indent=1), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", snippet], cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "True", result.stderr
