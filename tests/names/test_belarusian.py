"""Belarusian and Russian forms of one name."""

from __future__ import annotations

from saring.names import scripts
from saring.names.belarusian import akanye_key, belarusian_spelling


def test_akanye_key_writes_both_forms_alike() -> None:
    assert akanye_key("doroshenko") == akanye_key("darashenka") == "darashanka"
    assert akanye_key("bykov") == akanye_key("bykau")
    assert akanye_key("leonidovna") == akanye_key("leanidauna")
    assert akanye_key("terebov") == akanye_key("tserabau")  # ts for a soft t
    assert akanye_key("denis") == akanye_key("dzyanis")  # dz for a soft d
    assert akanye_key("bykov") != akanye_key("bakov")
    assert akanye_key("lee") == ""  # too short to tell


def test_only_belarusian_spellings_are_marked() -> None:
    assert belarusian_spelling("BYKAU", scripts.LATIN, "bykau")
    assert belarusian_spelling("Leanidauna", scripts.LATIN, "leanidauna")
    assert belarusian_spelling("Dzmitry", scripts.LATIN, "dzmitry")
    assert belarusian_spelling("PRALIASKOUSKI", scripts.LATIN, "praliaskouski")  # -ovsky
    assert not belarusian_spelling("Kowalski", scripts.LATIN, "kowalski")
    assert belarusian_spelling("БАНДАРЭНКА", scripts.CYRILLIC, "bandarenka")
    assert belarusian_spelling("Анатольеўна", scripts.CYRILLIC, "anatoleuna")
    assert not belarusian_spelling("BYKOV", scripts.LATIN, "bykov")
    assert not belarusian_spelling("Mamadou", scripts.LATIN, "mamadou")  # West African -ou
    assert not belarusian_spelling("Быков", scripts.CYRILLIC, "bykov")
