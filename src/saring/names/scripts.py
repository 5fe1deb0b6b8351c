"""The writing system of a token, and repair of look-alike letters from another script."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rigour.text.scripts import codepoint_script

LATIN = "Latin"
CYRILLIC = "Cyrillic"
ARABIC = "Arabic"
HEBREW = "Hebrew"
GREEK = "Greek"
HAN = "Han"
KANA = "Kana"
HANGUL = "Hangul"
KHMER = "Khmer"
COMMON = "Common"
#: A Korean or Vietnamese name written in Cyrillic syllable by syllable (Ким Чен Ын, Фам Ван
#: Донг): each word is read as the syllables it may write, and compared by those readings only.
CYRILLIC_SYLLABLES = "Cyrillic syllables"
#: A foreign name written in Hangul by sound (도널드 트럼프): each word one token, compared by
#: what Korean hears of the other name's spelling (`saring.names.hangul_foreign`).
HANGUL_FOREIGN = "Hangul foreign"
#: A Chinese name written in Hangul by its Mandarin sound (시진핑): each word one token, read
#: in pinyin (`saring.names.hangul_chinese`).
HANGUL_CHINESE = "Hangul Chinese"
#: Scripts written without most vowels: compared by consonant skeleton.
ABJADS = frozenset({ARABIC, HEBREW})
#: Scripts whose tokens are split into one token per syllable.
SYLLABIC = frozenset({HAN, HANGUL})

_KANA_SCRIPTS = frozenset({"Hiragana", "Katakana", "Katakana_Or_Hiragana"})
_NO_SCRIPT = frozenset({None, "Common", "Inherited", "Unknown"})

#: Latin letters that look like Cyrillic ones (and ``ĸ``, seen in Cyrillic names).
_LATIN_TO_CYRILLIC = str.maketrans("AaBCcEeHIiKkĸMOoPpTXxYy", "АаВСсЕеНІіКккМОоРрТХхУу")
_LOOKALIKES = frozenset("ABCEHKMOPTXYaceopxy")
#: Cyrillic letters that look like Latin ones.
_CYRILLIC_TO_LATIN = str.maketrans("АаВСсЕеНІіЈјКкМОоРрЅѕТХхУу", "AaBCcEeHIiJjKkMOoPpSsTXxYy")


@lru_cache(maxsize=4096)
def char_script(char: str) -> str:
    """The script of one character; ``Common`` for digits, punctuation and marks."""
    script = codepoint_script(ord(char))
    if script in _NO_SCRIPT:
        return COMMON
    if script in _KANA_SCRIPTS:
        return KANA
    return script  # type: ignore[return-value]


@lru_cache(maxsize=100_000)
def token_script(token: str) -> str:
    """The script most letters of a token are written in (``Common`` if it has none)."""
    if token.isascii():
        return LATIN if any(c.isalpha() for c in token) else COMMON
    counts = Counter(char_script(c) for c in token)
    counts.pop(COMMON, None)
    if not counts:
        return COMMON
    if counts.get(HAN) and counts.get(KANA):
        return KANA  # Japanese mixing kanji and kana is read as a whole
    return counts.most_common(1)[0][0]


@lru_cache(maxsize=100_000)
def fix_homoglyphs(token: str) -> str:
    """A token mixing Latin and Cyrillic letters, written in its main script only.

    ``"Iван"`` → ``"Іван"``; ``"Ниĸолаевич"`` → ``"Николаевич"``; ``"Маrк"`` stays
    Cyrillic, ``"Pеtrov"`` becomes Latin.
    """
    if token.isascii():
        return token
    scripts = [char_script(c) for c in token]
    cyrillic = scripts.count(CYRILLIC)
    latin = scripts.count(LATIN)
    if not cyrillic or not latin:
        return token
    if cyrillic >= latin:
        return token.translate(_LATIN_TO_CYRILLIC)
    return token.translate(_CYRILLIC_TO_LATIN)


def as_cyrillic(token: str) -> str:
    """A Latin token made only of letters that look Cyrillic, in Cyrillic (``"AHO"`` →
    ``"АНО"``), for names written in Cyrillic; other tokens come back unchanged."""
    if token.isascii() and token and all(c in _LOOKALIKES for c in token):
        return token.translate(_LATIN_TO_CYRILLIC)
    return token
