"""How strongly two tokens are one name part."""

from __future__ import annotations

import pytest

from saring.names import Equivalence, Kind, analyze, token_equivalence, tokens_meet


def token(text: str, schema: str = "Person", index: int = 0):  # noqa: ANN201
    return analyze(text, schema).tokens[index]


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("Sergei", "Sergei", Equivalence.LATIN),
        ("Сергей", "Sergey", Equivalence.LATIN),
        ("Sergei", "Serguei", Equivalence.PHONETIC),
        ("Mohammed", "Muhammad", Equivalence.PHONETIC),
        ("محمد", "Mohamed", Equivalence.LATIN),
        ("Joseph", "Yusuf", Equivalence.ALIAS),
        ("ابراهیم", "Ebrahim", Equivalence.LATIN),
        ("رمضان", "Ramazan", Equivalence.LATIN),
        ("حامد", "Hameed", Equivalence.PHONETIC),
        ("برزان", "Barzan", Equivalence.SKELETON),
        ("Hassan", "Hussein", Equivalence.SKELETON),  # a skeleton is coarse
        ("Aleksandr", "Alexander", Equivalence.ALIAS),
        ("Sergei", "Ivan", Equivalence.NONE),
        ("Hassan", "Hamid", Equivalence.NONE),
    ],
)
def test_levels(a: str, b: str, level: Equivalence) -> None:
    assert token_equivalence(token(a), token(b)) == level
    assert token_equivalence(token(b), token(a)) == level


def test_initials() -> None:
    initial = token("J. Smith")
    assert token_equivalence(initial, token("John")) == Equivalence.INITIAL
    assert token_equivalence(initial, token("Ivan")) == Equivalence.NONE
    # an initial meets a word it opens before their skeletons are compared: דוד's is d
    assert token_equivalence(token("D. Harel"), token("דוד הראל")) == Equivalence.INITIAL
    # a Cyrillic letter's Latin spelling with a dot is an initial (Yu. for Юрий)
    yu = token("Yu. Ts. Oganessian")
    assert yu.kind == Kind.INITIAL and token("Yu. Ts. Oganessian", index=1).kind == Kind.INITIAL
    assert token_equivalence(yu, token("Юрий Оганесян")) == Equivalence.INITIAL
    assert token("Yu Zhengsheng").kind != Kind.INITIAL  # without a dot, a Chinese name


def test_legal_forms_compare_by_canonical_form() -> None:
    ooo = token("ООО Ромашка", "Company")
    llc = token("Romashka LLC", "Company", 1)
    jsc = token("Romashka JSC", "Company", 1)
    assert token_equivalence(ooo, llc) == Equivalence.LATIN
    assert token_equivalence(ooo, jsc) == Equivalence.NONE
    assert token_equivalence(ooo, token("Ooo")) == Equivalence.NONE


def test_tokens_meet() -> None:
    assert tokens_meet(token("حسين"), token("Hussein"))
    assert not tokens_meet(token("برزان"), token("Barzan"), Equivalence.PHONETIC)
