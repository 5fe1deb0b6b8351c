"""Chinese (Han) names: one token per character, read in toneless pinyin.

Latin listings write the given name as one word (``Xi Jinping``) or two (``Xi Jin Ping``);
syllable tokens meet both, the joined form through `saring.names.variants.joined_runs`.
A family name is read as family names are (ICU's ``Han-Latin/Names``: 单 Shan, 曾 Zeng, 解 Xie),
then as the character is elsewhere (Dan, Ceng, Jie).
"""

from __future__ import annotations

import re
from functools import cache

from icu import Transliterator  # type: ignore[import-not-found]

from saring.names.tables import table_words

_NON_LETTERS = re.compile("[^a-z]+")


@cache
def _compound_surnames() -> frozenset[str]:
    return frozenset(table_words("chinese_compound_surnames.txt"))


def han_family_length(word: str) -> int:
    """How many leading characters of a Chinese personal name are the family name."""
    if len(word) >= 3 and word[:2] in _compound_surnames():
        return 2
    return 1 if 2 <= len(word) <= 4 else 0


@cache
def _family_transliterator() -> Transliterator:
    return Transliterator.createInstance("Han-Latin/Names; Latin-ASCII; Lower")


def family_reading(family: str) -> str:
    """The reading of a Chinese family name as a family name (``单`` → ``shan``)."""
    return _NON_LETTERS.sub("", _family_transliterator().transliterate(family))
