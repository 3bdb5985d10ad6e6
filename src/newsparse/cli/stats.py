"""`newsparse stats`: one pass over captures or JSON Lines records, summed up as a corpus.

Inputs stream through `Stats.add`, which keeps counters, the view counts, and one title
per viewed article (a page saved several ways counts once among the most viewed), never
the bodies.
"""

from __future__ import annotations

import heapq
import json
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Final

from newsparse.cli.batch import parse_all
from newsparse.cli.inputs import STDIN, Input, expand

TOP: Final = 10
# Fields a complete record has; a record without one counts as missing it.
EXPECTED_FIELDS: Final = ("title", "published", "news_code", "views", "study_minutes", "publisher")
# JSON Lines are told from captures by their first line: a JSON object with these keys.
_RECORD_KEYS: Final = frozenset({"source", "layout", "body"})


@dataclass
class Stats:
    """Counters over a corpus of records, filled one record (or failure) at a time."""

    read: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    layouts: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)
    first_day: str | None = None
    last_day: str | None = None
    views: list[int] = field(default_factory=list)
    # The most views each article shows, by news code (or title), with its title.
    viewed: dict[object, tuple[int, str]] = field(default_factory=dict)
    study_minutes: Counter[int] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    missing: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)

    def add(self, record: dict[str, Any]) -> None:
        """Count one record."""
        self.read += 1
        self.layouts[str(record.get("layout"))] += 1
        self.languages[str(record.get("language"))] += 1
        published = record.get("published")
        if isinstance(published, str) and len(published) >= 10:
            day = published[:10]
            self.months[day[:7]] += 1
            self.first_day = min(day, self.first_day or day)
            self.last_day = max(day, self.last_day or day)
        views = record.get("views")
        if isinstance(views, int):
            self.views.append(views)
            title = str(record.get("title") or record.get("source"))
            key = record.get("news_code") or title
            if views >= self.viewed.get(key, (-1, ""))[0]:
                self.viewed[key] = (views, title)
        minutes = record.get("study_minutes")
        if isinstance(minutes, int):
            self.study_minutes[minutes] += 1
        self.categories.update(str(name) for name in record.get("categories") or ())
        self.missing.update(name for name in EXPECTED_FIELDS if record.get(name) is None)
        self.warnings.update(warning_kind(str(text)) for text in record.get("warnings") or ())

    def fail(self, reason: str) -> None:
        """Count one input that gave no record."""
        self.read += 1
        self.failed[warning_kind(reason)] += 1

    def summary(self) -> dict[str, Any]:
        """Everything `stats` shows, as JSON-ready data."""
        views = sorted(self.views)
        return {
            "read": self.read,
            "parsed": self.read - self.failed.total(),
            "failed": self.failed.total(),
            "failures": dict(self.failed.most_common()),
            "layouts": dict(self.layouts.most_common()),
            "languages": dict(self.languages.most_common()),
            "published": {"first": self.first_day, "last": self.last_day}
            if self.first_day
            else None,
            "per_month": dict(sorted(self.months.items())),
            "views": _spread(views),
            "most_viewed": [
                {"views": views, "title": title}
                for views, title in heapq.nlargest(TOP, self.viewed.values(), key=lambda v: v[0])
            ],
            "study_minutes": {str(k): n for k, n in sorted(self.study_minutes.items())},
            "categories": dict(self.categories.most_common(TOP)),
            "missing": dict(self.missing.most_common()),
            "warnings": dict(self.warnings.most_common()),
        }


def _spread(views: list[int]) -> dict[str, float | int] | None:
    """Median, 90th percentile (nearest rank) and maximum of sorted view counts."""
    if not views:
        return None
    rank = max(0, -(-len(views) * 9 // 10) - 1)
    return {"median": statistics.median(views), "p90": views[rank], "max": views[-1]}


def warning_kind(text: str) -> str:
    """A warning or failure without its particulars: `category cut at 60 characters: X` is
    `category cut at 60 characters`, `larger than the size limit (N bytes)` keeps its words."""
    kind = text.split(": ", 1)[0] if ": " in text else text
    return kind.split(" (", 1)[0]


def records_of(paths: list[str], max_bytes: int, jobs: int) -> Iterator[dict[str, Any] | Input]:
    """Each input's record as a dict, or the Input that failed: JSON Lines files are read
    as records, anything else is parsed as a capture."""
    captures: list[Input] = []
    for item in expand(paths):
        if item.error is None and item.source != STDIN and _is_json_lines(item.source):
            yield from _flush(captures, max_bytes, jobs)
            yield from _read_json_lines(item.source)
        else:
            captures.append(item)
    yield from _flush(captures, max_bytes, jobs)


def _flush(captures: list[Input], max_bytes: int, jobs: int) -> Iterator[dict[str, Any] | Input]:
    for result in parse_all(list(captures), max_bytes, jobs):
        yield result if isinstance(result, Input) else result.to_dict()
    captures.clear()


def _is_json_lines(path: str) -> bool:
    try:
        with open(path, "rb") as file:
            first = file.readline(1 << 20)
        data = json.loads(first)
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.keys() >= _RECORD_KEYS


def _read_json_lines(path: str) -> Iterator[dict[str, Any] | Input]:
    with open(path, encoding="utf-8", errors="replace") as file:
        yield from _json_lines(file, path)


def _json_lines(lines: Iterable[str] | IO[str], path: str) -> Iterator[dict[str, Any] | Input]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError:
            yield Input(f"{path}:{number}", "not a JSON record")
            continue
        yield data if isinstance(data, dict) else Input(f"{path}:{number}", "not a JSON record")


def gather(paths: list[str], max_bytes: int, jobs: int) -> Stats:
    """The stats of every input, in one pass."""
    stats = Stats()
    for item in records_of(paths, max_bytes, jobs):
        if isinstance(item, Input):
            stats.fail(item.error or "failed")
        else:
            stats.add(item)
    return stats
