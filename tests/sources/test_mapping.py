"""Entity and XML element helpers shared by the importers."""

from __future__ import annotations

from followthemoney import model
from lxml import etree

from saring.sources.mapping import is_company_name, org_schema, put_or_note
from saring.sources.xmltools import child, children, ctext, local, text, walk


def test_put_or_note() -> None:
    entity = model.make_entity("Person")
    put_or_note(entity, "birthDate", "1970-01-02", "Date of birth")
    put_or_note(entity, "birthDate", "sometime", "Date of birth")
    put_or_note(entity, "imoNumber", "9123456")
    put_or_note(entity, "nationality", "")
    assert entity.get("birthDate") == ["1970-01-02"]
    assert sorted(entity.get("notes")) == ["Date of birth: sometime", "imoNumber: 9123456"]
    assert not entity.has("nationality")


def test_org_schema() -> None:
    assert is_company_name("ACME TRADING CO")
    assert is_company_name("Romashka OOO")
    assert not is_company_name("Support Group")
    assert org_schema(["Support Group", "Acme Holdings Limited"]) == "Company"
    assert org_schema(["Support Group"]) == "Organization"
    assert org_schema([]) == "Organization"
    assert is_company_name("SIEMENS AG")


def test_words_that_look_like_legal_forms_are_not_companies() -> None:
    assert not is_company_name("AL-QAIDA IN IRAQ")
    assert not is_company_name("ISLAMIC STATE IN IRAQ AND THE LEVANT")
    assert not is_company_name("HUMANITARIAN RELIEF NGO")


def test_xml_helpers() -> None:
    root = etree.fromstring(
        b'<r xmlns="urn:x"><!-- note --><a>  one \n two </a><a/><b><c>x</c><c>y</c></b></r>'
    )
    assert local(root) == "r"
    assert [local(c) for c in root] == [None, "a", "a", "b"]
    assert len(children(root, "a")) == 2
    assert children(None, "a") == []
    assert ctext(root, "a") == "one two"
    assert text(child(root, "a")) == "one two"
    assert child(root, "z") is None and ctext(None, "a") == ""
    assert [text(c) for c in walk(root, "b", "c")] == ["x", "y"]
    assert walk(None, "b") == []
