"""Regnal numbers after a name, in every script."""

from __future__ import annotations

from saring.names import Kind, analyze
from saring.names.regnal import regnal_numbers, roman_value


def test_numbers_in_every_script() -> None:
    assert regnal_numbers(["Charles", "III"], latin_name=True) == {1: (3, 1)}
    assert regnal_numbers(["Benedict", "XVI"], latin_name=True) == {1: (16, 1)}
    assert regnal_numbers(["Пётр", "I"], latin_name=False) == {1: (1, 1)}
    assert regnal_numbers(["찰스", "3세"], latin_name=False) == {1: (3, 1)}
    assert regnal_numbers(["تشارلز", "الثالث"], latin_name=False) == {1: (3, 1)}
    assert regnal_numbers(["لاون", "الرابع", "عشر"], latin_name=False) == {1: (14, 2)}
    assert regnal_numbers(["לאו", "הארבעה", "עשר"], latin_name=False) == {1: (14, 2)}
    assert regnal_numbers(["צ'ארלס", "השלישי"], latin_name=False) == {1: (3, 1)}


def test_a_lone_letter_is_a_number_only_where_an_initial_cannot_be() -> None:
    assert regnal_numbers(["Elizabeth", "I"], latin_name=True) == {1: (1, 1)}
    assert regnal_numbers(["Paul", "I", "of", "Greece"], latin_name=True) == {1: (1, 1)}
    assert regnal_numbers(["François", "Ier"], latin_name=True) == {1: (1, 1)}


def test_compound_ordinals() -> None:
    assert regnal_numbers(["يوحنا", "الثالث", "والعشرون"], latin_name=False) == {1: (23, 2)}
    assert regnal_numbers(["יוחנן", "העשרים", "ושלושה"], latin_name=False) == {1: (23, 2)}
    assert regnal_numbers(["אליזבת", "השנייה"], latin_name=False) == {1: (2, 1)}


def test_names_that_look_like_numbers_stay_names() -> None:
    assert regnal_numbers(["XI", "Jinping"], latin_name=True) == {}  # never the first piece
    assert regnal_numbers(["Jinping", "XI"], latin_name=True) == {}  # a name in capitals
    assert regnal_numbers(["SMITH", "JOHN", "I"], latin_name=True) == {}  # or an initial
    assert regnal_numbers(["John", "I"], latin_name=True, final_dot=True) == {}
    assert regnal_numbers(["Ivan", "Ivi"], latin_name=True) == {}  # numerals are capitals
    assert regnal_numbers(["عبد", "الحادي"], latin_name=False) == {}  # needs عشر after it


def test_a_number_is_one_part_read_as_digits() -> None:
    tokens = analyze("الملك عبد الله الرابع عشر", "Person").tokens
    numbers = [t for t in tokens if t.kind == Kind.NUMBER]
    assert [(t.original, t.latin) for t in numbers] == [("الرابع عشر", "14")]


def test_a_series_numeral_in_an_organisation_name_is_a_number() -> None:
    assert [roman_value(w) for w in ("II", "XIV", "XXXIX", "ii", "IIII", "MIX")] == [
        *(2, 14, 39),
        *(None, None, None),
    ]
    tokens = analyze("Blackstone Real Estate Partners VI L.P.", "Company").tokens
    assert [(t.original, t.latin) for t in tokens if t.kind == Kind.NUMBER] == [("VI", "6")]
    # never the first word: Xi'an, VIVA
    assert not [t for t in analyze("XI Group", "Company").tokens if t.kind == Kind.NUMBER]


def test_english_generational_suffixes() -> None:
    assert regnal_numbers(["Floyd", "Mayweather", "Jr"], latin_name=True) == {2: (2, 1)}
    assert regnal_numbers(["KING", "Martin", "Luther", "JR"], latin_name=True) == {3: (2, 1)}
    assert regnal_numbers(["Robert", "Kennedy", "Sr"], latin_name=True) == {2: (1, 1)}
    assert regnal_numbers(["Jr", "Smith"], latin_name=True) == {}  # a first word is a name
    assert regnal_numbers(["Pliny", "the", "Younger"], latin_name=True) == {2: (2, 1)}
    assert regnal_numbers(["Lucas", "Cranach", "the", "Elder"], latin_name=True) == {3: (1, 1)}
    assert regnal_numbers(["John", "Elder"], latin_name=True) == {}  # a family name


def test_generational_suffixes_of_other_scripts() -> None:
    # Arabic "the son", Russian "the younger" and "the elder", Junior spelt out
    assert regnal_numbers(["فرديناند", "ماركوس", "الابن"], latin_name=False) == {2: (2, 1)}
    assert regnal_numbers(["Фердинанд", "Маркос", "младший"], latin_name=False) == {2: (2, 1)}
    assert regnal_numbers(["Джордж", "Буш", "Старший"], latin_name=False) == {2: (1, 1)}
    assert regnal_numbers(["الابن", "ماركوس"], latin_name=False) == {}
    # Hebrew "the father" (the Elder)
    assert regnal_numbers(["לוקאס", "קראנאך", "האב"], latin_name=False) == {2: (1, 1)}
    # Hebrew Junior with its geresh as the tokenizer leaves it, or as typed
    assert regnal_numbers(["רוברט", "קנדי", "גׄוניור"], latin_name=False) == {2: (2, 1)}
    assert regnal_numbers(["רוברט", "קנדי", "ג'וניור"], latin_name=False) == {2: (2, 1)}
