"""Chinese names written in Hangul (``시진핑``, ``리커창``, ``마오쩌둥``), read in pinyin.

Korean writes a Chinese name by its Mandarin sound, under fixed rules of its loanword spelling:
each pinyin syllable has one Hangul spelling (xi 시, jin 진, ping 핑, qiang 창, xiao 샤오, zhou
저우). Read as the syllables of a Korean name, ``시진핑`` is Si Jin-ping and ``리커창`` Ri
Keo-chang, nowhere near Xi Jinping and Li Keqiang. The Hangul spelling of every pinyin
syllable is derived here from those rules; a word reads as every sequence of pinyin syllables
that spells it, fewest first.

A name is read so when every word is made of such spellings and one syllable is no Korean
reading of a Chinese character (핑, 커, 쩌, 샤): a Korean name is written in the readings of
its Hanja, so it has none. A name not built as a Korean one (`foreign_name`) is also read so
when it opens with a common Chinese family name (저우언라이: Zhou Enlai).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from saring.names import pinyin_spelling
from saring.names.hangul import compose, is_hangul_syllable, jamo
from saring.names.hangul_foreign import foreign_name
from saring.names.hanja import sino_korean_syllables
from saring.names.wade_giles import COMMON_FAMILY_NAMES, split_syllable

# Jamo indices (see `saring.names.hangul.jamo`).
_A, _YA, _EO, _E, _YE, _O, _WA, _YO, _U, _WO, _WE, _WI, _YU, _EU, _I = (
    0, 2, 4, 5, 7, 8, 9, 12, 13, 14, 15, 16, 17, 18, 20
)  # fmt: skip
_N, _NG, _L = 4, 21, 8
_SILENT, _J, _JJ, _CH = 11, 12, 13, 14

_INITIALS = {
    "b": 7, "p": 17, "m": 6, "f": 17, "d": 3, "t": 16, "n": 2, "l": 5, "g": 0, "k": 15,
    "h": 18, "j": 12, "q": 14, "x": 9, "zh": 12, "ch": 14, "sh": 9, "r": 5, "z": 13, "c": 14,
    "s": 10,
}  # fmt: skip
#: Finals as Hangul syllables without their initial: (vowel, final) each, the first joined to
#: the syllable's initial consonant (iao: 야오, after x 샤오).
_FINALS: dict[str, tuple[tuple[int, int], ...]] = {
    "a": ((_A, 0),), "o": ((_O, 0),), "e": ((_EO, 0),), "ai": ((_A, 0), (_I, 0)),
    "ei": ((_E, 0), (_I, 0)), "ao": ((_A, 0), (_O, 0)), "ou": ((_EO, 0), (_U, 0)),
    "an": ((_A, _N),), "en": ((_EO, _N),), "ang": ((_A, _NG),), "eng": ((_EO, _NG),),
    "ong": ((_U, _NG),), "er": ((_EO, _L),), "i": ((_I, 0),), "ia": ((_YA, 0),),
    "ie": ((_YE, 0),), "iao": ((_YA, 0), (_O, 0)), "iu": ((_YU, 0),), "ian": ((_YE, _N),),
    "in": ((_I, _N),), "iang": ((_YA, _NG),), "ing": ((_I, _NG),), "iong": ((_YU, _NG),),
    "u": ((_U, 0),), "ua": ((_WA, 0),), "uo": ((_WO, 0),), "uai": ((_WA, 0), (_I, 0)),
    "ui": ((_U, 0), (_I, 0)), "uan": ((_WA, _N),), "un": ((_U, _N),), "uang": ((_WA, _NG),),
    "ue": ((_WI, 0), (_E, 0)),
}  # fmt: skip
#: After j, q and x pinyin's u is ü (쥐, 쉐, 취안, 쥔); after l and n, lu and nu may be too.
_UMLAUT_FINALS: dict[str, tuple[tuple[int, int], ...]] = {
    "u": ((_WI, 0),), "ue": ((_WE, 0),), "uan": ((_WI, 0), (_A, _N)), "un": ((_WI, _N),),
}  # fmt: skip
#: Syllables without an initial consonant, whose glide pinyin writes as y or w.
_GLIDES: dict[str, tuple[tuple[int, int], ...]] = {
    "yi": ((_I, 0),), "ya": ((_YA, 0),), "yo": ((_YO, 0),), "ye": ((_YE, 0),),
    "yao": ((_YA, 0), (_O, 0)), "you": ((_YU, 0),), "yan": ((_YE, _N),), "yin": ((_I, _N),),
    "yang": ((_YA, _NG),), "ying": ((_I, _NG),), "yong": ((_YU, _NG),), "yu": ((_WI, 0),),
    "yue": ((_WE, 0),), "yuan": ((_WI, 0), (_A, _N)), "yun": ((_WI, _N),), "wu": ((_U, 0),),
    "wa": ((_WA, 0),), "wo": ((_WO, 0),), "wai": ((_WA, 0), (_I, 0)), "wei": ((_WE, 0), (_I, 0)),
    "wan": ((_WA, _N),), "wen": ((_WO, _N),), "wang": ((_WA, _NG),), "weng": ((_WO, _NG),),
}  # fmt: skip
#: After ㅈ, ㅉ and ㅊ a y-vowel is written plain (jia 자, jie 제, jiu 주).
_PLAIN_AFTER_AFFRICATE = {_YA: _A, _YE: _E, _YO: _O, _YU: _U}
#: Initials after which pinyin's i is the buzzed vowel written ㅡ (zhi 즈, si 쓰, ri 르).
_BUZZED = frozenset({"z", "c", "s", "zh", "ch", "sh", "r"})
#: Fewest and most syllables of a Chinese name, and most per word.
MIN_SYLLABLES, MAX_SYLLABLES, MAX_PER_WORD = 2, 4, 3
#: Most readings kept per word.
MAX_READINGS = 6


def _finals(initial: str, final: str) -> list[tuple[tuple[int, int], ...]]:
    if final == "i" and initial in _BUZZED:
        return [((_EU, 0),)]
    if initial in ("j", "q", "x") and final in _UMLAUT_FINALS:
        return [_UMLAUT_FINALS[final]]
    found = [_FINALS[final]] if final in _FINALS else []
    if initial in ("l", "n") and final == "u":
        found.append(((_WI, 0),))
    return found


def spellings(syllable: str) -> tuple[str, ...]:
    """The Hangul spellings of one pinyin syllable (``xiao`` → ``샤오``)."""
    initial, final = split_syllable(syllable)
    if initial:
        found = _INITIALS.get(initial)
        if found is None:
            return ()
        head, shapes = found, _finals(initial, final)
    else:
        glide = _GLIDES.get(syllable) or _FINALS.get(syllable)
        head, shapes = _SILENT, [glide] if glide else []
    out = []
    for shape in shapes:
        (vowel, final_index), *rest = shape
        if head in (_J, _JJ, _CH):
            vowel = _PLAIN_AFTER_AFFRICATE.get(vowel, vowel)
        first = compose(head, vowel, final_index)
        out.append(first + "".join(compose(_SILENT, v, f) for v, f in rest))
    return tuple(out)


@cache
def _syllables() -> dict[str, tuple[str, ...]]:
    """Hangul spelling → the pinyin syllables it spells."""
    return pinyin_spelling.table(spellings)


@lru_cache(maxsize=20_000)
def segments(word: str) -> tuple[tuple[str, ...], ...]:
    """Every way to write a Hangul word as spellings of pinyin syllables, each as its Hangul
    (none if it cannot be, or needs more than `MAX_PER_WORD`), fewest first."""
    known = _syllables()
    return pinyin_spelling.segments(word, known, 2, MAX_PER_WORD)


def _spelt_in_pinyin(words: Sequence[str]) -> bool:
    """Whether Hangul words are two to four pinyin syllables in all, every word made of
    their Hangul spellings."""
    if not words or not all(w and all(map(is_hangul_syllable, w)) for w in words):
        return False
    if not all(segments(w) for w in words):
        return False
    return MIN_SYLLABLES <= sum(len(segments(w)[0]) for w in words) <= MAX_SYLLABLES


def _common_family_first(words: Sequence[str]) -> bool:
    return not COMMON_FAMILY_NAMES.isdisjoint(_syllables()[segments(words[0])[0][0]])


def _family_alone_or_joined(words: Sequence[str]) -> bool:
    """Whether Hangul words are built as Korean writes a Chinese name: one word (시진핑), or
    the family name's one syllable apart from the given name (시 진핑). Names of more words,
    or opening with a longer one, are Southeast Asian or Western (판 반 카이: Phan Van Khai,
    시티 아이샤: Siti Aisyah)."""
    return len(words) == 1 or (len(words) == 2 and len(segments(words[0])[0]) == 1)


def chinese_name(words: Sequence[str]) -> bool:
    """Whether Hangul words write a Chinese name: spelt in pinyin, and one syllable at
    least no Korean reading of a Chinese character (so not a Korean name) nor the buzzed
    ㅡ, which foreign names have too (스), or a name not built as a Korean one opening with a
    common Chinese family name."""
    if not _spelt_in_pinyin(words) or not _family_alone_or_joined(words):
        return False
    sino_korean = sino_korean_syllables()
    if any(c not in sino_korean and jamo(c)[1] != _EU for w in words for c in w):
        return True
    return _common_family_first(words) and foreign_name(words)


def may_be_chinese(words: Sequence[str]) -> bool:
    """Whether Hangul words built as a Korean name may write a Chinese one (왕치산: Wang
    Qishan): spelt in pinyin, opening with a common Chinese family name."""
    return _spelt_in_pinyin(words) and _common_family_first(words)


def family_length(word: str) -> int:
    """How many Hangul syllables of a Chinese name written as one word spell its family
    name: its first pinyin syllable's (0 for a word of one syllable)."""
    ways = segments(word)
    return len(ways[0][0]) if ways and len(ways[0]) > 1 else 0


@lru_cache(maxsize=20_000)
def pinyin_readings(word: str) -> tuple[str, ...]:
    """The pinyin readings of a Hangul word (``진핑`` → ``jinping``), fewest syllables
    first; empty when it spells no pinyin."""
    return pinyin_spelling.readings(segments(word), _syllables(), MAX_READINGS)
