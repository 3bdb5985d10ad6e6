"""The record: one normalized news page, its JSON form, and the JSON Schema of that form.

The JSON keys and their types are a public contract: `to_dict()` and `json_schema()`
are both derived from the dataclass fields below, so they cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, Union

Format = Literal["text", "html"]
Language = Literal["en", "fa"]
Layout = Literal["current", "old-portal", "bmn"]

SCHEMA_ID = "urn:newsparse:record"


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """One news page capture, normalized."""

    source: str = field(metadata=_doc("The path as given, `-` for standard input."))
    format: Format = field(metadata=_doc("How the capture was saved."))
    language: Language = field(metadata=_doc("The page's edition, from its visible labels."))
    layout: Layout = field(metadata=_doc("Which page generation was recognised."))
    url: str | None = field(metadata=_doc("A URL the capture states for itself."))
    news_code: int | None = field(metadata=_doc("The article id (`News code`, `Number`)."))
    kicker: str | None = field(metadata=_doc("The overtitle, without its trailing `:` `;` `؛`."))
    title: str | None = field(metadata=_doc("The full title."))
    published: str | None = field(
        metadata=_doc("ISO 8601 with the Asia/Tehran offset, or YYYY-MM-DD without a time.")
    )
    captured_on: str | None = field(metadata=_doc("YYYY-MM-DD the page was captured on."))
    views: int | None = field(metadata=_doc("The view count."))
    study_minutes: int | None = field(metadata=_doc("Reading time in minutes; 0 under one."))
    categories: tuple[str, ...] = field(metadata=_doc("News groups, in page order, no repeats."))
    comment_count: int | None = field(metadata=_doc("Comments the page says it has."))
    body: tuple[str, ...] = field(metadata=_doc("Paragraphs and subheadings in order, lead first."))
    word_count: int = field(metadata=_doc("Words in `body`."))
    publisher: str | None = field(metadata=_doc("The copyright holder."))
    warnings: tuple[str, ...] = field(metadata=_doc("What looked wrong in the capture."))

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data, keys in contract order."""
        return {
            item.name: list(value)
            if isinstance(value := getattr(self, item.name), tuple)
            else value
            for item in dataclasses.fields(self)
        }


def _schema_of(hint: Any) -> dict[str, Any]:
    """The JSON Schema of one field's type hint."""
    origin = typing.get_origin(hint)
    if origin is Literal:
        return {"enum": list(typing.get_args(hint))}
    if origin in (Union, types.UnionType):
        return {"anyOf": [_schema_of(arg) for arg in typing.get_args(hint)]}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(typing.get_args(hint)[0])}
    simple = {str: "string", int: "integer", type(None): "null", bool: "boolean"}
    return {"type": simple[hint]}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `Record.to_dict()`, built from the dataclass."""
    hints = typing.get_type_hints(Record)
    properties = {
        item.name: {**_schema_of(hints[item.name]), "description": item.metadata["doc"]}
        for item in dataclasses.fields(Record)
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsparse record",
        "description": Record.__doc__,
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
