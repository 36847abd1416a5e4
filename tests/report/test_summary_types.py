"""The typed shape of the summary (desktop/core/summary_types.py) and the published schema
(docs/summary.schema.json) describe the same thing: a key added, removed or made optional
in one and not in the other is a failure here.

The walk starts at the schema's root and SummaryWithDigest and follows both together: an
object of the schema with `properties` is a TypedDict (same keys; `required` ↔ required
keys), an object with only `additionalProperties` is a dict[str, …], an array is a
list[…], and a plain value has the same JSON type(s) as its annotation. The schema's
if/then/else rules (the version 2 fields, note and evidence at detail "notes") depend on
values, so those keys are NotRequired in the types.
"""

from __future__ import annotations

import copy
import json
import types
import typing
from typing import Any, Literal, NotRequired, Union, get_args, get_origin, is_typeddict

import pytest

from desktop.core import summary_types
from desktop.core.summary import TOP_LEVEL_KEYS
from desktop.core.summary_shape import NEW_IN_2_REQUIRED, REQUIRED_FIELDS
from desktop.core.summary_types import Criterion, Star3Fields, Summary, SummaryWithDigest
from tests.support.summary_support import SCHEMA_PATH

_JSON_TYPE = {str: "string", int: "integer", bool: "boolean", type(None): "null", float: "number"}


def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].removeprefix("#/$defs/")]
    return node


def _keys(typed: type) -> tuple[dict[str, Any], set[str]]:
    """The keys of a TypedDict with their types, and the required ones."""
    hints = typing.get_type_hints(typed, include_extras=True)
    required = set(typed.__required_keys__)  # type: ignore[attr-defined]
    # (Python 3.11 takes a NotRequired key for a required one under `from __future__ import annotations`)
    assert not {key for key in required if get_origin(hints[key]) is NotRequired}, typed.__name__
    return {key: get_args(hint)[0] if get_origin(hint) is NotRequired else hint
            for key, hint in hints.items()}, required


def _schema_types(schema: dict[str, Any], node: dict[str, Any]) -> set[str]:
    """The JSON types a plain value of NODE may have."""
    node = _resolve(schema, node)
    if "oneOf" in node or "anyOf" in node:
        return set().union(*(_schema_types(schema, n) for n in node.get("oneOf", node.get("anyOf"))))
    if "const" in node:
        return {_JSON_TYPE[type(node["const"])]}
    if "enum" in node:
        return {_JSON_TYPE[type(value)] for value in node["enum"]}
    kind = node.get("type")
    return set(kind) if isinstance(kind, list) else {kind}


def _annotation_types(hint: Any) -> set[str]:
    if get_origin(hint) in (Union, types.UnionType):
        return set().union(*(_annotation_types(arg) for arg in get_args(hint)))
    if get_origin(hint) is Literal:
        return {_JSON_TYPE[type(value)] for value in get_args(hint)}
    return {_JSON_TYPE.get(hint, repr(hint))}


def differences(schema: dict[str, Any], node: dict[str, Any], hint: Any, where: str,
                visited: set[type]) -> list[str]:
    """Every place where NODE of SCHEMA and the annotation HINT disagree."""
    node = _resolve(schema, node)
    if is_typeddict(hint):
        visited.add(hint)
        if node.get("type") != "object" or "properties" not in node:
            return [f"{where}: {hint.__name__} is a TypedDict, the schema has no object with properties"]
        properties, required = node["properties"], set(node.get("required", ()))
        keys, required_keys = _keys(hint)
        found = [f"{where}.{key}: in the schema, not in {hint.__name__}" for key in sorted(set(properties) - set(keys))]
        found += [f"{where}.{key}: in {hint.__name__}, not in the schema" for key in sorted(set(keys) - set(properties))]
        found += [f"{where}.{key}: required in the schema, NotRequired in {hint.__name__}"
                  for key in sorted(required - required_keys)]
        found += [f"{where}.{key}: required in {hint.__name__}, not in the schema's required"
                  for key in sorted(required_keys - required)]
        for key in sorted(set(properties) & set(keys)):
            found += differences(schema, properties[key], keys[key], f"{where}.{key}", visited)
        return found
    if get_origin(hint) is list:
        if node.get("type") != "array":
            return [f"{where}: a list in the types, {node.get('type')} in the schema"]
        return differences(schema, node.get("items", {}), get_args(hint)[0], f"{where}[]", visited)
    if get_origin(hint) is dict:
        extra = node.get("additionalProperties")
        if node.get("type") != "object" or not isinstance(extra, dict):
            return [f"{where}: a dict in the types, the schema has no object with additionalProperties"]
        found = [f"{where}.{key}: a named property unlike the others, so not a dict[str, …]"
                 for key, value in node.get("properties", {}).items() if value != extra]
        return found + differences(schema, extra, get_args(hint)[1], f"{where}.*", visited)
    in_schema, in_types = _schema_types(schema, node), _annotation_types(hint)
    if in_schema != in_types:
        return [f"{where}: {sorted(in_schema)} in the schema, {sorted(in_types)} in the types"]
    return []


def test_the_types_and_the_schema_have_the_same_objects_keys_and_required_keys():
    visited: set[type] = set()
    assert differences(_schema(), _schema(), SummaryWithDigest, "summary", visited) == []
    declared = {value for value in vars(summary_types).values() if is_typeddict(value)}
    # every other TypedDict is one of the schema's objects (Summary is SummaryWithDigest but its digest)
    assert declared - visited == {Star3Fields, Summary}


def test_the_star3_fields_are_the_optional_fields_of_a_criterion():
    fields, required = _keys(Star3Fields)
    criterion, criterion_required = _keys(Criterion)
    assert not required and fields == {key: criterion[key] for key in fields}
    assert set(fields) == set(criterion) - criterion_required


def test_the_summary_is_the_file_without_its_digest():
    assert set(_keys(SummaryWithDigest)[0]) - set(_keys(Summary)[0]) == {"digest"}


def test_the_checks_know_the_same_top_level_fields_as_the_types():
    keys, required = _keys(SummaryWithDigest)
    assert TOP_LEVEL_KEYS == set(keys)
    assert set(REQUIRED_FIELDS) == required
    assert set(NEW_IN_2_REQUIRED) <= set(keys) - required


@pytest.mark.parametrize("change, expected", [
    (lambda s: s["$defs"]["company"]["properties"].pop("scope"),
     "summary.company.scope: in Company, not in the schema"),
    (lambda s: s["$defs"]["planEntry"]["properties"].update(reviewer={"type": "string"}),
     "summary.plan[].reviewer: in the schema, not in PlanEntry"),
    (lambda s: s["$defs"]["criterion"]["required"].append("confirmation"),
     "summary.schemes.*.criteria[].confirmation: required in the schema, NotRequired in Criterion"),
    (lambda s: s["required"].remove("plan"),
     "summary.plan: required in SummaryWithDigest, not in the schema's required"),
    (lambda s: s["$defs"]["training"]["properties"]["learners"]["items"]["properties"]["completed"]
     .update({"$ref": "#/$defs/sha256"}),
     "summary.training.learners[].completed: ['string'] in the schema, ['integer'] in the types"),
])
def test_a_difference_is_found_and_named(change, expected):
    schema = copy.deepcopy(_schema())
    change(schema)
    assert differences(schema, schema, SummaryWithDigest, "summary", set()) == [expected]
