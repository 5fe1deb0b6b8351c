"""Cleaning and the simple Latin tokens other stages use."""

from __future__ import annotations

from saring.names.normalize import (
    MAX_NAME_LENGTH,
    clean_text,
    latin_token,
    mark_part_final_he,
    name_tokens,
)


def test_clean_text() -> None:
    assert clean_text("a\x00b\tc") == "a b c"
    assert clean_text("ﺁغا") == "آغا"  # Arabic presentation forms (UN list)
    assert clean_text("کاظم\u200cزاده") == "کاظمزاده"  # zero-width non-joiner
    # a he the non-joiner shows to end a word part is written as the vowel letter
    assert clean_text("پیشه\u200cوری") == "پیش\u06d5وری"
    assert clean_text("خامنه\u200cای") == "خامن\u06d5ای"
    assert clean_text("Ｐｕｔｉｎ") == "Putin"
    assert clean_text("בִּנְיָמִין בֶּן־גּוּרְיוֹן") == "בנימין בן־גוריון"  # points go, maqaf stays
    assert clean_text('יו"ר "הראל"') == 'יו״ר "הראל"'  # a typed gershayim, not quotes
    assert len(clean_text("x" * 10_000)) == MAX_NAME_LENGTH
    assert clean_text(None) == ""  # type: ignore[arg-type]


def test_a_part_final_he_is_marked_only_before_a_non_joiner() -> None:
    assert mark_part_final_he("مسعود ده\u200cنمکی") == "مسعود د\u06d5نمکی"
    assert mark_part_final_he("شهرام") == "شهرام"  # a he inside a part is an h
    assert mark_part_final_he("روح\u200cالله") == "روح\u200cالله"  # not after a he
    assert mark_part_final_he("خامنه\u200c") == "خامنه\u200c"  # no part follows


def test_name_tokens() -> None:
    assert name_tokens("ЛАВРОВ, Сергей") == ["lavrov", "sergey"]
    assert name_tokens("ابراهیم رئیسی") == ["ibrahim", "raisi"]
    assert name_tokens("김정은") == ["kimjongun"]
    assert name_tokens("") == []


def test_latin_token() -> None:
    assert latin_token("Müller") == "muller"
    assert latin_token("Шевченко") == "shevchenko"
    assert latin_token("?!") == ""
