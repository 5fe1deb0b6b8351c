"""Chinese names in Wade-Giles read in pinyin."""

from __future__ import annotations

from saring.names import analyze
from saring.names.wade_giles import (
    pinyin_readings,
    pinyin_syllables,
    spellings,
    wade_giles_name,
)


def test_pinyin_syllables_come_from_the_table() -> None:
    syllables = pinyin_syllables()
    assert {"xi", "jin", "ping", "zhuang", "lue"} <= syllables
    assert not {"hsi", "tse", "m"} & syllables


def test_spellings_follow_the_system() -> None:
    assert spellings("xi") == ("hsi",)
    assert spellings("zhi") == ("chih",)
    assert spellings("dong") == ("tung",)
    assert spellings("xian") == ("hsien",)
    assert spellings("jue") == ("chueh",)
    assert spellings("duo") == ("to", "tuo")
    assert spellings("guo") == ("kuo",)


def test_readings_unaspirated_first_when_the_apostrophe_is_gone() -> None:
    assert pinyin_readings("hsi") == ("xi",)
    assert pinyin_readings("chin") == ("jin", "qin")
    assert pinyin_readings("ping") == ("bing", "ping")
    assert pinyin_readings("tse") == ("ze", "ce")
    assert pinyin_readings("lee") == ("li",)  # as Taiwan writes 李
    assert pinyin_readings("kim") == ()


def test_a_name_is_wade_giles_when_one_syllable_is_no_pinyin() -> None:
    assert wade_giles_name(["mao", "tse", "tung"])
    assert wade_giles_name(["tsai", "ing", "wen"])
    assert not wade_giles_name(["li", "wang"])  # pinyin as it stands
    assert not wade_giles_name(["ho", "chi", "minh"])  # minh is no syllable
    assert not wade_giles_name(["hsi"])


def test_analysis_adds_pinyin_readings_after_the_written_one() -> None:
    tokens = analyze("Hsi Chin-ping", "Person").tokens
    assert [t.readings for t in tokens] == [("hsi", "xi"), ("chin", "jin", "qin"), ("ping", "bing")]
    assert [t.readings for t in analyze("Li Wang", "Person").tokens] == [("li",), ("wang",)]
    company = analyze("Hsin Chu Trading Co", "Company").tokens
    assert all(t.readings == (t.latin,) for t in company)
