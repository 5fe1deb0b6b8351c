"""Ordered regular-expression rewrites of a spelling, each applied to the result of the last."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Rules tested together by one search before any of them is applied: most rules of a table
#: find nothing in a given word, and one search costs about what one rule does.
CHUNK = 8
_BACKREFERENCE = re.compile(r"\\\d|\(\?P=")


class Rewrites:
    """Rules applied in order, in chunks that a single search skips when none of their
    patterns occurs in the text (a rule that finds nothing leaves it as it is)."""

    __slots__ = ("chunks",)

    def __init__(self, rules: list[tuple[re.Pattern[str], str]]) -> None:
        self.chunks: list[tuple[re.Pattern[str] | None, list[tuple[re.Pattern[str], str]]]] = []
        for start in range(0, len(rules), CHUNK):
            chunk = rules[start : start + CHUNK]
            patterns = [pattern.pattern for pattern, _ in chunk]
            # A back reference counts groups, which joining renumbers.
            joinable = len(chunk) > 1 and not any(_BACKREFERENCE.search(p) for p in patterns)
            either = re.compile("|".join(f"(?:{p})" for p in patterns)) if joinable else None
            self.chunks.append((either, chunk))


def compile_rewrites(pairs: Iterable[tuple[str, str]]) -> Rewrites:
    """Rewrites from ``(pattern, replacement)`` pairs."""
    return Rewrites([(re.compile(pattern), replacement) for pattern, replacement in pairs])


def rewrite(text: str, rules: Rewrites) -> str:
    """``text`` with every rule applied in turn."""
    for either, chunk in rules.chunks:
        if either is not None and either.search(text) is None:
            continue
        for pattern, replacement in chunk:
            text = pattern.sub(replacement, text)
    return text
