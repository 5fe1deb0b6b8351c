"""Hangul names read as the Chinese names their syllables write (등소평: Deng Xiaoping)."""

from __future__ import annotations

from saring.names.model import Kind
from saring.names.sino_korean import chinese_readings, sino_korean_name


def test_a_syllable_reads_as_its_characters_pinyin() -> None:
    assert chinese_readings("등")[0] == "deng"
    assert "xiao" in chinese_readings("소")
    assert "en" in chinese_readings("은")  # 恩, a name's character, though a rare reading
    # read as the dictionary writes it too, before the initial-sound rule (劉 is 류)
    assert "liu" in chinese_readings("유", family=True)


def test_family_names_read_as_common_chinese_family_names() -> None:
    assert chinese_readings("박", family=True)[0] == "piao"  # 朴 as a family name
    assert chinese_readings("김", family=True) == ("jin",)  # 金, read 김 as a family name
    assert chinese_readings("조", family=True)[:2] == ("zhao", "cao")


def test_a_name_in_hangul_read_as_a_chinese_name() -> None:
    name = sino_korean_name("등소평", "Person")
    assert name is not None
    family, given = name.tokens
    assert (family.kind, given.kind) == (Kind.FAMILY, Kind.GIVEN)
    assert family.latin == "deng" and "xiaoping" in given.readings
    compound = sino_korean_name("제갈량", "Person")
    assert compound is not None and compound.tokens[0].readings == ("zhuge",)


def test_only_short_names_wholly_in_hangul_are_read_so() -> None:
    assert sino_korean_name("Deng Xiaoping", "Person") is None
    assert sino_korean_name("등", "Person") is None
    assert sino_korean_name("크리스토퍼 콜럼버스", "Person") is None
    assert sino_korean_name("숙자 오", "Person") is None  # written apart, family name last


def test_two_syllables_never_read_as_one() -> None:
    name = sino_korean_name("숙자오", "Person")
    assert name is not None and "zhao" not in name.tokens[1].readings  # 자 + 오
