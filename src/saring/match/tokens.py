"""How similar two name tokens are, and by which rule.

The rules, strongest first: the same reading (``same``), spelling variants with one phonetic
key (``spelling``), one name in two languages from the name-group tables (``name group``),
the same consonant skeleton when one side is written in an abjad (``skeleton``), a typo-sized
edit distance between the Latin readings (``spelling distance``), a short form of the other
(``short form``: Ben/Benjamin) and an initial (``initial``).
"""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz.distance import OSA, Indel

from saring.names import scripts
from saring.names.equivalence import Equivalence
from saring.names.model import Kind, Token

SAME = "same"
SPELLING = "spelling variant"
NAME_GROUP = "name group"
SKELETON = "consonant skeleton"
DISTANCE = "spelling distance"
SHORT_FORM = "short form"
INITIAL = "initial"

_EQUIVALENCE = {
    Equivalence.LATIN: (1.0, SAME),
    Equivalence.PHONETIC: (0.94, SPELLING),
    Equivalence.ALIAS: (0.9, NAME_GROUP),
}
#: Similarity of two tokens sharing only a consonant skeleton, by whether an abjad is
#: involved (where the skeleton is all the script writes) or both are alphabetic.
SKELETON_ABJAD = 0.88
SKELETON_ALPHABETIC = 0.0
INITIAL_SIMILARITY = 0.75
SHORT_FORM_SIMILARITY = 0.7
#: Share of letters two readings must have in common for a phonetic key to count.
MIN_SPELLING_OVERLAP = 0.6
#: A short form must be at least this long to stand for a longer name (Ben, Alex, Chris).
MIN_SHORT_FORM = 3
_NUMERIC = frozenset({Kind.NUMBER})
_ORG_KINDS = frozenset({Kind.LEGAL_FORM, Kind.ORG_TERM})
#: Scripts where each token is one written syllable: a different character is a different
#: name even when romanisations collide (종/정 both read ``jong``).
_SYLLABLE_SCRIPTS = frozenset({scripts.HANGUL, scripts.HAN})


class TokenMatch(NamedTuple):
    """The similarity of two tokens (0-1) and the rule that gave it."""

    similarity: float
    rule: str


NO_MATCH = TokenMatch(0.0, "")


def allowed_edits(length: int) -> int:
    """Edits a token of this length may carry and still count as the same spelling."""
    if length <= 2:
        return 0
    if length <= 5:
        return 1
    if length <= 10:
        return 2
    return 3


#: The most edits `allowed_edits` grants any token.
MAX_EDITS = allowed_edits(1_000)


class _Features(NamedTuple):
    """What `token_match` reads of a token, computed once per distinct token."""

    numeric: bool
    syllabic: str
    original: str
    latin: str
    readings: tuple[str, ...]
    reading_set: frozenset[str]
    phonetic_set: frozenset[str]
    aliases: frozenset[str]
    skeleton_set: frozenset[str]
    org: bool
    canonical: str
    initial: bool
    abjad: bool
    #: Every reading, phonetic key, name group and skeleton, marked by kind: two tokens
    #: with none in common share no equivalence.
    keys: frozenset[str]
    shortest: int
    longest: int


def _features(token: Token) -> _Features:
    readings = token.readings
    return _Features(
        numeric=token.kind in _NUMERIC,
        syllabic=token.script if token.script in _SYLLABLE_SCRIPTS else "",
        original=token.original,
        latin=token.latin,
        readings=readings,
        reading_set=frozenset(readings),
        phonetic_set=frozenset(token.phonetics),
        aliases=token.aliases,
        skeleton_set=frozenset(token.skeletons),
        org=token.kind in _ORG_KINDS,
        canonical=token.canonical,
        initial=token.kind == Kind.INITIAL,
        abjad=token.script in scripts.ABJADS,
        keys=frozenset(
            [f"r{r}" for r in readings]
            + [f"p{p}" for p in token.phonetics]
            + [f"a{a}" for a in token.aliases]
            + [f"s{k}" for k in token.skeletons]
        ),
        shortest=min(map(len, readings)),
        longest=max(map(len, readings)),
    )


def _equivalence(a: _Features, b: _Features, phonetic: bool = True) -> Equivalence:
    """`token_equivalence` on precomputed features (phonetic keys left out if not
    ``phonetic``)."""
    if a.org or b.org:
        same = a.org and b.org and a.canonical == b.canonical
        return Equivalence.LATIN if same else Equivalence.NONE
    if a.latin == b.latin or not a.reading_set.isdisjoint(b.reading_set):
        return Equivalence.LATIN
    if phonetic and not a.phonetic_set.isdisjoint(b.phonetic_set):
        return Equivalence.PHONETIC
    if not a.aliases.isdisjoint(b.aliases):
        return Equivalence.ALIAS
    if not a.skeleton_set.isdisjoint(b.skeleton_set):
        return Equivalence.SKELETON
    if a.initial or b.initial:
        initial, other = (a, b) if a.initial else (b, a)
        if initial.latin and any(r.startswith(initial.latin) for r in other.readings):
            return Equivalence.INITIAL
    return Equivalence.NONE


def _distance_similarity(a: _Features, b: _Features) -> float:
    """Similarity from the edit distance of the closest Latin readings, 0 beyond a typo."""
    best = 0.0
    for x in a.readings:
        lx = len(x)
        for y in b.readings:
            ly = len(y)
            limit = allowed_edits(min(lx, ly))
            if limit == 0 or abs(lx - ly) > limit:
                continue
            dist = OSA.distance(x, y, score_cutoff=limit)
            if dist > limit:
                continue
            # Typos matter less near the end of a long token (inflections, -i/-y).
            similarity = 1.0 - dist / max(lx, ly)
            if x[:1] != y[:1]:
                similarity -= 0.1
            best = max(best, similarity)
    return best


def _spelled_alike(a: _Features, b: _Features) -> bool:
    """Whether some readings of the two tokens share most of their letters."""
    return any(
        Indel.normalized_similarity(x, y) >= MIN_SPELLING_OVERLAP
        for x in a.readings
        for y in b.readings
    )


def _short_form(a: _Features, b: _Features) -> bool:
    """Whether one token's reading starts the other's (Ben/Benjamin, Alex/Alexander)."""
    short, long = (a.latin, b.latin) if len(a.latin) <= len(b.latin) else (b.latin, a.latin)
    return len(short) >= MIN_SHORT_FORM and len(long) > len(short) and long.startswith(short)


_FEATURES: list[_Features] = []
_TOKEN_IDS: dict[Token, int] = {}
_BY_IDS: dict[int, TokenMatch] = {}
#: Most token pairs remembered before the memo is cleared.
MAX_REMEMBERED = 1_000_000


def token_id(token: Token) -> int:
    """A small integer standing for ``token`` (equal tokens share one)."""
    found = _TOKEN_IDS.get(token)
    if found is None:
        found = _TOKEN_IDS[token] = len(_FEATURES)
        _FEATURES.append(_features(token))
    return found


def remembered_matches() -> dict[int, TokenMatch]:
    """The memo of `match_ids`, keyed ``(a << 32) | b``, for lookups in tight loops."""
    return _BY_IDS


def match_ids(a: int, b: int) -> TokenMatch:
    """`token_match` of two tokens given by `token_id`, remembered."""
    key = (a << 32) | b
    found = _BY_IDS.get(key)
    if found is None:
        if len(_BY_IDS) >= MAX_REMEMBERED:
            _BY_IDS.clear()
        found = _BY_IDS[key] = _match(_FEATURES[a], _FEATURES[b])
    return found


def token_match(a: Token, b: Token) -> TokenMatch:
    """How similar ``a`` and ``b`` are as name parts, and by which rule."""
    return _match(_features(a), _features(b))


def _match(a: _Features, b: _Features) -> TokenMatch:
    if a.numeric or b.numeric:
        return TokenMatch(1.0, SAME) if a.latin == b.latin else NO_MATCH
    if a.syllabic and a.syllabic == b.syllabic:
        return TokenMatch(1.0, SAME) if a.original == b.original else NO_MATCH
    if a.keys.isdisjoint(b.keys) and not (a.org or b.org or a.initial or b.initial):
        return _spelling_match(a, b, NO_MATCH)
    equivalence = _equivalence(a, b)
    if equivalence == Equivalence.PHONETIC and not _spelled_alike(a, b):
        # Phonetic keys drop vowels: Seoyeon and San share one, but are not one name; the
        # weaker keys may still hold (الطيب and Tayeb share their skeleton).
        equivalence = _equivalence(a, b, phonetic=False)
    if equivalence in _EQUIVALENCE:
        return TokenMatch(*_EQUIVALENCE[equivalence])
    if equivalence == Equivalence.INITIAL:
        return TokenMatch(INITIAL_SIMILARITY, INITIAL)
    found = NO_MATCH
    if equivalence == Equivalence.SKELETON:
        abjad = a.abjad or b.abjad
        found = TokenMatch(SKELETON_ABJAD if abjad else SKELETON_ALPHABETIC, SKELETON)
    return _spelling_match(a, b, found)


def _spelling_match(a: _Features, b: _Features, found: TokenMatch) -> TokenMatch:
    """``found`` bettered by a typo-sized distance or a short form, if either holds."""
    if a.longest + MAX_EDITS >= b.shortest and b.longest + MAX_EDITS >= a.shortest:
        distance = _distance_similarity(a, b)
        if distance > found.similarity:
            found = TokenMatch(round(distance, 3), DISTANCE)
    if (
        found.similarity < SHORT_FORM_SIMILARITY
        and a.latin[:MIN_SHORT_FORM] == b.latin[:MIN_SHORT_FORM]
        and _short_form(a, b)
    ):
        found = TokenMatch(SHORT_FORM_SIMILARITY, SHORT_FORM)
    return found if found.similarity > 0 else NO_MATCH
