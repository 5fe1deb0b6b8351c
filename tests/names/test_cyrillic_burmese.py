"""Burmese names written in Cyrillic."""

from __future__ import annotations

from saring.names import analyze
from saring.names.cyrillic_burmese import burmese_name, burmese_readings


def test_a_name_of_burmese_syllables_one_telling() -> None:
    assert burmese_name(["Мин", "Аунг", "Хлайн"])
    assert burmese_name(["Мья", "Тун", "У"])
    assert not burmese_name(["Мин", "Тан"])  # syllables other names use too
    assert not burmese_name(["Хлайн"])  # one word
    assert not burmese_name(["Аунг", "Иванов"])


def test_readings_are_the_latin_spellings() -> None:
    assert burmese_readings("Хлайн") == ("hlaing",)
    assert burmese_readings("Чжо") == ("kyaw",)
    assert burmese_readings("Иванов") == ()


def test_every_word_is_a_given_name_and_u_no_initial() -> None:
    tokens = analyze("Мья Тун У", "Person").tokens
    assert [t.kind.value for t in tokens] == ["given"] * 3
    assert "oo" in tokens[2].readings
