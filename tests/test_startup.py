"""Start-up cost: `newsparse parse` loads neither rich nor pydantic, and checks options itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import REFERENCE
from newsparse.cli.app import app

runner = CliRunner()


def imported_modules(*arguments: str) -> set[str]:
    """The modules a fresh `python -m newsparse ARGUMENTS` run imports."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newsparse", *arguments],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = (
        line.split("|") for line in done.stderr.splitlines() if line.startswith("import time:")
    )
    return {parts[-1].strip() for parts in lines if len(parts) == 3}


# What `parse` of one text capture never needs: terminal drawing, typer's pydantic checks,
# MHTML, HTML, process pools, and the `check` command's goldens and reports.
NOT_FOR_PARSE = (
    "rich",
    "pydantic",
    "email",
    "selectolax",
    "concurrent",
    "newsparse.cli.check_command",
)


def test_parse_of_a_text_capture_imports_nothing_it_does_not_use() -> None:
    modules = imported_modules("parse", str(REFERENCE))
    assert "newsparse.cli.app" in modules
    heavy = {n for n in modules for p in NOT_FOR_PARSE if n == p or n.startswith(f"{p}.")}
    assert heavy == set()


def test_plain_options_and_other_commands_load_no_pydantic(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    for arguments in (
        ["parse", "--pretty", "-j", "1", "--max-bytes=1000000", "-o", str(out), str(REFERENCE)],
        ["stats", "--json", str(REFERENCE)],
        ["--version"],
    ):
        modules = imported_modules(*arguments)
        assert not {n for n in modules if n == "pydantic" or n.startswith("pydantic.")}, arguments


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--jobs", "-1"], "Input should be greater than or equal to 0"),
        (["--jobs", "two"], "Input should be a valid integer"),
        (["--max-bytes", "0"], "Input should be greater than or equal to 1"),
    ],
)
def test_bad_option_values_are_usage_errors(arguments: list[str], message: str) -> None:
    result = runner.invoke(app, ["parse", *arguments, str(REFERENCE)])
    assert result.exit_code == 2
    assert message in result.stderr


def test_flags_and_numbers_still_reach_the_command() -> None:
    result = runner.invoke(app, ["parse", "--pretty", "--jobs", "1", str(REFERENCE)])
    assert result.exit_code == 0
    assert result.stdout.startswith('{\n  "source": ')
