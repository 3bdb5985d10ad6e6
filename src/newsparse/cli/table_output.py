"""`parse --format csv|parquet`: results written as a table, failures named on stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO

import typer

from newsparse.cli.batch import Result
from newsparse.cli.inputs import Input
from newsparse.cli.output import atomic_writer, fail
from newsparse.errors import os_reason
from newsparse.record import Record


def write_table(
    results: Iterable[Result], table_format: str, output: str | None, advance: Callable[[], None]
) -> int:
    """Write the records as CSV or Parquet; the number of inputs that failed."""
    from newsparse.tables import write_parquet

    failures = [0]

    def records() -> Iterator[Record]:
        for item in results:
            if isinstance(item, Input):
                fail(item.source, item.error or "failed")
                failures[0] += 1
            else:
                yield item
            advance()

    try:
        if table_format == "parquet":
            write_parquet(records(), output or "")
        elif output is None:
            _write_csv(records(), sys.stdout)
        else:
            with atomic_writer(output) as file:
                _write_csv(records(), file)
    except OSError as error:
        fail(output or "-", f"cannot write: {os_reason(error)}")
        raise typer.Exit(1) from None
    return failures[0]


def _write_csv(records: Iterable[Record], out: IO[str]) -> None:
    from newsparse.tables import csv_writer

    write = csv_writer(out)
    for record in records:
        write(record)
