"""Cleaning and the simple Latin tokens other stages use."""

from __future__ import annotations

from saring.names.normalize import MAX_NAME_LENGTH, clean_text, latin_token, name_tokens


def test_clean_text() -> None:
    assert clean_text("a\x00b\tc") == "a b c"
    assert clean_text("ﺁغا") == "آغا"  # Arabic presentation forms (UN list)
    assert clean_text("عبدالله\u200cزاده") == "عبداللهزاده"  # zero-width non-joiner
    assert clean_text("Ｐｕｔｉｎ") == "Putin"
    assert clean_text("בִּנְיָמִין בֶּן־גּוּרְיוֹן") == "בנימין בן־גוריון"  # points go, maqaf stays
    assert clean_text('יו"ר "הראל"') == 'יו״ר "הראל"'  # a typed gershayim, not quotes
    assert len(clean_text("x" * 10_000)) == MAX_NAME_LENGTH
    assert clean_text(None) == ""  # type: ignore[arg-type]


def test_name_tokens() -> None:
    assert name_tokens("ЛАВРОВ, Сергей") == ["lavrov", "sergey"]
    assert name_tokens("ابراهیم رئیسی") == ["ibrahim", "raisi"]
    assert name_tokens("김정은") == ["kimjongun"]
    assert name_tokens("") == []


def test_latin_token() -> None:
    assert latin_token("Müller") == "muller"
    assert latin_token("Шевченко") == "shevchenko"
    assert latin_token("?!") == ""
