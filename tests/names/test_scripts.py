"""Script detection and look-alike letters."""

from __future__ import annotations

import pytest

from saring.names.scripts import as_cyrillic, char_script, fix_homoglyphs, token_script


@pytest.mark.parametrize(
    ("token", "script"),
    [
        ("Putin", "Latin"),
        ("Müller", "Latin"),
        ("Путин", "Cyrillic"),
        ("محمد", "Arabic"),
        ("ابراهیم", "Arabic"),
        ("בנימין", "Hebrew"),
        ("Βενιζέλος", "Greek"),
        ("习近平", "Han"),
        ("김정은", "Hangul"),
        ("ウラジーミル", "Kana"),
        ("山田たろう", "Kana"),
        ("नरेंद्र", "Devanagari"),
        ("ბიძინა", "Georgian"),
        ("Սարգսյան", "Armenian"),
        ("123", "Common"),
        ("", "Common"),
    ],
)
def test_token_script(token: str, script: str) -> None:
    assert token_script(token) == script


def test_char_script_common() -> None:
    assert char_script("-") == "Common"
    assert char_script("\u0301") == "Common"  # a combining accent has no script


def test_homoglyphs_follow_the_main_script() -> None:
    # Belarusian і typed as a Latin i, and a Latin kra in a Cyrillic name (UK list)
    assert fix_homoglyphs("Iван") == "Іван"
    assert fix_homoglyphs("Мiхайлавiч") == "Міхайлавіч"
    assert fix_homoglyphs("Ниĸолаевич") == "Николаевич"
    assert fix_homoglyphs("Pеtrov") == "Petrov"
    assert fix_homoglyphs("Putin") == "Putin"


def test_as_cyrillic() -> None:
    assert as_cyrillic("AHO") == "АНО"
    assert as_cyrillic("OOO") == "ООО"
    assert as_cyrillic("Dialog") == "Dialog"
