"""The lookup keys of a name: what the index files each name under, and what a query asks.

Every token gives keys of these kinds, from most to least telling: as written, for scripts
other than Latin (``o``), its Latin readings (``l``), phonetic keys (``p``), name-group ids
(``a``: Joseph/Yusuf) and consonant skeletons (``s``: how an Arabic or Hebrew spelling
meets a Latin one); a listed token also what Korean hears of it (``h``: how a foreign name
written in Hangul meets it), and the phonetic keys of its spellings as other languages
sound it (``v``), which queries in other scripts ask: ``Ярузельский`` meets Jaruzelski,
whose Polish j and w no key of its own shares. Legal forms and organisation
words give their canonical form as a reading and nothing fuzzier.

Words written together meet words written apart: a listed name is also filed under each
pair of adjacent words run together (``Amir Abdollahian`` → ``amirabdlahian``, skeleton
``mrbdlhn``), and a query also asks for runs of its adjacent tokens joined. Two common
tokens of one name form a pair key (``c``), so ``Mohammad Ali`` is found without reading
every Mohammad. Typos are met through a deletion neighbourhood of the readings: a term is
filed under each of its one-letter deletions, so spellings an edit or two apart share a
deletion key (``d``), which leads to the term.

Keys are stored as 64-bit hashes of ``"<kind>:<text>"``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from hashlib import blake2b
from itertools import islice, product

from saring.names import scripts
from saring.names.hangul_foreign import foreign_keys, hearing_keys
from saring.names.model import IGNORED_KINDS, ORG_KINDS, Kind, Name, Token
from saring.names.phonetic import phonetic_key
from saring.names.spoken import russian_forms, spoken_spellings
from saring.names.variants import joined_runs

LATIN = "l"
PHONETIC = "p"
ALIAS = "a"
SKELETON = "s"
#: The token as written, for scripts other than Latin (``路`` is not ``逯``, both ``lu``).
ORIGINAL = "o"
#: Two common tokens of one name (by their rarity keys, in sorted order).
PAIR = "c"
#: What Korean hears of a token (`saring.names.hangul_foreign.hearing_key`): how a
#: foreign name written in Hangul meets its Latin spelling (``라브로프``, ``Lavrov``).
HEARD = "h"
#: A listed Latin token's phonetic keys as other languages sound it (`spoken_keys`), which
#: only queries in other scripts ask (``Ярузельский``, Jaruzelski).
SPOKEN_PHONETIC = "v"
#: Prefix of deletion-neighbourhood keys (they point to Latin terms, not to names).
DELETION = "d"

#: How much a match on each kind of key is worth, before the token's rarity.
FACTORS = {
    ORIGINAL: 1.0, LATIN: 1.0, PHONETIC: 0.9, ALIAS: 0.8, SKELETON: 0.6, PAIR: 0.9, HEARD: 0.85,
    SPOKEN_PHONETIC: 0.85,
}  # fmt: skip
#: A Latin reading shared by a query token written in another script: homophones (``路``,
#: ``逯``) rank below the same characters.
READING_FACTOR = 0.97
#: A Latin query word in a Latvian, Lithuanian or Polish spelling meeting a listed name
#: through the form Russian writes (`russian_query_keys`: Sergejs Lavrovs, Sergei Lavrov).
RUSSIAN_FORM_FACTOR = 0.9
#: A Latin reading one or two edits from the query's.
FUZZY_FACTOR = 0.7
#: A match through tokens written together counts a little less than one token to one.
JOINED_FACTOR = 0.95
#: Readings shorter than this get no typo keys (too many neighbours).
MIN_FUZZY_LENGTH = 4
#: Readings longer than this get no typo keys (joined runs and noise).
MAX_FUZZY_LENGTH = 24
#: Queries of at most this many tokens also join runs of three (``Kim Jong Un``).
LONG_RUNS_UP_TO = 4
#: Skeleton readings combined per token when listed abjad tokens are joined.
JOINED_SKELETONS = 2
#: Skeletons shorter than this meet too many names to be a key.
MIN_SKELETON_LENGTH = 2

_SKIPPED_KINDS = IGNORED_KINDS | {Kind.INITIAL}
#: Kinds given no typo, joined or heard keys (titles, initials, organisation words).
_UNSPELT_KINDS = _SKIPPED_KINDS | ORG_KINDS
_UNJOINED_KINDS = _UNSPELT_KINDS | {Kind.PARTICLE}


@lru_cache(maxsize=1 << 17)
def key_hash(kind: str, text: str) -> int:
    """The stable 64-bit hash a key is stored under."""
    return int.from_bytes(
        blake2b(f"{kind}:{text}".encode("utf-8", "surrogatepass"), digest_size=8).digest(),
        "little",
    )


def token_keys(token: Token) -> set[tuple[str, str]]:
    """The ``(kind, text)`` keys of one token (none for titles and initials)."""
    if token.kind in _SKIPPED_KINDS:
        return set()
    if token.kind in ORG_KINDS:
        return {(LATIN, t) for t in (token.canonical, token.latin) if t}
    keys = {(LATIN, r) for r in token.readings if r}
    if token.script != scripts.LATIN and token.original:
        keys.add((ORIGINAL, token.original.casefold()))
    keys.update((PHONETIC, p) for p in token.phonetics if p)
    keys.update((ALIAS, a) for a in token.aliases)
    keys.update((SKELETON, s) for s in token.skeletons if len(s) >= MIN_SKELETON_LENGTH)
    if token.script == scripts.HANGUL_FOREIGN:
        keys.update((HEARD, k) for k in foreign_keys(token.original))
    return keys


def heard_keys(token: Token) -> set[tuple[str, str]]:
    """The `HEARD` keys a listed token is also filed under: what Korean hears of its first
    reading (none for Hangul and Han syllables, titles, initials and organisation words)."""
    if token.kind in _UNSPELT_KINDS or not token.latin:
        return set()
    if token.script in scripts.SYLLABIC or token.script == scripts.HANGUL_FOREIGN:
        return set()
    return {(HEARD, k) for k in hearing_keys(token.latin) if len(k) >= MIN_SKELETON_LENGTH}


def spoken_keys(token: Token) -> set[tuple[str, str]]:
    """The `SPOKEN_PHONETIC` keys a listed Latin token is also filed under: the phonetic keys
    of its spellings as other languages sound it, and as Russian hears them
    (`spoken_spellings`: Jaruzelski as yaruzelski, Deutsch as doitsh), so a query in Cyrillic,
    Hebrew or Arabic script meets a name spelt the way of its own language; Latin queries do
    not ask them (an h French leaves unsounded is no typo). Not their skeletons, which meet
    too many other names (more look-alikes flagged in Arabic and Hebrew script)."""
    if token.kind in _UNSPELT_KINDS or token.script != scripts.LATIN or not token.latin:
        return set()
    word = token.latin
    spellings = {*spoken_spellings(word), *spoken_spellings(word, russian=True)}
    keys = {(SPOKEN_PHONETIC, phonetic_key(s)) for s in spellings}
    return {(kind, text) for kind, text in keys if len(text) >= MIN_SKELETON_LENGTH}


def spoken_query_keys(token: Token) -> set[tuple[str, str]]:
    """The `spoken_keys` a query token in another script than Latin asks: its own phonetic
    keys."""
    if token.kind in _UNSPELT_KINDS or token.script == scripts.LATIN:
        return set()
    return {(SPOKEN_PHONETIC, p) for p in token.phonetics if len(p) >= MIN_SKELETON_LENGTH}


def russian_query_keys(token: Token) -> set[tuple[str, str]]:
    """The keys a Latin query token also asks where its language gives a Russian name an
    ending of its own: the Latin and phonetic keys of the form Russian writes
    (`russian_forms`: ``Lavrovs`` asks ``lavrov``)."""
    if token.kind in _UNSPELT_KINDS or token.script != scripts.LATIN or not token.latin:
        return set()
    forms = russian_forms(token.latin)
    return {(LATIN, f) for f in forms} | {(PHONETIC, phonetic_key(f)) for f in forms}


def pairable(token: Token) -> bool:
    """Whether a token takes part in pair keys when common: a name part proper (not a
    particle, legal form, organisation word, title or initial)."""
    return token.kind not in _UNJOINED_KINDS and token.kind != Kind.PATRONYMIC


def pair_key(left: str, right: str) -> tuple[str, str]:
    """The key of two common tokens of one name, from their rarity keys (order-free)."""
    return PAIR, "|".join(sorted((left, right)))


def fuzzy_terms(token: Token) -> list[str]:
    """The readings of a token that get typo keys."""
    if token.kind in _UNSPELT_KINDS:
        return []
    return [
        r
        for r in dict.fromkeys(token.readings)
        if MIN_FUZZY_LENGTH <= len(r) <= MAX_FUZZY_LENGTH and r.isalpha()
    ]


def deletions(term: str) -> set[str]:
    """Every form of ``term`` with one letter left out."""
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


@dataclass(frozen=True, slots=True)
class Unit:
    """A query token, or a run of tokens written together, with its keys.

    ``covers`` are the positions (in the name's tokens) whose match the unit stands for.
    """

    covers: tuple[int, ...]
    keys: tuple[tuple[str, str, float], ...]
    fuzzy: tuple[str, ...]


def name_units(name: Name) -> list[Unit]:
    """The units of a query name: each token, then runs of two adjacent tokens joined (and
    of three in short names)."""
    units = []
    for position, token in enumerate(name.tokens):
        factors = FACTORS
        if token.script != scripts.LATIN:
            factors = {**FACTORS, LATIN: READING_FACTOR}
        asked = token_keys(token) | spoken_query_keys(token)
        keys = tuple((k, t, factors[k]) for k, t in sorted(asked))
        adapted = russian_query_keys(token) - asked
        keys += tuple((k, t, factors[k] * RUSSIAN_FORM_FACTOR) for k, t in sorted(adapted))
        units.append(Unit((position,), keys, tuple(fuzzy_terms(token))))
    longest = 3 if len(name.tokens) <= LONG_RUNS_UP_TO else 2
    for start, end, token in joined_runs(name.tokens, longest):
        keys = tuple(
            (k, t, FACTORS[k] * JOINED_FACTOR)
            for k, t in sorted(token_keys(token))
            if k != ORIGINAL
        )
        units.append(Unit(tuple(range(start, end)), keys, ()))
    return units


@lru_cache(maxsize=1 << 16)
def token_hashes(token: Token) -> frozenset[int]:
    """The hashes of a listed token's keys (with its `heard_keys` and `spoken_keys`)."""
    listed = token_keys(token) | heard_keys(token) | spoken_keys(token)
    return frozenset(key_hash(kind, text) for kind, text in listed)


def _concat(skeletons: Sequence[str]) -> str:
    """Skeletons written together, a consonant doubled across the join written once."""
    out = ""
    for skeleton in skeletons:
        out += skeleton[1:] if out and skeleton and out[-1] == skeleton[0] else skeleton
    return out


def _pieces(tokens: Sequence[Token]) -> list[tuple[str, list[str], int, bool]]:
    """The written words of a name as ``(latin, skeleton choices, parts, particle)``: the
    parts of one word run together, ``particle`` when the word is only a particle; titles,
    initials and organisation words left out."""
    pieces: list[tuple[int, list[Token]]] = []
    for token in tokens:
        if token.kind in _UNSPELT_KINDS or not token.latin:
            continue
        if pieces and pieces[-1][0] == token.piece:
            pieces[-1][1].append(token)
        else:
            pieces.append((token.piece, [token]))
    result = []
    for _, parts in pieces:
        abjad = any(t.script in scripts.ABJADS for t in parts)
        particle = all(t.kind == Kind.PARTICLE for t in parts)
        if len(parts) == 1:
            only = parts[0]
            choices = list(only.skeletons[:JOINED_SKELETONS] if abjad else only.skeletons[:1])
            result.append((only.latin, choices, 1, particle))
            continue
        width = JOINED_SKELETONS if abjad else 1
        combos = islice(product(*(t.skeletons[:width] for t in parts)), JOINED_SKELETONS**2)
        choices = [_concat(combo) for combo in combos]
        result.append(("".join(t.latin for t in parts), choices, len(parts), particle))
    return result


def listed_joined_keys(tokens: Sequence[Token]) -> set[tuple[str, str]]:
    """Keys of a listed name's words written together: the parts of one written word
    (``고영환`` → ``goyeonghwan``) and each pair of adjacent words (``Amir Abdollahian`` →
    ``amirabdlahian``, ``mrbdlhn``), Latin readings and skeletons run together, so a query
    writing them as one word meets them."""
    pieces = _pieces(tokens)
    keys: set[tuple[str, str]] = set()
    for latin, skeletons, parts, _ in pieces:
        if parts > 1:
            keys.add((LATIN, latin))
            keys.update((SKELETON, s) for s in skeletons if len(s) >= MIN_SKELETON_LENGTH)
    words = [(latin, skeletons) for latin, skeletons, _, particle in pieces if not particle]
    for (left, left_skeletons), (right, right_skeletons) in zip(words, words[1:], strict=False):
        keys.add((LATIN, left + right))
        for pair in product(left_skeletons, right_skeletons):
            joined = _concat(pair)
            if len(joined) >= MIN_SKELETON_LENGTH:
                keys.add((SKELETON, joined))
    return keys


def name_hashes(name: Name) -> set[int]:
    """The hashes of every key a listed name is filed under: its tokens' keys and those of
    adjacent tokens written together."""
    hashes: set[int] = set()
    for token in name.tokens:
        hashes |= token_hashes(token)
    hashes.update(key_hash(kind, text) for kind, text in listed_joined_keys(name.tokens))
    return hashes


def name_fuzzy_terms(name: Name) -> Iterator[str]:
    """The readings of a listed name that get typo keys (may repeat)."""
    for token in name.tokens:
        yield from fuzzy_terms(token)
