"""Capture text is untrusted: it never becomes rich markup or a terminal escape sequence."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import newsparse
from conftest import LINEAR_LIMIT, REFERENCE, cpu_growth
from newsparse.cli.app import app
from newsparse.cli.output import rich_view, safe
from newsparse.grammar.lines import clean

runner = CliRunner()
OLD_TITLE = "Dehghani's visit to Cuba's Vaccine Institute and Biotechnology Center"
MARKUP = "[bold red]Alert[/] [link=file:///etc/passwd]click[/link]"
ESCAPES = "\x1b]8;;file:///etc/passwd\x1b\\here\x1b]8;;\x1b\\ \x1b[2J\x9b31m"
HOSTILE_TITLE = f"{MARKUP} {ESCAPES}"
# What rich itself may write: SGR colour codes only.
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def hostile_capture(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text(REFERENCE.read_text(encoding="utf-8").replace(OLD_TITLE, HOSTILE_TITLE))
    return path


def test_control_characters_never_reach_the_record(tmp_path: Path) -> None:
    record = newsparse.parse_path(hostile_capture(tmp_path))
    assert record.title == f"{MARKUP} here"
    assert all(ord(c) >= 0x20 and not 0x7F <= ord(c) <= 0x9F for c in record.title)


def test_json_output_holds_no_raw_control_character(tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(hostile_capture(tmp_path))])
    assert result.exit_code == 0
    assert not re.search(r"[\x00-\x1f\x7f-\x9f]", result.stdout.rstrip("\n"))
    assert json.loads(result.stdout)["title"].startswith(MARKUP)


def test_plain_show_prints_markup_literally(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", str(hostile_capture(tmp_path))])
    assert result.exit_code == 0
    assert f"title        {MARKUP} here\n" in result.stdout
    assert "\x1b" not in result.stdout


def test_rich_show_prints_markup_literally_and_no_hyperlink(tmp_path: Path) -> None:
    record = newsparse.parse_path(hostile_capture(tmp_path))
    out = io.StringIO()
    rich_view(Console(file=out, force_terminal=True, width=400, markup=False), record)
    written = out.getvalue()
    assert "\x1b]" not in written  # no OSC sequence (hyperlinks, titles)
    assert MARKUP in _SGR.sub("", written)
    assert not re.search(r"[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]", written)


def test_file_names_with_escapes_are_shown_escaped_in_errors(tmp_path: Path) -> None:
    bad = tmp_path / "evil\x1b[31m\x07.txt"
    result = runner.invoke(app, ["parse", str(bad)])
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {tmp_path}/evil\\x1b[31m\\x07.txt: no such file\n"


def test_check_report_escapes_what_it_prints(tmp_path: Path) -> None:
    capture = hostile_capture(tmp_path)
    golden = tmp_path / "hostile.txt.json"
    data = newsparse.parse_path(capture).to_dict()
    golden.write_text(
        json.dumps({**data, "title": "\x1b]8;;x\x07[bold]expected"}), encoding="utf-8"
    )
    result = runner.invoke(app, ["check", str(capture)])
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout
    assert "\\u001b]8;;x\\u0007[bold]expected" in result.stdout


def test_safe_makes_every_control_character_visible() -> None:
    assert safe("a\x1b[0mb\x07c\x9bd\u202ee") == "a\\x1b[0mb\\x07c\\x9bd\\u202ee"


def test_escape_sequences_leave_no_printable_tail_in_the_record() -> None:
    sequences = (
        "\x1b[31mred\x1b[0m \x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\ \x1b[2J\x1b(Bend"
    )
    record = newsparse.parse_text(
        REFERENCE.read_text(encoding="utf-8").replace(OLD_TITLE, sequences)
    )
    assert record.title == "red link end"


def test_plain_show_of_escape_sequences_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "escapes.txt"
    title = "\x1b[31mred\x1b[0m \x1b]8;;https://evil.example/\x07link\x1b]8;;\x07 \x1b[2Jend"
    path.write_text(REFERENCE.read_text(encoding="utf-8").replace(OLD_TITLE, title))
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 0
    assert "title        red link end\n" in result.stdout
    assert not re.search(r"\[31m|\]8;;|\[2J|evil", result.stdout)


def clean_all(unit: str) -> Callable[[int], object]:
    def run(size: int) -> None:
        assert not clean(unit * (size // len(unit))).strip("0")

    return run


@pytest.mark.parametrize("unit", ["\x9d", "\x1b]", "\x9b0"], ids=["C1 OSC", "ESC ]", "C1 CSI"])
def test_escape_sequences_are_removed_in_linear_time(unit: str) -> None:
    # Unterminated openers, each of which could scan to the end of the line.
    assert cpu_growth(clean_all(unit), 10_000) < LINEAR_LIMIT
