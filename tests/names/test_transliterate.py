"""Latin readings in every script."""

from __future__ import annotations

import pytest

from saring.names.transliterate import (
    Context,
    ascii_fold,
    latin_readings,
    reading_context,
    to_latin,
)


@pytest.mark.parametrize(
    ("token", "latin"),
    [
        ("Müller", "muller"),
        ("Шевченко", "shevchenko"),
        ("محمد", "mohammad"),
        ("בנימין", "bnimin"),
        ("김정은", "kimjongun"),
        ("习", "xi"),
        ("ウラジーミル", "urajimiru"),
        ("Βενιζέλος", "venizelos"),
        ("ბიძინა", "bidzina"),
        ("Սարգսյան", "sargsyan"),
        ("नरेंद्र", "narendra"),
        ("Iван", "ivan"),
        ("123", "123"),
        ("?!", ""),
    ],
)
def test_to_latin(token: str, latin: str) -> None:
    assert to_latin(token) == latin


def test_latin_diacritics_also_read_as_digraphs() -> None:
    assert latin_readings("Janukovyč") == ("janukovyc", "janukovych")
    assert latin_readings("Baššār") == ("bassar", "bashshar")
    assert latin_readings("Fayçal") == ("faycal", "faychal", "faysal")
    assert latin_readings("Muñoz") == ("munoz", "munyoz")  # Муньос, مونيوز


def test_gh_is_also_read_q() -> None:
    # Persian spells ق gh as often as q
    assert latin_readings("Ghalibaf") == ("ghalibaf", "qalibaf")
    assert latin_readings("Bagher") == ("bagher", "baqer")


def test_turkic_latin_letters_read_by_their_alphabets() -> None:
    turkic = reading_context("Üzeyir Hacıbəyov")
    assert turkic == Context(turkic=True)
    assert "hajibayov" in latin_readings("Hacıbəyov", context=turkic)
    assert reading_context("Müslüm Maqomayev").turkic  # a q without u beside ü
    assert not reading_context("Müller").turkic
    assert not reading_context("Qasem Soleimani").turkic


def test_x_opening_a_word_before_a_e_or_o_is_also_kh() -> None:
    assert latin_readings("Xavier") == ("xavier", "khavier")
    assert latin_readings("Xi") == ("xi",)  # pinyin's x, before i or u


def test_context() -> None:
    assert reading_context("Sergei") == Context()
    assert reading_context("Микола Їжак") == Context(cyrillic="uk")
    assert reading_context("ابراهیم") == Context(persian=True)
    ukrainian = reading_context("Геннадій")
    assert latin_readings("Геннадій", "Cyrillic", ukrainian) == ("hennadii", "gennady")


def test_ascii_fold() -> None:
    assert ascii_fold("Müller-Lüdenscheidt") == "mullerludenscheidt"
    assert ascii_fold("O'Brien") == "obrien"
