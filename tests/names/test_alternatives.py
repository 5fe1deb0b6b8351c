"""Other names a written name holds: brackets in another script, quoted nicknames."""

from __future__ import annotations

from saring.names.alternatives import name_alternatives


def test_a_name_in_another_script_in_brackets() -> None:
    assert name_alternatives("김정은(金正恩)", person=True) == ["김정은", "金正恩"]
    assert name_alternatives("Сергей Лавров (Sergey Lavrov)", person=False) == [
        "Сергей Лавров",
        "Sergey Lavrov",
    ]


def test_brackets_in_the_same_script() -> None:
    # a person's birth name in brackets: the name stands without it
    assert name_alternatives("Голда Меир (Мейерсон)", person=True) == ["Голда Меир"]
    # an organisation's brackets say which one it is: Deutsche Bank (Schweiz) AG
    assert name_alternatives("Deutsche Bank (Schweiz) AG", person=False) == []


def test_quoted_nicknames() -> None:
    assert name_alternatives('Benjamin "Bibi" Netanyahu', person=True) == [
        "Benjamin Netanyahu",
        "Bibi Netanyahu",  # a one-word nickname after the given name, put for it
    ]
    assert name_alternatives("Avraham 'Bren' Adan", person=True) == ["Avraham Adan", "Bren Adan"]
    # in brackets too, for two given names at most
    assert name_alternatives("Sung Kook (Bill) Hwang", person=True) == [
        "Sung Kook Hwang",
        "Bill Hwang",
    ]
    assert "Jack Smith" not in name_alternatives('John Paul Peter "Jack" Smith', person=True)
    assert name_alternatives('"양신" 양준혁', person=True) == ["양준혁"]
    assert name_alternatives("Алексей «Навальный»", person=True) == []  # one word left
    assert name_alternatives("Patrick O'Brien", person=True) == []  # an apostrophe
    assert name_alternatives('הרב יוסף חיים זוננפלד מצה"ל', person=True) == []  # gershayim


def test_most_names_hold_no_other() -> None:
    assert name_alternatives("Sergey Viktorovich LAVROV", person=True) == []
    assert name_alternatives("", person=True) == []


def test_the_article_south_asian_spellings_join_to_a_name() -> None:
    assert name_alternatives("Sheikh Mujibur Rahman", True) == ["Sheikh Mujib ur Rahman"]
    assert name_alternatives("Ziaur Rahman", True) == ["Zia ur Rahman"]
    assert name_alternatives("Nurul Islam", True) == ["Nur ul Islam"]
    assert name_alternatives("Raoul Castro", True) == []  # ul after a vowel
    assert name_alternatives("Paul Smith", True) == []  # too short
    assert name_alternatives("Arthur Miller", True) == []  # ur before another consonant
    assert name_alternatives("Nurul Islam", False) == []
