"""`make bench`: newsparse's speed next to the floor and the alternative, in one run.

A corpus of realistic captures is generated into a temporary folder (never the
repository): HTML pages of 30-80 KB in the site's shape, with its chrome, and their
text dumps in the shape of `w3m -dump`. Every generated page is parsed first and
checked against what was generated, so the figures measure real work; a page that
parses wrong ends the run with exit code 1. Then, on the same files read into memory:

- newsparse HTML pages/s; the floor (selectolax/lexbor's bare parse and body text);
  trafilatura's extraction (on a subset, it is slow); newsparse text captures/s
  (`speed.py`);
- the cold start of `newsparse parse one.txt` next to `python -c "import typer, selectolax.lexbor"`
  (`startup.py`);
- `parse --jobs 2` peak RSS for 1,000 and 10,000 files, and a 10 MB capture next to a 1 MB one
  (`scaling.py`);
- pages/s from a WARC next to the same pages as files (`warc.py`);
- `newsparse stats --json` over 100,000 JSON Lines records, made from the fixtures' goldens,
  in one process (`stats.py`).

Prints a table with PASS/MISS per target; `--write BENCHMARKS.md` puts it between the
file's `bench:start` and `bench:end` markers, keeping the notes around them (`report.py`).
The exit code is 0 even when a target is missed: this is a report.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Final

from .corpus import generate, mismatches, write_corpus
from .report import Row, machine, table, write_report
from .scaling import measure_growth, measure_jobs
from .speed import measure_parsers
from .startup import measure_cold_start
from .stats import measure_stats
from .warc import measure as measure_warc
from .warc import warc_rows

SEED: Final = 20230915


def options() -> argparse.Namespace:
    """The command line's options."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.bench", description=__doc__.split("\n", 1)[0]
    )
    parser.add_argument(
        "--pages", type=int, default=2000, help="HTML pages, and as many text dumps"
    )
    parser.add_argument("--trafilatura", type=int, default=200, help="pages given to trafilatura")
    parser.add_argument("--rounds", type=int, default=3, help="passes per measure; the best counts")
    parser.add_argument("--cold-runs", type=int, default=20, help="runs per cold-start command")
    parser.add_argument("--few-files", type=int, default=1000)
    parser.add_argument("--many-files", type=int, default=10000)
    parser.add_argument("--warc-pages", type=int, default=1000, help="pages read from a WARC")
    parser.add_argument(
        "--stats-records", type=int, default=100_000, help="JSON Lines records read by `stats`"
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--write", metavar="FILE", type=Path, help="also write the table to FILE")
    return parser.parse_args()


def measure(args: argparse.Namespace) -> list[Row] | None:
    """Every row of the table, or None when the corpus parses wrong."""
    html_captures, text_captures = generate(args.pages, args.seed)
    wrong = [
        problem for capture in (*html_captures, *text_captures) for problem in mismatches(capture)
    ]
    if wrong:
        print(
            f"bench: the corpus parses wrong ({len(wrong)} problems):",
            *wrong[:20],
            sep="\n  ",
            file=sys.stderr,
        )
        return None
    print(
        f"corpus: {args.pages} HTML pages and {args.pages} text dumps, all parse as generated",
        file=sys.stderr,
    )
    html_data = [capture.data for capture in html_captures]
    text_data = [capture.data for capture in text_captures]
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as temporary:
        folder = Path(temporary)
        write_corpus(folder, text_captures)
        sources = sorted((folder / "text").iterdir())
        rows = measure_parsers(args, html_data, text_data)
        rows += measure_cold_start(args, sources[0])
        rows += measure_jobs(args, folder, sources)
        rows += measure_growth(html_captures[0].page)
        in_warc = html_captures[: args.warc_pages]
        write_corpus(folder, in_warc)
        figures = measure_warc(
            folder,
            [(capture.page.url, capture.data) for capture in in_warc],
            [folder / capture.name for capture in in_warc],
            args.rounds,
        )
        rows += warc_rows(figures)
        rows += measure_stats(folder, args.stats_records, args.rounds)
    return rows


def main() -> int:
    """Measure, print the table, and write it into `--write` if given."""
    args = options()
    started = time.perf_counter()
    rows = measure(args)
    if rows is None:
        return 1
    missed = sum(row.met is False for row in rows)
    summary = f"{sum(row.met is True for row in rows)} targets met, {missed} missed"
    took = time.perf_counter() - started
    report = f"{machine()}; the run took {took:.0f} s.\n\n{table(rows)}\n\n{summary}."
    print(report)
    if args.write is not None:
        write_report(args.write, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
