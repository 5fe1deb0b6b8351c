"""UK OFSI consolidated list: the XLSX "2022 format" and the legacy ConList CSV.

Both layouts are one table with a row per *name* of a designated person, entity or ship.
A preamble row ``Last Updated,<dd/mm/yyyy>`` (the publication date) precedes the header;
the rows of one designation share a ``Group ID`` and carry the same facts, each with one
name (``Name 1``…``Name 5`` given names, ``Name 6`` surname or whole entity name), its
``Alias Type`` (``Primary name``, ``Primary name variation``, ``AKA``, ``FKA``; the
legacy CSV says ``Prime Alias``) and ``Alias Quality`` (``Good``/``Low quality``).
The 2022 format adds non-Latin names, separate passport/ID number and detail columns
and ``UK Sanctions List Date Designated``. The layout is detected from the content: a
zip archive is read as an XLSX workbook (first sheet), anything else as CSV (UTF-8, or
Windows-1252 as the legacy files are).

The files are sorted by name, so the rows of a group are *not* adjacent: rows are
collected per Group ID (about 4.7k groups / 18.8k rows for the 2025 list) before the
entities of each group are built, in order of first appearance.

Entity ids, all from the ``Group ID``:

* ``gb-hmt-<Group ID>``: the Person, Organization (Company when a name carries a legal
  form) or Vessel;
* ``gb-hmt-sanction-<Group ID>``: its Sanction (one per group; a group listed under
  several regimes gets each as a ``program`` with its listing dates);
* ``gb-hmt-addr-<Group ID>-<n>``: its n-th distinct address;
* ``gb-hmt-id-<Group ID>-<n>``: its n-th distinct Passport or Identification.
"""

from __future__ import annotations

import csv
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import ParseError

from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from saring.sources.base import MAX_ZIP_MEMBER, Format, SourceContext
from saring.sources.dates import parse_date, parse_day
from saring.sources.mapping import org_schema, put_or_note

DATASET = "gb_hmt_sanctions"
AUTHORITY = "HM Treasury Office of Financial Sanctions Implementation"
AUTHORITY_COUNTRY = "gb"
PREFIX = "gb-hmt"

REQUIRED = ("Name 6", "Group Type", "Alias Type", "Regime", "Group ID")
#: Legacy header names → their 2022-format equivalent.
RENAMED = {"NI Number": "National Identification Number"}
SCHEMAS = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
#: ``Alias Type`` (lower case) → name property; anything else is an ``alias``.
NAME_PROPS = {
    "primary name": "name",
    "prime alias": "name",
    "primary name variation": "alias",
    "aka": "alias",
    "fka": "previousName",
}
#: Country spellings the list uses that FollowTheMoney does not clean by itself.
COUNTRY_FIXES = {
    "congo (democratic republic)": "cd",
    "occupied palestinian territories": "ps",
    "bosnia-herzegovina": "ba",
}
#: Labelled parts of ``Other Information`` → property (``None``: kept in notes).
INFO_PROPS: dict[str, str | None] = {
    "UK Sanctions List Ref": None,
    "UN Ref": None,
    "UK Statement of Reasons": None,
    "Gender": "gender",
    "Phone number": "phone",
    "Tel": "phone",
    "Fax": None,
    "Website": "website",
    "Email address": "email",
    "Business Reg No": "registrationNumber",
    "Type of entity": "legalForm",
    "Parent company": None,
    "Subsidiaries": None,
    "IMO number": "imoNumber",
    "Current owners": None,
    "Flag of ship": "flag",
    "Previous flags": "pastFlags",
    "Type of ship": "type",
    "Tonnage of ship": "tonnage",
    "Length of ship": None,
    "Year built": "buildDate",
}
#: Labels whose values are dates (parsed before adding).
INFO_DATES = {"Year built"}
#: Labels holding one value each even when they contain numbering-like text.
INFO_SINGLE = {"UK Statement of Reasons", "UK Sanctions List Ref", "UN Ref", "Parent company"}

_LABELS = re.compile(r"\((" + "|".join(re.escape(label) for label in INFO_PROPS) + r")\)\s*:")
_MARK = r"(?:\d{1,2}(?:\s*-\s*\(?\d{1,2})?|[a-h])\)(?!\d)"
_NUMBERED = re.compile(rf"(?<![A-Za-z(])\({_MARK}|(?<![\w(]){_MARK}")
_REF = re.compile(r"^\s*([A-Za-z]{2,4}\.?\d+(?:\.\d+)*)\.?\s*")
_NOW = re.compile(r"\bnow\s+(?:the\s+)?([A-Za-z][A-Za-z .'-]+?)\)?\s*$", re.I)
_PARENS = re.compile(r"\(([^()]+)\)")
_DOC_NUMBER = re.compile(
    r"^\s*([A-Z]{0,3}[- ]?\d[\dA-Z./-]{3,})|\b(?:no|number)\.?\s*:?\s*([A-Z0-9][\dA-Z/-]{3,})"
    r"|\b([A-Z]{0,3}-?\d{5,}[\dA-Z-]*)\b",
    re.I,
)
_DATE_TEXT = r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})"
_ISSUED = re.compile(r"\bissued(?:\s+on)?\s+" + _DATE_TEXT, re.I)
_EXPIRES = re.compile(
    r"\b(?:expires|expired|expiring|expiry(?: date)?|valid until|valid to)(?:\s+on)?:?\s+"
    + _DATE_TEXT,
    re.I,
)
_IMO = re.compile(r"\bIMO(?:\s+number)?\s*:\s*(\d{7})\b", re.I)
_MMSI = re.compile(r"\bMMSI\s*:?\s*(\d{9})\b")
_PLACEHOLDER = re.compile(r"^[\s.,;:-]*$")

#: Document schema, holder property, number column, details column.
DOCUMENTS = (
    ("Passport", "passportNumber", "Passport Number", "Passport Details"),
    (
        "Identification",
        "idNumber",
        "National Identification Number",
        "National Identification Details",
    ),
)
#: The legacy layout's free-text column for each document schema.
LEGACY_DOCUMENTS = {
    "Passport": "Passport Details",
    "Identification": "National Identification Number",
}

#: Columns that differ between the rows of one group (one name each).
NAME_COLUMNS = frozenset(
    [f"Name {n}" for n in range(1, 7)]
    + ["Name Non-Latin Script", "Non-Latin Script Type", "Non-Latin Script Language"]
    + ["Alias Type", "Alias Quality", "Title"]
)

Row = dict[str, str]


def read(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
    """Stream the entities of an OFSI consolidated list (XLSX 2022 format or legacy CSV)."""
    legacy, groups = _collect(path, ctx)
    for group_id, rows in groups.items():
        yield from _group_entities(group_id, rows, legacy, ctx)


def sniff(path: Path, head: bytes) -> bool:
    """An XLSX workbook or CSV file whose header has OFSI's ``Name 6`` and ``Group ID``."""
    if head.startswith(b"PK"):
        return _sniff_xlsx(path)
    text = head[:8192].decode("utf-8", "replace")
    return all(column in text for column in ("Name 6", "Group ID", "Alias Type"))


def _sniff_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                return False
            for member in ("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"):
                if member in names:
                    with archive.open(member) as fh:
                        head = fh.read(64 * 1024)
                    if b"Name 6" in head and b"Group ID" in head:
                        return True
    except (zipfile.BadZipFile, OSError, KeyError, zlib.error):
        return False
    return False


# -- reading the table ------------------------------------------------------------------------


def _collect(path: Path, ctx: SourceContext) -> tuple[bool, dict[str, list[Row]]]:
    """Read the preamble and header, then every row grouped by Group ID (first-seen order).

    Returns whether the layout is the legacy one (no separate passport number column).
    """
    is_csv = not _is_workbook(path, ctx)
    lines = _csv_lines(path, ctx) if is_csv else _xlsx_lines(path, ctx)
    header: list[str] | None = None
    groups: dict[str, list[Row]] = {}
    for line, cells in lines:
        if header is None:
            header = _preamble(cells, line, ctx)
            continue
        if is_csv and len(cells) != len(header):
            raise ctx.error(
                f"row has {len(cells)} columns, header has {len(header)} (truncated?)",
                f"line {line}",
            )
        row = {col: val for col, val in zip(header, cells, strict=False) if col and val}
        if not row:
            continue
        group_id = row.get("Group ID")
        if group_id is None:
            ctx.skip("row without Group ID", f"line {line}")
            continue
        groups.setdefault(group_id, []).append(row)
    if header is None:
        raise ctx.error("no OFSI header row (Name 6 … Group ID) found")
    if not groups:
        raise ctx.error("no records after the header")
    return "Passport Number" not in header, groups


def _preamble(cells: list[str], line: int, ctx: SourceContext) -> list[str] | None:
    """Handle a row before the header: the publication date, or the header itself."""
    first = cells[0] if cells else ""
    if first.lower() == "last updated" and len(cells) > 1:
        if published := parse_day(cells[1]):
            ctx.published = published
        return None
    if "Group ID" in cells and "Name 6" in cells:
        header = [RENAMED.get(cell, cell) for cell in cells]
        missing = [col for col in REQUIRED if col not in header]
        if missing:
            raise ctx.error(f"missing columns: {', '.join(missing)}", f"line {line}")
        return header
    if line >= 5:
        raise ctx.error("no OFSI header row (Name 6 … Group ID) in the first rows", f"line {line}")
    return None


def _is_workbook(path: Path, ctx: SourceContext) -> bool:
    if not path.is_file():
        raise ctx.error("not a file")
    with path.open("rb") as fh:
        is_zip = fh.read(4) == b"PK\x03\x04"
    if not is_zip and path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise ctx.error("not an XLSX workbook (no zip archive)")
    return is_zip


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_lines(path: Path, ctx: SourceContext) -> Iterator[tuple[int, list[str]]]:
    """Rows of the first worksheet as text cells, streamed (openpyxl read-only mode)."""
    # Imported here: only XLSX imports need openpyxl, and it adds 0.1 s to every start.
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.file_size > MAX_ZIP_MEMBER:
                    raise ctx.error(f"workbook member {info.filename} is too large")
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, InvalidFileException, OSError, ValueError) as exc:
        raise ctx.error(f"not a readable XLSX workbook: {exc}") from exc
    line = 0
    try:
        for line, values in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            yield line, [_cell(v) for v in values]
    except (zipfile.BadZipFile, ParseError, zlib.error, EOFError, KeyError, ValueError) as exc:
        raise ctx.error(f"damaged XLSX worksheet: {exc}", f"row {line + 1}") from exc
    finally:
        book.close()


def _decoded(raw_lines: Iterable[bytes], ends: list[bytes]) -> Iterator[str]:
    """Lines as text: UTF-8 where valid, else Windows-1252 (as the legacy files are)."""
    for number, raw in enumerate(raw_lines):
        ends[0] = raw[-1:]
        if number == 0:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield raw.decode("cp1252", errors="replace")


def _csv_lines(path: Path, ctx: SourceContext) -> Iterator[tuple[int, list[str]]]:
    """Rows of a CSV file as stripped text cells, with the line each ends on."""
    ends = [b""]
    with path.open("rb") as fh:
        reader = csv.reader(_decoded(fh, ends), strict=True)
        try:
            for cells in reader:
                yield reader.line_num, [cell.strip() for cell in cells]
        except csv.Error as exc:
            raise ctx.error(f"malformed CSV: {exc}", f"line {reader.line_num}") from exc
    if ends[0] not in (b"\n", b"\r"):
        raise ctx.error("file ends in the middle of a line (truncated?)", f"line {reader.line_num}")


# -- mapping one group ------------------------------------------------------------------------


def _group_entities(
    group_id: str, rows: list[Row], legacy: bool, ctx: SourceContext
) -> Iterator[EntityProxy]:
    """The main entity, its sanction, addresses and documents for one Group ID."""
    kind = rows[0].get("Group Type", "")
    schema = SCHEMAS.get(kind.lower())
    if schema is None:
        ctx.skip(f"unknown Group Type {kind!r}", f"Group ID {group_id}")
        return
    names = _names(rows)
    if not names["name"]:
        ctx.skip("group without a name", f"Group ID {group_id}")
        return
    info = _other_information(rows)
    free_text = " ".join(info.get("", []))
    if schema == "Organization":
        all_names = [n for values in names.values() for n in values]
        schema = _organization_schema(all_names, info, free_text, legacy)
    entity = ctx.make(schema, PREFIX, group_id)
    entity.add("topics", "sanction")
    for prop, values in names.items():
        entity.add(prop, values)
    facts = _fact_rows(rows)
    if schema == "Person":
        _name_parts(entity, rows)
        _person_facts(entity, facts)
    _info_facts(entity, info)
    for prop, pattern in (("imoNumber", _IMO), ("mmsi", _MMSI)):
        if entity.schema.get(prop) and (m := pattern.search(free_text)):
            entity.add(prop, m.group(1))
    for row in facts:
        entity.add("program", row.get("Regime"))
        entity.add("modifiedAt", parse_date(row.get("Last Updated")))
        for country in _countries(row.get("Country")):
            entity.add("country", country)
    yield from _addresses(entity, group_id, facts, ctx)
    yield from _documents(entity, group_id, facts, legacy, ctx)
    yield entity
    yield _sanction(entity, group_id, facts, info, ctx)


def _fact_rows(rows: list[Row]) -> list[Row]:
    """The group's rows with name columns left out, duplicates dropped."""
    distinct = {
        tuple(sorted((k, v) for k, v in row.items() if k not in NAME_COLUMNS)): None for row in rows
    }
    return [dict(key) for key in distinct]


def _full_name(row: Row) -> str:
    parts = [row.get(f"Name {n}", "") for n in (1, 2, 3, 4, 5, 6)]
    return " ".join(p for p in parts if p)


def _names(rows: list[Row]) -> dict[str, list[str]]:
    """Names by property; without a primary name the first variation (or alias) is promoted."""
    found: list[tuple[str, str, str]] = []
    for row in rows:
        alias_type = row.get("Alias Type", "").lower()
        prop = NAME_PROPS.get(alias_type, "alias")
        if prop == "alias" and row.get("Alias Quality", "").lower().startswith("low"):
            prop = "weakAlias"
        if full := _full_name(row):
            found.append((prop, full, alias_type))
        if non_latin := row.get("Name Non-Latin Script"):
            found.append(("alias", non_latin, "non-latin"))
    names: dict[str, list[str]] = {"name": [], "alias": [], "weakAlias": [], "previousName": []}
    for prop, value, _ in found:
        names[prop].append(value)
    if not names["name"] and found:
        order = ("primary name variation", "aka", "non-latin", "fka")
        _, value, _ = min(found, key=lambda f: order.index(f[2]) if f[2] in order else len(order))
        names["name"].append(value)
    for prop in ("alias", "weakAlias", "previousName"):
        names[prop] = [v for v in names[prop] if v not in names["name"]]
    return names


def _organization_schema(
    names: list[str], info: dict[str, list[str]], free_text: str, legacy: bool
) -> str:
    """Company when a name or the entity type has a legal form; a legacy-list ship (an
    entity with an IMO number in its free text, the legacy list has no Ship type) is a
    Vessel; else Organization."""
    schema = org_schema([*names, *info.get("Type of entity", [])])
    if schema == "Organization" and legacy and _IMO.search(free_text):
        return "Vessel"
    return schema


def _slots(text: str | None) -> list[str | None]:
    """Parts of a value numbered ``(1) … (2) …`` (or ``1) …``, ``a) …``); ``-`` parts are None."""
    if not text:
        return []
    parts = [part.strip(" \t.,;") for part in _NUMBERED.split(text)]
    if parts and not parts[0] and len(parts) > 1:
        parts = parts[1:]
    return [None if _PLACEHOLDER.match(part) else part for part in parts]


def _numbered(text: str | None) -> list[str]:
    """The non-empty parts of a numbered value (see ``_slots``)."""
    return [part for part in _slots(text) if part]


@lru_cache(maxsize=4096)
def _country(text: str) -> str | None:
    """A country code for a country name as the list writes it, if one can be found."""
    value = text.strip(" .,;")
    if not value:
        return None
    code = registry.country.clean(value) or COUNTRY_FIXES.get(value.lower())
    if code is None and (now := _NOW.search(value)):
        code = registry.country.clean(now.group(1))
    if code is None:
        code = registry.country.clean(_PARENS.sub("", value).strip(), fuzzy=True)
    return code


def _countries(text: str | None) -> list[str]:
    codes = []
    for part in _numbered(text):
        code = _country(part)
        if code is None and re.search(r"[.,;]", part):
            codes.extend(c for p in re.split(r"[.,;]", part) if (c := _country(p)))
        elif code is not None:
            codes.append(code)
    return codes


def _birth_date(text: str) -> str | None:
    """``dd/mm/yyyy`` where ``00`` marks an unknown day or month, else ``parse_date``."""
    if m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", text.strip()):
        day, month, year = m.groups()
        if month == "00":
            return parse_date(year)
        if day == "00":
            return parse_date(f"{year}-{month}")
    return parse_date(text)


def _name_parts(entity: EntityProxy, rows: list[Row]) -> None:
    """Titles, and first, middle and last names of the primary names (Name 1, 2…5, 6)."""
    for row in rows:
        entity.add("title", _numbered(row.get("Title")))
        primary = row.get("Alias Type", "").lower() in ("primary name", "prime alias")
        if (primary or len(rows) == 1) and row.get("Name 1"):
            entity.add("firstName", row.get("Name 1"))
            entity.add("middleName", [row.get(f"Name {n}") for n in (2, 3, 4, 5)])
            entity.add("lastName", row.get("Name 6"))


def _person_facts(entity: EntityProxy, rows: list[Row]) -> None:
    for row in rows:
        for part in _numbered(row.get("DOB")):
            put_or_note(entity, "birthDate", _birth_date(part) or part, "Date of birth")
        for part in _numbered(row.get("Nationality")):
            codes = _countries(part)
            if codes:
                entity.add("nationality", codes)
            else:
                entity.add("notes", f"Nationality: {part}")
        entity.add("position", _numbered(row.get("Position")))
        _birth_place(entity, row)


def _birth_place(entity: EntityProxy, row: Row) -> None:
    towns = _numbered(row.get("Town of Birth"))
    countries = _numbered(row.get("Country of Birth"))
    for country in countries:
        entity.add("birthCountry", _country(country))
    if len(towns) == len(countries):
        entity.add("birthPlace", [f"{t}, {c}" for t, c in zip(towns, countries, strict=True)])
    else:
        entity.add("birthPlace", towns)


def _other_information(rows: list[Row]) -> dict[str, list[str]]:
    """``Other Information`` split on its ``(Label):`` parts; unlabelled text under ``""``."""
    info: dict[str, list[str]] = {}
    for text in dict.fromkeys(row.get("Other Information", "") for row in rows):
        pieces = _LABELS.split(text)
        info.setdefault("", []).append(pieces[0])
        for label, value in zip(pieces[1::2], pieces[2::2], strict=True):
            values = [value.strip()] if label in INFO_SINGLE else _numbered(value)
            info.setdefault(label, []).extend(values)
    for label, values in info.items():
        info[label] = [v for v in dict.fromkeys(values) if v and not _PLACEHOLDER.match(v)]
    return info


def _split_ref(value: str) -> tuple[str | None, str]:
    """A leading reference code (``RUS0252``, ``QDi.001``) and the text after it."""
    if m := _REF.match(value):
        return m.group(1), value[m.end() :].strip()
    return None, value


def _info_facts(entity: EntityProxy, info: dict[str, list[str]]) -> None:
    for label, values in info.items():
        prop = INFO_PROPS.get(label)
        for value in values:
            if label in ("UK Sanctions List Ref", "UN Ref"):
                entity.add("notes", _split_ref(value)[1] or None)
            elif label == "UK Statement of Reasons":
                continue
            elif prop is None:
                entity.add("notes", f"{label}: {value}" if label else value)
            elif prop == "gender":
                entity.add("gender", value.lower())
            elif prop in ("flag", "pastFlags"):
                entity.add(prop, _country(value) or None)
            elif label in INFO_DATES:
                put_or_note(entity, prop, parse_date(value) or value, label)
            else:
                put_or_note(entity, prop, value, label)


def _address_parts(row: Row) -> list[str]:
    parts = [row.get(f"Address {n}", "") for n in range(1, 7)]
    return [p for p in [*parts, row.get("Post/Zip Code", ""), row.get("Country", "")] if p]


def _addresses(
    entity: EntityProxy, group_id: str, rows: list[Row], ctx: SourceContext
) -> Iterator[EntityProxy]:
    """One Address per distinct address of the group (a bare country is not an address)."""
    seen: set[str] = set()
    for row in rows:
        parts = _address_parts(row)
        if len(parts) <= (1 if row.get("Country") else 0):
            continue
        full = ", ".join(parts)
        if full in seen:
            continue
        seen.add(full)
        address = ctx.make("Address", PREFIX, "addr", group_id, len(seen))
        address.add("full", full)
        address.add("street", row.get("Address 1"))
        address.add("street2", row.get("Address 2"))
        address.add("city", row.get("Address 6"))
        address.add("postalCode", _numbered(row.get("Post/Zip Code")))
        address.add("country", _countries(row.get("Country")))
        entity.add("addressEntity", address.id)
        entity.add("address", full)
        yield address


def _doc_number(text: str) -> str | None:
    """The document number in a legacy free-text passport/ID value."""
    if m := _DOC_NUMBER.search(text):
        return next(g for g in m.groups() if g).strip(" .,")
    return None


def _doc_pairs(number_text: str | None, detail_text: str | None) -> list[tuple[str, str | None]]:
    """(number, detail) pairs from a number column and its details column."""
    numbers = _slots(number_text)
    details = _slots(detail_text)
    if len(numbers) == len(details):
        pairs = list(zip(numbers, details, strict=True))
    else:
        shared = details[0] if len(details) == 1 else None
        pairs = [(number, shared) for number in numbers]
    return [(number, detail) for number, detail in pairs if number]


def _legacy_doc_pairs(text: str | None) -> list[tuple[str, str | None]]:
    """(number, text) pairs from a legacy free-text passport or ID column."""
    return [(number, part) for part in _numbered(text) if (number := _doc_number(part))]


def _documents(
    entity: EntityProxy, group_id: str, rows: list[Row], legacy: bool, ctx: SourceContext
) -> Iterator[EntityProxy]:
    """Passports and national identification documents, one entity per distinct number."""
    seen: set[tuple[str, str]] = set()
    for row in rows:
        for schema, prop, number_col, detail_col in DOCUMENTS:
            if legacy:
                pairs = _legacy_doc_pairs(row.get(LEGACY_DOCUMENTS[schema]))
            else:
                pairs = _doc_pairs(row.get(number_col), row.get(detail_col))
            for number, detail in pairs:
                if (schema, number) in seen:
                    continue
                seen.add((schema, number))
                doc = ctx.make(schema, PREFIX, "id", group_id, len(seen))
                doc.add("holder", entity.id)
                doc.add("number", number)
                doc.add("type", "Passport" if schema == "Passport" else "National identification")
                _doc_details(doc, detail)
                entity.add(prop, number)
                yield doc


def _doc_details(doc: EntityProxy, detail: str | None) -> None:
    if not detail:
        return
    doc.add("description", detail)
    if m := _ISSUED.search(detail):
        doc.add("startDate", parse_date(re.sub(r"(?<=\d)(st|nd|rd|th)", "", m.group(1))))
    if m := _EXPIRES.search(detail):
        doc.add("endDate", parse_date(re.sub(r"(?<=\d)(st|nd|rd|th)", "", m.group(1))))
    lead = re.split(r"[,.(]", detail, maxsplit=1)[0]
    lead = re.sub(r"\s+(number|passport|national).*$", "", lead, flags=re.I)
    candidates = [lead, *_PARENS.findall(detail)]
    codes = [c for c in (registry.country.clean(v.strip()) for v in candidates) if c]
    doc.add("country", codes[:1])


def _sanction(
    entity: EntityProxy,
    group_id: str,
    rows: list[Row],
    info: dict[str, list[str]],
    ctx: SourceContext,
) -> EntityProxy:
    sanction = ctx.make("Sanction", PREFIX, "sanction", group_id)
    sanction.add("entity", entity.id)
    sanction.add("authority", AUTHORITY)
    sanction.add("country", AUTHORITY_COUNTRY)
    for row in rows:
        sanction.add("program", row.get("Regime"))
        sanction.add("listingDate", parse_date(row.get("Listed On")))
        sanction.add("startDate", parse_date(row.get("UK Sanctions List Date Designated")))
        sanction.add("modifiedAt", parse_date(row.get("Last Updated")))
    for value in info.get("UK Sanctions List Ref", []):
        sanction.add("authorityId", _split_ref(value)[0])
    for value in info.get("UN Ref", []):
        sanction.add("unscId", _split_ref(value)[0])
    sanction.add("reason", info.get("UK Statement of Reasons", []))
    return sanction


FORMATS = [
    Format(
        name="uk-ofsi",
        title="UK OFSI consolidated list (XLSX 2022 format or legacy CSV)",
        read=read,
        sniff=sniff,
        dataset=DATASET,
    )
]
