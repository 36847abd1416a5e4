"""Property tests: whatever a package file contains, import gives a clean answer.

Either ImportRejected (nothing written) or a successful import; never another exception.
Whatever Mamori accepts also matches the published JSON Schema.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import __version__
from desktop.core import vocab
from desktop.storage import clock, field_rules
from desktop.storage.exchange import (
    ImportRejected,
    ImportReport,
    export_handover,
    import_handover,
    parse_handover,
)
from desktop.storage.migrations import apply_pending
from desktop.storage.progress import ProgressStore

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "docs" / "handover.schema.json").read_text("utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

PROFILE_ID = "3b8f2c1e-9a4d-4e6b-8c2f-1d5e7a9b0c3d"
LEARNER_ID = "7c1d9e2f-3a4b-4c5d-8e6f-a7b8c9d0e1f2"
T1, T2 = "2026-11-25T09:00:00.000+00:00", "2026-11-26T10:30:00.250+00:00"
BASE = {
    "format": "mamori-package",
    "format_version": 1,
    "exported_at": T2,
    "app_version": "0.1.0",
    "profile": {
        "id": PROFILE_ID,
        "name": "見本製作所",
        "industry": "製造業",
        "employees": 25,
        "scope": "本社",
        "requested": ["sa1", "scs3"],
        "created_at": T1,
        "updated_at": T1,
    },
    "selfcheck": {
        "answers": {"1": "yes", "25": "unknown"},
        "updated_at": {"1": T1, "2": T2, "25": T2},
    },
    "items": {
        "upd-auto-os": {
            "status": "done",
            "reason": None,
            "note": "メモ",
            "owner": "佐藤",
            "due": "2027-03-31",
            "evidence": "",
            "updated_at": T1,
        },
        "wifi-guest": {
            "status": "na",
            "reason": "来客用Wi-Fiなし",
            "note": "",
            "owner": "",
            "due": None,
            "evidence": "",
            "updated_at": T2,
        },
    },
    "learners": [
        {
            "id": LEARNER_ID,
            "name": "佐藤",
            "created_at": T1,
            "lessons": {
                "hajime-update": {"completed_at": T2, "quiz_score": 4, "quiz_total": 5},
                "hajime-password": {"completed_at": T2, "quiz_score": None, "quiz_total": None},
            },
        },
    ],
    "history": [
        {"at": T1, "what": "profile", "key": "name", "old": None, "new": "見本製作所", "by": None},
        {
            "at": T1,
            "what": "item.status",
            "key": "upd-auto-os",
            "old": None,
            "new": "done",
            "by": LEARNER_ID,
            "by_name": "佐藤",
        },
    ],
}

# Any character, lone surrogates included: JSON text may carry them as "\\ud800".
any_text = st.text(st.characters(exclude_categories=()), max_size=20)
leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text
json_values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=25,
)
# Values near the edge of what is valid, to get past the first checks more often.
near_misses = st.sampled_from(
    [
        "",
        " ",
        "\n",
        "na",
        "done",
        "yes",
        "maybe",
        "sa1",
        "0",
        "1",
        "26",
        "01",
        "2026-02-30",
        "2026-12-31",
        "20261231",
        "2026-11-25T09:00:00",
        "2026-11-25T09:00:00Z",
        "9999-12-31T23:59:59-14:00",
        "0001-01-01T00:00:00+14:00",
        "2026-11-25T24:00:00+00:00",
        PROFILE_ID,
        LEARNER_ID,
        PROFILE_ID.upper(),
        "x" * 201,
        "a" * 65,
        "item-1",
        "Item",
        "\ud800",
        "a\udfff",
        "\x00",
        "名前\t",
        "reason",
        "partial",
        "unknown",
        -1,
        0,
        1,
        2,
        26,
        10**7,
        10**7 + 1,
        10**30,
        True,
        False,
        1.0,
        1.5,
        None,
        [],
        {},
        [None],
    ]
)


def fresh_store() -> ProgressStore:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    apply_pending(conn)
    return ProgressStore(conn)


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths(child, (*prefix, index))


@st.composite
def mutated_packages(draw):
    package = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from([p for p in paths(package) if p]))
        parent = package
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        # Weighted towards small changes, so that a fair share of packages stays valid
        # and the schema comparison in import_cleanly gets exercised.
        action = draw(st.sampled_from(["near"] * 5 + ["delete"] * 2 + ["replace"] * 2 + ["add"]))
        if action == "delete":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(any_text | near_misses.filter(lambda v: isinstance(v, str)))] = draw(
                json_values | near_misses
            )
        else:
            parent[last] = draw(near_misses if action == "near" else json_values)
    return package


def import_cleanly(package) -> ImportReport | None:
    store = fresh_store()
    try:
        report = import_handover(store, package, known_item_ids=["upd-auto-os"])
    except ImportRejected as rejected:
        assert str(rejected).startswith(f"{rejected.field}: ")
        assert store.list_profiles() == []  # nothing written
        return None
    # Accepted by Mamori, so it must match the published schema; so must a re-export.
    VALIDATOR.validate(package)
    VALIDATOR.validate(export_handover(store, report.profile_id))
    return report


def test_the_base_package_is_valid():
    assert import_cleanly(copy.deepcopy(BASE)).added


@PROPERTY_SETTINGS
@given(json_values)
def test_arbitrary_json_values_never_crash_the_import(value):
    import_cleanly(value)


@PROPERTY_SETTINGS
@given(
    st.fixed_dictionaries(
        {"format": st.just("mamori-package"), "format_version": st.just(1)},
        optional={key: json_values for key in BASE if key not in ("format", "format_version")},
    )
)
def test_package_shaped_values_never_crash_the_import(value):
    import_cleanly(value)


@PROPERTY_SETTINGS
@given(mutated_packages())
def test_mutated_packages_are_imported_or_rejected_cleanly(package):
    import_cleanly(package)


@PROPERTY_SETTINGS
@given(st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
def test_arbitrary_bytes_never_crash_the_reader(raw):
    try:
        data = parse_handover(raw)
    except ImportRejected:
        return
    import_cleanly(data)


# -- valid packages: accepted, schema-valid, and exported again unchanged ----------------

names = st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=20).filter(
    lambda name: name == name.strip() and name.strip()
)
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
stamps = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).map(clock.stamp)
content_ids = st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)
uuids = st.uuids().map(str)


@st.composite
def items(draw):
    status = draw(st.sampled_from(vocab.ITEM_STATUSES))
    return {
        "status": status,
        "reason": draw(texts.filter(str.strip)) if status == "na" else None,
        "note": draw(texts),
        "owner": draw(texts),
        "due": draw(st.none() | st.dates().map(date.isoformat)),
        "evidence": draw(texts),
        "updated_at": draw(stamps),
    }


@st.composite
def lessons(draw):
    total = draw(st.none() | st.integers(1, field_rules.QUIZ_MAX))
    score = None if total is None else draw(st.integers(0, total))
    return {"completed_at": draw(stamps), "quiz_score": score, "quiz_total": total}


@st.composite
def valid_packages(draw):
    requested = draw(st.sets(st.sampled_from(vocab.REQUESTS)))
    answered = draw(
        st.dictionaries(st.integers(1, 25), st.none() | st.sampled_from(vocab.SELFCHECK_ANSWERS))
    )
    learners = [
        {
            "id": learner_id,
            "name": draw(names),
            "created_at": draw(stamps),
            "lessons": draw(st.dictionaries(content_ids, lessons(), max_size=3)),
        }
        for learner_id in draw(st.sets(uuids, max_size=3))
    ]
    history = [
        {
            "at": draw(stamps),
            "what": draw(st.sampled_from(["profile", "item.note", "answer", "x.y-z"])),
            "key": draw(names),
            "old": draw(st.none() | texts),
            "new": draw(st.none() | texts),
            "by": draw(st.none() | uuids),
            "by_name": draw(st.none() | names),
        }
        for _ in range(draw(st.integers(0, 5)))
    ]
    return {
        "format": "mamori-package",
        "format_version": 1,
        "exported_at": draw(stamps),
        "app_version": __version__,
        "profile": {
            "id": draw(uuids),
            "name": draw(names),
            "industry": draw(texts),
            "employees": draw(st.none() | st.integers(0, field_rules.EMPLOYEES_MAX)),
            "scope": draw(texts),
            "requested": [r for r in vocab.REQUESTS if r in requested],
            "created_at": draw(stamps),
            "updated_at": draw(stamps),
        },
        "selfcheck": {
            "answers": {str(q): a for q, a in answered.items() if a is not None},
            "updated_at": {str(q): draw(stamps) for q in answered},
        },
        "items": draw(st.dictionaries(content_ids, items(), max_size=4)),
        # In the order an export writes them.
        "learners": sorted(learners, key=lambda learner: (learner["created_at"], learner["id"])),
        "history": sorted(history, key=lambda entry: entry["at"]),
    }


@settings(max_examples=150, deadline=None, database=None)
@given(valid_packages())
def test_valid_packages_import_and_export_unchanged(package):
    VALIDATOR.validate(package)
    store = fresh_store()
    report = import_handover(store, copy.deepcopy(package))
    assert report.added
    again = export_handover(store, package["profile"]["id"])
    package.pop("exported_at"), again.pop("exported_at")
    assert again == package
