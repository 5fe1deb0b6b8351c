"""How strongly two tokens are the same name part, by the best key they share."""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from saring.names.initials import opening_letters
from saring.names.model import ORG_KINDS, Kind, Token


class Equivalence(IntEnum):
    """The strongest evidence that two tokens are one name part, weakest first."""

    NONE = 0
    #: An initial and a name starting with that letter.
    INITIAL = 1
    #: Same consonant skeleton: the only link between an abjad and a Latin spelling.
    SKELETON = 2
    #: One name in two languages (Joseph/Yusuf), from the alias tables.
    ALIAS = 3
    #: Spelling variants of one name (Sergei/Sergey, Mohammad/Muhammad).
    PHONETIC = 4
    #: One Latin reading in common (also: the same canonical legal form).
    LATIN = 5


class TokenKeys(NamedTuple):
    """What `equivalence` compares of a token, computed once: a matcher keeps these per
    distinct token instead of rebuilding sets for every pair."""

    latin: str
    readings: tuple[str, ...]
    reading_set: frozenset[str]
    phonetic_set: frozenset[str]
    aliases: frozenset[str]
    skeleton_set: frozenset[str]
    org: bool
    canonical: str
    initial: bool
    #: Latin letters the token may open with beyond its readings' (see `opening_letters`).
    openings: tuple[str, ...]
    #: Every reading, phonetic key, name group and skeleton, marked by kind: tokens with
    #: none in common are equivalent only as organisation words or initials.
    every: frozenset[str]


def token_keys(token: Token) -> TokenKeys:
    """The keys `equivalence` reads of ``token``."""
    return TokenKeys(
        latin=token.latin,
        readings=token.readings,
        reading_set=frozenset(token.readings),
        phonetic_set=frozenset(token.phonetics),
        aliases=token.aliases,
        skeleton_set=frozenset(token.skeletons),
        org=token.kind in ORG_KINDS,
        canonical=token.canonical,
        initial=token.kind == Kind.INITIAL,
        openings=opening_letters(token.original, token.script),
        every=frozenset(
            [f"r{r}" for r in token.readings]
            + [f"p{p}" for p in token.phonetics]
            + [f"a{a}" for a in token.aliases]
            + [f"s{k}" for k in token.skeletons]
        ),
    )


def equivalence(a: TokenKeys, b: TokenKeys, phonetic: bool = True) -> Equivalence:
    """The best evidence that two tokens, given by their keys, are the same name part
    (phonetic keys left out if not ``phonetic``)."""
    if a.org or b.org:
        same = a.org and b.org and a.canonical == b.canonical
        return Equivalence.LATIN if same else Equivalence.NONE
    if a.latin == b.latin or not a.reading_set.isdisjoint(b.reading_set):
        return Equivalence.LATIN
    if phonetic and not a.phonetic_set.isdisjoint(b.phonetic_set):
        return Equivalence.PHONETIC
    if not a.aliases.isdisjoint(b.aliases):
        return Equivalence.ALIAS
    # an initial before skeletons: דוד's skeleton d is no match for D
    if a.initial or b.initial:
        initial, other = (a, b) if a.initial else (b, a)
        if initial_meets(initial, other):
            return Equivalence.INITIAL
    if not a.skeleton_set.isdisjoint(b.skeleton_set):
        return Equivalence.SKELETON
    return Equivalence.NONE


def initial_meets(initial: TokenKeys, other: TokenKeys) -> bool:
    """Whether an initial's letter opens a reading of the other token, or is one of the
    letters its script may open it with (`opening_letters`)."""
    return bool(initial.latin) and (
        any(r.startswith(letter) for letter in initial.readings for r in other.readings)
        or not initial.reading_set.isdisjoint(other.openings)
    )


def token_equivalence(a: Token, b: Token) -> Equivalence:
    """The best evidence that ``a`` and ``b`` are the same name part."""
    return equivalence(token_keys(a), token_keys(b))


def keys_meet(a: Token, b: Token) -> bool:
    """Whether two tokens share a Latin reading, phonetic key or skeleton (aliases and
    initials aside)."""
    return (
        not set(a.readings).isdisjoint(b.readings)
        or not set(a.phonetics).isdisjoint(b.phonetics)
        or not set(a.skeletons).isdisjoint(b.skeletons)
    )


def tokens_meet(a: Token, b: Token, at_least: Equivalence = Equivalence.SKELETON) -> bool:
    """Whether two tokens are the same name part with at least the given evidence."""
    return token_equivalence(a, b) >= at_least
