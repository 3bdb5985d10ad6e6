"""The CLI's inputs: PATH arguments expanded to captures, and their bytes, stdin included."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from newsparse.errors import too_large
from newsparse.readers.files import read_file

STDIN: Final = "-"
CAPTURE_SUFFIXES: Final = (".txt", ".text", ".md", ".rst", ".html", ".htm", ".mhtml", ".mht", ".gz")
# Directories are also searched for WARC files (`.warc.gz` ends in `.gz` already).
_FOUND_SUFFIXES: Final = (*CAPTURE_SUFFIXES, ".warc")


@dataclass(frozen=True, slots=True)
class Input:
    """One capture to parse, or the reason a PATH gave none."""

    source: str
    error: str | None = None


def expand(paths: list[str]) -> Iterator[Input]:
    """Each PATH as given; a directory as its captures, recursively, in sorted order."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            found = sorted(_walk(Path(path)))
            if not found:
                yield Input(path, f"directory holds no captures ({', '.join(CAPTURE_SUFFIXES)})")
            yield from (Input(str(capture)) for capture in found)
        else:
            yield Input(path)


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in files:
            if name.lower().endswith(_FOUND_SUFFIXES):
                yield Path(root) / name


def read_capture(source: str, max_bytes: int) -> bytes:
    """The bytes of a capture file or stdin; CaptureError says why they cannot be had."""
    if source != STDIN:
        return read_file(source, max_bytes)
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    return data
