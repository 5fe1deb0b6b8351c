"""OFAC Enhanced XML: real records, counts, zip handling, broken and hostile input."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from followthemoney.proxy import EntityProxy
from hostile_xml import assert_no_expansion, lol_entities

from saring.sources import ofac_xml, un_sc_xml
from saring.sources.base import SourceContext, SourceError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ofac_xml"
FULL_ZIP = FIXTURES / "CONS_ENHANCED.ZIP"
SUBSET_ZIP = FIXTURES / "CONS_ENHANCED_subset.ZIP"
SUBSET_XML = FIXTURES / "CONS_ENHANCED_subset.XML"
UN_XML = (
    Path(__file__).resolve().parents[1] / "fixtures" / "un_sc_xml" / "UN_consolidated_subset.xml"
)
NS = "{https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML}"


def _read(path: Path) -> tuple[dict[str, EntityProxy], SourceContext]:
    ctx = SourceContext(path=path, dataset="us_ofac_cons")
    entities = list(ofac_xml.read(path, ctx))
    by_id = {e.id: e for e in entities}
    assert len(by_id) == len(entities), "entity ids must be unique"
    return by_id, ctx


@pytest.fixture(scope="module")
def subset() -> dict[str, EntityProxy]:
    return _read(SUBSET_ZIP)[0]


@pytest.fixture(scope="module")
def full() -> tuple[dict[str, EntityProxy], SourceContext]:
    return _read(FULL_ZIP)


def test_published_and_plain_xml_equals_zip(subset: dict[str, EntityProxy]) -> None:
    plain, ctx = _read(SUBSET_XML)
    assert ctx.published == date(2025, 1, 10)
    assert {k: v.to_dict() for k, v in plain.items()} == {k: v.to_dict() for k, v in subset.items()}


def test_person_with_weak_aliases_and_link(subset: dict[str, EntityProxy]) -> None:
    person = subset["ofac-9647"]
    assert person.schema.name == "Person"
    assert person.get("name") == ["Mahmoud Khaled ZAHHAR"]
    assert person.get("firstName") == ["Mahmoud Khaled"]
    assert person.get("lastName") == ["ZAHHAR"]
    assert person.get("alias") == ["Mahmoud Khaled AL ZAHAR"]
    assert set(person.get("weakAlias")) == {"Mahmoud ZAHAR", "Mahmoud AL-ZAHAR"}
    assert person.get("birthDate") == ["1945"]
    assert person.get("birthPlace") == ["Gaza Strip"]
    assert person.get("nationality") == ["ps"]
    assert person.get("gender") == ["male"]
    link = subset["ofac-rel-17928"]
    assert link.schema.name == "UnknownLink"
    assert link.get("subject") == ["ofac-9647"]
    assert link.get("object") == ["ofac-4695"]
    assert link.get("role") == ["Acting for or on behalf of"]


def test_sanction_listing_date_and_programs(subset: dict[str, EntityProxy]) -> None:
    sanction = subset["ofac-sanction-9647"]
    assert sanction.get("entity") == ["ofac-9647"]
    assert sanction.get("authority") == ["Office of Foreign Assets Control"]
    assert sanction.get("country") == ["us"]
    assert set(sanction.get("program")) == {"NS-PLC", "SDGT"}
    # listed on the PLC list 2006-04-12, the consolidated list 2014-10-10, the SDN list 2023
    assert sanction.get("listingDate") == ["2006-04-12"]
    assert sanction.get("startDate") == ["2006-04-12"]
    assert "SDN List" in sanction.get("summary")
    assert {"Reject", "Block"} <= set(sanction.get("provisions"))


def test_person_documents_and_addresses(subset: dict[str, EntityProxy]) -> None:
    person = subset["ofac-50476"]
    assert person.get("name") == ["Michel Joseph MARTELLY"]
    assert person.get("middleName") == ["Joseph"]
    assert person.get("weakAlias") == ["Sweet Micky"]
    assert person.get("birthDate") == ["1961-02-12"]
    assert set(person.get("idNumber")) == {"0032768386", "M634550610520"}
    national_id = subset["ofac-id-50476-42272"]
    assert national_id.schema.name == "Identification"
    assert national_id.get("holder") == ["ofac-50476"]
    assert national_id.get("number") == ["0032768386"]
    assert national_id.get("type") == ["National ID No."]
    assert national_id.get("country") == ["ht"]
    address = subset["ofac-addr-76536"]
    assert address.get("full") == ["Miami, FL, United States"]
    assert address.get("city") == ["Miami"]
    assert address.get("country") == ["us"]
    assert "ofac-addr-76536" in person.get("addressEntity")
    assert "Miami, FL, United States" in person.get("address")

    passport = subset["ofac-id-26182-16873"]
    assert passport.schema.name == "Passport"
    assert passport.get("number") == ["U00242309"]
    assert passport.get("country") == ["tr"]
    assert subset["ofac-26182"].get("passportNumber") == ["U00242309"]
    assert subset["ofac-26182"].get("citizenship") == ["tr"]


def test_company_names_scripts_identifiers(subset: dict[str, EntityProxy]) -> None:
    vtb = subset["ofac-17013"]
    assert vtb.schema.name == "Company"
    assert vtb.get("name") == ["VTB BANK PUBLIC JOINT STOCK COMPANY"]
    assert "БАНК ВТБ ПАО" in vtb.get("alias")
    assert "VNESHTORGBANK" in vtb.get("previousName")
    assert vtb.get("weakAlias") == ["JSC VTB BANK NEW DELHI BRANCH"]
    assert vtb.get("swiftBic") == ["VTBRRUMM"]
    assert vtb.get("taxNumber") == ["7702070139"]
    assert vtb.get("innCode") == ["7702070139"]
    assert vtb.get("leiCode") == ["253400V1H6ART1UQ0N98"]
    assert vtb.get("incorporationDate") == ["1990-10-17"]
    assert len(vtb.get("addressEntity")) == 12
    ownership = subset["ofac-rel-13449"]
    assert ownership.schema.name == "Ownership"
    assert ownership.get("owner") == ["ofac-17013"]
    assert ownership.get("asset") == ["ofac-17017"]

    dji = subset["ofac-33111"]
    assert "深圳市大疆创新科技有限公司" in dji.get("alias")
    assert dji.get("uscCode") == ["914403007954257495"]
    cccc = subset["ofac-30930"]
    assert cccc.schema.name == "Company"
    assert "CNE1000002F5" in cccc.get("isinCode")
    assert "601800 CN" in cccc.get("ticker")
    assert subset["ofac-28603"].get("vatCode") == ["CHE-267.936.404"]


def test_counts_match_raw_file(full: tuple[dict[str, EntityProxy], SourceContext]) -> None:
    with zipfile.ZipFile(FULL_ZIP) as archive:
        root = ET.fromstring(archive.read("CONS_ENHANCED.XML"))
    entities = root.findall(f"{NS}entities/{NS}entity")
    kinds = Counter(e.findtext(f"{NS}generalInfo/{NS}entityType") for e in entities)
    documents = [d for d in root.iter(f"{NS}identityDocument") if d.findtext(f"{NS}documentNumber")]
    relationships = list(root.iter(f"{NS}relationship"))
    addresses = [
        a
        for a in root.iter(f"{NS}address")
        if a.find(f"{NS}country") is not None or a.find(f".//{NS}addressPart") is not None
    ]

    by_id, ctx = full
    counts = Counter(e.schema.name for e in by_id.values())
    assert ctx.published == date(2025, 1, 10)
    assert len(entities) == 443
    assert counts["Person"] == kinds["Individual"] == 80
    assert counts["Company"] + counts["Organization"] == kinds["Entity"]
    assert counts["Sanction"] == len(entities)
    assert counts["Passport"] + counts["Identification"] == len(documents)
    links = ("Ownership", "UnknownLink", "Family", "Associate")
    assert sum(counts[s] for s in links) == len(relationships)
    assert counts["Address"] == len(addresses)
    assert not ctx.skipped


def _truncate(path: Path, data: bytes, fraction: float) -> Path:
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def test_truncated_xml_raises_naming_file_and_line(tmp_path: Path) -> None:
    broken = _truncate(tmp_path / "CONS_cut.XML", SUBSET_XML.read_bytes(), 0.6)
    with pytest.raises(SourceError) as err:
        list(ofac_xml.read(broken, SourceContext(path=broken, dataset="x")))
    assert "CONS_cut.XML" in str(err.value)
    assert err.value.record and err.value.record.startswith("line ")


def test_truncated_zip_raises(tmp_path: Path) -> None:
    broken = _truncate(tmp_path / "CONS_cut.ZIP", SUBSET_ZIP.read_bytes(), 0.5)
    with pytest.raises(SourceError, match="CONS_cut.ZIP"):
        list(ofac_xml.read(broken, SourceContext(path=broken, dataset="x")))


def test_truncated_member_inside_valid_zip_raises(tmp_path: Path) -> None:
    data = SUBSET_XML.read_bytes()
    path = tmp_path / "CONS_ENHANCED.ZIP"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("CONS_ENHANCED.XML", data[: len(data) // 2])
    with pytest.raises(SourceError) as err:
        list(ofac_xml.read(path, SourceContext(path=path, dataset="x")))
    assert err.value.record and err.value.record.startswith("line ")


def test_oversized_zip_member_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("saring.sources.base.MAX_ZIP_MEMBER", 10_000)
    with pytest.raises(SourceError, match="too large"):
        list(ofac_xml.read(SUBSET_ZIP, SourceContext(path=SUBSET_ZIP, dataset="x")))


def test_wrong_format_raises() -> None:
    with pytest.raises(SourceError, match="not an OFAC Enhanced XML"):
        list(ofac_xml.read(UN_XML, SourceContext(path=UN_XML, dataset="x")))


def _bomb(depth: int) -> str:
    lol = f"&lol{depth};"
    return (
        '<?xml version="1.0"?>\n'
        f"<!DOCTYPE sanctionsData [{lol_entities(depth)}]>\n"
        '<sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/'
        'PublicationPreview/exports/ENHANCED_XML"><entities><entity id="1">'
        "<generalInfo><entityType>Individual</entityType></generalInfo><names><name>"
        "<isPrimary>true</isPrimary><translations><translation><isPrimary>true</isPrimary>"
        f"<formattedFullName>Bob {lol}</formattedFullName></translation></translations>"
        f"</name></names><generalInfo><remarks>{lol}</remarks></generalInfo>"
        "</entity></entities></sanctionsData>"
    )


@pytest.mark.parametrize("depth", [2, 9])
def test_entity_expansion_never_happens(tmp_path: Path, depth: int) -> None:
    assert_no_expansion(ofac_xml.read, _bomb(depth), tmp_path)


def test_sniff(tmp_path: Path) -> None:
    for path in (FULL_ZIP, SUBSET_ZIP, SUBSET_XML):
        assert ofac_xml.sniff(path, path.read_bytes()[: 64 * 1024]), path
        assert not un_sc_xml.sniff(path, path.read_bytes()[: 64 * 1024]), path
    assert not ofac_xml.sniff(UN_XML, UN_XML.read_bytes()[: 64 * 1024])
    other_zip = tmp_path / "sdn.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("sdn.csv", "1,NAME\n")
    assert not ofac_xml.sniff(other_zip, other_zip.read_bytes()[:100])
    assert not ofac_xml.sniff(FIXTURES, b"")
    notes = b"# Sources\nOFAC Enhanced XML (namespace .../exports/ENHANCED_XML)\n"
    assert not ofac_xml.sniff(tmp_path / "SOURCES.md", notes)


def test_format_declaration() -> None:
    (fmt,) = ofac_xml.FORMATS
    assert (fmt.name, fmt.dataset) == ("ofac-xml", "us_ofac_cons")


VESSEL_XML = """<?xml version="1.0" encoding="utf-8"?>
<sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
  <publicationInfo><dataAsOf>2025-02-03T00:00:00</dataAsOf></publicationInfo>
  <referenceValues>
    <referenceValue refId="11107"><type>COUNTRY</type><value>Iran</value><isoCode>IR</isoCode>
    </referenceValue>
  </referenceValues>
  <featureTypes>
    <featureType featureTypeId="3"><type>Vessel Flag</type>
      <detailType refId="1433">COUNTRY</detailType></featureType>
  </featureTypes>
  <entities>
    <entity id="15036">
      <generalInfo><identityId>1</identityId>
        <entityType refId="602">Vessel</entityType></generalInfo>
      <sanctionsLists>
        <sanctionsList refId="1550" id="1" datePublished="2012-07-12">SDN List</sanctionsList>
      </sanctionsLists>
      <sanctionsPrograms>
        <sanctionsProgram refId="1" id="2">IRAN</sanctionsProgram></sanctionsPrograms>
      <names><name id="5"><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality>
        <translations><translation id="6"><isPrimary>true</isPrimary>
          <script refId="20122">Latin</script><formattedLastName>ARTAVIL</formattedLastName>
          <formattedFullName>ARTAVIL</formattedFullName></translation></translations></name>
      </names>
      <features>
        <feature id="7"><type featureTypeId="3">Vessel Flag</type><value>Iran</value>
          <valueRefId>11107</valueRefId><isPrimary>true</isPrimary></feature>
        <feature id="8"><type featureTypeId="1">Vessel Call Sign</type><value>9HOM9</value>
          <isPrimary>true</isPrimary></feature>
        <feature id="9"><type featureTypeId="2">VESSEL TYPE</type><value>Crude Oil Tanker</value>
          <isPrimary>true</isPrimary></feature>
        <feature id="10"><type featureTypeId="4">Digital Currency Address - XBT</type>
          <value>1AjZPMsnmpdK2Rv9KQNfMurTXinscVro9V</value><isPrimary>true</isPrimary></feature>
      </features>
      <identityDocuments>
        <identityDocument id="11"><type refId="1">Vessel Registration Identification</type>
          <documentNumber>IMO 9187629</documentNumber><isValid>true</isValid></identityDocument>
        <identityDocument id="12"><type refId="2">MMSI</type>
          <documentNumber>572469210</documentNumber><isValid>true</isValid></identityDocument>
      </identityDocuments>
    </entity>
  </entities>
</sanctionsData>
"""


def test_vessel_features_and_documents(tmp_path: Path) -> None:
    """The consolidated file has no vessels; this record follows the SDN_ENHANCED layout."""
    path = tmp_path / "SDN_ENHANCED.XML"
    path.write_text(VESSEL_XML, encoding="utf-8")
    by_id, ctx = _read(path)
    assert ctx.published == date(2025, 2, 3)
    vessel = by_id["ofac-15036"]
    assert vessel.schema.name == "Vessel"
    assert vessel.get("name") == ["ARTAVIL"]
    assert vessel.get("flag") == ["ir"]
    assert vessel.get("callSign") == ["9HOM9"]
    assert vessel.get("type") == ["Crude Oil Tanker"]
    assert vessel.get("imoNumber") == ["IMO9187629"]
    assert vessel.get("mmsi") == ["572469210"]
    assert by_id["ofac-id-15036-11"].get("number") == ["IMO 9187629"]
    wallet = by_id["ofac-wallet-15036-10"]
    assert wallet.get("publicKey") == ["1AjZPMsnmpdK2Rv9KQNfMurTXinscVro9V"]
    assert wallet.get("currencySymbol") == ["XBT"]
    assert wallet.get("holder") == ["ofac-15036"]
    assert by_id["ofac-sanction-15036"].get("listingDate") == ["2012-07-12"]
