"""Hebrew skeletons and readings."""

from __future__ import annotations

from saring.names.hebrew import hebrew_reading, hebrew_skeletons
from saring.names.phonetic import skeleton_key


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


def test_reading() -> None:
    assert hebrew_reading("משה") == "mshe"
    assert hebrew_reading("דוד") == "dod"
