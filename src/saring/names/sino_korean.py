"""Chinese names in their Sino-Korean readings: the Korean press writes Chinese figures of
the past, and Chinese Koreans write their own names, by the Korean reading of each
character (등소평 for 鄧小平, Deng Xiaoping; 모택동, Mao Zedong; 김인순, Jin Renshun).

A Hangul syllable stands for every character read so, and each character has its own
Mandarin reading: a syllable is read as the pinyin of the characters it stands for, the
commonest first (등: deng; 소: xiao, shao, su…), a family name as the common Chinese family
names among them first (조: Zhao, Cao; 습: Shi, then Xi). The readings are counted in
``sino_korean_pinyin.csv``, made from the table of Sino-Korean syllables
(`saring.names.hanja`) by ICU's Han-Latin transliteration
(``scripts/build_sino_korean_pinyin.py``).
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

from saring.names import scripts
from saring.names.choices import likeliest_choices
from saring.names.hangul import dictionary_forms, is_hangul_syllable
from saring.names.model import Kind, Name, Token
from saring.names.parts import latin_forms
from saring.names.tables import table_rows
from saring.names.wade_giles import COMMON_FAMILY_NAMES, pinyin_syllables

#: Characters family names are read otherwise (朴, 金: Piao, Jin), by their Hangul.
_FAMILY_READINGS = {"김": ("jin",), "박": ("piao",)}
#: Two-syllable Chinese family names as Korean reads them.
_COMPOUND_FAMILIES = {
    "사마": "sima", "제갈": "zhuge", "구양": "ouyang", "남궁": "nangong", "황보": "huangfu",
    "선우": "xianyu", "독고": "dugu", "사공": "sikong", "동방": "dongfang",
    "상관": "shangguan", "하후": "xiahou",
}  # fmt: skip
#: Syllables of a name read this way: a family name and a given name of one or two.
MIN_SYLLABLES, MAX_SYLLABLES = 2, 4
#: Most readings of a syllable of a given name, and of a given name of two, the likeliest
#: mixes first.
MAX_SYLLABLE_READINGS = 8
MAX_GIVEN_READINGS = 36
#: Most readings of a family name: the common Chinese family names its characters have,
#: then its commonest readings.
MAX_FAMILY_READINGS = 3


@cache
def _pinyin_table() -> dict[str, Counter[str]]:
    """Each Hangul syllable (dictionary form) and the pinyin of its characters, counted."""
    table: dict[str, Counter[str]] = {}
    for syllable, cells in table_rows("sino_korean_pinyin.csv"):
        counts: Counter[str] = Counter()
        for cell in cells.split():
            reading, count = cell.split(":")
            counts[reading] = int(count)
        table[syllable] = counts
    return table


@lru_cache(maxsize=5_000)
def chinese_readings(syllable: str, family: bool = False) -> tuple[str, ...]:
    """The pinyin readings of a Hangul syllable read as the Chinese characters it stands
    for (``등`` → ``("deng",)``); a ``family`` name's own first (``박`` → ``piao``)."""
    table = _pinyin_table()
    counts: Counter[str] = Counter()
    for form in dictionary_forms(syllable):
        counts.update(table.get(form, Counter()))
    readings = [r for r, _ in counts.most_common()]
    if family:
        common = [r for r in readings if r in COMMON_FAMILY_NAMES]
        own = _FAMILY_READINGS.get(syllable, ())
        return tuple(dict.fromkeys([*own, *common, *readings]))[:MAX_FAMILY_READINGS]
    return tuple(dict.fromkeys(readings))[:MAX_SYLLABLE_READINGS]


def _joined(syllables: str, family: bool) -> tuple[str, ...]:
    if family and len(syllables) == 2:
        compound = _COMPOUND_FAMILIES.get(syllables)
        return (compound,) if compound else ()
    options = [chinese_readings(s, family) for s in syllables]
    if not all(options):
        return ()
    combos = likeliest_choices(options, MAX_GIVEN_READINGS)
    joined = ("".join(combo) for combo in combos)
    # two syllables read as one are no reading (자오 is not zhao)
    single = len(syllables) > 1
    return tuple(dict.fromkeys(j for j in joined if not (single and j in pinyin_syllables())))


@lru_cache(maxsize=20_000)
def sino_korean_name(text: str, schema: str) -> Name | None:
    """A person's name written in Hangul read as a Chinese name in pinyin (``등소평`` →
    deng, xiaoping), its family name first; None for other text."""
    words = text.split()
    letters = "".join(words)
    if not (MIN_SYLLABLES <= len(letters) <= MAX_SYLLABLES):
        return None
    if not all(is_hangul_syllable(c) for c in letters):
        return None
    size = 2 if letters[:2] in _COMPOUND_FAMILIES and len(letters) > 2 else 1
    if len(words) > 1 and len(words[0]) != size:
        return None  # written apart, the first word is the family name (not 숙자 오)
    family, given = letters[:size], letters[size:]
    tokens = []
    for piece, (part, kind) in enumerate(((family, Kind.FAMILY), (given, Kind.GIVEN))):
        readings = _joined(part, kind == Kind.FAMILY)
        if not readings:
            return None
        forms = latin_forms(readings)
        tokens.append(
            Token(
                original=part,
                latin=readings[0],
                kind=kind,
                script=scripts.HANGUL_CHINESE,
                phonetics=forms.phonetics,
                skeletons=forms.skeletons,
                variants=readings[1:],
                piece=piece,
            )
        )
    return Name(text, schema, tuple(tokens))
