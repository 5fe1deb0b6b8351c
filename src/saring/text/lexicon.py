"""The word lists of document scanning, read from ``saring/data/text/*.tsv``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


def rows(filename: str) -> list[list[str]]:
    """The tab-separated rows of ``data/text/<filename>``, without comments and blanks."""
    text = (resources.files("saring") / "data" / "text" / filename).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@dataclass
class Terms:
    """Exact words and phrases, and word prefixes, of one list."""

    words: set[str] = field(default_factory=set)
    phrases: set[tuple[str, ...]] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)

    def add(self, term: str) -> None:
        term = term.casefold()
        if "_" in term:
            self.phrases.add(tuple(term.split("_")))
        elif term.endswith("*"):
            self.prefixes.add(term[:-1])
        else:
            self.words.add(term)

    _pattern: re.Pattern[str] | None = None
    _seen: dict[str, bool] = field(default_factory=dict)

    def has_word(self, word: str) -> bool:
        """Whether ``word`` (case-folded) is one of the words or starts with a prefix."""
        found = self._seen.get(word)
        if found is not None:
            return found
        if self._pattern is None:
            prefixes = sorted(self.prefixes, key=len, reverse=True) or ["(?!)"]
            self._pattern = re.compile("|".join(re.escape(p) for p in prefixes))
        found = word in self.words or self._pattern.match(word) is not None
        if len(self._seen) < 200_000:
            self._seen[word] = found
        return found


@lru_cache(maxsize=1)
def roles() -> dict[str, frozenset[str]]:
    """Role words by kind: ``title``, ``place``, ``common``, ``org`` (case-folded)."""
    table: dict[str, set[str]] = {}
    for kind, words in rows("roles.tsv"):
        table.setdefault(kind, set()).update(w.casefold() for w in words.split())
    return {kind: frozenset(words) for kind, words in table.items()}


@lru_cache(maxsize=1)
def topics() -> dict[str, Terms]:
    """The terms of every risk topic, all languages together."""
    table: dict[str, Terms] = {}
    for topic, _language, terms in rows("topics.tsv"):
        bucket = table.setdefault(topic, Terms())
        for term in terms.split():
            bucket.add(term)
    return table


@lru_cache(maxsize=1)
def events() -> dict[str, Terms]:
    """Event words by kind: ``verb``, ``target``, ``authority``."""
    table: dict[str, Terms] = {}
    for kind, _language, terms in rows("events.tsv"):
        bucket = table.setdefault(kind, Terms())
        for term in terms.split():
            bucket.add(term)
    return table
