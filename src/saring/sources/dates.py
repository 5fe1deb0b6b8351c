"""Date strings as the official lists write them, turned into ISO prefixes.

FollowTheMoney dates are ISO 8601 prefixes: ``1950``, ``1950-03``, ``1950-03-21``.
Lists write ``21 Mar 1950``, ``Mar 1950``, ``circa 1950``, ``21/03/1950``,
``1950-03-21T00:00:00`` and ranges such as ``1960 to 1962``.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[t ][\d:.z+-]*)?$")
_DMY_NUM = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_MY_NUM = re.compile(r"^(\d{1,2})[/.](\d{4})$")
_DMY_TEXT = re.compile(r"^(?:(\d{1,2})\s+)?([a-z]{3,9})\.?,?\s+(\d{4})$")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*(?:to|-|–)\s*(\d{4})$")
_CIRCA = re.compile(r"^(?:circa|approx(?:imately)?\.?|c\.|ca\.)\s*", re.I)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
        if month is not None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
    except ValueError:
        return None
    if 1000 <= year <= 2999:
        return f"{year:04d}"
    return None


def parse_date(text: str | None) -> str | None:
    """One date in any common list notation as an ISO prefix, or ``None``.

    ``circa`` is dropped (use ``is_circa`` to know it was there); the precision of the
    input is kept: ``Nov 1960`` gives ``1960-11``, not a made-up day.
    """
    if text is None:
        return None
    value = _CIRCA.sub("", text.strip()).strip().lower()
    if not value or value in {"-0-", "n/a", "unknown"}:
        return None
    if m := _ISO.match(value):
        year, month, day = (int(g) if g else None for g in m.groups())
        return _iso(year, month, day)  # type: ignore[arg-type]
    if m := _DMY_NUM.match(value):
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := _MY_NUM.match(value):
        return _iso(int(m.group(2)), int(m.group(1)))
    if m := _DMY_TEXT.match(value):
        month = MONTHS.get(m.group(2))
        if month is None:
            return None
        day = int(m.group(1)) if m.group(1) else None
        return _iso(int(m.group(3)), month, day)
    return None


def parse_date_range(text: str) -> list[str]:
    """Every year of a range such as ``1960 to 1962``, else the single date parsed."""
    value = _CIRCA.sub("", text.strip()).strip()
    if m := _YEAR_RANGE.match(value):
        start, end = int(m.group(1)), int(m.group(2))
        if 0 <= end - start <= 20:
            return [str(year) for year in range(start, end + 1)]
    parsed = parse_date(value)
    return [parsed] if parsed else []


def is_circa(text: str) -> bool:
    """Whether ``text`` marks its date as approximate (``circa 1950``)."""
    return bool(_CIRCA.match(text.strip()))


def parse_day(text: str | None) -> date | None:
    """A complete date (day, month and year) as a ``date``; ``None`` for anything less."""
    iso = parse_date(text)
    if iso is None or len(iso) != 10:
        return None
    return date.fromisoformat(iso)
