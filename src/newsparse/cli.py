"""The `newsparse` command: a thin Typer shell over the parser, doing the I/O and exit codes.

Exit codes: 0 every input parsed; 1 an input failed (each named on stderr in one line,
the others still written); 2 a usage error.
"""

import enum
import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, Annotated, Final

import typer

from newsparse import __version__
from newsparse.batch import Result, parse_all
from newsparse.check import (
    DEFAULT_REQUIRED,
    compare,
    golden_path,
    golden_text,
    missing_required,
    unknown_fields,
)
from newsparse.errors import os_reason
from newsparse.inputs import STDIN, Input, expand
from newsparse.output import (
    atomic_writer,
    json_line,
    one_line,
    plain_view,
    progress_bar,
    rich_view,
)
from newsparse.parse import MAX_BYTES
from newsparse.record import json_schema
from newsparse.report import Outcome, github_report, junit_xml, text_report
from newsparse.typer_speed import install as install_plain_options

# typer would load pydantic to check every option, which costs more than a parse.
install_plain_options()

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2

app = typer.Typer(
    name="newsparse",
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
    int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this many bytes.")
]


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


def fail(source: str, reason: str) -> None:
    """One line on stderr naming the input and what is wrong with it."""
    sys.stderr.write(f"newsparse: error: {one_line(source)}: {one_line(reason)}\n")


@app.command()
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
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes; 0 = one per core.")
    ] = 1,
) -> None:
    """Print one JSON record per capture (JSON Lines), in input order."""
    if output is not None and os.path.exists(output) and not force:
        fail(output, "exists; add --force to replace it")
        raise typer.Exit(EXIT_FAILED)
    inputs = list(expand(paths))
    results = parse_all(inputs, max_bytes, jobs)
    failed = 0
    with progress_bar(len(inputs)) as advance:
        if output is None:
            failed = _write_records(results, pretty, sys.stdout, advance)
        else:
            try:
                with atomic_writer(output) as file:
                    failed = _write_records(results, pretty, file, advance)
            except OSError as error:
                fail(output, f"cannot write: {os_reason(error)}")
                raise typer.Exit(EXIT_FAILED) from None
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _write_records(
    results: Iterator[Result], pretty: bool, out: IO[str], advance: Callable[[], None]
) -> int:
    failed = 0
    for item in results:
        if isinstance(item, Input):
            fail(item.source, item.error or "failed")
            failed += 1
        else:
            out.write(json_line(item, pretty=pretty) + "\n")
            out.flush()
        advance()
    return failed


@app.command()
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


@app.command()
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
        ReportFormat, typer.Option("--format", help="text for people, github for annotations.")
    ] = ReportFormat.text,
    junit_xml_path: Annotated[
        str | None,
        typer.Option("--junit-xml", metavar="FILE", help="Also write a JUnit XML report."),
    ] = None,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Compare each capture's record with its golden (`page.txt` -> `page.txt.json`)."""
    required = [name.strip() for name in require.split(",") if name.strip()]
    unknown = unknown_fields(required)
    if unknown:
        raise typer.BadParameter(f"not record fields: {', '.join(unknown)}", param_hint="--require")
    outcomes = [_check_one(item, required, update) for item in parse_all(expand(paths), max_bytes)]
    failed = any(outcome.status == "failed" for outcome in outcomes)
    if junit_xml_path is not None:
        try:
            with atomic_writer(junit_xml_path) as file:
                file.write(junit_xml(outcomes))
        except OSError as error:
            fail(junit_xml_path, f"cannot write: {os_reason(error)}")
            failed = True
    _write_report(outcomes, report_format)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


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


def _write_report(outcomes: list[Outcome], report_format: ReportFormat) -> None:
    if report_format is ReportFormat.github:
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


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the record."""
    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        # The reader of a pipe went away (`| head`): stop quietly, like other filters.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_FAILED)
