"""Scoring the listed names that share keys with one query name.

A listed name's retrieval score is the sum, over the query's tokens, of the token's weight
(its rarity in the list) times the best key that token shares with the name (same
characters or Latin reading 1.0, phonetic 0.9, pair of common tokens 0.9, name group 0.8,
typo 0.7, skeleton 0.6; a little less through tokens written together; partly scaled by
the rarity of the key matched). It is divided by the query's total weight and scaled down
for names with many tokens the query lacks, so it lies in [0, 1].

Work is bounded whatever the list's size: keys held by at most `RARE_DF` names are read in
full and give the candidate names; bigger keys (``Mohammad``, ``Ali``) only add to
candidates already found, tested by binary search. Pairs of common tokens (``Mohammad`` +
``Ali``) are keys of their own, so a name made only of common tokens is still found
through a small key; failing all that, the smallest key gives the candidates.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from saring.index.builder import MAX_PAIRED, PAIR_MIN_COUNT, IndexParts, token_share
from saring.index.keys import (
    DELETION,
    FACTORS,
    FUZZY_FACTOR,
    LATIN,
    PAIR,
    Unit,
    deletions,
    key_hash,
    name_units,
    pair_key,
    pairable,
)
from saring.index.rarity import token_key
from saring.names.model import Name, Token

#: Keys held by at most this many names are read in full.
RARE_DF = 1000
#: Most candidates (best partial scores first) tested for the common tokens they hold.
MAX_CANDIDATES = 4000
#: Bigger keys tested per token, most telling first.
MAX_COMMON_KEYS = 2
#: Typo neighbours are looked up for a token only if its Latin keys are this rare.
FUZZY_BELOW_DF = 10
#: Most listed terms a query reading reaches through typo keys.
MAX_FUZZY_TERMS = 48
#: Share of a match's factor that depends on the rarity of what it matched.
MET_SHARE = 0.5
#: Share of the score that depends on how much of the listed name the query covers.
COVERAGE_SHARE = 0.4
#: A match on a weak alias counts this much.
WEAK_NAME_FACTOR = 0.9


@dataclass(slots=True)
class TokenKeys:
    """The key numbers one query token reaches, with the factor and size of each."""

    weight: float
    keys: np.ndarray
    factors: np.ndarray
    sizes: np.ndarray
    #: After full reads: the names found and their best factor (when big keys remain).
    found: np.ndarray | None = field(default=None)
    found_factors: np.ndarray | None = field(default=None)


class Scratch(threading.local):
    """Per-thread work arrays, one slot per listed name, kept zeroed between queries."""

    def arrays(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """Two zeroed float32 arrays of ``size`` slots."""
        acc = getattr(self, "acc", None)
        if acc is None or len(acc) != size:
            self.acc = np.zeros(size, dtype=np.float32)
            self.best = np.zeros(size, dtype=np.float32)
        return self.acc, self.best


def pair_units(parts: IndexParts, name: Name) -> list[Unit]:
    """Units for pairs of the query's common tokens (see `PAIR_MIN_COUNT`), and for a
    token written twice paired with itself."""
    written: dict[str, list[int]] = {}
    for position, token in enumerate(name.tokens):
        if pairable(token):
            written.setdefault(token_key(token), []).append(position)
    common = sorted(k for k in written if parts.rarity.counts.get(k, 0) >= PAIR_MIN_COUNT)
    pairs = list(combinations(common[:MAX_PAIRED], 2))
    pairs += [(k, k) for k, positions in written.items() if len(positions) > 1]
    units = []
    for left, right in pairs:
        kind, text = pair_key(left, right)
        covers = (written[left][0], written[right][1 if left == right else 0])
        units.append(Unit(covers, ((kind, text, FACTORS[PAIR]),), ()))
    return units


def query_keys(parts: IndexParts, name: Name) -> list[TokenKeys]:
    """The keys each token of a query name reaches (exact, joined, pair and typo keys)."""
    units = name_units(name) + pair_units(parts, name)
    reached, paired = _reach(parts, units)
    repeated = _repeated(name)
    per_token: list[dict[int, float]] = [{} for _ in name.tokens]
    for unit, keys in zip(units, reached, strict=True):
        if repeated.intersection(unit.covers) and not (unit.keys and unit.keys[0][0] == PAIR):
            continue
        for position in unit.covers:
            target = per_token[position]
            for key, factor in keys.items():
                if target.get(key, 0.0) < factor:
                    target[key] = factor
    return [
        _token_keys(parts, token, keys, paired)
        for token, keys in zip(name.tokens, per_token, strict=True)
    ]


def _reach(parts: IndexParts, units: list[Unit]) -> tuple[list[dict[int, float]], set[int]]:
    """For each unit, the key numbers it reaches with their factors (typo neighbours for
    units whose Latin keys are rare or absent); and the numbers of pair keys."""
    hashes = [key_hash(kind, text) for unit in units for kind, text, _ in unit.keys]
    numbers = parts.keys.find(np.array(hashes, dtype=np.uint64))
    sizes = parts.keys.sizes(np.maximum(numbers, 0)).tolist()
    found = iter(zip(numbers.tolist(), sizes, strict=True))
    reached: list[dict[int, float]] = []
    typos: list[tuple[int, Unit]] = []
    paired: set[int] = set()
    for number, unit in enumerate(units):
        keys: dict[int, float] = {}
        latin_df = 0
        for kind, _, factor in unit.keys:
            key, size = next(found)
            if key < 0:
                continue
            keys[key] = max(factor, keys.get(key, 0.0))
            if kind == PAIR:
                paired.add(key)
            elif kind == LATIN:
                latin_df = max(latin_df, size)
        reached.append(keys)
        if unit.fuzzy and latin_df < FUZZY_BELOW_DF:
            typos.append((number, unit))
    if typos:
        _add_fuzzy(parts, reached, typos)
    return reached, paired


def _token_keys(
    parts: IndexParts, token: Token, keys: dict[int, float], paired: set[int]
) -> TokenKeys:
    """A token's keys as arrays, each factor scaled by how rare the key is: a match counts
    (in part) no more than the rarity of what it matched, so a misspelt token (unseen, so
    heavy) meeting a common name through a typo or skeleton key weighs as that name."""
    numbers = np.fromiter(keys, dtype=np.int64, count=len(keys))
    factors = np.fromiter(keys.values(), dtype=np.float32, count=len(keys))
    sizes = parts.keys.sizes(numbers)
    rarity = parts.rarity.weight(token)
    if len(numbers) and rarity > 0:
        met = np.minimum(parts.rarity.count_weights(np.maximum(sizes, 1)) / rarity, 1.0)
        met = (1.0 - MET_SHARE) + MET_SHARE * met
        if paired:
            met[np.isin(numbers, list(paired))] = 1.0
        factors = factors * met.astype(np.float32)
    return TokenKeys(token_share(token) * rarity, numbers, factors, sizes)


def _repeated(name: Name) -> set[int]:
    """Positions of tokens that repeat an earlier one (``Song Song Jin``): they match only
    through pair keys of the token with itself, so one listed token does not count twice."""
    seen: set[str] = set()
    repeated = set()
    for position, token in enumerate(name.tokens):
        written = {token.latin, token.original.casefold()}
        if not seen.isdisjoint(written):
            repeated.add(position)
        seen |= written
    return repeated


def _add_fuzzy(
    parts: IndexParts, reached: list[dict[int, float]], typos: list[tuple[int, Unit]]
) -> None:
    """Add the listed terms one or two edits from a query reading: terms with the reading
    among their deletions, terms among the reading's deletions, and terms sharing a
    deletion with it."""
    deletion_hashes: list[int] = []
    deletion_units: list[int] = []
    term_hashes: list[int] = []
    term_units: list[int] = []
    for number, unit in typos:
        for reading in unit.fuzzy:
            deletion_hashes.append(key_hash(DELETION, reading))
            deletion_units.append(number)
            for variant in deletions(reading):
                deletion_hashes.append(key_hash(DELETION, variant))
                deletion_units.append(number)
                term_hashes.append(key_hash(LATIN, variant))
                term_units.append(number)
    terms: dict[int, set[int]] = {}
    found = parts.deletions.find(np.array(deletion_hashes, dtype=np.uint64)).tolist()
    for number, key in zip(deletion_units, found, strict=True):
        if key >= 0:
            terms.setdefault(number, set()).update(parts.deletions.get(key).tolist())
    found = parts.keys.find(np.array(term_hashes, dtype=np.uint64)).tolist()
    for number, key in zip(term_units, found, strict=True):
        if key >= 0:
            terms.setdefault(number, set()).add(key)
    for number, reachable in terms.items():
        target = reached[number]
        for term in sorted(reachable)[:MAX_FUZZY_TERMS]:
            if target.get(term, 0.0) < FUZZY_FACTOR:
                target[term] = FUZZY_FACTOR


def _read_full(
    parts: IndexParts, acc: np.ndarray, best: np.ndarray, token: TokenKeys, small: np.ndarray
) -> np.ndarray:
    """Add a token's score to every name its small keys reach; returns those names."""
    values, offsets = parts.keys.values, parts.keys.offsets
    keys, factors, sizes = token.keys[small], token.factors[small], token.sizes[small]
    if len(keys) == 1:
        found = values[offsets[keys[0]] : offsets[keys[0] + 1]]
        got = np.full(len(found), factors[0], dtype=np.float32)
    else:
        found = np.concatenate([values[offsets[k] : offsets[k + 1]] for k in keys.tolist()])
        np.maximum.at(best, found, np.repeat(factors, sizes))
        got = best[found]
        best[found] = 0.0
    acc[found] += token.weight * got
    if not small.all():
        token.found, token.found_factors = found, got
    return found


def _test_common(
    parts: IndexParts, best: np.ndarray, token: TokenKeys, big: np.ndarray, names: np.ndarray
) -> np.ndarray:
    """What a token's big keys add to each of ``names`` (beyond its small keys' factor)."""
    order = np.argsort(-token.factors[big], kind="stable")[:MAX_COMMON_KEYS]
    keys, factors = token.keys[big][order], token.factors[big][order]
    reached = np.zeros(len(names), dtype=np.float32)
    for key, factor in zip(keys.tolist(), factors.tolist(), strict=True):
        members = parts.keys.get(key)
        at = np.searchsorted(members, names)
        at[at >= len(members)] = 0
        np.maximum(reached, np.where(members[at] == names, np.float32(factor), 0), out=reached)
    if token.found is not None:
        best[token.found] = token.found_factors
        reached = np.maximum(reached - best[names], 0)
        best[token.found] = 0.0
    return token.weight * reached


def _bound(scores: np.ndarray, keep: int) -> float:
    """A score that at least ``keep`` names reach after the final scaling, from their sums:
    names that cannot reach it can be left out."""
    if len(scores) <= keep:
        return 0.0
    kth = float(np.partition(scores, len(scores) - keep)[len(scores) - keep])
    return kth * (1.0 - COVERAGE_SHARE) * WEAK_NAME_FACTOR


def score_names(
    parts: IndexParts,
    scratch: Scratch,
    tokens: list[TokenKeys],
    allowed: np.ndarray | None,
    keep: int,
) -> tuple[np.ndarray, np.ndarray]:
    """The listed names of allowed groups reached by a query's tokens, with their summed
    token scores; names that cannot be among the ``keep`` best are left out."""
    acc, best = scratch.arrays(len(parts.name_record))
    tokens = [t for t in tokens if t.weight > 0 and len(t.keys)]
    reached: list[np.ndarray] = []
    common: list[tuple[TokenKeys, np.ndarray]] = []
    for token in tokens:
        small = token.sizes <= RARE_DF
        if small.any():
            reached.append(_read_full(parts, acc, best, token, small))
        if not small.all():
            common.append((token, ~small))
    if not reached and common:
        token, big = min(common, key=lambda item: int(item[0].sizes.min()))
        smallest = np.zeros(len(token.keys), dtype=np.bool_)
        smallest[np.argmin(token.sizes)] = True
        reached.append(_read_full(parts, acc, best, token, smallest))
        common = [(t, b) if t is not token else (t, big & ~smallest) for t, b in common]
    if not reached:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
    found = np.concatenate(reached) if len(reached) > 1 else reached[0]
    names = np.unique(found)
    scores = acc[names]
    acc[found] = 0.0
    if allowed is not None:
        fits = allowed[parts.name_group[names]]
        names, scores = names[fits], scores[fits]
    common = [(t, b) for t, b in common if b.any()]
    if common:
        headroom = sum(t.weight for t, _ in common)
        fits = scores + headroom >= _bound(scores, keep)
        names, scores = names[fits], scores[fits]
        if len(names) > MAX_CANDIDATES:
            cut = np.argpartition(-scores, MAX_CANDIDATES - 1)[:MAX_CANDIDATES]
            names, scores = names[cut], scores[cut]
        for token, big in common:
            scores += _test_common(parts, best, token, big, names)
    return names, scores


def rank_names(
    parts: IndexParts, names: np.ndarray, scores: np.ndarray, total_weight: float, top: int
) -> tuple[np.ndarray, np.ndarray]:
    """The ``top`` best names with final scores in [0, 1] (coverage of the listed name,
    weak aliases), best first."""
    if not len(names) or total_weight <= 0:
        return names[:0], scores[:0]
    fits = scores >= _bound(scores, top)
    names, scores = names[fits], scores[fits]
    coverage = np.minimum(scores / parts.name_weight[names], 1.0)
    final = scores / np.float32(total_weight)
    final *= (1.0 - COVERAGE_SHARE) + COVERAGE_SHARE * coverage
    final *= np.where(parts.name_weak[names], WEAK_NAME_FACTOR, 1.0).astype(np.float32)
    fits = final > 0
    names, final = names[fits], np.minimum(final[fits], 1.0)
    if len(final) > top:
        cut = np.argpartition(-final, top - 1)[:top]
        names, final = names[cut], final[cut]
    order = np.lexsort((names, -final))
    return names[order], final[order]
