"""Screening against the bundled lists: the engine's caches kept out of the GC's way."""

from __future__ import annotations

import gc
import importlib
from pathlib import Path

import pytest

from saring.index import Record, load_or_build
from saring.settings import Settings
from saring.store import Store

#: The module (the package's ``screen`` attribute is the function).
screening = importlib.import_module("saring.match.screen")


def query(name: str) -> Record:
    return Record(id="q", schema="Person", caption=name, names=(name,))


def test_caches_are_frozen_as_names_are_prepared(
    bundled_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings.from_env()
    index = load_or_build(Store(settings.database_url), settings.index_path)
    comparing = importlib.import_module("saring.match.compare")
    monkeypatch.setattr(comparing, "_next_settle", [0])  # the next comparison settles
    freezes: list[int] = []
    real_freeze = gc.freeze

    def counting_freeze() -> None:
        freezes.append(1)
        real_freeze()

    monkeypatch.setattr(gc, "freeze", counting_freeze)
    gc.unfreeze()
    try:
        hits = screening.screen(index, query("Sergei Lavrov"))
        assert "ofac-35233" in [h.record.id for h in hits[:3]]
        settled = len(freezes)
        assert settled >= 1
        assert gc.get_freeze_count() > 0
        screening.screen(index, query("Sergei Lavrov"))  # nothing new prepared
        assert len(freezes) == settled
    finally:
        gc.unfreeze()


def test_equal_scores_rank_the_closer_name_first(bundled_env: Path) -> None:
    # Birth year and nationality lift OFAC's and the UN's entries and the UK's, which has a
    # name part more, to 1: the exact names come first although the UK's list is first here.
    settings = Settings.from_env()
    index = load_or_build(Store(settings.database_url), settings.index_path)
    properties = {"name": ["MANSUR AL-SA’ADI"], "birthDate": ["1988"], "nationality": ["ye"]}
    asked = Record.from_dict({"schema": "Person", "properties": properties})
    hits = screening.screen(index, asked, priority=["gb_hmt_sanctions", "us_ofac_sdn"])
    top = [(h.record.id, h.score) for h in hits[:3]]
    assert top == [("ofac-31194", 1.0), ("unsc-6908884", 1.0), ("gb-hmt-15592", 1.0)]
    assert hits[1].name_score > hits[2].name_score


def test_a_latvian_spelling_finds_the_russian_listing(bundled_env: Path) -> None:
    # Sergejs Lavrovs shares no key of its own with LAVROV, Sergei: the query asks the form
    # Russian writes (sergey, lavrov) too.
    settings = Settings.from_env()
    index = load_or_build(Store(settings.database_url), settings.index_path)
    for name in ("Sergejs Lavrovs", "Sergejus Lavrovas"):
        hits = screening.screen(index, query(name))
        assert hits and hits[0].match, name
        assert "Sergei" in hits[0].record.caption and "LAVROV" in hits[0].record.caption
