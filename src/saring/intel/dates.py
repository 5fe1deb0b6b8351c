"""Day bounds of dates as lists and snapshots give them."""

from __future__ import annotations

import calendar
from datetime import date

from saring.store import Snapshot


def date_bounds(value: str) -> tuple[date, date] | None:
    """First and last day a (possibly partial) ISO date can mean: ``"2022-03"`` →
    (2022-03-01, 2022-03-31); None if it is not a date."""
    parts = value.strip()[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(parts[2]))
        return day, day
    except (ValueError, IndexError):
        return None


def seen_by(snap: Snapshot) -> date:
    """A day by which everything in the snapshot was listed: its publication date, else the
    day it was imported (an upper bound, never a designation date)."""
    return snap.published or snap.imported_at.date()


def month_of(start: date | None, end: date | None) -> str | None:
    """``"YYYY-MM"`` when both bounds fall in one month, else None."""
    if start is None or end is None or (start.year, start.month) != (end.year, end.month):
        return None
    return f"{start.year:04d}-{start.month:02d}"
