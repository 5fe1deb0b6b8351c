"""Link a span of text to a listed entity.

A span the name automaton found already names its candidates: it is compared with those
records only. Other spans go through the screening engine, unless none of their words is a
word of any listed name (by its phonetic key or Latin reading, as the index's rarity table
counts them): such a span cannot name a listed entity and costs nothing.

Each distinct (span, schema, candidates) is scored once per process and remembered: news
repeats names, and screening costs milliseconds. Spans are also read in the forms a name
takes in its language: Russian case endings removed (``Сергея Лаврова`` → ``Сергей
Лавров``), Arabic-script spellings of foreign names read with ``v`` and ``o`` (``لافروف`` →
``lavrov``).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable

from saring.index import NameIndex, Record
from saring.index.rarity import token_key
from saring.match import DEFAULT_THRESHOLD, Hit, compare, screen
from saring.match.screen import hit_order
from saring.names import analyze
from saring.sources.catalog import CATALOG
from saring.text.tokens import word_key

_PRIORITY = list(CATALOG)
_RANK = {name: rank for rank, name in enumerate(_PRIORITY)}
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_VOWELS = "аеёиоуыэюяіїє"
#: Screened spans remembered per linker.
CACHE_SIZE = 50_000


def _nominative(word: str) -> str:
    """A Russian masculine name word in the nominative, guessed from its case ending."""
    lower = word.lower()
    if len(lower) < 4:
        return word
    for ending in ("ым", "ом", "ем"):
        if lower.endswith(ending):
            stem = word[: -len(ending)]
            return stem + "й" if ending == "ем" and stem[-1:].lower() in _VOWELS else stem
    last, before = lower[-1], lower[-2]
    if last in "ауе" and before not in _VOWELS:
        return word[:-1]
    if last in "яюе" and before in _VOWELS:
        return word[:-1] + "й"
    return word


def variants(text: str) -> list[str]:
    """The forms of a span screened: as written, then language-specific readings."""
    out = [text]
    if _CYRILLIC_WORD.search(text):
        out.append(_CYRILLIC_WORD.sub(lambda m: _nominative(m.group()), text))
    if _ARABIC.search(text):
        words = [word_key(w) for w in text.split()]
        out.append(" ".join(_foreign(w) for w in words if w))
    return list(dict.fromkeys(v for v in out if v.strip()))


_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
_DIGRAPHS = ("sh", "kh", "ch", "gh", "zh", "th")


def _foreign(word: str) -> str:
    """An Arabic-script spelling of a foreign name read the European way: ``و`` as ``v``
    or ``o``, ``ف`` as ``v``, a short ``e`` where the script writes no first vowel
    (``lafruf`` → ``lavrov``, ``srgi`` → ``sergi``)."""
    word = word.replace("u", "o").replace("f", "v").replace("w", "v")
    if len(word) > 2 and word[0] in _CONSONANTS and word[1] in _CONSONANTS:
        if word[:2] not in _DIGRAPHS:
            word = word[0] + "e" + word[1:]
    return word


class Linker:
    """Screens spans against one index, remembering each answer."""

    def __init__(self, index: NameIndex, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.index = index
        self.threshold = threshold
        self._cache: OrderedDict[tuple, list[Hit]] = OrderedDict()
        self._lock = threading.Lock()
        self.screened = 0

    def hits(self, text: str, schema: str, owners: Iterable[int] = ()) -> list[Hit]:
        """The best listed entities for ``text``, best first (from the cache when seen).

        With ``owners`` (the record positions the automaton found the span's words to
        spell), only those records are scored; without, the span is screened.
        """
        owners = tuple(sorted(set(owners)))
        key = (text, schema, owners)
        with self._lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
        result = self._score(text, schema, owners)
        with self._lock:
            self._cache[key] = result
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return result

    def may_be_listed(self, form: str, schema: str) -> bool:
        """Whether some word of ``form`` is a word of a listed name (its phonetic key or
        Latin reading is counted by the index's rarity table)."""
        counts = self.index.rarity.counts
        return any(token_key(token) in counts for token in analyze(form, schema).tokens)

    def _score(self, text: str, schema: str, owners: tuple[int, ...]) -> list[Hit]:
        best: dict[str, Hit] = {}
        weigh = self.index.rarity.weight
        records = [self.index.record(position) for position in owners]
        for form in variants(text):
            query = Record.from_dict({"schema": schema, "properties": {"name": [form]}})
            if not query.names:
                continue
            found: list[Hit] = []
            if not records:
                if not self.may_be_listed(form, schema):
                    continue
                self.screened += 1
                found = screen(
                    self.index, query, limit=5, threshold=self.threshold, priority=_PRIORITY
                )
            for record in records:
                result = compare(query, record, weigh=weigh, threshold=self.threshold)
                found.append(Hit.of(record, result))
            for hit in found:
                seen = best.get(hit.record.id)
                if seen is None or hit.score > seen.score:
                    best[hit.record.id] = hit
        return sorted(best.values(), key=lambda hit: hit_order(hit, _RANK))[:5]


_LINKERS: dict[tuple[str, float], Linker] = {}
_LINKERS_LOCK = threading.Lock()


def linker_for(index: NameIndex, threshold: float = DEFAULT_THRESHOLD) -> Linker:
    """The process-wide linker of ``index`` at ``threshold`` (its cache is shared)."""
    key = (index.fingerprint or f"id:{id(index)}", threshold)
    with _LINKERS_LOCK:
        linker = _LINKERS.get(key)
        if linker is None or linker.index is not index and not index.fingerprint:
            linker = _LINKERS[key] = Linker(index, threshold)
        return linker
