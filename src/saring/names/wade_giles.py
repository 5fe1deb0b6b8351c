"""Chinese names written in Wade-Giles (``Mao Tse-tung``, ``Hsi Chin-ping``, ``Tsai Ing-wen``),
read in pinyin too, so that they meet ``Mao Zedong``, ``Xi Jinping`` and names in Han script.

Wade-Giles was the usual romanisation before pinyin and is still how Taiwan's people and
firms are often listed. Its spellings are derived here from each pinyin syllable by the
system's rules, apostrophes and umlauts dropped as lists drop them; a Wade-Giles syllable
then reads as every pinyin syllable that gives it (``ping``: bing or ping, since ``p'ing``
lost its apostrophe; Taiwan's ``Ing`` and ``In`` are read as ying and yin, its ``Lee`` as li).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from saring.names.tables import table_rows

#: Pinyin initials and their Wade-Giles spellings (aspiration marks dropped).
_INITIALS = {
    "zh": ("ch",), "ch": ("ch",), "sh": ("sh",), "b": ("p",), "p": ("p",), "d": ("t",),
    "t": ("t",), "g": ("k",), "k": ("k",), "j": ("ch",), "q": ("ch",), "x": ("hs",),
    "r": ("j",), "z": ("ts", "tz"), "c": ("ts", "tz"),
}  # fmt: skip
#: Pinyin finals spelt otherwise in Wade-Giles, wherever they follow an initial.
_FINALS = {
    "ie": ("ieh",), "ian": ("ien",), "ong": ("ung",), "iong": ("iung",), "ue": ("ueh",),
    "ui": ("ui", "uei"),
}  # fmt: skip
#: Whole syllables with their own Wade-Giles spelling.
_SYLLABLES = {
    "zhi": ("chih",), "chi": ("chih",), "shi": ("shih",), "ri": ("jih",), "zi": ("tzu",),
    "ci": ("tzu",), "si": ("ssu", "szu"), "er": ("erh",), "you": ("yu",), "yue": ("yueh",),
    "yong": ("yung",), "yan": ("yen",), "ye": ("yeh",), "yi": ("i",), "e": ("o", "e"),
    "ge": ("ko",), "ke": ("ko",), "he": ("ho",), "ying": ("ying", "ing"), "yin": ("yin", "in"),
    "li": ("li", "lee"),
}  # fmt: skip
#: Pinyin initials Wade-Giles marks with an apostrophe, which lists mostly drop.
_ASPIRATED = frozenset({"p", "t", "k", "q", "c", "ch"})
#: Initials before which pinyin ``uo`` is written ``o`` (``duo``: to, ``zuo``: tso).
_PLAIN_O = frozenset({"b", "p", "m", "f", "d", "t", "n", "l", "z", "c", "s", "zh", "ch", "r"})

#: Common Chinese family names, in pinyin: a name in Cyrillic or Hangul opening with one
#: may be read as Chinese though no spelling tells (Ван И: Wang Yi).
COMMON_FAMILY_NAMES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo "
    "zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang "
    "yu du ye cheng wei su lu ding ren shen yao lu cui zhong tan fan jin shi liao jia xia "
    "fu fang bai zou meng xiong qin qiu hou long duan lei hao kong shao mao qian gu".split()
)


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable, ASCII."""
    return frozenset(word for row in table_rows("pinyin_syllables.txt") for word in row[0].split())


def split_syllable(syllable: str) -> tuple[str, str]:
    """A pinyin syllable's initial consonant(s) and final (``zhuang`` → zh, uang)."""
    if syllable[:2] in ("zh", "ch", "sh"):
        return syllable[:2], syllable[2:]
    if syllable[0] not in "aeiouyw":
        return syllable[0], syllable[1:]
    return "", syllable


def spellings(syllable: str) -> tuple[str, ...]:
    """The Wade-Giles spellings of one pinyin syllable (``xi`` → ``hsi``)."""
    if syllable in _SYLLABLES:
        return _SYLLABLES[syllable]
    initial, final = split_syllable(syllable)
    heads = _INITIALS.get(initial, (initial,))
    tails = _FINALS.get(final, (final,)) if initial else (final,)
    if final == "uo" and initial in _PLAIN_O:
        tails = ("o", "uo")
    return tuple(head + tail for head in heads for tail in tails)


@cache
def _readings() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    # Unaspirated readings first: a spelling without apostrophe is theirs (``ping``: bing).
    for syllable in sorted(
        pinyin_syllables(), key=lambda s: (split_syllable(s)[0] in _ASPIRATED, s)
    ):
        for spelling in spellings(syllable):
            found.setdefault(spelling, []).append(syllable)
    return {spelling: tuple(pinyin) for spelling, pinyin in found.items()}


def pinyin_readings(syllable: str) -> tuple[str, ...]:
    """The pinyin syllables a Wade-Giles syllable may stand for (``chin`` → jin, qin);
    empty when it is no Wade-Giles syllable."""
    return _readings().get(syllable, ())


def wade_giles_name(syllables: Sequence[str]) -> bool:
    """Whether the parts of a name read as a Chinese name in Wade-Giles: two to four parts,
    each a Wade-Giles syllable, one at least no pinyin syllable (``tse``, ``hsi``, ``chin``)."""
    if not 2 <= len(syllables) <= 4 or not all(map(pinyin_readings, syllables)):
        return False
    return any(s not in pinyin_syllables() for s in syllables)
