"""Korean names in Cyrillic read as the Hangul syllables they write."""

from __future__ import annotations

from saring.names import analyze, scripts
from saring.names.cyrillic_korean import hangul_syllables, korean_name, korean_readings


def test_syllables_parse_into_hangul() -> None:
    assert "정" in hangul_syllables("Чен")
    assert "은" in hangul_syllables("Ын")
    assert "최" in hangul_syllables("Чхве")
    assert "룡" in hangul_syllables("Рён")
    assert hangul_syllables("Иван") == ()


def test_readings_are_the_syllables_romanisations() -> None:
    assert {"jong", "jeong"} <= set(korean_readings("Чен"))
    assert {"un", "eun"} <= set(korean_readings("Ын"))
    assert "lee" in korean_readings("Ли", family=True)
    assert "lee" not in korean_readings("Ли")


def test_a_name_is_korean_with_a_family_name_and_syllables() -> None:
    assert korean_name(["Ким", "Чен", "Ын"])
    assert korean_name(["Пак", "Пон", "Джу"])
    assert not korean_name(["Иван", "Ли"])  # Иван is no Korean syllable
    assert not korean_name(["Ким"])


def test_analysis_reads_korean_names() -> None:
    name = analyze("Ким Чен Ын", "Person")
    assert [t.kind.value for t in name.tokens] == ["family", "given", "given"]
    assert "jong" in name.tokens[1].variants
    assert {t.script for t in name.tokens} == {scripts.CYRILLIC_SYLLABLES}
    assert analyze("Ли Пэн", "Person").tokens[0].script == scripts.CYRILLIC  # Chinese too


def test_two_words_opening_with_an_english_given_name_are_no_korean_name() -> None:
    assert korean_name(["Чон", "Янг"])
    assert not korean_name(["Джон", "Янг"])  # John Young
    assert not korean_name(["Джон", "Мур"])  # John Moore
