"""EU FSF XML 1.1 reader on a hand-written fixture in the published layout."""

from __future__ import annotations

import importlib
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from followthemoney.proxy import EntityProxy

import saring
from saring.sources import eu_fsf_xml
from saring.sources.base import Format, SourceContext, SourceError

FIXTURE = Path(__file__).parent.parent / "fixtures" / "eu_fsf_xml" / "eu_fsf_sample.xml"
UN_XML = Path(saring.__file__).parent / "data" / "lists" / "un_sc_sanctions" / "UN_consolidated.xml"
NS = "{http://eu.europa.ec/fpi/fsd/export}"
FORMAT = eu_fsf_xml.FORMATS[0]


def load(path: Path = FIXTURE) -> tuple[dict[str, EntityProxy], SourceContext]:
    ctx = SourceContext(path, FORMAT.dataset)
    entities = {e.id: e for e in FORMAT.read(path, ctx)}
    return entities, ctx


@pytest.fixture(scope="module")
def parsed() -> tuple[dict[str, EntityProxy], SourceContext]:
    return load()


def _has_name(node: ET.Element) -> bool:
    return any(
        (a.get("wholeName") or a.get("firstName") or a.get("lastName") or "").strip()
        for a in node.iter(f"{NS}nameAlias")
    )


def expected_schemas() -> Counter[str]:
    """Entity counts by schema, computed from the raw XML with the stdlib parser."""
    counts: Counter[str] = Counter()
    fields = ("street", "city", "zipCode", "poBox", "place", "region")
    for node in ET.parse(FIXTURE).getroot().iter(f"{NS}sanctionEntity"):
        if not _has_name(node):
            continue
        code = node.find(f"{NS}subjectType").get("code")
        counts["Person" if code == "person" else "Organization"] += 1
        counts["Sanction"] += 1
        for addr in node.iter(f"{NS}address"):
            if any((addr.get(k) or "").strip() for k in fields):
                counts["Address"] += 1
        for ident in node.iter(f"{NS}identification"):
            kind = ident.get("identificationTypeCode")
            counts["Passport" if kind == "passport" else "Identification"] += 1
    return counts


def test_counts_by_schema(parsed):
    entities, ctx = parsed
    assert Counter(e.schema.name for e in entities.values()) == expected_schemas()
    raw = ET.parse(FIXTURE).getroot().iter(f"{NS}sanctionEntity")
    nameless = sum(1 for node in raw if not _has_name(node))
    assert ctx.skipped == Counter({"no name": nameless})


def test_published_from_generation_date(parsed):
    _, ctx = parsed
    stamp = ET.parse(FIXTURE).getroot().get("generationDate")
    assert ctx.published == date.fromisoformat(stamp[:10]) == date(2024, 3, 15)


def test_lavrov(parsed):
    entities, _ = parsed
    person = entities["eu-fsf-139055"]
    assert person.schema.name == "Person"
    assert person.get("name") == ["Sergey Viktorovich LAVROV"]
    assert "Сергей Викторович ЛАВРОВ" in person.get("alias")
    assert "Sergej Viktorovič LAVROV" in person.get("alias")
    assert person.get("birthDate") == ["1950-03-21"]
    assert person.get("birthPlace") == ["Moscow"]
    assert person.get("nationality") == ["ru"]
    assert person.get("gender") == ["male"]
    assert person.get("lastName") == ["LAVROV", "ЛАВРОВ"]
    assert person.get("position") == ["Minister of Foreign Affairs of the Russian Federation"]
    assert person.get("topics") == ["sanction"]
    sanction = entities["eu-fsf-sanction-139055"]
    assert sanction.get("entity") == ["eu-fsf-139055"]
    assert sanction.get("authority") == ["European Union"]
    assert sanction.get("country") == ["eu"]
    assert sanction.get("program") == ["UKR"]
    assert sanction.get("authorityId") == ["EU.7315.12"]
    assert sanction.get("listingDate") == ["2022-02-25"]
    assert sanction.get("startDate") == ["2022-02-25"]
    assert sanction.get("description") == ["2022/260 (OJ L42I)"]
    assert sanction.get("sourceUrl") == [
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R0260"
    ]


def test_enterprise_with_address(parsed):
    entities, _ = parsed
    org = entities["eu-fsf-29403"]
    assert org.schema.name == "Organization"
    assert "Almaz-Antey Corp" in org.get("name")
    assert org.get("alias") == ["Концерн ВКО «Алмаз – Антей»"]
    assert org.get("country") == ["ru"]
    assert org.get("addressEntity") == ["eu-fsf-addr-2143"]
    address = entities["eu-fsf-addr-2143"]
    assert address.get("street") == ["41 ul. Vereiskaya"]
    assert address.get("city") == ["Moscow"]
    assert address.get("postalCode") == ["121471"]
    assert address.get("country") == ["ru"]
    assert org.get("address") == address.get("full")
    sanction = entities["eu-fsf-sanction-29403"]
    # No designationDate attribute: the listing date is the regulation's publication date.
    assert sanction.get("listingDate") == ["2014-07-30"]
    assert sanction.get("reason")[0].startswith("Almaz-Antey is a Russian state-controlled")


def test_cyrillic_aliases_and_country_only_address(parsed):
    entities, _ = parsed
    person = entities["eu-fsf-123915"]
    assert set(person.get("name")) == {
        "Alexander Grigoryevich LUKASHENKO",
        "Aliaksandr Ryhoravich LUKASHENKA",
    }
    assert set(person.get("alias")) == {
        "Аляксандр Рыгоравіч ЛУКАШЭНКА",
        "Александр Григорьевич ЛУКАШЕНКО",
    }
    assert person.get("birthPlace") == ["Kopys, Vitebsk Oblast"]
    assert person.get("birthCountry") == ["by"]
    assert person.get("country") == ["by"]
    assert not person.has("addressEntity")
    assert not any(e.id.startswith("eu-fsf-addr-1239") for e in entities.values())


def test_circa_birth_year_passport_and_weak_alias(parsed):
    entities, _ = parsed
    person = entities["eu-fsf-1304"]
    assert person.get("birthDate") == ["1963"]
    assert person.get("weakAlias") == ["Nazar Jan"]
    assert "Nazar Jan" not in person.get("name") + person.get("alias")
    assert person.get("title") == ["Maulavi"]
    assert person.get("passportNumber") == ["OR 1961825"]
    passport = entities["eu-fsf-id-1311"]
    assert passport.schema.name == "Passport"
    assert passport.get("holder") == ["eu-fsf-1304"]
    assert passport.get("number") == ["OR 1961825"]
    assert passport.get("country") == ["af"]
    assert passport.get("startDate") == ["2003-02-04"]
    assert passport.get("endDate") == ["2006-02-02"]
    assert passport.get("authority") == ["Afghan Consulate in Quetta, Pakistan"]
    assert entities["eu-fsf-sanction-1304"].get("unscId") == ["TAi.034"]


def test_identity_card_and_address(parsed):
    entities, _ = parsed
    person = entities["eu-fsf-2156"]
    assert person.get("idNumber") == ["216040"]
    assert person.get("passportNumber") == ["541939"]
    assert set(person.get("weakAlias")) == {"Abu Asim Al-Makki", "Ahmed"}
    card = entities["eu-fsf-id-2165"]
    assert card.schema.name == "Identification"
    assert card.get("type") == ["National identification card"]
    assert card.get("holder") == ["eu-fsf-2156"]
    assert entities["eu-fsf-addr-2166"].get("city") == ["Al-Hudaydah"]
    sanction = entities["eu-fsf-sanction-2156"]
    assert sanction.get("listingDate") == ["2002-05-29"]
    assert sanction.get("startDate") == ["2002-05-30"]


def test_nameless_entry_skipped(parsed):
    entities, _ = parsed
    assert "eu-fsf-160222" not in entities
    assert "eu-fsf-sanction-160222" not in entities


def test_ids_are_stable():
    first, _ = load()
    second, _ = load()
    assert list(first) == list(second)


def test_zipped_file(tmp_path):
    archive = tmp_path / "eu.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(FIXTURE, "xmlFullSanctionsList_1_1.xml")
    entities, ctx = load(archive)
    assert set(entities) == set(load()[0])
    assert ctx.published == date(2024, 3, 15)
    assert FORMAT.sniff(archive, archive.read_bytes()[:65536])


def test_unknown_subject_type_skipped(tmp_path):
    path = tmp_path / "vessel.xml"
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace('code="enterprise" classificationCode="E"', 'code="vessel"')
    path.write_text(text, encoding="utf-8")
    entities, ctx = load(path)
    assert "eu-fsf-29403" not in entities
    assert ctx.skipped["unknown subject type"] == 2


def test_truncated_file_raises(tmp_path):
    data = FIXTURE.read_bytes()
    path = tmp_path / "truncated.xml"
    path.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(SourceError) as info:
        load(path)
    assert info.value.path == str(path)
    assert info.value.record and info.value.record.startswith("line ")


def test_malformed_file_names_line(tmp_path):
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    bad = next(i for i, line in enumerate(lines) if 'logicalId="1304"' in line)
    lines[bad + 1] = "<remark>broken</remrak>"
    path = tmp_path / "malformed.xml"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(SourceError) as info:
        load(path)
    assert "malformed XML" in str(info.value)
    assert info.value.record == f"line {bad + 2}"


def test_other_xml_list_refused(tmp_path):
    path = tmp_path / "un.xml"
    path.write_bytes(UN_XML.read_bytes()[:200_000])
    with pytest.raises(SourceError, match="not an EU FSF XML export"):
        load(path)


def test_export_without_namespace_refused(tmp_path):
    path = tmp_path / "plain.xml"
    path.write_text('<export generationDate="2024-01-01"><sanctionEntity/></export>')
    with pytest.raises(SourceError, match="not an EU FSF XML export"):
        load(path)


BOMB_DTD = """<?xml version="1.0"?>
<!DOCTYPE export [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2024-01-01">
<sanctionEntity logicalId="1"><subjectType code="person" classificationCode="P"/>
<nameAlias wholeName="{name}" strong="true"/>
<remark>{remark}</remark>
</sanctionEntity></export>
"""


@pytest.mark.parametrize(
    ("name", "remark"),
    [("&amp;g;", "&g;"), ("&g;", "harmless")],
    ids=["bomb-in-text", "bomb-in-attribute"],
)
def test_xml_bomb_does_not_expand(tmp_path, name, remark):
    path = tmp_path / "bomb.xml"
    path.write_text(BOMB_DTD.format(name=name, remark=remark))
    try:
        entities, _ = load(path)
    except SourceError:
        return
    values = [v for e in entities.values() for vs in e.properties.values() for v in vs]
    assert all(len(v) < 1000 for v in values)


def test_external_entity_not_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    path = tmp_path / "xxe.xml"
    path.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE export [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2024-01-01">
<sanctionEntity logicalId="1"><subjectType code="person"/>
<nameAlias wholeName="Someone" strong="true"/><remark>&xxe;</remark>
</sanctionEntity></export>"""
    )
    entities, _ = load(path)
    assert entities["eu-fsf-1"].get("name") == ["Someone"]
    values = [v for e in entities.values() for vs in e.properties.values() for v in vs]
    assert not any("TOP-SECRET" in v for v in values)


def test_sniff():
    head = FIXTURE.read_bytes()[:65536]
    assert FORMAT.sniff(FIXTURE, head)
    assert not FORMAT.sniff(UN_XML, UN_XML.read_bytes()[:65536])
    other = b'<?xml version="1.0"?><export generationDate="2024-01-01"><item/></export>'
    assert not FORMAT.sniff(Path("other.xml"), other)
    assert not FORMAT.sniff(Path("x.json"), b'{"id": "x", "schema": "Person"}\n')


def test_other_formats_do_not_claim_the_fixture():
    others: list[Format] = []
    for name in ("ofac_csv", "ofac_xml", "un_sc_xml", "uk_ofsi", "us_csl", "ftm_json"):
        try:
            others.extend(importlib.import_module(f"saring.sources.{name}").FORMATS)
        except ImportError:
            continue
    if not others:
        pytest.skip("no other format module importable")
    head = FIXTURE.read_bytes()[:65536]
    assert [fmt.name for fmt in others if fmt.sniff(FIXTURE, head)] == []


def test_name_promoted_from_alias(tmp_path):
    path = tmp_path / "aliases.xml"
    path.write_text(
        """<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2024-01-01">
<sanctionEntity logicalId="7"><subjectType code="enterprise" classificationCode="E"/>
<nameAlias wholeName="Weak One" strong="false"/>
<nameAlias wholeName="Первое" nameLanguage="RU" strong="true"/>
<nameAlias wholeName="Второе" nameLanguage="RU" strong="true"/>
</sanctionEntity>
<sanctionEntity logicalId="8"><subjectType code="enterprise" classificationCode="E"/>
<nameAlias wholeName="Only Weak" strong="false"/>
</sanctionEntity></export>""",
        encoding="utf-8",
    )
    entities, ctx = load(path)
    assert entities["eu-fsf-7"].get("name") == ["Первое"]
    assert entities["eu-fsf-7"].get("weakAlias") == ["Weak One"]
    assert entities["eu-fsf-8"].get("name") == ["Only Weak"]
    assert not ctx.skipped
