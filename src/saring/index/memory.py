"""An in-memory inverted index from name tokens to listed entities."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from followthemoney.proxy import EntityProxy
from followthemoney.types import registry
from rapidfuzz import fuzz, process

from saring.names.normalize import name_tokens


@dataclass(frozen=True)
class IndexedName:
    """One name of one entity, as tokens."""

    entity: int
    text: str
    tokens: tuple[str, ...]


class NameIndex:
    """Candidates for a query name by shared (or near-identical) rare tokens."""

    def __init__(self, entities: Iterable[EntityProxy]) -> None:
        self.entities: list[EntityProxy] = []
        self.names: list[IndexedName] = []
        postings: dict[str, set[int]] = defaultdict(set)
        for entity in entities:
            number = len(self.entities)
            self.entities.append(entity)
            for text in sorted(set(entity.get_type_values(registry.name))):
                tokens = tuple(name_tokens(text))
                if not tokens:
                    continue
                self.names.append(IndexedName(number, text, tokens))
                for token in tokens:
                    postings[token].add(number)
        self.postings = dict(postings)
        self.vocabulary = list(self.postings)
        total = max(len(self.entities), 1)
        self.idf = {t: math.log(1 + total / len(ids)) for t, ids in self.postings.items()}
        self._names_of: dict[int, list[IndexedName]] = defaultdict(list)
        for name in self.names:
            self._names_of[name.entity].append(name)

    def names_of(self, entity: int) -> list[IndexedName]:
        """Every indexed name of entity number ``entity``."""
        return self._names_of[entity]

    def similar_tokens(self, token: str) -> list[tuple[str, float]]:
        """Vocabulary tokens equal or close in spelling to ``token`` (similarity 0-1)."""
        if token in self.postings:
            found = [(token, 1.0)]
        else:
            found = []
        if len(token) >= 4:
            for other, score, _ in process.extract(
                token, self.vocabulary, scorer=fuzz.ratio, score_cutoff=80, limit=10
            ):
                if other != token:
                    found.append((other, score / 100))
        return found

    def candidates(self, tokens: list[str], limit: int = 50) -> list[int]:
        """Entity numbers sharing the most rarity-weighted tokens with the query."""
        weights: dict[int, float] = defaultdict(float)
        for token in set(tokens):
            for other, similarity in self.similar_tokens(token):
                boost = similarity * self.idf[other]
                for number in self.postings[other]:
                    weights[number] += boost
        ranked = sorted(weights.items(), key=lambda kv: kv[1], reverse=True)
        return [number for number, _ in ranked[:limit]]
