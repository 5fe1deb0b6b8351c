"""Designation facts and statistics, checked against counts made from the raw list files."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

import openpyxl
import pytest

from saring.intel import designations, stats, timeline
from saring.intel.programs import program_country
from saring.settings import Settings
from saring.sources.registry import get_format
from saring.store import Store

LISTS = Path(__file__).parents[2] / "src" / "saring" / "data" / "lists"
FIXTURES = Path(__file__).parents[1] / "fixtures"
WAR = date(2022, 2, 24)


@cache
def _uk_groups() -> dict[str, tuple[set[str], set[date]]]:
    """Group ID → (regimes, "UK Sanctions List Date Designated" days), read from the XLSX."""
    book = openpyxl.load_workbook(
        LISTS / "gb_hmt_sanctions" / "UK_Sanctions_List.xlsx", read_only=True, data_only=True
    )
    rows = book.worksheets[0].iter_rows(values_only=True)
    header = next(r for r in rows if r and r[0] == "Name 6")
    col = {name: i for i, name in enumerate(header)}
    groups: dict[str, tuple[set[str], set[date]]] = {}
    for row in rows:
        gid = row[col["Group ID"]]
        if gid is None:
            continue
        regimes, days = groups.setdefault(str(gid), (set(), set()))
        regimes.add(row[col["Regime"]])
        raw = row[col["UK Sanctions List Date Designated"]]
        if raw:
            days.add(datetime.strptime(raw, "%d/%m/%Y").date())
    book.close()
    return groups


@pytest.fixture(scope="module")
def bundled_store(bundled_dir: Path) -> Store:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SARING_DATA_DIR", str(bundled_dir))
        mp.delenv("SARING_DATABASE_URL", raising=False)
        return Store(Settings.from_env().database_url)


@pytest.fixture(scope="module")
def bundled_designations(bundled_store: Store) -> list:
    return designations(bundled_store)


def test_russia_is_the_most_designated_target_since_the_invasion(
    bundled_store: Store, bundled_designations: list
) -> None:
    result = stats(bundled_store, since=WAR, items=bundled_designations)
    rows = result["by_country"]
    assert rows[0]["country"] == "ru"
    assert rows[0]["designations"] > 2 * rows[1]["designations"]
    assert [r["designations"] for r in rows] == sorted(
        (r["designations"] for r in rows), reverse=True
    )
    assert result["undated"] > 0  # OFAC's CSV gives no designation dates
    # The UK's Russia-regime designations since the invasion, counted from the XLSX itself.
    uk_russia = sum(
        1
        for regimes, days in _uk_groups().values()
        if "Russia" in regimes and days and min(days) >= WAR
    )
    uk = stats(bundled_store, since=WAR, authority="UK", by="program", items=bundled_designations)
    assert (
        next(r for r in uk["by_program"] if r["program"] == "Russia")["designations"] == uk_russia
    )
    assert uk["undated"] == 0


def test_un_counts_match_the_xml(bundled_store: Store, bundled_designations: list) -> None:
    root = ET.parse(LISTS / "un_sc_sanctions" / "UN_consolidated.xml").getroot()
    entries = [*root.iter("INDIVIDUAL"), *root.iter("ENTITY")]
    listed = [e.findtext("LISTED_ON") for e in entries]
    since_war = Counter(
        e.findtext("UN_LIST_TYPE")
        for e, day in zip(entries, listed, strict=True)
        if day and date.fromisoformat(day[:10]) >= WAR
    )
    result = stats(
        bundled_store, since=WAR, authority="UN SC", by="program", items=bundled_designations
    )
    assert {r["program"]: r["designations"] for r in result["by_program"]} == dict(since_war)
    # Entries without LISTED_ON cannot be placed after a date: left out, and said so.
    assert result["undated"] == sum(1 for day in listed if not day)
    everything = stats(bundled_store, authority="UN SC", by="authority", items=bundled_designations)
    assert everything["by_authority"] == [
        {"authority": "UN SC", "designations": len(entries), "entities": len(entries)}
    ]


def test_timeline_counts_dated_designations_per_month(
    bundled_store: Store, bundled_designations: list
) -> None:
    uk_march_2022 = sum(
        1
        for _, days in _uk_groups().values()
        if days and min(days).year == 2022 and min(days).month == 3
    )
    data = timeline(bundled_store, since=date(2022, 1, 1), items=bundled_designations)
    march = data["months"].index("2022-03")
    assert data["series"]["UK"][march] == uk_march_2022
    assert data["months"] == sorted(data["months"])
    assert all(len(v) == len(data["months"]) for v in data["series"].values())


def test_target_country_rules(bundled_designations: list) -> None:
    lavrov = [d for d in bundled_designations if d.entity_id == "ofac-35233"]
    assert [(d.program, d.country, d.country_rule) for d in lavrov] == [
        ("RUSSIA-EO14024", "ru", "program")
    ]
    assert program_country("Iran (Nuclear)") == "ir"
    assert program_country("UKRAINE-EO13660") is None  # mixed targets: the entity decides
    sdgt = [d for d in bundled_designations if d.program == "SDGT" and d.country_rule]
    assert sdgt and {d.country_rule for d in sdgt} <= {
        "nationality",
        "citizenship",
        "jurisdiction",
        "country",
        "address",
    }


def _un_copy(source: Path, target: Path, generated: str, drop: set[str], undate: set[str]) -> Path:
    """A copy of a UN list file with another date, some entries dropped, some undated."""
    text = source.read_text(encoding="utf-8")
    text = re.sub(r'dateGenerated="[^"]*"', f'dateGenerated="{generated}T00:00:00Z"', text)
    for kind in ("INDIVIDUAL", "ENTITY"):
        pattern = re.compile(rf"<{kind}>.*?</{kind}>", re.S)

        def edit(match: re.Match[str]) -> str:
            block = match.group(0)
            dataid = re.search(r"<DATAID>(\d+)</DATAID>", block).group(1)
            if dataid in drop:
                return ""
            if dataid in undate:
                return re.sub(r"<LISTED_ON>[^<]*</LISTED_ON>", "", block)
            return block

        text = pattern.sub(edit, text)
    target.write_text(text, encoding="utf-8")
    return target


def test_snapshot_intervals_date_designations_and_delistings(tmp_path: Path) -> None:
    source = FIXTURES / "un_sc_xml" / "UN_consolidated_subset.xml"
    ids = re.findall(r"<DATAID>(\d+)</DATAID>", source.read_text(encoding="utf-8"))
    late, gone, backdated = ids[0], ids[1], ids[2]
    old = _un_copy(source, tmp_path / "old.xml", "2023-05-01", {late, backdated}, set())
    new = _un_copy(source, tmp_path / "new.xml", "2024-02-10", {gone}, {late})
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    fmt = get_format("un-sc-xml")
    first = store.import_file(fmt, old).snapshot
    second = store.import_file(fmt, new).snapshot
    assert (first.published, second.published) == (date(2023, 5, 1), date(2024, 2, 10))
    found = {d.entity_id: d for d in designations(store)}

    added = found[f"unsc-{late}"]  # new in the second list, which gives no LISTED_ON
    assert added.date_source == "snapshots" and added.listed_on is None
    assert (added.listed_from, added.listed_to) == (first.published, second.published)
    assert added.within(first.published, second.published) is True
    assert added.within(first.published + timedelta(days=1), None) is None  # too vague
    assert added.within(second.published + timedelta(days=1), None) is False

    # A LISTED_ON before the first list that lacked the entry contradicts the snapshots.
    relisted = found[f"unsc-{backdated}"]
    assert relisted.date_source == "snapshots"
    assert relisted.listed_from == first.published

    removed = found[f"unsc-{gone}"]
    assert removed.delisted and removed.last_snapshot == first.id
    assert (removed.delisted_from, removed.delisted_to) == (first.published, second.published)
    assert removed.date_source == "listingDate" and removed.exact

    kept = [d for d in found.values() if d.entity_id not in {f"unsc-{i}" for i in (late, gone)}]
    assert all(not d.delisted and d.first_snapshot in (first.id, second.id) for d in kept)
    # Left out of a filter starting after the first list: the two entries dated only by the
    # snapshot interval, and entries of the first list that carry no LISTED_ON.
    undated_in_old = len(
        re.findall(r"<(INDIVIDUAL|ENTITY)>(?:(?!LISTED_ON).)*?</\1>", old.read_text(), re.S)
    )
    result = stats(store, since=first.published + timedelta(days=1))
    assert result["undated"] == 2 + undated_in_old
