"""Sentences of a text as (start, end) offsets: split at line breaks and at final stops."""

from __future__ import annotations

import re

_BREAK = re.compile(r"(?<=[.!?。！？؟])[\"”’»)\]]*\s+(?=\S)|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """The non-empty sentences of ``text``, trimmed, as offsets."""
    out = []
    pos = 0
    for match in _BREAK.finditer(text):
        out.append((pos, match.start()))
        pos = match.end()
    out.append((pos, len(text)))
    trimmed = []
    for start, end in out:
        chunk = text[start:end]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            trimmed.append((start + left, start + right))
    return trimmed
