"""`python -m scripts.grid`: compose variants, render them, score every capture, print the figure.

It is a measure, not a test: the exit code is 0 whatever the figure, unless --min is given.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import report
from .compose import compose_all
from .render import available_tools
from .sample import write_expected, write_samples
from .score import Outcome, run_variant


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scripts.grid", description=__doc__)
    parser.add_argument("--variants", type=int, default=60, help="page variants (default 60)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the composition (default 1)")
    parser.add_argument("--out", type=Path, help="folder for the pages and captures (kept)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--jobs", type=int, default=2, help="rendering processes (default 2)")
    parser.add_argument(
        "--sample", nargs=2, metavar=("DIR", "K"), help="write K variants as fixture folders in DIR"
    )
    parser.add_argument("--examples", type=int, default=0, help="print N wrong captures in full")
    parser.add_argument("--min", type=float, help="exit 1 when fewer than P%% are fully right")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    tools, missing = available_tools()
    if missing:
        print(f"grid: tools not installed, skipped: {', '.join(missing)}", file=sys.stderr)
    variants = compose_all(args.seed, args.variants)
    out = args.out or Path(tempfile.mkdtemp(prefix="newsparse-grid-"))
    keep = args.keep or args.out is not None
    outcomes: list[Outcome] = []
    failed: set[str] = set()
    try:
        for variant in variants:
            folder = out / variant.name
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "page.html").write_text(variant.html, encoding="utf-8")
            write_expected(folder, variant)
        with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(run_variant, out / v.name, tools, v.truth) for v in variants]
            for future in futures:
                done, broken = future.result()
                outcomes += done
                failed.update(broken)
        if args.sample:
            dest, count = Path(args.sample[0]), int(args.sample[1])
            by_name = {v.name: v for v in variants}
            for folder in write_samples(variants, count, out, dest, args.seed):
                feats = " ".join(by_name[folder.name.rsplit("-", 1)[1]].features)
                print(f"grid: sample {folder}: {feats}", file=sys.stderr)
    finally:
        if keep:
            print(f"grid: pages and captures kept in {out}", file=sys.stderr)
        else:
            shutil.rmtree(out, ignore_errors=True)
    features = {v.name: v.features for v in variants}
    print(report.headline(outcomes))
    used = ", ".join(["html", *(t.name for t in tools)])
    print(f"{len(variants)} variants (seed {args.seed}), captures: {used}")
    if missing or failed:
        skipped, bad = ", ".join(missing) or "none", ", ".join(sorted(failed)) or "none"
        print(f"skipped tools: {skipped}; failed renders: {bad}")
    for line in report.breakdown(outcomes, features):
        print(line)
    for line in report.examples(outcomes, args.examples):
        print(line)
    print(f"grid: took {time.monotonic() - started:.0f} s")
    if args.min is not None and report.figure(outcomes) < args.min:
        print(f"grid: below --min {args.min}%", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
