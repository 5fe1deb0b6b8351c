"""Names reduced to comparable Latin tokens, whatever script they were written in."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rigour.names import tokenize_name
from rigour.text import ascii_text

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: The longest name text considered; longer input is cut (never an error).
MAX_NAME_LENGTH = 500


@lru_cache(maxsize=200_000)
def latin_token(token: str) -> str:
    """One name token transliterated to lower-case ASCII letters and digits."""
    return _NON_ALNUM.sub("", ascii_text(token).lower())


def clean_text(text: str) -> str:
    """Drop control characters and cut over-long input."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return text[:MAX_NAME_LENGTH]


def name_tokens(text: str) -> list[str]:
    """The Latin tokens of a name: ``"ЛАВРОВ, Сергей"`` gives ``["lavrov", "sergei"]``."""
    tokens = (latin_token(t) for t in tokenize_name(clean_text(text).casefold()))
    return [t for t in tokens if t]
