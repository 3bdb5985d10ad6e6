"""Timing helpers: the best pass over bytes in memory, the median run of commands, peak RSS."""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence


def best_seconds(work: Callable[[bytes], object], items: Sequence[bytes], rounds: int) -> float:
    """The fastest of `rounds` passes of `work` over every item, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        for data in items:
            work(data)
        best = min(best, time.perf_counter() - start)
    return best


def median_run_seconds(commands: Sequence[Sequence[str]], runs: int) -> list[float]:
    """Each command's median wall time over `runs` runs, the commands taking turns."""
    times: list[list[float]] = [[] for _ in commands]
    for round_ in range(runs + 2):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
            )
            if round_ >= 2:  # the first two warm the file cache
                times[index].append(time.perf_counter() - start)
    return [statistics.median(found) for found in times]


_PEAK_RSS = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - start)\n"
)


def peak_rss_kib(command: Sequence[str]) -> tuple[int, float]:
    """The largest resident set of the command and of the processes it started, and its time."""
    out = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS, *command], capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]), float(out[1])


def best_wall_seconds(commands: Sequence[Sequence[str]], rounds: int) -> list[float]:
    """Each command's least wall time over `rounds`, the commands taking turns."""
    best = [float("inf")] * len(commands)
    for _ in range(rounds):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
            )
            best[index] = min(best[index], time.perf_counter() - start)
    return best
