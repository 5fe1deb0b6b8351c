"""Legal forms and organisation words."""

from __future__ import annotations

import pytest

from saring.names import Equivalence, Kind, analyze, token_equivalence
from saring.names.legal_forms import LEGAL_FORM, ORG_TERM, OrgPart, find_org_parts


def found(text: str) -> list[tuple[str, str]]:
    words = text.split()
    return [(" ".join(words[p.start : p.end]), p.canonical) for p in find_org_parts(words, words)]


def test_find_org_parts() -> None:
    assert found("ooo romashka") == [("ooo", "llc")]
    assert found("limited liability company romashka") == [("limited liability company", "llc")]
    assert found("pt bank mandiri tbk") == [("pt", "llc"), ("bank", "bank"), ("tbk", "jsc")]
    assert found("obshchestvo s ogranichennoy otvetstvennostyu romashka") == [
        ("obshchestvo s ogranichennoy otvetstvennostyu", "llc")
    ]
    assert found("xinghua co limited") == [("co", "co"), ("limited", "llc")]
    assert found("siemens gmbh") == [("gmbh", "llc")]
    # the longest form wins over a shorter one inside it
    assert found("faberlic europe sp z oo") == [("sp z oo", "llc")]
    assert found("acme d o o") == [("d o o", "llc")]


def test_roman_numerals_are_not_legal_forms() -> None:
    # rigour reads "ii" as a legal form, and "ii" shares its phonetic key with "ou"
    assert found("bowne global solutions ii inc") == [("inc", "llc")]
    assert found("kkr asian fund iv lp") == [("lp", "lp")]
    assert found("acme ou") == [("ou", "llc")]


def test_legal_forms_sit_at_the_edges() -> None:
    # "as" is a Norwegian legal form at the end, but not inside a name
    assert found("nordic as") == [("as", "jsc")]
    assert found("salt as pepper trading") == [("trading", "trading")]
    parts = find_org_parts(["bank", "otkritie", "financial", "corporation", "pjsc"], ["x"] * 5)
    assert OrgPart(3, 4, "corp", LEGAL_FORM) in parts
    parts = find_org_parts(["pao", "bank", "korporatsiya", "otkrytie"], ["x"] * 4)
    assert OrgPart(2, 3, "corp", ORG_TERM) in parts


def test_written_forms() -> None:
    chars = list("興華國際股份有限公司")
    parts = find_org_parts(["x"] * len(chars), chars)
    assert OrgPart(2, 4, "international", ORG_TERM) in parts
    assert OrgPart(4, 10, "jsc", LEGAL_FORM) in parts
    # Hangul syllables are matched as written, never by their readings (나 "na": N.A.)
    kinds = [t.kind for t in analyze("하나 유한회사", "Company").tokens]
    assert kinds == [Kind.OTHER] * 2 + [Kind.LEGAL_FORM] * 4
    kinds = [t.kind for t in analyze("우리 유한회사", "Company").tokens]
    assert kinds[:2] == [Kind.OTHER] * 2


def test_organisation_words_of_persian_arabic_and_russian_names() -> None:
    def terms(name: str) -> list[str]:
        return [t.canonical for t in analyze(name, "Company").tokens if t.kind == Kind.ORG_TERM]

    assert terms("گروه صنعتی شهید همت") == ["group", "industry"]
    assert terms("Shahid Hemmat Industrial Group") == ["industry", "group"]
    assert terms("مجموعة الصناعات العسكرية") == ["group", "industry"]
    # abbreviations: oil company, trading house, design bureau, read alike in both scripts
    assert terms("НК Роснефть") == terms("NK Rosneft") == ["oil company"]
    assert terms("ТД Дельта") == ["trading"]
    assert terms("ОКБ Сухого") == terms("Opytnoye Konstruktorskoye Byuro Sukhogo")[:1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ООО Ромашка", "Romashka LLC"),
        ("ООО Ромашка", "Limited Liability Company Romashka"),
        ("ПАО Сбербанк", "Sberbank PJSC"),
        ("ОАО Алмазный мир", "OJSC ALMAZNY MIR"),
        ("ТОО СИПИЭС ЭНЕРДЖИ", "CPS ENERGY LLP"),
        ("Türkiye Halk Bankası A.Ş.", "Turkiye Halk Bank AS"),
        ("Volkswagen Gesellschaft mit beschränkter Haftung", "Volkswagen GmbH"),
        ("Faberlic Europe Sp. z o.o.", "Faberlic Europe LLC"),
    ],
)
def test_legal_forms_meet_across_scripts(a: str, b: str) -> None:
    left = [t for t in analyze(a, "Company").tokens if t.kind == Kind.LEGAL_FORM]
    right = [t for t in analyze(b, "Company").tokens if t.kind == Kind.LEGAL_FORM]
    assert left and right
    assert any(token_equivalence(x, y) == Equivalence.LATIN for x in left for y in right)
