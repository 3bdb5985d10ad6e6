"""Fuzz the parser with atheris: `make fuzz` (FUZZ_RUNS=N for a shorter or longer run).

Any exception other than the documented CaptureError is a crash, and so is a record
that breaks a promise the README makes of its text. The seed corpus is a
temporary copy of the fixtures, so libFuzzer's new inputs never land in the repository.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newsparse
    from newsparse import CaptureError

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SIZE_LIMIT = 1 << 20


def test_one_input(data: bytes) -> None:
    """Feed one input to every entry point; only CaptureError may come out."""
    with contextlib.suppress(CaptureError):
        newsparse.parse_bytes(data, "fuzz", max_bytes=SIZE_LIMIT)
    text = data.decode("utf-8", errors="replace")
    for parse in (newsparse.parse_text, newsparse.parse_html):
        try:
            record = parse(text, "fuzz")
        except CaptureError:
            continue
        keeps_the_text_promises(record)


# C0 controls but tab and newline, DEL and C1: never in a record's text (README).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def keeps_the_text_promises(record: newsparse.Record) -> None:
    """What the README promises of a record's text (as tests/test_properties.py checks)."""
    texts = [record.title, record.kicker, record.publisher, *record.body, *record.categories]
    assert not [text for text in texts if text and CONTROL.search(text)]
    assert all(paragraph.strip() for paragraph in record.body)
    assert all(name and name == name.strip() for name in record.categories)
    assert len(set(record.categories)) == len(record.categories)


def main() -> None:
    """Run the fuzzer over a seed corpus copied from the fixtures."""
    with tempfile.TemporaryDirectory(prefix="newsparse-fuzz-") as corpus:
        for index, capture in enumerate(sorted(FIXTURES.rglob("*"))):
            if capture.is_file() and capture.suffix != ".json":
                shutil.copyfile(capture, Path(corpus) / f"{index:04d}{capture.suffix}")
        atheris.Setup([*sys.argv, corpus], test_one_input)
        atheris.Fuzz()


if __name__ == "__main__":
    main()
