"""The `check` command's work: each capture against its golden file, then the report.

Loaded only by `check`, so that `parse` and `show` never import the golden and report code.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable

from newsparse.cli.batch import Result
from newsparse.cli.goldens import compare, golden_path, golden_text, missing_required
from newsparse.cli.inputs import STDIN, Input
from newsparse.cli.output import atomic_writer, fail
from newsparse.cli.report import Outcome, github_report, junit_xml, text_report
from newsparse.errors import os_reason


def check_all(
    results: Iterable[Result],
    required: list[str],
    *,
    update: bool,
    github: bool,
    junit_path: str | None,
) -> bool:
    """Check or update each result's golden, write the reports; True if anything failed."""
    outcomes = [_check_one(item, required, update) for item in results]
    failed = any(outcome.status == "failed" for outcome in outcomes)
    if junit_path is not None:
        try:
            with atomic_writer(junit_path) as file:
                file.write(junit_xml(outcomes))
        except OSError as error:
            fail(junit_path, f"cannot write: {os_reason(error)}")
            failed = True
    _write_report(outcomes, github)
    return failed


def _check_one(item: Result, required: list[str], update: bool) -> Outcome:
    if isinstance(item, Input):
        return Outcome(item.source, "failed", (item.error or "failed",))
    golden = golden_path(item.source)
    if update:
        if item.source == STDIN:
            return Outcome(item.source, "failed", ("standard input has no golden file",))
        try:
            with atomic_writer(golden) as file:
                file.write(golden_text(item, os.path.basename(item.source)))
        except OSError as error:
            return Outcome(item.source, "failed", (f"cannot write {golden}: {os_reason(error)}",))
        return Outcome(item.source, "updated")
    try:
        with open(golden, encoding="utf-8") as file:
            expected = json.load(file)
    except FileNotFoundError:
        missing = missing_required(item, required)
        problems = tuple(f"{name}: required, but the capture has none" for name in missing)
        return Outcome(item.source, "failed" if missing else "passed", problems)
    except (OSError, ValueError) as error:
        return Outcome(item.source, "failed", (f"cannot read golden {golden}: {error}",))
    if not isinstance(expected, dict):
        return Outcome(item.source, "failed", (f"golden {golden} is not a JSON object",))
    mismatches = tuple(compare(item, expected))
    return Outcome(item.source, "failed" if mismatches else "passed", mismatches=mismatches)


def _write_report(outcomes: list[Outcome], github: bool) -> None:
    if github:
        sys.stdout.write("".join(f"{line}\n" for line in github_report(outcomes)))
        return
    lines = text_report(outcomes)
    if sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False, emoji=False, markup=False)
        for style, line in lines:
            console.print(Text(line, style=style))
    else:
        sys.stdout.write("".join(f"{line}\n" for _, line in lines))
