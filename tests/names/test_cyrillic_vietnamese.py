"""Vietnamese names written in Cyrillic."""

from __future__ import annotations

from saring.names import analyze, scripts
from saring.names.cyrillic_vietnamese import vietnamese_name, vietnamese_readings


def test_a_name_of_syllables_opened_by_a_family_name() -> None:
    assert vietnamese_name(["Фам", "Ван", "Донг"])
    assert vietnamese_name(["Ле", "Зуан"])  # an initial з
    assert vietnamese_name(["Нгуен", "Ай"])
    assert not vietnamese_name(["Ле", "Пен"])  # two words, nothing only Vietnamese
    assert not vietnamese_name(["Иван", "Ле"])  # no family name first
    assert not vietnamese_name(["Фам", "Иванович"])  # not a syllable


def test_readings_are_vietnamese_spellings() -> None:
    assert "duan" in vietnamese_readings("Зуан")
    assert "giap" in vietnamese_readings("Зиап")
    assert "giang" in vietnamese_readings("Зянг")  # gi before a glide too
    assert "chinh" in vietnamese_readings("Тинь")
    assert "quang" in vietnamese_readings("Куанг")
    assert "diem" in vietnamese_readings("Зьем")
    assert "nhan" in vietnamese_readings("Нян")  # nh before a vowel as н and a soft vowel
    assert vietnamese_readings("Иванович") == ()


def test_syllables_are_compared_by_their_readings_only() -> None:
    tokens = analyze("Нгуен Суан Фук", "Person").tokens
    assert {t.script for t in tokens} == {scripts.CYRILLIC_SYLLABLES}
    assert "xuan" in tokens[1].readings
    assert "phuc" in tokens[2].readings


def test_ukrainian_letters_read_as_russian_ones() -> None:
    tokens = analyze("Нгуєн Кі", "Person").tokens  # Ukrainian є and і: Нгуен Ки
    assert {t.script for t in tokens} == {scripts.CYRILLIC_SYLLABLES}
    assert "ky" in tokens[1].readings
