"""The Makefile: `make run` installs what running needs, and nothing for development; `make
mutate` may be narrowed to some modules."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def planned(target: str, tmp_path: Path, *settings: str) -> list[str]:
    """The commands `make -n TARGET [NAME=VALUE...]` would run in a fresh clone (no .venv yet)."""
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    # Run alone, not as a sub-make of the `make test` that may be running this test.
    environment = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL")}
    done = subprocess.run(
        ["make", "-n", "--no-print-directory", target, *settings],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_installs_newsparse_without_the_development_tools(tmp_path: Path) -> None:
    commands = planned("run", tmp_path)
    installs = [line for line in commands if "pip install" in line and "--upgrade pip" not in line]
    assert installs == [".venv/bin/python -m pip install --quiet -e ."]
    assert commands[-1].startswith(".venv/bin/newsparse show tests/fixtures/reference/")


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_test_installs_the_development_tools(tmp_path: Path) -> None:
    commands = planned("test", tmp_path)
    assert ".venv/bin/python -m pip install --quiet -e '.[dev]'" in commands


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_mutate_runs_only_the_mutants_of_the_modules_named(tmp_path: Path) -> None:
    only = "MUTATE_ONLY=src/newsparse/grammar/title.py src/newsparse/grammar/site.py"
    run, results = planned("mutate", tmp_path, only)[-2:]
    assert run == (
        ".venv/bin/mutmut run --max-children 2 "
        "'newsparse.grammar.title.*' 'newsparse.grammar.site.*' || true"
    )
    assert results == (
        ".venv/bin/mutmut results | grep -F "
        "-e 'newsparse.grammar.title.' -e 'newsparse.grammar.site.' || true"
    )
