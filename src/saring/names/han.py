"""Chinese (Han) names: one token per character, read in toneless pinyin.

Latin listings write the given name as one word (``Xi Jinping``) or two (``Xi Jin Ping``);
syllable tokens meet both, the joined form through `saring.names.variants.joined_runs`.
"""

from __future__ import annotations

from functools import cache

from saring.names.tables import table_words


@cache
def _compound_surnames() -> frozenset[str]:
    return frozenset(table_words("chinese_compound_surnames.txt"))


def han_family_length(word: str) -> int:
    """How many leading characters of a Chinese personal name are the family name."""
    if len(word) >= 3 and word[:2] in _compound_surnames():
        return 2
    return 1 if 2 <= len(word) <= 4 else 0
