"""The JSON Schema of the record: built from the type, it accepts what parse gives and
rejects what the contract forbids."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

import newsparse
from conftest import FIXTURES, REFERENCE
from newsparse.cli.app import app
from newsparse.cli.inputs import CAPTURE_SUFFIXES
from test_fixtures import OPEN

VALIDATOR = jsonschema.Draft202012Validator(newsparse.json_schema())
CAPTURES = sorted(
    path
    for path in FIXTURES.rglob("*")
    if path.name.endswith(CAPTURE_SUFFIXES) and path.name != "README.md"
)


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(newsparse.json_schema())


def optional(kind: str) -> dict[str, Any]:
    return {"anyOf": [{"type": kind}, {"type": "null"}]}


def strings() -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string"}}


# The contract, written out from the README's table of keys, in its order.
CONTRACT: dict[str, dict[str, Any]] = {
    "source": {"type": "string"},
    "format": {"enum": ["text", "html"]},
    "language": {"enum": ["en", "fa"]},
    "layout": {"enum": ["current", "old-portal", "bmn"]},
    "url": optional("string"),
    "news_code": optional("integer"),
    "kicker": optional("string"),
    "title": optional("string"),
    "published": optional("string"),
    "captured_on": optional("string"),
    "views": optional("integer"),
    "study_minutes": optional("integer"),
    "categories": strings(),
    "comment_count": optional("integer"),
    "body": strings(),
    "word_count": {"type": "integer"},
    "publisher": optional("string"),
    "warnings": strings(),
}


def test_the_schema_states_the_contract_of_the_readme() -> None:
    schema = newsparse.json_schema()
    assert list(schema["properties"]) == list(CONTRACT)
    assert schema["required"] == list(CONTRACT)
    assert schema["additionalProperties"] is False
    types = {
        name: {key: value for key, value in spec.items() if key != "description"}
        for name, spec in schema["properties"].items()
    }
    assert types == CONTRACT
    assert all(spec["description"] for spec in schema["properties"].values())


@pytest.mark.parametrize("capture", CAPTURES, ids=[str(c.relative_to(FIXTURES)) for c in CAPTURES])
def test_every_fixture_record_validates(capture: Any) -> None:
    try:
        record = newsparse.parse_path(capture)
    except newsparse.NotACapture:
        # A capture refused gives no record: only an open one may be refused.
        assert f"{capture.parent.name}/{capture.name}" in OPEN
        return
    VALIDATOR.validate(record.to_dict())


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("views", "218"),
        ("news_code", 1.5),
        ("layout", "modern"),
        ("categories", "NEWS"),
        ("body", [1]),
        ("published", 20230915),
        ("warnings", None),
    ],
)
def test_a_record_with_a_wrong_type_is_rejected(field: str, value: object) -> None:
    data = copy.deepcopy(newsparse.parse_path(REFERENCE).to_dict())
    data[field] = value
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(data)


def test_a_record_with_an_extra_or_missing_key_is_rejected() -> None:
    data = newsparse.parse_path(REFERENCE).to_dict()
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate({**data, "extra": 1})
    del data["title"]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(data)


def test_schema_command_prints_the_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == newsparse.json_schema()
