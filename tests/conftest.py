"""Shared paths and helpers for the test suite."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
REFERENCE = FIXTURES / "reference" / "000_6b0e962ed3f3dce3.txt"
# Keys that depend on how a page was saved, not on the page.
SAVING_KEYS = frozenset({"source", "format", "url"})


def page_folders() -> list[Path]:
    """Fixture folders whose page has a hand-written expected record."""
    return sorted(folder for folder in FIXTURES.iterdir() if (folder / "expected.json").is_file())


def captures_of(folder: Path) -> list[Path]:
    """Every capture in a fixture folder (not the JSON beside them)."""
    return sorted(path for path in folder.iterdir() if path.suffix != ".json")


def load_json(path: Path) -> Any:
    """A JSON file's data."""
    return json.loads(path.read_text(encoding="utf-8"))
