"""Name groups across languages."""

from __future__ import annotations

import pytest

from saring.names import aliases
from saring.names.aliases import alias_ids, patronymic_alias_ids, with_rigour_aliases
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
