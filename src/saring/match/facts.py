"""Facts beside the name: birth date, country, identifiers and gender.

Each comparison gives a `Fact`: a score adjustment (positive when the facts agree, negative
when they conflict, zero when either side is silent) and a sentence saying why. An exact
identifier match is decisive.
"""

from __future__ import annotations

from typing import NamedTuple

from saring.index.record import Record

#: Adjustments, tuned on the development sets; see BENCHMARKS.md.
BIRTH_DAY_AGREES = 0.08
BIRTH_YEAR_AGREES = 0.05
BIRTH_YEAR_NEAR = -0.05
BIRTH_DAY_DIFFERS = -0.12
BIRTH_YEAR_DIFFERS = -0.3
COUNTRY_AGREES = 0.03
COUNTRY_DIFFERS = -0.08
GENDER_DIFFERS = -0.2
#: Listed birth years within this many years of the query count as near (lists give
#: ``circa`` dates and ranges).
NEAR_YEARS = 1


class Fact(NamedTuple):
    """A score adjustment and the reason for it."""

    delta: float
    reason: str


def _date_parts(value: str) -> tuple[int | None, str]:
    year = value[:4]
    return (int(year) if year.isdigit() else None, value)


def compare_birth_dates(query: Record, listed: Record) -> Fact | None:
    """Agreement of birth dates, to the precision both sides give (year or day)."""
    if not query.birth_dates or not listed.birth_dates:
        return None
    best: Fact | None = None
    for q in query.birth_dates:
        q_year, q_full = _date_parts(q)
        for c in listed.birth_dates:
            c_year, c_full = _date_parts(c)
            if q_year is None or c_year is None:
                continue
            precise = len(q_full) >= 10 and len(c_full) >= 10
            if q_year == c_year:
                if precise and q_full[:10] == c_full[:10]:
                    fact = Fact(BIRTH_DAY_AGREES, f"birth date {q_full[:10]} agrees")
                elif precise:
                    fact = Fact(BIRTH_DAY_DIFFERS, f"born {q_full[:10]}, listed {c_full[:10]}")
                else:
                    fact = Fact(BIRTH_YEAR_AGREES, f"birth year {q_year} agrees")
            elif abs(q_year - c_year) <= NEAR_YEARS:
                fact = Fact(BIRTH_YEAR_NEAR, f"born {q_year}, listed {c_year} (near)")
            else:
                fact = Fact(BIRTH_YEAR_DIFFERS, f"born {q_year}, listed {c_year}")
            if best is None or fact.delta > best.delta:
                best = fact
    return best


def compare_countries(query: Record, listed: Record) -> Fact | None:
    """Whether the query's countries are among those the listed entity is linked to."""
    if not query.countries or not listed.countries:
        return None
    shared = sorted(set(query.countries) & set(listed.countries))
    if shared:
        return Fact(COUNTRY_AGREES, f"country {', '.join(shared)} agrees")
    return Fact(
        COUNTRY_DIFFERS,
        f"country {', '.join(query.countries)}, listed {', '.join(listed.countries)}",
    )


def compare_identifiers(query: Record, listed: Record) -> str | None:
    """The identifier both records carry, if any (passport, tax id, IMO…)."""
    shared = sorted(set(query.identifiers) & set(listed.identifiers))
    return shared[0] if shared else None


def compare_genders(query: Record, listed: Record) -> Fact | None:
    """A conflict of stated genders."""
    if not query.genders or not listed.genders:
        return None
    if set(query.genders) & set(listed.genders):
        return None
    return Fact(GENDER_DIFFERS, f"gender {query.genders[0]}, listed {listed.genders[0]}")
