"""OFAC legacy CSV sets, on cut-down copies of the real files and the bundled lists.

``sdn_2024`` holds 17 chosen entries of the 2024-05-03 sdn.csv with the matching rows
of the 2025-12 add/alt/comments files (plus rows for ent_nums it lacks);
``sdn_2021`` is every 30th entry of the consistent 2021-07 set with its rows.
"""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest
from followthemoney.proxy import EntityProxy

from saring.sources.base import SourceContext, SourceError
from saring.sources.ofac_csv import FORMATS

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ofac_csv"
SDN_2024 = FIXTURES / "sdn_2024"
SDN_2021 = FIXTURES / "sdn_2021"
CONS = Path(str(files("saring") / "data" / "lists" / "us_ofac_cons"))
SDN = next(f for f in FORMATS if f.name == "ofac-csv")
CONS_FORMAT = next(f for f in FORMATS if f.name == "ofac-cons-csv")


def raw_rows(path: Path) -> list[list[str]]:
    """The rows of an OFAC CSV file, parsed with the csv module alone."""
    text = path.read_bytes().rstrip(b"\x1a").decode("utf-8")
    return [row for row in csv.reader(text.splitlines()) if row]


def load(path: Path, fmt=SDN) -> tuple[dict[str, EntityProxy], SourceContext]:
    ctx = SourceContext(path=path, dataset=fmt.dataset)
    entities: dict[str, EntityProxy] = {}
    for entity in fmt.read(path, ctx):
        assert entity.id not in entities, entity.id
        entities[entity.id] = entity
    return entities, ctx


def related(entities: dict[str, EntityProxy], schema: str, prop: str, target: str) -> list:
    return [e for e in entities.values() if e.schema.is_a(schema) and target in e.get(prop)]


@pytest.fixture(scope="module")
def sdn_2024() -> tuple[dict[str, EntityProxy], SourceContext]:
    return load(SDN_2024)


@pytest.fixture(scope="module")
def sdn_2021() -> tuple[dict[str, EntityProxy], SourceContext]:
    return load(SDN_2021)


@pytest.fixture(scope="module")
def cons() -> tuple[dict[str, EntityProxy], SourceContext]:
    return load(CONS, CONS_FORMAT)


def test_lavrov(sdn_2024) -> None:
    entities, _ = sdn_2024
    lavrov = entities["ofac-35233"]
    assert lavrov.schema.name == "Person"
    assert lavrov.get("name") == ["LAVROV, Sergei Viktorovich"]
    assert lavrov.get("lastName") == ["LAVROV"]
    assert lavrov.get("firstName") == ["Sergei Viktorovich"]
    assert lavrov.get("birthDate") == ["1950-03-21"]
    assert lavrov.get("birthPlace") == ["Moscow, Russia"]
    assert lavrov.get("nationality") == ["ru"]
    assert lavrov.get("gender") == ["male"]
    assert lavrov.get("position") == ["Minister of Foreign Affairs of the Russian Federation"]
    assert "sanction" in lavrov.get("topics")
    # the title repeated in the remarks is not copied to notes
    assert lavrov.get("notes") == []
    # alias from the 2025-12 alt.csv
    assert "LAVROV, Sergey" in lavrov.get("alias")
    sanction = entities["ofac-sanction-35233"]
    assert sanction.schema.name == "Sanction"
    assert sanction.get("entity") == ["ofac-35233"]
    assert sanction.get("program") == ["RUSSIA-EO14024"]
    assert sanction.get("authority") == ["Office of Foreign Assets Control"]
    assert sanction.get("country") == ["us"]


def test_raisi_birth_dates(sdn_2024) -> None:
    entities, _ = sdn_2024
    raisi = entities["ofac-27844"]
    assert sorted(raisi.get("birthDate")) == ["1960-11", "1960-12", "1960-12-14"]
    assert entities["ofac-sanction-27844"].get("provisions") == [
        "Additional Sanctions Information - Subject to Secondary Sanctions"
    ]


def test_vessels(sdn_2024) -> None:
    entities, _ = sdn_2024
    ebano = entities["ofac-4243"]
    assert ebano.schema.name == "Vessel"
    assert ebano.get("imoNumber") == ["IMO7406784"]
    assert sorted(ebano.get("previousName")) == ["ANA I", "SAND SWAN"]
    assert ebano.get("flag") == ["pa"]
    assert ebano.get("type") == ["General Cargo"]
    assert ebano.get("tonnage") == ["2595"]
    assert ebano.get("grossRegisteredTonnage") == ["1865"]
    artavil = entities["ofac-15036"]
    assert artavil.get("callSign") == ["T2EU4"]
    assert artavil.get("tonnage") == ["99144"]
    assert {"mt", "tv", "tz"} <= set(artavil.get("pastFlags"))
    # "Former Vessel Flag None Identified" is no country: kept as a note
    assert "None Identified" in artavil.first("notes")


def test_aircraft(sdn_2024) -> None:
    entities, _ = sdn_2024
    plane = entities["ofac-15431"]
    assert plane.schema.name == "Airplane"
    assert plane.get("model") == ["IL76-TD"]
    assert plane.get("buildDate") == ["1992"]
    assert "1023409321" in plane.get("serialNumber")
    assert "Aircraft Operator YAS AIR" in plane.first("notes")


def test_passports(sdn_2024) -> None:
    entities, _ = sdn_2024
    person = entities["ofac-7257"]
    assert person.get("passportNumber") == ["E590976"]
    passport = entities["ofac-id-7257-1"]
    assert passport.schema.name == "Passport"
    assert passport.get("holder") == ["ofac-7257"]
    assert passport.get("number") == ["E590976"]
    assert passport.get("country") == ["tn"]
    assert passport.get("startDate") == ["1987-06-19"]
    assert passport.get("endDate") == ["1992-06-18"]
    zawahiri = [e for e in related(entities, "Passport", "holder", "ofac-2676")]
    assert sorted(p.first("number") for p in zawahiri) == ["1084010", "19820215"]
    assert [p.get("country") for p in zawahiri if p.first("number") == "1084010"] == [["eg"]]


def test_links(sdn_2024) -> None:
    entities, _ = sdn_2024
    link = entities["ofac-link-16807-1"]
    assert link.schema.name == "UnknownLink"
    assert (link.get("subject"), link.get("object")) == (["ofac-16807"], ["ofac-16666"])
    # the Linked To of 28263 is in its comment: the comment was joined before parsing
    assert entities["ofac-link-28263-1"].get("object") == ["ofac-27307"]
    assert "snowsjohn" in entities["ofac-28263"].get("weakAlias")
    # HIZBALLAH is not in this file: the link stays in the notes
    badr = entities["ofac-13423"]
    assert "Linked To: HIZBALLAH" in badr.first("notes")
    assert not related(entities, "UnknownLink", "subject", "ofac-13423")


def test_organizations_and_companies(sdn_2024) -> None:
    entities, _ = sdn_2024
    cartel = entities["ofac-11440"]
    assert cartel.schema.name == "Organization"
    assert {"MEXICAN FEDERATION", "GUADALAJARA CARTEL"} <= set(cartel.get("previousName"))
    assert "mx" in cartel.get("country")  # from a country-only add.csv row
    transoil = entities["ofac-16807"]
    assert transoil.schema.name == "Company"
    assert transoil.get("taxNumber") == ["7811139006"]
    assert transoil.get("innCode") == ["7811139006"]
    assert transoil.get("ogrnCode") == ["1037825043200"]
    tax_ids = related(entities, "Identification", "holder", "ofac-16807")
    assert sorted(i.first("type") for i in tax_ids) == ["Registration Number", "Tax ID No."]
    bank = entities["ofac-306"]
    assert bank.get("weakAlias") == ["BNC"]
    assert "NATIONAL BANK OF CUBA" in bank.get("alias")


def test_addresses_joined(sdn_2024) -> None:
    entities, _ = sdn_2024
    rows = [r for r in raw_rows(SDN_2024 / "add.csv") if r[0] == "306"]
    bank = entities["ofac-306"]
    assert sorted(bank.get("addressEntity")) == sorted(f"ofac-addr-{r[1]}" for r in rows)
    zurich = entities["ofac-addr-199"]
    assert zurich.get("full") == ["Zweierstrasse 35, Zurich CH-8022, Switzerland"]
    assert zurich.get("country") == ["ch"]
    assert "Zweierstrasse 35, Zurich CH-8022, Switzerland" in bank.get("address")


def test_crypto_wallets(sdn_2024) -> None:
    entities, _ = sdn_2024
    remarks = next(r[11] for r in raw_rows(SDN_2024 / "sdn.csv") if r[0] == "25308")
    wallets = related(entities, "CryptoWallet", "holder", "ofac-25308")
    assert len(wallets) == remarks.count("Digital Currency Address") > 0
    assert "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h" in {w.first("publicKey") for w in wallets}


def test_unknown_ent_nums_are_skipped(sdn_2024) -> None:
    _, ctx = sdn_2024
    known = {r[0] for r in raw_rows(SDN_2024 / "sdn.csv")}
    stray_add = [r for r in raw_rows(SDN_2024 / "add.csv") if r[0] not in known]
    stray_alt = [r for r in raw_rows(SDN_2024 / "alt.csv") if r[0] not in known]
    assert stray_add and stray_alt
    assert ctx.skipped["address for an unknown ent_num"] == len(stray_add)
    assert ctx.skipped["alias for an unknown ent_num"] == len(stray_alt)
    assert ctx.skipped["comment for an unknown ent_num"] == 1  # 17016
    assert ctx.skipped["comment for remarks that were not cut"] == 1  # 22985


def test_references_resolve(sdn_2024) -> None:
    entities, _ = sdn_2024
    for entity in entities.values():
        assert entity.id.startswith("ofac-")
        for prop in ("holder", "subject", "object", "entity", "addressEntity"):
            for target in entity.get(prop, quiet=True):
                assert target in entities, (entity.id, prop, target)


def test_schema_counts_2021(sdn_2021) -> None:
    entities, ctx = sdn_2021
    rows = raw_rows(SDN_2021 / "sdn.csv")
    types = Counter(r[2].strip() for r in rows)
    counts = Counter(e.schema.name for e in entities.values())
    assert counts["Person"] == types["individual"]
    assert counts["Vessel"] == types["vessel"]
    assert counts["Airplane"] == types["aircraft"]
    assert counts["Company"] + counts["Organization"] == types["-0-"]
    assert counts["Sanction"] == len(rows)
    assert not ctx.skipped.get("address for an unknown ent_num")


def test_address_and_alias_rows_joined_2021(sdn_2021) -> None:
    entities, _ = sdn_2021
    adds = raw_rows(SDN_2021 / "add.csv")
    with_text = [r for r in adds if r[2].strip() != "-0-" or r[3].strip() != "-0-"]
    addresses = [e for e in entities.values() if e.schema.name == "Address"]
    assert len(addresses) >= len(with_text) > 100
    for row in with_text:
        assert f"ofac-addr-{row[1]}" in entities[f"ofac-{row[0]}"].get("addressEntity")
    alts = raw_rows(SDN_2021 / "alt.csv")
    props = {"aka": "alias", "fka": "previousName", "nka": "alias"}
    joined = []
    for row in alts:
        values = entities[f"ofac-{row[0]}"].get(props[row[2]])
        # FollowTheMoney collapses doubled spaces and drops quotes around a whole name
        name = " ".join(row[3].split())
        if name in values or name.strip("'") in values:
            joined.append(row)
    assert len(joined) == len(alts) > 100


def test_comment_joined_2021(sdn_2021) -> None:
    entities, _ = sdn_2021
    notes = entities["ofac-12300"].first("notes")
    # the remarks end "PROMO RAI" and the comment begins "Z S.A.S."
    assert "Linked To: PROMO RAIZ S.A.S." in notes


def test_consolidated_list(cons) -> None:
    entities, _ = cons
    rows = raw_rows(CONS / "cons_prim.csv")
    counts = Counter(e.schema.name for e in entities.values())
    assert counts["Sanction"] == len(rows) == 442
    assert counts["Person"] == sum(1 for r in rows if r[2] == "individual")
    bank = entities["ofac-17016"]
    assert bank.schema.name == "Company"
    assert bank.get("swiftBic") == ["GAZPRUMM"]
    # these come from the continuation in cons_comments.csv
    assert bank.get("taxNumber") == ["7744001497"]
    assert bank.get("leiCode") == ["253400WSS48YWMBUA688"]
    sanction = entities["ofac-sanction-17016"]
    assert sanction.get("listingDate") == ["2022-02-24"]
    assert sanction.get("startDate") == ["2022-03-26"]
    assert sorted(sanction.get("program")) == ["RUSSIA-EO14024", "UKRAINE-EO13662"]
    haniya = entities["ofac-9639"]
    assert haniya.get("birthDate") == ["1962"]
    assert "HANIYA, Ismail" in haniya.get("alias")


def test_primary_file_alone(tmp_path: Path) -> None:
    shutil.copy(SDN_2024 / "sdn.csv", tmp_path / "sdn.csv")
    entities, ctx = load(tmp_path / "sdn.csv")
    assert entities["ofac-35233"].get("birthDate") == ["1950-03-21"]
    assert not any(e.schema.name == "Address" for e in entities.values())
    assert not ctx.skipped


def test_primary_file_finds_siblings(sdn_2024) -> None:
    entities, _ = load(SDN_2024 / "sdn.csv")
    assert set(entities) == set(sdn_2024[0])


def test_truncated_primary_file(tmp_path: Path) -> None:
    data = (SDN_2024 / "sdn.csv").read_bytes()
    cut = data[: len(data) // 2]
    (tmp_path / "sdn.csv").write_bytes(cut)
    with pytest.raises(SourceError) as info:
        load(tmp_path)
    assert info.value.path.endswith("sdn.csv")
    complete_lines = cut.count(b"\n")
    assert info.value.record == f"line {complete_lines + 1}"
    assert "sdn.csv" in str(info.value)


def test_truncated_sibling_file(tmp_path: Path) -> None:
    for name in ("sdn.csv", "alt.csv"):
        shutil.copy(SDN_2024 / name, tmp_path / name)
    data = (SDN_2024 / "add.csv").read_bytes()
    (tmp_path / "add.csv").write_bytes(data[:-40])
    with pytest.raises(SourceError, match="add.csv"):
        load(tmp_path)


def test_wrong_files(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="expected 12 columns"):
        load(SDN_2024 / "add.csv")
    with pytest.raises(SourceError, match="holds no sdn.csv"):
        load(tmp_path)
    bad = tmp_path / "sdn.csv"
    bad.write_text('ent,"NAME",x,x,x,x,x,x,x,x,x,x\r\n')
    with pytest.raises(SourceError, match="not a number"):
        load(bad)


def test_sniffing() -> None:
    def head(path: Path) -> bytes:
        return path.read_bytes()[:65536]

    assert SDN.sniff(SDN_2024, b"")
    assert not CONS_FORMAT.sniff(SDN_2024, b"")
    assert CONS_FORMAT.sniff(CONS, b"")
    assert not SDN.sniff(CONS, b"")
    sdn_csv = SDN_2024 / "sdn.csv"
    assert SDN.sniff(sdn_csv, head(sdn_csv))
    cons_prim = CONS / "cons_prim.csv"
    assert CONS_FORMAT.sniff(cons_prim, head(cons_prim))
    assert not SDN.sniff(cons_prim, head(cons_prim))
    for name in ("add.csv", "alt.csv", "sdn_comments.csv"):
        path = SDN_2024 / name
        assert not SDN.sniff(path, head(path))
        assert not CONS_FORMAT.sniff(path, head(path))


def test_sniff_other_csv(tmp_path: Path) -> None:
    renamed = tmp_path / "download.csv"
    shutil.copy(SDN_2024 / "sdn.csv", renamed)
    assert SDN.sniff(renamed, renamed.read_bytes()[:65536])
    other = tmp_path / "other.csv"
    other.write_text("name,country\r\nJohn Smith,us\r\n")
    assert not SDN.sniff(other, other.read_bytes())
