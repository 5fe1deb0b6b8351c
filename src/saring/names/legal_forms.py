"""Legal forms (LLC, ООО, GmbH, PJSC, 有限公司…) and generic organisation words (bank,
group, holding…), found in an organisation name and spelled one way.

rigour's org-type table is used first (on the Latin reading of the name, so ``ООО`` and
``ПАО`` are found as ``ooo`` and ``pao``); a table of forms it lacks completes it, matched
by phonetic key so transliteration variants count. A legal form has to sit at the start or
end of the name, or next to another legal form; organisation words may be anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from rigour.names import extract_org_types

from saring.names.arabic import fold_arabic
from saring.names.phonetic import phonetic_key
from saring.names.regnal import roman_value
from saring.names.tables import table_rows
from saring.names.transliterate import ascii_fold

LEGAL_FORM = "legal_form"
#: Shortest legal form kept as an organisation word when not at the name's start or end.
MIN_INNER_FORM_LENGTH = 5
ORG_TERM = "org_term"


class OrgPart(NamedTuple):
    """A run of parts ``start:end`` that is a legal form or organisation word."""

    start: int
    end: int
    canonical: str
    kind: str


def _form_key(form: str) -> tuple[str, ...]:
    words = form.split()
    if form.isascii():
        return tuple(phonetic_key(w) for w in words)
    return tuple(fold_arabic(w) for w in words)


class _Table(NamedTuple):
    forms: dict[tuple[str, ...], str]
    firsts: frozenset[str]
    longest: int


@cache
def _table(filename: str) -> _Table:
    forms = {_form_key(row[0]): row[1] for row in table_rows(filename)}
    return _Table(forms, frozenset(k[0] for k in forms), max(len(k) for k in forms))


def _find(keys: Sequence[str], table: _Table, kind: str) -> list[OrgPart]:
    if table.firsts.isdisjoint(keys):
        return []
    longest = table.longest
    found = []
    start = 0
    while start < len(keys):
        for size in range(min(longest, len(keys) - start), 0, -1):
            canonical = table.forms.get(tuple(keys[start : start + size]))
            if canonical:
                found.append(OrgPart(start, start + size, canonical, kind))
                start += size
                break
        else:
            start += 1
    return found


def _rigour_forms(latins: Sequence[str]) -> list[OrgPart]:
    found = []
    taken: set[int] = set()
    for matched, canonical in extract_org_types(" ".join(latins), generic=True):
        words = [w for w in (ascii_fold(p) for p in matched.split()) if w]
        size = len(words)
        for start in range(len(latins) - size + 1):
            span = range(start, start + size)
            if list(latins[start : start + size]) == words and not taken & set(span):
                found.append(OrgPart(start, start + size, canonical, LEGAL_FORM))
                taken.update(span)
                break
    return found


def find_org_parts(latins: Sequence[str], originals: Sequence[str]) -> list[OrgPart]:
    """The legal forms and organisation words of a name, given its parts' Latin readings
    (empty for a part to be matched as written only) and written forms, in order and without
    overlaps."""
    count = len(latins)
    keys = [phonetic_key(latin) for latin in latins]
    native_keys = [_native_key(o) for o in originals]
    candidates = _rigour_forms(latins)
    if not candidates and _first_keys().isdisjoint(keys + native_keys):
        return []
    candidates += _find(keys, _table("legal_forms.csv"), LEGAL_FORM)
    candidates += _find(native_keys, _table("legal_forms.csv"), LEGAL_FORM)
    candidates = [p for p in candidates if p.end - p.start > 1 or not _is_roman(latins[p.start])]
    # The longest form first: ``Sp. z o.o.`` as one form, not ``o.o.`` alone.
    candidates.sort(key=lambda part: part.start - part.end)
    accepted: list[OrgPart] = []
    edges = {0, count}
    changed = True
    while changed:
        changed = False
        for part in candidates:
            if part in accepted or (part.start not in edges and part.end not in edges):
                continue
            if _overlaps(part, accepted):
                continue
            accepted.append(part)
            edges.update((part.start, part.end))
            changed = True
    # A long legal-form word inside the name (Bank Otkritie Financial Corporation) is
    # kept as an organisation word.
    terms = [
        OrgPart(p.start, p.end, p.canonical, ORG_TERM)
        for p in candidates
        if sum(len(w) for w in latins[p.start : p.end]) >= MIN_INNER_FORM_LENGTH
    ]
    terms += _find(keys, _table("org_terms.csv"), ORG_TERM)
    terms += _find(native_keys, _table("org_terms.csv"), ORG_TERM)
    for part in terms:
        if not _overlaps(part, accepted):
            accepted.append(part)
    return sorted(accepted)


@cache
def _first_keys() -> frozenset[str]:
    return _table("legal_forms.csv").firsts | _table("org_terms.csv").firsts


@lru_cache(maxsize=50_000)
def _native_key(original: str) -> str:
    return "" if original.isascii() else fold_arabic(original)


def _is_roman(word: str) -> bool:
    """Whether a (lower-case) word is a Roman numeral from 2 to 39 (``ii``, ``xiv``): a number
    in a name (Bowne Global Solutions II), never a legal form, though rigour reads ``ii`` as
    one and ``ii`` shares its phonetic key with ``ou``."""
    return len(word) > 1 and roman_value(word.upper()) is not None


def _overlaps(part: OrgPart, others: Sequence[OrgPart]) -> bool:
    return any(part.start < o.end and o.start < part.end for o in others)
