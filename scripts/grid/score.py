"""Parse each capture with newsparse and compare its record with the truth."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .render import Tool, render_folder

# Record keys that depend on how the page was saved, not on what it says.
NOT_COMPARED = {"source", "format", "url"}


@dataclass(frozen=True)
class Outcome:
    """How one capture of one variant came out."""

    variant: str
    tool: str
    wrong: tuple[str, ...]  # wrong fields; ("error",) when newsparse refused the capture
    warnings: tuple[str, ...]
    details: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (want, got)

    @property
    def right(self) -> bool:
        return not self.wrong

    @property
    def silent(self) -> bool:
        """Wrong, yet the record claims nothing looked wrong."""
        return bool(self.wrong) and "error" not in self.wrong and not self.warnings


SINGLE_PRINT_NOTICE = "title uncertain: found neither in a copy"


def compare(
    record: dict[str, Any], truth: dict[str, Any], html: bool
) -> dict[str, tuple[Any, Any]]:
    """The fields whose value differs: every truth key but html_url; for HTML, url too."""
    diffs: dict[str, tuple[Any, Any]] = {}
    for key, want in truth.items():
        if key == "html_url" or key in NOT_COMPARED:
            continue
        got = record.get(key)
        if key == "warnings" and record.get("title") == truth.get("title"):
            # The notice a title printed once earns (issue: a title found in no copy and
            # not in the head warns); the truth does not model which captures confirm it.
            got = [w for w in got or () if not w.startswith(SINGLE_PRINT_NOTICE)]
        if got != want:
            diffs[key] = (want, record.get(key))
    if html and record.get("url") != truth.get("html_url"):
        diffs["url"] = (truth.get("html_url"), record.get("url"))
    return diffs


def check_capture(path: Path, tool: str, variant: str, truth: dict[str, Any]) -> Outcome:
    import newsparse

    try:
        record = newsparse.parse_path(path).to_dict()
    except (newsparse.NotACapture, newsparse.CaptureError) as exc:
        return Outcome(variant, tool, ("error",), (), {"error": (None, str(exc))})
    except Exception as exc:  # a crash is a wrong capture too, and says what it was
        return Outcome(variant, tool, ("error",), (), {"error": (None, f"crash {exc!r}")})
    diffs = compare(record, truth, html=tool == "html")
    return Outcome(variant, tool, tuple(diffs), tuple(record.get("warnings", ())), diffs)


def run_variant(
    folder: Path, tools: list[Tool], truth: dict[str, Any]
) -> tuple[list[Outcome], list[str]]:
    """Render one variant's page with every tool, then score every capture.
    Returns the outcomes and the tools that failed to render."""
    captures = render_folder(folder, tools)
    failed = [name.removeprefix("error:") for name in captures if name.startswith("error:")]
    outcomes = [
        check_capture(folder / name, tool, folder.name, truth)
        for name, tool in captures.items()
        if not name.startswith("error:")
    ]
    return outcomes, failed
