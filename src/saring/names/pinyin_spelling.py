"""Words written in another script's spelling of pinyin syllables, read back in pinyin.

Russian and Korean each spell every Mandarin syllable one fixed way (`cyrillic_chinese`,
`hangul_chinese`); given such a table, a word is cut into the spellings it is made of and read
as every sequence of pinyin syllables they spell.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from itertools import product

from saring.names.wade_giles import pinyin_syllables


def table(spellings: Callable[[str], tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each spelling → the pinyin syllables it spells, given a system's ``spellings`` of one
    syllable."""
    found: dict[str, list[str]] = {}
    for syllable in sorted(pinyin_syllables()):
        for spelling in spellings(syllable):
            found.setdefault(spelling, []).append(syllable)
    return {spelling: tuple(pinyin) for spelling, pinyin in found.items()}


def segments(
    word: str, known: Mapping[str, tuple[str, ...]], longest: int, most: int
) -> tuple[tuple[str, ...], ...]:
    """Every way to write ``word`` as spellings in ``known`` (each at most ``longest``
    characters, at most ``most`` of them), fewest first."""
    ways: list[list[tuple[str, ...]]] = [[] for _ in range(len(word) + 1)]
    ways[0] = [()]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            piece = word[start:end]
            if piece in known:
                ways[end] += [w + (piece,) for w in ways[start] if len(w) < most]
    return tuple(sorted(ways[len(word)], key=len))


def readings(
    ways: tuple[tuple[str, ...], ...], known: Mapping[str, tuple[str, ...]], limit: int
) -> tuple[str, ...]:
    """The pinyin readings of the fewest-syllable ways of writing a word, at most
    ``limit``."""
    found: list[str] = []
    for way in ways:
        if len(way) > len(ways[0]):
            break
        for choice in product(*(known[s] for s in way)):
            found.append("".join(choice))
    return tuple(dict.fromkeys(found))[:limit]


#: The longest pinyin syllable (zhuang) and the most syllables of a word spelt in pinyin.
_LONGEST_SYLLABLE = 6
_MOST_SYLLABLES = 4


@cache
def _pinyin_table() -> dict[str, tuple[str, ...]]:
    """Pinyin written as pinyin: each syllable → itself."""
    return table(lambda syllable: (syllable,))


@lru_cache(maxsize=50_000)
def spelt_in_pinyin(word: str) -> bool:
    """Whether a Latin word is one to four pinyin syllables written together (``weifang``:
    wei fang)."""
    return bool(segments(word, _pinyin_table(), _LONGEST_SYLLABLE, _MOST_SYLLABLES))
