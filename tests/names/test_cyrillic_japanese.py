"""Japanese names written in Cyrillic by the Polivanov system."""

from __future__ import annotations

from saring.names import analyze
from saring.names.cyrillic_japanese import hepburn_readings, japanese_name


def test_a_name_of_polivanov_syllables_one_telling() -> None:
    assert japanese_name(["Кэйдзо", "Обути"])
    assert japanese_name(["Синдзо", "Абэ"])
    assert japanese_name(["Фумио", "Кисида"])
    assert not japanese_name(["Мария", "Иванова"])  # kana-shaped, but spelt as Russian
    assert not japanese_name(["Сергей", "Лавров"])  # not syllables
    assert not japanese_name(["Обути"])  # one word


def test_readings_are_hepburn() -> None:
    assert hepburn_readings("Обути") == ("obuchi",)
    assert hepburn_readings("Дзюнъитиро") == ("junichiro",)
    assert hepburn_readings("Хаттори") == ("hattori",)
    assert set(hepburn_readings("Намба")) == {"namba", "nanba"}
    assert set(hepburn_readings("Синбун")) == {"shinbun", "shimbun"}
    assert hepburn_readings("Лавров") == ()


def test_analysed_names_carry_the_readings() -> None:
    tokens = analyze("Тэцуя Ямагами", "Person").tokens
    assert "tetsuya" in tokens[0].readings
    assert "yamagami" in tokens[1].readings
    assert "obuchi" not in analyze("Олег Обути", "Person").tokens[1].readings
