"""An Aho-Corasick automaton over the Latin keys of every listed name and alias.

Each listed name becomes one or more patterns of word keys (``"sergei lavrov"``): the
name as written, and for people also given-name-first and without middle names, since
lists write ``LAVROV, Sergei Viktorovich`` and news writes ``Sergei Lavrov``. Text is read
into the same keys (`saring.text.tokens`), so a hit starts and ends on word boundaries.

Building reads every record of the index (seconds for the bundled lists); the patterns
are pickled beside the index, keyed by the index fingerprint, and kept in memory per
process (`automaton_for`).
"""

from __future__ import annotations

import pickle
import threading
import time
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, MatchKind

from saring.index import NameIndex
from saring.text.tokens import Word, name_keys

#: Bump when the pattern rules change, so cached files are rebuilt.
FORMAT_VERSION = 3
#: Schemas whose names are never looked for in text.
SKIPPED_SCHEMAS = frozenset({"Address", "CryptoWallet"})
#: Single-word names shorter than this are not patterns.
MIN_SINGLE_LENGTH = 3
MAX_PATTERN_WORDS = 12
_KEY = attrgetter("key")
_PLUS_ONE = (1).__add__


class Hit(NamedTuple):
    """Words ``first``..``last`` (inclusive) spell a listed name of these record positions."""

    first: int
    last: int
    owners: tuple[tuple[int, bool], ...]  # (record position, weak alias?)

    @property
    def size(self) -> int:
        return self.last - self.first + 1


def _person_orders(name: str, keys: list[str]) -> list[list[str]]:
    orders = [keys]
    if "," in name:
        family = name_keys(name.split(",", 1)[0])
        given = keys[len(family) :]
        if family and given:
            orders.append(given + family)
            orders.append(given[:1] + family)
            orders.append(family + given[:1])
    elif len(keys) >= 3:
        orders.append([keys[0], keys[-1]])
    return orders


def patterns_of(name: str, schema: str) -> list[str]:
    """The key patterns one listed name is found by."""
    keys = name_keys(name)
    if not keys or len(keys) > MAX_PATTERN_WORDS:
        return []
    orders = _person_orders(name, keys) if schema == "Person" else [keys]
    out = []
    for order in orders:
        if len(order) == 1 and (schema == "Person" or len(order[0]) < MIN_SINGLE_LENGTH):
            continue
        out.append(" ".join(order))
    return list(dict.fromkeys(out))


class NameAutomaton:
    """Finds listed names in a sequence of text words."""

    def __init__(
        self,
        fingerprint: str,
        patterns: list[str],
        owners: list[tuple],
        name_words: frozenset[str] = frozenset(),
    ) -> None:
        self.fingerprint = fingerprint
        self.patterns = patterns
        self.owners = owners
        self.keys = frozenset(k for p in patterns for k in p.split())
        #: The key of every word of every listed (strong) name, patterns or not.
        self.name_words = name_words
        self._machine = AhoCorasick([f" {p} " for p in patterns], matchkind=MatchKind.Standard)

    @classmethod
    def build(cls, index: NameIndex) -> NameAutomaton:
        """The automaton of every name and alias of the index's records."""
        table: dict[str, dict[int, bool]] = {}
        name_words: set[str] = set()
        for position in range(len(index)):
            record = index.record(position)
            for name in record.names:
                name_words.update(name_keys(name))
            if record.schema in SKIPPED_SCHEMAS:
                continue
            for weak, names in ((False, record.names), (True, record.weak_names)):
                for name in names:
                    for pattern in patterns_of(name, record.schema):
                        owners = table.setdefault(pattern, {})
                        owners[position] = owners.get(position, True) and weak
        patterns = list(table)
        owners = [tuple(sorted(table[p].items())) for p in patterns]
        return cls(index.fingerprint, patterns, owners, frozenset(name_words))

    def __len__(self) -> int:
        return len(self.patterns)

    def find(self, text_words: list[Word]) -> list[Hit]:
        """Every listed name spelt by consecutive words (overlapping hits included)."""
        if not text_words:
            return []
        pieces = list(map(_KEY, text_words))
        # Where each word's key starts in the haystack (after the leading space).
        starts = list(accumulate(map(_PLUS_ONE, map(len, pieces[:-1])), initial=0))
        haystack = " " + " ".join(pieces) + " "
        owners = self.owners
        return [
            Hit(bisect_right(starts, begin) - 1, bisect_right(starts, end - 2) - 1, owners[pattern])
            for pattern, begin, end in self._machine.find_matches_as_indexes(
                haystack, overlapping=True
            )
        ]

    def save(self, path: Path) -> None:
        """Pickle the patterns to ``path`` atomically."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        state = {
            "version": FORMAT_VERSION,
            "fingerprint": self.fingerprint,
            "patterns": self.patterns,
            "owners": self.owners,
            "name_words": self.name_words,
        }
        with tmp.open("wb") as fh:
            pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> NameAutomaton | None:
        """The automaton saved at ``path`` if it was built for ``fingerprint``."""
        try:
            with path.open("rb") as fh:
                state = pickle.load(fh)  # noqa: S301 (our own cache file in the data dir)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None
        if not isinstance(state, dict) or state.get("version") != FORMAT_VERSION:
            return None
        if state.get("fingerprint") != fingerprint:
            return None
        return cls(fingerprint, state["patterns"], state["owners"], state["name_words"])


_LOADED: dict[str, NameAutomaton] = {}
_LOCK = threading.Lock()
#: Seconds the last automaton took to build or load, and how (for benchmarks).
LAST_LOAD: dict[str, float | str] = {}


def automaton_path(index_path: Path) -> Path:
    """Where the automaton of the index at ``index_path`` is cached."""
    return Path(index_path).with_name("text-automaton.pickle")


def automaton_for(
    index: NameIndex, cache: Path | Callable[[], Path] | None = None
) -> NameAutomaton:
    """The automaton of ``index``: from memory, from the ``cache`` file, or built (and saved).

    ``cache`` may be a function giving the path, called only when the automaton is not in
    memory yet."""
    key = index.fingerprint or f"id:{id(index)}"
    with _LOCK:
        found = _LOADED.get(key)
        if found is not None:
            return found
        if callable(cache):
            cache = cache()
        started = time.perf_counter()
        automaton = None
        if cache is not None and index.fingerprint:
            automaton = NameAutomaton.load(cache, index.fingerprint)
        how = "loaded"
        if automaton is None:
            automaton = NameAutomaton.build(index)
            how = "built"
            if cache is not None and index.fingerprint:
                try:
                    automaton.save(cache)
                except OSError:
                    pass
        LAST_LOAD.update(how=how, seconds=time.perf_counter() - started)
        _LOADED[key] = automaton
        return automaton


def forget_loaded() -> None:
    """Drop the automata kept in memory (benchmarks measuring cold starts)."""
    with _LOCK:
        _LOADED.clear()
