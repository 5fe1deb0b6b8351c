"""Korean names written in Cyrillic (``Ким Чен Ын``, ``Чхве Рён Хэ``, ``Мун Чжэ Ин``), read
in the Latin spellings of the Hangul syllables they stand for, so that they meet ``Kim Jong
Un`` and names in Hangul.

Russian writes a Korean name syllable by syllable, by the Kontsevich system or the older
practice of the press: ㅈ as чж, ч or дж, ㅊ as чх, ㅓ as о or, after ч, е, ㅡ as ы, and a final
ㅇ as н. Each Cyrillic syllable is parsed into initial, vowel and final; each part's possible
jamo give the Hangul syllables it may stand for, and their readings
(`saring.names.hangul.syllable_readings`) are the word's readings. Like a Hangul syllable's,
they are all the spellings the word may have: such words are compared by them only, never
by a typo's distance (`saring.names.scripts.CYRILLIC_SYLLABLES`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import product

from saring.names.hangul import (
    compose,
    family_readings,
    initial_sound_rule,
    surname_syllables,
    syllable_readings,
)

#: Cyrillic initials and the Hangul initials (jamo indices) they write; к, т, п and ч may
#: also be the aspirated ones written without their х (Тэ Ён Хо for Тхэ: Thae Yong Ho).
_INITIALS = {
    "": (11,), "к": (0, 15), "г": (0,), "кк": (1,), "н": (2,), "т": (3, 16), "д": (3,),
    "тт": (4,), "р": (5,), "л": (5,), "м": (6,), "п": (7, 17), "б": (7,), "пп": (8,),
    "с": (9,), "ш": (9,), "сс": (10,), "ч": (12, 14), "чж": (12,), "дж": (12,), "чч": (13,),
    "чх": (14,), "кх": (15,), "тх": (16,), "пх": (17,), "х": (18,),
}  # fmt: skip
#: Cyrillic vowels and the Hangul vowels they write (ㅓ as о, or е after ч; ㅢ as и after a
#: consonant, as it is heard: 희 Хи).
_VOWELS = {
    "а": (0,), "э": (1, 5), "я": (2,), "йя": (3,), "о": (4, 8), "е": (5, 4, 6, 7),
    "ё": (6, 12), "йе": (7,), "ва": (9,), "вэ": (10,), "ве": (11, 15), "оэ": (11,),
    "у": (13,), "во": (14,), "ви": (16,), "ю": (17,), "ы": (18,), "ый": (19,), "и": (20, 19),
}  # fmt: skip
#: Cyrillic finals and the Hangul finals they write (ㅇ as н, ㄹ also as р: Ким Ир Сен).
_FINALS = {"": (0,), "к": (1,), "н": (4, 21), "нг": (21,), "ль": (8,), "л": (8,),
           "р": (8,), "м": (16,), "п": (17,)}  # fmt: skip
#: Fewest and most syllables of a Korean name.
MIN_SYLLABLES, MAX_SYLLABLES = 2, 4


def _either(options: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, options), key=len, reverse=True))


_SYLLABLE = re.compile(f"({_either(_INITIALS)})({_either(_VOWELS)})({_either(_FINALS)})")


@lru_cache(maxsize=20_000)
def hangul_syllables(word: str) -> tuple[str, ...]:
    """The Hangul syllables one Cyrillic syllable may write (``Чен`` → 젠, 전, 정, …);
    empty when it is no Korean syllable."""
    found = _SYLLABLE.fullmatch(word.lower())
    if found is None:
        return ()
    initial, vowel, final = found.groups()
    return tuple(
        compose(i, v, f) for i, v, f in product(_INITIALS[initial], _VOWELS[vowel], _FINALS[final])
    )


def _family(word: str) -> tuple[str, ...]:
    """The Korean family names a Cyrillic word may write (Ли: 리 and 이)."""
    known = surname_syllables()
    found = []
    for syllable in hangul_syllables(word):
        for form in (syllable, initial_sound_rule(syllable)):
            if form in known:
                found.append(form)
    return tuple(dict.fromkeys(found))


#: English given names of one syllable as Russian writes them, which read as Korean
#: syllables too: a name of two words opening with one is no Korean name (Джон Янг: John
#: Young; Джон Мур: John Moore).
_ENGLISH_GIVEN = frozenset(
    {"джон", "дон", "джим", "джек", "пол", "тед", "рон", "сэм", "бен", "джо", "тим", "том",
     "кен", "ник", "дэн", "джефф", "билл", "боб", "джейн", "энн", "мэри", "роб", "фил"}
)  # fmt: skip


def korean_name(words: list[str]) -> bool:
    """Whether Cyrillic words read as a Korean name: two to four words, each one Korean
    syllable, the first or the last a Korean family name; not two words opening with an
    English given name."""
    if not MIN_SYLLABLES <= len(words) <= MAX_SYLLABLES:
        return False
    if len(words) == 2 and words[0].casefold() in _ENGLISH_GIVEN:
        return False
    if not all(map(hangul_syllables, words)):
        return False
    return bool(_family(words[0]) or _family(words[-1]))


def korean_readings(word: str, family: bool = False) -> tuple[str, ...]:
    """The Latin readings of one Cyrillic syllable of a Korean name (``Ын`` → un, eun);
    ``family``: also the usual spellings of the family names it may write (Ли: Lee, Yi)."""
    readings: list[str] = []
    if family:
        for syllable in _family(word):
            readings.extend(family_readings(syllable))
    for syllable in hangul_syllables(word):
        readings.extend(syllable_readings(syllable))
    return tuple(dict.fromkeys(readings))
