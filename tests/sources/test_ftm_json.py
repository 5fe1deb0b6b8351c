"""FtM JSON lines and OpenSanctions delta readers on real OpenSanctions files."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from pathlib import Path

import pytest
from followthemoney import model
from followthemoney.proxy import EntityProxy

from saring.sources import ftm_json
from saring.sources.base import Format, SourceContext, SourceError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ftm_json"
T1 = FIXTURES / "t1.entities.ftm.json"
ZALA = FIXTURES / "zala.entities.ftm.json"
DELTA = FIXTURES / "entities.delta.json"
EU_XML = Path(__file__).parent.parent / "fixtures" / "eu_fsf_xml" / "eu_fsf_sample.xml"
FORMATS = {fmt.name: fmt for fmt in ftm_json.FORMATS}
ENTITIES, DELTAS = FORMATS["ftm-json"], FORMATS["ftm-delta"]
OTHER_MODULES = ("ofac_csv", "ofac_xml", "un_sc_xml", "uk_ofsi", "us_csl", "eu_fsf_xml")


def load(path: Path, fmt: Format = ENTITIES) -> tuple[list[EntityProxy], SourceContext]:
    ctx = SourceContext(path, fmt.dataset)
    return list(fmt.read(path, ctx)), ctx


def raw_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def head(path: Path) -> bytes:
    return path.read_bytes()[:65536]


@pytest.mark.parametrize("path", [T1, ZALA], ids=["t1", "zala"])
def test_entities_match_file(path):
    raw = raw_lines(path)
    entities, ctx = load(path)
    assert [e.id for e in entities] == [d["id"] for d in raw]
    assert Counter(e.schema.name for e in entities) == Counter(d["schema"] for d in raw)
    assert not ctx.skipped
    for entity, data in zip(entities, raw, strict=True):
        assert entity.properties.keys() == data["properties"].keys()
        for prop, values in data["properties"].items():
            assert set(entity.get(prop)) == set(values), (entity.id, prop)


def test_zala_person_values_and_context():
    entities = {e.id: e for e in load(ZALA)[0]}
    raw = {d["id"]: d for d in raw_lines(ZALA)}
    person = entities["NK-2Tbri3s6GgNtAwsSXh4qpL"]
    assert person.schema.name == "Person"
    assert person.get("birthDate") == ["1988-01-07"]
    assert person.get("innCode") == ["183116181362"]
    assert person.get("nationality") == ["ru"]
    assert "Мария Александровна Осетрова" in person.get("name")
    assert person.context["referents"] == raw[person.id]["referents"]
    assert "ua-nsdc-26852-zaharova-maria-oleksandrivna" in person.context["referents"]
    assert "us_ofac_sdn" in person.context["datasets"]
    data = person.to_dict()
    assert data["referents"] == raw[person.id]["referents"]
    assert "caption" not in data
    passport = entities["gb-fcdo-217caa5aa607244044b49706d04d8d6c5ec992bd"]
    assert passport.schema.name == "Passport"
    assert passport.get("holder") == ["NK-aU5ybkbRFJucf8YMwsJvDw"]


def test_t1_organization():
    entities = {e.id: e for e in load(T1)[0]}
    org = entities["NK-2GdmHtZTeNXjNVrBGEXZNj"]
    assert org.schema.name == "Organization"
    assert org.get("registrationNumber") == ["808000714"]
    assert org.get("country") == ["by"]
    assert "Общество с ограниченной ответственностью “Интер Тобако”" in org.get("name")
    assert "eu-fsf-eu-8282-49" in org.context["referents"]
    assert org.context["datasets"] == ["eu_fsf"]


def test_delta_ops():
    raw = raw_lines(DELTA)
    ops = Counter(d["op"] for d in raw)
    entities, ctx = load(DELTA, DELTAS)
    assert len(entities) == ops["ADD"] + ops["MOD"]
    assert len(ctx.deleted) == ops["DEL"]
    assert ctx.deleted == [d["entity"]["id"] for d in raw if d["op"] == "DEL"]
    kept = [d["entity"] for d in raw if d["op"] != "DEL"]
    assert [e.id for e in entities] == [d["id"] for d in kept]
    assert Counter(e.schema.name for e in entities) == Counter(d["schema"] for d in kept)
    assert DELTAS.partial and not ENTITIES.partial


def test_delta_values():
    entities = {e.id: e for e in load(DELTA, DELTAS)[0]}
    person = entities["NK-Ld5SyGNpr7mmysNh4czCXJ"]
    assert person.get("passportNumber") == ["B 4286562"]
    assert person.get("birthDate") == ["1993-03-10"]
    assert person.get("gender") == ["female"]
    passport = entities["ofac-b3efd18f463b54193c44499990199064bb5073d0"]
    assert passport.get("holder") == ["NK-Ld5SyGNpr7mmysNh4czCXJ"]
    assert passport.context["referents"] == []
    assert "NK-3MDjERC9RyRHv3wEq9xWe4" not in entities


def _write(tmp_path: Path, lines: list[str], name: str = "bad.json", end: str = "\n") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + end, encoding="utf-8")
    return path


def _zala_lines() -> list[str]:
    return ZALA.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("not json at all", "malformed JSON"),
        ('{"schema": "Person", "properties": {}}', "entity has no id"),
        ('{"id": "x-1", "properties": {"name": ["X"]}}', "entity has no schema"),
        ('{"id": "x-1", "schema": "Spaceship", "properties": {}}', "unknown schema"),
        ('{"id": "x-1", "schema": "Person", "properties": {"name": "X"}}', "not a list"),
        ("[1, 2, 3]", "not a JSON object"),
    ],
)
def test_bad_line_raises_with_line_number(tmp_path, bad, message):
    lines = _zala_lines()
    lines.insert(10, bad)
    path = _write(tmp_path, lines)
    with pytest.raises(SourceError, match=message) as info:
        load(path)
    assert info.value.path == str(path)
    assert info.value.record == "line 11"


def test_truncated_last_line_raises(tmp_path):
    data = ZALA.read_bytes()
    path = tmp_path / "truncated.json"
    path.write_bytes(data[: len(data) // 2])
    expected_line = data[: len(data) // 2].count(b"\n") + 1
    with pytest.raises(SourceError, match="truncated JSON") as info:
        load(path)
    assert info.value.record == f"line {expected_line}"


def test_truncated_delta_raises(tmp_path):
    data = DELTA.read_bytes()
    cut = data.index(b'"op":"MOD"', len(data) // 2) + 200
    path = tmp_path / "truncated.delta.json"
    path.write_bytes(data[:cut])
    expected_line = data[:cut].count(b"\n") + 1
    with pytest.raises(SourceError, match="truncated JSON") as info:
        load(path, DELTAS)
    assert info.value.record == f"line {expected_line}"


def test_blank_lines_and_missing_final_newline(tmp_path):
    lines = _zala_lines()
    path = _write(tmp_path, lines[:3] + ["", "   "] + lines[3:], end="")
    entities, _ = load(path)
    assert len(entities) == len(lines)


def test_unknown_property_skipped_entity_kept(tmp_path):
    data = raw_lines(ZALA)[0]
    data["properties"]["favouriteColour"] = ["green"]
    # FtM itself drops an unknown property silently when building a proxy:
    assert model.get_proxy(data).get("favouriteColour", quiet=True) == []
    path = _write(tmp_path, [json.dumps(data)])
    (entity,), ctx = load(path)
    assert entity.id == data["id"]
    assert entity.get("birthDate") == data["properties"]["birthDate"]
    assert ctx.skipped == Counter({"unknown property Person:favouriteColour": 1})


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('{"op": "UPD", "entity": {"id": "x"}}', "unknown delta op"),
        ('{"op": "DEL", "entity": {}}', "DEL entity has no id"),
        ('{"op": "ADD"}', "no entity object"),
        ('{"op": "MOD", "entity": {"id": "x", "schema": "Nope", "properties": {}}}', "unknown"),
    ],
)
def test_bad_delta_line(tmp_path, bad, message):
    lines = DELTA.read_text(encoding="utf-8").splitlines()
    lines.insert(4, bad)
    path = _write(tmp_path, lines, "bad.delta.json")
    with pytest.raises(SourceError, match=message) as info:
        load(path, DELTAS)
    assert info.value.record == "line 5"


def test_sniff_real_files():
    for path in (T1, ZALA):
        assert ENTITIES.sniff(path, head(path))
        assert not DELTAS.sniff(path, head(path))
    assert DELTAS.sniff(DELTA, head(DELTA))
    assert not ENTITIES.sniff(DELTA, head(DELTA))


def test_sniff_long_first_lines():
    names = [f"Name number {i}" for i in range(10_000)]
    entity = {"id": "x-1", "schema": "Person", "properties": {"name": names}}
    entity_first = json.dumps({"entity": entity, "op": "ADD"}).encode()
    assert len(entity_first) > 65536
    assert DELTAS.sniff(Path("d.json"), entity_first[:65536])
    assert not ENTITIES.sniff(Path("d.json"), entity_first[:65536])
    plain = json.dumps(entity).encode()
    assert ENTITIES.sniff(Path("e.json"), plain[:65536])
    assert not DELTAS.sniff(Path("e.json"), plain[:65536])


def test_sniff_refuses_other_content():
    for content in (
        head(EU_XML),
        b"ent_num,SDN_Name,SDN_Type\n",
        b'{"foo": 1, "bar": {"id": 2}}\n',
        b"[]\n",
        b"",
    ):
        assert not ENTITIES.sniff(Path("x"), content)
        assert not DELTAS.sniff(Path("x"), content)


def _other_formats() -> list[Format]:
    found: list[Format] = []
    for name in OTHER_MODULES:
        try:
            module = importlib.import_module(f"saring.sources.{name}")
        except ImportError:
            continue
        found.extend(module.FORMATS)
    if not found:
        pytest.skip("no other format module importable")
    return found


@pytest.mark.parametrize("path", [T1, ZALA, DELTA], ids=["t1", "zala", "delta"])
def test_other_formats_do_not_claim_ftm_files(path):
    claims = [fmt.name for fmt in _other_formats() if fmt.sniff(path, head(path))]
    assert claims == []
