"""Particles and Arabic compounds written as one word."""

from __future__ import annotations

import pytest

from saring.names.particles import (
    CONNECTOR,
    HEAD,
    MARKER,
    particle,
    particle_role,
    split_latin_compound,
)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("abdulrahman", ["abd", "rahman"]),
        ("abdurrahman", ["abd", "rahman"]),
        ("abdessalem", ["abd", "salam"]),  # a name of God, not Salem (سالم)
        ("abdelkader", ["abd", "kader"]),
        ("abdulaziz", ["abd", "aziz"]),
        ("abdussattar", ["abd", "sattar"]),
        ("abdurakhmanov", ["abd", "rakhmanov"]),
        ("abdullah", ["abd", "allah"]),
        ("abdalla", ["abd", "allah"]),
        ("abolfazl", ["abu", "fazl"]),
        ("abouammo", ["abu", "ammo"]),  # no name opens on a doubled consonant
        ("abubakar", ["abu", "bakar"]),
        ("rahmatullah", ["rahmat", "allah"]),
        ("rahmatulah", ["rahmat", "allah"]),
        ("sanaullah", ["sana", "allah"]),
        ("nasralla", ["nasr", "allah"]),
        ("abdoulaye", ["abd", "allah"]),  # West Africa's Abdullah
        ("abdulai", ["abd", "allah"]),
        ("nasrolah", ["nasr", "allah"]),
        ("nasiruddin", ["nasir", "din"]),
        ("jallaloudine", ["jallal", "din"]),
        ("kamarudin", ["kamar", "din"]),
        ("ezzedine", ["ezz", "din"]),
        ("eddine", ["din"]),
        ("shamsurrahman", ["shams", "rahman"]),
        ("ziaulhaq", ["zia", "haq"]),
        ("binalshibh", ["bin", "shibh"]),
        # words that only look like compounds
        ("abdi", ["abdi"]),
        ("abdykalykov", ["abdykalykov"]),
        ("isabella", ["isabella"]),
        ("stella", ["stella"]),
        ("claudine", ["claudine"]),
        ("baudin", ["baudin"]),
        ("aladdin", ["aladdin"]),
        ("rahman", ["rahman"]),
        ("shalah", ["shalah"]),
        ("jamilah", ["jamilah"]),  # -ilah and -alah end names of their own
        ("fadilah", ["fadilah"]),
        ("nakhalah", ["nakhalah"]),
        ("nicola", ["nicola"]),
        ("ursula", ["ursula"]),
        ("carola", ["carola"]),
        ("mandviwalla", ["mandviwalla"]),  # the Urdu -walla, no -allah
        ("daruwallah", ["daruwallah"]),
    ],
)
def test_split_latin_compound(word: str, parts: list[str]) -> None:
    assert split_latin_compound(word) == parts


def test_particles() -> None:
    assert particle("el").canonical == "al"  # type: ignore[union-attr]
    assert particle("ibn").role == CONNECTOR  # type: ignore[union-attr]
    assert particle("abdul").role == HEAD  # type: ignore[union-attr]
    assert particle("oglu").role == MARKER  # type: ignore[union-attr]
    assert particle("x", "بن").canonical == "bin"  # type: ignore[union-attr]
    assert particle("smith") is None


def test_particle_depends_on_place() -> None:
    assert particle_role("al", "al", 1, 3, "rahman") is not None
    assert particle_role("al", "al", 2, 3, "") is None  # never the last part
    assert particle_role("le", "Le", 0, 3, "duc") is None  # Le Duc Tho
    assert particle_role("le", "le", 1, 3, "pen") is not None
    assert particle_role("ar", "ar", 1, 3, "rahman") is not None
    assert particle_role("ar", "ar", 1, 3, "bell") is None
    assert particle_role("an", "ан", 1, 3, "nakhayan") is not None
    assert particle_role("an", "אן", 0, 2, "noibrgr") is None  # Hebrew: Anne
