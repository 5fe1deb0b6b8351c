"""The keys names are filed under, on real listed names."""

from __future__ import annotations

from saring.index.keys import (
    ALIAS,
    LATIN,
    PHONETIC,
    SKELETON,
    SPOKEN_PHONETIC,
    deletions,
    fuzzy_terms,
    key_hash,
    listed_joined_keys,
    name_hashes,
    name_units,
    russian_query_keys,
    spoken_keys,
    spoken_query_keys,
    token_keys,
)
from saring.names import analyze
from saring.names.phonetic import phonetic_key


def keys_of(text: str, schema: str = "Person") -> set[tuple[str, str]]:
    return {key for token in analyze(text, schema).tokens for key in token_keys(token)}


def test_spellings_and_scripts_share_keys() -> None:
    latin = keys_of("Sergei Lavrov")
    assert (LATIN, "lavrov") in latin
    assert latin & keys_of("Лавров Сергей") >= {(LATIN, "lavrov"), (LATIN, "sergey")} - {
        (LATIN, "sergey")
    }
    assert {k for k in keys_of("Sergey") if k[0] == PHONETIC} & keys_of("Sergei")
    arabic = keys_of("محمد")
    assert {k for k in arabic if k[0] in (SKELETON, PHONETIC)} & keys_of("Mohammed")


def test_a_listed_name_is_filed_as_its_language_spells_it() -> None:
    (listed,) = analyze("Jaruzelski", "Person").tokens
    (query,) = analyze("Ярузельский", "Person").tokens
    assert not token_keys(listed) & token_keys(query)  # Polish j and w: no shared key
    assert spoken_keys(listed) & spoken_query_keys(query)
    (deutsch,) = analyze("Deutsch", "Person").tokens
    (hebrew,) = analyze("דויטש", "Person").tokens
    assert spoken_keys(deutsch) & spoken_query_keys(hebrew)  # German eu as oi
    assert not spoken_keys(query)  # only Latin tokens are spelt another language's way
    (hafiz,) = analyze("Hafiz", "Person").tokens
    (afiz,) = analyze("Afiz", "Person").tokens
    assert not spoken_query_keys(afiz)  # Latin queries do not ask them: Afiz is no Hafiz
    assert (SPOKEN_PHONETIC, phonetic_key("afiz")) in spoken_keys(hafiz)  # French h


def test_a_latin_query_in_a_baltic_spelling_asks_the_russian_form() -> None:
    (latvian,) = analyze("Lavrovs", "Person").tokens
    (listed,) = analyze("Lavrov", "Person").tokens
    assert (LATIN, "lavrov") in russian_query_keys(latvian)
    assert russian_query_keys(latvian) & token_keys(listed)
    (english,) = analyze("Williams", "Person").tokens
    assert not russian_query_keys(english)  # an English -s
    (cyrillic,) = analyze("Лавров", "Person").tokens
    assert not russian_query_keys(cyrillic)  # only Latin spellings have such endings


def test_name_groups_are_keys() -> None:
    joseph = {k for k in keys_of("Joseph") if k[0] == ALIAS}
    assert joseph and joseph & keys_of("Yusuf")


def test_titles_and_initials_give_no_keys() -> None:
    name = analyze("Dr. S. Lavrov", "Person")
    kinds = {t.latin: token_keys(t) for t in name.tokens}
    assert kinds.get("s") == set()
    assert all(keys for latin, keys in kinds.items() if latin == "lavrov")


def test_legal_forms_key_on_their_canonical_form() -> None:
    limited = keys_of("Limited", "Company")
    assert limited & keys_of("LLC", "Company")
    assert all(kind == LATIN for kind, _ in limited)


def test_joined_keys_meet_the_written_together_form() -> None:
    split = analyze("Amir Abdollahian", "Person")
    joined = analyze("Amirabdollahian", "Person")
    listed = listed_joined_keys(split.tokens)
    assert listed & {k for t in joined.tokens for k in token_keys(t)}
    units = name_units(split)
    assert any(len(u.covers) > 1 for u in units)


def test_hashes_are_stable_and_distinct() -> None:
    assert key_hash(LATIN, "lavrov") == key_hash(LATIN, "lavrov")
    assert key_hash(LATIN, "lavrov") != key_hash(PHONETIC, "lavrov")
    assert 0 <= key_hash(LATIN, "лавров") < 2**64
    assert len(name_hashes(analyze("Sergei Viktorovich Lavrov", "Person"))) >= 6


def test_deletion_neighbourhood() -> None:
    assert deletions("lavrov") == {"avrov", "lvrov", "larov", "lavov", "lavrv", "lavro"}
    assert deletions("lavrvo") & deletions("lavrov")
    assert fuzzy_terms(analyze("Lavrov", "Person").tokens[0]) == ["lavrov"]
    assert fuzzy_terms(analyze("Ali", "Person").tokens[0]) == []
