"""Hebrew initials joined by gershayim."""

from __future__ import annotations

from saring.names.initials import split_hebrew_initials


def test_two_initials_are_written_apart() -> None:
    assert split_hebrew_initials("י״ל פרץ") == "י ל פרץ"
    assert split_hebrew_initials('י"ל פרץ') == "י ל פרץ"


def test_a_title_stays_and_an_acronym_ending_on_a_final_form_is_a_word() -> None:
    assert split_hebrew_initials("ד״ר משה כהן") == "ד״ר משה כהן"
    assert split_hebrew_initials("שמואל כ״ץ") == "שמואל כץ"  # Katz
