"""Scaling: `parse --jobs 2` memory over few and many files, and time over 1 MB and 10 MB."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .page import Page
from .render import render_html, render_text
from .report import Row
from .speed import newsparse_html, newsparse_text
from .timing import best_seconds, peak_rss_kib


def link_files(folder: Path, sources: Sequence[Path], count: int) -> Path:
    """A folder of `count` captures, hard links to the corpus (no extra disk)."""
    folder.mkdir()
    for index in range(count):
        source = sources[index % len(sources)]
        os.link(source, folder / f"{index:06d}{source.suffix}")
    return folder


def long_capture(page: Page, size: int, render: Callable[[Page], str]) -> bytes:
    """A capture of about `size` bytes: the page with its body repeated."""
    one = len(render(page).encode())
    body_bytes = sum(len(text) for _, text in page.body) or 1
    repeats = max(1, (size - one) // body_bytes + 1)
    return render(
        dataclasses.replace(
            page,
            body=page.body * repeats,
        )
    ).encode()


def measure_jobs(args: argparse.Namespace, folder: Path, sources: list[Path]) -> list[Row]:
    """`parse --jobs 2` over few and many files: peak RSS must not grow with the count."""
    command = Path(sys.executable).with_name("newsparse")
    rows, peaks = [], []
    for count in (args.few_files, args.many_files):
        files = link_files(folder / f"jobs-{count}", sources, count)
        peak, seconds = peak_rss_kib([str(command), "parse", "--jobs", "2", str(files)])
        peaks.append(peak)
        rows.append(
            Row(
                f"`parse --jobs 2`, {count:,} text files",
                f"peak RSS {peak / 1024:.1f} MiB, {count / seconds:,.0f} files/s",
            )
        )
    growth = peaks[1] / peaks[0]
    rows.append(
        Row(
            f"peak RSS, {args.many_files:,} vs {args.few_files:,} files",
            f"{growth:.2f}×",
            "≤ 1.2× (flat)",
            growth <= 1.2,
        )
    )
    return rows


def measure_growth(page: Page) -> list[Row]:
    """A 10 MB capture next to a 1 MB one: time must grow with size, not faster."""
    rows = []
    for label, render, work in (
        ("text", render_text, newsparse_text),
        ("HTML", render_html, newsparse_html),
    ):
        small, large = (long_capture(page, size, render) for size in (1_000_000, 10_000_000))
        seconds = [best_seconds(work, [data], 2) for data in (small, large)]
        growth = (seconds[1] / seconds[0]) / (len(large) / len(small))
        rows.append(
            Row(
                f"{label}: {len(large) / 1e6:.0f} MB vs {len(small) / 1e6:.0f} MB capture",
                f"{seconds[1]:.2f} s vs {seconds[0]:.3f} s; per byte {growth:.2f}×",
                "per byte ≤ 1.5×",
                growth <= 1.5,
            )
        )
    return rows
