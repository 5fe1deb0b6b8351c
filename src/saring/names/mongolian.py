"""Mongolian names: the father's name in the genitive before the person's own (Цахиагийн
Элбэгдорж, Tsakhiagiin Elbegdorj), which passports and lists write bare (ELBEGDORJ,
Tsakhia)."""

from __future__ import annotations

import re
from functools import lru_cache

#: The genitive endings a father's name takes: -гийн after a long vowel (Ухнаагийн), -ийн
#: after a front-vowel stem (Хүрэлсүхийн), -ын after a back-vowel one (Намбарын; not the
#: Russian -цын of Солженицын), -ы after a stem ending in н (Дамдины: Damdin); the Latin
#: spellings -giin and -iin.
_GENITIVE = re.compile(r"(?:гийн|ийн|(?<!ц)ын|(?<=н)ы|giin|iin)$")
#: Letters a stem keeps before its ending.
_MIN_STEM = 3


@lru_cache(maxsize=10_000)
def genitive_stems(word: str) -> tuple[str, ...]:
    """The bare names a Mongolian father's name in the genitive may stand for, in lower
    case (``Ухнаагийн``: ``ухнаа``; ``Нацагийн``: ``наца``, ``нацаг``); none for other
    words."""
    lower = word.lower()
    found = _GENITIVE.search(lower)
    if found is None:
        return ()
    stem = lower[: found.start()]
    # -гийн may be -ийн after a stem ending in г (Нацаг)
    stems = (stem, stem + found.group()[0]) if found.group()[0] in "гg" else (stem,)
    return tuple(s for s in stems if len(s) >= _MIN_STEM)
