"""Name groups across languages."""

from __future__ import annotations

import pytest

from saring.names import aliases
from saring.names.aliases import (
    alias_ids,
    feminine_ids,
    full_forms,
    patronymic_alias_ids,
    short_forms,
    with_rigour_aliases,
)
from saring.names.analysis import analyze
from saring.names.phonetic import phonetic_key


def groups(word: str) -> frozenset[str]:
    return alias_ids((phonetic_key(word),))


@pytest.mark.parametrize(
    "words",
    [
        "joseph yusuf yousef iosif giuseppe",
        "alexander aleksandr oleksandr aliaksandr iskandar",
        "john ivan giovanni johann yahya",
        "vladimir volodymyr uladzimir",
    ],
)
def test_groups(words: str) -> None:
    found = [groups(w) for w in words.split()]
    assert all(f == found[0] and f for f in found), found


def test_short_keys_carry_no_group() -> None:
    assert groups("ali") == frozenset()
    assert groups("smith") == frozenset()
    assert groups("anas") == frozenset()  # no Greek Ioannis, whose key it would be


def first_token_groups(name: str) -> frozenset[str]:
    return analyze(name, "Person").tokens[0].aliases


def test_a_table_word_with_a_short_key_counts_as_written() -> None:
    assert "=john" in first_token_groups("Juan Doe")
    assert "=jesus" in first_token_groups("Isa Ahmed")
    assert groups("juan") == frozenset()  # its phonetic key ("jon") alone is too short
    assert first_token_groups("Jon Doe").isdisjoint(first_token_groups("John Doe"))
    assert "=john" in first_token_groups("Джон Керри")  # Russian writes John as Jon


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Bill Clinton", "William Clinton"),
        ("Ted Kennedy", "Edward Kennedy"),
        ("Ted Kennedy", "Theodore Kennedy"),
        ("Саша Иванов", "Oleksandr Ivanov"),
        ("Misha Petrov", "Mikhail Petrov"),
        ("Pepe Lopez", "Yusuf Lopez"),
        ("Thodoris Papaloukas", "Theodoros Papaloukas"),  # Greek short forms
        ("Giorgos Papandreou", "George Papandreou"),
        ("Nikos Galis", "Nick Galis"),
    ],
)
def test_pet_names_join_their_full_names_groups(short: str, full: str) -> None:
    assert not first_token_groups(short).isdisjoint(first_token_groups(full))


def test_full_forms_of_a_pet_names_groups() -> None:
    groups = first_token_groups("Mischa Zverev")
    assert "mikhail" in full_forms(groups)
    assert "mischa" in short_forms(groups)
    assert "samuel" in full_forms(first_token_groups("Shmulik Cohen"))


def test_pet_names_count_only_as_written() -> None:
    # Billy's phonetic key is Bala's, and Ted stands for two names that are not one.
    assert first_token_groups("Bala Murugan") == frozenset()
    assert first_token_groups("Edward Kennedy").isdisjoint(first_token_groups("Theodore Kennedy"))


def test_patronymic_groups() -> None:
    assert patronymic_alias_ids(("vladimirovich",)) == {"=vladimir/p"}
    assert patronymic_alias_ids(("uladzimiravich",)) == {"=vladimir/p"}
    assert patronymic_alias_ids(("ivanov",)) == frozenset()


def test_with_rigour_aliases(monkeypatch: pytest.MonkeyPatch) -> None:
    # rigour's tagger takes seconds to build: check the wiring with a stand-in
    monkeypatch.setattr(aliases, "rigour_name_ids", lambda word: frozenset({"Q" + word}))
    aliases._with_rigour.cache_clear()
    name = with_rigour_aliases(analyze("Dr Yusuf Ивaнов", "Person"))
    assert "Qyusuf" in name.tokens[1].aliases
    assert {"Qivanov", "QИванов"} <= name.tokens[2].aliases
    assert name.tokens[0].aliases == frozenset()  # a title
    aliases._with_rigour.cache_clear()


@pytest.mark.parametrize(
    ("word", "group"),
    [
        ("daniela", "=daniel"),
        ("paula", "=paul"),
        ("alexandra", "=alexander"),
        ("yevgeniya", "=eugene"),
        ("eugenia", "=eugene"),
        ("ivana", "=john"),
    ],
)
def test_feminine_forms_of_masculine_names(word: str, group: str) -> None:
    assert group in feminine_ids((word,))


@pytest.mark.parametrize("word", ["danila", "maria", "mariya", "lena", "jana", "narendra"])
def test_names_the_tables_list_or_no_masculine_name_has_are_no_feminine_forms(word: str) -> None:
    assert feminine_ids((word,)) == frozenset()


def test_short_forms_of_a_name_group() -> None:
    assert {"steve", "stevie"} <= set(short_forms(frozenset({"=stephen"})))
    assert "tom" in short_forms(frozenset({"=thomas"}))
    assert short_forms(frozenset()) == ()
