"""Chinese names written in Arabic script."""

from __future__ import annotations

from saring.names import analyze
from saring.names.arabic_chinese import chinese_name, pinyin_readings, spellings


def test_spellings_follow_the_press() -> None:
    assert spellings("xi")[0] == "شی"  # letters folded: ي as ی
    assert "تشانغ" in spellings("zhang")
    assert "جینغ" in spellings("jing")


def test_words_read_as_pinyin_syllables_likeliest_first() -> None:
    assert pinyin_readings("بينغ")[:2] == ("bing", "ping")
    assert "zhou" in pinyin_readings("تشو")
    assert pinyin_readings("محمد") == ()


def test_a_name_is_chinese_when_its_spelling_or_family_name_tells() -> None:
    assert chinese_name(["وانغ", "يي"])  # a final ng
    assert chinese_name(["تشاو", "كه", "تشي"])
    assert chinese_name(["هو", "جين", "تاو"])  # three syllables opened by a family name
    assert not chinese_name(["سامي", "هادي"])  # syllables, but nothing only Chinese
    assert not chinese_name(["لي", "سامي"])
    assert not chinese_name(["محمد", "علي"])


def test_analysis_reads_pinyin_first_and_the_family_name() -> None:
    family, *given = analyze("شي جين بينغ", "Person").tokens
    assert family.kind.value == "family" and "xi" in family.readings
    assert [t.readings[0] for t in given] == ["jin", "bing"]
    assert {t.kind.value for t in given} == {"given"}
