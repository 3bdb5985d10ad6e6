"""Shared paths and helpers for the test suite."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
REFERENCE = FIXTURES / "reference" / "000_6b0e962ed3f3dce3.txt"
# Keys that depend on how a page was saved, not on the page.
SAVING_KEYS = frozenset({"source", "format", "url"})
# The site's copyright line, which closes the footer of the captures tests write.
COPYRIGHT = "Copyright © Vice-Presidency for Science and Technology. All rights reserved"


def blank_lines_apart(*lines: str) -> str:
    """A text capture of the lines given, a blank line between each."""
    return "\n\n".join(lines) + "\n"


def page_folders() -> list[Path]:
    """Fixture folders whose page has a hand-written expected record."""
    return sorted(folder for folder in FIXTURES.iterdir() if (folder / "expected.json").is_file())


def captures_of(folder: Path) -> list[Path]:
    """Every capture in a fixture folder (not the JSON beside them)."""
    return sorted(path for path in folder.iterdir() if path.suffix != ".json")


def load_json(path: Path) -> Any:
    """A JSON file's data."""
    return json.loads(path.read_text(encoding="utf-8"))


# Linear-time tests compare the cost of an input with that of one GROWTH times larger:
# linear work grows 16x, quadratic 256x, and the limit stands between them, 4x from each.
GROWTH = 16
LINEAR_LIMIT = 64


def cpu_growth(run: Callable[[int], object], size: int, repeats: int = 5) -> float:
    """How many times more CPU time `run(size * GROWTH)` takes than `run(size)`.

    CPU time is not inflated by other processes waiting for the cores, as wall time is,
    and the best of several runs is the one least disturbed by what is left (caches,
    frequency changes). Small and large runs alternate, so that both see the same load.
    """
    best = {size: float("inf"), size * GROWTH: float("inf")}
    for _ in range(repeats):
        for each in best:
            start = time.process_time()
            run(each)
            best[each] = min(best[each], time.process_time() - start)
    # process_time ticks can be coarse; a floor keeps a tiny small run from inflating the ratio.
    return best[size * GROWTH] / max(best[size], 1e-3)
