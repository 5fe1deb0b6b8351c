"""Hebrew skeletons and readings."""

from __future__ import annotations

import pytest

from saring.names import analyze
from saring.names.hebrew import (
    given_name_spellings,
    hebrew_readings,
    hebrew_skeletons,
    other_given_names,
    split_joined_article,
)
from saring.names.phonetic import skeleton_key
from saring.names.tokenize import split_pieces


def test_skeletons_meet_latin_spellings() -> None:
    pairs = [
        ("בנימין", "Binyamin"),
        ("נתניהו", "Netanyahu"),
        ("אברהם", "Abraham"),
        ("יוסף", "Yosef"),
        ("דוד", "David"),
        ("משה", "Moshe"),
        ("ישראל", "Israel"),
        ("שלמה", "Shlomo"),
    ]
    for hebrew, latin in pairs:
        skeletons = hebrew_skeletons(hebrew)
        assert skeleton_key(latin) in skeletons or skeleton_key("Y" + latin) in skeletons, (
            hebrew,
            latin,
            skeletons,
        )


@pytest.mark.parametrize(
    ("hebrew", "latin"),
    [
        ("בנימין", "Benjamin"),  # a yod between consonants written j
        ("יצחק", "Yitzhak"),  # Latin tz then h
        ("יצחק", "Itzhak"),  # the opening yod dropped
        ("ירד", "Yered"),  # as Latin reads ye: Ered
        ("חיים", "Chaim"),  # ח written ch
        ("מרדכי", "Mordechai"),  # כ written ch
        ("ציון", "Zion"),  # צ written z
        ("וייצמן", "Weizmann"),
        ("יעקב", "Yaakov"),  # a final v Latin drops from the skeleton
        ("אברהם", "Avraham"),  # a v before a consonant likewise
        ("רוזנברג", "Rosenberg"),  # ז as a German s
        ("פתאח", "Fattah"),  # a final ח Latin drops after a vowel
        ("סמדג׳ה", "Smadja"),  # דג׳ writing dj
        ("אברהם", "Avram"),  # an h inside a longer word Latin leaves out
        ("מנוצ׳הר", "Manucher"),
    ],
)
def test_skeletons_meet_other_latin_spellings(hebrew: str, latin: str) -> None:
    assert skeleton_key(latin) in hebrew_skeletons(hebrew)


def test_alternatives_stay_where_latin_writes_them() -> None:
    assert "jnn" not in hebrew_skeletons("ינון")  # Yinon, not Zhenyu
    assert all(not s.startswith("j") for s in hebrew_skeletons("יאיר"))  # Yair, not Igor
    assert "s" not in hebrew_skeletons("עוז")  # Oz: a final z stays z
    assert "ln" in hebrew_skeletons("לבני")  # Livni: Latin skeletons drop a v before n
    assert hebrew_skeletons("לבני")[0] == "lbn"  # the likeliest keeps it
    assert "dn" not in hebrew_skeletons("דהן")  # Dahan keeps its h: not Dayan
    assert hebrew_skeletons("אברהם")[0] == "brhm"  # written h first


def test_readings() -> None:
    assert hebrew_readings("משה")[0] == "mshe"
    assert hebrew_readings("דודי") == ("dodi",)
    # A kaf after the first letter is also read ch; at the start it stays k (Cohen).
    assert hebrew_readings("מיכאלי") == ("mikali", "michali")
    assert hebrew_readings("כהן") == ("khn",)

    # Read only as k, מיכאלי fell in Nicholas's name group (with Mikalai), not Michael's.
    assert "=michael" in analyze("מיכאלי", "Person").tokens[0].aliases


def test_a_geresh_marks_a_borrowed_sound() -> None:
    tokens = analyze("שלי יחימוביץ'", "Person").tokens
    assert tokens[1].original == "יחימוביץ׳"  # shown with the Hebrew geresh
    assert tokens[1].latin == "ykhimobich"
    assert skeleton_key("Yachimovich") in tokens[1].skeletons
    jamal = analyze("ג׳מאל", "Person").tokens[0]
    assert jamal.latin == "jmal" and jamal.skeletons == ("jml",)
    assert hebrew_skeletons("צרצ׳יל") != hebrew_skeletons("צרציל")


def test_given_names_have_the_english_forms_skeletons_miss() -> None:
    assert hebrew_readings("יצחק")[-2:] == ("isaac", "yitzchok")  # and an Ashkenazi spelling
    assert hebrew_readings("משה") == ("mshe", "moses")  # the letters' reading first
    # a spelling, not a name group: יוסף meets Joseph, not Yusuf
    assert not any("yusuf" in a for a in analyze("יוסף", "Person").tokens[0].aliases)


def test_the_table_of_israeli_given_names_tells_names_apart() -> None:
    assert other_given_names("תמר", "tamir")  # תמיר
    assert other_given_names("מיכל", "michael")  # מיכאל
    assert not other_given_names("תמר", "tamar")
    assert not other_given_names("אורי", "ori")  # one spelling, two names: Uri and Ori
    assert not other_given_names("תמר", "tamara")  # a spelling the table lacks: no verdict
    assert not other_given_names("ביטון", "biton")  # a word the table lacks
    assert "kobi" in (given_name_spellings("קובי") or ())
    assert given_name_spellings("ביטון") is None


def test_an_article_joined_after_abd_is_cut_off() -> None:
    texts = [p.text for p in split_joined_article(split_pieces("עבד אלפתאח א-סיסי"))]
    assert texts == ["עבד", "אל", "פתאח", "א", "סיסי"]
    assert split_joined_article(split_pieces("עבד אלפתאח")) == split_pieces("עבד אל-פתאח")
    # only after עבד, and not when too little is left
    assert [p.text for p in split_joined_article(split_pieces("אלון אלמוג"))] == ["אלון", "אלמוג"]
    assert [p.text for p in split_joined_article(split_pieces("עבד אלי"))] == ["עבד", "אלי"]


def test_tet_shin_writes_a_foreign_ch() -> None:
    assert skeleton_key("Fletcher") in hebrew_skeletons("פלטשר")
    assert skeleton_key("Tchernichovsky") in hebrew_skeletons("טשרניחובסקי")
    assert hebrew_skeletons("פלטשר")[0] == "bltxr"  # t then sh stays likeliest


def test_a_doubled_waw_before_a_consonant_ends_a_diphthong() -> None:
    assert skeleton_key("Shawkat") in hebrew_skeletons("שווכת")
    assert skeleton_key("Tawfiq") in hebrew_skeletons("תאוופיק")
    assert hebrew_skeletons("שווכת")[0] == "xwkt"
    assert all("w" in s for s in hebrew_skeletons("דוואי"))  # before a vowel letter: Dawai


def test_a_final_he_after_one_consonant_may_be_an_arabic_h() -> None:
    assert skeleton_key("Taha") in hebrew_skeletons("טה")
    assert hebrew_skeletons("טה")[0] == "t"
    assert skeleton_key("Moshe") == hebrew_skeletons("משה")[0]
    assert "mxh" not in hebrew_skeletons("משה")  # only after one letter
