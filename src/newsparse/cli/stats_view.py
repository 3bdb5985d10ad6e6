"""What `newsparse stats` prints: plain text for pipes and NO_COLOR, or a rich layout with
bar charts for a terminal and for `--svg`.

Capture text (titles, categories) passes `safe()`, and rich only ever receives `Text`
objects, never markup. rich is imported inside `rich_stats`, so the plain path never loads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from newsparse.cli.output import one_line

if TYPE_CHECKING:
    from rich.console import Console

BAR_WIDTH: Final = 40


def _bar(count: int, largest: int) -> str:
    return "█" * max(1, round(BAR_WIDTH * count / largest)) if count else ""


def _counts(title: str, counts: dict[str, int], bars: bool = False) -> Iterator[str]:
    yield f"{title}:"
    if not counts:
        yield "  none"
        return
    width = max(len(one_line(name)) for name in counts)
    largest = max(counts.values())
    for name, count in counts.items():
        bar = f"  {_bar(count, largest)}" if bars else ""
        yield f"  {one_line(name):<{width}}  {count:>6}{bar}"


def sections(summary: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The summary as (heading, rows or one line) in the order shown."""
    yield (
        "captures",
        (f"{summary['read']} read, {summary['parsed']} parsed, {summary['failed']} failed"),
    )
    published = summary["published"]
    span = f"{published['first']} to {published['last']}" if published else "no dates"
    yield "published", span
    views = summary["views"]
    yield (
        "views",
        (
            f"median {views['median']:g}, 90th percentile {views['p90']}, maximum {views['max']}"
            if views
            else "none shown"
        ),
    )


def plain_stats(summary: dict[str, Any]) -> str:
    """The stats as plain text."""
    out = [f"{heading:<10} {line}" for heading, line in sections(summary)]
    for title, key, bars in (
        ("failures", "failures", False),
        ("layouts", "layouts", False),
        ("languages", "languages", False),
        ("articles per month", "per_month", True),
        ("study time (minutes)", "study_minutes", True),
        ("top categories", "categories", False),
        ("missing fields", "missing", False),
        ("warnings", "warnings", False),
    ):
        out += ["", *_counts(title, summary[key], bars)]
    out += ["", "most viewed:"]
    out += [f"  {item['views']:>8}  {one_line(item['title'])}" for item in summary["most_viewed"]]
    return "\n".join(out) + "\n"


def rich_stats(console: Console, summary: dict[str, Any]) -> None:
    """The stats as rich tables, the month and study-time distributions as bar charts."""
    from rich.table import Table
    from rich.text import Text

    def table(
        title: str, rows: dict[str, int] | list[tuple[str, int]], bars: bool = False
    ) -> Table:
        grid = Table(title=Text(title, style="bold"), show_header=False, box=None)
        grid.add_column(style="cyan", overflow="fold")
        grid.add_column(justify="right")
        if bars:
            grid.add_column(style="green")
        pairs = list(rows.items()) if isinstance(rows, dict) else rows
        largest = max((count for _, count in pairs), default=0)
        for name, count in pairs:
            cells = [Text(one_line(str(name))), Text(str(count))]
            grid.add_row(*cells, *([Text(_bar(count, largest))] if bars else []))
        return grid

    for heading, line in sections(summary):
        console.print(Text.assemble((f"{heading:<10} ", "bold"), line))
    console.print()
    counts = Table.grid(padding=(0, 4))
    counts.add_row(
        table("layouts", summary["layouts"]),
        table("languages", summary["languages"]),
        table("failures", summary["failures"]),
    )
    console.print(counts)
    console.print(table("articles per month", summary["per_month"], bars=True))
    console.print(table("study time (minutes)", summary["study_minutes"], bars=True))
    viewed = [(item["title"], item["views"]) for item in summary["most_viewed"]]
    console.print(table("most viewed", viewed))
    console.print(table("top categories", summary["categories"]))
    lists = Table.grid(padding=(0, 4))
    lists.add_row(
        table("missing fields", summary["missing"]), table("warnings", summary["warnings"])
    )
    console.print(lists)
