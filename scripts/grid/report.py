"""The grid's figure and its breakdown: by field, by tool, by part/feature, silently wrong."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable

from .score import Outcome


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _short(value: object, width: int = 110) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


def figure(outcomes: list[Outcome]) -> float:
    right = sum(o.right for o in outcomes)
    return 100 * right / len(outcomes) if outcomes else 0.0


def headline(outcomes: list[Outcome]) -> str:
    right = sum(o.right for o in outcomes)
    return f"grid: {right}/{len(outcomes)} captures fully right ({figure(outcomes):.1f}%)"


def _fields(outcomes: Iterable[Outcome]) -> Counter[str]:
    return Counter(f for o in outcomes for f in o.wrong)


def _table(title: str, rows: list[tuple[str, str]]) -> list[str]:
    if not rows:
        return [f"{title}: none"]
    width = max(len(name) for name, _ in rows)
    return [f"{title}:"] + [f"  {name.ljust(width)}  {value}" for name, value in rows]


def _by_tool(outcomes: list[Outcome]) -> list[tuple[str, str]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.tool].append(o)
    rows = []
    for tool, group in sorted(groups.items(), key=lambda kv: figure(kv[1])):
        worst = ", ".join(f"{f} {n}" for f, n in _fields(group).most_common(4))
        right = sum(o.right for o in group)
        rows.append((tool, f"{right}/{len(group)} right ({_pct(right, len(group))})  {worst}"))
    return rows


def _by_feature(outcomes: list[Outcome], features: dict[str, list[str]]) -> list[tuple[str, str]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        for feat in features.get(o.variant, []):
            groups[feat].append(o)
    rows = []
    for feat, group in sorted(groups.items(), key=lambda kv: (figure(kv[1]), kv[0])):
        bad = sum(not o.right for o in group)
        share = f"{bad}/{len(group)} wrong ({_pct(bad, len(group))})"
        variants = len({o.variant for o in group})
        worst = ", ".join(f"{f} {n}" for f, n in _fields(group).most_common(3))
        rows.append((feat, f"{share} in {variants} variants  {worst}"))
    return rows


def breakdown(outcomes: list[Outcome], features: dict[str, list[str]]) -> list[str]:
    """Lines of the report after the headline."""
    wrong = [o for o in outcomes if not o.right]
    total = len(outcomes)
    rows = [(f, f"{n} captures ({_pct(n, total)})") for f, n in _fields(wrong).most_common()]
    lines = _table("wrong fields (a capture may have several)", rows)
    lines += _table("by tool", _by_tool(outcomes))
    lines += _table("by part/feature (share of captures wrong)", _by_feature(outcomes, features))
    silent = [o for o in wrong if o.silent]
    lines.append(
        f"silently wrong (wrong, with empty warnings): {len(silent)} captures"
        f" ({_pct(len(silent), total)} of all, {_pct(len(silent), len(wrong))} of the wrong ones)"
    )
    lines += _table(
        "  silently wrong fields", [(f, str(n)) for f, n in _fields(silent).most_common()]
    )
    silent_tools = Counter(o.tool for o in silent).most_common()
    lines.append("  silently wrong by tool: " + ", ".join(f"{t} {n}" for t, n in silent_tools))
    only = [o for o in wrong if o.wrong == ("warnings",)]
    lines.append(f"wrong only by a warning (every other field right): {len(only)} captures")
    kinds = Counter(w.split(":")[0] for o in only for w in o.warnings).most_common()
    lines += [f"  {n}  {kind}" for kind, n in kinds]
    errors = [o for o in wrong if "error" in o.wrong]
    reasons = Counter(str(o.details["error"][1]).split(":")[-1].strip() for o in errors)
    lines.append(f"refused (NotACapture/CaptureError/crash): {len(errors)} captures")
    lines += [f"  {n}  {reason}" for reason, n in reasons.most_common(5)]
    return lines


def examples(outcomes: list[Outcome], count: int) -> list[str]:
    """A few wrong captures with the expected and the actual value of each wrong field."""
    lines = []
    for o in [o for o in outcomes if not o.right][:count]:
        lines.append(f"{o.variant} {o.tool}: warnings={list(o.warnings)}")
        for name, (want, got) in o.details.items():
            lines.append(f"    {name}: want {_short(want)}")
            lines.append(f"    {' ' * len(name)}   got {_short(got)}")
    return lines
