"""Khmer names read in Latin letters, close to the UNGEGN romanisation Cambodian names are
listed in (``ហ៊ុន ម៉ាណែត`` → ``hun manaet``, listed as Hun Manet).

Khmer writes syllables around consonants: each belongs to a series that colours its vowels
(first series ``a``, second ``o``), two marks move a consonant to the other series, a
subscript (after ``្``) joins a cluster, and a consonant with no vowel sign after an open
syllable closes it. ICU has no Khmer-Latin transliterator, so this is ours; the readings
are good enough to meet Latin spellings through the phonetic keys, which hold vowels loosely.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

_FIRST, _SECOND = 1, 2
#: Consonants: reading and series.
_CONSONANTS = {
    "ក": ("k", 1), "ខ": ("kh", 1), "គ": ("k", 2), "ឃ": ("kh", 2), "ង": ("ng", 2),
    "ច": ("ch", 1), "ឆ": ("chh", 1), "ជ": ("ch", 2), "ឈ": ("chh", 2), "ញ": ("nh", 2),
    "ដ": ("d", 1), "ឋ": ("th", 1), "ឌ": ("d", 2), "ឍ": ("th", 2), "ណ": ("n", 1),
    "ត": ("t", 1), "ថ": ("th", 1), "ទ": ("t", 2), "ធ": ("th", 2), "ន": ("n", 2),
    "ប": ("b", 1), "ផ": ("ph", 1), "ព": ("p", 2), "ភ": ("ph", 2), "ម": ("m", 2),
    "យ": ("y", 2), "រ": ("r", 2), "ល": ("l", 2), "វ": ("v", 2), "ឝ": ("s", 1),
    "ឞ": ("s", 1), "ស": ("s", 1), "ហ": ("h", 1), "ឡ": ("l", 1), "អ": ("", 1),
}  # fmt: skip
#: Independent vowels, written as letters of their own.
_VOWEL_LETTERS = {
    "ឣ": "a", "ឤ": "a", "ឥ": "e", "ឦ": "ei", "ឧ": "o", "ឨ": "o", "ឩ": "ou", "ឪ": "au",
    "ឫ": "rue", "ឬ": "rue", "ឭ": "lue", "ឮ": "lue", "ឯ": "ae", "ឰ": "ai", "ឱ": "ao",
    "ឲ": "ao", "ឳ": "au",
}  # fmt: skip
#: Vowel signs: reading after a first-series and after a second-series consonant.
_VOWEL_SIGNS = {
    "ា": ("a", "ea"), "ិ": ("e", "i"), "ី": ("ei", "i"), "ឹ": ("oe", "oe"), "ឺ": ("eu", "eu"),
    "ុ": ("o", "u"), "ូ": ("ou", "u"), "ួ": ("uo", "uo"), "ើ": ("aeu", "eu"),
    "ឿ": ("oea", "oea"), "ៀ": ("ie", "ie"), "េ": ("e", "e"), "ែ": ("ae", "ae"),
    "ៃ": ("ai", "ey"), "ោ": ("ao", "o"), "ៅ": ("au", "ov"), "ំ": ("am", "um"),
    "ះ": ("ah", "eah"), "ៈ": ("a", "e"), "័": ("a", "oa"),
}  # fmt: skip
#: Signs that end a syllable with a consonant (nikahit m, reahmuk h).
_CLOSING = frozenset("ំះ")
_COENG = "\u17d2"
_TO_FIRST = "\u17c9"  # muusikatoan
_TO_SECOND = "\u17ca"  # triisap
_INHERENT = {_FIRST: "a", _SECOND: "o"}


class _Unit(NamedTuple):
    """A consonant with its subscripts, its series and the vowel signs it carries."""

    onset: str
    series: int
    vowels: str
    cluster: bool = False
    closed: bool = False


def _units(token: str) -> list[_Unit | str]:
    """The token as consonant units, with independent vowels as plain strings."""
    units: list[_Unit | str] = []
    unit: _Unit | None = None
    i = 0
    while i < len(token):
        char = token[i]
        if char in _CONSONANTS:
            if unit:
                units.append(unit)
            onset, series = _CONSONANTS[char]
            if onset == "b" and token[i + 1 : i + 2] == _TO_FIRST:
                onset = "p"  # ប with muusikatoan is a p
            unit = _Unit(onset, series, "")
        elif unit is None:
            if char in _VOWEL_LETTERS:
                units.append(_VOWEL_LETTERS[char])
        elif char == _COENG and token[i + 1 : i + 2] in _CONSONANTS:
            i += 1
            unit = unit._replace(onset=unit.onset + _CONSONANTS[token[i]][0], cluster=True)
        elif char == _TO_FIRST:
            unit = unit._replace(series=_FIRST)
        elif char == _TO_SECOND:
            unit = unit._replace(series=_SECOND)
        elif char in _VOWEL_SIGNS:
            vowels = unit.vowels + _VOWEL_SIGNS[char][unit.series - 1]
            unit = unit._replace(vowels=vowels, closed=char in _CLOSING)
        elif char in _VOWEL_LETTERS:
            units += [unit, _VOWEL_LETTERS[char]]
            unit = None
        i += 1
    if unit:
        units.append(unit)
    return units


@lru_cache(maxsize=50_000)
def khmer_reading(token: str) -> str:
    """The Latin reading of a Khmer token ('' if it has no Khmer letters)."""
    units = _units(token)
    out: list[str] = []
    open_syllable = False
    for number, unit in enumerate(units):
        if isinstance(unit, str):
            out.append(unit)
            open_syllable = True
            continue
        if unit.vowels:
            out.append(unit.onset + unit.vowels)
            open_syllable = not unit.closed
        elif open_syllable and not unit.cluster:  # a bare consonant closes a syllable
            out.append(unit.onset)
            open_syllable = False
        else:
            last = number == len(units) - 1
            out.append(unit.onset if last and out else unit.onset + _INHERENT[unit.series])
            open_syllable = True
    return "".join(out)
