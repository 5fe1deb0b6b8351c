"""Cut a cleaned name into its written pieces, keeping what the separators tell."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import NamedTuple

#: Most pieces kept from one name; the rest is cut.
MAX_PIECES = 40

#: Apostrophes and letter modifiers dropped inside words: ``Sa'id`` → ``Said``.
_DROPPED = frozenset("'’‘ʼʻʿʾ`´′״׳ʹ\u200c\u200d\u00ad\u0640")
_DROP_RE = re.compile("[" + re.escape("".join(sorted(_DROPPED))) + "]")
#: A geresh after a Hebrew letter writes a sound Hebrew lacks (ג׳ j, ז׳ zh, צ׳ ch, ת׳ th):
#: kept inside the word as a combining mark, which `saring.names.hebrew` reads, while
#: apostrophes go; a part shows it as the geresh again.
_GERESH = re.compile("([א-ת])['’׳`´]")
GERESH_MARK = "ׄ"
GERESH = "׳"
_HYPHENS = frozenset("-‐‑‒–—―−﹣－")
_COMMAS = frozenset(",،，")
#: Runs of letters and digits; combining marks need `_marked_word`.
_WORD = re.compile(r"([^\W_]+)")
#: Dotted abbreviations are written together: ``S.A.`` → ``SA``, ``A.B.C.`` → ``ABC``.
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")


class Piece(NamedTuple):
    """A written token, with whether a hyphen joins it to the previous one, whether a
    comma precedes it (``"PUTIN, Vladimir"`` puts the family name first) and whether a dot
    follows it (an abbreviation: ``Yu.``)."""

    text: str
    hyphen: bool = False
    comma: bool = False
    dotted: bool = False


@cache
def _marked_word() -> re.Pattern[str]:
    """Runs of letters, digits and combining marks (Python's ``\\w`` leaves marks out)."""
    marks = [chr(c) for c in range(0x0300, 0x10000) if unicodedata.category(chr(c))[0] == "M"]
    ranges: list[list[str]] = []
    for char in marks:
        if ranges and ord(char) == ord(ranges[-1][1]) + 1:
            ranges[-1][1] = char
        else:
            ranges.append([char, char])
    marks_class = "".join(
        re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}" for a, b in ranges
    )
    return re.compile(f"((?:[^\\W_]|[{marks_class}])+)")


def _has_mark(text: str) -> bool:
    return any(unicodedata.category(c)[0] == "M" for c in text)


def split_pieces(text: str, initials: bool = False) -> list[Piece]:
    """The pieces of a name: runs of letters, marks and digits (at most `MAX_PIECES`).

    Dotted abbreviations are written together (``S.A.``: ``SA``), or, with ``initials``,
    cut into their letters (a person's ``J.R.R.``, ``С.В.``: ``J R R``, ``С В``)."""
    if "." in text:
        joint = " " if initials else ""
        text = _DOTTED.sub(lambda m: m.group(0).replace(".", joint), text)
    if _DROP_RE.search(text):
        if not text.isascii():
            text = _GERESH.sub(lambda m: m[1] + GERESH_MARK, text)
        text = _DROP_RE.sub("", text)
    chunks = _WORD.split(text)
    if not text.isascii() and any(_has_mark(gap) for gap in chunks[::2] if gap.strip()):
        chunks = _marked_word().split(text)
    pieces: list[Piece] = []
    for i in range(1, len(chunks), 2):
        gap = chunks[i - 1]
        hyphen = comma = False
        if pieces and gap != " ":
            gap = gap.strip()
            hyphen = bool(gap) and gap[-1] in _HYPHENS
            comma = any(c in _COMMAS for c in gap)
        dotted = chunks[i + 1].lstrip().startswith(".")
        pieces.append(Piece(chunks[i], hyphen, comma, dotted))
        if len(pieces) >= MAX_PIECES:
            break
    return pieces
