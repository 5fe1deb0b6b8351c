"""Korean names written in Han characters."""

from __future__ import annotations

from saring.names import analyze
from saring.names.hanja import (
    korean_hangul,
    korean_readings,
    reads_as_name_syllable,
    sino_korean_syllables,
)


def test_characters_read_as_korean_syllables() -> None:
    assert korean_hangul("正恩") == ("정은",)
    # the dictionary form (North Korean spelling) and the South Korean initial
    assert korean_hangul("李", family=True) == ("리", "이")
    assert korean_hangul("龍") == ("룡", "용")
    assert korean_hangul("女") == ("녀", "여")
    assert korean_hangul("abc") == ()


def test_family_name_kim() -> None:
    assert korean_hangul("金", family=True) == ("김",)
    assert korean_hangul("金") == ("금",)
    assert {"kim", "gim"} <= set(korean_readings("金", family=True))


def test_three_character_names_are_read_both_ways() -> None:
    tokens = analyze("金正恩", "Person").tokens
    assert [t.readings[0] for t in tokens] == ["jin", "zheng", "en"]
    korean = ["kim", "jong", "un"]
    assert all(r in t.readings for t, r in zip(tokens, korean, strict=True))
    # two characters: a Chinese name, read in Chinese only
    assert [t.readings for t in analyze("成龙", "Person").tokens] == [("cheng",), ("long",)]


def test_korean_name_syllables_are_readings_of_common_characters() -> None:
    syllables = sino_korean_syllables()
    assert {"정", "은", "리", "이"} <= syllables
    assert not {"먀", "퉁", "카"} & syllables  # read only from rare characters (乜, 佟)


def test_reads_as_name_syllable() -> None:
    assert all(map(reads_as_name_syllable, ["hyun", "seong", "kyoung", "back", "sou"]))
    # spelt as no syllable of names is read, though the loose pattern takes some of them;
    # hyek is 혝's reading only, no name's (Oh Jin-hyek: 오진혁)
    words = ["jie", "jay", "june", "whun", "koung", "hyunjin", "hyek"]
    assert not any(map(reads_as_name_syllable, words))
