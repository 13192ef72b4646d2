"""The JSON export matches its versioned JSON Schema and the model it came from."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

from edu.content import load_plan
from edu.content import plan_to_dict
from edu.content.serialize import SCHEMA_ID
from edu.content.serialize import SCHEMA_VERSION
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    text = resources.files("edu").joinpath("schema/content.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def test_export_is_valid_against_the_schema(schema: dict[str, Any]) -> None:
    """The shipped content's export validates against the schema in the package."""
    jsonschema.Draft202012Validator.check_schema(schema)
    doc = plan_to_dict(load_plan(CONTENT))
    jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)


def test_schema_and_export_agree_on_the_version(schema: dict[str, Any]) -> None:
    """The export names the schema it follows."""
    doc = plan_to_dict(load_plan(CONTENT))
    assert doc["$schema"] == schema["$id"] == SCHEMA_ID
    assert doc["schema_version"] == SCHEMA_VERSION


def test_schema_rejects_a_broken_export(schema: dict[str, Any]) -> None:
    """The schema is strict enough to catch a missing field or a bad comparator."""
    doc = plan_to_dict(load_plan(CONTENT))
    doc["lessons"][0]["targets"][0]["comparator"] = "below"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
    doc = plan_to_dict(load_plan(CONTENT))
    del doc["lessons"][0]["measures"][0]["source"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)


def test_whole_numbers_export_as_integers() -> None:
    """18 stays 18 (not 18.0); 10.75 stays a decimal."""
    doc = plan_to_dict(load_plan(CONTENT))
    values = [t["value"] for x in doc["lessons"] for t in x["targets"]]
    assert 18 in values
    assert 10.75 in values
    assert all(isinstance(v, int) or not float(v).is_integer() for v in values)


def test_introduction_is_not_a_lesson() -> None:
    """The introduction has its own key; lessons are the nine sections."""
    doc = plan_to_dict(load_plan(CONTENT))
    assert doc["introduction"]["title"] == "导言"
    assert all(x["title"] != "导言" for x in doc["lessons"])
    assert len(doc["principles"]) == 6
