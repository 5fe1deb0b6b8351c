"""Turning records into the arrays of a name index, one record at a time.

Every strong and weak name of a record is analysed, kept (`saring.index.analysed`) and
filed under its keys (`saring.index.keys`); every Latin term gets its deletion keys once;
token keys are counted for the list's own `Rarity`. `IndexBuilder.finish` packs it all into
numpy arrays.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from saring.index.analysed import AnalysedNames
from saring.index.keys import (
    DELETION,
    LATIN,
    deletions,
    key_hash,
    name_fuzzy_terms,
    name_hashes,
    pair_key,
    pairable,
)
from saring.index.packed import PackedRecords
from saring.index.postings import Postings, PostingsBuilder
from saring.index.rarity import Rarity, token_key
from saring.index.record import Record
from saring.names import analyze
from saring.names.model import IGNORED_KINDS, WEAK_KINDS, Kind, Token

#: How often ``progress`` is called during a build (in records).
PROGRESS_STEP = 1000
#: Tokens on at least this many names are common: pairs of them in one name are keys too.
PAIR_MIN_COUNT = 500
#: Most common tokens of one name that are paired.
MAX_PAIRED = 8


def token_share(token: Token) -> float:
    """How much a token counts within its name, before rarity: nothing for titles and
    initials (no key finds them), half for particles, legal forms and the like."""
    if token.kind in IGNORED_KINDS or token.kind == Kind.INITIAL:
        return 0.0
    return 0.5 if token.kind in WEAK_KINDS else 1.0


@dataclass
class IndexParts:
    """What a finished build holds: records, postings, per-name arrays, groups, rarity.

    A name's group is its record's schema and datasets (``groups[name_group[name]]``), so
    that retrieval can keep to the schemata a query may match and to chosen datasets."""

    records: PackedRecords
    keys: Postings
    deletions: Postings
    name_record: np.ndarray
    name_weak: np.ndarray
    name_weight: np.ndarray
    name_group: np.ndarray
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    rarity: Rarity
    analysed: AnalysedNames


class IndexBuilder:
    """Accumulates records; `finish` returns the index parts."""

    def __init__(self) -> None:
        self.records = PackedRecords()
        self.analysed = AnalysedNames()
        self.keys = PostingsBuilder()
        self.fuzzy_done: set[int] = set()
        self.deletion_hashes = array("Q")
        self.deletion_terms = array("Q")
        self.name_record = array("i")
        self.name_weak = array("b")
        self.name_group = array("H")
        self.groups: dict[tuple[str, tuple[str, ...]], int] = {}
        self.rarity_ids: dict[str, int] = {}
        self.rarity_counts = array("q")
        self.token_rarity = array("i")
        self.token_share = array("f")
        self.token_pairable = array("b")
        self.name_tokens = array("q")

    def add_all(
        self, records: Iterable[Record], progress: Callable[[int], None] | None = None
    ) -> None:
        """Add records, calling ``progress(n)`` every `PROGRESS_STEP` records and at the end."""
        pending = 0
        for record in records:
            self.add(record)
            pending += 1
            if progress is not None and pending >= PROGRESS_STEP:
                progress(pending)
                pending = 0
        if progress is not None and pending:
            progress(pending)

    def add(self, record: Record) -> None:
        """Add one record and file its names."""
        position = self.records.append(record)
        group = self.groups.setdefault((record.schema, tuple(record.datasets)), len(self.groups))
        if group > 65_535:
            raise ValueError("more than 65,536 schema and dataset combinations in one index")
        for weak, text in [(0, n) for n in record.names] + [(1, n) for n in record.weak_names]:
            name = analyze(text, record.schema)
            if not name:
                continue
            self.analysed.add(text, name)
            name_id = len(self.name_record)
            self.name_record.append(position)
            self.name_weak.append(weak)
            self.name_group.append(group)
            self.keys.add(name_hashes(name), name_id)
            self._file_fuzzy(name_fuzzy_terms(name))
            self._count_tokens(name.tokens)

    def _file_fuzzy(self, terms: Iterable[str]) -> None:
        for term in set(terms):
            term_hash = key_hash(LATIN, term)
            if term_hash in self.fuzzy_done:
                continue
            self.fuzzy_done.add(term_hash)
            for variant in deletions(term):
                self.deletion_hashes.append(key_hash(DELETION, variant))
                self.deletion_terms.append(term_hash)

    def _count_tokens(self, tokens: tuple[Token, ...]) -> None:
        self.name_tokens.append(len(self.token_rarity))
        seen = set()
        for token in tokens:
            key = token_key(token)
            rarity_id = self.rarity_ids.get(key)
            if rarity_id is None:
                rarity_id = self.rarity_ids[key] = len(self.rarity_ids)
                self.rarity_counts.append(0)
            if rarity_id not in seen:
                seen.add(rarity_id)
                self.rarity_counts[rarity_id] += 1
            self.token_rarity.append(rarity_id)
            self.token_share.append(token_share(token))
            self.token_pairable.append(pairable(token))

    def finish(self) -> IndexParts:
        """The packed arrays of everything added."""
        self.records.freeze()
        self.analysed.freeze()
        names = len(self.name_record)
        rarity = Rarity(dict(zip(self.rarity_ids, self.rarity_counts, strict=True)), names)
        self._file_pairs()
        self.rarity_ids = {}
        keys = self.keys.finish()
        self.fuzzy_done = set()
        terms = keys.find(_np(self.deletion_terms))
        fuzzy = Postings.from_pairs(_np(self.deletion_hashes), terms)
        self.deletion_hashes, self.deletion_terms = array("Q"), array("Q")
        return IndexParts(
            records=self.records,
            keys=keys,
            deletions=fuzzy,
            name_record=_np(self.name_record).astype(np.int32),
            name_weak=_np(self.name_weak).astype(np.bool_),
            name_weight=self._name_weights(rarity),
            name_group=_np(self.name_group).astype(np.uint16),
            groups=tuple(self.groups),
            rarity=rarity,
            analysed=self.analysed,
        )

    def _file_pairs(self) -> None:
        """File each name under the pairs of its common tokens (see `PAIR_MIN_COUNT`), and
        under the pair of a token with itself where it is written twice (``Song Song
        Jin``, ``Abdikadir Mohamed Abdikadir``)."""
        if not len(self.name_tokens):
            return
        texts = list(self.rarity_ids)
        counts = _np(self.rarity_counts)
        token_rarity = _np(self.token_rarity)
        pairable = _np(self.token_pairable) > 0
        common = (counts[token_rarity] >= PAIR_MIN_COUNT) & pairable
        starts = _np(self.name_tokens)
        ends = np.r_[starts[1:], len(token_rarity)]
        owner = np.repeat(np.arange(len(starts), dtype=np.int64), ends - starts)
        codes = np.sort((owner[pairable] << 32) | token_rarity[pairable].astype(np.int64))
        twice = np.unique(codes[1:][codes[1:] == codes[:-1]] >> 32)
        several = np.flatnonzero(np.add.reduceat(common.astype(np.int32), starts) >= 2)
        for name_id in np.union1d(several, twice).tolist():
            start, end = int(starts[name_id]), int(ends[name_id])
            rarity_ids = token_rarity[start:end]
            often = Counter(texts[i] for i in rarity_ids[pairable[start:end]].tolist())
            keys = sorted({texts[i] for i in rarity_ids[common[start:end]].tolist()})
            pairs = list(combinations(keys[:MAX_PAIRED], 2))
            pairs += [(k, k) for k, n in often.items() if n > 1]
            self.keys.add([key_hash(*pair_key(a, b)) for a, b in pairs], name_id)

    def _name_weights(self, rarity: Rarity) -> np.ndarray:
        """The sum of each name's token weights (its share times its rarity)."""
        if not len(self.name_tokens):
            return np.zeros(0, dtype=np.float32)
        by_key = rarity.count_weights(_np(self.rarity_counts))
        tokens = by_key[_np(self.token_rarity)] * _np(self.token_share)
        weights = np.add.reduceat(tokens, _np(self.name_tokens))
        return np.maximum(weights, 1e-3).astype(np.float32)


def _np(values: array) -> np.ndarray:
    """A numpy view of an `array.array` (no copy)."""
    if not len(values):
        return np.zeros(0, dtype=values.typecode)
    return np.frombuffer(values, dtype=values.typecode)
