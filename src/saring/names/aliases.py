"""Name groups: spellings of one given name across languages (Joseph, Yusuf, Iosif).

`analyze` uses a small table of true alias groups, looked up by phonetic key so that
spelling variants of a listed form belong too. rigour's person-name tagger knows many more
given names, linked across scripts by Wikidata ids (``يوسف`` and ``Joseph``), but building
it takes seconds on first use: `with_rigour_aliases` adds its ids to an analysed name for
callers that can pay that once.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from functools import cache, lru_cache
from typing import NamedTuple

from rigour.names import NameTypeTag, SymbolCategory, analyze_names

from saring.names.model import Kind, Name, Token
from saring.names.phonetic import phonetic_key
from saring.names.tables import table_rows

#: Shorter phonetic keys stand for too many names to carry a group (``ala``: Ali, Ella).
MIN_KEY_LENGTH = 4
_PATRONYMIC_SUFFIX = re.compile(r"(?:[aeiouy]?v[iy]t?ch|[aeiouy]?v?n[ai]|[aeo]?una)$")
_NAME_KINDS = frozenset({Kind.GIVEN, Kind.FAMILY, Kind.OTHER, Kind.PATRONYMIC})


class _Groups(NamedTuple):
    """Name-group ids by phonetic key and by exact Latin word."""

    by_key: dict[str, frozenset[str]]
    by_word: dict[str, frozenset[str]]


@cache
def _groups() -> _Groups:
    by_key: dict[str, set[str]] = defaultdict(set)
    by_word: dict[str, set[str]] = defaultdict(set)
    for row in table_rows("name_aliases.txt"):
        words = row[0].split()
        for word in words:
            by_word[word].add("=" + words[0])
            key = phonetic_key(word)
            if len(key) >= MIN_KEY_LENGTH:
                by_key[key].add("=" + words[0])
    for row in table_rows("nicknames.txt"):
        full, *short = row[0].split()
        key = phonetic_key(full)
        long = len(key) >= MIN_KEY_LENGTH
        ids = (by_key.get(key, set()) if long else set()) | by_word.get(full, set())
        if not ids:  # a full name in no group of its own yet
            ids = {"=" + full}
            by_word[full] |= ids
            if long:
                by_key[key] |= ids
        for word in short:
            by_word[word] |= ids
    return _Groups(
        {key: frozenset(ids) for key, ids in by_key.items()},
        {word: frozenset(ids) for word, ids in by_word.items()},
    )


class _Nicknames(NamedTuple):
    """The nickname table by name group: the full names listed and their short forms."""

    full: dict[str, tuple[str, ...]]
    short: dict[str, tuple[str, ...]]


@cache
def _nicknames() -> _Nicknames:
    groups = _groups()
    full: dict[str, list[str]] = defaultdict(list)
    short: dict[str, list[str]] = defaultdict(list)
    for row in table_rows("nicknames.txt"):
        name, *forms = row[0].split()
        for group in groups.by_word.get(name, ()):
            if name not in full[group]:
                full[group].append(name)
            short[group] += [w for w in forms if w not in short[group]]
    return _Nicknames(
        {group: tuple(words) for group, words in full.items()},
        {group: tuple(words) for group, words in short.items()},
    )


def _forms(table: dict[str, tuple[str, ...]], groups: frozenset[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for g in sorted(groups) for w in table.get(g, ())))


def full_forms(groups: frozenset[str]) -> tuple[str, ...]:
    """The full given names whose pet names and short forms the tables give, for names of
    these ``groups`` (``=michael``: michael, mikhail)."""
    return _forms(_nicknames().full, groups)


@lru_cache(maxsize=10_000)
def short_forms(groups: frozenset[str]) -> tuple[str, ...]:
    """The pet names and short forms the tables give for names of these ``groups``
    (``=stephen``: steve, stevie)."""
    return _forms(_nicknames().short, groups)


def alias_ids(phonetics: tuple[str, ...], readings: tuple[str, ...] = ()) -> frozenset[str]:
    """The tables' name groups (``"=joseph"``) a token with these phonetic keys and Latin
    readings is in: by phonetic key for the full names, by reading for every listed form
    (short forms like Juan, Isa or Sasha only so)."""
    groups = _groups()
    found: set[str] = set()
    for key in phonetics:
        found.update(groups.by_key.get(key, ()))
    for reading in readings:
        found.update(groups.by_word.get(reading, ()))
    return frozenset(found)


def _masculine_forms(word: str) -> tuple[str, ...]:
    """The masculine given names whose feminine form ``word`` may be: Daniela (Daniel),
    Antonia (Antonio), Eugenia (Eugene), Yevgeniya (Yevgeny), Alexandra (Alexandre,
    Alexander)."""
    if len(word) < 4 or not word.endswith("a"):
        return ()
    stem = word[:-1]
    forms = [stem, stem + "o", stem + "e"]
    glide = _FEMININE_GLIDE.search(word)
    if glide is not None and glide.start() >= MIN_FEMININE_ROOT:
        root = word[: glide.start()]
        forms += [root + "e", root + "y", root + "i", root + "iy", root + "ii", root + "ij"]
    if word.endswith("andra"):
        forms.append(word[:-5] + "ander")
    return tuple(forms)


#: The i or y before a feminine a that a masculine name writes otherwise (Eugenia: Eugene,
#: Yevgeniya: Yevgeny), after a root of at least so many letters (Maria is not Mary's).
_FEMININE_GLIDE = re.compile(r"(?:ii|i|iy|y)a$")
MIN_FEMININE_ROOT = 4


@lru_cache(maxsize=50_000)
def feminine_ids(readings: tuple[str, ...]) -> frozenset[str]:
    """The name groups of the tables whose masculine given name a token with these Latin
    readings is the feminine form of (Daniela: ``=daniel``); none for a token the tables
    list by one of its readings (Danila is Daniel's, Lena Helen's)."""
    by_word = _groups().by_word
    if any(reading in by_word for reading in readings):
        return frozenset()
    return frozenset(
        group
        for reading in readings
        for form in _masculine_forms(reading)
        for group in by_word.get(form, ())
    )


@lru_cache(maxsize=50_000)
def patronymic_alias_ids(readings: tuple[str, ...]) -> frozenset[str]:
    """Name groups of the father's name in a Slavic patronymic, marked ``/p``: Russian
    ``vladimirovich`` and Belarusian ``uladzimiravich`` both give ``=vladimir/p``."""
    found: set[str] = set()
    for reading in readings:
        stem = _PATRONYMIC_SUFFIX.sub("", reading)
        if stem != reading:
            found |= {g + "/p" for g in alias_ids((phonetic_key(stem),), (stem,))}
    return frozenset(found)


@lru_cache(maxsize=100_000)
def rigour_name_ids(word: str) -> frozenset[str]:
    """Wikidata ids rigour's tagger gives a single given name (``"Q…"`` strings)."""
    ids = set()
    names = analyze_names(NameTypeTag.PER, [word], consolidate=False, phonetics=False)
    for name in names:
        for span in name.spans:
            if len(span.parts) == 1 and span.symbol.category == SymbolCategory.NAME:
                ids.add(span.symbol.id)
    return frozenset(ids)


@lru_cache(maxsize=100_000)
def _with_rigour(token: Token) -> Token:
    if token.kind not in _NAME_KINDS or not token.latin:
        return token
    ids = rigour_name_ids(token.latin)
    if not token.original.isascii():
        ids |= rigour_name_ids(token.original)
    return dataclasses.replace(token, aliases=token.aliases | ids) if ids else token


def with_rigour_aliases(name: Name) -> Name:
    """The name with rigour's given-name ids added to its name parts' aliases."""
    return dataclasses.replace(name, tokens=tuple(_with_rigour(t) for t in name.tokens))
