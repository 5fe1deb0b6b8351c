"""OFAC's legacy CSV lists: the SDN set and the consolidated (non-SDN) set.

A set is up to four headerless CSV files (CRLF, ``-0-`` for empty, often ending in
an 0x1A end-of-file byte), imported from their folder or from the primary file
(siblings are looked for next to it; the primary file alone is enough):

* ``sdn.csv`` / ``cons_prim.csv``: ent_num, name, type (``individual``, ``vessel``,
  ``aircraft``, empty for entities), programs (``[A] [B]``), title, call sign,
  vessel type, tonnage, GRT, vessel flag, vessel owner, remarks
* ``add.csv`` / ``cons_add.csv``: ent_num, add_num, address, city/state/postal code,
  country, address remarks
* ``alt.csv`` / ``cons_alt.csv``: ent_num, alt_num, type (aka/fka/nka), name, remarks
* ``sdn_comments.csv`` / ``cons_comments.csv``: ent_num, remarks continuation. The
  remarks column is cut at 1,000 characters and the comment carries on from there,
  so a comment is joined only to remarks that were cut; other comments are skipped.

Entity ids: ``ofac-<ent_num>`` (main entity), ``ofac-addr-<add_num>``,
``ofac-sanction-<ent_num>`` (one Sanction with every program),
``ofac-id-<ent_num>-<n>`` (Identification/Passport, n counts in remarks order),
``ofac-link-<ent_num>-<n>`` (UnknownLink for each resolved ``Linked To:``) and
``ofac-wallet-<ent_num>-<n>`` (CryptoWallet for each digital currency address).

Schemas: individual → Person, vessel → Vessel, aircraft → Airplane; an empty type
is a Company when its name carries a company legal form (LLC, LTD, OOO, S.A., GmbH,
JSC, CO., INC, …) or its remarks give company-only codes (ISIN, ticker, BIK), else
an Organization. Names are kept as written; for persons ``LAST, First`` also gives
``lastName``/``firstName``. Remarks are parsed by ``ofac_remarks``: a.k.a. in remarks
(OFAC's weak a.k.a.) become ``weakAlias`` while alt.csv a.k.a./n.k.a. are ``alias``
and f.k.a. ``previousName``; ``Linked To: NAME`` links to the one entity whose
primary name is NAME, else stays in ``notes``; identifiers go both onto the main
entity (``taxNumber``, ``passportNumber``, ``imoNumber``, …) and, for legal entities,
onto Identification entities (not for ISINs and tickers, which name securities);
secondary-sanctions and directive statements go to the Sanction's ``provisions``.
Whatever cannot be mapped is kept in the main entity's ``notes``.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass, field
from pathlib import Path

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from saring.sources.base import Format, Reader, Sniffer, SourceContext, SourceError
from saring.sources.ofac_remarks import Remark, country_code, parse_remarks

AUTHORITY = "Office of Foreign Assets Control"
DETAIL_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={}"
#: Width at which OFAC cuts the remarks column (the rest is in the comments file).
REMARKS_WIDTH = 1000
PRIMARY_COLUMNS = 12
SCHEMAS = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
#: The vessel columns of the primary file: FollowTheMoney property → column label.
VESSEL_COLUMNS = {
    "callSign": "Call sign",
    "type": "Vessel type",
    "tonnage": "Tonnage",
    "grossRegisteredTonnage": "GRT",
    "flag": "Vessel flag",
    "owner": "Vessel owner",
}
ALT_PROPS = {"aka": "alias", "nka": "alias", "fka": "previousName"}
#: Where an identifier goes when its own property does not exist on the schema.
ID_FALLBACK = ("idNumber", "registrationNumber")
#: Identifiers of securities rather than of the entity: no Identification entity.
SECURITY_PROPS = {"isinCode", "ticker"}
LEGAL_FORMS = {
    "AB", "AG", "AO", "BHD", "BV", "CJSC", "CO", "COMPANY", "CORP", "CORPORATION", "CV",
    "DOO", "EIRL", "FZC", "FZCO", "FZE", "GMBH", "INC", "INCORPORATED", "JSC", "KFT", "KG",
    "LIMITED", "LLC", "LLP", "LTD", "LTDA", "NV", "OAO", "OJSC", "OOO", "OY", "PAO", "PJSC",
    "PLC", "PTE", "PTY", "PVT", "SA", "SAC", "SAL", "SARL", "SAS", "SDN", "SL", "SPA",
    "SRL", "TOO", "ZAO",
}  # fmt: skip
#: Properties a Company has and an Organization lacks (ISIN, ticker, BIK, …).
COMPANY_ONLY = frozenset(model.schemata["Company"].properties) - frozenset(
    model.schemata["Organization"].properties
)
_WORDS = re.compile(r"[A-Z0-9]+")
_PROGRAMS = re.compile(r"[^\[\]]+")
_OGRN = re.compile(r"^\d{13}(?:\d{2})?$")


@dataclass(frozen=True)
class FileSet:
    """The file names of one legacy CSV set."""

    primary: str
    addresses: str
    aliases: str
    comments: str


SDN_FILES = FileSet("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")
CONS_FILES = FileSet("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv")


@dataclass
class Record:
    """One row of the primary file, with its remarks joined to any comment."""

    line: int
    ent_num: str
    name: str
    sdn_type: str
    programs: list[str]
    title: str
    vessel: dict[str, str]
    remarks: str


# -- reading the files ---------------------------------------------------------------


def read_rows(path: Path, width: int) -> Iterator[tuple[int, list[str]]]:
    """Rows of one OFAC CSV file as (line number, cleaned cells).

    ``-0-`` becomes an empty string; other cells are kept as written (unstripped, since
    a cut remarks text and its continuation may meet at a space). Raises ``SourceError``
    naming the file and line for a file that ends mid-record, a row of the wrong width
    or a non-numeric ent_num.
    """
    data = path.read_bytes().rstrip(b"\x1a")
    if not data.strip():
        raise SourceError(path, "file is empty")
    if not data.endswith(b"\n"):
        line = data.count(b"\n") + 1
        raise SourceError(path, "file ends in the middle of a record (truncated?)", f"line {line}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in reader:
            if not row or row == [""]:
                continue
            if len(row) != width:
                raise SourceError(
                    path,
                    f"expected {width} columns, found {len(row)} (not an OFAC legacy CSV file?)",
                    f"line {reader.line_num}",
                )
            cells = [_cell(value) for value in row]
            cells[0] = cells[0].strip()
            if not cells[0].isdigit():
                raise SourceError(
                    path, f"ent_num {row[0]!r} is not a number", f"line {reader.line_num}"
                )
            yield reader.line_num, cells
    except csv.Error as exc:
        raise SourceError(path, f"malformed CSV: {exc}", f"line {reader.line_num}") from exc


def _cell(value: str) -> str:
    return "" if value.strip() == "-0-" else value


def find_file(folder: Path, name: str) -> Path | None:
    """``folder/name``, matching the name without regard to case."""
    if not folder.is_dir():
        return None
    for entry in folder.iterdir():
        if entry.name.lower() == name and entry.is_file():
            return entry
    return None


def locate(path: Path, files: FileSet) -> tuple[Path, dict[str, Path | None]]:
    """The primary file of a set and its optional siblings (``None`` when absent)."""
    if path.is_dir():
        primary = find_file(path, files.primary)
        if primary is None:
            raise SourceError(path, f"folder holds no {files.primary}")
        folder = path
    elif path.is_file():
        primary, folder = path, path.parent
    else:
        raise SourceError(path, "no such file or folder")
    siblings = {
        "addresses": find_file(folder, files.addresses),
        "aliases": find_file(folder, files.aliases),
        "comments": find_file(folder, files.comments),
    }
    return primary, siblings


def read_records(path: Path, ctx: SourceContext) -> list[Record]:
    """Every usable row of the primary file (rows without a name or type are skipped)."""
    records: list[Record] = []
    seen: set[str] = set()
    for line, raw in read_rows(path, PRIMARY_COLUMNS):
        cells = [cell.strip() for cell in raw[:11]]
        ent_num, name, sdn_type = cells[0], cells[1], cells[2].lower()
        where = f"{path.name} line {line}"
        if not name:
            ctx.skip("entry without a name", where)
            continue
        if sdn_type and sdn_type not in SCHEMAS:
            ctx.skip(f"unknown SDN type {sdn_type!r}", where)
            continue
        if ent_num in seen:
            ctx.skip("duplicate ent_num", where)
            continue
        seen.add(ent_num)
        vessel = dict(zip(VESSEL_COLUMNS, cells[5:11], strict=True))
        programs = [p.strip() for p in _PROGRAMS.findall(cells[3]) if p.strip()]
        records.append(Record(line, ent_num, name, sdn_type, programs, cells[4], vessel, raw[11]))
    return records


def join_comments(path: Path | None, records: dict[str, Record], ctx: SourceContext) -> None:
    """Append each comment to the remarks it continues."""
    if path is None:
        return
    for line, (ent_num, text) in read_rows(path, 2):
        record = records.get(ent_num)
        where = f"{path.name} line {line}"
        if record is None:
            ctx.skip("comment for an unknown ent_num", where)
        elif len(record.remarks) < REMARKS_WIDTH:
            ctx.skip("comment for remarks that were not cut", where)
        else:
            record.remarks += text


def group_rows(
    path: Path | None, width: int, known: dict[str, Record], what: str, ctx: SourceContext
) -> dict[str, list[list[str]]]:
    """Rows of an address or alias file by ent_num; rows for unknown ent_nums are skipped."""
    grouped: dict[str, list[list[str]]] = defaultdict(list)
    if path is None:
        return grouped
    for line, raw in read_rows(path, width):
        cells = [cell.strip() for cell in raw]
        if cells[0] not in known:
            ctx.skip(f"{what} for an unknown ent_num", f"{path.name} line {line}")
            continue
        grouped[cells[0]].append(cells)
    return grouped


# -- mapping to entities -------------------------------------------------------------


def choose_schema(record: Record, remarks: list[Remark]) -> str:
    """The FollowTheMoney schema for a record (see the module docstring)."""
    if record.sdn_type:
        return SCHEMAS[record.sdn_type]
    if has_legal_form(record.name):
        return "Company"
    if any(remark.prop in COMPANY_ONLY for remark in remarks):
        return "Company"
    return "Organization"


def has_legal_form(name: str) -> bool:
    """Whether a name carries a company legal form such as ``LLC`` or ``S.A.``."""
    words = _WORDS.findall(name.upper().replace(".", ""))
    if any(word in LEGAL_FORMS for word in words):
        return True
    return "JOINT STOCK" in " ".join(words)


@dataclass
class EntityMapper:
    """Builds the main entity of one record and the entities that hang off it."""

    record: Record
    ctx: SourceContext
    names: dict[str, str]
    entity: EntityProxy
    sanction: EntityProxy
    extra: list[EntityProxy] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def is_person(self) -> bool:
        return self.entity.schema.name == "Person"

    @property
    def is_legal(self) -> bool:
        return self.entity.schema.is_a("LegalEntity")

    def put(self, prop: str, value: str | None, note: str | None = None) -> bool:
        """Add a cleaned value, or keep ``note`` when the schema or the value refuses it."""
        target = self.entity.schema.get(prop)
        cleaned = None
        if target is not None and value:
            if target.type == registry.country:
                cleaned = country_code(value)
            else:
                cleaned = target.type.clean(value, format=target.format, proxy=self.entity)
        if target is None or cleaned is None:
            if note:
                self.notes.append(note)
            return False
        self.entity.add(target, cleaned, cleaned=True)
        return True

    def next_id(self, kind: str) -> int:
        self.counters[kind] += 1
        return self.counters[kind]

    def apply_names(self) -> None:
        name = self.record.name
        self.entity.add("name", name)
        if self.is_person and "," in name:
            last, first = (part.strip() for part in name.split(",", 1))
            self.entity.add("lastName", last)
            self.entity.add("firstName", first)

    def apply_columns(self) -> None:
        record = self.record
        if record.title:
            if not self.put("position", record.title):
                self.notes.append(f"Title: {record.title}")
        for prop, value in record.vessel.items():
            note = f"{VESSEL_COLUMNS[prop]}: {value}"
            if not value:
                continue
            if prop == "owner":
                self.notes.append(note)
            elif prop in {"tonnage", "grossRegisteredTonnage"}:
                self.put(prop, value.replace(",", ""), note)
            else:
                self.put(prop, value, note)

    def apply_alias(self, cells: list[str]) -> None:
        _, alt_num, alt_type, alt_name, alt_remarks = cells
        prop = ALT_PROPS.get(alt_type.lower().replace(".", ""))
        where = f"alt_num {alt_num}"
        if not alt_name:
            self.ctx.skip("alias without a name", where)
            return
        if prop is None:
            self.ctx.skip(f"unknown alias type {alt_type!r}", where)
            return
        self.entity.add(prop, alt_name)
        if alt_remarks:
            self.notes.append(f"{alt_name}: {alt_remarks}")

    def apply_address(self, cells: list[str]) -> None:
        _, add_num, street, city, country, remarks = cells
        if not (street or city or country):
            self.ctx.skip("empty address row", f"add_num {add_num}")
            return
        if not (street or city) and self.put("country", country):
            return
        address = self.ctx.make("Address", "ofac-addr", add_num)
        full = ", ".join(part for part in (street, city, country) if part)
        address.add("full", full)
        address.add("street", street)
        address.add("city", city)
        address.add("country", country_code(country) if country else None, cleaned=True)
        address.add("remarks", remarks)
        self.entity.add("addressEntity", address.id)
        self.entity.add("address", full)
        self.put("country", country)
        self.extra.append(address)

    def apply_remark(self, remark: Remark) -> None:
        handler = getattr(self, f"remark_{remark.kind}", None)
        if handler is not None:
            handler(remark)
        elif remark.kind in SIMPLE_REMARKS:
            self.put(SIMPLE_REMARKS[remark.kind], remark.value, remark.text)
        elif remark.value != self.record.title:
            self.notes.append(remark.text)

    def remark_nationality(self, remark: Remark) -> None:
        self.put("nationality" if self.is_person else "country", remark.value, remark.text)

    def remark_citizenship(self, remark: Remark) -> None:
        self.put("citizenship" if self.is_person else "country", remark.value, remark.text)

    def remark_position(self, remark: Remark) -> None:
        self.put("position", remark.value, remark.text)

    def remark_phone(self, remark: Remark) -> None:
        # OFAC writes international numbers without the leading "+".
        digits = re.sub(r"[\s()./-]", "", remark.value)
        if not self.put("phone", remark.value):
            international = "+" + digits.removeprefix("00") if digits.isdigit() else None
            self.put("phone", international, remark.text)

    def remark_link(self, remark: Remark) -> None:
        target = self.names.get(remark.value) or self.names.get(remark.value + ".")
        if target is None or target == self.entity.id:
            self.notes.append(remark.text)
            return
        link = self.ctx.make("UnknownLink", "ofac-link", self.record.ent_num, self.next_id("link"))
        link.add("subject", self.entity.id)
        link.add("object", target)
        link.add("role", "Linked To")
        self.extra.append(link)

    def remark_crypto(self, remark: Remark) -> None:
        if not self.is_legal:
            self.notes.append(remark.text)
            return
        n = self.next_id("wallet")
        wallet = self.ctx.make("CryptoWallet", "ofac-wallet", self.record.ent_num, n)
        wallet.add("publicKey", remark.value)
        wallet.add("currency", remark.label)
        wallet.add("holder", self.entity.id)
        wallet.add("topics", "sanction")
        self.extra.append(wallet)

    def remark_listing_date(self, remark: Remark) -> None:
        self.sanction.add("listingDate", remark.value)
        self.sanction.add("provisions", remark.text)

    def remark_effective_date(self, remark: Remark) -> None:
        self.sanction.add("startDate", remark.value)
        self.sanction.add("provisions", remark.text)

    def remark_provision(self, remark: Remark) -> None:
        self.sanction.add("provisions", remark.text)

    def remark_identifier(self, remark: Remark) -> None:
        # A code the schema lacks or whose check fails goes to the generic numbers.
        for prop in (remark.prop or "idNumber", *ID_FALLBACK):
            if self.put(prop, remark.value):
                break
        else:
            self.notes.append(remark.text)
            return
        self.add_national_codes(remark, prop)
        if self.is_legal and prop not in SECURITY_PROPS:
            self.add_identification(remark)

    def add_national_codes(self, remark: Remark, prop: str) -> None:
        """Russian tax and register numbers also as INN, OGRN and OKPO codes."""
        if country_code(remark.country or "") != "ru":
            return
        if prop == "taxNumber":
            self.put("innCode", remark.value)
        elif remark.label == "Government Gazette Number":
            self.put("okpoCode", remark.value)
        elif prop == "registrationNumber" and _OGRN.match(remark.value):
            self.put("ogrnCode", remark.value)

    def add_identification(self, remark: Remark) -> None:
        schema = "Passport" if remark.prop == "passportNumber" else "Identification"
        n = self.next_id("id")
        ident = self.ctx.make(schema, "ofac-id", self.record.ent_num, n)
        ident.add("holder", self.entity.id)
        ident.add("number", remark.value)
        ident.add("type", remark.label)
        ident.add("country", country_code(remark.country or ""), cleaned=True)
        ident.add("startDate", remark.issued)
        ident.add("endDate", remark.expires)
        if remark.details:
            ident.add("summary", "; ".join(remark.details))
        self.extra.append(ident)

    def finish(self) -> None:
        if self.notes:
            self.entity.add("notes", "; ".join(self.notes))


#: Remark kinds that map straight onto one property of the main entity.
SIMPLE_REMARKS = {
    "birth_date": "birthDate",
    "birth_place": "birthPlace",
    "gender": "gender",
    "ethnicity": "ethnicity",
    "weak_alias": "weakAlias",
    "previous_name": "previousName",
    "alias": "alias",
    "email": "email",
    "website": "website",
    "established": "incorporationDate",
    "org_type": "sector",
    "target_type": "classification",
    "past_flag": "pastFlags",
    "flag": "flag",
    "vessel_type": "type",
    "call_sign": "callSign",
    "build_date": "buildDate",
    "model": "model",
    "registration_country": "country",
}


def map_record(
    record: Record,
    addresses: list[list[str]],
    aliases: list[list[str]],
    names: dict[str, str],
    ctx: SourceContext,
) -> Iterator[EntityProxy]:
    """The main entity of one record, its Sanction and its related entities."""
    remarks = parse_remarks(record.remarks)
    entity = ctx.make(choose_schema(record, remarks), "ofac", record.ent_num)
    sanction = ctx.make("Sanction", "ofac-sanction", record.ent_num)
    mapper = EntityMapper(record, ctx, names, entity, sanction)
    mapper.apply_names()
    url = DETAIL_URL.format(record.ent_num)
    entity.add("topics", "sanction")
    entity.add("sourceUrl", url, cleaned=True)
    entity.add("program", record.programs)
    mapper.apply_columns()
    for cells in aliases:
        mapper.apply_alias(cells)
    for cells in addresses:
        mapper.apply_address(cells)
    for remark in remarks:
        mapper.apply_remark(remark)
    mapper.finish()
    sanction.add("entity", entity.id)
    sanction.add("authority", AUTHORITY)
    sanction.add("authorityId", record.ent_num)
    sanction.add("country", "us", cleaned=True)
    sanction.add("program", record.programs)
    sanction.add("programId", record.programs)
    sanction.add("sourceUrl", url, cleaned=True)
    yield entity
    yield sanction
    yield from mapper.extra


def make_reader(files: FileSet) -> Reader:
    """A reader for one legacy CSV set."""

    def read(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
        primary, siblings = locate(path, files)
        records = {record.ent_num: record for record in read_records(primary, ctx)}
        join_comments(siblings["comments"], records, ctx)
        addresses = group_rows(siblings["addresses"], 6, records, "address", ctx)
        aliases = group_rows(siblings["aliases"], 5, records, "alias", ctx)
        names = primary_names(records.values())
        for record in records.values():
            yield from map_record(
                record,
                addresses.get(record.ent_num, []),
                aliases.get(record.ent_num, []),
                names,
                ctx,
            )

    return read


def primary_names(records: Iterable[Record]) -> dict[str, str]:
    """Primary name → entity id, for names held by exactly one record."""
    ids: dict[str, list[str]] = defaultdict(list)
    for record in records:
        ids[record.name].append(f"ofac-{record.ent_num}")
    return {name: found[0] for name, found in ids.items() if len(found) == 1}


# -- detection -----------------------------------------------------------------------


def looks_like_primary(head: bytes) -> bool:
    """Whether the first line of ``head`` is a 12-column OFAC primary row."""
    first = head.split(b"\n", 1)[0].decode("latin-1").strip()
    if not first:
        return False
    try:
        row = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return False
    return (
        len(row) == PRIMARY_COLUMNS
        and row[0].strip().isdigit()
        and any(cell.strip() == "-0-" for cell in row)
    )


def make_sniffer(files: FileSet, claim_other_names: bool) -> Sniffer:
    """A sniffer for a set: its folder, its primary file, or (optionally) any such CSV."""
    known = {name for fs in (SDN_FILES, CONS_FILES) for name in astuple(fs)}

    def sniff(path: Path, head: bytes) -> bool:
        if path.is_dir():
            return find_file(path, files.primary) is not None
        name = path.name.lower()
        if name == files.primary:
            return not head or looks_like_primary(head)
        if claim_other_names and name.endswith(".csv") and name not in known:
            return looks_like_primary(head)
        return False

    return sniff


FORMATS: list[Format] = [
    Format(
        name="ofac-csv",
        title="OFAC SDN list (legacy CSV set)",
        read=make_reader(SDN_FILES),
        sniff=make_sniffer(SDN_FILES, claim_other_names=True),
        dataset="us_ofac_sdn",
    ),
    Format(
        name="ofac-cons-csv",
        title="OFAC consolidated non-SDN list (legacy CSV set)",
        read=make_reader(CONS_FILES),
        sniff=make_sniffer(CONS_FILES, claim_other_names=False),
        dataset="us_ofac_cons",
    ),
]
