"""The target country of a designation, and the rule that found it.

Rules, first that gives an answer wins: the program's country (``RUSSIA-EO14024`` → ru,
UK regime ``Russia`` → ru); else the listed entity's ``nationality``, ``citizenship``,
``jurisdiction``, ``country``; else the countries of its addresses. Several values under
one rule are all kept; the first in sorted order is the designation's country.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from saring.intel.programs import program_country

#: Entity properties read in order, each a rule of its own.
ENTITY_RULES = ("nationality", "citizenship", "jurisdiction", "country")

Properties = dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class Target:
    """A designation's target country (None when no rule applies) and the rule used."""

    country: str | None
    rule: str | None
    countries: tuple[str, ...] = ()


NO_TARGET = Target(None, None)


def target_country(
    program: str | None,
    entity: Properties | None,
    addresses: Callable[[], list[Properties]] = list,
) -> Target:
    """Apply the rules to a program and the entity's properties (``addresses`` is only
    called when the entity's own properties name no country)."""
    code = program_country(program)
    if code:
        return Target(code, "program", (code,))
    if entity is None:
        return NO_TARGET
    for prop in ENTITY_RULES:
        values = sorted({v for v in entity.get(prop, []) if v})
        if values:
            return Target(values[0], prop, tuple(values))
    found = sorted({c for address in addresses() for c in address.get("country", []) if c})
    if found:
        return Target(found[0], "address", tuple(found))
    return NO_TARGET
