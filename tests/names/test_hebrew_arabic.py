"""Common Arabic names written in Hebrew letters."""

from __future__ import annotations

from saring.names.hebrew_arabic import arabic_name_spellings


def test_common_arabic_names_are_known_by_their_skeleton() -> None:
    assert "mohammad" in arabic_name_spellings("מוחמד")
    assert "morteza" in arabic_name_spellings("מורטזא")
    assert "hussein" in arabic_name_spellings("חוסיין")


def test_short_skeletons_and_other_words_give_nothing() -> None:
    assert arabic_name_spellings("עלי") == ()  # one consonant: Ali, or Eli
    assert arabic_name_spellings("נתניהו") == ()
