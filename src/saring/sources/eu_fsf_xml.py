"""EU Financial Sanctions Files (FSF), XML export "1.1".

The file is one ``<export generationDate=… globalFileId=…>`` root in the namespace
``http://eu.europa.ec/fpi/fsd/export`` holding one ``<sanctionEntity>`` per listed person
or enterprise. Each carries ``regulation``, ``subjectType`` (``person``/``P`` or
``enterprise``/``E``), ``nameAlias`` (``strong="false"`` marks a weak alias),
``citizenship``, ``birthdate``, ``identification``, ``address`` and ``remark`` children.

Entity ids, all built from the file's own ``logicalId`` attributes:

* ``eu-fsf-<logicalId>``: the Person or Organization;
* ``eu-fsf-sanction-<logicalId>``: its Sanction (authority "European Union");
* ``eu-fsf-addr-<address logicalId>``: an Address;
* ``eu-fsf-id-<identification logicalId>``: a Passport or Identification.

An address or identification without a ``logicalId`` gets ``<entity logicalId>-<n>``
(its position among the entity's addresses or identifications) instead.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from followthemoney.proxy import EntityProxy
from lxml import etree

from saring.sources.base import Format, SourceContext, iter_xml, open_member
from saring.sources.dates import parse_date, parse_day
from saring.sources.xmltools import children

#: The namespace of the published files, and the spelling some documentation uses.
NAMESPACES = ("http://eu.europa.ec/fpi/fsd/export", "http://eu.europa.eu/fpi/fsd/export")
AUTHORITY = "European Union"
AUTHORITY_COUNTRY = "eu"
#: ``countryIso2Code`` value for an unknown country.
UNKNOWN_COUNTRY = "00"

SCHEMAS = {"person": "Person", "p": "Person", "enterprise": "Organization", "e": "Organization"}
GENDERS = {"m": "male", "f": "female"}
#: Name languages whose strong names count as the main ``name`` (others are ``alias``).
MAIN_NAME_LANGUAGES = {"", "en"}
#: ``identificationTypeCode`` → the holder's identifier property (default ``idNumber``).
ID_PROPERTIES = {
    "passport": "passportNumber",
    "id": "idNumber",
    "fiscalcode": "taxNumber",
    "tin": "taxNumber",
    "ssn": "socialSecurityNumber",
    "regnumber": "registrationNumber",
    "swiftbic": "swiftBic",
    "imo": "imoNumber",
}

_ROOT = re.compile(
    rb"<(?:[\w.-]+:)?export\b[^>]*?\bxmlns(?::[\w.-]+)?\s*=\s*[\"']"
    rb"http://eu\.europa\.e[cu]/fpi/fsd/export[\"']",
    re.S,
)
_SNIFF_BYTES = 64 * 1024


def _attr(el: etree._Element, name: str) -> str | None:
    value = (el.get(name) or "").strip()
    return value or None


def _text(el: etree._Element) -> str | None:
    value = (el.text or "").strip()
    return value or None


def _join(*parts: str | None) -> str | None:
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen) or None


def _country(el: etree._Element) -> str | None:
    """The element's country: ISO code, else its description, else ``None`` if unknown."""
    code = _attr(el, "countryIso2Code")
    if code and code != UNKNOWN_COUNTRY:
        return code
    description = _attr(el, "countryDescription")
    if description and description.upper() != "UNKNOWN":
        return description
    return None


def _date(value: str | None) -> str | None:
    """An ISO date prefix; the time part of a timestamp is dropped before parsing."""
    return parse_date(value.split("T", 1)[0]) if value else None


def _check_root(path: Path, ctx: SourceContext) -> None:
    """Refuse a file whose root is not an FSF ``export``; set ``ctx.published``."""
    with open_member(path, (".xml",)) as stream:
        events = etree.iterparse(
            stream, events=("start",), resolve_entities=False, no_network=True, load_dtd=False
        )
        try:
            _, root = next(events)
        except StopIteration:
            raise ctx.error("empty file") from None
        except etree.XMLSyntaxError as exc:
            raise ctx.error(f"malformed XML: {exc.msg}", f"line {exc.lineno}") from exc
    qname = etree.QName(root)
    if qname.localname != "export" or qname.namespace not in NAMESPACES:
        raise ctx.error(f"not an EU FSF XML export (root element {root.tag})")
    if published := parse_day(_date(root.get("generationDate"))):
        ctx.published = published


def read(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
    """Stream the entities of an EU FSF XML export (plain or zipped)."""
    _check_root(path, ctx)
    with open_member(path, (".xml",)) as stream:
        for el in iter_xml(path, stream, {"sanctionEntity"}):
            yield from _sanction_entity(el, ctx)


def _sanction_entity(el: etree._Element, ctx: SourceContext) -> Iterator[EntityProxy]:
    lid = _attr(el, "logicalId")
    if lid is None:
        ctx.skip("no logicalId", f"line {el.sourceline}")
        return
    record = f"logicalId={lid}"
    schema = _schema(el)
    if schema is None:
        ctx.skip("unknown subject type", record)
        return
    entity = ctx.make(schema, "eu-fsf", lid)
    _add_names(entity, children(el, "nameAlias"))
    if not entity.has("name"):
        ctx.skip("no name", record)
        return
    entity.add("topics", "sanction")
    for remark in children(el, "remark"):
        entity.add("notes", _text(remark))
    country_prop = "nationality" if schema == "Person" else "country"
    for citizenship in children(el, "citizenship"):
        entity.add(country_prop, _country(citizenship))
    if schema == "Person":
        for birth in children(el, "birthdate"):
            _add_birth(entity, birth)
    sanction = _sanction(ctx, entity, el, lid)
    entity.add("program", sanction.get("program"))
    addresses = list(_addresses(ctx, entity, el, lid))
    identifications = list(_identifications(ctx, entity, el, lid))
    yield entity
    yield sanction
    yield from addresses
    yield from identifications


def _schema(el: etree._Element) -> str | None:
    for subject in children(el, "subjectType"):
        for key in ("code", "classificationCode"):
            schema = SCHEMAS.get((subject.get(key) or "").strip().lower())
            if schema:
                return schema
    return None


def _add_names(entity: EntityProxy, aliases: Iterable[etree._Element]) -> None:
    """Strong names in English or no language → ``name``, other strong → ``alias``,
    weak → ``weakAlias``; a list without a main name promotes its first alias."""
    is_person = entity.schema.name == "Person"
    strong: list[str] = []
    weak: list[str] = []
    for alias in aliases:
        parts = [_attr(alias, k) for k in ("firstName", "middleName", "lastName")]
        whole = _attr(alias, "wholeName") or " ".join(p for p in parts if p)
        if not whole:
            continue
        language = (alias.get("nameLanguage") or "").strip().lower()
        if (alias.get("strong") or "true").strip().lower() == "false":
            entity.add("weakAlias", whole)
            weak.append(whole)
        elif language in MAIN_NAME_LANGUAGES:
            entity.add("name", whole)
        else:
            entity.add("alias", whole)
            strong.append(whole)
        if is_person:
            _add_person_name_facts(entity, alias, parts)
    if not entity.has("name") and (strong or weak):
        entity.add("name", (strong or weak)[0])


def _add_person_name_facts(
    entity: EntityProxy, alias: etree._Element, parts: list[str | None]
) -> None:
    for prop, value in zip(("firstName", "middleName", "lastName"), parts, strict=True):
        entity.add(prop, value)
    entity.add("title", _attr(alias, "title"))
    entity.add("position", _attr(alias, "function"))
    entity.add("gender", GENDERS.get((alias.get("gender") or "").strip().lower()))


def _add_birth(entity: EntityProxy, birth: etree._Element) -> None:
    iso = _date(_attr(birth, "birthdate"))
    if iso is None:
        year, month, day = (_attr(birth, k) for k in ("year", "monthOfYear", "dayOfMonth"))
        if year:
            iso = parse_date("-".join(p.zfill(2) for p in (year, month, day) if p))
    if iso and (birth.get("circa") or "").strip().lower() == "true":
        iso = iso[:4]
    entity.add("birthDate", iso)
    entity.add(
        "birthPlace",
        _join(_attr(birth, "city"), _attr(birth, "place"), _attr(birth, "region")),
    )
    entity.add("birthCountry", _country(birth))


def _sanction(ctx: SourceContext, entity: EntityProxy, el: etree._Element, lid: str) -> EntityProxy:
    sanction = ctx.make("Sanction", "eu-fsf-sanction", lid)
    sanction.add("entity", entity.id)
    sanction.add("authority", AUTHORITY)
    sanction.add("country", AUTHORITY_COUNTRY)
    sanction.add("authorityId", _attr(el, "euReferenceNumber"))
    sanction.add("unscId", _attr(el, "unitedNationId"))
    sanction.add("reason", _attr(el, "designationDetails"))
    published: list[str] = []
    for regulation in children(el, "regulation"):
        sanction.add("program", _attr(regulation, "programme"))
        sanction.add("startDate", _date(_attr(regulation, "entryIntoForceDate")))
        sanction.add("description", _attr(regulation, "numberTitle"))
        urls = [_text(u) for u in children(regulation, "publicationUrl")]
        sanction.add("sourceUrl", urls or _attr(regulation, "publicationUrl"))
        if day := _date(_attr(regulation, "publicationDate")):
            published.append(day)
    listed = _date(_attr(el, "designationDate"))
    sanction.add("listingDate", listed or (min(published) if published else None))
    return sanction


def _addresses(
    ctx: SourceContext, entity: EntityProxy, el: etree._Element, lid: str
) -> Iterator[EntityProxy]:
    for n, node in enumerate(children(el, "address"), start=1):
        country = _country(node)
        entity.add("country", country)
        street, city, zip_code, po_box, place, region = (
            _attr(node, k) for k in ("street", "city", "zipCode", "poBox", "place", "region")
        )
        if not any((street, city, zip_code, po_box, place, region)):
            continue
        description = _attr(node, "countryDescription")
        if description and description.upper() == "UNKNOWN":
            description = None
        full = _join(street, place, po_box and f"PO Box {po_box}", city, zip_code, region)
        full = _join(full, description)
        address = ctx.make("Address", "eu-fsf-addr", _attr(node, "logicalId") or f"{lid}-{n}")
        address.add("full", full)
        address.add("street", street)
        address.add("city", city)
        address.add("postalCode", zip_code)
        address.add("postOfficeBox", po_box)
        address.add("region", region)
        address.add("country", country)
        entity.add("addressEntity", address.id)
        entity.add("address", full)
        yield address


def _identifications(
    ctx: SourceContext, entity: EntityProxy, el: etree._Element, lid: str
) -> Iterator[EntityProxy]:
    for n, node in enumerate(children(el, "identification"), start=1):
        numbers = [v for v in (_attr(node, "number"), _attr(node, "latinNumber")) if v]
        if not numbers:
            ctx.skip("identification without number", f"logicalId={lid}")
            continue
        code = (_attr(node, "identificationTypeCode") or "").lower()
        prop = ID_PROPERTIES.get(code, "idNumber")
        if prop not in entity.schema.properties:
            prop = "idNumber"
        entity.add(prop, numbers)
        schema = "Passport" if code == "passport" else "Identification"
        ident = ctx.make(schema, "eu-fsf-id", _attr(node, "logicalId") or f"{lid}-{n}")
        ident.add("holder", entity.id)
        ident.add("number", numbers)
        ident.add("type", _attr(node, "identificationTypeDescription") or code or None)
        ident.add("country", _country(node))
        ident.add("authority", _attr(node, "issuedBy"))
        ident.add("startDate", _date(_attr(node, "validFrom")))
        ident.add("endDate", _date(_attr(node, "validTo")))
        ident.add("description", [_text(r) for r in children(node, "remark")])
        yield ident


def _zip_head(path: Path) -> bytes:
    """The first bytes of the first ``.xml`` member of a zip archive, or ``b""``."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.filename.lower().endswith(".xml"):
                    with archive.open(info) as member:
                        return member.read(_SNIFF_BYTES)
    except (zipfile.BadZipFile, OSError):
        return b""
    return b""


def sniff(path: Path, head: bytes) -> bool:
    """An ``<export>`` root in the FSF export namespace (also inside a zip)."""
    if head.startswith(b"PK\x03\x04"):
        head = _zip_head(path)
    return bool(_ROOT.search(head))


FORMATS: list[Format] = [
    Format(
        name="eu-fsf-xml",
        title="EU Financial Sanctions Files (XML)",
        read=read,
        sniff=sniff,
        dataset="eu_fsf",
    )
]
