"""Candidate retrieval on real listed entities: spellings, scripts, orders, schemata."""

from __future__ import annotations

import pytest

from saring.index import NameIndex, Record
from saring.names import analyze, scripts
from saring.names.scripts import token_script


def query(name: str, schema: str = "Person") -> Record:
    return Record(id="query", schema=schema, caption=name, names=(name,))


def found_ids(index: NameIndex, name: str, schema: str = "Person", limit: int = 20) -> list[str]:
    return [record.id for record, _ in index.candidates(query(name, schema), limit)]


@pytest.fixture(scope="module")
def index(listed_records: list[Record]) -> NameIndex:
    return NameIndex.build(listed_records)


def dominant_script(name: str) -> str:
    """The script most letters of a whole name are written in."""
    return token_script(name)


def latin_only(record: Record) -> Record:
    """The record with its names in other scripts left out."""
    names = tuple(n for n in record.names if dominant_script(n) == scripts.LATIN)
    weak = tuple(n for n in record.weak_names if dominant_script(n) == scripts.LATIN)
    return Record(record.id, record.schema, record.caption, names, weak)


@pytest.fixture(scope="module")
def latin_index(listed_records: list[Record]) -> NameIndex:
    """An index of the same entities without their non-Latin names."""
    return NameIndex.build(latin_only(r) for r in listed_records)


def test_size_and_lookup(index: NameIndex, listed_records: list[Record]) -> None:
    assert len(index) == len(listed_records)
    assert index.get("ofac-35233") == next(r for r in listed_records if r.id == "ofac-35233")
    assert index.get("no-such-entity") is None
    assert index.record(0) == listed_records[0]
    with pytest.raises(IndexError):
        index.record(len(index))


def test_exact_name_first(index: NameIndex) -> None:
    results = index.candidates(query("Sergei Lavrov"))
    assert results[0][0].id == "ofac-35233"
    assert 0 < results[-1][1] <= results[0][1] <= 1.0


@pytest.mark.parametrize(
    "name",
    [
        *("Лавров Сергей", "LAVROV Sergey Viktorovich", "Sergej Lawrow", "Sergei Lavrvo"),
        *("Lavrov, S.", "세르게이 라브로프", "سيرغي لافروف"),
    ],
)
def test_lavrov_in_other_spellings_scripts_and_orders(index: NameIndex, name: str) -> None:
    assert found_ids(index, name, limit=3)[0] == "ofac-35233"


def test_entities_count_once(index: NameIndex) -> None:
    ids = found_ids(index, "Sergey Lavrov")
    assert len(ids) == len(set(ids))


def test_cyrillic_names_find_latin_records(
    latin_index: NameIndex, listed_records: list[Record]
) -> None:
    cases = [
        (record.id, name)
        for record in listed_records
        if record.schema == "Person"
        for name in record.names
        if dominant_script(name) == scripts.CYRILLIC
    ]
    assert len(cases) >= 8
    missed = [(i, n) for i, n in cases if i not in found_ids(latin_index, n)]
    assert not missed


def test_arabic_names_find_latin_records(
    latin_index: NameIndex, listed_records: list[Record]
) -> None:
    cases = [
        (record.id, name)
        for record in listed_records
        if record.schema == "Person" and record.id.startswith("unsc-")
        for name in record.names
        if dominant_script(name) == scripts.ARABIC
    ]
    assert len(cases) >= 100
    missed = [(i, n) for i, n in cases if i not in found_ids(latin_index, n)]
    assert len(missed) <= len(cases) // 50, missed[:10]


def test_joined_and_split_parts(index: NameIndex) -> None:
    assert "unsc-113328" in found_ids(index, "Abdulrahman Yasin", limit=5)
    assert "unsc-113328" in found_ids(index, "ABDUL RAHMAN YA SIN", limit=5)


def test_schema_filter(index: NameIndex) -> None:
    assert found_ids(index, "Artavil", "Vessel", limit=1) == ["ofac-15036"]
    for schema in ("Person", "Company"):
        assert "ofac-15036" not in found_ids(index, "Artavil", schema)
    persons = {r.schema for r, _ in index.candidates(query("Bank Melli Iran", "Person"))}
    assert persons <= {"Person", "LegalEntity"}
    companies = index.candidates(query("Islamic Revolutionary Guard Corps", "Organization"))
    assert companies and all(r.schema != "Person" for r, _ in companies)


def test_dataset_filter_reaches_past_other_lists(index: NameIndex) -> None:
    common = query("Ali Hassan")
    overall = index.candidates(common, 20)
    # few OFAC non-SDN listings among the best 20 of all lists, but that list has its own
    assert sum("us_ofac_cons" in r.datasets for r, _ in overall) < 5
    cons = index.candidates(common, 5, datasets=["us_ofac_cons"])
    assert len(cons) == 5 and all("us_ofac_cons" in r.datasets for r, _ in cons)
    either = {"us_ofac_cons", "us_ofac_sdn"}
    found = index.candidates(common, 20, datasets=either)
    assert found and all(either & set(r.datasets) for r, _ in found)
    assert index.candidates(common, 5, datasets=["no_such_list"]) == []


def test_unknown_schema_is_not_filtered(index: NameIndex) -> None:
    assert found_ids(index, "Sergei Lavrov", "NoSuchSchema", limit=1) == ["ofac-35233"]


@pytest.mark.parametrize("name", ["", "   ", "\x00\x01\x02", "-- , .", "()"])
def test_empty_names_give_nothing(index: NameIndex, name: str) -> None:
    assert index.candidates(query(name)) == []


def test_no_names_and_zero_limit(index: NameIndex) -> None:
    assert index.candidates(Record(id="q", schema="Person", caption="", names=())) == []
    assert index.candidates(query("Sergei Lavrov"), limit=0) == []


def test_huge_and_noisy_queries_do_not_fail(index: NameIndex) -> None:
    huge = " ".join(["Lavrov Sergei"] * 800)
    assert len(huge) > 10_000
    assert found_ids(index, huge, limit=1) == ["ofac-35233"]
    noisy = "Ser\x00gei\u200b \x1fLav\trov\u202e"
    assert len(index.candidates(query(noisy))) <= 20
    mixed = "Лавров 拉夫罗夫 لافروف Λαβρόφ 라브로프"
    assert len(index.candidates(query(mixed))) <= 20


def test_limit_is_respected(index: NameIndex) -> None:
    assert len(index.candidates(query("Mohammad"), limit=7)) == 7
    many = index.candidates(query("Mohammad Ali Abdul Rahman Ahmad"), limit=50)
    assert len(many) == 50
    scores = [s for _, s in many]
    assert scores == sorted(scores, reverse=True)


def test_several_query_names(index: NameIndex) -> None:
    record = Record(id="q", schema="Person", caption="x", names=("Zzyzx Qwerty", "Sergey Lavrov"))
    assert index.candidates(record, 1)[0][0].id == "ofac-35233"


def test_rarity_comes_from_the_indexed_names(index: NameIndex) -> None:
    assert index.rarity.names == len(index.parts.name_record)
    common, rare = (analyze(t, "Person").tokens[0] for t in ("Mohammad", "Lavrov"))
    assert index.rarity.weight(common) < index.rarity.weight(rare)


def test_common_tokens_together_rank_first(index: NameIndex) -> None:
    wanted = {t.phonetic for t in analyze("Mohammad Ali", "Person").tokens}
    results = index.candidates(query("Mohammad Ali"), limit=5)
    assert len(results) == 5
    for record, _ in results:
        keys = {t.phonetic for n in record.all_names for t in analyze(n, "Person").tokens}
        assert wanted <= keys, record


def test_same_characters_rank_above_homophones() -> None:
    # three real Chinese names read "lu yu" in pinyin
    names = {"a": "路宇", "b": "逯宇", "c": "陆玉"}
    built = NameIndex.build(Record(i, "Person", n, (n,)) for i, n in names.items())
    for entity, name in names.items():
        results = built.candidates(query(name), limit=3)
        assert results[0][0].id == entity
        assert {r.id for r, _ in results} == set(names)
        assert results[0][1] > results[1][1]


def test_a_repeated_token_is_not_matched_twice() -> None:
    # the UN-listed ABDIKADIR MOHAMED ABDIKADIR, and names holding Abdikadir once
    names = {
        "twice": "ABDIKADIR MOHAMED ABDIKADIR",
        "once": "Abdikadir Mohamed",
        "other": "Khaled Abdikadir Mohamed",
    }
    built = NameIndex.build(Record(i, "Person", n, (n,)) for i, n in names.items())
    results = built.candidates(query("Abdikadir Mohamed Abdikadir"))
    assert results[0][0].id == "twice"
    assert results[0][1] > max(score for _, score in results[1:])
    assert built.candidates(query("Abdikadir Mohamed"), 1)[0][0].id == "once"
