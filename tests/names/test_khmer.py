"""Khmer names read in Latin letters."""

from __future__ import annotations

import pytest

from saring.names.khmer import khmer_reading
from saring.names.phonetic import phonetic_key
from saring.names.transliterate import to_latin


@pytest.mark.parametrize(
    ("khmer", "listed"),
    [
        ("ហ៊ុន", "Hun"),  # a series mark and a vowel sign, then a closing consonant
        ("ម៉ាណែត", "Manet"),
        ("ប៉ុល", "Pol"),  # ប with muusikatoan is a p
        ("ពត", "Pot"),  # the inherent vowel of a second-series consonant
        ("នួន", "Nuon"),
        ("ជា", "Chea"),
        ("សារី", "Sary"),
        ("សំផន", "Samphan"),  # nikahit closes its syllable
        ("កម្ពុជា", "Kampuchea"),  # a subscript joins a cluster
    ],
)
def test_readings_meet_listed_spellings(khmer: str, listed: str) -> None:
    assert phonetic_key(khmer_reading(khmer)) == phonetic_key(listed.lower())


def test_khmer_tokens_get_readings() -> None:
    assert to_latin("ហ៊ុន") == "hun"
    assert khmer_reading("Hun") == ""
