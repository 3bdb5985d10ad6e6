"""Write a few variants as fixture folders: page.html, the tool captures, expected.json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .compose import Variant


def pick(variants: list[Variant], count: int) -> list[Variant]:
    """Greedily choose the variants that add the most features not yet covered."""
    chosen: list[Variant] = []
    covered: set[str] = set()
    pool = list(variants)
    while pool and len(chosen) < count:
        best = max(pool, key=lambda v: (len(set(v.features) - covered), -variants.index(v)))
        chosen.append(best)
        covered |= set(best.features)
        pool.remove(best)
    return chosen


def write_expected(folder: Path, variant: Variant) -> None:
    text = json.dumps(variant.truth, ensure_ascii=False, indent=2) + "\n"
    (folder / "expected.json").write_text(text, encoding="utf-8")


def write_samples(
    variants: list[Variant], count: int, rendered: Path, dest: Path, seed: int
) -> list[Path]:
    """Copy the chosen variants' rendered folders into dest/grid-<seed>-<variant>/."""
    written = []
    for variant in pick(variants, count):
        target = dest / f"grid-{seed}-{variant.name}"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(rendered / variant.name, target)
        write_expected(target, variant)
        written.append(target)
    return written
