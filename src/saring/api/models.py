"""The request and response shapes, following yente's API (extra saring fields allowed)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

#: Longest property value accepted in a query.
MAX_VALUE = 1000
#: Most values of one property, and most properties, in a query.
MAX_VALUES = 50

Value = Annotated[str, StringConstraints(max_length=MAX_VALUE)]
PropName = Annotated[str, StringConstraints(max_length=100)]
Values = Annotated[list[Value], Field(max_length=MAX_VALUES)] | Value


class EntityExample(BaseModel):
    """An entity to match, given by example: a schema and some properties."""

    model_config = ConfigDict(populate_by_name=True)

    id: Annotated[str, StringConstraints(max_length=200)] | None = None
    schema_: Annotated[str, StringConstraints(max_length=100)] = Field(
        "LegalEntity", alias="schema", examples=["Person"]
    )
    properties: Annotated[dict[PropName, Values], Field(max_length=MAX_VALUES)] = Field(
        default_factory=dict,
        examples=[{"name": ["Sergey Lavrov"], "birthDate": ["1950"], "nationality": ["ru"]}],
    )

    def as_dict(self) -> dict[str, Any]:
        """The example as an FtM dict, every property a list."""
        properties = {
            name: values if isinstance(values, list) else [values]
            for name, values in self.properties.items()
        }
        return {"id": self.id, "schema": self.schema_, "properties": properties}


class EntityMatchQuery(BaseModel):
    """A batch of entities to match, by key; ``weights`` and ``config`` are accepted for
    yente compatibility and not used."""

    queries: Annotated[
        dict[Annotated[str, StringConstraints(max_length=200)], EntityExample],
        Field(max_length=1000),
    ]
    weights: dict[PropName, float] = Field(default_factory=dict)
    config: dict[PropName, Any] = Field(default_factory=dict)


class TotalSpec(BaseModel):
    """How many results there are (``eq``) or at least (``gte``)."""

    value: int
    relation: Literal["eq", "gte"] = "eq"


class FeatureResult(BaseModel):
    """One piece of evidence behind a score, in plain language."""

    score: float
    detail: str | None = None


class Review(BaseModel):
    """An analyst's decision on a hit."""

    id: str
    at: str
    entity_id: str
    query: str
    verdict: Literal["true_positive", "false_positive"]
    note: str
    actor: str | None = None


class EntityResponse(BaseModel):
    """A listed entity: current properties, datasets and timestamps."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    id: str
    caption: str
    schema_: str = Field(alias="schema")
    properties: dict[str, list[Any]] = Field(default_factory=dict)
    datasets: list[str] = Field(default_factory=list)
    referents: list[str] = Field(default_factory=list)
    target: bool = False
    first_seen: str | None = None
    last_seen: str | None = None
    last_change: str | None = None


class ScoredEntityResponse(EntityResponse):
    """A listed entity scored against a query, with why."""

    score: float
    match: bool
    features: dict[str, float] = Field(default_factory=dict)
    explanations: dict[str, FeatureResult] = Field(default_factory=dict)
    reasons: list[str] = Field(default_factory=list)
    review: Review | None = None


class EntityMatchResponse(BaseModel):
    """The results for one query of a match batch."""

    status: int = 200
    results: list[ScoredEntityResponse]
    total: TotalSpec
    query: dict[str, Any]
    notes: list[str] = Field(
        default_factory=list,
        description="Why a query found nothing when saring cannot read its name.",
    )


class EntityMatches(BaseModel):
    """The response to ``POST /match/{dataset}``: one entry per query key."""

    responses: dict[str, EntityMatchResponse]
    matcher: dict[str, Any]
    limit: int


class SearchFacetItem(BaseModel):
    """One value of a facet and how many results carry it."""

    name: str
    label: str
    count: int


class SearchFacet(BaseModel):
    """Counts of one facet over the results."""

    label: str
    values: list[SearchFacetItem]


class SearchResponse(BaseModel):
    """The response to ``GET /search/{dataset}``."""

    results: list[ScoredEntityResponse]
    facets: dict[str, SearchFacet]
    total: TotalSpec
    limit: int
    offset: int


class StatusResponse(BaseModel):
    """Health and readiness."""

    status: str


class ReviewRequest(BaseModel):
    """Mark a result a true or a false positive for a query, with a note."""

    entity_id: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    query: Annotated[str, StringConstraints(max_length=MAX_VALUE)] = ""
    verdict: Literal["true_positive", "false_positive"]
    note: Annotated[str, StringConstraints(max_length=5000)] = ""


class HistoryEvent(BaseModel):
    """One step in an entity's life in one list."""

    event: str
    dataset: str
    caption: str
    snapshot: dict[str, Any]
    changes: dict[str, dict[str, list[str]]]


class ErrorResponse(BaseModel):
    """Every error: a message, never a stack trace."""

    detail: Any
