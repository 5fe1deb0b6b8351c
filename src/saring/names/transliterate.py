"""Latin readings of a token in any script: lower-case ASCII letters and digits.

Scripts with rules of their own go to their module (`cyrillic`, `arabic`, `hebrew`,
`hangul`, `khmer`); Latin is folded to ASCII; everything else (Greek, Georgian, Armenian, Han, kana,
Devanagari, Thai…) is read by rigour's ICU-backed ``ascii_text``. Readings are cached per
token: a transliteration costs a fraction of a millisecond, a cache hit well under one
microsecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rigour.text import ascii_text

from saring.names import scripts
from saring.names.arabic import arabic_readings, is_persian
from saring.names.cyrillic import RUSSIAN, cyrillic_language, cyrillic_readings
from saring.names.hangul import is_hangul_syllable, syllable_readings
from saring.names.hebrew import hebrew_readings
from saring.names.khmer import khmer_reading

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: Greek αυ/ευ sound ``af``/``ef`` before a voiceless consonant (Ελευθέριος: Eleftherios).
_VOICELESS_U = re.compile("([αε])[υύ]([θκξπστφχψ])")
_CYRILLIC = re.compile("[\u0400-\u052f]")
#: Letters only the Turkic Latin alphabets write (Azerbaijani ə, Turkish and Azerbaijani ı
#: and ğ), or a q without u beside their ö, ü, ş or ç (Müslüm Maqomayev): a name with them
#: is read by those alphabets' rules.
_TURKIC = re.compile("[əƏıİğĞ]|(?i:q(?!u).*[öüşç]|[öüşç].*q(?!u))")
_OPENING_X = re.compile("x[aeo]")
#: Azerbaijani, Turkmen and Turkish c as j, x as kh and q as g (Hacıbəyov: Гаджибеков,
#: Maqomayev: Магомаев, Xəlilov: Халилов; ç and ş as ch and sh, see `_DIGRAPHS`), and the
#: Turkish ğ unsounded (Erdoğan: ארדואן).
_TURKIC_LETTERS = str.maketrans({"c": "j", "x": "kh", "q": "g", "ğ": ""})
_ARABIC = re.compile("[\u0600-\u06ff]")
#: Latin letters with diacritics that English spellings write as digraphs: a scholarly
#: ``Janukovyč`` is a listed ``Yanukovych``, a Turkish ``Şahin`` a Persian ``Shahin``, a
#: Spanish ``Muñoz`` a Russian ``Муньос``.
_DIGRAPHS = str.maketrans(
    {
        "č": "ch",
        "š": "sh",
        "ž": "zh",
        "ć": "ch",
        "đ": "dj",
        "ş": "sh",
        "ç": "ch",
        "ŝ": "sh",
        "ĉ": "ch",
        "ẑ": "zh",
        "ǧ": "j",
        "ř": "rzh",
        "ẖ": "kh",
        "ḫ": "kh",
        "ñ": "ny",
    }
)


@dataclass(frozen=True, slots=True)
class Context:
    """What the whole name tells about reading its tokens: the Cyrillic alphabet, whether
    Arabic script is used for Persian, Urdu or Pashto and Latin for a Turkic language."""

    cyrillic: str = RUSSIAN
    persian: bool = False
    turkic: bool = False


DEFAULT_CONTEXT = Context()


def reading_context(text: str) -> Context:
    """The `Context` of a whole name."""
    if text.isascii():
        return DEFAULT_CONTEXT
    cyrillic = cyrillic_language(text) if _CYRILLIC.search(text) else RUSSIAN
    persian = bool(_ARABIC.search(text)) and is_persian(text)
    turkic = bool(_TURKIC.search(text))
    if cyrillic == RUSSIAN and not persian and not turkic:
        return DEFAULT_CONTEXT
    return Context(cyrillic=cyrillic, persian=persian, turkic=turkic)


@lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    """Any text as lower-case ASCII letters and digits (``"Müller-Lüdenscheidt"`` →
    ``"mullerludenscheidt"``)."""
    if text.isascii():
        return _NON_ALNUM.sub("", text.lower())
    return _NON_ALNUM.sub("", ascii_text(text).lower())


@lru_cache(maxsize=200_000)
def latin_readings(
    token: str, script: str = scripts.LATIN, context: Context = DEFAULT_CONTEXT
) -> tuple[str, ...]:
    """The Latin readings of one token, the preferred first (empty if it has none)."""
    if script == scripts.LATIN or script == scripts.COMMON:
        readings: tuple[str, ...] = (ascii_fold(token),)
        lowered = token.lower()
        if not token.isascii():
            readings += (ascii_fold(lowered.translate(_DIGRAPHS)),)
            if "ç" in lowered:
                readings += (ascii_fold(lowered.replace("ç", "s")),)  # French
        if context.turkic:
            readings += (ascii_fold(lowered.translate(_DIGRAPHS).translate(_TURKIC_LETTERS)),)
        if _OPENING_X.match(readings[0]):
            # Spanish, Uzbek and Azerbaijani x opening a word (pinyin's is before i or u):
            # Xavier, Xorazmiy: Хавьер, خوارزمي.
            readings += ("kh" + readings[0][1:],)
        if "gh" in readings[0]:
            # Persian ق is spelled gh as often as q: Ghalibaf, Qalibaf; Bagher, Baqer
            readings += (readings[0].replace("gh", "q"),)
    elif script == scripts.CYRILLIC:
        readings = cyrillic_readings(token, context.cyrillic)
    elif script == scripts.ARABIC:
        readings = arabic_readings(token, context.persian)
    elif script == scripts.HEBREW:
        readings = hebrew_readings(token)
    elif script == scripts.HANGUL and len(token) == 1 and is_hangul_syllable(token):
        readings = syllable_readings(token)
    elif script == scripts.HANGUL:
        syllables = [syllable_readings(c)[:2] for c in token if is_hangul_syllable(c)]
        readings = tuple("".join(r) for r in zip(*syllables, strict=False)) if syllables else ()
    elif script == scripts.KHMER:
        readings = (khmer_reading(token),)
    elif script == scripts.GREEK:
        readings = (ascii_fold(token), ascii_fold(_VOICELESS_U.sub(r"\1φ\2", token.lower())))
    else:
        readings = (ascii_fold(token),)
    folded = (_NON_ALNUM.sub("", r) for r in readings)
    return tuple(dict.fromkeys(r for r in folded if r))


def to_latin(token: str) -> str:
    """The preferred Latin reading of a token on its own ('' if it has none)."""
    token = scripts.fix_homoglyphs(token)
    script = scripts.token_script(token)
    readings = latin_readings(token, script, reading_context(token))
    return readings[0] if readings else ""
