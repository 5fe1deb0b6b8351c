"""Which country a sanctions program targets, when it targets one.

Programs are matched exactly (case-insensitive) against `PROGRAM_COUNTRIES`, then by the
part before the first hyphen (OFAC's ``IRAN-EO13846`` style), then as a country name (the
FtM country labels) with any parenthesised words removed (UK regimes such as
``Iran (Nuclear)``). A program mapped to ``None`` targets no single country (thematic
programs, or ones whose targets are of mixed nationality such as OFAC's Ukraine-/Russia-related
EO 13660 and EO 13685), so the entity's own countries decide.
"""

from __future__ import annotations

import re
from functools import cache

from followthemoney.types import registry

PROGRAM_COUNTRIES: dict[str, str | None] = {
    # US OFAC program codes (SDN and consolidated lists).
    "RUSSIA-EO14024": "ru",
    "BPI-RUSSIA-EO14024": "ru",
    "CAATSA - RUSSIA": "ru",
    "UKRAINE-EO13661": "ru",  # officials and arms sector of the Russian government
    "UKRAINE-EO13662": "ru",  # sectors of the Russian economy
    "MAGNIT": "ru",  # Sergei Magnitsky Rule of Law Accountability Act
    "UKRAINE-EO13660": None,
    "UKRAINE-EO13685": None,
    "RUSSIA-EO14065": None,  # so-called DNR/LNR regions of Ukraine
    "PEESA-EO14039": None,
    "CAATSA - IRAN": "ir",
    "HRIT-IR": "ir",
    "HRIT-SY": "sy",
    "IFCA": "ir",
    "IFSR": "ir",
    "IRGC": "ir",
    "ISA": "ir",
    "561-RELATED": "ir",
    "DPRK-NKSPEA": "kp",
    "DPRK2": "kp",
    "DPRK3": "kp",
    "DPRK4": "kp",
    "DRCONGO": "cd",
    "DARFUR": "sd",
    "IRAQ2": "iq",
    "IRAQ3": "iq",
    "LIBYA2": "ly",
    "LIBYA3": "ly",
    "BURMA-EO14014": "mm",
    "CAR": "cf",
    "CMIC-EO13959": "cn",
    "UHRPA": "cn",
    "HK-EO13936": "hk",
    "NS-PLC": "ps",
    "WEST-BANK-EO14115": None,
    "BALKANS": None,
    "BALKANS-EO14033": None,
    "CYBER": None,
    "CYBER2": None,
    "ELECTION-EO13848": None,
    "GLOMAG": None,
    "HOSTAGES-EO14078": None,
    "HIFPAA": None,
    "SDGT": None,
    "SDNT": None,
    "SDNTK": None,
    "FTO": None,
    "TCO": None,
    "NPWMD": None,
    "ILLICIT-DRUGS-EO14059": None,
    "SSIDES": None,
    # UN Security Council list types.
    "DPRK": "kp",
    "DRC": "cd",
    "GB": "gw",
    "SOUTHSUDAN": "ss",
    "TALIBAN": "af",
    "AL-QAIDA": None,
    # Regime names that are not FtM country labels.
    "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": "kp",
    "DEMOCRATIC REPUBLIC OF THE CONGO": "cd",
    "BURMA": "mm",
}

_PARENS = re.compile(r"\([^)]*\)")


@cache
def _labels() -> dict[str, str]:
    return {label.upper(): code for code, label in registry.country.names.items()}


@cache
def program_country(program: str | None) -> str | None:
    """The country a program targets, or None when it names none."""
    if not program:
        return None
    key = program.strip().upper()
    if key in PROGRAM_COUNTRIES:
        return PROGRAM_COUNTRIES[key]
    head = key.split("-", 1)[0].strip()
    if head != key and head in PROGRAM_COUNTRIES:
        return PROGRAM_COUNTRIES[head]
    for text in (program, head):
        code = _labels().get(_PARENS.sub("", text).strip().upper())
        if code:
            return code
    return None
