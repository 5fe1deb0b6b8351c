"""What name parts' writing shows of their vowels."""

from __future__ import annotations

from saring.names import scripts
from saring.names.vowels import (
    BACK,
    CLOSE,
    CONSONANT,
    EITHER,
    FRONT,
    OPEN,
    VOWEL,
    endings_differ,
    last_vowel_letters,
    signs_disagree,
    vowel_signs,
)

AR, HE, LA = scripts.ARABIC, scripts.HEBREW, scripts.LATIN


def test_abjad_parts_write_their_opening_closing_and_long_vowels() -> None:
    assert vowel_signs("احسان", AR, "ahsan")[:3] == (VOWEL, CONSONANT, VOWEL)  # Ehsan
    assert vowel_signs("حسنا", AR, "hsna")[:3] == (CONSONANT, VOWEL, VOWEL)  # Hosna
    assert vowel_signs("حسن", AR, "hsn")[:3] == (CONSONANT, CONSONANT, CONSONANT)  # Hasan
    assert vowel_signs("משה", HE, "msh")[:3] == (CONSONANT, VOWEL, EITHER)  # Moshe
    assert vowel_signs("עמיר", HE, "amir")[:3] == (VOWEL, CONSONANT, EITHER)
    assert vowel_signs("اشرفی", AR, "ashrfi")[1] == VOWEL  # Ashrafi
    assert vowel_signs("مرتضی", AR, "mrtzi")[1] == VOWEL  # Morteza: Persian writes final ى so


def test_letters_for_a_vowel_or_a_consonant_say_nothing() -> None:
    assert vowel_signs("یوسف", AR, "yusf")[:2] == (EITHER, CONSONANT)
    assert vowel_signs("عمرو", AR, "amrw")[1] == EITHER  # Amr
    assert vowel_signs("العقيل", AR, "alqil")[0] == EITHER  # al-Aqil or Aqil
    assert vowel_signs("استانکزی", AR, "stankzi")[0] == EITHER  # Stanekzai
    assert vowel_signs("اسلامی", AR, "eslami")[0] == VOWEL  # Eslami, never Salami
    assert vowel_signs("יצחק", HE, "itshq")[0] == EITHER  # Yitzhak, Itzhak
    assert vowel_signs("الحسن", AR, "alhsn")[2] == CONSONANT  # the article's alif is no vowel


def test_latin_parts_as_written() -> None:
    assert vowel_signs("Hassan", LA, "hassan")[:3] == (CONSONANT, CONSONANT, EITHER)
    assert vowel_signs("Leila", LA, "leila")[:3] == (CONSONANT, VOWEL, VOWEL)
    assert vowel_signs("Djermane", LA, "djermane")[1] == EITHER  # a French silent e
    assert vowel_signs("Sarah", LA, "sarah")[1] == EITHER
    assert vowel_signs("Mourad", LA, "mourad")[2] == EITHER  # French ou: a short u too
    # the first part of a word cut in two does not end the word: Ghiasso-uddine
    assert vowel_signs("GHIASSOUDDINE", LA, "ghiasso")[1] == EITHER


def test_disagreement_needs_both_sides_known() -> None:
    def apart(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
        return signs_disagree(vowel_signs(*a), vowel_signs(*b))

    assert apart(("احسان", AR, "ahsan"), ("Hassan", LA, "hassan"))
    assert apart(("حسنا", AR, "hsna"), ("Hosein", LA, "hosein"))
    assert apart(("حسن", AR, "hsn"), ("Hossein", LA, "hossein"))
    assert apart(("اشرفی", AR, "ashrfi"), ("Ashraf", LA, "ashraf"))
    assert not apart(("مرتضی", AR, "mrtzi"), ("Morteza", LA, "morteza"))
    assert not apart(("حسین", AR, "hsin"), ("Hossein", LA, "hossein"))
    assert not apart(("احمد", AR, "ahmd"), ("Ahmed", LA, "ahmed"))
    assert not apart(("یوسف", AR, "yusf"), ("Usuf", LA, "usuf"))


def test_the_vowel_a_part_ends_on() -> None:
    assert vowel_signs("סולאנה", HE, "solane")[3] == OPEN  # a final he: a or e, not i
    assert vowel_signs("Solano", LA, "solano")[3] == BACK
    assert vowel_signs("Sarah", LA, "sarah")[3] == OPEN  # a final h is passed over
    assert vowel_signs("عبد ربه", AR, "abdrbh")[3] == EITHER  # a final he may be -uh
    assert vowel_signs("فاطمة", AR, "fatmt")[3] == OPEN  # ta marbuta
    assert vowel_signs("مصطفى", AR, "mstfi")[3] == FRONT  # alif maqsura: a, or i as ya
    assert endings_differ(OPEN, CLOSE) and endings_differ(FRONT, BACK)
    assert not endings_differ(FRONT, OPEN) and not endings_differ(FRONT, CLOSE)
    assert signs_disagree(vowel_signs("غزالة", AR, "ghzalt"), vowel_signs("Ghazali", LA, "ghazali"))
    assert signs_disagree(vowel_signs("عقيلة", AR, "aqilt"), vowel_signs("Aqil", LA, "aqil"))
    assert not signs_disagree(vowel_signs("رحمة", AR, "rhmt"), vowel_signs("Rahmat", LA, "rahmat"))
    assert not signs_disagree(vowel_signs("שגיא", HE, "sgia"), vowel_signs("Sagi", LA, "sagi"))
    assert vowel_signs("מילוא", HE, "miloa")[3] == BACK  # an alef after a final vav is silent
    assert not signs_disagree(vowel_signs("מילוא", HE, "miloa"), vowel_signs("Milo", LA, "milo"))
    assert signs_disagree(
        vowel_signs("פדריקה", HE, "fdrikh"), vowel_signs("Federico", LA, "federico")
    )
    assert not signs_disagree(
        vowel_signs("פדריקה", HE, "fdrikh"), vowel_signs("Federica", LA, "federica")
    )


def test_the_vowel_of_a_last_syllable_hebrew_writes() -> None:
    assert vowel_signs("ביטן", HE, "bitn")[4] == CONSONANT  # Bitan
    assert vowel_signs("ביטון", HE, "bitun")[4] == EITHER  # Biton
    assert vowel_signs("סמוטריץ'", HE, "smotrits")[4] == EITHER  # the geresh passed over
    assert vowel_signs("Biton", LA, "biton")[4] == VOWEL
    assert vowel_signs("Bitan", LA, "bitan")[4] == EITHER
    assert vowel_signs("Trump", LA, "trump")[4] == EITHER  # two consonants close it
    assert vowel_signs("Fox", LA, "fox")[4] == EITHER  # x is two
    assert vowel_signs("Hussein", LA, "hussein")[4] == EITHER  # ei: not one vowel
    assert signs_disagree(vowel_signs("גל", HE, "gl"), vowel_signs("Gil", LA, "gil"))
    assert not signs_disagree(vowel_signs("טראמפ", HE, "trmp"), vowel_signs("Trump", LA, "trump"))
    assert not signs_disagree(vowel_signs("גל", HE, "gl"), vowel_signs("Gal", LA, "gal"))


def test_an_arabic_alif_before_the_last_consonant_writes_any_vowel_but_i() -> None:
    assert last_vowel_letters("عساف") == frozenset("aeou")  # Assaf, not Asif
    assert last_vowel_letters("جوسبان") == frozenset()  # a French nasal: Jospin
    assert last_vowel_letters("עמאר") == frozenset("ae")  # a Hebrew alef: Amar, not Amir
