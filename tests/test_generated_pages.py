"""The benchmark's generated pages (titles ending on any word, kickers, comments, chrome)
parse as they were built: a change that breaks them breaks the benchmark too."""

from __future__ import annotations

import sys
from pathlib import Path

# The benchmark's package, as mypy sees it: `bench` under `scripts/`.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from bench.corpus import generate, mismatches


def test_generated_pages_and_their_text_dumps_parse_as_built() -> None:
    html, text = generate(120, 1)
    problems = [problem for capture in html + text for problem in mismatches(capture)]
    assert problems == []
