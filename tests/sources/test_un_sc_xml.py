"""UN Security Council consolidated list XML: real records, counts, broken and hostile input."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from followthemoney.proxy import EntityProxy
from hostile_xml import assert_no_expansion, lol_entities

from saring.sources import ofac_xml, un_sc_xml
from saring.sources.base import SourceContext, SourceError

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "un_sc_xml" / "UN_consolidated_subset.xml"
FULL = ROOT / "src" / "saring" / "data" / "lists" / "un_sc_sanctions" / "UN_consolidated.xml"
OFAC_FIXTURE = ROOT / "tests" / "fixtures" / "ofac_xml" / "CONS_ENHANCED_subset.XML"


def _read(path: Path) -> tuple[dict[str, EntityProxy], SourceContext]:
    ctx = SourceContext(path=path, dataset="un_sc_sanctions")
    entities = list(un_sc_xml.read(path, ctx))
    by_id = {e.id: e for e in entities}
    assert len(by_id) == len(entities), "entity ids must be unique"
    return by_id, ctx


@pytest.fixture(scope="module")
def subset() -> dict[str, EntityProxy]:
    return _read(FIXTURE)[0]


@pytest.fixture(scope="module")
def full() -> tuple[dict[str, EntityProxy], SourceContext]:
    return _read(FULL)


def test_published_date_from_root(full: tuple[dict[str, EntityProxy], SourceContext]) -> None:
    assert full[1].published == date(2026, 2, 27)
    assert not full[1].skipped


def test_person_names_aliases_and_facts(subset: dict[str, EntityProxy]) -> None:
    person = subset["unsc-6907995"]
    assert person.schema.name == "Person"
    assert person.get("name") == ["GASTON IYAMUREMYE"]
    assert person.get("firstName") == ["GASTON"]
    assert person.get("lastName") == ["IYAMUREMYE"]
    assert person.get("weakAlias") == ["Rumuli"]
    assert "Victor Rumuri" in person.get("alias")
    assert "FDLR Interim President" in person.get("position")
    assert person.get("nationality") == ["rw"]
    assert person.get("gender") == ["male"]
    assert person.get("birthDate") == ["1948"]
    assert "Musanze District, Northern Province, Rwanda" in person.get("birthPlace")
    assert person.get("topics") == ["sanction"]


def test_four_part_name_original_script_and_documents(subset: dict[str, EntityProxy]) -> None:
    person = subset["unsc-6908704"]
    assert person.get("name") == ["Ahmad Oumar Imhamad al-Fitouri"]
    assert person.get("firstName") == ["Ahmad"]
    assert person.get("middleName") == ["Oumar", "Imhamad"]
    assert person.get("lastName") == ["al-Fitouri"]
    assert "احمد عمر امحمد الفيتوري" in person.get("alias")
    assert set(person.get("weakAlias")) >= {"Al-Dabachi", "The Uncle"}
    assert person.get("birthDate") == ["1988-05-07"]
    assert person.get("passportNumber") == ["LY53FP76"]
    assert person.get("idNumber") == ["119880387067"]
    assert person.get("modifiedAt") == ["2020-02-25"]

    passport = subset["unsc-id-6908704-1"]
    assert passport.schema.name == "Passport"
    assert passport.get("holder") == ["unsc-6908704"]
    assert passport.get("number") == ["LY53FP76"]
    assert passport.get("country") == ["ly"]
    assert passport.get("startDate") == ["2015-09-29"]
    assert passport.get("authority") == ["Tripoli"]
    national_id = subset["unsc-id-6908704-2"]
    assert national_id.schema.name == "Identification"
    assert national_id.get("number") == ["119880387067"]
    assert national_id.get("type") == ["National Identification Number"]

    address = subset["unsc-addr-6908704-2"]
    assert address.get("full") == ["Zawiya, Libya"]
    assert address.get("city") == ["Zawiya"]
    assert address.get("country") == ["ly"]
    assert address.id in person.get("addressEntity")


def test_sanction_fields(subset: dict[str, EntityProxy]) -> None:
    sanction = subset["unsc-sanction-6908704"]
    assert sanction.schema.name == "Sanction"
    assert sanction.get("entity") == ["unsc-6908704"]
    assert sanction.get("authority") == ["United Nations Security Council"]
    assert sanction.get("program") == ["Libya"]
    assert sanction.get("programId") == ["LYi.023"]
    assert sanction.get("unscId") == ["LYi.023"]
    assert sanction.get("listingDate") == ["2018-06-07"]
    assert sanction.get("modifiedAt") == ["2020-02-25"]
    assert sanction.get("reason")[0].startswith("Listed pursuant to paragraphs 15 and 17")


def test_birth_date_kinds(subset: dict[str, EntityProxy]) -> None:
    # TYPE_OF_DATE BETWEEN 1973 and 1974
    assert set(subset["unsc-6908021"].get("birthDate")) >= {"1973", "1974"}
    # dates given only as notes ("August 1961", "April 1963")
    kony = set(subset["unsc-6908538"].get("birthDate"))
    assert {"1961-08", "1963-04", "1964-09-18"} <= kony
    # a bare YEAR
    assert subset["unsc-6907993"].get("birthDate") == ["1971"]


def test_entities(subset: dict[str, EntityProxy]) -> None:
    shipping = subset["unsc-6908516"]
    assert shipping.schema.name == "Company"
    assert shipping.get("imoNumber") == ["IMO5342883"]
    assert "Chong Chon Gang Shipping Co. Ltd." in shipping.get("alias")
    bank = subset["unsc-690752"]
    assert bank.schema.name == "Company"
    assert set(bank.get("previousName")) == {
        "CHANGGWANG CREDIT BANK",
        "KOREA CHANGGWANG CREDIT BANK",
    }
    qaida = subset["unsc-113458"]
    assert qaida.schema.name == "Organization"
    assert qaida.get("name") == ["AL-QAIDA"]
    assert "القاعدة" in qaida.get("alias")
    assert subset["unsc-sanction-113458"].get("programId") == ["QDe.004"]


def test_counts_match_raw_file(full: tuple[dict[str, EntityProxy], SourceContext]) -> None:
    root = ET.parse(FULL).getroot()
    individuals = root.findall("INDIVIDUALS/INDIVIDUAL")
    organisations = root.findall("ENTITIES/ENTITY")
    address_parts = ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
    addresses = [
        a
        for a in root.iter()
        if a.tag in ("INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS")
        and any((a.findtext(p) or "").strip() for p in address_parts)
    ]
    documents = [
        d for d in root.iter("INDIVIDUAL_DOCUMENT") if (d.findtext("NUMBER") or "").strip()
    ]

    counts = Counter(e.schema.name for e in full[0].values())
    assert (len(individuals), len(organisations)) == (730, 273)
    assert counts["Person"] == len(individuals)
    assert counts["Company"] + counts["Organization"] == len(organisations)
    assert counts["Sanction"] == len(individuals) + len(organisations)
    assert counts["Address"] == len(addresses)
    assert counts["Passport"] + counts["Identification"] == len(documents)
    known = {"Person", "Company", "Organization", "Sanction", "Address", "Passport"}
    assert set(counts) <= known | {"Identification"}


def test_truncated_file_raises_naming_file_and_line(tmp_path: Path) -> None:
    data = FIXTURE.read_bytes()
    broken = tmp_path / "UN_truncated.xml"
    broken.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(SourceError) as err:
        list(un_sc_xml.read(broken, SourceContext(path=broken, dataset="x")))
    assert "UN_truncated.xml" in str(err.value)
    assert err.value.record and err.value.record.startswith("line ")


def test_wrong_format_raises(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not a UN Security Council list"):
        list(un_sc_xml.read(OFAC_FIXTURE, SourceContext(path=OFAC_FIXTURE, dataset="x")))


def _bomb(depth: int) -> str:
    return (
        '<?xml version="1.0"?>\n'
        f"<!DOCTYPE CONSOLIDATED_LIST [{lol_entities(depth)}]>\n"
        '<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>'
        f"<DATAID>1</DATAID><FIRST_NAME>Bob &lol{depth};</FIRST_NAME>"
        f"<COMMENTS1>&lol{depth};</COMMENTS1><UN_LIST_TYPE>&lol{depth};</UN_LIST_TYPE>"
        "</INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>"
    )


@pytest.mark.parametrize("depth", [2, 9])
def test_entity_expansion_never_happens(tmp_path: Path, depth: int) -> None:
    assert_no_expansion(un_sc_xml.read, _bomb(depth), tmp_path)


def test_sniff() -> None:
    head = FULL.read_bytes()[: 64 * 1024]
    assert un_sc_xml.sniff(FULL, head)
    assert un_sc_xml.sniff(FIXTURE, FIXTURE.read_bytes()[: 64 * 1024])
    assert not ofac_xml.sniff(FULL, head)
    ofac_head = OFAC_FIXTURE.read_bytes()[: 64 * 1024]
    assert not un_sc_xml.sniff(OFAC_FIXTURE, ofac_head)
    assert not un_sc_xml.sniff(FULL.parent, b"")


def test_format_declaration() -> None:
    (fmt,) = un_sc_xml.FORMATS
    assert (fmt.name, fmt.dataset) == ("un-sc-xml", "un_sc_sanctions")


def test_every_listed_on_becomes_a_listing_date(
    full: tuple[dict[str, EntityProxy], SourceContext],
) -> None:
    root = ET.parse(FULL).getroot()
    listed = {
        f"unsc-sanction-{e.findtext('DATAID')}": e.findtext("LISTED_ON")[:10]
        for e in [*root.iter("INDIVIDUAL"), *root.iter("ENTITY")]
        if (e.findtext("LISTED_ON") or "").strip()
    }
    assert any(
        len(v) > 10 for v in (e.findtext("LISTED_ON") or "" for e in root.iter("INDIVIDUAL"))
    )
    got = {k: e.get("listingDate") for k, e in full[0].items() if e.schema.name == "Sanction"}
    assert {k: got[k] for k in listed} == {k: [v] for k, v in listed.items()}
