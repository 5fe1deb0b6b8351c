"""A plain, explainable name matcher: rarity-weighted token alignment plus date and country.

Score meaning: the share of the (rarity-weighted) name evidence that agrees, in 0-1, nudged
up by an agreeing birth year or country and down by a conflicting one. ``match`` means
``score >= threshold``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry
from rapidfuzz import fuzz

from saring.index.memory import IndexedName, NameIndex
from saring.names.normalize import name_tokens

DEFAULT_THRESHOLD = 0.7
#: Weight of a listed name token the query does not mention (patronymics, middle names).
UNMATCHED_LISTED = 0.3
#: Weight of an unmentioned listed patronymic (Viktorovich, Petrovna, ogly): queries rarely
#: give one, so its absence is no evidence against the match.
UNMATCHED_PATRONYMIC = 0.0
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ich", "ogly", "oglu", "kyzy", "qizi")
#: Token similarity below which two tokens are not aligned.
MIN_TOKEN_SIMILARITY = 0.75


@dataclass
class Query:
    """What is screened: a name and optional facts."""

    name: str
    schema: str = "LegalEntity"
    birth_date: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "schema": self.schema,
            "birth_date": self.birth_date,
            "country": self.country,
        }


@dataclass
class Result:
    """A scored candidate with the reasons for its score."""

    entity: EntityProxy
    score: float
    match: bool
    explanations: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The result as ``saring screen --json`` prints it."""
        data = self.entity.to_dict()
        return {
            "id": self.entity.id,
            "caption": self.entity.caption,
            "schema": self.entity.schema.name,
            "score": round(self.score, 4),
            "match": self.match,
            "datasets": sorted(data.get("datasets", [])),
            "referents": sorted(data.get("referents", [])),
            "properties": data["properties"],
            "explanations": self.explanations,
        }


def align(query: list[str], listed: IndexedName, idf: dict[str, float]) -> tuple[float, list[str]]:
    """Greedy best-pair alignment of query tokens to a listed name's tokens."""
    top = max(idf.values(), default=1.0)
    pairs = sorted(
        (
            (fuzz.ratio(q, t) / 100, qi, ti)
            for qi, q in enumerate(query)
            for ti, t in enumerate(listed.tokens)
        ),
        reverse=True,
    )
    used_q: set[int] = set()
    used_t: set[int] = set()
    agree = total = 0.0
    notes: list[str] = []
    for similarity, qi, ti in pairs:
        if similarity < MIN_TOKEN_SIMILARITY or qi in used_q or ti in used_t:
            continue
        used_q.add(qi)
        used_t.add(ti)
        weight = idf.get(listed.tokens[ti], top)
        agree += similarity * weight
        total += weight
        notes.append(f"'{query[qi]}'~'{listed.tokens[ti]}' {similarity:.2f} (weight {weight:.1f})")
    for qi, token in enumerate(query):
        if qi not in used_q:
            total += idf.get(token, top)
            notes.append(f"query token '{token}' not in listed name")
    for ti, token in enumerate(listed.tokens):
        if ti not in used_t:
            patronymic = token.endswith(PATRONYMIC_ENDINGS)
            share = UNMATCHED_PATRONYMIC if patronymic else UNMATCHED_LISTED
            total += share * idf.get(token, top)
    return (agree / total if total else 0.0), notes


def adjust_dates(query: Query, entity: EntityProxy) -> tuple[float, str | None]:
    """Birth-year agreement bonus or conflict penalty."""
    if not query.birth_date or not entity.has("birthDate", quiet=True):
        return 0.0, None
    year = query.birth_date[:4]
    years = {d[:4] for d in entity.get("birthDate", quiet=True)}
    if year in years:
        return 0.05, f"birth year {year} listed"
    if any(abs(int(y) - int(year)) <= 1 for y in years if y.isdigit() and year.isdigit()):
        return 0.0, f"birth year {year} within a year of {', '.join(sorted(years))}"
    return -0.25, f"birth year {year} conflicts with {', '.join(sorted(years))}"


def adjust_country(query: Query, entity: EntityProxy) -> tuple[float, str | None]:
    """Country agreement bonus or conflict penalty."""
    code = registry.country.clean(query.country) if query.country else None
    countries = set(entity.get_type_values(registry.country))
    if not code or not countries:
        return 0.0, None
    if code in countries:
        return 0.03, f"country {code} listed"
    return -0.1, f"country {code} not among {', '.join(sorted(countries))}"


def screen(
    index: NameIndex,
    query: Query,
    limit: int = 10,
    threshold: float = DEFAULT_THRESHOLD,
    priority: list[str] | None = None,
) -> list[Result]:
    """Rank listed entities against ``query``; best first, at most ``limit``.

    Equal scores are ordered by the position of the entity's dataset in ``priority``.
    """
    tokens = name_tokens(query.name)
    if not tokens:
        return []
    schema = model.get(query.schema)
    if schema is None:
        raise ValueError(f"unknown schema {query.schema!r}")
    results: list[Result] = []
    for number in index.candidates(tokens):
        entity = index.entities[number]
        if not schema.can_match(entity.schema):
            continue
        best, best_name, notes = 0.0, None, []
        for listed in index.names_of(number):
            score, explain = align(tokens, listed, index.idf)
            if score > best:
                best, best_name, notes = score, listed, explain
        if best_name is None:
            continue
        explanations = [f"name: '{query.name}' vs listed '{best_name.text}' = {best:.2f}", *notes]
        for adjust in (adjust_dates, adjust_country):
            delta, why = adjust(query, entity)
            if why:
                best += delta
                explanations.append(f"{why} ({delta:+.2f})")
        score = min(max(best, 0.0), 1.0)
        results.append(Result(entity, score, score >= threshold, explanations))
    order = {name: rank for rank, name in enumerate(priority or [])}

    def rank(result: Result) -> tuple[float, int, str]:
        datasets = result.entity.to_dict().get("datasets", [])
        first = min((order.get(d, len(order)) for d in datasets), default=len(order))
        return (-round(result.score, 4), first, result.entity.id or "")

    results.sort(key=rank)
    return results[:limit]
