"""Latin names as French, Spanish and Italian sound them."""

from __future__ import annotations

from saring.names.romance import romance_spellings


def test_french_spanish_and_italian_sounds() -> None:
    assert romance_spellings("charles") == ("sharl",)  # ch as sh, a final es unsounded
    assert romance_spellings("gaulle") == ("goll",)  # au as o, a final e unsounded
    assert "olland" in romance_spellings("hollande")  # an initial h unsounded
    assert romance_spellings("francois") == ("fransua",)  # ç written c, oi as ua
    assert romance_spellings("hugo") == ("ugo",)
    assert "chaves" in romance_spellings("chavez")  # a Spanish final z as s
    assert romance_spellings("giorgia") == ("jorja",)  # Italian gi before a vowel as j


def test_a_final_s_is_unsounded_only_in_a_word_spelt_the_french_way() -> None:
    assert "jon" not in romance_spellings("jones")  # a Jones is no Jon
    assert "jam" not in romance_spellings("james")
    assert romance_spellings("villepin") == ()


def test_a_j_stays_a_j() -> None:
    assert romance_spellings("jalali") == ()  # an Arabic name's j: Jalali is no Halali
