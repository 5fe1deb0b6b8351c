"""Korean names written in Han characters (Hanja): ``金正恩`` is Kim Jong Un.

Each character has one Sino-Korean syllable (a table of 20,915 characters), read in Latin
as a Hangul name's syllables are (`saring.names.hangul`). The table gives a syllable's
dictionary form, which North Korean spelling keeps (李 리 Ri, 龍 룡 Ryong); South Korean
spelling drops an initial ㄹ or ㄴ (이 Lee, 용 Yong), so both are read. ``金`` as a family
name is 김 (Kim), elsewhere 금 (Geum).
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

from saring.names.hangul import family_readings, initial_sound_rule, syllable_readings
from saring.names.tables import table_rows

_FAMILY = {"金": "김"}


@cache
def characters_by_syllable() -> dict[str, str]:
    """Each Sino-Korean syllable, as the dictionary writes it, and the characters read so."""
    return {row[0]: row[1] for row in table_rows("hanja_readings.csv")}


@cache
def _syllables() -> dict[str, str]:
    return {
        char: syllable for syllable, chars in characters_by_syllable().items() for char in chars
    }


#: Fewest characters read as a syllable for it to be a Korean name's: names are written in
#: common characters, and syllables only rare ones are read as (먀: 乜; 퉁: 佟) are Chinese
#: names' spellings (먀오화: Miao Hua).
MIN_CHARACTERS = 3


@cache
def sino_korean_syllables() -> frozenset[str]:
    """The Korean readings of Chinese characters that Korean names are written in, as the
    dictionary writes them and at a word's start (리, 이)."""
    counts = Counter(_syllables().values())
    readings = {reading for reading, count in counts.items() if count >= MIN_CHARACTERS}
    return frozenset(readings | {initial_sound_rule(r) for r in readings})


@cache
def _name_syllable_readings() -> frozenset[str]:
    return frozenset(r for syllable in sino_korean_syllables() for r in syllable_readings(syllable))


def reads_as_name_syllable(word: str) -> bool:
    """Whether a Latin word is a reading of a syllable Korean names are written in
    (`sino_korean_syllables`): hyun, seok; not hyek, which only 혝 reads as."""
    return word in _name_syllable_readings()


def korean_hangul(chars: str, family: bool = False) -> tuple[str, ...]:
    """The Hangul spellings of Han characters read as Korean (``李`` → ``("리", "이")``;
    empty if a character has no reading)."""
    table = _syllables()
    hangul = "".join((_FAMILY.get(c) if family else None) or table.get(c, "") for c in chars)
    if len(hangul) != len(chars):
        return ()
    return tuple(dict.fromkeys([hangul, initial_sound_rule(hangul[0]) + hangul[1:]]))


@lru_cache(maxsize=50_000)
def korean_readings(chars: str, family: bool = False) -> tuple[str, ...]:
    """Latin readings of Han characters read as a Korean family name or syllable."""
    readings: list[str] = []
    for hangul in korean_hangul(chars, family):
        if family:
            readings.extend(family_readings(hangul))
        elif len(hangul) == 1:
            readings.extend(syllable_readings(hangul))
    return tuple(dict.fromkeys(readings))
