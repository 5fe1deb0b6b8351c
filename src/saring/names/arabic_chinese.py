"""Chinese names written in Arabic script (``شي جين بينغ``, ``وانغ يي``, ``تشاو كه تشي``), read in
pinyin too, so that they meet ``Xi Jinping`` and ``ZHAO Kezhi``.

The Arabic press spells a Chinese name syllable by syllable, most often one word a
syllable: x as ش, zh, ch and q as تش, z and c as تس, g as غ or ق, a final ng as نغ. Read by
the ordinary rules, ``جين بينغ`` is ``jin bing`` and its consonants too few to meet
``Jinping`` written as one word. The Arabic spellings of every pinyin syllable are derived
here from those habits; a word then reads as every sequence of pinyin syllables it spells.
"""

from __future__ import annotations

from functools import cache, lru_cache

from saring.names import pinyin_spelling
from saring.names.arabic import fold_arabic
from saring.names.wade_giles import COMMON_FAMILY_NAMES, pinyin_syllables, split_syllable

_INITIALS = {
    "b": ("ب", "پ"), "p": ("ب", "پ"), "m": ("م",), "f": ("ف",), "d": ("د",), "t": ("ت",),
    "n": ("ن",), "l": ("ل",), "g": ("غ", "ق", "ج", "گ"), "k": ("ك",), "h": ("ه", "خ"),
    "j": ("ج",), "q": ("تش", "چ"), "x": ("ش", "س"), "zh": ("تش", "ج", "چ"),
    "ch": ("تش", "چ"), "sh": ("ش",), "r": ("ر",), "z": ("تس", "ز"), "c": ("تس",),
    "s": ("س",),
}  # fmt: skip
#: Finals after an initial consonant.
_FINALS = {
    "a": ("ا",), "o": ("و",), "e": ("ه",), "ai": ("اي",), "ei": ("ي", "اي"),
    "ao": ("او",), "ou": ("و", "او"), "an": ("ان",), "en": ("ن", "ين"), "ang": ("انغ",),
    "eng": ("نغ", "ينغ"), "ong": ("ونغ",), "i": ("ي",), "ia": ("يا",), "iao": ("ياو",),
    "ie": ("يه", "يي"), "iu": ("يو",), "ian": ("يان",), "in": ("ين",), "iang": ("يانغ",),
    "ing": ("ينغ",), "iong": ("يونغ",), "u": ("و",), "ua": ("وا",), "uo": ("وه", "و"),
    "uai": ("واي",), "ui": ("وي",), "uan": ("وان",), "un": ("ون",), "uang": ("وانغ",),
    "ue": ("ويه", "يويه"),
}  # fmt: skip
#: After j, q and x pinyin's u is ü, written with a ya too or not: شيوي or شو.
_AFTER_PALATAL = {"u": ("و", "يو", "يوي"), "ue": ("ويه", "يويه", "يوه"),
                  "uan": ("وان", "يوان"), "un": ("ون", "يون")}  # fmt: skip
#: Syllables without an initial consonant.
_ALONE = {
    "a": ("ا",), "ai": ("اي",), "an": ("ان",), "ang": ("انغ",), "ao": ("او",), "e": ("اه",),
    "en": ("ان",), "er": ("ار",), "ou": ("او",), "yi": ("يي", "ي"), "ya": ("يا",),
    "ye": ("يه", "يي"), "yao": ("ياو",), "you": ("يو",), "yan": ("يان",), "yin": ("ين", "يين"),
    "yang": ("يانغ",), "ying": ("ينغ", "يينغ"), "yong": ("يونغ",), "yu": ("يو", "يوي"),
    "yue": ("يويه", "يوه"), "yuan": ("يوان",), "yun": ("يون",), "wu": ("وو",),
    "wa": ("وا",), "wo": ("وو",), "wai": ("واي",), "wei": ("وي", "واي"), "wan": ("وان",),
    "wen": ("ون", "وين"), "wang": ("وانغ",), "weng": ("ونغ",),
}  # fmt: skip
#: Fewest and most syllables of a Chinese name, and most per word.
MIN_SYLLABLES, MAX_SYLLABLES, MAX_PER_WORD = 2, 4, 2
#: Most readings kept per word.
MAX_READINGS = 8
#: Spellings no Arabic or Persian name has: a final ng, and ch or ts before a vowel.
_TELLING_ENDING = fold_arabic("نغ")
_TELLING = ("تش", "تس")


def _ranked(syllable: str) -> dict[str, int]:
    """Each Arabic-script spelling of a pinyin syllable, folded as `fold_arabic` folds
    letters, with its rank: how far down each letter's choices it goes (0 for the likeliest
    spelling)."""
    initial, final = split_syllable(syllable)
    if not initial:
        heads: tuple[str, ...] = ("",)
        tails = _ALONE.get(syllable, ())
    else:
        heads = _INITIALS.get(initial, ())
        palatal = initial in ("j", "q", "x") and final in _AFTER_PALATAL
        tails = _AFTER_PALATAL[final] if palatal else _FINALS.get(final, ())
    ranked: dict[str, int] = {}
    for h, head in enumerate(heads):
        for t, tail in enumerate(tails):
            ranked.setdefault(fold_arabic(head + tail), h + t)
    return ranked


def spellings(syllable: str) -> tuple[str, ...]:
    """The Arabic-script spellings of one pinyin syllable (``jing`` → ``جينغ``), likeliest
    first, their letters folded as `fold_arabic` folds them."""
    ranked = _ranked(syllable)
    return tuple(sorted(ranked, key=ranked.__getitem__))


@cache
def _syllables() -> dict[str, tuple[str, ...]]:
    """Arabic-script syllable → the pinyin syllables it spells, likeliest first (بينغ: bing,
    ping, beng, peng), so that names written apart join into their likeliest readings."""
    found: dict[str, list[tuple[int, str]]] = {}
    for syllable in sorted(pinyin_syllables()):
        for spelling, rank in _ranked(syllable).items():
            found.setdefault(spelling, []).append((rank, syllable))
    return {spelling: tuple(s for _, s in sorted(options)) for spelling, options in found.items()}


@cache
def _family_names() -> frozenset[str]:
    """The Arabic-script spellings of the commonest Chinese family names."""
    return frozenset(s for name in COMMON_FAMILY_NAMES for s in spellings(name))


@lru_cache(maxsize=20_000)
def segments(word: str) -> tuple[tuple[str, ...], ...]:
    """Every way to write an Arabic-script word as syllables (none if it cannot be, or
    needs more than `MAX_PER_WORD`)."""
    known = _syllables()
    return pinyin_spelling.segments(fold_arabic(word), known, max(map(len, known)), MAX_PER_WORD)


def chinese_name(words: list[str]) -> bool:
    """Whether Arabic-script words read as a Chinese name: two to four syllables in all,
    every word made of syllables as the press spells them, and a word spelt as only Chinese
    names are (a final نغ, or تش or تس) or three words, the first a common Chinese family
    name (هو جين تاو), so that Arabic names (هادي, سامي) are not read as Chinese."""
    if not words or not all(map(segments, words)):
        return False
    count = sum(min(len(s) for s in segments(w)) for w in words)
    if not MIN_SYLLABLES <= count <= MAX_SYLLABLES:
        return False
    folded = [fold_arabic(w) for w in words]
    telling = any(w.endswith(_TELLING_ENDING) or any(t in w for t in _TELLING) for w in folded)
    return telling or (len(words) >= 3 and folded[0] in _family_names())


def pinyin_readings(word: str) -> tuple[str, ...]:
    """The pinyin readings of an Arabic-script word (``بينغ`` → ``ping``, ``bing``), fewest
    syllables first; empty when it spells no syllables."""
    return pinyin_spelling.readings(segments(word), _syllables(), MAX_READINGS)
