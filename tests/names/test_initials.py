"""Hebrew initials joined by gershayim; the Latin letters a word of another script may open with."""

from __future__ import annotations

from saring.names.initials import opening_letters, split_hebrew_initials


def test_two_initials_are_written_apart() -> None:
    assert split_hebrew_initials("י״ל פרץ") == "י ל פרץ"
    assert split_hebrew_initials('י"ל פרץ') == "י ל פרץ"


def test_a_title_stays_and_an_acronym_ending_on_a_final_form_is_a_word() -> None:
    assert split_hebrew_initials("ד״ר משה כהן") == "ד״ר משה כהן"
    assert split_hebrew_initials("שמואל כ״ץ") == "שמואל כץ"  # Katz


def test_opening_letters_of_words_in_other_scripts() -> None:
    assert "e" in opening_letters("ערן", "Hebrew")  # Eran: its reading is rn
    assert "f" in opening_letters("피츠제럴드", "Hangul foreign")  # Fitzgerald: ㅍ writes f
    assert opening_letters("피츠제럴드", "Hangul") == ()  # a Korean syllable's are its readings
    assert "j" in opening_letters("Янник", "Cyrillic")  # Jannik
    assert set(opening_letters("جمال", "Arabic")) >= {"j", "g", "d"}  # Jamal, Gamal, Djamel
    assert opening_letters("Smith", "Latin") == ()
