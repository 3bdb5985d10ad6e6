"""The command line: show, parse, inputs, exit codes, and what reaches the terminal."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import newsparse
from conftest import REFERENCE
from newsparse import __version__
from newsparse.cli import batch
from newsparse.cli.app import app

runner = CliRunner()
TITLE = "Dehghani's visit to Cuba's Vaccine Institute and Biotechnology Center"


def records_of(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines()]


def test_parse_prints_one_compact_json_line_per_capture() -> None:
    result = runner.invoke(app, ["parse", str(REFERENCE)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert ": " not in lines[0][:40]  # compact separators
    record = json.loads(lines[0])
    assert record["source"] == str(REFERENCE)
    assert record["title"] == TITLE
    assert "اخبار معاونت ها و مراکز" in lines[0]  # non-ASCII kept, not \u-escaped


def test_parse_pretty_indents() -> None:
    result = runner.invoke(app, ["parse", "--pretty", str(REFERENCE)])
    assert result.exit_code == 0
    assert result.stdout.startswith('{\n  "source": ')
    assert json.loads(result.stdout)["news_code"] == 93801


def test_stdin_is_read_for_a_dash_and_named_dash() -> None:
    result = runner.invoke(app, ["parse", "-"], input=REFERENCE.read_bytes())
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert record["news_code"] == 93801


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "c.text").write_text(text, encoding="utf-8")
    (tmp_path / "ignored.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == 0
    sources = [record["source"] for record in records_of(result.stdout)]
    assert sources == [
        str(tmp_path / "a.md"),
        str(tmp_path / "b" / "z.txt"),
        str(tmp_path / "c.text"),
    ]


def test_a_failed_input_is_named_on_stderr_and_the_rest_still_written(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["parse", str(missing), str(REFERENCE), str(empty)])
    assert result.exit_code == 1
    assert [r["news_code"] for r in records_of(result.stdout)] == [93801]
    assert result.stderr.splitlines() == [
        f"newsparse: error: {missing}: no such file",
        f"newsparse: error: {empty}: empty capture",
    ]


def test_a_page_that_is_not_from_the_site_is_an_input_error(tmp_path: Path) -> None:
    page = tmp_path / "recipe.txt"
    page.write_text("Lentil soup\n\nBoil the lentils for twenty minutes.\n", encoding="utf-8")
    result = runner.invoke(app, ["parse", str(page)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"newsparse: error: {page}: not a news page capture\n"


def test_a_directory_with_no_captures_is_an_input_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"newsparse: error: {tmp_path}: directory holds no captures")


@pytest.mark.parametrize("arguments", [["parse"], ["show"], ["parse", "--no-such-option", "x"]])
def test_usage_errors_exit_2(arguments: list[str]) -> None:
    assert runner.invoke(app, arguments).exit_code == 2


def test_output_file_is_written_and_never_replaced_unasked(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    first = runner.invoke(app, ["parse", "--output", str(target), str(REFERENCE)])
    assert first.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["news_code"] == 93801
    target.write_text("precious\n", encoding="utf-8")
    again = runner.invoke(app, ["parse", "-o", str(target), str(REFERENCE)])
    assert again.exit_code == 1
    assert "exists; add --force" in again.stderr
    assert target.read_text(encoding="utf-8") == "precious\n"
    forced = runner.invoke(app, ["parse", "-o", str(target), "--force", str(REFERENCE)])
    assert forced.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["news_code"] == 93801
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary left behind


def test_show_prints_the_fields_and_the_first_paragraphs_as_plain_text_in_a_pipe() -> None:
    result = runner.invoke(app, ["show", str(REFERENCE)])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    lines = result.stdout.splitlines()
    assert f"title        {TITLE}" in lines
    assert "views        218" in lines
    assert "categories   NEWS" in lines
    assert "             Slider" in lines
    assert "… 7 more paragraphs (--full shows all)" in lines
    assert not any(line.startswith("Dehghani said: the field") for line in lines)


def test_show_full_prints_every_paragraph() -> None:
    result = runner.invoke(app, ["show", "--full", str(REFERENCE)])
    assert result.exit_code == 0
    assert any(line.startswith("Dehghani said: the field") for line in result.stdout.splitlines())
    assert "more paragraphs" not in result.stdout


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"newsparse {__version__}\n"


def run_module(*arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )


def test_python_dash_m_runs_the_cli() -> None:
    result = run_module("parse", str(REFERENCE))
    assert result.returncode == 0
    assert json.loads(result.stdout)["news_code"] == 93801


def test_parse_does_not_import_rich() -> None:
    probe = (
        "import sys\n"
        "from newsparse.cli.app import main\n"
        f"sys.argv = ['newsparse', 'parse', {str(REFERENCE)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.split('.')[0] == 'rich')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert result.stderr == "[]"


def test_jobs_parse_in_a_pool_and_keep_input_order(tmp_path: Path) -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    for number in range(9):
        (tmp_path / f"{number}.txt").write_text(text.replace("93801", f"9380{number}"), "utf-8")
    (tmp_path / "4.txt").write_text("not a capture", encoding="utf-8")
    serial = runner.invoke(app, ["parse", str(tmp_path)])
    pooled = runner.invoke(app, ["parse", "--jobs", "2", str(tmp_path)])
    assert pooled.exit_code == serial.exit_code == 1
    assert pooled.stdout == serial.stdout
    codes = [record["news_code"] for record in records_of(pooled.stdout)]
    assert codes == [93800, 93801, 93802, 93803, 93805, 93806, 93807, 93808]
    assert pooled.stderr == f"newsparse: error: {tmp_path / '4.txt'}: not a news page capture\n"


def test_a_closed_pipe_ends_the_run_quietly_as_cat_does(tmp_path: Path) -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    for number in range(200):  # far more JSON than a pipe buffers
        (tmp_path / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    for jobs in ("1", "2"):
        process = subprocess.Popen(
            [sys.executable, "-m", "newsparse", "parse", "--jobs", jobs, str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None
        assert process.stderr is not None
        assert json.loads(process.stdout.readline())["news_code"] == 93801
        process.stdout.close()
        stderr = process.stderr.read()
        process.stderr.close()
        # Killed by SIGPIPE, as `cat` is: a shell reports 141, not the failed-input status 1.
        assert process.wait(timeout=60) == -signal.SIGPIPE
        assert stderr == b""


def help_of(*command: str) -> str:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    return result.stdout


@pytest.mark.parametrize("command", ["parse", "show", "check"])
def test_help_names_the_paths_plainly(command: str) -> None:
    text = help_of(command)
    assert text.startswith(f"Usage: newsparse {command} [OPTIONS] PATH...\n")
    assert "\n  PATH...  Capture files, directories" in text
    assert "{" not in text
    assert "list[str]" not in text
    assert "<int range>" not in text


def test_the_command_list_shows_whole_summaries() -> None:
    commands = help_of().split("Commands:\n")[1].splitlines()
    assert "  check   Compare captures with their golden records." in commands
    assert not any(line.endswith("...") for line in commands)


@pytest.mark.parametrize(
    ("arguments", "last_line"),
    [
        (["parse", "--bogus", "x"], "Error: No such option: --bogus"),
        (["--bogus"], "Error: No such option: --bogus"),
        (["parse", "--jbos", "2", "x"], "Error: No such option: --jbos (Possible options: --jobs)"),
        (["check", "--updat", "x"], "Error: No such option: --updat (Possible options: --update)"),
    ],
)
def test_an_unknown_option_is_suggested_only_a_near_one(
    arguments: list[str], last_line: str
) -> None:
    result = runner.invoke(app, arguments)
    assert result.exit_code == 2
    assert result.stderr.rstrip("\n").splitlines()[-1] == last_line


def many_captures(folder: Path, count: int) -> list[Path]:
    text = REFERENCE.read_text(encoding="utf-8")
    paths = [folder / f"{number:04d}.txt" for number in range(count)]
    for number, path in enumerate(paths):
        path.write_text(text.replace("93801", str(10_000 + number)), encoding="utf-8")
    return paths


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the patch must reach the workers"
)
@pytest.mark.parametrize(
    ("count", "crash"),
    [(12, 5), (120, 101)],  # the second far enough in to travel in a chunk of several
)
def test_a_capture_that_kills_its_worker_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int, crash: int
) -> None:
    paths = many_captures(tmp_path, count)
    paths[crash].write_text(REFERENCE.read_text(encoding="utf-8") + "\nCRASH", encoding="utf-8")
    real = newsparse.parse_bytes

    def crash_on_mark(data: bytes, *args: Any, **kwargs: Any) -> newsparse.Record:
        if data.endswith(b"CRASH"):
            os.kill(os.getpid(), signal.SIGKILL)  # as a segfault in a C extension would
        return real(data, *args, **kwargs)

    monkeypatch.setattr(batch, "parse_bytes", crash_on_mark)
    result = runner.invoke(app, ["parse", "--jobs", "2", str(tmp_path)])
    assert result.exit_code == 1
    assert (
        result.stderr == f"newsparse: error: {paths[crash]}: the worker process parsing it died\n"
    )
    codes = [record["news_code"] for record in records_of(result.stdout)]
    assert codes == [10_000 + number for number in range(count) if number != crash]


def worker_pids(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(word) for word in children.read_text().split()] if children.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_worker_killed_mid_run_costs_no_record(tmp_path: Path) -> None:
    paths = many_captures(tmp_path, 1500)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "parse", "--jobs", "2", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,  # so that reading the first line reads no further
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the pool is at work; the pipe holds the rest back
    workers = worker_pids(process.pid)
    assert workers, "no worker process to kill"
    assert process.poll() is None, "finished before a worker could be killed"
    os.kill(workers[0], signal.SIGKILL)
    rest, stderr = process.communicate(timeout=120)
    assert (process.returncode, stderr) == (0, b"")
    records = records_of((first + rest).decode("utf-8"))
    assert [record["source"] for record in records] == [str(path) for path in paths]


def test_an_output_file_has_the_umask_mode_and_the_umask_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.jsonl"
    previous = os.umask(0o027)
    try:

        def changed(mask: int) -> int:
            raise AssertionError("the process-wide umask was changed")

        monkeypatch.setattr(os, "umask", changed)
        result = runner.invoke(app, ["parse", "-o", str(target), str(REFERENCE)])
    finally:
        monkeypatch.undo()
        os.umask(previous)
    assert result.exit_code == 0, result.stderr
    assert target.stat().st_mode & 0o777 == 0o640
