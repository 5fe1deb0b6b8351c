"""Scanning real news texts against the bundled lists."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saring.text import ScanInputError, render_html, scan

FIXTURES = Path(__file__).parent.parent / "fixtures" / "text"
SEED_000 = FIXTURES / "000_aa04c277c35a0562.txt"
SEED_002 = FIXTURES / "002_2834be5b3e39e295.txt"


@pytest.fixture(scope="module")
def lists(bundled_dir: Path):
    from saring.index import load_or_build
    from saring.settings import Settings
    from saring.store import Store

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SARING_DATA_DIR", str(bundled_dir))
        mp.delenv("SARING_DATABASE_URL", raising=False)
        settings = Settings.from_env()
        store = Store(settings.database_url)
        yield load_or_build(store, settings.index_path), store


def _scan(lists, path: Path, **kwargs):
    index, store = lists
    return scan(path.read_bytes(), index, store, **kwargs)


def _linked(result) -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for mention in result.linked:
        table.setdefault(mention.hit.record.id, set()).add(mention.text)
    return table


def test_seed_000_links_lavrov_and_irgc(bundled_env, lists) -> None:
    result = _scan(lists, SEED_000)
    linked = _linked(result)
    assert linked["ofac-35233"] >= {"Sergei Lavrov", "Lavrov"}
    assert linked["ofac-10391"] >= {"IRGC", "Korps Pengawal Revolusi Islam"}
    assert set(linked) == {"ofac-35233", "ofac-10391"}
    first = next(m for m in result.mentions if m.text == "Sergei Lavrov")
    assert first.role == "Menteri Luar Negeri Rusia"
    assert result.text[first.start : first.end] == "Sergei Lavrov"
    surname = next(m for m in result.mentions if m.text == "Lavrov")
    assert surname.how == "surname" and surname.refers_to == first.start
    topics = {t.topic for t in result.topics}
    assert {"sanctions", "proliferation"} <= topics


def test_seed_000_treasury_event(bundled_env, lists) -> None:
    result = _scan(lists, SEED_000, published=datetime.date(2022, 3, 31))
    treasury = [e for e in result.events if e.authority == "Departemen Keuangan AS"]
    assert treasury and treasury[0].target.startswith("individu dan perusahaan")
    assert treasury[0].date == datetime.date(2022, 3, 30)  # "pada hari Rabu"
    related = [e for e in result.events if e.section == "related"]
    assert any(e.authority == "Rusia" and "Biden" in e.target for e in related)


def test_seed_002_links_raisi_and_lavrov(bundled_env, lists) -> None:
    result = _scan(lists, SEED_002)
    linked = _linked(result)
    assert set(linked) == {"ofac-35233", "ofac-27844"}
    assert "Raisi" in linked["ofac-27844"]
    raisi = next(m for m in result.mentions if m.text == "Ebrahim Raisi")
    assert raisi.role == "Presiden Iran"
    assert result.published == datetime.date(2022, 6, 23)
    assert "sanctions" in {t.topic for t in result.topics}
    captions = {m.section for m in result.mentions if m.start < 200}
    assert captions == {"caption"}


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("ru_lavrov.txt", "ru", {"ofac-35233"}),
        ("ar_hezbollah.txt", "ar", {"ofac-35233", "gb-hmt-13804"}),
        ("fa_raisi.txt", "fa", {"ofac-35233", "ofac-27844"}),
        ("en_kim.txt", "en", {"ofac-20157"}),
        ("fr_hamas.txt", "fr", {"ofac-4695", "gb-hmt-13804"}),
    ],
)
def test_short_news_in_many_scripts(bundled_env, lists, name, language, expected) -> None:
    result = _scan(lists, FIXTURES / name)
    assert result.language == language
    assert set(_linked(result)) == expected


def test_korean_news_names_without_their_particles(bundled_env, lists) -> None:
    # foreign names in Hangul before a title (a place between), or after one; a particle
    # (프리고진을) is not the name's, and a title closed by one (외무장관은) is followed by none
    result = _scan(lists, FIXTURES / "ko_lavrov.txt")
    assert result.language == "ko"
    assert _linked(result) == {
        "ofac-35233": {"세르게이 라브로프"},
        "ofac-27844": {"에브라힘 라이시"},
        "ofac-21171": {"예브게니 프리고진"},
    }
    assert [m.text for m in result.mentions if not m.linked] == []


def test_namesakes_and_common_words_stay_unlinked(bundled_env, lists) -> None:
    result = _scan(lists, FIXTURES / "en_namesakes.txt")
    assert _linked(result) == {}


def test_html_input_and_report(bundled_env, lists) -> None:
    index, store = lists
    body = SEED_000.read_text().split("\n")
    html = (
        "<html><body><nav>Home</nav><article>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "</article></body></html>"
    )
    result = scan(html.encode("utf-8"), index, store, content_type="text/html")
    assert result.source == "html"
    assert "ofac-35233" in _linked(result)
    for mention in result.mentions:
        assert result.text[mention.start : mention.end] == mention.text
    page = render_html(result)
    assert "ofac-35233" in page and "<script" not in page and "http" not in page


def test_bad_input_is_refused(bundled_env, lists) -> None:
    index, store = lists
    with pytest.raises(ScanInputError):
        scan(b"\x00\x01\x02binary\x00", index, store)
    with pytest.raises(ScanInputError):
        scan("x" * 2000, index, store, max_bytes=1000)
    with pytest.raises(ScanInputError):
        scan("   \n ", index, store)


def test_cli_scan_json(bundled_env) -> None:
    from saring.cli import app

    result = CliRunner().invoke(app, ["scan", str(SEED_002), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    ids = {m["entity"]["id"] for m in data["mentions"] if m["entity"]}
    assert ids == {"ofac-35233", "ofac-27844"}
    assert {"language", "mentions", "topics", "events"} <= set(data)


def test_listed_names_are_scored_against_their_records_only(bundled_env, lists) -> None:
    from saring.settings import Settings
    from saring.text.automaton import automaton_for, automaton_path
    from saring.text.linking import Linker
    from saring.text.tokens import words

    index, _ = lists
    automaton = automaton_for(index, automaton_path(Settings.from_env().index_path))
    spelt = next(h for h in automaton.find(words("Sergei Lavrov")) if h.size == 2)
    linker = Linker(index)
    hits = linker.hits("Sergei Lavrov", "Person", [p for p, _ in spelt.owners])
    assert hits[0].record.id == "ofac-35233" and hits[0].match
    assert linker.screened == 0
    # Words of no listed name: nothing to screen.
    assert not linker.may_be_listed("Mengatakan Kemarin", "LegalEntity")
    assert linker.hits("Mengatakan Kemarin", "LegalEntity") == []
    assert linker.screened == 0
    # Other spans go through the screening engine.
    screened = linker.hits("Hassan Nasrallah", "Person")
    assert screened[0].match and "Nasrallah" in screened[0].record.caption.title()
    assert linker.screened == 1
