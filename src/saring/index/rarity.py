"""How telling a name token is, from how often the listed names use it.

A `Rarity` counts, for every token key, how many listed names carry it: ``Mohammad``,
``Ali``, ``Bank`` or ``Limited`` are on thousands of names and say little; ``Lavrov`` is on
a handful and says a lot. Tokens are counted by their phonetic key (the Latin reading when a
token has none), so ``Мухаммад``, ``محمد`` and ``Muhammad`` share one count.

``weight(token)`` is an idf divided by that of the token of median rarity (over every token
written in the list), raised to `SPREAD` to widen the range, clipped to [`MIN_WEIGHT`,
`MAX_WEIGHT`]: the median token weighs 1.0.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from saring.names.hebrew_arabic import arabic_name_spellings
from saring.names.model import Name, Token
from saring.names.phonetic import phonetic_key
from saring.names.scripts import HEBREW

MIN_WEIGHT = 0.15
MAX_WEIGHT = 2.0
#: Exponent on the normalised idf: common tokens fall further below 1.0, rare ones rise above.
SPREAD = 1.5
#: Weight of a token the list never uses: that of a rare token, short of the maximum.
UNSEEN_WEIGHT = 1.6
#: Unseen tokens of at most this many letters are not made heavy: initials, ``Xi``, ``Al``.
SHORT_LENGTH = 2
SHORT_UNSEEN_WEIGHT = 0.75
#: Most key weights remembered between calls.
CACHE_SIZE = 500_000
#: The shipped table of token counts over the bundled lists.
TABLE = "token_counts.tsv"


def token_key(token: Token) -> str:
    """The key a token is counted under: its phonetic key, else its Latin reading."""
    return token.phonetic or token.latin or token.original.lower()


def name_keys(name: Name) -> set[str]:
    """The distinct keys of a name's tokens."""
    return {key for key in map(token_key, name.tokens) if key}


class Rarity:
    """Token weights from document frequencies over a list's names."""

    def __init__(self, counts: dict[str, int], names: int) -> None:
        self.counts = counts
        self.names = max(names, 1)
        self._median_idf = self._median(counts, self.names)
        self._cache: dict[str, float] = {}

    @classmethod
    def from_names(cls, names: Iterable[Name]) -> Rarity:
        """Count the token keys of ``names`` (each key once per name)."""
        counts: Counter[str] = Counter()
        total = 0
        for name in names:
            total += 1
            counts.update(name_keys(name))
        return cls(dict(counts), total)

    @classmethod
    def default(cls) -> Rarity:
        """The weights of the bundled lists, from the shipped table (loaded once)."""
        return _default()

    @classmethod
    def read(cls, path: Path) -> Rarity:
        """Load a table written by `write`."""
        counts: dict[str, int] = {}
        names = 0
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                key, _, value = line.rstrip("\n").partition("\t")
                if key == "#names":
                    names = int(value)
                elif key and value:
                    counts[key] = int(value)
        return cls(counts, names)

    def write(self, path: Path, min_count: int = 1) -> None:
        """Write the counts as ``key<TAB>count`` lines, most frequent first; keys seen fewer
        than ``min_count`` times are left out (they read back as unseen)."""
        rows = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        with path.open("w", encoding="utf-8") as fh:
            fh.write(f"#names\t{self.names}\n")
            for key, count in rows:
                if count >= min_count and "\t" not in key and "\n" not in key:
                    fh.write(f"{key}\t{count}\n")

    def to_state(self) -> tuple[dict[str, int], int]:
        """A picklable form: ``(counts, names)``."""
        return self.counts, self.names

    @classmethod
    def from_state(cls, state: tuple[dict[str, int], int]) -> Rarity:
        """The inverse of `to_state`."""
        counts, names = state
        return cls(counts, names)

    def __reduce__(self) -> tuple[object, ...]:
        return (Rarity.from_state, (self.to_state(),))

    def _idf(self, count: int) -> float:
        return math.log((self.names + 1) / (count + 0.5))

    @staticmethod
    def _median(counts: dict[str, int], names: int) -> float:
        """The idf of the median token occurrence (each key weighted by its count)."""
        if not counts:
            return 1.0
        ordered = sorted(counts.values())
        half = sum(ordered) / 2
        seen = 0
        for count in ordered:
            seen += count
            if seen >= half:
                return max(math.log((names + 1) / (count + 0.5)), 1e-6)
        return 1.0

    def count(self, token: Token) -> int:
        """How many names carry the token's key."""
        return self.counts.get(token_key(token), 0)

    def key_weight(self, key: str) -> float:
        """The weight of a token key (see `weight`)."""
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        count = self.counts.get(key, 0)
        if count == 0:
            value = UNSEEN_WEIGHT
        else:
            value = (self._idf(count) / self._median_idf) ** SPREAD
            value = min(max(value, MIN_WEIGHT), MAX_WEIGHT)
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = value
        return value

    def count_weights(self, counts: np.ndarray) -> np.ndarray:
        """The weights of keys seen ``counts`` times (each at least once), as float32."""
        idf = np.log((self.names + 1) / (np.asarray(counts, dtype=np.float64) + 0.5))
        weights = (idf / self._median_idf) ** SPREAD
        return np.clip(weights, MIN_WEIGHT, MAX_WEIGHT).astype(np.float32)

    def weight(self, token: Token) -> float:
        """How telling ``token`` is: ~1.0 for a token of median rarity, less for common
        ones (``Mohammad``, ``Bank``), more for rare ones, within [0.15, 2.0]."""
        key = token.phonetic or token.latin or token.original.lower()
        value = self._cache.get(key)
        if value is None:
            value = self.key_weight(key)
        if key in self.counts:
            return value
        if value > SHORT_UNSEEN_WEIGHT and len(token.latin) <= SHORT_LENGTH:
            return SHORT_UNSEEN_WEIGHT
        if token.script == HEBREW:
            # An Arabic name written in Hebrew weighs as the name (מוחמד as Mohammad).
            spellings = arabic_name_spellings(token.original)
            if spellings:
                return min(value, *(self.key_weight(phonetic_key(s)) for s in spellings))
        return value


@cache
def _default() -> Rarity:
    path = Path(str(files("saring") / "data" / "names" / TABLE))
    if not path.exists():
        return Rarity({}, 0)
    return Rarity.read(path)
