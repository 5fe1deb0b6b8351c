"""The analyses of listed names the index keeps, saved and loaded with it."""

from __future__ import annotations

from pathlib import Path

from saring.index import NameIndex, Record
from saring.names import analyze
from saring.names.analysis import _analyze


def test_every_listed_name_is_kept_as_analysed(listed_records: list[Record]) -> None:
    index = NameIndex.build(listed_records)
    texts = {(t, r.schema) for r in listed_records for t in (*r.names, *r.weak_names)}
    kept = [(t, s) for t, s in texts if analyze(t, s)]
    assert len(kept) > 3000
    assert len(index.parts.analysed) == len(kept)
    for text, schema in kept:
        assert index.analysed(text, schema) == _analyze(text, schema), text


def test_unlisted_names_and_other_schemata_are_not_found(
    listed_records: list[Record], tmp_path: Path
) -> None:
    index = NameIndex.build(listed_records)
    index.save(tmp_path / "names.idx")
    loaded = NameIndex.load(tmp_path / "names.idx")
    lavrov = loaded.get("ofac-35233")
    assert lavrov is not None
    stored = loaded.analysed(lavrov.names[0], "Person")
    assert stored is not None and stored.latin.startswith("lavrov")
    assert loaded.analysed(lavrov.names[0], "Vessel") is None
    assert loaded.analysed("Sergei Unlisted Lavrovsky", "Person") is None
