"""Burmese names written in Cyrillic (``Мин Аунг Хлайн``, ``Мья Тун У``), read in the Latin
spellings the lists and the press use (Min Aung Hlaing, Mya Tun Oo).

Russian writes a Burmese name syllable by syllable, by sound: hl as хл, ky as чж, ht as тх,
a final -ng often as н. Its plain transliteration (``khlayn``) is too far from the Latin
spelling for a typo's distance; a table (``burmese_cyrillic.csv``) gives each syllable's
Latin spellings. A name is read so when every word is such a syllable and one of them is
spelt as only Burmese names are (Аунг, Хлайн, Чжо, Мьинт: not Мин or Со alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from saring.names.tables import table_rows


@cache
def _syllables() -> dict[str, tuple[tuple[str, ...], bool]]:
    return {
        row[0]: (tuple(row[1].split()), row[2] == "1") for row in table_rows("burmese_cyrillic.csv")
    }


def _syllable(word: str) -> tuple[tuple[str, ...], bool] | None:
    """A word's Latin spellings and whether it tells a Burmese name, if it is a syllable."""
    return _syllables().get(word.lower().replace("ё", "е"))


def burmese_name(words: Sequence[str]) -> bool:
    """Whether the Cyrillic words of a name are the syllables of a Burmese name."""
    found = [_syllable(word) for word in words]
    return len(words) >= 2 and all(found) and any(f[1] for f in found if f)


def burmese_readings(word: str) -> tuple[str, ...]:
    """The Latin spellings of a Burmese syllable written in Cyrillic (``Хлайн``: hlaing)."""
    found = _syllable(word)
    return found[0] if found else ()
