"""OFAC Sanctions List Service "Enhanced XML" (SDN_ENHANCED.XML, CONS_ENHANCED.XML).

The file (plain, or as the only ``…ENHANCED.XML`` member of a zip) has the default
namespace ``https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML``
and four parts, in this order: ``publicationInfo/dataAsOf`` (the publication date),
``referenceValues`` (code tables; used here to resolve country ``refId``s to ISO codes),
``featureTypes`` (whether a feature holds a date, a country, a lookup value or text) and
``entities``. The whole file is read in one streaming pass.

Each ``entity`` becomes:

* the main entity ``ofac-<entity id>`` (the Enhanced XML entity id is the legacy
  ``ent_num``, so ids agree with the legacy CSV files): ``Individual`` → Person,
  ``Vessel`` → Vessel, ``Aircraft`` → Airplane, ``Entity`` → Organization, or Company when
  a "Target Type" feature calls it a company/financial institution/state-owned enterprise or
  it carries securities identifiers (ISIN, ticker, BIK);
* ``ofac-sanction-<entity id>``: Sanction with the programs, sanction types (``provisions``),
  legal authorities (``description``), list names (``summary``) and, as ``listingDate`` and
  ``startDate``, the earliest ``sanctionsList/@datePublished``;
* ``ofac-addr-<address id>``: Address, linked through ``addressEntity``;
* ``ofac-id-<entity id>-<document id>``: Passport or Identification per identity document
  (numbers are also copied onto the main entity: ``passportNumber``, ``taxNumber``,
  ``registrationNumber``, ``imoNumber``, ``mmsi``, …);
* ``ofac-rel-<relationship id>``: Ownership, Family, Associate or UnknownLink to the related
  entity ``ofac-<related id>`` (which may sit in another OFAC list);
* ``ofac-wallet-<entity id>-<feature id>``: CryptoWallet for a "Digital Currency Address".

Names: the primary name's primary translation is ``name`` (persons as "First LAST"); other
translations (other scripts) and a.k.a./n.k.a. names are ``alias``, f.k.a. names
``previousName``, and low-quality names ``weakAlias``.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from followthemoney.proxy import EntityProxy
from lxml import etree

from saring.sources.base import Format, SourceContext, iter_xml, open_member
from saring.sources.dates import parse_date, parse_date_range, parse_day
from saring.sources.xmltools import child, ctext, local, text, walk

NAMESPACE_MARK = re.compile(rb'xmlns(?::\w+)?="[^"]*/exports/ENHANCED_XML"')
MEMBERS = ("ENHANCED.XML",)
HEAD_BYTES = 64 * 1024
AUTHORITY = "Office of Foreign Assets Control"
DETAIL_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={}"
TAGS = {"sanctionsData", "dataAsOf", "referenceValue", "featureType", "entity"}

SCHEMAS = {
    "individual": "Person",
    "entity": "Organization",
    "vessel": "Vessel",
    "aircraft": "Airplane",
}
COMPANY_TARGETS = {
    "private company",
    "public company",
    "financial institution",
    "state-owned enterprise",
}
COMPANY_FEATURES = {"isin", "equity ticker", "bik (ru)", "issuer name"}

#: Feature type (normalised) → candidate properties, first one the schema has wins.
FEATURE_PROPS: dict[str, tuple[str, ...]] = {
    "birthdate": ("birthDate",),
    "place of birth": ("birthPlace",),
    "nationality country": ("nationality",),
    "citizenship country": ("citizenship",),
    "nationality of registration": ("jurisdiction", "flag", "country"),
    "gender": ("gender",),
    "email address": ("email",),
    "website": ("website",),
    "phone number": ("phone",),
    "swift/bic": ("swiftBic",),
    "isin": ("isinCode",),
    "equity ticker": ("ticker",),
    "bik (ru)": ("bikCode",),
    "organization established date": ("incorporationDate", "buildDate"),
    "organization type": ("sector",),
    "target type": ("classification",),
    "title": ("position",),
    "d-u-n-s number": ("dunsCode",),
    "vessel call sign": ("callSign",),
    "other vessel call sign": ("callSign",),
    "vessel flag": ("flag",),
    "other vessel flag": ("pastFlags",),
    "former vessel flag": ("pastFlags",),
    "vessel type": ("type",),
    "other vessel type": ("pastTypes",),
    "vessel tonnage": ("tonnage",),
    "vessel gross registered tonnage": ("grossRegisteredTonnage",),
    "vessel year of build": ("buildDate",),
    "mmsi": ("mmsi",),
    "aircraft model": ("model",),
    "aircraft tail number": ("registrationNumber",),
    "previous aircraft tail number": ("registrationNumber",),
    "aircraft manufacture date": ("buildDate",),
    "aircraft manufacturer's serial number (msn)": ("serialNumber",),
    "aircraft construction number (also called l/n or s/n or f/n)": ("serialNumber",),
}
SANCTION_FEATURE = re.compile(
    r"directive|sanction|executive order|caatsa|ifca|peesa|listing date|effective date|"
    r"cmic|transactions prohibited",
    re.I,
)
WALLET_PREFIX = "digital currency address - "

#: Identity document type → property on the main entity (first match wins; "" = none:
#: a Chinese Commercial Code spells a name, it identifies nothing).
DOCUMENT_PROPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.I), prop)
    for p, prop in [
        (r"passport", "passportNumber"),
        (r"chinese commercial code", ""),
        (r"vessel registration", "imoNumber"),
        (r"^mmsi$", "mmsi"),
        (r"aircraft serial", "serialNumber"),
        (r"legal entity number", "leiCode"),
        (r"v\.?a\.?t\.?\b", "vatCode"),
        (r"social credit code", "uscCode"),
        (r"^ssn$", "socialSecurityNumber"),
        (r"global intermediary", "giiNumber"),
        (r"d-u-n-s", "dunsCode"),
        (
            r"tax|fiscal|tributaria|^r\.?f\.?c\.?$|^nit\b|^ruc\b|^rif\b|c\.u\.i\.t|fein|"
            r"^n\.i\.f|^c\.i\.f|^rtn$",
            "taxNumber",
        ),
        (r"driver", "idNumber"),
        (r"licen[cs]e|permit", "licenseNumber"),
        (
            r"regist|company number|c\.r\. no|incorporation|chamber of comm|enterprise number|"
            r"business number|mercantil|gazette|organization code|branch unit",
            "registrationNumber",
        ),
    ]
]


@dataclass
class _Tables:
    """Reference data met before the entities."""

    countries: dict[str, str] = field(default_factory=dict)
    feature_kinds: dict[str, str] = field(default_factory=dict)


def _is_true(el: etree._Element | None, name: str) -> bool:
    return ctext(el, name).lower() == "true"


def _norm_type(text: str) -> str:
    return text.replace("\u2019", "'").strip().rstrip(":-").strip().lower()


def _set(entity: EntityProxy, props: tuple[str, ...] | str, value: str | None) -> bool:
    """Add ``value`` under the first of ``props`` the entity's schema has."""
    if not value:
        return False
    for prop in (props,) if isinstance(props, str) else props:
        if entity.schema.get(prop) is not None:
            entity.add(prop, value)
            return True
    return False


def _country(el: etree._Element | None, tables: _Tables, ref: str | None = None) -> str:
    """ISO code for a country element (via its ``refId``), else its text."""
    ref = ref or (el.get("refId") if el is not None else None)
    return tables.countries.get(ref or "", "") or text(el)


def _feature_dates(feature: etree._Element) -> list[str]:
    """Dates of a DATE feature: from its text, else from its ``valueDate`` bounds."""
    parsed = parse_date_range(ctext(feature, "value"))
    if parsed:
        return parsed
    bounds = child(feature, "valueDate")
    start = parse_date(ctext(bounds, "fromDateBegin"))
    end = parse_date(ctext(bounds, "toDateEnd"))
    if start and end and start[:4] == end[:4] and end.endswith("-12-31") and start[5:] == "01-01":
        return [start[:4]]
    return [d for d in dict.fromkeys([start, end]) if d]


def _name_of(translation: etree._Element, person: bool) -> str:
    first = ctext(translation, "formattedFirstName")
    last = ctext(translation, "formattedLastName")
    if person and first and last:
        return f"{first} {last}"
    return ctext(translation, "formattedFullName") or " ".join(p for p in (first, last) if p)


NAME_PARTS = {
    "first name": "firstName",
    "middle name": "middleName",
    "last name": "lastName",
    "patronymic": "fatherName",
    "matronymic": "motherName",
}


def _apply_names(entity: EntityProxy, el: etree._Element) -> None:
    person = entity.schema.name == "Person"
    for name in walk(el, "names", "name"):
        primary = _is_true(name, "isPrimary")
        alias_type = ctext(name, "aliasType").upper()
        if _is_true(name, "isLowQuality"):
            prop = "weakAlias"
        elif alias_type == "F.K.A.":
            prop = "previousName"
        else:
            prop = "alias"
        for translation in walk(name, "translations", "translation"):
            value = _name_of(translation, person)
            main = primary and _is_true(translation, "isPrimary")
            entity.add("name" if main else prop, value or None)
            if main and person:
                for part in walk(translation, "nameParts", "namePart"):
                    target = NAME_PARTS.get(ctext(part, "type").lower())
                    if target:
                        entity.add(target, ctext(part, "value") or None)


def _schema_for(el: etree._Element) -> str | None:
    kind = ctext(child(el, "generalInfo"), "entityType").lower()
    schema = SCHEMAS.get(kind)
    if schema != "Organization":
        return schema
    for feature in walk(el, "features", "feature"):
        ftype = _norm_type(ctext(feature, "type"))
        if ftype in COMPANY_FEATURES:
            return "Company"
        if ftype == "target type" and ctext(feature, "value").lower() in COMPANY_TARGETS:
            return "Company"
    return schema


def _sanction(el: etree._Element, entity: EntityProxy, ctx: SourceContext) -> EntityProxy:
    sanction = ctx.make("Sanction", "ofac-sanction", el.get("id"))
    sanction.add("entity", entity.id)
    sanction.add("authority", AUTHORITY)
    sanction.add("country", "us")
    sanction.add("sourceUrl", DETAIL_URL.format(el.get("id")))
    for program in walk(el, "sanctionsPrograms", "sanctionsProgram"):
        sanction.add("program", text(program) or None)
        sanction.add("programId", text(program) or None)
    for stype in walk(el, "sanctionsTypes", "sanctionsType"):
        sanction.add("provisions", text(stype) or None)
    for authority in walk(el, "legalAuthorities", "legalAuthority"):
        sanction.add("description", text(authority) or None)
    published = []
    for listing in walk(el, "sanctionsLists", "sanctionsList"):
        sanction.add("summary", text(listing) or None)
        if day := parse_date(listing.get("datePublished")):
            published.append(day)
    if published:
        sanction.add("listingDate", min(published))
        sanction.add("startDate", min(published))
    return sanction


def _features(
    el: etree._Element,
    entity: EntityProxy,
    sanction: EntityProxy,
    tables: _Tables,
    ctx: SourceContext,
) -> Iterator[EntityProxy]:
    for feature in walk(el, "features", "feature"):
        type_el = child(feature, "type")
        label = text(type_el)
        ftype = _norm_type(label)
        kind = tables.feature_kinds.get(
            type_el.get("featureTypeId", "") if type_el is not None else ""
        )
        value = ctext(feature, "value")
        if ftype.startswith(WALLET_PREFIX):
            wallet = ctx.make("CryptoWallet", "ofac-wallet", el.get("id"), feature.get("id"))
            wallet.add("publicKey", value or None)
            wallet.add("currencySymbol", label[len(WALLET_PREFIX) :].strip() or None)
            wallet.add("holder", entity.id)
            wallet.add("topics", "sanction")
            if wallet.has("publicKey"):
                yield wallet
            continue
        if kind == "DATE" or ftype in ("birthdate", "organization established date"):
            values = _feature_dates(feature)
        elif kind == "COUNTRY":
            values = [_country(None, tables, ctext(feature, "valueRefId")) or value]
        else:
            values = [value.lower() if ftype == "gender" else value]
        for val in values:
            if ftype in FEATURE_PROPS and _set(entity, FEATURE_PROPS[ftype], val):
                continue
            target = sanction if SANCTION_FEATURE.search(ftype) else entity
            prop = "provisions" if target is sanction else "notes"
            target.add(prop, f"{label.rstrip(' :-')}: {val}" if val else None)


def _addresses(
    el: etree._Element, entity: EntityProxy, tables: _Tables, ctx: SourceContext
) -> Iterator[EntityProxy]:
    for address in walk(el, "addresses", "address"):
        country_el = child(address, "country")
        country = _country(country_el, tables)
        country_name = text(country_el)
        adr = ctx.make("Address", "ofac-addr", address.get("id"))
        for translation in walk(address, "translations", "translation"):
            parts: dict[str, list[str]] = {}
            for part in walk(translation, "addressParts", "addressPart"):
                key = ctext(part, "type").upper()
                parts.setdefault(key, []).append(ctext(part, "value"))
            if _is_true(translation, "isPrimary"):
                _address_parts(adr, parts)
            order = ("ADDRESS1", "ADDRESS2", "ADDRESS3", "CITY", "STATE/PROVINCE")
            texts = [v for k in (*order, "POSTAL CODE", "REGION") for v in parts.get(k, []) if v]
            if texts:
                adr.add("full", ", ".join([*texts, country_name] if country_name else texts))
        if not adr.has("full") and country_name:
            adr.add("full", country_name)
        if not adr.has("full"):
            continue
        adr.add("country", country or None)
        entity.add("country", country or None)
        entity.add("addressEntity", adr.id)
        entity.add("address", adr.first("full"))
        yield adr


def _address_parts(adr: EntityProxy, parts: dict[str, list[str]]) -> None:
    adr.add("street", parts.get("ADDRESS1"))
    adr.add("street2", [v for k in ("ADDRESS2", "ADDRESS3") for v in parts.get(k, [])])
    adr.add("city", parts.get("CITY"))
    adr.add("state", parts.get("STATE/PROVINCE"))
    adr.add("postalCode", parts.get("POSTAL CODE"))
    adr.add("region", parts.get("REGION"))


def _documents(
    el: etree._Element, entity: EntityProxy, tables: _Tables, ctx: SourceContext
) -> Iterator[EntityProxy]:
    for doc in walk(el, "identityDocuments", "identityDocument"):
        doc_type = ctext(doc, "type")
        number = ctext(doc, "documentNumber")
        if not number:
            continue
        prop = next((p for rx, p in DOCUMENT_PROPS if rx.search(doc_type)), "idNumber")
        country = _country(child(doc, "issuingCountry"), tables)
        value = re.sub(r"^IMO\s*", "", number) if prop == "imoNumber" else number
        if prop and not _set(entity, prop, value):
            _set(entity, ("idNumber", "registrationNumber"), number)
        if prop == "taxNumber" and doc_type.lower() == "tax id no." and country.lower() == "ru":
            _set(entity, "innCode", number)
        schema = "Passport" if prop == "passportNumber" else "Identification"
        ident = ctx.make(schema, "ofac-id", el.get("id"), doc.get("id"))
        ident.add("holder", entity.id)
        ident.add("number", number)
        ident.add("type", doc_type or None)
        ident.add("country", country or None)
        ident.add("authority", ctext(doc, "issuingAuthority") or None)
        ident.add("authority", ctext(doc, "issuingLocation") or None)
        if ctext(doc, "isValid").lower() == "false":
            ident.add("description", "Marked not valid by OFAC")
        yield ident


def _relationships(
    el: etree._Element, entity: EntityProxy, ctx: SourceContext
) -> Iterator[EntityProxy]:
    for rel in walk(el, "relationships", "relationship"):
        other_el = child(rel, "relatedEntity")
        other_id = other_el.get("entityId") if other_el is not None else None
        if not other_id:
            continue
        other = f"ofac-{other_id}"
        rtype = ctext(rel, "type")
        key = rtype.lower()
        person = entity.schema.name == "Person"
        if key == "owned or controlled by":
            link = ctx.make("Ownership", "ofac-rel", rel.get("id"))
            link.add("owner", other)
            link.add("asset", entity.id)
        elif key == "owns, controls, or operates":
            link = ctx.make("Ownership", "ofac-rel", rel.get("id"))
            link.add("owner", entity.id)
            link.add("asset", other)
        elif key == "family member of" and person:
            link = ctx.make("Family", "ofac-rel", rel.get("id"))
            link.add("person", entity.id)
            link.add("relative", other)
        elif key == "associate of" and person:
            link = ctx.make("Associate", "ofac-rel", rel.get("id"))
            link.add("person", entity.id)
            link.add("associate", other)
        else:
            link = ctx.make("UnknownLink", "ofac-rel", rel.get("id"))
            link.add("subject", entity.id)
            link.add("object", other)
        _set(link, ("role", "relationship"), rtype)
        link.add("description", ctext(rel, "quality") or None)
        yield link


def _entity(el: etree._Element, tables: _Tables, ctx: SourceContext) -> Iterator[EntityProxy]:
    eid = el.get("id")
    record = f"entity id={eid}"
    if not eid:
        ctx.skip("entity without id", record)
        return
    schema = _schema_for(el)
    if schema is None:
        ctx.skip("unknown entity type", record)
        return
    entity = ctx.make(schema, "ofac", eid)
    _apply_names(entity, el)
    if not entity.has("name"):
        ctx.skip("no name", record)
        return
    entity.add("topics", "sanction")
    entity.add("sourceUrl", DETAIL_URL.format(eid))
    entity.add("notes", ctext(child(el, "generalInfo"), "remarks") or None)
    sanction = _sanction(el, entity, ctx)
    extra = list(_features(el, entity, sanction, tables, ctx))
    extra.extend(_addresses(el, entity, tables, ctx))
    extra.extend(_documents(el, entity, tables, ctx))
    extra.extend(_relationships(el, entity, ctx))
    yield entity
    yield sanction
    yield from extra


def _reference(el: etree._Element, tables: _Tables) -> None:
    if ctext(el, "type").upper() == "COUNTRY":
        iso = ctext(el, "isoCode")
        tables.countries[el.get("refId", "")] = iso or ctext(el, "value")


def _check_head(path: Path, ctx: SourceContext) -> None:
    with open_member(path, MEMBERS) as stream:
        head = stream.read(HEAD_BYTES)
    if head.startswith(b"PK"):
        raise ctx.error("damaged or truncated zip archive")
    if not _is_enhanced_xml(head):
        raise ctx.error("not an OFAC Enhanced XML file (no …/exports/ENHANCED_XML namespace)")


def read(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
    """Stream FtM entities from an OFAC Enhanced XML file or zip."""
    _check_head(path, ctx)
    tables = _Tables()
    complete = False
    try:
        with open_member(path, MEMBERS) as stream:
            for el in iter_xml(path, stream, TAGS):
                name = local(el)
                if name == "entity":
                    yield from _entity(el, tables, ctx)
                elif name == "referenceValue":
                    _reference(el, tables)
                elif name == "featureType":
                    kind = ctext(el, "detailType").upper()
                    tables.feature_kinds[el.get("featureTypeId", "")] = kind
                elif name == "dataAsOf":
                    ctx.published = parse_day(text(el))
                elif name == "sanctionsData":
                    complete = True
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ctx.error(f"damaged zip archive: {exc}") from exc
    if not complete:
        raise ctx.error("no sanctionsData root element")


def _is_enhanced_xml(head: bytes) -> bool:
    """XML whose root declares the Enhanced XML namespace."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and bool(
        NAMESPACE_MARK.search(head)
    )


def sniff(path: Path, head: bytes) -> bool:
    """An Enhanced XML file, or a zip holding one."""
    if _is_enhanced_xml(head):
        return True
    if not head.startswith(b"PK\x03\x04") or not path.is_file():
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    return any(n.upper().endswith(MEMBERS) for n in names)


FORMATS = [
    Format(
        name="ofac-xml",
        title="OFAC Enhanced XML (SDN_ENHANCED / CONS_ENHANCED)",
        read=read,
        sniff=sniff,
        dataset="us_ofac_cons",
    )
]
