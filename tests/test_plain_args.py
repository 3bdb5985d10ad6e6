"""Plain command lines read without typer's checks give what typer's own reading gives."""

from __future__ import annotations

from typing import Any

import pytest
from typer.main import get_command

import newsparse.cli.help
from newsparse.cli.app import app
from newsparse.cli.plain_args import plain_params

GROUP: Any = get_command(app)

SAME_VALUES = [
    ("parse", ["a.txt"]),
    ("parse", ["a.txt", "b.html", "-"]),
    ("parse", ["--pretty", "a", "--jobs", "2", "b"]),
    ("parse", ["-j", "0", "--max-bytes=10", "a"]),
    ("parse", ["-o", "out.jsonl", "-f", "--format", "csv", "a"]),
    ("parse", ["--output=out", "--format=parquet", "a"]),
    ("parse", ["--output=", "a"]),
    ("parse", ["-o", "-", "a"]),
    ("parse", ["--", "-a-name-with-a-dash.txt", "--pretty"]),
    ("parse", ["--jobs", "3", "--jobs", "4", "a", "--pretty", "--pretty"]),
    ("parse", ["--max-bytes", "007", "a"]),
    ("parse", ["-j2", "-fo", "out", "a"]),  # typer reads these
    ("stats", ["--json", "--svg", "s.svg", "-f", "-j", "2", "corpus"]),
    ("show", ["--full", "--max-bytes", "99", "a.html"]),
]


def _params(name: str, args: list[str]) -> dict[str, object]:
    command = GROUP.commands[name]
    with command.make_context(name, list(args)) as ctx:
        return dict(ctx.params)


@pytest.mark.parametrize(("name", "args"), SAME_VALUES)
def test_a_plain_reading_gives_what_typers_reading_gives(
    name: str, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = _params(name, args)
    monkeypatch.setattr(newsparse.cli.help, "plain_params", lambda *_: None)
    assert plain == _params(name, args)


@pytest.mark.parametrize(
    "args",
    [
        ["a.txt"],
        ["--pretty", "-o", "out", "--jobs=2", "--", "-x.txt"],
    ],
)
def test_a_plain_command_line_is_read_without_typer(args: list[str]) -> None:
    command = GROUP.commands["parse"]
    with command.make_context("parse", ["a"]) as ctx:
        assert plain_params(command, ctx, args) is not None


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["-h", "a"],
        ["-j2", "a"],
        ["-fo", "out", "a"],
        ["--jobs", "-1", "a"],
        ["--jobs", "two", "a"],
        ["--jobs", "٢", "a"],
        ["--jobs", " 2", "a"],
        ["--max-bytes", "0", "a"],
        ["--pretty=yes", "a"],
        ["-o=out", "a"],
        ["--output", "--pretty", "a"],
        ["a", "--jobs"],
        ["--bogus", "a"],
    ],
)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    command = GROUP.commands["parse"]
    with command.make_context("parse", ["a"]) as ctx:
        assert plain_params(command, ctx, args) is None


def test_a_command_with_an_option_that_is_not_plain_is_left_to_typer() -> None:
    command = GROUP.commands["check"]  # --format takes an enum
    with command.make_context("check", ["a"]) as ctx:
        assert plain_params(command, ctx, ["a"]) is None
