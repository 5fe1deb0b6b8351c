"""Ordered regular-expression rewrites of a spelling, each applied to the result of the last."""

from __future__ import annotations

import re
from collections.abc import Iterable

Rewrites = list[tuple[re.Pattern[str], str]]


def compile_rewrites(pairs: Iterable[tuple[str, str]]) -> Rewrites:
    """Rewrites from ``(pattern, replacement)`` pairs."""
    return [(re.compile(pattern), replacement) for pattern, replacement in pairs]


def rewrite(text: str, rules: Rewrites) -> str:
    """``text`` with every rule applied in turn."""
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text
