"""The free-text remarks of OFAC's lists, parsed into typed facts.

OFAC writes most facts about a designated party as ``;``-separated remarks:
``DOB 14 Dec 1960; alt. DOB Nov 1960; POB Masshad, Iran; nationality Iran;
Passport A12345 (Iran) issued 01 Jan 2010; a.k.a. 'X'; Linked To: Y.``
``parse_remarks`` turns such a text into a list of ``Remark`` values, one per fact,
without deciding how they map onto entities: that is the reader's job.

Kinds (``Remark.kind``) and what ``value`` holds:

* ``birth_date`` ISO date prefix (a range ``1960 to 1962`` gives one remark per year);
  ``birth_place``, ``nationality``, ``citizenship`` (country as written),
  ``gender`` (``male``/``female``), ``ethnicity``, ``position``
* ``identifier`` the number; ``label`` as written (``Tax ID No.``), ``prop`` the
  FollowTheMoney property it belongs to (``taxNumber``, ``passportNumber``, …),
  ``country``, ``issued``/``expires`` (ISO) and ``details`` (other parenthesised text)
* ``weak_alias`` (``a.k.a.`` in remarks: OFAC's low-quality a.k.a.),
  ``previous_name`` (``f.k.a.``), ``alias`` (``n.k.a.``)
* ``link`` the name after ``Linked To:``
* ``email``, ``website``, ``phone`` (``label`` ``Fax`` for fax numbers)
* ``crypto`` wallet address, ``label`` the currency code (``XBT``)
* ``established`` (ISO date), ``org_type``, ``target_type``
* vessel and aircraft facts: ``past_flag``, ``build_date`` (ISO), ``model``,
  ``operator``, ``registration_country``, ``vessel_type``, ``call_sign``
* sanction facts: ``listing_date``/``effective_date`` (ISO; ``label`` the scope such as
  ``EO 14024 Directive 3``) and ``provision`` (text of secondary-sanctions and
  directive statements)
* ``note`` anything else, as written.

Every remark keeps ``text``, the part as written, so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from followthemoney.types import registry

from saring.sources.dates import parse_date, parse_date_range


@dataclass(frozen=True, slots=True)
class Remark:
    """One fact parsed out of a remarks text."""

    kind: str
    value: str
    text: str
    label: str | None = None
    country: str | None = None
    issued: str | None = None
    expires: str | None = None
    prop: str | None = None
    details: tuple[str, ...] = ()


#: Identifier labels as OFAC writes them, and the FollowTheMoney property each
#: belongs to. A label may carry a trailing ``#``/``:``; the number follows it.
ID_LABELS: dict[str, str] = {
    # passports
    "Passport": "passportNumber",
    "Passport No.": "passportNumber",
    "Passport Booklet": "passportNumber",
    "Diplomatic Passport": "passportNumber",
    "Diplomatic Passport Laissez-Passer": "passportNumber",
    "British National Overseas Passport": "passportNumber",
    "Stateless Person Passport": "passportNumber",
    # personal identity documents
    "National ID No.": "idNumber",
    "Cedula No.": "idNumber",
    "C.U.R.P.": "idNumber",
    "CURP": "idNumber",
    "D.N.I.": "idNumber",
    "N.I.E.": "idNumber",
    "Identification Number": "idNumber",
    "Personal ID Card": "idNumber",
    "Turkish Identification Number": "idNumber",
    "Kenyan ID No.": "idNumber",
    "Numero de Identidad": "idNumber",
    "Citizen's Card Number": "idNumber",
    "Tazkira National ID Card": "idNumber",
    "National Foreign ID Number": "idNumber",
    "Residency Number": "idNumber",
    "Birth Certificate Number": "idNumber",
    "Credencial electoral": "idNumber",
    "I.F.E.": "idNumber",
    "Electoral Registry No.": "idNumber",
    "C.U.I.": "idNumber",
    "C.U.I.P.": "idNumber",
    "Cartilla de Servicio Militar Nacional": "idNumber",
    "Driver's License No.": "idNumber",
    "Immigration No.": "idNumber",
    "VisaNumberID": "idNumber",
    "Travel Document Number": "idNumber",
    "Refugee ID Card": "idNumber",
    "Stateless Person ID Card": "idNumber",
    "UAE Identification": "idNumber",
    "Moroccan Personal ID No.": "idNumber",
    "Bosnian Personal ID No.": "idNumber",
    "CNP (Personal Numerical Code)": "idNumber",
    "Romanian Permanent Resident CAN": "idNumber",
    "Seafarer's Identification Document": "idNumber",
    "Military Registration Number": "idNumber",
    "Public Security and Immigration No.": "idNumber",
    "SRE Permit No.": "idNumber",
    "Pilot License Number": "idNumber",
    "Tarjeta Profesional": "idNumber",
    "SSN": "socialSecurityNumber",
    # tax numbers
    "Tax ID No.": "taxNumber",
    "NIT": "taxNumber",
    "R.F.C.": "taxNumber",
    "RFC": "taxNumber",
    "RUC": "taxNumber",
    "RIF": "taxNumber",
    "C.U.I.T.": "taxNumber",
    "US FEIN": "taxNumber",
    "C.I.F.": "taxNumber",
    "N.I.F.": "taxNumber",
    "RTN": "taxNumber",
    "RSIN": "taxNumber",
    "Italian Fiscal Code": "taxNumber",
    "Fiscal Code": "taxNumber",
    "Numero Unico de Identificacao Tributaria (NUIT)": "taxNumber",
    "Paraguayan tax identification number": "taxNumber",
    "Romanian Tax Registration": "taxNumber",
    "V.A.T. Number": "vatCode",
    # company registers
    "Registration Number": "registrationNumber",
    "Registration ID": "registrationNumber",
    "Business Registration Number": "registrationNumber",
    "Business Registration Document": "registrationNumber",
    "Commercial Registry Number": "registrationNumber",
    "Company Number": "registrationNumber",
    "Company ID: No.": "registrationNumber",
    "UK Company Number": "registrationNumber",
    "Government Gazette Number": "registrationNumber",
    "Folio Mercantil No.": "registrationNumber",
    "Matricula Mercantil No": "registrationNumber",
    "C.R. No.": "registrationNumber",
    "Romanian C.R.": "registrationNumber",
    "Chamber of Commerce Number": "registrationNumber",
    "Istanbul Chamber of Comm. No.": "registrationNumber",
    "Dubai Chamber of Commerce Membership No.": "registrationNumber",
    "Certificate of Incorporation Number": "registrationNumber",
    "Public Registration Number": "registrationNumber",
    "Central Registration System Number": "registrationNumber",
    "Economic Register Number (CBLS)": "registrationNumber",
    "Enterprise Number": "registrationNumber",
    "Business Number": "registrationNumber",
    "Branch Unit Number": "registrationNumber",
    "LE Number": "registrationNumber",
    "File Number": "registrationNumber",
    "Registered Charity No.": "registrationNumber",
    "MSB Registration Number": "registrationNumber",
    "Registration Certificate Number (Dubai)": "registrationNumber",
    "C.I.N.": "registrationNumber",
    "Russian State Individual Business Registration Number Pattern (OGRNIP)": (
        "registrationNumber"
    ),
    "Unified Social Credit Code (USCC)": "uscCode",
    "United Social Credit Code Certificate (USCCC)": "uscCode",
    "Trade License No.": "licenseNumber",
    "Tourism License No.": "licenseNumber",
    "License": "licenseNumber",
    "Permit Number": "licenseNumber",
    "Afghan Money Service Provider License Number": "licenseNumber",
    "Legal Entity Number": "leiCode",
    "D-U-N-S Number": "dunsCode",
    "BIK (RU)": "bikCode",
    "SWIFT/BIC": "swiftBic",
    "ISIN": "isinCode",
    "Identification Number ISIN": "isinCode",
    "Equity Ticker": "ticker",
    # vessels and aircraft
    "Vessel Registration Identification": "registrationNumber",
    "International Maritime Organization No.": "imoNumber",
    "MMSI": "mmsi",
    "Aircraft Manufacturer's Serial Number (MSN)": "serialNumber",
    "Aircraft Serial Identification": "serialNumber",
    "Aircraft Construction Number (also called L/N or S/N or F/N)": "serialNumber",
    "Aircraft Tail Number": "registrationNumber",
}

#: Properties whose values may be letters only (other numbers need a digit).
_LETTER_CODES = {"ticker", "swiftBic"}

_ALT = re.compile(r"^(?:alt|Alt|ALT)\.\s+")
_ID_LABEL = re.compile(
    r"^(?P<label>"
    + "|".join(re.escape(label) for label in sorted(ID_LABELS, key=len, reverse=True))
    + r")\s*[#:]?\s+(?P<rest>.+)$"
)
_ID_TAIL = re.compile(
    r"^(?P<number>.*?)(?:\s+issued\s+(?P<issued>[^()]+?))?(?:\s+expires?\s+(?P<expires>[^()]+?))?$"
)
_PAREN_TAIL = re.compile(r"\s+\(([^()]*)\)$")
_IMO = re.compile(r"^(?:IMO\s*)?\(?(\d{7})\)?$")
_DATE_SPAN = re.compile(r"^(.+?)\s+to\s+(.+)$")
_QUOTED = re.compile(r"^'(.*)'$")

_SANCTION_PREFIXES = re.compile(
    r"^(?:Additional Sanctions Information\b|Secondary sanctions risk\b|"
    r"Transactions Prohibited For Persons Owned or Controlled\b|Executive Order \d+|"
    r"CAATSA Section\b|IFCA Determination\b|PEESA\b|Purchase/Sales For Divestment\b|"
    r"For more information\b|United States financial institutions are prohibited\b|"
    r"Effective Date\b|Listing Date\b)",
    re.IGNORECASE,
)
_SANCTION_DATE = re.compile(r"^(Listing|Effective) Date \(([^)]*)\):?\s*(.+)$")

Handler = Callable[[re.Match[str], str], list[Remark]]


def split_remarks(text: str) -> list[str]:
    """The ``;``-separated parts of a remarks text, without the final full stop.

    Only one full stop is dropped, so a name ending in an abbreviation keeps its own
    (``Linked To: X S.A. DE C.V..`` gives ``X S.A. DE C.V.``).
    """
    text = text.strip()
    if text.endswith("."):
        text = text[:-1]
    return [part.strip() for part in text.split(";") if part.strip()]


def parse_remarks(text: str | None) -> list[Remark]:
    """Every fact in an OFAC remarks text, in the order written."""
    if not text or text.strip() in {"-0-", ""}:
        return []
    remarks: list[Remark] = []
    for part in split_remarks(text):
        remarks.extend(parse_remark(part))
    return remarks


def parse_remark(part: str) -> list[Remark]:
    """The fact(s) in one remark part; unknown parts become a ``note``."""
    body = _ALT.sub("", part.strip())
    for pattern, handler in _RULES:
        match = pattern.match(body)
        if match is not None:
            found = handler(match, part)
            if found:
                return found
            break
    if (ident := parse_identifier(body, part)) is not None:
        return [ident]
    return [Remark("note", part, part)]


def parse_identifier(body: str, text: str | None = None) -> Remark | None:
    """An identifier remark (``Passport X (Iran) issued …``), or ``None``."""
    match = _ID_LABEL.match(body)
    if match is None:
        return None
    label = match.group("label")
    number, country, issued, expires, details = split_identifier(match.group("rest"))
    prop = ID_LABELS[label]
    if len(number) < 2 or (prop not in _LETTER_CODES and not re.search(r"\d", number)):
        return None
    if imo := _IMO.match(number):
        if prop in {"registrationNumber", "imoNumber", "idNumber"} and (
            "IMO" in number or prop == "imoNumber"
        ):
            prop, number = "imoNumber", f"IMO{imo.group(1)}"
    return Remark(
        "identifier",
        number,
        text or body,
        label=label,
        country=country,
        issued=issued,
        expires=expires,
        prop=prop,
        details=details,
    )


def split_identifier(
    rest: str,
) -> tuple[str, str | None, str | None, str | None, tuple[str, ...]]:
    """Split ``A123 (Stuttgart) (Germany) issued 2001 expires 2011``.

    Returns (number, country, issued, expires, other parenthesised details); the
    country is the last parenthesised group that names a country.
    """
    tail = _ID_TAIL.match(rest.strip())
    assert tail is not None  # the pattern matches any string
    number = tail.group("number")
    issued = _date_or_none(tail.group("issued"))
    expires = _date_or_none(tail.group("expires"))
    if tail.group("issued") and issued is None or tail.group("expires") and expires is None:
        number, issued, expires = rest.strip(), None, None
    country: str | None = None
    details: list[str] = []
    while (paren := _PAREN_TAIL.search(number)) is not None:
        inner = paren.group(1).strip()
        if country is None and country_code(inner) is not None:
            country = inner
        else:
            details.insert(0, inner)
        number = number[: paren.start()]
    return number.strip().rstrip(","), country, issued, expires, tuple(details)


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """The ISO code FollowTheMoney gives a country name (cached: lists repeat them)."""
    return registry.country.clean(text)


def birth_dates(text: str) -> list[str]:
    """ISO dates of a ``DOB`` value: ``circa 1950``, ``Nov 1960``, ``1960 to 1962``.

    A span of full dates (``01 Jan 1961 to 31 Dec 1963``) gives each year it covers.
    """
    if span := _DATE_SPAN.match(text.strip()):
        start, end = parse_date(span.group(1)), parse_date(span.group(2))
        if start and end:
            first, last = int(start[:4]), int(end[:4])
            if 0 <= last - first <= 20:
                return [str(year) for year in range(first, last + 1)]
            return [start, end]
    return parse_date_range(text)


def _date_or_none(text: str | None) -> str | None:
    return parse_date(text) if text else None


def _simple(kind: str) -> Handler:
    def handle(match: re.Match[str], text: str) -> list[Remark]:
        value = match.group(1).strip()
        return [Remark(kind, value, text)] if value else []

    return handle


def _dated(kind: str) -> Handler:
    def handle(match: re.Match[str], text: str) -> list[Remark]:
        value = parse_date(match.group(1))
        return [Remark(kind, value, text)] if value else []

    return handle


def _birth_date(match: re.Match[str], text: str) -> list[Remark]:
    return [Remark("birth_date", value, text) for value in birth_dates(match.group(1))]


def _name(kind: str) -> Handler:
    def handle(match: re.Match[str], text: str) -> list[Remark]:
        value = match.group(1).strip()
        if quoted := _QUOTED.match(value):
            value = quoted.group(1).strip()
        return [Remark(kind, value, text)] if value else []

    return handle


def _gender(match: re.Match[str], text: str) -> list[Remark]:
    return [Remark("gender", match.group(1).lower(), text)]


def _phone(match: re.Match[str], text: str) -> list[Remark]:
    label = "Fax" if match.group(1).lower().startswith("fax") else "Phone"
    return [Remark("phone", match.group(2).strip(), text, label=label)]


def _crypto(match: re.Match[str], text: str) -> list[Remark]:
    return [Remark("crypto", match.group(2).strip(), text, label=match.group(1))]


def _website(match: re.Match[str], text: str) -> list[Remark]:
    return [Remark("website", match.group(1).strip(), text)]


def _sanction(match: re.Match[str], text: str) -> list[Remark]:
    body = _ALT.sub("", text.strip())
    if dated := _SANCTION_DATE.match(body):
        value = parse_date(dated.group(3))
        if value:
            kind = "listing_date" if dated.group(1) == "Listing" else "effective_date"
            return [Remark(kind, value, text, label=dated.group(2))]
    return [Remark("provision", text, text)]


_RULES: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(r"^DOB:?\s+(.+)$"), _birth_date),
    (re.compile(r"^POB:?\s+(.+)$"), _simple("birth_place")),
    (re.compile(r"^Nationality of Registration\s+(.+)$"), _simple("registration_country")),
    (re.compile(r"^nationality:?\s+(.+)$", re.I), _simple("nationality")),
    (re.compile(r"^citizen(?:ship)?:?\s+(.+)$", re.I), _simple("citizenship")),
    (re.compile(r"^Gender\s+(Male|Female)$", re.I), _gender),
    (re.compile(r"^ethnicity\s+(.+)$", re.I), _simple("ethnicity")),
    (re.compile(r"^a\.k\.a\.,?\s+(.+)$"), _name("weak_alias")),
    (re.compile(r"^f\.k\.a\.,?\s+(.+)$"), _name("previous_name")),
    (re.compile(r"^n\.k\.a\.,?\s+(.+)$"), _name("alias")),
    (re.compile(r"^Linked To:\s*(.+)$"), _simple("link")),
    (re.compile(r"^Email Address:?\s+(\S+)$", re.I), _simple("email")),
    (re.compile(r"^Website:?\s+(\S+)$", re.I), _website),
    (re.compile(r"^((?:https?://|www\.)\S+)\s+\(website\)$", re.I), _website),
    (
        re.compile(r"^(Phone Number|Telephone|Phone|Fax|Telefax)(?:\s+No\.)?:?\s+(.+)$", re.I),
        _phone,
    ),
    (re.compile(r"^Digital Currency Address\s*-\s*(\S+)\s+(\S+)$"), _crypto),
    (re.compile(r"^Organization Established Date:?\s+(.+)$"), _dated("established")),
    (re.compile(r"^Organization Type:\s*(.+)$"), _simple("org_type")),
    (re.compile(r"^Target Type\s+(.+)$"), _simple("target_type")),
    (re.compile(r"^Position:\s*(.+)$"), _simple("position")),
    (re.compile(r"^Former Vessel Flag\s+(.+)$"), _simple("past_flag")),
    (re.compile(r"^Other Vessel Flag\s+(.+)$"), _simple("flag")),
    (re.compile(r"^Other Vessel Type\s+(.+)$"), _simple("vessel_type")),
    (re.compile(r"^Other Vessel Call Sign\s+(.+)$"), _simple("call_sign")),
    (re.compile(r"^Vessel Year of Build\s+(.+)$"), _dated("build_date")),
    (re.compile(r"^Aircraft Manufacture Date\s+(.+)$"), _dated("build_date")),
    (re.compile(r"^Aircraft Model\s+(.+)$"), _simple("model")),
    (re.compile(r"^Aircraft Operator\s+(.+)$"), _simple("operator")),
    (_SANCTION_PREFIXES, _sanction),
]
