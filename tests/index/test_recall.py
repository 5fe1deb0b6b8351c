"""Recall on real UN-listed persons queried with typos, reorderings and joined parts."""

from __future__ import annotations

import pytest

from saring.index import NameIndex, Record

#: Hand-made misspellings of names on the UN list, with the listed entity.
HAND_MADE = [
    ("Abdulhai Salik", "unsc-111209"),
    ("Salek Abdul Hai", "unsc-111209"),
    ("Tharwat Salah Shehata", "unsc-111782"),
    ("Maghomed Abdurakhmanov", "unsc-6908487"),
    ("Magomed Abdurahmanov", "unsc-6908487"),
    ("Doku Umarov", "unsc-2960872"),
    ("Dokka Umarow", "unsc-2960872"),
    ("Abdul Rahman Yaseen", "unsc-113328"),
    ("Ruben Lavila", "unsc-2813150"),
]


def transpose(word: str) -> str:
    """Two letters in the middle of a word swapped."""
    middle = len(word) // 2
    return word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]


def drop_letter(word: str) -> str:
    """A letter in the middle of a word left out."""
    middle = len(word) // 2
    return word[:middle] + word[middle + 1 :]


def perturb(name: str, how: int) -> str:
    """A listed name with a typo in its longest word, reordered, or written family-first."""
    words = name.replace(",", " ").split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    if how == 0:
        words[longest] = transpose(words[longest])
    elif how == 1:
        words[longest] = drop_letter(words[longest])
    elif how == 2:
        words = words[::-1]
    else:
        words[longest] = words[longest] + words[longest][-1]
        words = [words[-1] + ","] + words[:-1]
    return " ".join(words)


@pytest.fixture(scope="module")
def index(listed_records: list[Record]) -> NameIndex:
    return NameIndex.build(listed_records)


@pytest.fixture(scope="module")
def un_people(listed_records: list[Record]) -> list[Record]:
    """Every 20th UN-listed person whose name has two or more words of 4+ letters."""
    people = [
        r
        for r in sorted(listed_records, key=lambda r: r.id)
        if r.id.startswith("unsc-")
        and r.schema == "Person"
        and r.names
        and sum(len(w) >= 4 for w in r.names[0].split()) >= 2
    ]
    return people[::20][:30]


def found(index: NameIndex, name: str, limit: int = 20) -> list[str]:
    query = Record(id="q", schema="Person", caption=name, names=(name,))
    return [r.id for r, _ in index.candidates(query, limit)]


def test_perturbed_un_names_are_found(index: NameIndex, un_people: list[Record]) -> None:
    assert len(un_people) == 30
    queries = [(perturb(r.names[0], n % 4), r.id) for n, r in enumerate(un_people)]
    assert all(q != r.names[0] for (q, _), r in zip(queries, un_people, strict=True))
    missed = [(q, i) for q, i in queries if i not in found(index, q)]
    assert not missed
    first = sum(found(index, q, 1) == [i] for q, i in queries)
    assert first >= 27


@pytest.mark.parametrize(("name", "entity"), HAND_MADE)
def test_hand_made_spellings(index: NameIndex, name: str, entity: str) -> None:
    assert entity in found(index, name, 5)
