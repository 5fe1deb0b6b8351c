"""Token rarity weights, on the shipped counts of the bundled lists and on real list names."""

from __future__ import annotations

import pickle
import statistics
from pathlib import Path

import pytest

from saring.index.rarity import (
    MAX_WEIGHT,
    MIN_WEIGHT,
    SHORT_UNSEEN_WEIGHT,
    UNSEEN_WEIGHT,
    Rarity,
    token_key,
)
from saring.index.record import Record
from saring.names import Name, Token, analyze


def token(text: str, schema: str = "Person") -> Token:
    """The first token of ``text`` analysed as a name."""
    return analyze(text, schema).tokens[0]


@pytest.fixture(scope="module")
def list_names(listed_records: list[Record]) -> list[Name]:
    """Every name of the test lists, analysed."""
    names = (analyze(text, r.schema) for r in listed_records for text in r.all_names)
    return [name for name in names if name]


@pytest.fixture(scope="module")
def list_rarity(list_names: list[Name]) -> Rarity:
    return Rarity.from_names(list_names)


def test_default_counts_the_bundled_lists() -> None:
    rarity = Rarity.default()
    assert rarity.names > 50_000
    assert rarity is Rarity.default()


@pytest.mark.parametrize("common", ["Mohammad", "Muhammad", "Ali", "Abdul", "Ahmad"])
def test_common_given_names_weigh_less_than_rare_family_names(common: str) -> None:
    rarity = Rarity.default()
    assert rarity.weight(token(common)) < 0.5 < 1.0 < rarity.weight(token("Lavrov"))


def test_organisation_terms_weigh_little() -> None:
    rarity = Rarity.default()
    for term in ("Company", "Bank", "Limited"):
        assert rarity.weight(token(term, "Company")) < rarity.weight(token("Melli", "Company"))
        assert rarity.weight(token(term, "Company")) < 0.7


@pytest.mark.parametrize("spelling", ["Мухаммад", "محمد", "Mohammed", "Muhammad"])
def test_other_scripts_share_the_latin_weight(spelling: str) -> None:
    rarity = Rarity.default()
    assert token_key(token(spelling)) == token_key(token("Mohammad"))
    assert rarity.weight(token(spelling)) == rarity.weight(token("Mohammad"))


def test_cyrillic_family_name_weighs_as_latin() -> None:
    rarity = Rarity.default()
    assert rarity.weight(token("Лавров")) == rarity.weight(token("Lavrov"))


def test_weights_stay_within_bounds(list_names: list[Name]) -> None:
    rarity = Rarity.default()
    weights = [rarity.weight(t) for name in list_names for t in name.tokens]
    assert min(weights) >= MIN_WEIGHT
    assert max(weights) <= MAX_WEIGHT
    assert min(weights) < 0.3 and max(weights) > 1.5


def test_median_token_weighs_about_one(list_names: list[Name], list_rarity: Rarity) -> None:
    weights = [list_rarity.weight(t) for name in list_names for t in name.tokens]
    assert 0.8 <= statistics.median(weights) <= 1.2


def test_from_names_counts_each_key_once_per_name(list_rarity: Rarity) -> None:
    once = Rarity.from_names([analyze("Mohammad Mohammad Lavrov", "Person")])
    assert once.count(token("Mohammad")) == 1
    assert list_rarity.count(token("Mohammad")) > list_rarity.count(token("Hamza"))
    assert list_rarity.weight(token("Mohammad")) < list_rarity.weight(token("Hamza"))


def test_unseen_tokens_weigh_as_rare_but_short_ones_do_not() -> None:
    rarity = Rarity.default()
    unseen = token("Zqxwvbrt")
    assert rarity.count(unseen) == 0
    assert rarity.weight(unseen) == UNSEEN_WEIGHT < MAX_WEIGHT
    short = token("Zx")
    assert rarity.count(short) == 0
    assert rarity.weight(short) == SHORT_UNSEEN_WEIGHT


def test_empty_rarity_is_usable() -> None:
    rarity = Rarity.from_names([])
    assert rarity.weight(token("Lavrov")) == UNSEEN_WEIGHT


def test_pickles_and_writes_back_equal(list_rarity: Rarity, tmp_path: Path) -> None:
    again = pickle.loads(pickle.dumps(list_rarity, protocol=5))
    assert again.counts == list_rarity.counts and again.names == list_rarity.names
    path = tmp_path / "counts.tsv"
    list_rarity.write(path)
    read = Rarity.read(path)
    assert read.counts == list_rarity.counts
    probe = token("Abdullah")
    assert read.weight(probe) == list_rarity.weight(probe)
    list_rarity.write(path, min_count=2)
    assert min(Rarity.read(path).counts.values()) == 2


def test_an_arabic_name_written_in_hebrew_weighs_as_the_name() -> None:
    rarity = Rarity.default()
    assert rarity.weight(token("מוחמד")) == rarity.weight(token("Mohammad"))
    assert rarity.weight(token("אחמד")) <= rarity.weight(token("Ahmad"))
    # a skeleton of one consonant tells no name (עלי: Ali, אלי: Eli), nor does a rare word
    assert rarity.weight(token("בוזגלו")) > 1.0
