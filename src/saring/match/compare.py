"""Score a query record against a listed record: names first, then the facts beside them.

The score is the best name alignment over every pair of names (a weak alias counts a little
less), adjusted by birth date, country and gender, and set to at least `IDENTIFIER_SCORE` by
an identifier both records carry. Records whose schemas cannot describe the same thing (a
person and a vessel) score 0. See `saring.match.calibration` for what a score means.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from followthemoney import model

from saring.index.record import Record
from saring.match.align import NO_ALIGNMENT, Alignment, Prepared, Weigh, align, name_keys
from saring.match.calibration import DEFAULT_THRESHOLD, PLACES, calibrate, score_text
from saring.match.facts import (
    compare_birth_dates,
    compare_countries,
    compare_genders,
    compare_identifiers,
)
from saring.match.tokens import MAX_TOKENS, forget_tokens, tokens_remembered
from saring.names import analyze, scripts
from saring.names.analysis import PERSON, schema_family
from saring.names.hangul import is_korean_reading
from saring.names.model import Name
from saring.names.pinyin_spelling import spelt_in_pinyin
from saring.names.sino_korean import sino_korean_name

#: Gives the stored analysis of a listed name, if any (see `saring.index.NameIndex.analysed`).
Known = Callable[[str, str], Name | None]

#: A weak alias (OFAC's "low quality a.k.a.") counts this much of a strong name.
WEAK_NAME_FACTOR = 0.9
#: The least score of two records sharing an identifier.
IDENTIFIER_SCORE = 0.95
#: Names aligned when no listed name shares a key with the query (typos everywhere).
MAX_FUZZY_NAMES = 8


@dataclass
class Comparison:
    """A score, whether it is a match at the threshold, and why."""

    score: float
    match: bool
    explanations: list[str] = field(default_factory=list)
    #: The names' score alone, before birth dates, countries and identifiers: it orders
    #: equal scores (an exact name before one with a part more, both capped at 1 by facts).
    name_score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written by ``saring compare``."""
        return {
            "score": self.score,
            "match": self.match,
            "explanations": self.explanations,
        }


@cache
def _schemas_match(query: str, listed: str) -> bool:
    q, c = model.get(query), model.get(listed)
    if q is None or c is None:
        return False
    return q.can_match(c) or c.can_match(q)


#: Names kept ready for alignment before the cache is cleared.
MAX_PREPARED = 200_000
_PREPARED: dict[tuple[str, str], Prepared] = {}
#: Analysed names with their keys (`name_keys`), per text and schema: whether a listed
#: name shares a key with the query is known from these, without preparing the name.
_ANALYSED: dict[tuple[str, str], tuple[Name, frozenset[str]]] = {}
#: How many names this process has made ready (the cache may have dropped some since).
_made = [0]
#: Most names newly made ready between two `settle` calls that freeze them; early on, the
#: count doubles between calls (1, 2, 4…), so the name tables each script loads on first use
#: are soon frozen too.
SETTLE_EVERY = 2_000
#: The count of names made ready at which `settle` next freezes.
_next_settle = [1]
#: Allocations between two collections of the youngest generation (Python's default is
#: 700): scoring makes many short-lived objects and few cycles, and collecting them less
#: often costs 12% less time for names seen the first time, 5% less a screened row.
YOUNG_COLLECTION_THRESHOLD = 20_000


def settle() -> None:
    """Keep what the engine has remembered so far (name tables, analysed names, token
    features) out of the garbage collector's way (`gc.freeze`) when enough has gathered:
    those caches live as long as the process, and every full collection would walk them
    all, costing a quarter of the time of first comparisons and pausing a screening process
    for longer and longer (half a second after a few thousand queries). The youngest
    generation is collected every `YOUNG_COLLECTION_THRESHOLD` allocations at the least."""
    made = _made[0]
    if made >= _next_settle[0]:
        _next_settle[0] = made + min(made, SETTLE_EVERY)
        gc.freeze()
        young, *older = gc.get_threshold()
        if young < YOUNG_COLLECTION_THRESHOLD:
            gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *older)


def _forget_names() -> None:
    _PREPARED.clear()
    _ANALYSED.clear()
    _SINO.clear()


def analysed(text: str, schema: str, known: Known | None = None) -> tuple[Name, frozenset[str]]:
    """The name analysed, with its keys, cached per text and schema; ``known`` may give the
    analysis already made (the index keeps its listed names')."""
    key = (text, schema)
    found = _ANALYSED.get(key)
    if found is None:
        name = known(text, schema) if known is not None else None
        if len(_ANALYSED) >= MAX_PREPARED:
            _forget_names()
        name = name or analyze(text, schema)
        found = _ANALYSED[key] = (name, name_keys(name))
    return found


def prepared(text: str, schema: str, known: Known | None = None) -> Prepared:
    """The name analysed and made ready for alignment, cached per text and schema; ``known``
    may give the analysis already made (the index keeps its listed names')."""
    key = (text, schema)
    found = _PREPARED.get(key)
    if found is None:
        name = analysed(text, schema, known)[0]
        if len(_PREPARED) >= MAX_PREPARED:
            _forget_names()
        found = _PREPARED[key] = Prepared(name)
        _made[0] += 1
    return found


def _keys(text: str, schema: str, known: Known | None) -> frozenset[str]:
    """The keys of a name, from its prepared form if it has one."""
    ready = _PREPARED.get((text, schema))
    return ready.keys if ready is not None else analysed(text, schema, known)[1]


def _default_weigh() -> Weigh:
    from saring.index.rarity import Rarity

    return Rarity.default().weight


def best_alignment(
    query: Record, listed: Record, weigh: Weigh, known: Known | None = None
) -> tuple[Alignment, str, str, bool]:
    """The best-scoring pair of names: alignment, query name, listed name, weak or not."""
    schema = listed.schema
    q_names = [prepared(n, query.schema) for n in query.all_names]
    q_names = [n for n in q_names if n]
    if not q_names:
        return NO_ALIGNMENT, "", "", False
    q_keys = q_names[0].keys if len(q_names) == 1 else frozenset().union(*(n.keys for n in q_names))
    listed_names = [(n, False) for n in listed.names] + [(n, True) for n in listed.weak_names]
    # Only names sharing a key with the query are made ready (most of an entity's aliases
    # share none: other spellings, other scripts).
    sharing = [
        (text, prepared(text, schema, known), weak)
        for text, weak in listed_names
        if not q_keys.isdisjoint(_keys(text, schema, known))
    ]
    if not sharing:
        sharing = [(t, prepared(t, schema, known), w) for t, w in listed_names[:MAX_FUZZY_NAMES]]
    best, best_q, best_l, best_weak, best_score = NO_ALIGNMENT, "", "", False, -1.0
    for text, name, weak in sharing:
        if not name:
            continue
        for q_name in q_names:
            alignment = align(q_name, name, weigh)
            score = alignment.score * (WEAK_NAME_FACTOR if weak else 1.0)
            if score > best_score:
                best, best_q, best_l, best_weak, best_score = (
                    alignment,
                    q_name.name.original,
                    text,
                    weak,
                    score,
                )
                if score >= 1.0:  # nothing scores higher
                    return best, best_q, best_l, best_weak
    for q_name, l_name, text, weak in _sino_korean_pairs(query, q_names, sharing, schema):
        alignment = align(q_name, l_name, weigh)
        alignment = replace(
            alignment,
            score=alignment.score * SINO_KOREAN_FACTOR,
            factors=(*alignment.factors, _SINO_KOREAN),
        )
        score = alignment.score * (WEAK_NAME_FACTOR if weak else 1.0)
        if score > best_score:
            shown = q_name.name.original
            best, best_q, best_l, best_weak, best_score = alignment, shown, text, weak, score
            if q_name.tokens[0].script == scripts.HANGUL_CHINESE:
                best_q = f"{shown}, {_READ_IN_CHINESE}"
            else:
                best_l = f"{text}, {_READ_IN_CHINESE}"
    return best, best_q, best_l, best_weak


_READ_IN_CHINESE = "its characters read in Chinese"
#: Factor on a name in Hangul read as Chinese: each syllable stands for many characters, and
#: the pinyin met is one reading among several.
SINO_KOREAN_FACTOR = 0.9
_SINO_KOREAN = (
    f"the Hangul syllables meet the pinyin as the Korean readings of Chinese characters, "
    f"one reading of several (score ×{SINO_KOREAN_FACTOR:.2f})"
)
#: Names read as Chinese ones by their Korean readings (`sino_korean_name`), and whether
#: names are spelt in pinyin or Wade-Giles, per text and schema.
_SINO: dict[tuple[str, str], Prepared | None] = {}
_PINYIN: dict[tuple[str, str], bool] = {}


def _sino_prepared(text: str, schema: str) -> Prepared | None:
    key = (text, schema)
    if key not in _SINO:
        if len(_SINO) >= MAX_PREPARED:
            _SINO.clear()
        name = sino_korean_name(text, schema)
        _SINO[key] = Prepared(name) if name is not None else None
    return _SINO[key]


#: Letters Korean romanisations write together and pinyin never does (Haegue, Jeong, Soo).
_NOT_PINYIN = re.compile("ae|eo|eu|oo|ee")


def _pinyin(word: str) -> bool:
    return spelt_in_pinyin(word) and _NOT_PINYIN.search(word) is None


def _spelt_in_pinyin(name: Prepared) -> bool:
    """Whether every part of a name is Latin with a reading in pinyin, and one at least reads
    as no Korean syllable or family name (Deng Xiaoping, Teng Hsiao-p'ing; not Lee Jung-ho,
    Korean though each part may be spelt in pinyin too)."""
    key = (name.name.original, name.name.schema)
    found = _PINYIN.get(key)
    if found is None:
        if len(_PINYIN) >= MAX_PREPARED:
            _PINYIN.clear()
        tokens = name.tokens
        found = _PINYIN[key] = (
            bool(tokens)
            and all(t.script == scripts.LATIN and any(map(_pinyin, t.readings)) for t in tokens)
            and not all(any(map(is_korean_reading, t.readings)) for t in tokens)
        )
    return found


def _sino_korean_pairs(
    query: Record, q_names: list[Prepared], sharing: list[tuple[str, Prepared, bool]], schema: str
) -> list[tuple[Prepared, Prepared, str, bool]]:
    """Pairs of names to align besides the written ones: a person's name in Hangul read as
    the Chinese name its syllables write (등소평: Deng Xiaoping), against a name spelt in
    pinyin, on either side."""
    if schema_family(schema) != PERSON:
        return []
    pairs = []
    for q_name in q_names:
        q_sino = _sino_prepared(q_name.name.original, query.schema)
        if q_sino is not None:
            pairs += [(q_sino, name, text, weak) for text, name, weak in sharing
                      if name and _spelt_in_pinyin(name)]  # fmt: skip
    if any(_spelt_in_pinyin(q_name) for q_name in q_names):
        for text, _, weak in sharing:
            l_sino = _sino_prepared(text, schema)
            if l_sino is not None:
                pairs += [(q_name, l_sino, text, weak) for q_name in q_names
                          if _spelt_in_pinyin(q_name)]  # fmt: skip
    return pairs


def compare(
    query: Record,
    listed: Record,
    weigh: Weigh | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    known: Known | None = None,
) -> Comparison:
    """Score how likely ``listed`` is the entity ``query`` describes, with explanations.

    ``weigh`` gives each token's rarity weight (default: rarity in the bundled lists);
    ``known`` the analyses of listed names already made.
    """
    if tokens_remembered() > MAX_TOKENS:
        # Token ids are only ever dropped here, before any name of this comparison is
        # prepared: the cached names holding them go too, so memory stays bounded.
        _forget_names()
        forget_tokens()
    if not _schemas_match(query.schema, listed.schema):
        reason = f"a {query.schema} cannot be a {listed.schema}"
        return Comparison(0.0, False, [reason])
    weigh = weigh or _default_weigh()
    alignment, q_name, l_name, weak = best_alignment(query, listed, weigh, known)
    name_score = alignment.score * (WEAK_NAME_FACTOR if weak else 1.0)
    kind = "weak alias" if weak else "name"
    shown = score_text(calibrate(name_score))
    explanations = [f"{kind}: '{q_name}' vs listed '{l_name}' scores {shown}"]
    explanations += ["  " + line for line in alignment.explained]
    score = name_score
    for fact in (
        compare_birth_dates(query, listed),
        compare_countries(query, listed),
        compare_genders(query, listed),
    ):
        if fact is not None and name_score > 0:
            score += fact.delta
            explanations.append(f"{fact.reason} ({fact.delta:+.2f})")
    identifier = compare_identifiers(query, listed)
    if identifier:
        score = max(score, IDENTIFIER_SCORE)
        explanations.append(f"identifier {identifier} is listed (decisive)")
    score = round(calibrate(min(max(score, 0.0), 1.0)), PLACES)
    settle()
    return Comparison(score, score >= threshold, explanations, name_score)
