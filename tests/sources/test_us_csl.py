"""US Consolidated Screening List (trade.gov CSV) on real rows of the 2022-04 file."""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter
from pathlib import Path

import pytest
from followthemoney.proxy import EntityProxy

from saring.sources import us_csl
from saring.sources.base import SourceContext, SourceError

FIXTURES = Path(__file__).parent.parent / "fixtures"
SAMPLE = FIXTURES / "us_csl" / "consolidated_sample.csv.gz"
UK_XLSX = FIXTURES / "uk_ofsi" / "UK_Sanctions_List_sample.xlsx"
UK_CSV = FIXTURES / "uk_ofsi" / "sanctionsconlist_sample.csv"
TYPE_SCHEMAS = {
    "Individual": {"Person"},
    "Entity": {"Organization", "Company"},
    "Vessel": {"Vessel"},
    "Aircraft": {"Airplane"},
    "": {"LegalEntity"},
}


def load(path: Path) -> tuple[dict[str, EntityProxy], SourceContext]:
    ctx = SourceContext(path, us_csl.DATASET)
    entities: dict[str, EntityProxy] = {}
    for entity in us_csl.read(path, ctx):
        assert entity.id not in entities, f"duplicate id {entity.id}"
        entities[entity.id] = entity
    return entities, ctx


def raw_rows() -> list[dict[str, str]]:
    """The fixture's rows, read independently with the csv module."""
    with gzip.open(SAMPLE, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def held_by(entities: dict[str, EntityProxy], schema: str, holder: str) -> list[EntityProxy]:
    return [e for e in entities.values() if e.schema.name == schema and e.get("holder") == [holder]]


@pytest.fixture(scope="module")
def sample() -> tuple[dict[str, EntityProxy], SourceContext]:
    return load(SAMPLE)


def test_lavrov(sample):
    entities, ctx = sample
    lavrov = entities["trade-csl-35233"]
    assert lavrov.schema.name == "Person"
    assert lavrov.get("name") == ["LAVROV, Sergei Viktorovich"]
    assert lavrov.get("alias") == ["LAVROV, Sergey"]
    assert lavrov.get("birthDate") == ["1950-03-21"]
    assert lavrov.get("birthPlace") == ["Moscow, Russia"]
    assert lavrov.get("nationality") == ["ru"]
    assert lavrov.get("gender") == ["male"]
    assert lavrov.get("position") == ["Minister of Foreign Affairs of the Russian Federation"]
    assert lavrov.get("country") == ["ru"]
    assert lavrov.get("addressEntity") == []  # the address is a bare country code
    sanction = entities["trade-csl-sanction-35233-sdn"]
    assert sanction.get("entity") == [lavrov.id]
    assert sanction.get("authority") == [
        "Specially Designated Nationals (SDN) - Treasury Department"
    ]
    assert sanction.get("program") == ["RUSSIA-EO14024"]
    assert sanction.get("authorityId") == ["35233"]
    assert sanction.get("sourceUrl") == ["http://bit.ly/1I7ipyR"]
    assert ctx.published is None


def test_party_on_three_lists(sample):
    entities, _ = sample
    bank = entities["trade-csl-18725"]
    assert bank.schema.name == "Company"
    assert bank.get("swiftBic") == ["VTBLAOLU"]
    assert bank.get("website") == ["http://www.vtb.ao/"]
    sanctions = [e for e in entities.values() if e.get("entity", quiet=True) == [bank.id]]
    assert sorted(s.id for s in sanctions) == [
        "trade-csl-sanction-18725-cap",
        "trade-csl-sanction-18725-sdn",
        "trade-csl-sanction-18725-ssi",
    ]
    ssi = entities["trade-csl-sanction-18725-ssi"]
    assert ssi.get("authority") == [
        "Sectoral Sanctions Identifications List (SSI) - Treasury Department"
    ]
    assert "Executive Order 13662 Directive Determination: Subject to Directive 1" in ssi.get(
        "provisions"
    )


def test_repeated_row_of_one_list_is_one_sanction(sample):
    entities, _ = sample
    sanctions = [e for e in entities.values() if e.get("entity", quiet=True) == ["trade-csl-15268"]]
    assert [s.id for s in sanctions] == ["trade-csl-sanction-15268-cap"]
    assert len(entities["trade-csl-15268"].get("addressEntity")) == 4


def test_entity_list_party_without_type(sample):
    entities, _ = sample
    key = "c4e7043d9cb37b6e6cec56acb5b7ef4e7504b7d0"
    party = entities[f"trade-csl-{key}"]
    assert party.schema.name == "LegalEntity"
    assert party.get("name") == ["Vladimir Viktorovich Lavrov"]
    assert party.get("topics") == ["export.control"]
    assert len(party.get("addressEntity")) == 5
    address = entities[f"trade-csl-addr-{key}-1"]
    assert address.get("full") == ["Vavilovykh Street 4-2 #267, St. Petersburg, 195257, RU"]
    assert address.get("country") == ["ru"]
    sanction = entities[f"trade-csl-sanction-{key}-el"]
    assert sanction.get("summary") == ["77 FR 61249 No. 195"]
    assert "License policy: Presumption of denial." in sanction.get("provisions")


def test_vessels(sample):
    entities, _ = sample
    artavil = entities["trade-csl-15036"]
    assert artavil.schema.name == "Vessel"
    assert artavil.get("imoNumber") == ["IMO9187629"]
    assert artavil.get("mmsi") == ["572469210"]
    assert artavil.get("flag") == ["ir"]
    assert sorted(artavil.get("pastFlags")) == ["mt", "tv", "tz"]
    assert artavil.get("callSign") == ["T2EU4"]
    assert artavil.get("grossRegisteredTonnage") == ["56068"]
    assert "Vessel owner: Samir de Navegacion S.A." in entities["trade-csl-4238"].get("notes")


def test_airplane(sample):
    plane = sample[0]["trade-csl-25540"]
    assert plane.schema.name == "Airplane"
    assert plane.get("name") == ["EP-IBL"]
    assert plane.get("model") == ["A310"]
    assert plane.get("serialNumber") == ["436"]
    assert plane.get("buildDate") == ["1987-05-02"]


def test_crypto_wallet(sample):
    entities, _ = sample
    wallets = held_by(entities, "CryptoWallet", "trade-csl-31811")
    assert [(w.id, w.first("publicKey"), w.first("currencySymbol")) for w in wallets] == [
        ("trade-csl-wallet-31811-1", "17a5bpKvEp1j1Trs4qTbcNZrby53JbaS9C", "XBT")
    ]


def test_passport_with_dates(sample):
    entities, _ = sample
    person = entities["trade-csl-21736"]
    passports = held_by(entities, "Passport", person.id)
    assert len(passports) == 1
    passport = passports[0]
    assert passport.get("number") == ["563120368"]
    assert passport.get("country") == ["kp"]
    assert passport.get("startDate") == ["2013-03-22"]
    assert passport.get("endDate") == ["2018-03-22"]
    assert person.get("passportNumber") == ["563120368"]


def test_identification(sample):
    entities, _ = sample
    person = entities["trade-csl-17848"]
    docs = {d.first("type"): d for d in held_by(entities, "Identification", person.id)}
    assert docs["C.U.R.P."].get("number") == ["VAVJ821023HDFLRR02"]
    assert docs["C.U.R.P."].get("country") == ["mx"]
    assert "VAVJ821023HDFLRR02" in person.get("idNumber")


@pytest.mark.parametrize(
    ("key", "birth_dates"),
    [("7782", ["1951"]), ("21001", ["1986", "1987", "1988"])],
)
def test_approximate_birth_dates(sample, key, birth_dates):
    """``circa 1951`` and ``1986 to 1988`` as the list writes them."""
    assert sorted(sample[0][f"trade-csl-{key}"].get("birthDate")) == birth_dates


@pytest.mark.parametrize(
    ("key", "topic"),
    [
        ("23ebef527fd9cdf725ac0e298feea44642f54761", "debarment"),
        ("7a0e9c6107f1ec52d6ef7911fea98b1cd1afaccc", "export.control"),
        ("f15fa805ff4ac5e09026f5e78011a1bb6b26dec2", "export.control"),
        ("deb7a1d5743a85c354ca1a2c7f2664e2104b32d7", "export.control"),
        ("e9220b1b5ead2cb0df93d18d19f15da7ab352fcf", "sanction"),
        ("33893", "sanction"),
        ("9713", "sanction"),
    ],
)
def test_topics_by_list(sample, key, topic):
    assert sample[0][f"trade-csl-{key}"].get("topics") == [topic]


def test_counts_match_the_raw_file(sample):
    entities, ctx = sample
    rows = raw_rows()
    counts = Counter(e.schema.name for e in entities.values())
    assert counts["Sanction"] == len({(r["_id"], r["source"]) for r in rows})
    types = {r["_id"]: r["type"] for r in rows}
    for csl_type, schemas in TYPE_SCHEMAS.items():
        expected = sum(1 for t in types.values() if t == csl_type)
        assert sum(counts[s] for s in schemas) == expected
    for key, csl_type in types.items():
        assert entities[f"trade-csl-{key}"].schema.name in TYPE_SCHEMAS[csl_type]
    assert not ctx.skipped


def test_plain_csv_reads_the_same(sample, tmp_path):
    path = tmp_path / "consolidated.csv"
    path.write_bytes(gzip.decompress(SAMPLE.read_bytes()))
    entities, _ = load(path)
    assert {k: v.to_dict() for k, v in entities.items()} == {
        k: v.to_dict() for k, v in sample[0].items()
    }


def test_truncated_gzip(tmp_path):
    data = SAMPLE.read_bytes()
    path = tmp_path / "consolidated.csv.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(SourceError, match=r"line \d+") as err:
        list(us_csl.read(path, SourceContext(path, us_csl.DATASET)))
    assert str(path) in str(err.value)


def test_truncated_csv(tmp_path):
    data = gzip.decompress(SAMPLE.read_bytes())
    end = data.rfind(b",", 0, len(data) // 2) + 1
    path = tmp_path / "consolidated.csv"
    path.write_bytes(data[:end])
    with pytest.raises(SourceError, match=r"line \d+") as err:
        list(us_csl.read(path, SourceContext(path, us_csl.DATASET)))
    assert str(path) in str(err.value)


def test_other_csv_is_refused(tmp_path):
    path = tmp_path / "conlist.csv"
    path.write_text(UK_CSV.read_bytes().decode("cp1252"), encoding="utf-8")
    with pytest.raises(SourceError, match="not a CSL file; missing columns: _id, source"):
        list(us_csl.read(path, SourceContext(path, us_csl.DATASET)))
    with pytest.raises(SourceError, match="not UTF-8"):  # the original is Windows-1252
        list(us_csl.read(UK_CSV, SourceContext(UK_CSV, us_csl.DATASET)))


def test_row_without_name_is_skipped(tmp_path):
    rows = raw_rows()
    rows[0]["name"] = ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "consolidated.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    entities, ctx = load(path)
    assert ctx.skipped == {"row without a name": 1}
    assert f"trade-csl-{rows[0]['_id']}" not in entities


def test_sniff(tmp_path):
    def head(path: Path) -> bytes:
        return path.read_bytes()[: 64 * 1024]

    assert us_csl.sniff(SAMPLE, head(SAMPLE))
    plain = tmp_path / "consolidated.csv"
    plain.write_bytes(gzip.decompress(SAMPLE.read_bytes()))
    assert us_csl.sniff(plain, head(plain))
    assert not us_csl.sniff(UK_XLSX, head(UK_XLSX))
    assert not us_csl.sniff(UK_CSV, head(UK_CSV))
