"""Cold start: `newsparse parse one.txt` next to importing what it cannot do without."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import newsparse

from .report import Row
from .timing import median_run_seconds


def measure_cold_start(args: argparse.Namespace, one: Path) -> list[Row]:
    """`newsparse parse one.txt` next to importing what it cannot do without."""
    command = Path(sys.executable).with_name("newsparse")
    # An installed wheel comes with compiled modules; an editable install under
    # PYTHONDONTWRITEBYTECODE would compile ours from source on every run. Time what users get.
    package = Path(newsparse.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    ours, baseline = median_run_seconds(
        [
            [str(command), "parse", str(one)],
            [sys.executable, "-c", "import typer, selectolax.lexbor"],
        ],
        args.cold_runs,
    )
    ratio = ours / baseline
    return [
        Row(
            "cold start: `newsparse parse one.txt`",
            f"{1000 * ours:.0f} ms (median of {args.cold_runs})",
        ),
        Row('baseline: `python -c "import typer, selectolax.lexbor"`', f"{1000 * baseline:.0f} ms"),
        Row("cold start vs baseline", f"{ratio:.2f}×", "≤ 1.3×", ratio <= 1.3),
    ]
