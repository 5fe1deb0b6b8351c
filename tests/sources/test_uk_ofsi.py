"""UK OFSI consolidated list: XLSX 2022 format and legacy CSV, on real records."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from datetime import date
from importlib.resources import files
from pathlib import Path

import openpyxl
import pytest
from followthemoney.proxy import EntityProxy

from saring.sources import uk_ofsi
from saring.sources.base import SourceContext, SourceError

FIXTURES = Path(__file__).parent.parent / "fixtures"
XLSX = FIXTURES / "uk_ofsi" / "UK_Sanctions_List_sample.xlsx"
LEGACY = FIXTURES / "uk_ofsi" / "sanctionsconlist_sample.csv"
CSL = FIXTURES / "us_csl" / "consolidated_sample.csv.gz"
BUNDLED = Path(
    str(files("saring") / "data" / "lists" / "gb_hmt_sanctions" / "UK_Sanctions_List.xlsx")
)
MAIN_SCHEMAS = {"Person", "Organization", "Company", "Vessel"}
GROUP_SCHEMAS = {
    "Individual": {"Person"},
    "Entity": {"Organization", "Company"},
    "Ship": {"Vessel"},
}


def load(path: Path) -> tuple[dict[str, EntityProxy], SourceContext]:
    ctx = SourceContext(path, uk_ofsi.DATASET)
    entities: dict[str, EntityProxy] = {}
    for entity in uk_ofsi.read(path, ctx):
        assert entity.id not in entities, f"duplicate id {entity.id}"
        entities[entity.id] = entity
    return entities, ctx


def xlsx_groups(path: Path) -> dict[str, str]:
    """Group ID → Group Type, read independently with openpyxl."""
    book = openpyxl.load_workbook(path, read_only=True)
    rows = book.worksheets[0].iter_rows(values_only=True)
    next(rows)
    header = list(next(rows))
    gid, gtype = header.index("Group ID"), header.index("Group Type")
    groups = {str(row[gid]): row[gtype] for row in rows if row[gid]}
    book.close()
    return groups


def csv_groups(path: Path) -> dict[str, str]:
    """Group ID → Group Type of a legacy CSV, read independently with the csv module."""
    lines = path.read_bytes().decode("cp1252").splitlines()[1:]
    return {row["Group ID"]: row["Group Type"] for row in csv.DictReader(lines)}


def by_schema(entities: dict[str, EntityProxy]) -> Counter[str]:
    return Counter(e.schema.name for e in entities.values())


def sanction_of(entities: dict[str, EntityProxy], group_id: str) -> EntityProxy:
    return entities[f"gb-hmt-sanction-{group_id}"]


@pytest.fixture(scope="module")
def sample() -> tuple[dict[str, EntityProxy], SourceContext]:
    return load(XLSX)


@pytest.fixture(scope="module")
def legacy() -> tuple[dict[str, EntityProxy], SourceContext]:
    return load(LEGACY)


@pytest.fixture(scope="module")
def full() -> tuple[dict[str, EntityProxy], SourceContext]:
    """The whole bundled 2025 list, read once (about 10 s)."""
    return load(BUNDLED)


# -- XLSX 2022 format -------------------------------------------------------------------------


def test_lavrov(sample):
    entities, _ = sample
    lavrov = entities["gb-hmt-14197"]
    assert lavrov.schema.name == "Person"
    assert lavrov.get("name") == ["Sergei Viktorovich LAVROV"]
    assert "Sergey LAVROV" in lavrov.get("alias")
    assert "Сергей Викторович Лавров" in lavrov.get("alias")
    assert lavrov.get("birthDate") == ["1950-03-21"]
    assert lavrov.get("birthPlace") == ["Moscow, Russia"]
    assert lavrov.get("nationality") == ["ru"]
    assert lavrov.get("gender") == ["male"]
    assert lavrov.get("position") == ["Foreign Minister of the Russian Federation"]
    assert lavrov.get("firstName") == ["Sergei"]
    assert lavrov.get("lastName") == ["LAVROV"]
    sanction = sanction_of(entities, "14197")
    assert sanction.get("entity") == ["gb-hmt-14197"]
    assert sanction.get("program") == ["Russia"]
    assert sanction.get("listingDate") == ["2022-02-25"]
    assert sanction.get("startDate") == ["2022-02-25"]
    assert sanction.get("modifiedAt") == ["2023-03-21"]
    assert sanction.get("authorityId") == ["RUS0252"]
    assert sanction.get("authority") == [uk_ofsi.AUTHORITY]
    assert sanction.get("country") == ["gb"]
    assert sanction.get("reason")[0].startswith("Sergei Viktorovich Lavrov, hereafter Lavrov")
    address = entities[lavrov.get("addressEntity")[0]]
    assert address.get("city") == ["Moscow"]
    assert address.get("country") == ["ru"]


def test_published_date(sample, legacy):
    assert sample[1].published == date(2025, 4, 10)
    assert legacy[1].published == date(2018, 4, 13)


def test_ship(sample):
    entities, _ = sample
    ship = entities["gb-hmt-13651"]
    assert ship.schema.name == "Vessel"
    assert ship.get("name") == ["SAM JONG 2"]
    assert "YU_JONG_3" in ship.get("alias")
    assert ship.get("imoNumber") == ["IMO7408873"]
    assert ship.get("flag") == ["kp"]
    assert ship.get("pastFlags") == ["ru"]
    assert ship.get("buildDate") == ["1975"]
    assert ship.get("type") == ["Oil tanker"]
    assert sanction_of(entities, "13651").get("startDate") == ["2018-03-30"]


def test_group_under_two_regimes(sample):
    entities, _ = sample
    qods = entities["gb-hmt-11241"]
    assert "سپاه قدس" in qods.get("alias")
    assert "QUDS FORCE" in qods.get("alias")
    sanction = sanction_of(entities, "11241")
    assert sorted(sanction.get("program")) == ["Iran (Nuclear)", "Syria"]
    assert sorted(sanction.get("listingDate")) == ["2010-07-27", "2011-08-24"]
    assert sanction.get("authorityId") == ["INU0082"]


def test_group_without_primary_name_promotes_a_variation(sample):
    entities, _ = sample
    institute = entities["gb-hmt-16601"]
    variations = {
        "33RD SCIENTIFIC RESEARCH AND TESTING INSTITUTE",
        "33RD TSNIII",
        "FEDERAL STATE BUDGETARY ESTABLISHMENT 27 SCIENTIFIC CENTRE OF THE MINISTRY OF "
        "DEFENCE OF THE RUSSIAN FEDERATION",
    }
    assert len(institute.get("name")) == 1
    assert set(institute.get("name") + institute.get("alias")) == variations
    assert institute.get("email") == ["33cnii-zakupki@mil.ru"]


def test_primary_name_variations_are_aliases(sample):
    haq = sample[0]["gb-hmt-15672"]
    assert haq.get("name") == ["Mian Abdul HAQ"]
    assert sorted(haq.get("alias")) == ["Mian MITHOO", "Mian MITHU", "Mian MITTO", "Mian MITTU"]
    assert haq.get("title") == ["Mr"]


def test_passports_paired_with_their_details(sample):
    entities, _ = sample
    burov = entities["gb-hmt-15657"]
    assert sorted(burov.get("passportNumber")) == ["0875723", "5392205", "628491783"]
    passports = {
        e.first("number"): e
        for e in entities.values()
        if e.schema.name == "Passport" and e.first("holder") == burov.id
    }
    assert passports["0875723"].get("endDate") == []
    assert passports["5392205"].get("endDate") == ["2004-12-02"]
    assert passports["628491783"].get("endDate") == ["2011-06-20"]
    avellan = [e for e in entities.values() if e.get("holder", quiet=True) == ["gb-hmt-13834"]]
    assert [(p.first("number"), p.first("startDate"), p.first("endDate")) for p in avellan] == [
        ("A0008696", "2011-10-17", "2021-10-17")
    ]
    assert avellan[0].get("country") == ["ni"]


def test_national_id(sample):
    entities, _ = sample
    assert entities["gb-hmt-7055"].get("idNumber") == ["44323"]
    doc = entities["gb-hmt-id-7055-1"]
    assert doc.schema.name == "Identification"
    assert doc.get("number") == ["44323"]
    assert doc.get("holder") == ["gb-hmt-7055"]


@pytest.mark.parametrize(
    ("group_id", "birth_dates"),
    [("7055", ["1972"]), ("15611", ["1964-05"]), ("6942", ["1966", "1969"])],
)
def test_partial_birth_dates(sample, group_id, birth_dates):
    """``00/00/1972`` and ``00/05/1964`` keep only what they state."""
    assert sorted(sample[0][f"gb-hmt-{group_id}"].get("birthDate")) == birth_dates


def test_low_quality_aka_is_weak_alias(sample):
    abdullah = sample[0]["gb-hmt-11205"]
    assert abdullah.get("weakAlias") == ["Amir Abdullah SAHIB"]
    assert abdullah.get("name") == ["Amir ABDULLAH"]


def test_company_and_former_name(sample):
    entities, _ = sample
    logarcheo = entities["gb-hmt-8283"]
    assert logarcheo.schema.name == "Company"
    assert logarcheo.get("previousName") == ["LOGARCHEO AG"]
    premera = entities["gb-hmt-16789"]
    assert premera.schema.name == "Company"
    assert premera.get("registrationNumber") == ["33866023"]
    assert "普萊米樂(香港)國際貿易有限公司" in premera.get("alias")
    assert entities["gb-hmt-16601"].schema.name == "Organization"


def test_distinct_addresses(sample):
    entities, _ = sample
    babakov = entities["gb-hmt-15267"]
    assert babakov.get("addressEntity") == ["gb-hmt-addr-15267-1", "gb-hmt-addr-15267-2"]
    first = entities["gb-hmt-addr-15267-1"]
    assert first.get("postalCode") == ["75116"]
    assert first.get("street") == ["78 Avenue Raymond Poincare"]


def test_sample_counts_match_the_raw_file(sample):
    entities, ctx = sample
    groups = xlsx_groups(XLSX)
    counts = by_schema(entities)
    assert counts["Sanction"] == len(groups)
    for group_type, schemas in GROUP_SCHEMAS.items():
        expected = sum(1 for t in groups.values() if t == group_type)
        assert sum(counts[s] for s in schemas) == expected
    assert not ctx.skipped


# -- the whole bundled list -------------------------------------------------------------------


def test_full_list_has_one_entity_per_group(full):
    entities, ctx = full
    groups = xlsx_groups(BUNDLED)
    assert len(groups) == 4686
    assert ctx.published == date(2025, 4, 10)
    mains = {e.id: e for e in entities.values() if e.schema.name in MAIN_SCHEMAS}
    assert set(mains) == {f"gb-hmt-{gid}" for gid in groups}
    for gid, group_type in groups.items():
        assert mains[f"gb-hmt-{gid}"].schema.name in GROUP_SCHEMAS[group_type]
    assert by_schema(entities)["Sanction"] == len(groups)
    assert by_schema(entities)["Vessel"] == sum(1 for t in groups.values() if t == "Ship")
    assert not ctx.skipped


def test_full_list_links(full):
    entities, _ = full
    for entity in entities.values():
        for prop in ("entity", "holder"):
            for target in entity.get(prop, quiet=True):
                assert target in entities
        for address in entity.get("addressEntity", quiet=True):
            assert entities[address].schema.name == "Address"
    lavrov = entities["gb-hmt-14197"]
    assert lavrov.get("birthDate") == ["1950-03-21"]
    assert sanction_of(entities, "14197").get("startDate") == ["2022-02-25"]
    ships = [e for e in entities.values() if e.schema.name == "Vessel"]
    assert all(ship.get("imoNumber") for ship in ships)


# -- legacy CSV -------------------------------------------------------------------------------


def test_legacy_person(legacy):
    entities, _ = legacy
    hababi = entities["gb-hmt-13349"]
    assert hababi.get("name") == ["Nayef Salam Muhammad Ujaym AL-HABABI"]
    assert "Sheikh Farooq AL-QAHTANI" in hababi.get("alias")
    assert sorted(hababi.get("birthDate")) == ["1980", "1981"]
    assert sorted(hababi.get("nationality")) == ["qa", "sa"]
    assert hababi.get("passportNumber") == ["592667"]
    passport = entities["gb-hmt-id-13349-1"]
    assert passport.get("startDate") == ["2007-05-03"]
    sanction = sanction_of(entities, "13349")
    assert sanction.get("program") == ["The ISIL (Da'esh) and Al-Qaida organisations"]
    assert sanction.get("listingDate") == ["2016-04-01"]


def test_legacy_windows_1252_text_and_id_numbers(legacy):
    entities, _ = legacy
    abdoulaye = entities["gb-hmt-13458"]
    assert any("‘PK5’" in note for note in abdoulaye.get("notes"))
    assert abdoulaye.get("passportNumber") == ["D00000897"]
    passport = entities["gb-hmt-id-13458-1"]
    assert passport.get("endDate") == ["2018-04-04"]
    assert entities["gb-hmt-6923"].get("idNumber") == ["0094195"]


def test_legacy_ships_and_companies(legacy):
    entities, _ = legacy
    tong_san = entities["gb-hmt-13556"]
    assert tong_san.schema.name == "Vessel"
    assert tong_san.get("imoNumber") == ["IMO8937675"]
    assert tong_san.get("mmsi") == ["445539000"]
    shipping_company = entities["gb-hmt-13340"]
    assert shipping_company.schema.name == "Company"
    assert shipping_company.get("imoNumber") == ["IMO5342883"]


def test_legacy_counts_match_the_raw_file(legacy):
    entities, _ = legacy
    groups = csv_groups(LEGACY)
    counts = by_schema(entities)
    assert counts["Sanction"] == len(groups)
    assert counts["Person"] == sum(1 for t in groups.values() if t == "Individual")
    entity_groups = sum(1 for t in groups.values() if t == "Entity")
    assert counts["Organization"] + counts["Company"] + counts["Vessel"] == entity_groups


# -- bad input --------------------------------------------------------------------------------


def test_truncated_xlsx(tmp_path):
    path = tmp_path / "UK_Sanctions_List.xlsx"
    data = BUNDLED.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(SourceError) as err:
        list(uk_ofsi.read(path, SourceContext(path, uk_ofsi.DATASET)))
    assert str(path) in str(err.value)


def test_csv_renamed_to_xlsx(tmp_path):
    path = tmp_path / "ConList.xlsx"
    path.write_bytes(LEGACY.read_bytes())
    with pytest.raises(SourceError, match="not an XLSX workbook") as err:
        list(uk_ofsi.read(path, SourceContext(path, uk_ofsi.DATASET)))
    assert str(path) in str(err.value)


def test_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "ConList.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(SourceError, match="XLSX"):
        list(uk_ofsi.read(path, SourceContext(path, uk_ofsi.DATASET)))


@pytest.mark.parametrize("cut", [0.5, 0.75])
def test_truncated_csv(tmp_path, cut):
    data = LEGACY.read_bytes()
    end = int(len(data) * cut)
    end = data.rfind(b",", 0, end) + 1  # inside a row, just after a field separator
    path = tmp_path / "sanctionsconlist.csv"
    path.write_bytes(data[:end])
    line = data[:end].count(b"\n") + 1
    with pytest.raises(SourceError, match=f"line {line}") as err:
        list(uk_ofsi.read(path, SourceContext(path, uk_ofsi.DATASET)))
    assert str(path) in str(err.value)


def test_csv_without_required_columns(tmp_path):
    text = LEGACY.read_bytes().decode("cp1252").replace(",Regime,", ",Programme,", 1)
    path = tmp_path / "conlist.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError, match="missing columns: Regime"):
        list(uk_ofsi.read(path, SourceContext(path, uk_ofsi.DATASET)))


def test_skipped_rows(tmp_path):
    lines = LEGACY.read_bytes().decode("cp1252").splitlines(keepends=True)
    rows = list(csv.reader(lines[2:]))
    rows[0][-1] = ""  # no Group ID
    for row in rows:
        if row[-1] == rows[-1][-1]:
            row[23] = "Aircraft"  # unknown Group Type
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path = tmp_path / "conlist.csv"
    path.write_text("".join(lines[:2]) + out.getvalue(), encoding="utf-8")
    entities, ctx = load(path)
    assert ctx.skipped == {"row without Group ID": 1, "unknown Group Type 'Aircraft'": 1}
    assert f"gb-hmt-{rows[-1][-1]}" not in entities


def test_sniff(tmp_path):
    def head(path: Path) -> bytes:
        return path.read_bytes()[: 64 * 1024]

    assert uk_ofsi.sniff(XLSX, head(XLSX))
    assert uk_ofsi.sniff(LEGACY, head(LEGACY))
    assert not uk_ofsi.sniff(CSL, head(CSL))
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("SDN_ENHANCED.XML", "<sanctionsData/>")
    assert not uk_ofsi.sniff(other, head(other))
    text = tmp_path / "list.csv"
    text.write_text("ent_num,SDN_Name,SDN_Type\n", encoding="utf-8")
    assert not uk_ofsi.sniff(text, head(text))
