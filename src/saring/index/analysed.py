"""The analysed form of every listed name, kept with the index.

Analysing a name (transliteration, keys, kinds) costs a few hundred microseconds; the
scorer needs the analysis of each candidate's names, and without this table a fresh
process (a batch worker, an API worker, a scan) would pay it again for every listed name
it meets. The builder has each analysis at hand, so it stores it here, serialised with
`marshal` into one buffer; `AnalysedNames.get` rebuilds a `Name` in tens of microseconds.
Names are found by a sorted array of 64-bit hashes of their schema and text.
"""

from __future__ import annotations

import marshal
from typing import Any

import numpy as np

from saring.index.packed import MARSHAL_VERSION, id_hash
from saring.names.model import Kind, Name, Token

_KINDS = {kind.value: kind for kind in Kind}


def name_hash(text: str, schema: str) -> int:
    """The 64-bit hash a name's analysis is found by (as records are found by their id)."""
    return id_hash(f"{schema}\x00{text}")


def _encode(text: str, name: Name) -> bytes:
    tokens = tuple(
        (t.original, t.latin, t.kind.value, t.script, t.phonetics, t.skeletons, t.variants)
        + (tuple(sorted(t.aliases)), t.canonical, t.piece)
        for t in name.tokens
    )
    return marshal.dumps(
        (text, name.original, name.schema, name.truncated, tokens), MARSHAL_VERSION
    )


def _decode(data: bytes | memoryview) -> tuple[str, Name]:
    text, original, schema, truncated, tokens = marshal.loads(data)
    return text, Name(
        original,
        schema,
        tuple(
            Token(o, latin, _KINDS[kind], script, phon, skel, var, frozenset(al), canon, piece)
            for o, latin, kind, script, phon, skel, var, al, canon, piece in tokens
        ),
        truncated,
    )


class AnalysedNames:
    """Analysed names by schema and text: filled by `add`, then `freeze`, then `get`."""

    __slots__ = ("_blob", "_chunks", "_hashes", "_offsets", "_pending", "_seen")

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._pending: list[int] = []
        self._seen: set[int] = set()
        self._blob = b""
        self._hashes = np.zeros(0, dtype=np.uint64)
        self._offsets = np.zeros(1, dtype=np.int64)

    def add(self, text: str, name: Name) -> None:
        """Keep the analysis of ``text`` (once per schema and text)."""
        key = name_hash(text, name.schema)
        if key in self._seen:
            return
        self._seen.add(key)
        self._pending.append(key)
        self._chunks.append(_encode(text, name))

    def freeze(self) -> None:
        """Pack what was added into the sorted buffer `get` reads."""
        hashes = np.asarray(self._pending, dtype=np.uint64)
        order = np.argsort(hashes, kind="stable")
        sizes = np.fromiter((len(self._chunks[i]) for i in order), dtype=np.int64)
        self._blob = b"".join(self._chunks[i] for i in order)
        self._hashes = hashes[order]
        self._offsets = np.concatenate([np.zeros(1, dtype=np.int64), np.cumsum(sizes)])
        self._chunks, self._pending, self._seen = [], [], set()

    def __len__(self) -> int:
        return len(self._hashes)

    def get(self, text: str, schema: str) -> Name | None:
        """The stored analysis of ``text`` as a name of ``schema``, if the list has it."""
        target = np.uint64(name_hash(text, schema))
        at = int(np.searchsorted(self._hashes, target))
        while at < len(self._hashes) and self._hashes[at] == target:
            start, end = self._offsets[at], self._offsets[at + 1]
            stored, name = _decode(memoryview(self._blob)[start:end])
            if stored == text and name.schema == schema:
                return name
            at += 1
        return None

    @property
    def nbytes(self) -> int:
        """Memory held by the buffer and arrays."""
        return len(self._blob) + self._hashes.nbytes + self._offsets.nbytes

    def to_state(self) -> dict[str, Any]:
        """The buffer and arrays, for persistence."""
        return {"blob": self._blob, "hashes": self._hashes, "offsets": self._offsets}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> AnalysedNames:
        """The inverse of `to_state`."""
        table = cls()
        table._blob, table._hashes = state["blob"], state["hashes"]
        table._offsets = state["offsets"]
        return table
