"""Bad and hostile input: one line on stderr or warnings, the right exit code, and the rest
of the batch still written. Each test is one row of the README's table."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from conftest import FIXTURES, REFERENCE
from newsparse.cli.app import app

runner = CliRunner()
TEXT = REFERENCE.read_text(encoding="utf-8")
TITLE = "Dehghani's visit to Cuba's Vaccine Institute and Biotechnology Center"


def parse_with_reference(bad: Path | str, *options: str) -> Result:
    """Parse a bad input in a batch with a good one."""
    return runner.invoke(app, ["parse", *options, str(bad), str(REFERENCE)])


def assert_failed_alone(result: Result, bad: Path | str, reason: str) -> None:
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {bad}: {reason}\n"
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["source"] for record in records] == [str(REFERENCE)]


def parse_one(path: Path) -> dict[str, object]:
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0, result.stderr
    record: dict[str, object] = json.loads(result.stdout)
    return record


def test_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "gone.txt"
    assert_failed_alone(parse_with_reference(bad), bad, "no such file")


def test_directory_with_no_captures(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    reason = "directory holds no captures (.txt, .text, .md, .rst, .html, .htm, .mhtml, .mht, .gz)"
    assert_failed_alone(parse_with_reference(tmp_path), tmp_path, reason)


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n   \n"], ids=["empty", "white space"])
def test_empty_and_white_space_only_files(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "blank.txt"
    bad.write_bytes(content)
    assert_failed_alone(parse_with_reference(bad), bad, "empty capture")


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "a ZIP archive"),
    ],
)
def test_binary_files(tmp_path: Path, content: bytes, what: str) -> None:
    bad = tmp_path / "page.txt"
    bad.write_bytes(content)
    assert_failed_alone(parse_with_reference(bad), bad, f"binary file ({what}), not a capture")


def test_a_page_not_from_the_site(tmp_path: Path) -> None:
    bad = tmp_path / "blog.html"
    bad.write_text("<html><body><h1>My holiday</h1><p>We went to the sea.</p></body></html>")
    assert_failed_alone(parse_with_reference(bad), bad, "not a news page capture")


def test_capture_cut_off_mid_body_gives_what_it_holds_and_a_warning(tmp_path: Path) -> None:
    cut = tmp_path / "cut.txt"
    cut.write_text(TEXT[: TEXT.index("Dr. Dehghani and the accompanying")], encoding="utf-8")
    record = parse_one(cut)
    assert record["title"] == TITLE
    assert record["news_code"] is None
    assert len(record["body"]) == 6  # type: ignore[arg-type]
    assert record["warnings"] == [
        "no news code found",
        "capture looks truncated: no footer found",
    ]


def test_capture_cut_off_mid_footer_gives_what_it_holds_and_a_warning(tmp_path: Path) -> None:
    cut = tmp_path / "cut.txt"
    cut.write_text(TEXT[: TEXT.index("There are 0 comment")], encoding="utf-8")
    record = parse_one(cut)
    assert record["news_code"] == 93801
    assert record["comment_count"] is None
    assert len(record["body"]) == 10  # type: ignore[arg-type]
    assert "capture looks truncated: it ends inside the footer" in record["warnings"]  # type: ignore[operator]


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(REFERENCE.read_bytes().replace(b"Cuba's Vaccine", b"Cuba\xff\xfe Vaccine"))
    record = parse_one(broken)
    assert (
        record["title"]
        == "Dehghani's visit to Cuba\ufffd\ufffd Vaccine Institute and Biotechnology Center"
    )
    assert "invalid UTF-8 bytes replaced with U+FFFD" in record["warnings"]  # type: ignore[operator]
    assert record["news_code"] == 93801


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_text_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding=encoding)
    record = parse_one(page)
    assert record["title"] == TITLE
    assert record["news_code"] == 93801


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["CRLF", "CR"])
def test_crlf_and_lone_cr_line_ends(tmp_path: Path, newline: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(TEXT.replace("\n", newline).encode("utf-8"))
    reference = parse_one(REFERENCE)
    record = parse_one(page)
    assert {**record, "source": ""} == {**reference, "source": ""}


def test_nul_bytes_are_removed_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(
        REFERENCE.read_bytes().replace(b"Biotechnology Center\n", b"Biotech\x00nology Center\n", 1)
    )
    record = parse_one(page)
    assert record["title"] == TITLE
    assert "NUL bytes removed" in record["warnings"]  # type: ignore[operator]


def test_a_file_over_max_bytes_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(REFERENCE.read_bytes() * 3)
    result = parse_with_reference(big, "--max-bytes", "10000")
    assert_failed_alone(result, big, "larger than the size limit (10000 bytes)")


def test_a_gzip_that_inflates_past_max_bytes_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"\n" * 200_000, mtime=0))
    result = parse_with_reference(bomb, "--max-bytes", "100000")
    assert_failed_alone(result, bomb, "larger than the size limit (100000 bytes)")


def test_a_single_10_mb_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    huge = "word " * 2_000_000
    page.write_text(TEXT.replace("Dehghani said: ", huge + "Dehghani said: "), encoding="utf-8")
    record = parse_one(page)
    body = record["body"]
    assert isinstance(body, list)
    assert len(body) == 10
    assert body[-1].startswith("word word ")
    assert record["word_count"] > 2_000_000  # type: ignore[operator]


def test_html_nested_100000_deep(tmp_path: Path) -> None:
    bad = tmp_path / "deep.html"
    bad.write_text("<div>" * 100_000 + "News code : 1" + "</div>" * 100_000)
    result = parse_with_reference(bad)
    assert_failed_alone(result, bad, "HTML nested more than 5000 elements deep")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "secret.txt"
    bad.write_text(TEXT, encoding="utf-8")
    real_open = open

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(bad):
            raise PermissionError(13, "Permission denied", str(bad))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    # Tests may run as root, who can read anything: make this one file unreadable.
    monkeypatch.setattr("builtins.open", refuse)
    assert_failed_alone(parse_with_reference(bad), bad, "permission denied")


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    assert_failed_alone(parse_with_reference(link), link, "broken symbolic link")


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_failed_alone(
        parse_with_reference(fifo), fifo, "not a regular file (a FIFO, socket or device)"
    )


def test_no_traceback_for_a_parser_bug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("newsparse.cli.batch.parse_bytes", broken)
    result = runner.invoke(app, ["parse", str(REFERENCE)])
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {REFERENCE}: internal error (RuntimeError: boom)\n"
    assert "Traceback" not in result.output


def test_an_output_file_that_cannot_be_written_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "out.jsonl"
    result = runner.invoke(app, ["parse", "-o", str(target), str(REFERENCE)])
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {target}: cannot write: no such file or directory\n"


def test_a_golden_that_cannot_be_written_fails_that_capture_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    capture = tmp_path / "page.txt"
    capture.write_text(TEXT, encoding="utf-8")
    golden = tmp_path / "page.txt.json"
    golden.write_text("{}\n", encoding="utf-8")

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("newsparse.cli.output.os.replace", disk_full)
    result = runner.invoke(app, ["check", "--update", str(tmp_path)])
    assert result.exit_code == 1
    assert f"cannot write {golden}: no space left on device" in result.stdout
    assert result.stdout.splitlines()[-1] == "0 passed, 1 failed"
    assert golden.read_text(encoding="utf-8") == "{}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt", "page.txt.json"]


def _interrupted_run(tmp_path: Path, captures: Path, target: Path) -> bytes | None:
    """Run `parse -o` and interrupt it once its temporary file exists; its stderr, or None
    when it finished before the interrupt reached it (a fast run on an idle machine)."""
    command = [sys.executable, "-m", "newsparse", "parse", "-o", str(target), "--force"]
    # A shell starts background jobs with SIGINT ignored, and children inherit that: give the
    # run the default disposition, as an interactive user's run has.
    process = subprocess.Popen(
        [*command, str(captures)],
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while not any(tmp_path.glob(".newsparse-*.tmp")):
        if process.poll() is not None:
            process.communicate()
            return None
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    return None if process.returncode == 0 else stderr


def test_an_interrupted_parse_leaves_the_old_output_whole(tmp_path: Path) -> None:
    captures = tmp_path / "captures"
    captures.mkdir()
    target = tmp_path / "out.jsonl"
    stderr = None
    # More captures each time the run outpaced the interrupt; on a loaded machine the
    # first size is enough, on an idle one the second is.
    for count in (3000, 12000, 30000):
        for index in range(count):
            path = captures / f"{index:05d}.txt"
            if not path.exists():
                path.write_text(TEXT, encoding="utf-8")
        target.write_text("precious\n", encoding="utf-8")
        stderr = _interrupted_run(tmp_path, captures, target)
        if stderr is not None:
            break
    assert stderr is not None, "every run finished before it could be interrupted"
    assert b"Traceback" not in stderr
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["captures", "out.jsonl"]


def test_one_mangled_character_in_utf8_keeps_the_rest_utf8(tmp_path: Path) -> None:
    # elinks writes a BOM it read inside the page as six bytes that are not UTF-8.
    folder = FIXTURES / "en-date-only"
    mangled = tmp_path / "elinks.txt"
    mangled.write_bytes(b"\xfd\xbf\xbf\xbd\xa3\xac\n" + (folder / "elinks.txt").read_bytes())
    record = parse_one(mangled)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert (record["publisher"], record["body"]) == (expected["publisher"], expected["body"])
    assert "invalid UTF-8 bytes replaced with U+FFFD" in record["warnings"]  # type: ignore[operator]


def test_a_capture_in_a_legacy_charset_is_detected(tmp_path: Path) -> None:
    # Persian text saved as windows-1256 with no declaration: nearly every word breaks UTF-8.
    text = (FIXTURES / "html-table-1256" / "w3m.txt").read_text(encoding="utf-8")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(text.encode("cp1256"))
    record = parse_one(legacy)
    assert record["news_code"] == 71958
    assert record["title"] == "نمايشگاه توانمندي‌هاي فناوري ايران در بغداد گشايش يافت"
