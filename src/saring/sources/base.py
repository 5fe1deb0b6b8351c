"""The importer contract shared by every list format.

A format is a ``Format``: a ``read(path, ctx)`` generator that streams FollowTheMoney
entities out of one native list file (or a folder holding a file set), and a ``sniff``
test used by auto-detection. Readers never touch the store: they yield entities, record
skipped records through ``ctx.skip`` and raise ``SourceError`` for input they cannot
trust (truncated, malformed, wrong format), which aborts the import as a whole.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from followthemoney import model
from followthemoney.proxy import EntityProxy
from lxml import etree

#: Largest uncompressed zip member a reader will open (bytes).
MAX_ZIP_MEMBER = 512 * 1024 * 1024


class SourceError(Exception):
    """Input that cannot be imported; names the file and, where known, the record."""

    def __init__(self, path: Path | str, message: str, record: str | None = None) -> None:
        self.path = str(path)
        self.record = record
        self.message = message
        where = f"{self.path}, {record}" if record else self.path
        super().__init__(f"{where}: {message}")


@dataclass
class SourceContext:
    """What a reader reports besides entities: skips, deletions and the file's own date."""

    path: Path
    dataset: str
    published: date | None = None
    skipped: Counter[str] = field(default_factory=Counter)
    deleted: list[str] = field(default_factory=list)

    def make(self, schema: str, *parts: object) -> EntityProxy:
        """Create an entity of ``schema``; ``parts`` joined by ``-`` form its id when given."""
        entity = model.make_entity(schema)
        if parts:
            entity.id = "-".join(str(p) for p in parts)
        return entity

    def skip(self, reason: str, record: str | None = None) -> None:
        """Count a record left out, grouped by ``reason`` (record is for the message only)."""
        self.skipped[reason] += 1

    def delete(self, entity_id: str) -> None:
        """Delta formats only: mark ``entity_id`` as removed from the dataset."""
        self.deleted.append(entity_id)

    def error(self, message: str, record: str | None = None) -> SourceError:
        """Build a ``SourceError`` for this file (``raise ctx.error(...)``)."""
        return SourceError(self.path, message, record)


Reader = Callable[[Path, SourceContext], Iterator[EntityProxy]]
Sniffer = Callable[[Path, bytes], bool]


@dataclass(frozen=True)
class Format:
    """A native list format: its CLI name, reader, sniffer and default dataset name."""

    name: str
    title: str
    read: Reader
    sniff: Sniffer
    dataset: str
    #: Delta formats change the dataset's current state instead of replacing it.
    partial: bool = False


def xml_parser() -> etree.XMLParser:
    """An lxml parser that never expands entities, loads DTDs or touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def iter_xml(path: Path, stream: IO[bytes], tags: set[str]) -> Iterator[etree._Element]:
    """Stream the elements named ``tags`` (local names) from ``stream`` safely.

    Raises ``SourceError`` for malformed or truncated XML, naming the line.
    Each yielded element is cleared after the caller resumes.
    """
    events = etree.iterparse(
        stream, events=("end",), resolve_entities=False, no_network=True, load_dtd=False
    )
    try:
        for _, el in events:
            if etree.QName(el).localname in tags:
                yield el
                el.clear(keep_tail=False)
                parent = el.getparent()
                while parent is not None and el.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as exc:
        raise SourceError(path, f"malformed XML: {exc.msg}", f"line {exc.lineno}") from exc


def open_member(path: Path, names: tuple[str, ...]) -> IO[bytes]:
    """Open ``path``, or the first zip member whose name ends with one of ``names``.

    Zip members larger than ``MAX_ZIP_MEMBER`` are refused.
    """
    if not zipfile.is_zipfile(path):
        return path.open("rb")
    archive = zipfile.ZipFile(path)
    for info in archive.infolist():
        if info.filename.lower().endswith(tuple(n.lower() for n in names)):
            if info.file_size > MAX_ZIP_MEMBER:
                raise SourceError(path, f"zip member {info.filename} is too large")
            return archive.open(info)
    raise SourceError(path, f"zip archive holds none of: {', '.join(names)}")
