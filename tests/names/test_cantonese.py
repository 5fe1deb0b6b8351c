"""Hong Kong names as lists write them."""

from __future__ import annotations

from saring.names.cantonese import CANTONESE_FAMILY_NAMES, cantonese_syllable


def test_syllables_as_hong_kong_spells_them() -> None:
    for syllable in ("kwok", "wai", "yuet", "ngor", "wah", "keung", "chi", "ng"):
        assert cantonese_syllable(syllable), syllable
    for word in ("erick", "teresa", "chris", "john", "donald"):
        assert not cantonese_syllable(word), word


def test_family_names_in_hong_kong_and_pinyin_spellings() -> None:
    assert {"tsang", "cheung", "wong", "zhang"} <= CANTONESE_FAMILY_NAMES
