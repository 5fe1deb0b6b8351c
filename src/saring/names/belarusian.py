"""Belarusian and Russian forms of one name (``BYKAU`` / ``Быков``, ``DARASHENKA`` /
``Дорошенко``, ``Leanidauna`` / ``Леонидовна``).

Belarusian people are listed under their names in Belarusian as often as in Russian, and
the two differ in the vowels: Belarusian writes an unstressed о and е as а (akanye), -ов as
-оў (``-au``, ``-ou``) and -енко as -енка. Which vowel is unstressed cannot be known from the
letters, so the forms are compared on an `akanye_key` that writes every such vowel alike;
that comparison is only made when one of the two words is spelt the Belarusian way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from saring.names import scripts

#: Latin spellings only Belarusian names take: -au/-ou for -ov (BYKAU, ZUBKOU, KAVALIOU),
#: -auna and -avich in patronymics, -enka for -enko (-anka after ch, sh: HALOUCHANKA), -ouski
#: and -auski for -ovsky (PRALIASKOUSKI), and dz- (Dzmitry, Uladzimir).
_LATIN_MARKS = re.compile(
    "(?:[bcdfgklmnprstvxz]au|(?:k|sh|ch|zh|z|r|l|li|n|t|v|s)ou|auna|ouna|avich|enka|[cs]hanka|[ao]usk(?:i|aya))$"
    "|^(?:dz(?!h)|uladz|siar)"
)
#: Cyrillic: the short ў, э after a consonant, дз before a soft vowel or sign (Дзяніс for
#: Денис, Лябедзька for Лебедько),
#: і beside ы (Ukrainian has no ы).
_CYRILLIC_MARKS = re.compile("ў|[бвгджзклмнпрстфхцчшщ]э|дз[яеёюіиь]|енка$")
#: Letters written alike by the key: о, е and а; я and ia after a consonant as а.
_VOWELS = str.maketrans({"o": "a", "e": "a"})
_GLIDES = re.compile("(?<=[^aeiouy])[iy]a|^ya")
#: -ov, -oŭ, -aŭ before a consonant or at the end.
_W = re.compile("a[uv](?=[^aeiouy]|$)")
#: Belarusian dz and ts for a soft d and t (Dzianis, Tserabau), x for ks, and h for the
#: Russian g (Halouchanka: Головченко; not the h of kh, sh, ch or zh).
_CONSONANTS = {"dz": "d", "ts": "t", "x": "ks", "h": "g"}
_CONSONANT = re.compile("dz|ts|x|(?<![kszc])h")
#: Shortest word compared by its key.
MIN_LENGTH = 4


def belarusian_spelling(original: str, script: str, latin: str) -> bool:
    """Whether a word is spelt as only Belarusian names are."""
    if script == scripts.CYRILLIC:
        lower = original.lower()
        return bool(_CYRILLIC_MARKS.search(lower)) or ("і" in lower and "ы" in lower)
    return script == scripts.LATIN and bool(_LATIN_MARKS.search(latin))


@lru_cache(maxsize=100_000)
def akanye_key(reading: str) -> str:
    """A Latin reading with every vowel akanye may change written alike (``doroshenko`` and
    ``darashenka`` → ``darashanka``, ``bykov`` and ``bykau`` → ``bykav``), soft d and t as
    such (``dzianis`` and ``denis`` → ``danis``) and h as g (``hleb``, ``gleb`` → ``glab``);
    '' for short words."""
    if len(reading) < MIN_LENGTH:
        return ""
    key = _W.sub("av", _GLIDES.sub("a", reading.translate(_VOWELS)))
    return _CONSONANT.sub(lambda m: _CONSONANTS[m.group()], key)
