"""`newsparse stats --json` over 100,000 JSON Lines records, in one process: records per second.

The records are the fixtures' goldens (full records, as `newsparse parse` writes them) repeated,
each with its own news code so that the stats count as many articles as records. They are
written to the bench's temporary folder and read by `newsparse stats --json`, whose summary must
count every one of them; the best wall time of the rounds counts, the process's start included.
`python -m scripts.bench.stats` runs this measure alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from .report import Row, table
from .timing import peak_rss_kib

FIXTURES: Final = Path(__file__).resolve().parents[2] / "tests" / "fixtures"
FIRST_CODE: Final = 1_000_000
TARGET_SECONDS: Final = 5.0


def goldens(fixtures: Path = FIXTURES) -> list[dict[str, Any]]:
    """The fixtures' goldens: every capture's full record (`expected*.json` lack `source`)."""
    paths = sorted(fixtures.glob("**/*.json"))
    return [
        json.loads(path.read_text(encoding="utf-8"))
        for path in paths
        if not path.name.startswith("expected")
    ]


def write_records(path: Path, records: Sequence[dict[str, Any]], count: int) -> int:
    """`count` JSON Lines records, `records` in turn, each with its own news code; the bytes."""
    with path.open("w", encoding="utf-8") as out:
        for index in range(count):
            record = {**records[index % len(records)], "news_code": FIRST_CODE + index}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def _check(command: Sequence[str], count: int) -> None:
    """One run whose summary must have read and counted every record."""
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    summary = json.loads(done.stdout)
    if done.returncode != 0 or (summary["read"], summary["parsed"]) != (count, count):
        raise SystemExit(
            f"bench: stats read {summary['read']} and counted {summary['parsed']} records"
            f" of {count} (exit code {done.returncode})"
        )


def measure_stats(folder: Path, count: int, rounds: int) -> list[Row]:
    """`newsparse stats --json` over `count` records in one JSON Lines file."""
    path = folder / "records.jsonl"
    size = write_records(path, goldens(), count)
    command = [str(Path(sys.executable).with_name("newsparse")), "stats", "--json", str(path)]
    _check(command, count)  # also brings the file into the page cache
    runs = [peak_rss_kib(command) for _ in range(rounds)]
    seconds = min(run[1] for run in runs)
    peak = max(run[0] for run in runs)
    return [
        Row(
            f"`stats --json`, {count:,} JSON Lines records ({size / 1e6:.0f} MB), one process",
            f"{count / seconds:,.0f} records/s, peak RSS {peak / 1024:.1f} MiB",
        ),
        Row(
            f"`stats --json`: seconds for {count:,} records (best of {rounds})",
            f"{seconds:.2f} s",
            f"≤ {TARGET_SECONDS:.0f} s",
            seconds <= TARGET_SECONDS,
        ),
    ]


def main() -> int:
    """This measure alone, its rows printed as the bench's table."""
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.stats", description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3, help="runs; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as temporary:
        print(table(measure_stats(Path(temporary), args.records, args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
