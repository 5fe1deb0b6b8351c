"""Patronymics."""

from __future__ import annotations

import pytest

from saring.names import Kind, analyze
from saring.names.patronymics import pick_patronymics, reads_as_patronymic


@pytest.mark.parametrize(
    "word",
    [
        "viktorovich",
        "sergeyevich",
        "vasilyevna",
        "oleksandrivna",
        "aliaksandravich",
        "aliaksandrauna",  # Belarusian: Аляксандраўна
        "mykhailovych",
        "ilyich",
        "nikitichna",
        "baktiyaruly",  # Kazakh
        "zhumabekkyzy",
        "alexandrowitsch",  # German
        "petrowna",
        "aleksandrovitsj",  # Dutch
    ],
)
def test_slavic_patronymics(word: str) -> None:
    assert reads_as_patronymic((word,))


@pytest.mark.parametrize(
    "word", ["ivanov", "petrova", "jovanovic", "ivan", "vich", "fauna", "launa", "witsch"]
)
def test_not_patronymics(word: str) -> None:
    assert not reads_as_patronymic((word,))


def test_pick_among_several() -> None:
    assert pick_patronymics([1, 2], set()) == [1]  # Roman Arkadyevich Abramovich
    assert pick_patronymics([0, 2], set()) == [2]  # ABRAMOVICH Roman Arkadyevich
    assert pick_patronymics([1], set()) == [1]


def kinds(text: str) -> list[str]:
    return [t.kind.value for t in analyze(text, "Person").tokens]


def test_patronymics_in_names() -> None:
    assert kinds("Roman Arkadyevich Abramovich") == ["given", "patronymic", "family"]
    assert kinds("Ilham Heydar oglu Aliyev") == ["given", "patronymic", "particle", "family"]
    assert kinds("Mohammed bin Salman Al Saud") == [
        "other",
        "particle",
        "patronymic",
        "particle",
        "other",
    ]
    # the father's name after bin is one unit, Abd al-Aziz whole
    tokens = analyze("Salman bin Abdulaziz", "Person").tokens
    assert [(t.latin, t.kind) for t in tokens][2:] == [
        ("abd", Kind.PATRONYMIC),
        ("aziz", Kind.PATRONYMIC),
    ]


def test_bulgarian_patronymics() -> None:
    def kinds(name: str) -> list[str]:
        return [t.kind.value for t in analyze(name, "Person").tokens]

    # the father's given name with -ov or -ev between the given name and the family name
    assert kinds("Делян Славчев Пеевски") == ["given", "patronymic", "family"]
    assert kinds("ZHELYAZKOV, Ilko Dimitrov") == ["family", "given", "patronymic"]
    # not a woman's -ova, which may be a maiden name, nor two parts
    assert "patronymic" not in kinds("Гульнара Сулейманова КЕРИМОВА")
    assert "patronymic" not in kinds("Ivan Ivanov")
