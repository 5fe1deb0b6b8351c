"""Chinese names written in Hangul by Korean's spelling of Mandarin."""

from __future__ import annotations

from saring.names import analyze, scripts
from saring.names.hangul_chinese import (
    chinese_name,
    family_length,
    may_be_chinese,
    pinyin_readings,
    spellings,
)


def test_spellings_follow_the_rules() -> None:
    assert spellings("xi") == ("시",)
    assert spellings("ping") == ("핑",)
    assert spellings("xiao") == ("샤오",)  # a final of two syllables
    assert spellings("zhou") == ("저우",)
    assert spellings("jia") == ("자",)  # after ㅈ a y-vowel is written plain
    assert spellings("qiang") == ("창",)
    assert spellings("ze") == ("쩌",)
    assert spellings("zhi") == ("즈",)  # the buzzed i is ㅡ
    assert spellings("yuan") == ("위안",)
    assert spellings("lu") == ("루", "뤼")  # lu may be lü


def test_words_read_as_pinyin() -> None:
    assert pinyin_readings("진핑") == ("jinping",)
    assert "keqiang" in pinyin_readings("커창")
    assert pinyin_readings("마오쩌둥") == ("maozedong",)
    assert pinyin_readings("김정은") == ()  # ㄱ and ㅁ end no pinyin syllable
    assert family_length("마오쩌둥") == 2
    assert family_length("시진핑") == 1


def test_a_name_is_chinese_when_a_syllable_is_no_korean_reading() -> None:
    assert chinese_name(["시진핑"])  # 핑 reads no Chinese character in Korean
    assert chinese_name(["리커창"])
    assert chinese_name(["덩샤오핑"])
    assert chinese_name(["저우언라이"])  # not built as a Korean name, Zhou first
    assert not chinese_name(["왕치산"])  # built as a Korean name
    assert may_be_chinese(["왕치산"])
    assert not chinese_name(["김정은"])
    assert not chinese_name(["루이스"])  # 스 is in foreign names too
    assert not chinese_name(["마리아"])
    assert not may_be_chinese(["김정은"])  # no pinyin spelling


def test_analysis_reads_family_and_given_name_in_pinyin() -> None:
    family, given = analyze("시진핑", "Person").tokens
    assert (family.original, family.latin, given.latin) == ("시", "xi", "jinping")
    assert family.script == given.script == scripts.HANGUL_CHINESE
    written_apart = analyze("시 진핑", "Person").tokens
    assert [t.latin for t in written_apart] == ["xi", "jinping"]
    # a name built as a Korean one keeps its syllables, read in pinyin too
    tokens = analyze("왕치산", "Person").tokens
    assert [t.original for t in tokens] == ["왕", "치", "산"]
    assert "qi" in tokens[1].readings and "chi" in tokens[1].readings


def test_only_a_name_built_as_korean_writes_a_chinese_one_is_read_so() -> None:
    # one word, or the family name's one syllable apart: Chinese
    assert chinese_name(["시", "진핑"])
    # more words, or a longer first one: Southeast Asian or Western names
    assert not chinese_name(["시티", "아이샤"])
    assert not chinese_name(["하칸", "피단"])
    assert not chinese_name(["판", "반", "카이"])
