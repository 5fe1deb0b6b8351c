from __future__ import annotations

import sys

from conftest import UkRow

import saring.match.tokens  # noqa: F401 (loads every table of rewrites)
from saring.names import analyze
from saring.names.rewrites import Rewrites, compile_rewrites, rewrite


def _loaded_tables() -> list[Rewrites]:
    """Every table of rewrites the loaded saring modules hold, alone or in a list."""
    found: dict[int, Rewrites] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("saring."):
            continue
        for value in vars(module).values():
            for item in value if isinstance(value, list | tuple) else (value,):
                if isinstance(item, Rewrites):
                    found[id(item)] = item
    return list(found.values())


def _one_by_one(text: str, rules: Rewrites) -> str:
    for _, chunk in rules.chunks:
        for pattern, replacement in chunk:
            text = pattern.sub(replacement, text)
    return text


def test_skipping_chunks_changes_no_spelling_of_a_listed_name(uk_rows: list[UkRow]) -> None:
    tokens = [t for row in uk_rows[:6000] for t in analyze(row.latin).tokens]
    words = sorted({reading for token in tokens for reading in token.readings})
    tables = _loaded_tables()
    assert len(tables) > 30 and len(words) > 2000
    changed = 0
    for rules in tables:
        for word in words:
            expected = _one_by_one(word, rules)
            assert rewrite(word, rules) == expected, (word, rules.chunks[0][1][0][0].pattern)
            changed += expected != word
    assert changed > 1000  # the rules do rewrite these words


def test_a_rule_with_a_back_reference_is_applied_as_written() -> None:
    rules = compile_rewrites([("x", "ks"), (r"([aeou])\1", r"\1"), ("ph", "f")])
    assert rules.chunks[0][0] is None  # a joined search would renumber the group
    assert rewrite("phoobaax", rules) == "fobaks"


def test_later_rules_see_what_earlier_ones_wrote() -> None:
    rules = compile_rewrites([("ph", "f"), ("f$", "v")])
    assert rewrite("joseph", rules) == "josev"
    assert rewrite("anna", rules) == "anna"
