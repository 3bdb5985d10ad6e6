"""`newsparse check` results, written for people, for GitHub Actions, and as JUnit XML."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from newsparse.cli.goldens import Mismatch
from newsparse.cli.output import safe

Status = Literal["passed", "failed", "updated"]
_SHORT_VALUE: Final = 120
# A long text shown from this many characters before its first difference.
_CONTEXT: Final = 40
_DIFF_STYLES: Final = {"  -": "red", "  +": "green"}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What checking one capture gave."""

    source: str
    status: Status
    problems: tuple[str, ...] = ()
    mismatches: tuple[Mismatch, ...] = field(default=())


def _value(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHORT_VALUE else text[: _SHORT_VALUE - 1] + "…"


def _first_difference(mismatch: Mismatch) -> str:
    """`expected X, got Y`; for lists, the first item that differs and its index."""
    expected, actual = mismatch.expected, mismatch.actual
    if not (isinstance(expected, list) and isinstance(actual, list)):
        return f"expected {_value(expected)}, got {_value(actual)}"
    pairs = enumerate(zip(expected, actual, strict=False))
    shorter = min(len(expected), len(actual))
    index = next((i for i, (want, got) in pairs if want != got), shorter)

    def item(items: list[Any]) -> str:
        if index >= len(items):
            return f"the end of the list ({len(items)} items)"
        other = (actual if items is expected else expected)[index:][:1]
        return _value_from_difference(items[index], other[0] if other else None)

    return f"item {index}: expected {item(expected)}, got {item(actual)}"


def _value_from_difference(value: Any, other: Any) -> str:
    """A value as JSON; a long text shown from a little before where it parts from `other`."""
    if not (isinstance(value, str) and isinstance(other, str)) or len(_value(value)) < _SHORT_VALUE:
        return _value(value)
    pairs = enumerate(zip(value, other, strict=False))
    shared = min(len(value), len(other))
    parts_at = next((i for i, (mine, theirs) in pairs if mine != theirs), shared)
    start = max(0, parts_at - _CONTEXT)
    return _value(value[start:]).replace('"', '"…', 1) if start else _value(value)


def _details(outcome: Outcome) -> Iterator[str]:
    """One line per problem; a field's values, or a unified diff for lists."""
    yield from outcome.problems
    for mismatch in outcome.mismatches:
        if isinstance(mismatch.expected, list) or isinstance(mismatch.actual, list):
            yield f"{mismatch.field}:"
            yield from (f"  {line}" for line in mismatch.diff()[2:])
        else:
            yield (
                f"{mismatch.field}: expected {_value(mismatch.expected)}, "
                f"got {_value(mismatch.actual)}"
            )


def text_report(outcomes: list[Outcome]) -> Iterator[tuple[str, str]]:
    """(style, line) pairs for people: failures in full, passes in one line each."""
    for outcome in outcomes:
        if outcome.status == "failed":
            yield "bold red", f"FAIL {safe(outcome.source)}"
            for detail in _details(outcome):
                yield _DIFF_STYLES.get(detail[:3], ""), f"    {safe(detail)}"
        else:
            word = "ok  " if outcome.status == "passed" else "updated"
            yield "green", f"{word} {safe(outcome.source)}"
    yield "bold", summary(outcomes)


def summary(outcomes: list[Outcome]) -> str:
    """The closing line: `N passed, N failed` (and `, N updated` after --update)."""
    counts = {
        status: sum(o.status == status for o in outcomes)
        for status in ("passed", "failed", "updated")
    }
    line = f"{counts['passed']} passed, {counts['failed']} failed"
    return line + (f", {counts['updated']} updated" if counts["updated"] else "")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_report(outcomes: list[Outcome]) -> Iterator[str]:
    """GitHub Actions workflow commands: one `::error` annotation per problem."""
    for outcome in outcomes:
        if outcome.status != "failed":
            continue
        file = _escape_property(safe(outcome.source))
        for problem in outcome.problems:
            title = _escape_property("newsparse check")
            yield f"::error file={file},title={title}::{_escape_data(safe(problem))}"
        for mismatch in outcome.mismatches:
            title = _escape_property(f"newsparse check: {mismatch.field}")
            message = _first_difference(mismatch)
            yield f"::error file={file},title={title}::{_escape_data(safe(message))}"
    yield summary(outcomes)


def junit_xml(outcomes: list[Outcome]) -> str:
    """A JUnit XML report: one test case per capture."""
    from xml.etree import ElementTree  # only this report needs it

    failures = sum(outcome.status == "failed" for outcome in outcomes)
    suites = ElementTree.Element("testsuites", tests=str(len(outcomes)), failures=str(failures))
    suite = ElementTree.SubElement(
        suites,
        "testsuite",
        name="newsparse check",
        tests=str(len(outcomes)),
        failures=str(failures),
        errors="0",
        skipped="0",
    )
    for outcome in outcomes:
        case = ElementTree.SubElement(
            suite,
            "testcase",
            classname="newsparse.cli.goldens",
            name=safe(outcome.source),
            file=safe(outcome.source),
        )
        if outcome.status == "failed":
            details = [safe(line) for line in _details(outcome)]
            failure = ElementTree.SubElement(case, "failure", message=details[0] if details else "")
            failure.text = "\n".join(details)
    ElementTree.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + ElementTree.tostring(suites, encoding="unicode")
        + "\n"
    )
