"""The OFAC remarks parser, on remark texts copied from the real lists."""

from __future__ import annotations

import csv
from importlib.resources import files
from pathlib import Path

from saring.sources.ofac_remarks import Remark, birth_dates, parse_remarks, split_remarks

RAISI = (
    "DOB 14 Dec 1960; alt. DOB Nov 1960; alt. DOB Dec 1960; POB Masshad, Iran; "
    "nationality Iran; Additional Sanctions Information - Subject to Secondary Sanctions; "
    "Gender Male."
)


def kinds(remarks: list[Remark], kind: str) -> list[str]:
    return [r.value for r in remarks if r.kind == kind]


def one(text: str) -> Remark:
    remarks = parse_remarks(text)
    assert len(remarks) == 1, remarks
    return remarks[0]


def test_person_facts() -> None:
    remarks = parse_remarks(RAISI)
    assert kinds(remarks, "birth_date") == ["1960-12-14", "1960-11", "1960-12"]
    assert kinds(remarks, "birth_place") == ["Masshad, Iran"]
    assert kinds(remarks, "nationality") == ["Iran"]
    assert kinds(remarks, "gender") == ["male"]
    assert kinds(remarks, "provision") == [
        "Additional Sanctions Information - Subject to Secondary Sanctions"
    ]
    assert not kinds(remarks, "note")


def test_birth_date_forms() -> None:
    assert birth_dates("circa 1951") == ["1951"]
    assert birth_dates("1960 to 1962") == ["1960", "1961", "1962"]
    assert birth_dates("01 Jan 1961 to 31 Dec 1963") == ["1961", "1962", "1963"]
    assert birth_dates("Mar 1962 to Feb 1963") == ["1962", "1963"]
    assert birth_dates("circa 1960-1962") == ["1960", "1961", "1962"]
    assert birth_dates("sometime") == []
    assert kinds(parse_remarks("DOB unknown"), "note") == ["DOB unknown"]


def test_passport_with_dates_and_country() -> None:
    remark = one("Passport E590976 (Tunisia) issued 19 Jun 1987 expires 18 Jun 1992")
    assert remark.kind == "identifier"
    assert (remark.value, remark.label, remark.prop) == ("E590976", "Passport", "passportNumber")
    assert (remark.country, remark.issued, remark.expires) == (
        "Tunisia",
        "1987-06-19",
        "1992-06-18",
    )
    spaced = one("alt. Passport C 1415363 - 16/2/1421H issued 21 May 2000")
    assert spaced.value == "C 1415363 - 16/2/1421H"
    assert spaced.issued == "2000-05-21"


def test_identifier_labels_and_details() -> None:
    reg = one("Registration Number HRA 738077 (Stuttgart) (Germany)")
    assert (reg.value, reg.country, reg.details) == ("HRA 738077", "Germany", ("Stuttgart",))
    national = one("National ID No. D489833(9) (Hong Kong)")
    assert (national.value, national.country, national.prop) == (
        "D489833(9)",
        "Hong Kong",
        "idNumber",
    )
    assert one("NIT # 800018928-0 (Colombia)").prop == "taxNumber"
    assert one("NIT # 800018928-0 (Colombia)").value == "800018928-0"
    assert one("Tax ID No. 7744001497 (Russia)").prop == "taxNumber"
    uscc = one("Unified Social Credit Code (USCC) 9113100033607322XK (China)")
    assert (uscc.prop, uscc.value) == ("uscCode", "9113100033607322XK")
    assert one("SWIFT/BIC RUAGRUMM").value == "RUAGRUMM"
    assert one("Legal Entity Number 253400WSS48YWMBUA688").prop == "leiCode"
    assert one("MMSI 572469210").prop == "mmsi"


def test_imo_numbers() -> None:
    vessel = one("Vessel Registration Identification IMO 7406784")
    assert (vessel.prop, vessel.value) == ("imoNumber", "IMO7406784")
    company = one("Company Number IMO 5055293")
    assert (company.prop, company.value) == ("imoNumber", "IMO5055293")
    other = one("Vessel Registration Identification RS 150443 (Russia)")
    assert other.prop == "registrationNumber"


def test_names_and_links() -> None:
    remarks = parse_remarks(
        "a.k.a. 'BNC'; f.k.a. 'ANA I'; n.k.a. 'NEW NAME'; Linked To: HIZBALLAH."
    )
    assert kinds(remarks, "weak_alias") == ["BNC"]
    assert kinds(remarks, "previous_name") == ["ANA I"]
    assert kinds(remarks, "alias") == ["NEW NAME"]
    assert kinds(remarks, "link") == ["HIZBALLAH"]
    # only the closing full stop goes: a name ending in an abbreviation keeps its own
    assert kinds(parse_remarks("Linked To: LE CLAUDE, S.A. DE C.V.."), "link") == [
        "LE CLAUDE, S.A. DE C.V."
    ]


def test_sanction_dates_and_contacts() -> None:
    remarks = parse_remarks(
        "Listing Date (EO 14024 Directive 3): 24 Feb 2022; "
        "Effective Date (EO 14024 Directive 3): 26 Mar 2022; "
        "Website www.gazprombank.ru; Email Address a@b.ru; Phone Number 982188526300; "
        "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"
    )
    listing = [r for r in remarks if r.kind == "listing_date"]
    assert [(r.value, r.label) for r in listing] == [("2022-02-24", "EO 14024 Directive 3")]
    assert kinds(remarks, "effective_date") == ["2022-03-26"]
    assert kinds(remarks, "website") == ["www.gazprombank.ru"]
    assert kinds(remarks, "email") == ["a@b.ru"]
    assert kinds(remarks, "phone") == ["982188526300"]
    crypto = [r for r in remarks if r.kind == "crypto"]
    assert [(r.label, r.value) for r in crypto] == [("XBT", "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h")]


def test_unparsed_parts_are_notes() -> None:
    assert one("Minister of Foreign Affairs of the Russian Federation").kind == "note"
    passport = one("U.S.A. Passport issued 21 Jun 1992 in Amman, Jordan")
    assert passport.kind == "note"
    assert passport.text == "U.S.A. Passport issued 21 Jun 1992 in Amman, Jordan"
    assert parse_remarks("-0- ") == []
    assert parse_remarks(None) == []


def test_no_part_of_real_remarks_is_lost() -> None:
    """Every part of every remarks text of the bundled consolidated list is kept."""
    folder = Path(str(files("saring") / "data" / "lists" / "us_ofac_cons"))
    text = (folder / "cons_prim.csv").read_bytes().rstrip(b"\x1a").decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert len(rows) == 442
    parts = 0
    for row in rows:
        remarks = parse_remarks(row[11])
        kept = {r.text for r in remarks}
        for part in split_remarks(row[11]) if row[11].strip() != "-0-" else []:
            parts += 1
            assert part in kept, (row[0], part)
    assert parts > 2000
