"""The `newsparse` command: a thin Typer shell over the parser, doing the I/O and exit codes.

Exit codes: 0 every input parsed; 1 an input failed (each named on stderr in one line,
the others still written); 2 a usage error.
"""

import enum
import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from typing import IO, Annotated, Final

import typer

from newsparse import __version__
from newsparse.cli.batch import json_lines, parse_all
from newsparse.cli.goldens import DEFAULT_REQUIRED, unknown_fields
from newsparse.cli.help import PlainCommand, PlainGroup
from newsparse.cli.inputs import Input, expand
from newsparse.cli.output import (
    atomic_writer,
    fail,
    plain_view,
    progress_bar,
    rich_view,
)
from newsparse.cli.pipes import StdoutClosed, end_as_a_closed_pipe, stdout_may_close
from newsparse.errors import os_reason
from newsparse.parse import MAX_BYTES
from newsparse.record import json_schema

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2

app = typer.Typer(
    name="newsparse",
    cls=PlainGroup,
    help="Turn saved captures of isti.ir news pages (HTML or text) into one normalized record.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Paths = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Capture files, directories (searched recursively), or - for standard input.",
        show_default=False,
    ),
]
MaxBytes = Annotated[
    int,
    typer.Option(
        "--max-bytes", min=1, metavar="BYTES", help="Refuse inputs larger than this many bytes."
    ),
]
Jobs = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes; 0 = one per core."),
]


def _refuse_to_replace(path: str | None, force: bool) -> None:
    """End the run before any work if it would replace a file the user has, unasked."""
    if path is not None and os.path.exists(path) and not force:
        fail(path, "exists; add --force to replace it")
        raise typer.Exit(EXIT_FAILED)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsparse {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Turn saved captures of isti.ir news pages (HTML or text) into one normalized record."""


@app.command(cls=PlainCommand)
@stdout_may_close
def parse(
    paths: Paths,
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent each record.")] = False,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (atomically)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", "-f", help="Let --output replace an existing file.")
    ] = False,
    max_bytes: MaxBytes = MAX_BYTES,
    jobs: Jobs = 1,
    table_format: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="jsonl, csv or parquet (needs -o).")
    ] = "jsonl",
) -> None:
    """Print one JSON record per capture (JSON Lines), in input order."""
    if table_format not in ("jsonl", "csv", "parquet"):
        raise typer.BadParameter("not jsonl, csv or parquet", param_hint="--format")
    if table_format == "parquet" and output is None:
        raise typer.BadParameter("Parquet needs --output FILE", param_hint="--format")
    _refuse_to_replace(output, force)
    inputs = list(expand(paths))
    failed = 0
    if table_format != "jsonl":
        from newsparse.cli.table_output import write_table  # csv and pyarrow only here

        # Closed however the run ends, so that a pool of workers is shut down with it.
        with (
            closing(parse_all(inputs, max_bytes, jobs)) as results,
            progress_bar(len(inputs)) as advance,
        ):
            failed = write_table(results, table_format, output, advance)
        raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)
    with (
        closing(json_lines(inputs, max_bytes, jobs, pretty=pretty)) as lines,
        progress_bar(len(inputs)) as advance,
    ):
        if output is None:
            failed = _write_lines(lines, sys.stdout, advance)
        else:
            try:
                with atomic_writer(output) as file:
                    failed = _write_lines(lines, file, advance)
            except OSError as error:
                fail(output, f"cannot write: {os_reason(error)}")
                raise typer.Exit(EXIT_FAILED) from None
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _write_lines(lines: Iterator[str | Input], out: IO[str], advance: Callable[[], None]) -> int:
    failed = 0
    for item in lines:
        if isinstance(item, Input):
            fail(item.source, item.error or "failed")
            failed += 1
        else:
            out.write(item + "\n")
            out.flush()
        advance()
    return failed


@app.command(cls=PlainCommand)
@stdout_may_close
def show(
    paths: Paths,
    full: Annotated[bool, typer.Option("--full", help="Show every body paragraph.")] = False,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Show each capture's record as a table, then its body."""
    styled = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    console = None
    if styled:
        from rich.console import Console

        console = Console(highlight=False, emoji=False, markup=False)
    failed = 0
    for item in parse_all(expand(paths), max_bytes):
        if isinstance(item, Input):
            fail(item.source, item.error or "failed")
            failed += 1
        elif console is not None:
            rich_view(console, item, full=full)
        else:
            sys.stdout.write(plain_view(item, full=full) + "\n")
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


class ReportFormat(enum.StrEnum):
    """How `check` writes its results."""

    text = "text"
    github = "github"


@app.command(cls=PlainCommand, short_help="Compare captures with their golden records.")
@stdout_may_close
def check(
    paths: Paths,
    update: Annotated[
        bool, typer.Option("--update", help="Write or rewrite the goldens instead of comparing.")
    ] = False,
    require: Annotated[
        str,
        typer.Option(
            "--require", metavar="FIELDS", help="Fields a capture without a golden must have."
        ),
    ] = ",".join(DEFAULT_REQUIRED),
    report_format: Annotated[
        ReportFormat,
        typer.Option(
            "--format", metavar="text|github", help="text for people, github for annotations."
        ),
    ] = ReportFormat.text,
    junit_xml_path: Annotated[
        str | None,
        typer.Option("--junit-xml", metavar="FILE", help="Also write a JUnit XML report."),
    ] = None,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Compare each capture's record with its golden file.

    The golden of `page.txt` is `page.txt.json` beside it.
    """
    required = [name.strip() for name in require.split(",") if name.strip()]
    unknown = unknown_fields(required)
    if unknown:
        raise typer.BadParameter(f"not record fields: {', '.join(unknown)}", param_hint="--require")
    from newsparse.cli.check_command import check_all  # only `check` loads goldens and reports

    results = parse_all(expand(paths), max_bytes)
    github = report_format is ReportFormat.github
    failed = check_all(results, required, update=update, github=github, junit_path=junit_xml_path)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


@app.command(cls=PlainCommand)
@stdout_may_close
def stats(
    paths: Paths,
    as_json: Annotated[bool, typer.Option("--json", help="Print the stats as JSON.")] = False,
    svg: Annotated[
        str | None,
        typer.Option("--svg", metavar="FILE", help="Also draw the stats into an SVG file."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", "-f", help="Let --svg replace an existing file.")
    ] = False,
    max_bytes: MaxBytes = MAX_BYTES,
    jobs: Jobs = 1,
) -> None:
    """Sum up a corpus: captures, or the JSON Lines `parse` wrote."""
    from newsparse.cli.stats import gather  # only `stats` loads it
    from newsparse.cli.stats_view import plain_stats, rich_stats

    _refuse_to_replace(svg, force)
    summary = gather(paths, max_bytes, jobs).summary()
    if svg is not None:
        from rich.console import Console

        drawn = Console(record=True, width=100, file=io.StringIO(), markup=False, emoji=False)
        rich_stats(drawn, summary)
        try:
            with atomic_writer(svg) as file:
                file.write(drawn.export_svg(title="newsparse stats"))
        except OSError as error:
            fail(svg, f"cannot write: {os_reason(error)}")
            raise typer.Exit(EXIT_FAILED) from None
    if as_json:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    elif sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        from rich.console import Console

        rich_stats(Console(highlight=False, emoji=False, markup=False), summary)
    else:
        sys.stdout.write(plain_stats(summary))
    raise typer.Exit(EXIT_FAILED if summary["failed"] else EXIT_OK)


@app.command(cls=PlainCommand)
@stdout_may_close
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the record."""
    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except StdoutClosed:
        end_as_a_closed_pipe()
