"""The `newsparse` command: a thin Typer shell over the parser, doing the I/O and exit codes.

Exit codes: 0 every input parsed; 1 an input failed (each named on stderr in one line,
the others still written); 2 a usage error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import IO, Annotated, Final

import typer

from newsparse import __version__
from newsparse.errors import CaptureError
from newsparse.inputs import Input, expand, read_capture
from newsparse.output import atomic_writer, json_line, plain_view, rich_view, safe
from newsparse.parse import MAX_BYTES, parse_bytes
from newsparse.record import Record

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
    sys.stderr.write(f"newsparse: error: {safe(source)}: {safe(reason)}\n")


def records(paths: list[str], max_bytes: int) -> Iterator[Record | Input]:
    """Each input's record, or the Input with its error, in input order."""
    for item in expand(paths):
        if item.error is not None:
            yield item
            continue
        try:
            yield parse_bytes(
                read_capture(item.source, max_bytes), item.source, max_bytes=max_bytes
            )
        except CaptureError as error:
            yield Input(item.source, str(error))
        except Exception as error:  # a parser bug must not cost the rest of the batch
            yield Input(item.source, f"internal error ({type(error).__name__}: {error})")


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
) -> None:
    """Print one JSON record per capture (JSON Lines), in input order."""
    if output is not None and os.path.exists(output) and not force:
        fail(output, "exists; add --force to replace it")
        raise typer.Exit(EXIT_FAILED)
    failed = 0
    if output is None:
        failed = _write_records(paths, max_bytes, pretty, sys.stdout)
    else:
        with atomic_writer(output) as file:
            failed = _write_records(paths, max_bytes, pretty, file)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _write_records(paths: list[str], max_bytes: int, pretty: bool, out: IO[str]) -> int:
    failed = 0
    for item in records(paths, max_bytes):
        if isinstance(item, Input):
            fail(item.source, item.error or "failed")
            failed += 1
        else:
            out.write(json_line(item, pretty=pretty) + "\n")
            out.flush()
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
    for item in records(paths, max_bytes):
        if isinstance(item, Input):
            fail(item.source, item.error or "failed")
            failed += 1
        elif console is not None:
            rich_view(console, item, full=full)
        else:
            sys.stdout.write(plain_view(item, full=full) + "\n")
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        # The reader of a pipe went away (`| head`): stop quietly, like other filters.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_FAILED)
