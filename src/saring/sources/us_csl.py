"""US Consolidated Screening List (trade.gov), CSV export.

One CSV (optionally gzipped) row per listing of a party on one of the US export
screening lists: Treasury's SDN, SSI, FSE, NS-MBS, CAP, CMIC and PLC lists, Commerce's
Entity List, Denied Persons, Unverified and Military End User lists, and State's ITAR
Debarred and Nonproliferation lists. ``source`` names the list; multi-valued cells are
``;``-separated; ``ids`` holds ``[country, ][dates, ]value, type`` groups (identity
documents and also sanction details such as "Secondary sanctions risk:").

The ``_id`` (or ``id``) column is the row key: the OFAC entity number for Treasury lists,
which lists one party on several of them under the same number (SDN and SSI, say),
and a hash issued by trade.gov for the other lists. Rows sharing it are adjacent in the
published file (it is sorted by name) and form one entity; an id recurring apart from
its first rows (none do in the 2022 file) yields a second fragment under the same id,
to be merged by id as FollowTheMoney tools do.

Entity ids:

* ``trade-csl-<_id>``: the Person, Organization/Company, Vessel, Airplane, or LegalEntity
  when the list gives no type (the Commerce and State lists);
* ``trade-csl-sanction-<_id>-<list>``: one Sanction per list naming the party, ``<list>``
  being the abbreviation in ``source`` (``sdn``, ``el``, ``dpl``, ``ns-mbs-list``…);
* ``trade-csl-addr-<_id>-<n>``, ``trade-csl-id-<_id>-<n>``, ``trade-csl-wallet-<_id>-<n>``:
  its n-th distinct Address, Passport/Identification and CryptoWallet.

The file states no publication date, so ``ctx.published`` stays ``None`` (the latest
``start_date`` is a listing date, not the date of the file).
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from saring.sources.base import Format, SourceContext
from saring.sources.dates import parse_date, parse_date_range
from saring.sources.mapping import org_schema, put_or_note

DATASET = "us_trade_csl"
PREFIX = "trade-csl"
ID_COLUMNS = ("_id", "id")
REQUIRED = ("source", "type", "name", "programs", "alt_names", "ids")
SCHEMAS = {
    "individual": "Person",
    "entity": "Organization",
    "vessel": "Vessel",
    "aircraft": "Airplane",
    "": "LegalEntity",
}
#: List abbreviation → topic; lists not named here are sanctions lists.
TOPICS = {
    "el": "export.control",
    "dpl": "export.control",
    "uvl": "export.control",
    "meu": "export.control",
    "dtc": "debarment",
}
#: ``ids`` types → property of the main entity (a Passport/Identification is made too
#: when the property is in ``DOCUMENT_PROPS``). Types containing "Passport" are passports.
ID_KINDS = {
    **dict.fromkeys(
        [
            "National ID No.",
            "Cedula No.",
            "C.U.R.P.",
            "C.U.I.",
            "C.U.I.P.",
            "D.N.I.",
            "I.F.E.",
            "N.I.E.",
            "Personal ID Card",
            "Identification Number",
            "National Foreign ID Number",
            "Electoral Registry No.",
            "Credencial electoral",
            "Cartilla de Servicio Militar Nacional",
            "Turkish Identification Number",
            "Citizen's Card Number",
            "Numero de Identidad",
            "Travel Document Number",
            "Kenyan ID No.",
            "Tazkira National ID Card",
            "Refugee ID Card",
            "Bosnian Personal ID No.",
            "CNP (Personal Numerical Code)",
            "Moroccan Personal ID No.",
            "UAE Identification",
            "Stateless Person ID Card",
            "Birth Certificate Number",
            "Residency Number",
            "Immigration No.",
            "VisaNumberID",
            "Romanian Permanent Resident",
            "Seafarer's Identification Document",
            "Public Security and Immigration No.",
            "SRE Permit No.",
        ],
        "idNumber",
    ),
    **dict.fromkeys(
        [
            "Tax ID No.",
            "R.F.C.",
            "RFC",
            "NIT #",
            "RUC #",
            "RIF #",
            "RTN",
            "US FEIN",
            "Italian Fiscal Code",
            "Fiscal Code",
            "C.U.I.T.",
            "C.I.F.",
            "RSIN",
            "Romanian Tax Registration",
            "Numero Unico de Identificacao Tributaria (NUIT)",
            "Paraguayan tax identification number",
        ],
        "taxNumber",
    ),
    **dict.fromkeys(
        [
            "Registration Number",
            "Registration ID",
            "Company Number",
            "UK Company Number",
            "Business Registration Number",
            "Business Registration Document #",
            "Business Number",
            "Commercial Registry Number",
            "Romanian C.R.",
            "Folio Mercantil No.",
            "Matricula Mercantil No",
            "C.R. No.",
            "Public Registration Number",
            "Chamber of Commerce Number",
            "Istanbul Chamber of Comm. No.",
            "Dubai Chamber of Commerce Membership No.",
            "Government Gazette Number",
            "Enterprise Number",
            "Branch Unit Number",
            "Certificate of Incorporation Number",
            "Central Registration System Number",
            "File Number",
            "LE Number",
            "Registered Charity No.",
            "MSB Registration Number",
            "Aircraft Tail Number",
        ],
        "registrationNumber",
    ),
    **dict.fromkeys(
        [
            "License",
            "Trade License No.",
            "Tourism License No.",
            "Afghan Money Service Provider License Number",
            "Driver's License No.",
            "Pilot License Number",
        ],
        "licenseNumber",
    ),
    "SSN": "socialSecurityNumber",
    "V.A.T. Number": "vatCode",
    "Unified Social Credit Code (USCC)": "uscCode",
    "United Social Credit Code Certificate (USCCC)": "uscCode",
    "Legal Entity Number": "leiCode",
    "D-U-N-S Number": "dunsCode",
    "SWIFT/BIC": "swiftBic",
    "ISIN": "isinCode",
    "Equity Ticker": "ticker",
    "BIK (RU)": "bikCode",
    "Website": "website",
    "Email Address": "email",
    "Phone Number": "phone",
    "MMSI": "mmsi",
    "Other Vessel Call Sign": "callSign",
    "Aircraft Model": "model",
    "Aircraft Manufacturer's Serial Number (MSN)": "serialNumber",
    "Aircraft Serial Identification": "serialNumber",
    "Organization Type:": "sector",
    "Target Type": "classification",
    "Gender": "gender",
}
DOCUMENT_PROPS = {
    "passportNumber",
    "idNumber",
    "taxNumber",
    "registrationNumber",
    "licenseNumber",
    "socialSecurityNumber",
    "vatCode",
    "uscCode",
    "leiCode",
}
#: ``ids`` types holding a date → property of the main entity.
DATE_KINDS = {
    "Organization Established Date": "incorporationDate",
    "Aircraft Manufacture Date": "buildDate",
}
#: ``ids`` types holding a country → property (the first one the schema has).
COUNTRY_KINDS = {
    "Former Vessel Flag": ("pastFlags",),
    "Nationality of Registration": ("flag", "country"),
    "Registration Country": ("flag", "country"),
}
#: ``ids`` types about the party but not identifiers: kept in its notes.
NOTE_KINDS = {
    "Aircraft Operator",
    "Aircraft Construction Number (also called L/N or S/N or F/N)",
    "Aircraft Mode S Transponder Code",
    "Previous Aircraft Tail Number",
    "Other Vessel Flag",
    "Other Vessel Type",
    "Issuer Name",
    "Chinese Commercial Code",
    "MICEX Code",
    "Serial No.",
    "UN/LOCODE",
}
WALLET_KIND = "Digital Currency Address - "

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
_LIST_CODE = re.compile(r"\(([A-Za-z][\w -]*?)\)")
_SLUG = re.compile(r"[^a-z0-9]+")

Row = dict[str, str]


def read(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
    """Stream the entities of a trade.gov Consolidated Screening List CSV (or .csv.gz)."""
    if not path.is_file():
        raise ctx.error("not a file")
    for rows in _adjacent(_rows(path, ctx)):
        yield from _party(rows, ctx)


def sniff(path: Path, head: bytes) -> bool:
    """A CSV (or gzipped CSV) whose header has the CSL columns."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 8192)
        except zlib.error:
            return False
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace")
    columns = {c.strip().strip('"') for c in first.split(",")}
    return {"source", "entity_number", "programs", "alt_names", "source_list_url"} <= columns


# -- reading ----------------------------------------------------------------------------------


def _open_text(path: Path) -> IO[str]:
    with path.open("rb") as fh:
        gzipped = fh.read(2) == b"\x1f\x8b"
    raw: IO[bytes] = gzip.open(path, "rb") if gzipped else path.open("rb")
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def _tracked(lines: Iterable[str], last: list[str]) -> Iterator[str]:
    for line in lines:
        last[0] = line
        yield line


def _rows(path: Path, ctx: SourceContext) -> Iterator[tuple[int, Row]]:
    """The data rows as dicts keyed by column (id column renamed ``_id``), with line numbers."""
    last = [""]
    line = 0
    with _open_text(path) as text:
        reader = csv.reader(_tracked(text, last), strict=True)
        try:
            header = _header(next(reader, []), ctx)
            for cells in reader:
                line = reader.line_num
                if len(cells) != len(header):
                    raise ctx.error(
                        f"row has {len(cells)} columns, header has {len(header)} (truncated?)",
                        f"line {line}",
                    )
                yield line, {col: val.strip() for col, val in zip(header, cells, strict=True)}
        except csv.Error as exc:
            raise ctx.error(f"malformed CSV: {exc}", f"line {reader.line_num}") from exc
        except (EOFError, OSError, zlib.error) as exc:
            raise ctx.error(f"damaged gzip stream: {exc}", f"line {line + 1}") from exc
        except UnicodeDecodeError as exc:
            raise ctx.error(f"not UTF-8 text: {exc}", f"line {line + 1}") from exc
    if line == 0:
        raise ctx.error("no records after the header")
    if not last[0].endswith(("\n", "\r")):
        raise ctx.error("file ends in the middle of a line (truncated?)", f"line {line}")


def _header(cells: list[str], ctx: SourceContext) -> list[str]:
    header = [cell.strip() for cell in cells]
    id_column = next((c for c in ID_COLUMNS if c in header), None)
    missing = [c for c in REQUIRED if c not in header]
    if id_column is None or missing:
        missing = missing if id_column else ["_id", *missing]
        raise ctx.error(f"not a CSL file; missing columns: {', '.join(missing)}", "line 1")
    return ["_id" if c == id_column else c for c in header]


def _adjacent(rows: Iterable[tuple[int, Row]]) -> Iterator[list[Row]]:
    """Runs of adjacent rows sharing one id (rows without an id are passed alone)."""
    run: list[Row] = []
    for _, row in rows:
        if run and (not row["_id"] or row["_id"] != run[0]["_id"]):
            yield run
            run = []
        run.append(row)
    if run:
        yield run


# -- mapping ----------------------------------------------------------------------------------


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _list_code(source: str) -> str:
    """The list's abbreviation as an id part: ``Entity List (EL) - …`` → ``el``."""
    m = _LIST_CODE.search(source)
    return _SLUG.sub("-", (m.group(1) if m else source).lower()).strip("-")


def _schema(row: Row, names: list[str]) -> str | None:
    schema = SCHEMAS.get(row.get("type", "").lower())
    return org_schema(names) if schema == "Organization" else schema


def _party(rows: list[Row], ctx: SourceContext) -> Iterator[EntityProxy]:
    """The main entity of one id, its sanctions (one per list), addresses and documents."""
    first = rows[0]
    key = first["_id"]
    if not key:
        ctx.skip("row without id", first.get("name"))
        return
    names = list(dict.fromkeys(row["name"] for row in rows if row.get("name")))
    if not names:
        ctx.skip("row without a name", f"_id {key}")
        return
    schema = _schema(first, names)
    if schema is None:
        ctx.skip(f"unknown type {first.get('type')!r}", f"_id {key}")
        return
    entity = ctx.make(schema, PREFIX, key)
    entity.add("name", names)
    for row in rows:
        _party_facts(entity, row)
    yield from _addresses(entity, key, rows, ctx)
    provisions: dict[str, list[str]] = {}
    yield from _identifiers(entity, key, rows, provisions, ctx)
    yield entity
    by_list: dict[str, list[Row]] = {}
    for row in rows:
        by_list.setdefault(_list_code(row["source"]), []).append(row)
    for code, list_rows in by_list.items():
        yield _sanction(entity, key, code, list_rows, provisions.get(code, []), ctx)


def _party_facts(entity: EntityProxy, row: Row) -> None:
    entity.add("topics", TOPICS.get(_list_code(row["source"]), "sanction"))
    names = set(entity.get("name"))
    entity.add("alias", [a for a in _split(row.get("alt_names")) if a not in names])
    entity.add("program", _split(row.get("programs")))
    entity.add("notes", row.get("remarks") or None)
    if entity.schema.is_a("Person"):
        entity.add("position", row.get("title") or None)
        for value in _split(row.get("dates_of_birth")):
            if dates := parse_date_range(value):
                entity.add("birthDate", dates)
            else:
                entity.add("notes", f"Date of birth: {value}")
        entity.add("birthPlace", _split(row.get("places_of_birth")))
        for prop, column in (("nationality", "nationalities"), ("citizenship", "citizenships")):
            for value in _split(row.get(column)):
                put_or_note(entity, prop, value, column.title())
    elif row.get("title"):
        entity.add("notes", f"Title: {row['title']}")
    _vessel_facts(entity, row)


def _vessel_facts(entity: EntityProxy, row: Row) -> None:
    for prop, column in (
        ("callSign", "call_sign"),
        ("type", "vessel_type"),
        ("tonnage", "gross_tonnage"),
        ("grossRegisteredTonnage", "gross_registered_tonnage"),
        ("flag", "vessel_flag"),
    ):
        if value := row.get(column):
            put_or_note(entity, prop, value, column.replace("_", " ").capitalize())
    if owner := row.get("vessel_owner"):
        entity.add("notes", f"Vessel owner: {owner}")


def _addresses(
    entity: EntityProxy, key: str, rows: list[Row], ctx: SourceContext
) -> Iterator[EntityProxy]:
    """One Address per distinct address text; a bare country code only sets ``country``."""
    seen: set[str] = set()
    for row in rows:
        for text in _split(row.get("addresses")):
            last = text.rsplit(",", 1)[-1].strip()
            code = registry.country.clean(last) if _COUNTRY_CODE.match(last) else None
            entity.add("country", code)
            if (code and last == text) or text in seen:
                continue
            seen.add(text)
            address = ctx.make("Address", PREFIX, "addr", key, len(seen))
            address.add("full", text)
            address.add("country", code)
            entity.add("addressEntity", address.id)
            entity.add("address", text)
            yield address


def _id_groups(text: str | None) -> Iterator[tuple[str, str, str | None, list[str]]]:
    """``ids`` groups as (type, value, country code, ISO dates)."""
    for group in _split(text):
        parts = [p.strip() for p in group.split(",")]
        if len(parts) < 2:
            continue
        kind = parts.pop()
        country = parts.pop(0) if len(parts) > 1 and _COUNTRY_CODE.match(parts[0]) else None
        dates = []
        while len(parts) > 1 and _ISO_DATE.match(parts[0]):
            dates.append(parts.pop(0))
        if value := ", ".join(parts).strip():
            yield kind, value, country, sorted(dates)


def _identifiers(
    entity: EntityProxy,
    key: str,
    rows: list[Row],
    provisions: dict[str, list[str]],
    ctx: SourceContext,
) -> Iterator[EntityProxy]:
    """Map ``ids``: documents, wallets and properties; sanction details go to ``provisions``."""
    docs: set[tuple[str, str, str | None]] = set()
    wallets: set[str] = set()
    for row in rows:
        code = _list_code(row["source"])
        for kind, value, country, dates in _id_groups(row.get("ids")):
            prop = "passportNumber" if "passport" in kind.lower() else ID_KINDS.get(kind)
            if prop in DOCUMENT_PROPS and (kind, value, country) not in docs:
                docs.add((kind, value, country))
                yield _document(entity, key, len(docs), kind, value, country, dates, ctx)
            if prop == "gender":
                entity.add("gender", value.lower())
            elif prop is not None:
                put_or_note(entity, prop, value, kind)
            elif kind.startswith(WALLET_KIND):
                if value not in wallets:
                    wallets.add(value)
                    yield _wallet(entity, key, len(wallets), kind, value, ctx)
            elif not _special_kind(entity, kind, value):
                label = kind.rstrip(" :-")
                provisions.setdefault(code, []).append(f"{label}: {value}")


def _special_kind(entity: EntityProxy, kind: str, value: str) -> bool:
    """Dates, countries, IMO numbers and notes among the ``ids``; False if not one of them."""
    if kind == "Vessel Registration Identification":
        prop = "imoNumber" if value.upper().startswith("IMO") else "registrationNumber"
        put_or_note(entity, prop, value, kind)
    elif kind in DATE_KINDS:
        put_or_note(entity, DATE_KINDS[kind], parse_date(value) or value, kind)
    elif kind in COUNTRY_KINDS:
        props = [p for p in COUNTRY_KINDS[kind] if entity.schema.get(p)]
        put_or_note(entity, props[0] if props else "country", value, kind)
    elif kind in NOTE_KINDS:
        entity.add("notes", f"{kind}: {value}")
    else:
        return False
    return True


def _document(
    entity: EntityProxy,
    key: str,
    n: int,
    kind: str,
    value: str,
    country: str | None,
    dates: list[str],
    ctx: SourceContext,
) -> EntityProxy:
    schema = "Passport" if "passport" in kind.lower() else "Identification"
    doc = ctx.make(schema, PREFIX, "id", key, n)
    doc.add("holder", entity.id)
    doc.add("number", value)
    doc.add("type", kind)
    doc.add("country", country)
    if len(dates) == 2:
        doc.add("startDate", dates[0])
        doc.add("endDate", dates[1])
    else:
        doc.add("date", dates)
    return doc


def _wallet(
    entity: EntityProxy, key: str, n: int, kind: str, value: str, ctx: SourceContext
) -> EntityProxy:
    wallet = ctx.make("CryptoWallet", PREFIX, "wallet", key, n)
    wallet.add("publicKey", value)
    wallet.add("currencySymbol", kind.removeprefix(WALLET_KIND).strip())
    wallet.add("holder", entity.id)
    wallet.add("topics", entity.get("topics"))
    return wallet


def _sanction(
    entity: EntityProxy,
    key: str,
    code: str,
    rows: list[Row],
    provisions: list[str],
    ctx: SourceContext,
) -> EntityProxy:
    sanction = ctx.make("Sanction", PREFIX, "sanction", key, code)
    sanction.add("entity", entity.id)
    sanction.add("country", "us")
    sanction.add("provisions", provisions)
    for row in rows:
        sanction.add("authority", row["source"])
        sanction.add("program", _split(row.get("programs")))
        sanction.add("programId", _split(row.get("programs")))
        sanction.add("authorityId", row.get("entity_number") or None)
        sanction.add("startDate", parse_date(row.get("start_date")))
        sanction.add("endDate", parse_date(row.get("end_date")))
        sanction.add("sourceUrl", row.get("source_list_url") or None)
        sanction.add("programUrl", row.get("source_information_url") or None)
        sanction.add("summary", row.get("federal_register_notice") or None)
        for label, column in (
            ("License requirement", "license_requirement"),
            ("License policy", "license_policy"),
            ("Standard order", "standard_order"),
        ):
            if value := row.get(column):
                sanction.add("provisions", f"{label}: {value}")
    return sanction


FORMATS = [
    Format(
        name="us-csl",
        title="US Consolidated Screening List (trade.gov CSV)",
        read=read,
        sniff=sniff,
        dataset=DATASET,
    )
]
