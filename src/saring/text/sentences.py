"""Sentences of a text as (start, end) offsets: split at line breaks and at final stops."""

from __future__ import annotations

import re

#: A break: after a final stop (and closing quotes), the spaces before the next sentence
#: (group 1); or line breaks (group 2). The lookahead lets the scan skip to a candidate.
_BREAK = re.compile(r"(?=[.!?。！？؟\n])(?:[.!?。！？؟]([\"”’»)\]]*\s+)(?=\S)|(\n+))")
_TRIMMED = re.compile(r"\S(?:.*\S)?", re.S)


def sentences(text: str) -> list[tuple[int, int]]:
    """The non-empty sentences of ``text``, trimmed, as offsets."""
    out = []
    pos = 0
    trimmed = _TRIMMED.search
    for match in _BREAK.finditer(text):
        start, end = match.span(match.lastindex or 0)
        found = trimmed(text, pos, start)
        if found:
            out.append(found.span())
        pos = end
    found = trimmed(text, pos)
    if found:
        out.append(found.span())
    return out
