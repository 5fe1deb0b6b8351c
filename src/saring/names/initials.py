"""Initials in scripts whose letters have no one Latin letter: a Hebrew initial (י״ח ברנר:
Yosef Haim Brenner; ס. יזהר: S. Yizhar) stands for names opening with any of the Latin
letters its letter is written with."""

from __future__ import annotations

import re

from saring.names.titles import is_title_word

#: Latin letters a name written with a Hebrew letter may open with (alef and ayin: any
#: vowel; ח: Haim, Chaim, Khaim; צ: Tzvi, Zvi).
HEBREW_INITIALS = {
    "א": ("a", "e", "i", "o", "u"), "ב": ("b", "v"), "ג": ("g", "j"), "ד": ("d",),
    "ה": ("h",), "ו": ("v", "w"), "ז": ("z",), "ח": ("h", "c", "k"), "ט": ("t",),
    "י": ("y", "j", "i"), "כ": ("k", "c", "h"), "ל": ("l",), "מ": ("m",), "נ": ("n",),
    "ס": ("s",), "ע": ("a", "e", "o", "u", "i"), "פ": ("p", "f"), "צ": ("t", "z", "c", "s"),
    "ק": ("k", "q", "c"), "ר": ("r",), "ש": ("s",), "ת": ("t",),
}  # fmt: skip
#: Two Hebrew letters joined by gershayim as words of their own: a person's two initials
#: (י״ל פרץ), unless they abbreviate a title (ד״ר, ח״כ).
_LETTER = "[\u05d0-\u05ea]"
_TWO_INITIALS = re.compile(f'(?<!{_LETTER})({_LETTER})[\u05f4"]({_LETTER})(?!{_LETTER})')


def split_hebrew_initials(text: str) -> str:
    """A person's name with two Hebrew initials joined by gershayim written apart."""
    if "\u05f4" not in text and '"' not in text:
        return text
    return _TWO_INITIALS.sub(
        lambda m: m[0] if is_title_word(m[1] + m[2]) else f"{m[1]} {m[2]}", text
    )
