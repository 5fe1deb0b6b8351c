"""Korean Hangul names: one token per syllable, read in the spellings listings use.

Every syllable gets the simplified McCune-Reischauer spelling North Korean names are listed
in (``김정은`` → ``kim jong un``), the Revised Romanization (``gim jeong eun``) and the
habits of South Korean passports and press (``jung``, ``hyun``, ``chung``, ``hee``, ``young``,
``moo``, ``ahn``); family names take their usual spellings from a table (``이`` → ``lee``, ``yi``,
``rhee``, ``ri``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from saring.names.tables import table_rows

_FIRST = 0xAC00
_LAST = 0xD7A3
#: Initial consonants: (McCune-Reischauer simplified, Revised Romanization).
_INITIALS = (
    ("k", "g"), ("kk", "kk"), ("n", "n"), ("t", "d"), ("tt", "tt"), ("r", "r"), ("m", "m"),
    ("p", "b"), ("pp", "pp"), ("s", "s"), ("ss", "ss"), ("", ""), ("j", "j"), ("jj", "jj"),
    ("ch", "ch"), ("kh", "k"), ("th", "t"), ("ph", "p"), ("h", "h"),
)  # fmt: skip
#: Vowels: (McCune-Reischauer simplified, Revised Romanization).
_VOWELS = (
    ("a", "a"), ("ae", "ae"), ("ya", "ya"), ("yae", "yae"), ("o", "eo"), ("e", "e"),
    ("yo", "yeo"), ("ye", "ye"), ("o", "o"), ("wa", "wa"), ("wae", "wae"), ("oe", "oe"),
    ("yo", "yo"), ("u", "u"), ("wo", "wo"), ("we", "we"), ("wi", "wi"), ("yu", "yu"),
    ("u", "eu"), ("ui", "ui"), ("i", "i"),
)  # fmt: skip
#: Final consonants, the same in both systems.
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
           "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip
#: South Korean habits of spelling vowels (passports, the press): ``ㅓ``/``ㅕ`` in a closed
#: syllable as u/yu (Jung, Hyun) and ``영`` as Young; oo (Moo, Soo), yoo, eui, ee (Hee), oi
#: (Choi), ai or e for ``ㅐ`` (Lee Hun-jai, Jo Hee-de; not a, which would make 백 박), ei or
#: ae for ``ㅔ``, which sounds as ``ㅐ`` (Won Sei-hoon, Chang Sae-joo), ei for ``ㅖ`` (Hong
#: Hei-kyung).
_POPULAR_CLOSED_VOWELS = {4: ("u",), 6: ("yu",)}
_POPULAR_VOWELS = {
    1: ("ai", "e"),
    5: ("ei", "ae"),
    7: ("ei",),
    13: ("oo",),
    17: ("yoo",),
    19: ("eui", "ee", "i"),
    20: ("ee",),
    11: ("oi",),
}
#: ``ㅓ`` and ``ㅕ`` ending a syllable are often spelt uh and yuh (허: Huh, 여: Yuh).
_UH_VOWELS = {4: "uh", 6: "yuh"}
#: ``ㅏ`` and ``ㅗ`` are often spelt with an h after them, ending a syllable or before its
#: final consonant when nothing comes before (Ahn, Oh, Noh, Kyu-hah).
_H_VOWELS = frozenset({0, 8})
#: Initials the South Korean initial-sound rule changes (ㄹ, ㄴ), the silent ``ㅇ``, and the
#: vowels before which they fall silent (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ).
_RIEUL, _NIEUN, _SILENT = 5, 2, 11
#: ``ㅎ``, and ``ㅘ``, ``ㅟ`` and ``ㅖ``, which South Korean habit may spell wh + a, wh + i or ee
#: and ae after it (화: Wha, 휘: Whee, 혜: Hae).
_HIEUT, _WA, _YE, _WI, _I = 18, 9, 7, 16, 20
#: ``ㅈ``, which English spelling may write g before ee (지: Gee).
_JIEUT = 12
_Y_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})
#: Syllables per initial consonant and per vowel in the Unicode block.
_PER_INITIAL, _PER_VOWEL = 588, 28
#: ``ㅈ`` is often spelt ch as McCune-Reischauer's unvoiced j (Park Chung-hee, Kim Chong-in).
_POPULAR_INITIALS = {_JIEUT: "ch"}


def is_hangul_syllable(char: str) -> bool:
    """Whether a character is a precomposed Hangul syllable."""
    return _FIRST <= ord(char) <= _LAST


def jamo(syllable: str) -> tuple[int, int, int]:
    """The initial, vowel and final of a precomposed syllable, as indices."""
    index = ord(syllable) - _FIRST
    return index // _PER_INITIAL, (index % _PER_INITIAL) // _PER_VOWEL, index % _PER_VOWEL


def has_final(syllable: str) -> bool:
    """Whether a Hangul syllable ends on a consonant (``틴``, not ``니``)."""
    return is_hangul_syllable(syllable) and jamo(syllable)[2] != 0


#: ㄹ as a syllable's final consonant (its initial is `_RIEUL`).
_RIEUL_FINAL = 8


def writes_foreign_l(word: str) -> bool:
    """Whether a word in Hangul writes ㄹ twice between two syllables (켈리, 샐리), as Korean
    writes a foreign l between vowels, never an r."""
    return any(
        has_final(a)
        and jamo(a)[2] == _RIEUL_FINAL
        and is_hangul_syllable(b)
        and jamo(b)[0] == _RIEUL
        for a, b in zip(word, word[1:], strict=False)
    )


def compose(initial: int, vowel: int, final: int) -> str:
    """The precomposed syllable of an initial, a vowel and a final given as indices (the
    inverse of `jamo`)."""
    return chr(_FIRST + initial * _PER_INITIAL + vowel * _PER_VOWEL + final)


def initial_sound_rule(syllable: str) -> str:
    """The syllable as South Korean spelling writes it at the start of a word (리 → 이,
    로 → 노, 녀 → 여)."""
    initial, vowel, final = jamo(syllable)
    if initial == _RIEUL:
        initial = _SILENT if vowel in _Y_VOWELS else _NIEUN
    elif initial == _NIEUN and vowel in _Y_VOWELS:
        initial = _SILENT
    return compose(initial, vowel, final)


def dictionary_forms(syllable: str) -> list[str]:
    """A syllable and the dictionary forms the initial-sound rule writes as it (이: 리, 니;
    노: 로): the inverse of `initial_sound_rule`."""
    forms = [syllable]
    _, vowel, final = jamo(syllable)
    for initial in (_NIEUN, _RIEUL):
        form = compose(initial, vowel, final)
        if form != syllable and initial_sound_rule(form) == syllable:
            forms.append(form)
    return forms


@lru_cache(maxsize=20_000)
def syllable_readings(syllable: str) -> tuple[str, ...]:
    """Latin readings of one syllable: McCune-Reischauer, Revised, North Korean lists' mix of
    the two, then passport habit.

    ``정`` → ``("jong", "jeong", "jung", "chong", "cheong", "chung")``; ``덕`` → ``("tok",
    "deok", "dok", …, "duk", "duck")``.
    """
    if not is_hangul_syllable(syllable):
        return ()
    initial, vowel, final = jamo(syllable)
    mr = _INITIALS[initial][0] + _VOWELS[vowel][0] + _FINALS[final]
    rr = _INITIALS[initial][1] + _VOWELS[vowel][1] + _FINALS[final]
    # North Korean lists: the Revised initials (voiced) with McCune-Reischauer vowels (Gon).
    readings = [mr, rr, _INITIALS[initial][1] + _VOWELS[vowel][0] + _FINALS[final]]
    if initial == 9 and _VOWELS[vowel][1].startswith(("i", "y")):
        readings.append("sh" + _VOWELS[vowel][1] + _FINALS[final])
    readings.extend(_popular_readings(initial, vowel, final))
    if initial == _RIEUL and vowel in _Y_VOWELS and vowel != _I:
        # Given names may keep the initial-sound rule inside too (임종룡: Yim Jong-yong).
        readings.extend(syllable_readings(initial_sound_rule(syllable)))
    if initial == _RIEUL:
        # After a final consonant ㄹ sounds n, and McCune-Reischauer writes what it hears
        # (신경림: Shin Kyong-nim, 성룡: Song-nyong).
        readings.append("n" + _VOWELS[vowel][0] + _FINALS[final])
    return tuple(dict.fromkeys(readings))


def _popular_readings(initial: int, vowel: int, final: int) -> list[str]:
    """The South Korean habits' spellings of a syllable (Moo, Hee, Young, Duck, Chung, Keon):
    either system's initial, or a habitual one, with either system's vowel or a habitual one."""
    end = _FINALS[final]
    popular = list(_POPULAR_VOWELS.get(vowel, ()))
    if end:
        popular += _POPULAR_CLOSED_VOWELS.get(vowel, ())
    if vowel in (6, 17) and end:
        popular.append("you")  # 영: Young, 연, 윤: Youn
    if vowel == 13 and initial == _SILENT:
        popular += ["woo", "wu"]  # 우: Woo, Wu (Ong Seong-wu)
    elif vowel == 13 and not end:
        popular.append("ou")  # 수: Sou (Kim Sou-hwan)
    if vowel == _I and initial == _SILENT and not end:
        # 이: Yi, and Lee as the family name writes it (Chun Lee-kyung)
        popular += ["yi", "lee"]
    if vowel == _I and initial == _SILENT and end == "m":
        popular.append("li")  # 임: Lim, as the family name writes it (Lee Lim-saeng)
    habit = _POPULAR_INITIALS.get(initial)
    initials = dict.fromkeys([*_INITIALS[initial], *([habit] if habit else [])])
    vowels = [*_VOWELS[vowel], *popular]
    readings = [i + v + end for i in initials for v in vowels]
    if initial == _RIEUL:  # ㄹ as l with either system's vowel (not Lee, which is 이's)
        readings += ["l" + v + end for v in _VOWELS[vowel]]
        initials["l"] = None
        if vowel == _I and end:  # 립: Leep (Jung Sung-leep), with a final no family name
            readings.append("lee" + end)
    if end == "k":  # 덕: Duck, 락: Lac (Wi Sung-lac)
        readings += [i + v + f for i in initials for v in vowels for f in ("ck", "c")]
    elif end == "p":  # 섭: Sub, 협: Hyub (a final ㅂ as the letter transcribes it)
        readings += [i + v + "b" for i in initials for v in vowels]
    if vowel in _H_VOWELS and initial == _SILENT and end:  # 안: Ahn
        readings.append(_VOWELS[vowel][0] + "h" + end)
    if vowel in _H_VOWELS and not end:  # 하: Hah (Choi Kyu-hah), 노: Noh
        readings += [i + _VOWELS[vowel][0] + "h" for i in initials]
    if vowel in _UH_VOWELS and not end:  # 허: Huh, 서: Suh, 여: Yuh (Youn Yuh-jung)
        readings += [i + _UH_VOWELS[vowel] for i in initials]
    if vowel == _WA and initial == _HIEUT:  # 화: Wha (Kang Kyung-wha), 환: Whan
        readings.append("wha" + end)
    if vowel == _WI and initial == _HIEUT:  # 휘: Whi, Whee (Jung Whee-in)
        readings += ["whi" + end] if end else ["whi", "whee"]
    if vowel == _YE and initial == _HIEUT:  # 혜: Hae (Yoo Eun-hae, Sunhae Im)
        readings.append("hae" + end)
    if vowel == _I and initial == _JIEUT and not end:  # 지: Gee (Choi Gee-sung)
        readings.append("gee")
    if end == "k":  # 국: Gug (a final ㄱ as the letter transcribes it; the rarest habit, last)
        readings += [i + v + "g" for i in initials for v in vowels]
    return readings


@cache
def _reading_pattern() -> re.Pattern[str]:
    """Any initial, vowel and final some spelling uses, in that order."""

    def either(options: Iterable[str]) -> str:
        return "|".join(sorted({re.escape(o) for o in options}, key=len, reverse=True))

    initials = [i for pair in _INITIALS for i in pair] + [
        *_POPULAR_INITIALS.values(),
        "l",
        "sh",
        "w",
        "wh",
    ]
    vowels = [v for pair in _VOWELS for v in pair]
    vowels += [
        v
        for group in (_POPULAR_VOWELS, _POPULAR_CLOSED_VOWELS)
        for vs in group.values()
        for v in vs
    ]
    vowels += ["you", *(_VOWELS[v][0] + "h" for v in _H_VOWELS), *_UH_VOWELS.values()]
    finals = [*_FINALS, "ck", "c", "b"]
    return re.compile(f"(?:{either(initials)})(?:{either(vowels)})(?:{either(finals)})")


def is_syllable_reading(word: str) -> bool:
    """Whether a Latin word reads as one Hangul syllable in some spelling (hyun, jin, kyu)."""
    return _reading_pattern().fullmatch(word) is not None


@cache
def _surnames() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in table_rows("korean_surnames.csv")}


@cache
def _surnames_by_spelling() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for hangul, spellings in _surnames().items():
        for spelling in spellings:
            found.setdefault(spelling, set()).add(hangul)
    return {spelling: frozenset(names) for spelling, names in found.items()}


def surnames_spelt(word: str) -> frozenset[str]:
    """The Korean family names, in Hangul, that the table spells with a Latin word (kim:
    김)."""
    return _surnames_by_spelling().get(word, frozenset())


def is_korean_reading(word: str) -> bool:
    """Whether a Latin word reads as one Hangul syllable or spells a Korean family name the
    table knows (jin, Park)."""
    return is_syllable_reading(word) or word in _surnames_by_spelling()


@cache
def surname_syllables() -> frozenset[str]:
    """The Korean family names the table knows, in Hangul."""
    return frozenset(_surnames())


def opens_with_surname(word: str) -> bool:
    """Whether a Hangul word opens with a family name the table knows (one syllable or two)."""
    surnames = _surnames()
    return word[:1] in surnames or word[:2] in surnames


def family_written_last(words: Sequence[str]) -> bool:
    """Whether Hangul words written apart put the family name last, as customer files do
    (현숙 배): the last a family name the table knows, the first none."""
    if len(words) < 2 or not all(w and all(map(is_hangul_syllable, w)) for w in words):
        return False
    return words[-1] in _surnames() and words[0] not in _surnames()


def family_name_length(word: str) -> int:
    """How many leading syllables of a written-together Korean name are the family name."""
    if len(word) >= 3 and word[:2] in _surnames():
        return 2
    return 1 if len(word) >= 2 else 0


def family_readings(syllables: str) -> tuple[str, ...]:
    """Latin spellings of a family name: the usual ones, then the systematic ones; for one
    syllable the table does not know as a family name, then its other readings (영 written
    first, as a customer file may write a given name: Young)."""
    usual = _surnames().get(syllables, ())
    readings = [syllable_readings(s)[:2] for s in syllables]
    systematic = ["".join(r) for r in zip(*readings, strict=False)]
    rest = syllable_readings(syllables) if len(syllables) == 1 and not usual else ()
    return tuple(dict.fromkeys([*usual, *systematic, *rest]))
