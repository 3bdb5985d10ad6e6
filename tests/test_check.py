"""`newsparse check`: goldens compared field by field, rewritten on request, reported for
people, GitHub and JUnit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, REFERENCE
from newsparse.cli.app import app

runner = CliRunner()


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    """A temporary copy of two fixture folders, goldens included."""
    for name in ("reference", "en-date-only"):
        shutil.copytree(FIXTURES / name, tmp_path / name)
    return tmp_path


def alter(golden: Path, field: str, value: object) -> None:
    data = json.loads(golden.read_text(encoding="utf-8"))
    data[field] = value
    golden.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def test_check_passes_on_untouched_goldens(fixtures: Path) -> None:
    result = runner.invoke(app, ["check", str(fixtures)])
    assert result.exit_code == 0
    captures = len([p for p in fixtures.rglob("*") if p.is_file() and p.suffix != ".json"])
    assert result.stdout.splitlines()[-1] == f"{captures} passed, 0 failed"


def test_an_altered_golden_fails_naming_file_field_and_both_values(fixtures: Path) -> None:
    capture = fixtures / "en-date-only" / "w3m.txt"
    alter(Path(f"{capture}.json"), "views", 88)
    result = runner.invoke(app, ["check", str(fixtures)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"FAIL {capture}" in lines
    assert "    views: expected 88, got 87" in lines
    assert lines[-1].endswith(" passed, 1 failed")


def test_a_body_mismatch_is_shown_as_a_unified_diff(fixtures: Path) -> None:
    golden = Path(f"{fixtures / 'reference' / REFERENCE.name}.json")
    data = json.loads(golden.read_text(encoding="utf-8"))
    alter(golden, "body", [*data["body"][:9], "A paragraph that is not there."])
    result = runner.invoke(app, ["check", str(fixtures / "reference")])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "    body:" in lines
    assert '      -"A paragraph that is not there."' in lines
    assert any(
        line.startswith('      +"Dehghani said: the field of biotechnology') for line in lines
    )


def test_update_rewrites_goldens_and_restores_the_altered_one(fixtures: Path) -> None:
    golden = Path(f"{fixtures / 'en-date-only' / 'w3m.txt'}.json")
    original = golden.read_text(encoding="utf-8")
    alter(golden, "title", "Wrong")
    result = runner.invoke(app, ["check", "--update", str(fixtures)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1].endswith(" updated")
    assert golden.read_text(encoding="utf-8") == original
    assert original.endswith("}\n")
    assert list(json.loads(original))[:3] == ["source", "format", "language"]
    assert runner.invoke(app, ["check", str(fixtures)]).exit_code == 0


def test_without_update_nothing_is_written(fixtures: Path) -> None:
    alter(Path(f"{fixtures / 'en-date-only' / 'w3m.txt'}.json"), "views", 1)
    before = {p: p.read_bytes() for p in fixtures.rglob("*") if p.is_file()}
    runner.invoke(app, ["check", str(fixtures)])
    assert {p: p.read_bytes() for p in fixtures.rglob("*") if p.is_file()} == before


def test_a_capture_without_golden_must_have_the_required_fields(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(REFERENCE.read_text(encoding="utf-8"), encoding="utf-8")
    assert runner.invoke(app, ["check", str(page)]).exit_code == 0
    result = runner.invoke(app, ["check", "--require", "title,kicker,captured_on", str(page)])
    assert result.exit_code == 1
    assert "    kicker: required, but the capture has none" in result.stdout.splitlines()
    assert "    captured_on: required, but the capture has none" in result.stdout.splitlines()


def test_require_names_must_be_record_fields(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--require", "title,colour", str(REFERENCE)])
    assert result.exit_code == 2
    assert "colour" in result.output


def test_github_format_prints_error_annotations(fixtures: Path) -> None:
    capture = fixtures / "en-date-only" / "w3m.txt"
    alter(Path(f"{capture}.json"), "kicker", "A, b: c")
    result = runner.invoke(app, ["check", "--format", "github", str(fixtures)])
    assert result.exit_code == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert annotations == [
        f'::error file={capture},title=newsparse check%3A kicker::expected "A, b: c", got null'
    ]
    assert result.stdout.splitlines()[-1].endswith(" passed, 1 failed")


def test_junit_xml_report(fixtures: Path, tmp_path: Path) -> None:
    capture = fixtures / "en-date-only" / "w3m.txt"
    alter(Path(f"{capture}.json"), "views", 88)
    report = tmp_path / "report.xml"
    result = runner.invoke(app, ["check", "--junit-xml", str(report), str(fixtures)])
    assert result.exit_code == 1
    suite = ElementTree.parse(report).getroot().find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert suite.get("failures") == "1"
    assert suite.get("tests") == str(len(cases))
    failed = [case for case in cases if case.find("failure") is not None]
    assert [case.get("name") for case in failed] == [str(capture)]
    failure = failed[0].find("failure")
    assert failure is not None
    assert failure.get("message") == "views: expected 88, got 87"


def test_an_unreadable_golden_is_a_failure(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(REFERENCE.read_text(encoding="utf-8"), encoding="utf-8")
    Path(f"{page}.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["check", str(page)])
    assert result.exit_code == 1
    assert f"    cannot read golden {page}.json" in result.stdout


def github_annotations(fixtures: Path) -> list[str]:
    result = runner.invoke(app, ["check", "--format", "github", str(fixtures)])
    assert result.exit_code == 1
    return [line for line in result.stdout.splitlines() if line.startswith("::error")]


def test_github_format_shows_the_first_list_item_that_differs_and_its_index(
    fixtures: Path,
) -> None:
    capture = fixtures / "en-date-only" / "w3m.txt"
    golden = Path(f"{capture}.json")
    categories = json.loads(golden.read_text(encoding="utf-8"))["categories"]
    alter(golden, "categories", [*categories[:1], "Robots", *categories[1:]])
    assert github_annotations(fixtures) == [
        f"::error file={capture},title=newsparse check%3A categories::"
        f'item 1: expected "Robots", got {json.dumps(categories[1])}'
    ]


def test_github_format_names_a_missing_item(fixtures: Path) -> None:
    golden = Path(f"{fixtures / 'reference' / REFERENCE.name}.json")
    body = json.loads(golden.read_text(encoding="utf-8"))["body"]
    alter(golden, "body", body[:9])
    [annotation] = github_annotations(fixtures)
    assert annotation.split("::")[2].startswith(
        'item 9: expected the end of the list (9 items), got "Dehghani said: the field of'
    )


def test_github_format_shows_a_long_item_from_just_before_it_differs(fixtures: Path) -> None:
    golden = Path(f"{fixtures / 'reference' / REFERENCE.name}.json")
    body = json.loads(golden.read_text(encoding="utf-8"))["body"]
    changed = body[6].replace("around 50 Iranian experts", "around 60 Iranian experts")
    alter(golden, "body", [*body[:6], changed, *body[7:]])
    [annotation] = github_annotations(fixtures)
    message = annotation.split("::")[2]
    assert message.startswith('item 6: expected "…')
    expected, got = message.split(", got ")
    assert "around 60 Iranian experts" in expected
    assert "around 50 Iranian experts" in got


def test_a_bad_capture_is_reported_once_in_the_report_and_not_on_stderr(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    text = runner.invoke(app, ["check", str(missing)])
    assert (text.exit_code, text.stderr) == (1, "")
    assert text.stdout.splitlines() == [f"FAIL {missing}", "    no such file", "0 passed, 1 failed"]
    github = runner.invoke(app, ["check", "--format", "github", str(missing)])
    assert (github.exit_code, github.stderr) == (1, "")
    assert github.stdout.splitlines() == [
        f"::error file={missing},title=newsparse check::no such file",
        "0 passed, 1 failed",
    ]
