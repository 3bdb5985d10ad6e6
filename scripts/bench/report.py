"""The report: rows with their targets, the table, the machine, and BENCHMARKS.md's block."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import newsparse

MARK_START: Final = "<!-- bench:start -->"
MARK_END: Final = "<!-- bench:end -->"


@dataclasses.dataclass(frozen=True)
class Row:
    """One line of the table: a figure, and the target it is held to (if any)."""

    what: str
    figure: str
    target: str = ""
    met: bool | None = None

    def verdict(self) -> str:
        return "" if self.met is None else "PASS" if self.met else "MISS"


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s ({1000 * seconds / count:.2f} ms each)"


def table(rows: Sequence[Row]) -> str:
    lines = ["| measure | figure | target | |", "|---|---|---|---|"]
    lines += [f"| {row.what} | {row.figure} | {row.target} | {row.verdict()} |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    return (
        f"{dt.date.today().isoformat()}, {os.cpu_count()} cores ({platform.machine()}), "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}, "
        f"newsparse {newsparse.__version__}"
    )


def write_report(path: Path, report: str) -> None:
    """Put the report between the markers of `path`, keeping what stands around them."""
    block = f"{MARK_START}\n{report}\n{MARK_END}"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARK_START in old and MARK_END in old:
        before, rest = old.split(MARK_START, 1)
        after = rest.split(MARK_END, 1)[1]
        new = before + block + after
    else:
        new = f"# Benchmarks\n\nWritten by `make bench` (`scripts/bench/`).\n\n{block}\n"
    path.write_text(new, encoding="utf-8")
