"""Name and Token: the analysed forms and their summary keys."""

from __future__ import annotations

import pickle

from saring.names import Kind, analyze


def test_token_properties() -> None:
    token = analyze("Хрущёв", "Person").tokens[0]
    assert token.latin == "khrushchyov"
    assert token.variants == ("khrushchev", "hrushchyov", "khruchtchyov", "khrouchtchiov")
    assert token.readings == ("khrushchyov", *token.variants)
    assert token.phonetic == token.phonetics[0]
    assert token.skeleton == token.skeletons[0]


def test_name_keys_leave_out_titles_and_weak_parts() -> None:
    name = analyze("Dr Sergei Viktorovich Lavrov", "Person")
    assert [t.kind for t in name.tokens] == [
        Kind.TITLE,
        Kind.GIVEN,
        Kind.PATRONYMIC,
        Kind.FAMILY,
    ]
    assert [t.latin for t in name.matchable] == ["sergei", "viktorovich", "lavrov"]
    assert [t.latin for t in name.core] == ["sergei", "lavrov"]
    assert name.phonetic_key == "lavrov sarga"
    assert name.phonetic_key == analyze("LAVROV Sergey", "Person").phonetic_key
    assert name.latin == "dr sergei viktorovich lavrov"


def test_empty_name_is_false() -> None:
    assert not analyze("")
    assert analyze("x")


def test_names_pickle() -> None:
    name = analyze("ООО Ромашка", "Company")
    assert pickle.loads(pickle.dumps(name)) == name
