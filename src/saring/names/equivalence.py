"""How strongly two tokens are the same name part, by the best key they share."""

from __future__ import annotations

from enum import IntEnum

from saring.names.model import Kind, Token

_ORG_KINDS = frozenset({Kind.LEGAL_FORM, Kind.ORG_TERM})


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


def token_equivalence(a: Token, b: Token) -> Equivalence:
    """The best evidence that ``a`` and ``b`` are the same name part."""
    if a.kind in _ORG_KINDS or b.kind in _ORG_KINDS:
        same = a.kind in _ORG_KINDS and b.kind in _ORG_KINDS and a.canonical == b.canonical
        return Equivalence.LATIN if same else Equivalence.NONE
    if a.latin == b.latin or not set(a.readings).isdisjoint(b.readings):
        return Equivalence.LATIN
    if not set(a.phonetics).isdisjoint(b.phonetics):
        return Equivalence.PHONETIC
    if not a.aliases.isdisjoint(b.aliases):
        return Equivalence.ALIAS
    if not set(a.skeletons).isdisjoint(b.skeletons):
        return Equivalence.SKELETON
    if a.kind == Kind.INITIAL or b.kind == Kind.INITIAL:
        initial, other = (a, b) if a.kind == Kind.INITIAL else (b, a)
        if initial.latin and any(r.startswith(initial.latin) for r in other.readings):
            return Equivalence.INITIAL
    return Equivalence.NONE


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
