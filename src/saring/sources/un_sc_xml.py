"""UN Security Council consolidated sanctions list, XML (``sc-sanctions.xsd``).

The root ``CONSOLIDATED_LIST`` carries ``dateGenerated`` (the publication date) and holds
``INDIVIDUALS/INDIVIDUAL`` and ``ENTITIES/ENTITY`` records, read in one streaming pass.

Each record becomes:

* the main entity ``unsc-<DATAID>``: individuals are Person; entities are Organization, or
  Company when the name carries a company word or legal form (``CO``, ``LTD``, ``BANK``,
  ``CORPORATION``, ``TRADING``, ``SHIPPING``, …, see ``COMPANY_WORDS``). The list has no
  vessel or aircraft records; IMO company numbers quoted in ``COMMENTS1`` become ``imoNumber``;
* ``unsc-sanction-<DATAID>``: Sanction by the United Nations Security Council with
  ``program`` = ``UN_LIST_TYPE``, ``programId``/``unscId``/``authorityId`` = ``REFERENCE_NUMBER``,
  ``listingDate``/``startDate`` = ``LISTED_ON``, ``modifiedAt`` = the latest
  ``LAST_DAY_UPDATED`` and ``reason`` = ``COMMENTS1``;
* ``unsc-addr-<DATAID>-<n>``: Address for the n-th (1-based) address element;
* ``unsc-id-<DATAID>-<n>``: Passport or Identification for the n-th document element that
  has a number (the number is also set as ``passportNumber`` or ``idNumber``).

Names: the list numbers name parts without saying which is the family name, so
``FIRST_NAME`` → ``firstName``, the last of ``SECOND``/``THIRD``/``FOURTH_NAME`` →
``lastName`` and the parts between → ``middleName`` (FtM deprecates ``secondName``);
``name`` is all parts in order. ``NAME_ORIGINAL_SCRIPT`` is an ``alias``; aliases of quality
``Good``/``a.k.a.`` are ``alias``, ``Low`` ``weakAlias`` and ``f.k.a.`` ``previousName``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from followthemoney.proxy import EntityProxy
from lxml import etree

from saring.sources.base import Format, SourceContext, iter_xml
from saring.sources.dates import parse_date, parse_date_range, parse_day
from saring.sources.xmltools import ctext, text

ROOT = "CONSOLIDATED_LIST"
HEAD_BYTES = 64 * 1024
AUTHORITY = "United Nations Security Council"
SOURCE_URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml"
COMPANY_WORDS = re.compile(
    r"\b(?:CO|CORP|CORPORATION|COMPANY|LTD|LIMITED|LLC|INC|PTE|PLC|P\.L\.C|S\.A|NV|JV|"
    r"ANSTALT|GMBH|BANK|TRADING|SHIPPING|MONEY EXCHANGE)\b",
    re.I,
)
IMO_NUMBER = re.compile(r"\bIMO(?:\s+number)?:?\s*(\d{7})\b", re.I)
PASSPORT = re.compile(r"pass(?:port|eport)|pasaporte", re.I)
ALIAS_PROPS = {"good": "alias", "a.k.a.": "alias", "low": "weakAlias", "f.k.a.": "previousName"}
NAME_TAGS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
#: An xs:date with a time-zone suffix, as some LISTED_ON values are: ``2015-03-27-04:00``.
ZONED_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})$")


def _values(el: etree._Element, tag: str) -> list[str]:
    """Texts of every ``tag/VALUE`` child (DESIGNATION, NATIONALITY, TITLE, …)."""
    return [t for t in (text(v) for v in el.iterfind(f"{tag}/VALUE")) if t]


def _join(*parts: str, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def _birth_dates(dob: etree._Element) -> tuple[list[str], str]:
    """Dates of one INDIVIDUAL_DATE_OF_BIRTH, and any note that did not parse."""
    kind = ctext(dob, "TYPE_OF_DATE").upper()
    exact = ctext(dob, "DATE")
    year = ctext(dob, "YEAR")
    note = ctext(dob, "NOTE")
    start, end = ctext(dob, "FROM_YEAR"), ctext(dob, "TO_YEAR")
    if kind == "BETWEEN" and start and end:
        years = parse_date_range(f"{start} to {end}")
        return years or [y for y in (parse_date(start), parse_date(end)) if y], ""
    if exact:
        parsed = parse_date(exact)
        return ([parsed] if parsed else []), ("" if parsed else exact)
    if year:
        combined = parse_date(f"{note} {year}") if note else None
        parsed = combined or parse_date(year)
        return ([parsed] if parsed else []), ""
    if note:
        parsed = parse_date(note)
        return ([parsed] if parsed else []), ("" if parsed else note)
    return [], ""


def _names(el: etree._Element, entity: EntityProxy) -> None:
    parts = [ctext(el, tag) for tag in NAME_TAGS]
    entity.add("name", _join(*parts, sep=" ") or None)
    if entity.schema.name == "Person":
        given, rest = parts[0], [p for p in parts[1:] if p]
        entity.add("firstName", given or None)
        if rest:
            entity.add("lastName", rest[-1])
            entity.add("middleName", rest[:-1])
    entity.add("alias", ctext(el, "NAME_ORIGINAL_SCRIPT") or None)
    for alias in el.iterfind("ENTITY_ALIAS"):
        _alias(alias, entity)
    for alias in el.iterfind("INDIVIDUAL_ALIAS"):
        _alias(alias, entity)
        # some aliases carry the birth details used with that name
        city, country = ctext(alias, "CITY_OF_BIRTH"), ctext(alias, "COUNTRY_OF_BIRTH")
        entity.add("birthDate", parse_date(ctext(alias, "DATE_OF_BIRTH")))
        entity.add("birthPlace", _join(city, country) or None)
        entity.add("birthCountry", country or None)


def _alias(alias: etree._Element, entity: EntityProxy) -> None:
    name = ctext(alias, "ALIAS_NAME")
    if name:
        prop = ALIAS_PROPS.get(ctext(alias, "QUALITY").lower(), "alias")
        entity.add(prop, name)


def _person_facts(el: etree._Element, entity: EntityProxy) -> None:
    entity.add("title", _values(el, "TITLE"))
    entity.add("position", _values(el, "DESIGNATION"))
    entity.add("nationality", _values(el, "NATIONALITY"))
    gender = ctext(el, "GENDER").lower()
    entity.add("gender", gender if gender in ("male", "female") else None)
    for dob in el.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
        dates, unparsed = _birth_dates(dob)
        entity.add("birthDate", dates)
        entity.add("notes", f"Date of birth: {unparsed}" if unparsed else None)
    for pob in el.iterfind("INDIVIDUAL_PLACE_OF_BIRTH"):
        tags = ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY")
        place = _join(*(ctext(pob, t) for t in tags))
        entity.add("birthPlace", place or None)
        entity.add("birthCountry", ctext(pob, "COUNTRY") or None)
        entity.add("notes", ctext(pob, "NOTE") or None)


def _addresses(
    el: etree._Element, entity: EntityProxy, dataid: str, ctx: SourceContext
) -> Iterator[EntityProxy]:
    tag = "INDIVIDUAL_ADDRESS" if entity.schema.name == "Person" else "ENTITY_ADDRESS"
    for n, item in enumerate(el.iterfind(tag), start=1):
        street, city = ctext(item, "STREET"), ctext(item, "CITY")
        state, postal = ctext(item, "STATE_PROVINCE"), ctext(item, "ZIP_CODE")
        country = ctext(item, "COUNTRY")
        full = _join(street, city, state, postal, country)
        if not full:
            continue
        adr = ctx.make("Address", "unsc-addr", dataid, n)
        adr.add("full", full)
        adr.add("street", street or None)
        adr.add("city", city or None)
        adr.add("state", state or None)
        adr.add("postalCode", postal or None)
        adr.add("country", country or None)
        adr.add("remarks", ctext(item, "NOTE") or None)
        entity.add("country", country or None)
        entity.add("addressEntity", adr.id)
        entity.add("address", full)
        yield adr


def _documents(
    el: etree._Element, entity: EntityProxy, dataid: str, ctx: SourceContext
) -> Iterator[EntityProxy]:
    for n, doc in enumerate(el.iterfind("INDIVIDUAL_DOCUMENT"), start=1):
        number = ctext(doc, "NUMBER")
        types = [t for t in (ctext(doc, "TYPE_OF_DOCUMENT"), ctext(doc, "TYPE_OF_DOCUMENT2")) if t]
        note = ctext(doc, "NOTE")
        if not number:
            if types or note:
                entity.add("notes", f"{_join(*types, sep=' / ') or 'Document'}: {note}".strip(": "))
            continue
        passport = any(PASSPORT.search(t) for t in types)
        ident = ctx.make("Passport" if passport else "Identification", "unsc-id", dataid, n)
        ident.add("holder", entity.id)
        ident.add("number", number)
        ident.add("type", types)
        ident.add("country", ctext(doc, "ISSUING_COUNTRY") or None)
        ident.add("country", ctext(doc, "COUNTRY_OF_ISSUE") or None)
        ident.add("startDate", parse_date(ctext(doc, "DATE_OF_ISSUE")))
        ident.add("authority", ctext(doc, "CITY_OF_ISSUE") or None)
        ident.add("description", note or None)
        entity.add("passportNumber" if passport else "idNumber", number)
        yield ident


def _sanction(
    el: etree._Element, entity: EntityProxy, dataid: str, ctx: SourceContext
) -> EntityProxy:
    sanction = ctx.make("Sanction", "unsc-sanction", dataid)
    sanction.add("entity", entity.id)
    sanction.add("authority", AUTHORITY)
    sanction.add("sourceUrl", SOURCE_URL)
    sanction.add("program", ctext(el, "UN_LIST_TYPE") or None)
    reference = ctext(el, "REFERENCE_NUMBER")
    for prop in ("programId", "unscId", "authorityId"):
        sanction.add(prop, reference or None)
    listed_on = ctext(el, "LISTED_ON")
    zoned = ZONED_DATE.match(listed_on.strip()) if listed_on else None
    listed = parse_date(zoned.group(1) if zoned else listed_on)
    sanction.add("listingDate", listed)
    sanction.add("startDate", listed)
    updated = [d for d in (parse_date(v) for v in _values(el, "LAST_DAY_UPDATED")) if d]
    sanction.add("modifiedAt", max(updated) if updated else None)
    entity.add("modifiedAt", max(updated) if updated else None)
    sanction.add("reason", ctext(el, "COMMENTS1") or None)
    return sanction


def _record(el: etree._Element, ctx: SourceContext) -> Iterator[EntityProxy]:
    dataid = ctext(el, "DATAID")
    if not dataid:
        ctx.skip("record without DATAID", el.tag)
        return
    if el.tag == "INDIVIDUAL":
        schema = "Person"
    else:
        schema = "Company" if COMPANY_WORDS.search(ctext(el, "FIRST_NAME")) else "Organization"
    entity = ctx.make(schema, "unsc", dataid)
    _names(el, entity)
    if not entity.has("name"):
        ctx.skip("no name", f"record DATAID={dataid}")
        return
    entity.add("topics", "sanction")
    entity.add("sourceUrl", SOURCE_URL)
    comments = ctext(el, "COMMENTS1")
    entity.add("notes", comments or None)
    if schema != "Person":
        entity.add("imoNumber", IMO_NUMBER.findall(comments))
    else:
        _person_facts(el, entity)
    sanction = _sanction(el, entity, dataid, ctx)
    extra = list(_addresses(el, entity, dataid, ctx))
    extra.extend(_documents(el, entity, dataid, ctx))
    yield entity
    yield sanction
    yield from extra


def read(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
    """Stream FtM entities from the UN Security Council consolidated list XML."""
    with path.open("rb") as stream:
        if f"<{ROOT}".encode() not in stream.read(HEAD_BYTES):
            raise ctx.error(f"not a UN Security Council list (no <{ROOT}> root)")
        stream.seek(0)
        complete = False
        for el in iter_xml(path, stream, {"INDIVIDUAL", "ENTITY", ROOT}):
            root = el.getroottree().getroot()
            if root.tag != ROOT:
                raise ctx.error(f"unexpected root element <{root.tag}>")
            if ctx.published is None:
                ctx.published = parse_day(root.get("dateGenerated"))
            if el.tag == ROOT:
                complete = True
            else:
                yield from _record(el, ctx)
    if not complete:
        raise ctx.error(f"no <{ROOT}> root element")


def sniff(path: Path, head: bytes) -> bool:
    """The consolidated list names its root and the UN schema near the top."""
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return False
    return f"<{ROOT}".encode() in head and (
        b"sc-sanctions" in head or b"<INDIVIDUALS" in head or b"<ENTITIES" in head
    )


FORMATS = [
    Format(
        name="un-sc-xml",
        title="UN Security Council consolidated list (XML)",
        read=read,
        sniff=sniff,
        dataset="un_sc_sanctions",
    )
]
