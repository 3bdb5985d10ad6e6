"""Start-up cost: `newsparse parse` loads neither rich nor pydantic, and checks options itself."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import REFERENCE
from newsparse.cli import app

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


def test_parse_imports_neither_rich_nor_pydantic() -> None:
    modules = imported_modules("parse", str(REFERENCE))
    assert "newsparse.cli" in modules
    heavy = {name for name in modules if name.split(".")[0] in ("rich", "pydantic", "email")}
    assert heavy == set()


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
