"""Goldens: where a capture's expected record lives, and how a record is compared with it.

Convention: the golden of `page.txt` is `page.txt.json` beside it (the capture's whole
file name plus `.json`), so `page.txt` and `page.html` of one page never share a golden.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from newsparse.record import Record

GOLDEN_SUFFIX: Final = ".json"
# `source` is the path as given, which differs with the directory check runs from.
IGNORED_FIELDS: Final = frozenset({"source"})
# A capture that lost its body fails `check` too.
DEFAULT_REQUIRED: Final = ("title", "published", "news_code", "body")


def golden_path(capture: str) -> str:
    """The golden file of a capture."""
    return capture + GOLDEN_SUFFIX


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One field whose value differs from the golden's."""

    field: str
    expected: Any
    actual: Any

    def diff(self) -> list[str]:
        """A unified diff of the two values, paragraph per line for lists."""
        return list(
            difflib.unified_diff(
                _diff_lines(self.expected),
                _diff_lines(self.actual),
                "expected",
                "actual",
                lineterm="",
            )
        )


def _diff_lines(value: Any) -> list[str]:
    if isinstance(value, list):
        return [json.dumps(item, ensure_ascii=False) for item in value]
    return [json.dumps(value, ensure_ascii=False)]


def compare(record: Record, golden: dict[str, Any]) -> list[Mismatch]:
    """The fields where the record differs from the golden, in record order."""
    actual = record.to_dict()
    fields = [name for name in actual if name not in IGNORED_FIELDS]
    fields += [name for name in golden if name not in actual]
    return [
        Mismatch(name, golden.get(name), actual.get(name))
        for name in fields
        if name not in IGNORED_FIELDS and golden.get(name) != actual.get(name)
    ]


def missing_required(record: Record, required: Iterable[str]) -> list[str]:
    """The required fields the record has no value for."""
    values = record.to_dict()
    return [name for name in required if values.get(name) in (None, [], "")]


def unknown_fields(required: Iterable[str]) -> list[str]:
    """Names given to --require that are not record fields."""
    known = set(Record.__dataclass_fields__)
    return [name for name in required if name not in known]


def golden_text(record: Record, source: str) -> str:
    """The golden file's text: the record with `source` as the capture's file name,
    indented, keys in record order, with a trailing newline."""
    data = record.to_dict()
    data["source"] = source
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
