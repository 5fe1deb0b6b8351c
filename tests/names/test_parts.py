"""Pieces read as parts with their comparison forms."""

from __future__ import annotations

from saring.names.model import Kind
from saring.names.parts import part_forms, piece_bases
from saring.names.transliterate import Context

RU = Context()
FA = Context(persian=True)


def test_part_forms() -> None:
    forms = part_forms("Хрущёв", "Cyrillic", RU)
    assert forms.readings == (
        "khrushchyov",
        "khrushchev",
        "hrushchyov",
        "khruchtchyov",
        "khrouchtchiov",  # as French spells it
    )
    assert forms.phonetics == ("hroxcov", "hroxcav", "hrocov", "hrocav")
    # the v also read f, as Arabic writes it (خروشوف)
    assert forms.skeletons == ("hrxc", "hrc", "hrxcf")
    arabic = part_forms("رمضان", "Arabic", RU)
    assert arabic.skeletons[:2] == ("rmdn", "rmzn")
    assert part_forms("김", "Hangul", RU, family=True).readings == ("kim", "gim")


def test_compounds_give_several_parts() -> None:
    assert [b.forms.readings[0] for b in piece_bases("Abdulrahman", RU, False)] == [
        "abd",
        "rahman",
    ]
    assert [b.original for b in piece_bases("عبدالرحمن", RU, False)] == ["عبد", "الرحمن"]
    assert [b.original for b in piece_bases("Abdulrahman", RU, False)] == ["Abdulrahman"] * 2
    # a compound written in Cyrillic keeps each reading's part: siradzh or siraj, + din
    parts = piece_bases("Сираджуддин", RU, False)
    # (siradjo: where French Siradjouddine is cut)
    assert [b.forms.readings for b in parts] == [
        ("siradzh", "siraj", "siradj", "siradjo"),
        ("din",),
    ]


def test_syllables_and_family_names() -> None:
    bases = piece_bases("김정은", RU, True)
    assert [(b.original, b.hint) for b in bases] == [
        ("김", Kind.FAMILY),
        ("정", Kind.GIVEN),
        ("은", Kind.GIVEN),
    ]
    assert [b.hint for b in piece_bases("김정은", RU, False)] == [None, None, None]
    assert [b.original for b in piece_bases("欧阳修", RU, True)] == ["欧阳", "修"]
    assert piece_bases("김", RU, True, alone=True)[0].hint == Kind.FAMILY


def test_unreadable_pieces_give_nothing() -> None:
    assert piece_bases("☃", RU, False) == ()
    assert piece_bases("ابراهیم", FA, False)[0].forms.readings[0] == "ibrahim"
