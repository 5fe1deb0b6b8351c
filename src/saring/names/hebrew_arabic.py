"""Common Arabic and Persian names written in Hebrew letters (מוחמד: Muhammad, מורטזא:
Morteza), known by their consonant skeleton: the Israeli press writes Arab and Iranian names
so, and a list that never uses the Hebrew spelling still knows how common the name is."""

from __future__ import annotations

from functools import cache, lru_cache

from saring.names.arabic import common_name_spellings
from saring.names.hebrew import hebrew_skeletons
from saring.names.phonetic import skeleton_key

#: Fewest consonants of a skeleton that tells a name: עלי (Ali) and אלי (Eli) share ``l``.
MIN_CONSONANTS = 3


@cache
def _by_skeleton() -> dict[str, tuple[str, ...]]:
    """Consonant skeleton → the Latin spellings of the table's names that have it."""
    found: dict[str, dict[str, None]] = {}
    for spellings in common_name_spellings():
        for spelling in spellings:
            found.setdefault(skeleton_key(spelling), {})[spelling] = None
    return {skeleton: tuple(spellings) for skeleton, spellings in found.items()}


@lru_cache(maxsize=20_000)
def arabic_name_spellings(token: str) -> tuple[str, ...]:
    """The Latin spellings of the common Arabic-script names whose skeleton is the likeliest
    one of a Hebrew ``token`` (``מוחמד`` → Mohammad, Mahmoud…); empty when none is, or the
    skeleton is shorter than `MIN_CONSONANTS`."""
    skeletons = hebrew_skeletons(token)
    if not skeletons or len(skeletons[0]) < MIN_CONSONANTS:
        return ()
    return _by_skeleton().get(skeletons[0], ())
