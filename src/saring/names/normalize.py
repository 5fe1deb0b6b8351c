"""Names reduced to comparable Latin tokens, whatever script they were written in."""

from __future__ import annotations

import re
import unicodedata

from rigour.names import tokenize_name

from saring.names.transliterate import to_latin

#: The longest name text considered; longer input is cut (never an error).
MAX_NAME_LENGTH = 500
#: Hebrew vowel points and cantillation marks (niqqud: בִּנְיָמִין), which names in
#: dictionaries and on first mention carry; the punctuation among them stays.
#: A straight double quote between Hebrew letters, typed for the gershayim of an
#: abbreviation (יו"ר, צה"ל).
_GERSHAYIM = re.compile('(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')
#: A Persian he before a zero-width non-joiner, ending a word part (پیشه‌وری).
_HEH_BEFORE_NONJOINER = re.compile("\u0647\u200c(?=[^\\W\\d_])")
_HEBREW_POINTS = dict.fromkeys(
    c for c in range(0x0591, 0x05C8) if chr(c) not in "\u05be\u05c0\u05c3\u05c6"
)


def latin_token(token: str) -> str:
    """One name token transliterated to lower-case ASCII letters and digits."""
    return to_latin(token)


def mark_part_final_he(text: str) -> str:
    """A Persian he that a zero-width non-joiner shows to end a word part written as the
    vowel letter ە, which names read as the vowel e: ``پیشه‌وری`` → ``پیشەوری``
    (Pishevari). Cleaning drops the non-joiner, after which the he would read as an h."""
    if "\u200c" not in text:
        return text
    return _HEH_BEFORE_NONJOINER.sub("\u06d5", text)


def clean_text(text: str | object) -> str:
    """Normalise compatibility forms (NFKC), drop Hebrew vowel points, read a straight quote
    between Hebrew letters as gershayim, write a Persian he before a non-joiner as the
    vowel letter ە, drop invisible format characters (zero-width
    joiners, direction marks), turn other control characters into spaces, and cut over-long
    input. Anything but a string gives ``""``."""
    if not isinstance(text, str):
        return ""
    text = text[: MAX_NAME_LENGTH * 2]
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        if any("\u0591" <= c <= "\u05c7" for c in text):
            text = text.translate(_HEBREW_POINTS)
        if '"' in text:
            text = _GERSHAYIM.sub("\u05f4", text)
        text = mark_part_final_he(text)
    if text.isprintable():
        return text[:MAX_NAME_LENGTH]
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cf":
            continue
        out.append(" " if category[0] == "C" else char)
    return "".join(out)[:MAX_NAME_LENGTH]


def name_tokens(text: str) -> list[str]:
    """The Latin tokens of a name: ``"ЛАВРОВ, Сергей"`` gives ``["lavrov", "sergey"]``."""
    tokens = (latin_token(t) for t in tokenize_name(clean_text(text).casefold()))
    return [t for t in tokens if t]
