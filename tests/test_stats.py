"""`newsparse stats`: a corpus summed up from captures or from the JSON Lines of `parse`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from conftest import FIXTURES, REFERENCE
from newsparse.cli.app import app

runner = CliRunner()


def record(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "source": "x.txt",
        "format": "text",
        "language": "en",
        "layout": "current",
        "url": None,
        "news_code": None,
        "kicker": None,
        "title": None,
        "published": None,
        "captured_on": None,
        "views": None,
        "study_minutes": None,
        "categories": [],
        "comment_count": None,
        "body": [],
        "word_count": 0,
        "publisher": "P",
        "warnings": [],
    }
    return {**base, **fields}


RECORDS = [
    record(
        news_code=1,
        title="One",
        published="2023-09-15T10:00:00+03:30",
        views=100,
        study_minutes=2,
        categories=["NEWS", "Slider"],
    ),
    record(
        news_code=2,
        title="Two",
        published="2023-09-30",
        views=300,
        study_minutes=2,
        categories=["NEWS"],
        warnings=["category cut at 60 characters: Deputy for"],
    ),
    record(
        news_code=1,  # the same article saved another way
        title="One",
        published="2023-09-15T10:00:00+03:30",
        views=100,
        categories=["NEWS"],
        language="fa",
    ),
    record(
        news_code=3,
        title="[bold]Three\x1b[2J",
        published="2021-01-02",
        views=200,
        study_minutes=0,
        layout="old-portal",
    ),
]


def write_json_lines(path: Path) -> Path:
    lines = [json.dumps(item) for item in RECORDS]
    path.write_text("\n".join([*lines[:2], "{not json", *lines[2:]]) + "\n", encoding="utf-8")
    return path


def test_json_lines_are_detected_and_summed_up(tmp_path: Path) -> None:
    records = write_json_lines(tmp_path / "records.jsonl")
    result = runner.invoke(app, ["stats", "--json", str(records)])
    assert result.exit_code == 1  # the line that is no record
    assert json.loads(result.stdout) == {
        "read": 5,
        "parsed": 4,
        "failed": 1,
        "failures": {"not a JSON record": 1},
        "layouts": {"current": 3, "old-portal": 1},
        "languages": {"en": 3, "fa": 1},
        "published": {"first": "2021-01-02", "last": "2023-09-30"},
        "per_month": {"2021-01": 1, "2023-09": 3},
        "views": {"median": 150, "p90": 300, "max": 300},
        "most_viewed": [
            {"views": 300, "title": "Two"},
            {"views": 200, "title": "[bold]Three\x1b[2J"},
            {"views": 100, "title": "One"},
        ],
        "study_minutes": {"0": 1, "2": 2},
        "categories": {"NEWS": 3, "Slider": 1},
        "missing": {"study_minutes": 1},
        "warnings": {"category cut at 60 characters": 1},
    }


def test_plain_stats_keep_capture_text_literal(tmp_path: Path) -> None:
    records = write_json_lines(tmp_path / "records.jsonl")
    result = runner.invoke(app, ["stats", str(records)])
    lines = result.stdout.splitlines()
    assert "captures   5 read, 4 parsed, 1 failed" in lines
    assert "views      median 150, 90th percentile 300, maximum 300" in lines
    assert "       200  [bold]Three\\x1b[2J" in lines
    assert "  2023-09       3  ████████████████████████████████████████" in lines
    assert "\x1b" not in result.stdout


def test_captures_and_the_json_lines_parse_wrote_give_the_same_stats(tmp_path: Path) -> None:
    folder = FIXTURES / "en-date-only"
    parsed = runner.invoke(app, ["parse", str(folder), str(REFERENCE)])
    records = tmp_path / "out.jsonl"
    records.write_text(parsed.stdout, encoding="utf-8")
    from_captures = runner.invoke(app, ["stats", "--json", str(folder), str(REFERENCE)])
    from_records = runner.invoke(app, ["stats", "--json", str(records)])
    assert from_captures.exit_code == from_records.exit_code == 0
    assert from_captures.stdout == from_records.stdout
    summary = json.loads(from_records.stdout)
    captures = len([p for p in folder.iterdir() if p.suffix != ".json"]) + 1
    assert (summary["read"], summary["parsed"]) == (captures, captures)
    assert summary["most_viewed"][0] == {
        "views": 218,
        "title": "Dehghani's visit to Cuba's Vaccine Institute and Biotechnology Center",
    }


def test_a_capture_that_fails_is_counted_by_reason(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--json", str(tmp_path / "gone.txt"), str(REFERENCE)])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["read"], summary["failed"], summary["failures"]) == (
        2,
        1,
        {"no such file": 1},
    )


def test_svg_is_drawn_with_rich_and_escapes_capture_text(tmp_path: Path) -> None:
    records = write_json_lines(tmp_path / "records.jsonl")
    svg = tmp_path / "stats.svg"
    result = runner.invoke(app, ["stats", "--svg", str(svg), str(records)])
    assert result.exit_code == 1
    drawn = svg.read_text(encoding="utf-8")
    assert drawn.startswith("<svg")
    assert "[bold]Three\\x1b[2J" in drawn.replace("&#160;", " ")
    assert "\x1b" not in drawn


def test_plain_stats_do_not_import_rich() -> None:
    probe = (
        "import sys\n"
        "from newsparse.cli.app import main\n"
        f"sys.argv = ['newsparse', 'stats', {str(REFERENCE)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.split('.')[0] == 'rich')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stderr == "[]"
    assert "captures   1 read, 1 parsed, 0 failed" in done.stdout


def test_svg_replaces_an_existing_file_only_with_force(tmp_path: Path) -> None:
    records = write_json_lines(tmp_path / "records.jsonl")
    svg = tmp_path / "stats.svg"
    svg.write_text("mine\n", encoding="utf-8")
    refused = runner.invoke(app, ["stats", "--svg", str(svg), str(records)])
    assert refused.exit_code == 1
    assert "exists; add --force to replace it" in refused.stderr
    assert svg.read_text(encoding="utf-8") == "mine\n"
    runner.invoke(app, ["stats", "--force", "--svg", str(svg), str(records)])
    assert svg.read_text(encoding="utf-8").startswith("<svg")
