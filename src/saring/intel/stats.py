"""Counts of designations and distinct entities per country, authority, program, schema, month.

A date filter counts a designation only when its whole date interval falls inside the filter;
designations whose date is too vague to tell are left out and counted as ``undated``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from saring.intel.authorities import matches_authority
from saring.intel.designations import Designation, designations
from saring.store import Store

GROUPS: dict[str, Callable[[Designation], str | None]] = {
    "country": lambda d: d.country,
    "authority": lambda d: d.authority,
    "program": lambda d: d.program,
    "schema": lambda d: d.schema,
    "month": lambda d: d.month,
}
#: The group name used for designations without a value for the grouping.
UNKNOWN = "unknown"


def select_designations(
    items: Iterable[Designation],
    since: date | None = None,
    until: date | None = None,
    authority: str | None = None,
) -> tuple[list[Designation], int]:
    """The designations that surely fall in [since, until] (and under ``authority``), and how
    many of that authority were left out because their date is too vague."""
    chosen: list[Designation] = []
    undated = 0
    for item in items:
        names = [item.authority_name] if item.authority_name else []
        if authority and not matches_authority(authority, item.authority, names, item.dataset):
            continue
        inside = item.within(since, until)
        if inside is None:
            undated += 1
        elif inside:
            chosen.append(item)
    return chosen, undated


def group_counts(items: Iterable[Designation], by: str) -> tuple[list[dict[str, Any]], int]:
    """Designations and distinct entities per group, most designations first; with the
    number of designations the grouping cannot place (``month`` of a vague date)."""
    if by not in GROUPS:
        raise ValueError(f"unknown grouping {by!r}; known: {', '.join(GROUPS)}")
    key = GROUPS[by]
    counts: Counter[str] = Counter()
    members: dict[str, set[tuple[str, str]]] = defaultdict(set)
    unplaced = 0
    for item in items:
        value = key(item)
        if value is None and by == "month":
            unplaced += 1
            continue
        group = value or UNKNOWN
        counts[group] += 1
        members[group].add((item.dataset, item.entity_id or item.sanction_id))
    rows = [
        {by: group, "designations": n, "entities": len(members[group])}
        for group, n in counts.items()
    ]
    if by == "month":
        rows.sort(key=lambda r: r[by])
    else:
        rows.sort(key=lambda r: (-r["designations"], -r["entities"], r[by]))
    return rows, unplaced


def stats(
    store: Store,
    since: date | None = None,
    until: date | None = None,
    authority: str | None = None,
    by: str = "country",
    items: list[Designation] | None = None,
) -> dict[str, Any]:
    """Counts per group: ``{"by_<group>": [{<group>, "designations", "entities"}, …],
    "undated": K, …}``, sorted by designations, descending (months in order)."""
    items = designations(store) if items is None else items
    chosen, undated = select_designations(items, since, until, authority)
    rows, unplaced = group_counts(chosen, by)
    return {
        f"by_{by}": rows,
        "designations": len(chosen),
        "entities": len({(d.dataset, d.entity_id or d.sanction_id) for d in chosen}),
        "undated": undated,
        "unplaced": unplaced,
        "exactly_dated": sum(1 for d in chosen if d.exact),
        "country_rules": dict(Counter(d.country_rule or UNKNOWN for d in chosen).most_common()),
        "filter": {
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "authority": authority,
        },
    }


def by_group(
    store: Store,
    by: str = "country",
    since: date | None = None,
    until: date | None = None,
    authority: str | None = None,
    limit: int | None = None,
    items: list[Designation] | None = None,
) -> dict[str, Any]:
    """Chart-ready counts of one grouping: ``{"by", "labels", "designations", "entities",
    "undated"}`` (the top ``limit`` groups)."""
    data = stats(store, since, until, authority, by, items)
    rows = data[f"by_{by}"][:limit] if limit else data[f"by_{by}"]
    return {
        "by": by,
        "labels": [r[by] for r in rows],
        "designations": [r["designations"] for r in rows],
        "entities": [r["entities"] for r in rows],
        "undated": data["undated"],
        "filter": data["filter"],
    }


def timeline(
    store: Store,
    since: date | None = None,
    until: date | None = None,
    authority: str | None = None,
    items: list[Designation] | None = None,
) -> dict[str, Any]:
    """Designations per month per authority: ``{"months": [...], "authorities": [...],
    "series": {authority: [count per month]}, "undated": K}``. A designation counts in a
    month only when its date interval lies within that month; the others are ``undated``."""
    items = designations(store) if items is None else items
    chosen, undated = select_designations(items, since, until, authority)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in chosen:
        month = item.month
        if month is None:
            undated += 1
            continue
        counts[item.authority][month] += 1
    months = sorted({m for c in counts.values() for m in c})
    months = _fill_months(months)
    authorities = sorted(counts, key=lambda a: (-sum(counts[a].values()), a))
    return {
        "months": months,
        "authorities": authorities,
        "series": {a: [counts[a].get(m, 0) for m in months] for a in authorities},
        "designations": sum(sum(c.values()) for c in counts.values()),
        "undated": undated,
        "filter": {
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "authority": authority,
        },
    }


def _fill_months(months: list[str]) -> list[str]:
    """Every month from the first to the last, so gaps show as zeros."""
    if not months:
        return []
    year, month = map(int, months[0].split("-"))
    last = tuple(map(int, months[-1].split("-")))
    filled = []
    while (year, month) <= last:
        filled.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return filled
