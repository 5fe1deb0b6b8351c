"""The analysed forms of a name: a `Name` holding `Token`s with their keys and kinds."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum


class Kind(StrEnum):
    """What a token is within its name, where that is knowable."""

    GIVEN = "given"
    FAMILY = "family"
    PARTICLE = "particle"
    TITLE = "title"
    PATRONYMIC = "patronymic"
    INITIAL = "initial"
    LEGAL_FORM = "legal_form"
    ORG_TERM = "org_term"
    NUMBER = "number"
    OTHER = "other"


#: Kinds that carry no identity and are left out of matching (titles, honorifics).
IGNORED_KINDS = frozenset({Kind.TITLE})
#: Kinds of organisation words (legal forms, terms like Bank), compared by canonical form.
ORG_KINDS = frozenset({Kind.LEGAL_FORM, Kind.ORG_TERM})
#: Kinds that count for little when present and nothing when missing on one side.
WEAK_KINDS = frozenset(
    {Kind.PARTICLE, Kind.PATRONYMIC, Kind.INITIAL, Kind.LEGAL_FORM, Kind.ORG_TERM}
)


@dataclass(frozen=True, slots=True)
class Token:
    """One part of a name, with the forms and keys used to compare it across scripts.

    ``latin`` is the preferred lower-case ASCII reading; ``variants`` are other plausible
    readings (Ukrainian read as Russian, Korean in another romanisation…). ``phonetics``
    and ``skeletons`` hold the keys of every reading, the preferred one first; names in
    abjads (Arabic, Hebrew) get several skeletons for their ambiguous letters.
    ``aliases`` are ids of name groups the token belongs to (Joseph/Yusuf/Iosif).
    ``canonical`` is the normal form of a legal form, organisation term or particle.
    ``piece`` numbers the written token the part comes from: ``Abdulrahman`` gives two
    parts of one piece, both with that ``original``; ``عبدالرحمن`` gives ``عبد`` and
    ``الرحمن``; ``김정은`` one part per syllable.
    """

    original: str
    latin: str
    kind: Kind
    script: str
    phonetics: tuple[str, ...]
    skeletons: tuple[str, ...]
    variants: tuple[str, ...] = ()
    aliases: frozenset[str] = frozenset()
    canonical: str = ""
    piece: int = 0

    def __reduce__(self) -> tuple[type[Token], tuple[object, ...]]:
        # Built by its constructor: the compiled core's frozen classes refuse the default
        # attribute-by-attribute unpickling.
        return (Token, _field_values(self))

    @property
    def phonetic(self) -> str:
        """The phonetic key of the preferred reading."""
        return self.phonetics[0] if self.phonetics else ""

    @property
    def skeleton(self) -> str:
        """The consonant skeleton of the preferred reading."""
        return self.skeletons[0] if self.skeletons else ""

    @property
    def readings(self) -> tuple[str, ...]:
        """Every Latin reading, the preferred one first."""
        return (self.latin, *self.variants)

    @property
    def reading_lengths(self) -> tuple[int, int]:
        """The lengths of the shortest and the longest Latin reading."""
        lengths = [len(r) for r in self.readings]
        return min(lengths), max(lengths)


@dataclass(frozen=True, slots=True)
class Name:
    """An analysed name: its cleaned text, schema and tokens in written order."""

    original: str
    schema: str
    tokens: tuple[Token, ...]
    truncated: bool = False

    def __reduce__(self) -> tuple[type[Name], tuple[object, ...]]:
        return (Name, _field_values(self))

    def __bool__(self) -> bool:
        return bool(self.tokens)

    @property
    def matchable(self) -> tuple[Token, ...]:
        """The tokens that take part in matching (titles and honorifics left out)."""
        return tuple(t for t in self.tokens if t.kind not in IGNORED_KINDS)

    @property
    def core(self) -> tuple[Token, ...]:
        """The identifying tokens: neither ignored nor weak."""
        return tuple(
            t for t in self.tokens if t.kind not in IGNORED_KINDS and t.kind not in WEAK_KINDS
        )

    @property
    def latin(self) -> str:
        """The Latin reading of the whole name, in written order."""
        return " ".join(t.latin for t in self.tokens)

    @property
    def phonetic_key(self) -> str:
        """Order-free key of the identifying tokens: their sorted phonetic keys."""
        return " ".join(sorted(t.phonetic for t in self.core if t.phonetic))

    @property
    def skeleton_key(self) -> str:
        """Order-free key of the identifying tokens: their sorted skeletons."""
        return " ".join(sorted(t.skeleton for t in self.core if t.skeleton))


def _field_values(item: Token | Name) -> tuple[object, ...]:
    """A dataclass's field values in constructor order."""
    return tuple(getattr(item, f.name) for f in fields(item))
