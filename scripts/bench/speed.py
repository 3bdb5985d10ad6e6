"""Pages per second: newsparse on HTML and text next to lexbor's bare parse and trafilatura."""

from __future__ import annotations

import argparse

from selectolax.lexbor import LexborHTMLParser

import newsparse

from .report import Row, rate
from .timing import best_seconds


def newsparse_html(data: bytes) -> object:
    return newsparse.parse_bytes(data, "page.html")


def newsparse_text(data: bytes) -> object:
    return newsparse.parse_bytes(data, "page.txt")


def lexbor_floor(data: bytes) -> object:
    """The least any HTML-to-text tool does: decode, parse, take the body's text."""
    body = LexborHTMLParser(data.decode("utf-8")).body
    return body.text(separator="\n") if body is not None else ""


def trafilatura_extract(data: bytes) -> object:
    import trafilatura

    return trafilatura.extract(data.decode("utf-8"))


def measure_parsers(args: argparse.Namespace, html: list[bytes], text: list[bytes]) -> list[Row]:
    """Pages per second for newsparse, the lexbor floor and trafilatura, on the same pages."""
    ours = best_seconds(newsparse_html, html, args.rounds)
    floor = best_seconds(lexbor_floor, html, args.rounds)
    subset = html[: args.trafilatura]
    theirs = best_seconds(trafilatura_extract, subset, 1)
    near_70kb = [data for data in html if 65_000 <= len(data) <= 75_000] or html
    per_70kb = best_seconds(newsparse_html, near_70kb, args.rounds) / len(near_70kb)
    text_seconds = best_seconds(newsparse_text, text, args.rounds)
    vs_trafilatura = (len(html) / ours) / (len(subset) / theirs)
    vs_floor = ours / floor
    mean_kb = sum(map(len, html)) / len(html) / 1000
    text_rate = len(text) / text_seconds
    return [
        Row(f"newsparse, HTML pages ({len(html)}, mean {mean_kb:.0f} KB)", rate(len(html), ours)),
        Row("floor: lexbor parse + body text, same pages", rate(len(html), floor)),
        Row(f"trafilatura.extract, first {len(subset)} of the pages", rate(len(subset), theirs)),
        Row(
            "HTML: newsparse vs trafilatura",
            f"{vs_trafilatura:.1f}× faster",
            "≥ 20×",
            vs_trafilatura >= 20,
        ),
        Row(
            "HTML: newsparse time vs the floor", f"{vs_floor:.2f}× the floor", "≤ 2×", vs_floor <= 2
        ),
        Row(
            f"HTML: a 65-75 KB page ({len(near_70kb)} pages)",
            f"{1000 * per_70kb:.2f} ms",
            "< 5 ms",
            per_70kb < 0.005,
        ),
        Row(
            f"newsparse, text captures ({len(text)}), one process",
            rate(len(text), text_seconds),
            "≥ 5,000/s",
            text_rate >= 5000,
        ),
    ]
