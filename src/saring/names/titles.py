"""Titles, honorifics and ranks before a name (Dr, Sheikh, Hojjatoleslam, Colonel…)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from rigour.names import tokenize_name
from rigour.names.prefix import person_name_prefixes_list

from saring.names.arabic import fold_arabic
from saring.names.tables import table_words
from saring.names.transliterate import ascii_fold


def _key(text: str) -> tuple[str, ...]:
    words = tokenize_name(text)
    if not text.isascii() and any("\u0600" <= c <= "\u06ff" for c in text):
        return tuple(fold_arabic(w) for w in words)
    return tuple(ascii_fold(w) for w in words if ascii_fold(w))


@cache
def _titles() -> frozenset[tuple[str, ...]]:
    forms = [*table_words("titles.txt"), *person_name_prefixes_list()]
    return frozenset(k for k in (_key(f) for f in forms) if k and k != ("the",))


@cache
def _first_words() -> frozenset[str]:
    return frozenset(t[0] for t in _titles())


def is_title_word(form: str) -> bool:
    """Whether a part's comparison form is a whole title on its own (``ayatollah``)."""
    return (form,) in _titles()


def may_start_title(form: str) -> bool:
    """Whether a part's comparison form is the first word of some title (a quick check)."""
    return form in _first_words()


@cache
def _longest() -> int:
    return max(len(t) for t in _titles())


def leading_titles(forms: Sequence[str]) -> int:
    """How many of a name's first parts are titles, never all of them.

    ``forms`` are the parts' comparison forms: Latin readings, or folded Arabic-script
    words. ``["hojjat", "al", "islam", "hasan", "rouhani"]`` → 3.
    """
    titles = _titles()
    position = 0
    while position < len(forms):
        for size in range(min(_longest(), len(forms) - position), 0, -1):
            if tuple(forms[position : position + size]) in titles:
                position += size
                break
        else:
            break
    return position if position < len(forms) else 0


@lru_cache(maxsize=100_000)
def title_form(latin: str, original: str) -> str:
    """The form a part is looked up by in the title table."""
    if original and not original.isascii() and any("\u0600" <= c <= "\u06ff" for c in original):
        return fold_arabic(original)
    return latin
