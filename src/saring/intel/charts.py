"""Charts of designations: per month by authority, and the top target countries.

Drawn on a bare matplotlib `Figure` (no display, no pyplot state); PNG or SVG by the file's
extension. matplotlib is imported only when a chart is drawn, so commands that never draw do
not pay for it. The data come from `timeline` and `by_group`, the same dicts a web dashboard
reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from followthemoney.types import registry

FORMATS = {".png": "png", ".svg": "svg"}


def _filter_text(flt: dict[str, Any]) -> str:
    parts = []
    if flt.get("since"):
        parts.append(f"since {flt['since']}")
    if flt.get("until"):
        parts.append(f"until {flt['until']}")
    if flt.get("authority"):
        parts.append(f"authority {flt['authority']}")
    return ", ".join(parts) or "all dates"


def plot_designations(timeline: dict[str, Any], countries: dict[str, Any], path: Path) -> Path:
    """Draw both charts into one figure at ``path`` (``.png`` or ``.svg``)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"unsupported chart file {path.name!r}: use .png or .svg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 9), layout="constrained")
    top, bottom = fig.subplots(2, 1)
    months = timeline["months"]
    base = [0] * len(months)
    for authority in timeline["authorities"]:
        values = timeline["series"][authority]
        top.bar(range(len(months)), values, bottom=base, label=authority, width=0.85)
        base = [b + v for b, v in zip(base, values, strict=True)]
    step = max(1, len(months) // 12)
    top.set_xticks(range(0, len(months), step))
    top.set_xticklabels(months[::step], rotation=45, ha="right")
    top.set_ylabel("designations")
    top.set_title(
        f"Designations per month by authority ({_filter_text(timeline['filter'])}; "
        f"{timeline['undated']:,} without a date precise enough left out)"
    )
    if timeline["authorities"]:
        top.legend()
    labels = [
        registry.country.names.get(c, c) if c != "unknown" else "unknown"
        for c in countries["labels"]
    ]
    positions = range(len(labels))
    bottom.barh(positions, countries["designations"], color="#b03a2e")
    bottom.set_yticks(positions)
    bottom.set_yticklabels(labels)
    bottom.invert_yaxis()
    bottom.set_xlabel("designations")
    bottom.set_title(f"Top target countries ({_filter_text(countries['filter'])})")
    for pos, value in zip(positions, countries["designations"], strict=True):
        bottom.text(value, pos, f" {value:,}", va="center")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=fmt, dpi=110)
    return path
