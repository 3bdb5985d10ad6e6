"""`make bench`, WARC part: pages/s from a WARC next to the same pages as files, in one run.

The generated HTML pages are written once as files and once as a WARC of `response` records,
gzipped per record as crawlers write them. Both go through the CLI's batch (`parse_all`, one
process, best of the rounds), so the ratio is what reading a WARC costs over reading files;
then `newsparse parse --jobs 2` runs on the WARC as a user would run it.
"""

from __future__ import annotations

import contextlib
import gc
import io
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsparse.cli.batch import parse_all
from newsparse.cli.inputs import Input
from newsparse.parse import MAX_BYTES
from newsparse.record import Record

from .report import Row
from .timing import best_wall_seconds


@dataclass(frozen=True)
class WarcFigures:
    """Pages per second from files and from a WARC: in one process, and with `--jobs 2`."""

    pages: int
    warc_mb: float
    files_rate: float
    warc_rate: float
    files_jobs_rate: float
    warc_jobs_rate: float

    @property
    def ratio(self) -> float:
        return self.warc_rate / self.files_rate

    @property
    def jobs_ratio(self) -> float:
        return self.warc_jobs_rate / self.files_jobs_rate


def write_warc(path: Path, pages: Sequence[tuple[str, bytes]]) -> None:
    """The (URL, HTML) pages as `response` records of a WARC, gzipped per record."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, data in pages:
            http = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(data)))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(data), http_headers=http
            )
            writer.write_record(record)


def _best_cpu_seconds(runs: Sequence[Callable[[], int]], expected: int, rounds: int) -> list[float]:
    """Each run's least CPU time over `rounds`, the runs taking turns (a loaded machine slows
    them alike); every run must give `expected` records."""
    best = [float("inf")] * len(runs)
    for _ in range(rounds):
        for index, run in enumerate(runs):
            gc.collect()
            start = time.process_time()
            found = run()
            best[index] = min(best[index], time.process_time() - start)
            if found != expected:
                raise SystemExit(f"bench: {found} records where {expected} were expected")
    return best


def _records(inputs: list[Input]) -> int:
    with contextlib.redirect_stderr(io.StringIO()):  # the WARC's summary line
        return sum(isinstance(item, Record) for item in parse_all(inputs, MAX_BYTES))


def measure(
    folder: Path, pages: Sequence[tuple[str, bytes]], files: Sequence[Path], rounds: int
) -> WarcFigures:
    """The WARC figures for `pages`, whose files are already written at `files`."""
    warc = folder / "pages.warc.gz"
    write_warc(warc, pages)
    count = len(pages)
    file_inputs = [Input(str(path)) for path in files]
    files_seconds, warc_seconds = _best_cpu_seconds(
        [lambda: _records(file_inputs), lambda: _records([Input(str(warc))])], count, rounds
    )
    files_jobs, warc_jobs = best_wall_seconds(
        [_jobs_command(*map(str, files)), _jobs_command(str(warc))], rounds
    )
    return WarcFigures(
        count,
        warc.stat().st_size / 1e6,
        count / files_seconds,
        count / warc_seconds,
        count / files_jobs,
        count / warc_jobs,
    )


def _jobs_command(*paths: str) -> list[str]:
    return [str(Path(sys.executable).with_name("newsparse")), "parse", "--jobs", "2", *paths]


def warc_rows(figures: WarcFigures) -> list[Row]:
    """Pages/s from a WARC next to the same pages as files: in one process, and `--jobs 2`."""
    jobs = f"{figures.warc_jobs_rate:,.0f}/s vs {figures.files_jobs_rate:,.0f}/s"
    return [
        Row(
            f"WARC: {figures.pages:,} of the HTML pages, one .warc.gz ({figures.warc_mb:.1f} MB)",
            f"{figures.warc_rate:,.0f}/s, as files {figures.files_rate:,.0f}/s (CPU time)",
        ),
        Row("WARC vs files, one process", f"{figures.ratio:.0%}", "≥ 80%", figures.ratio >= 0.8),
        Row(
            "WARC vs files, `parse --jobs 2` (wall time)",
            f"{figures.jobs_ratio:.0%} ({jobs})",
            "≥ 80%",
            figures.jobs_ratio >= 0.8,
        ),
    ]
