"""Hong Kong and Macau names as lists write them: a Chinese family name, the Chinese given
name's syllables in Cantonese romanisation and often an English given name too (``TSANG,
Kwok Wai Erick``, ``Carrie LAM Cheng Yuet-ngor``, ``Chris TANG Ping-keung``).

The press names such a person by the English given name and the family name (Erick Tsang),
leaving the Chinese given name out: another name of the same person, not a part missing.
"""

from __future__ import annotations

import re

from saring.names.wade_giles import COMMON_FAMILY_NAMES

#: Family names as Hong Kong spells them, besides their pinyin forms.
CANTONESE_FAMILY_NAMES = COMMON_FAMILY_NAMES | frozenset(
    "au chan cheng cheung chiu choi chow chu chung fok fung ho hui ip kam ko kong kwan kwok "
    "lai lam lau law lee leung li lo lui mak man mok ng poon sin siu so tam tang tse tsang "
    "tsoi tsui tung wan wong wu yam yau yeung yip yu yuen".split()
)
#: One syllable as Cantonese romanisation spells it: an initial (ch, kw, ng, ts or one
#: consonant), one to three vowel letters and a final (ng or k, m, n, p, t; h or r for a
#: long vowel: Wah, Ngor), or ng alone.
_SYLLABLE = re.compile(
    "(?:(?:ch|kw|ng|sh|ts|[bcdfghjklmnpstwy])?[aeiouy]{1,3}(?:ng|[kmnpthr])?|ng)"
)


def cantonese_syllable(latin: str) -> bool:
    """Whether a lower-case Latin word is one syllable spelt as Hong Kong spells them."""
    return _SYLLABLE.fullmatch(latin) is not None
