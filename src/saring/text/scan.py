"""Scan one document: listed entities it names, where, how sure, and the risk it reports.

``scan(data, index, store)`` reads the input (`document`), finds candidate spans (the name
automaton, capitals, titles and organisation words), links each (`linking`: a listed name
against the records it spells, other spans through the screening engine), ties acronyms
to their expansions and surnames to full names, and adds risk topics and sanction events.
Spans that cannot win (overlapping a linked listed name, a lone word of no listed name)
are not linked. Offsets point into `Scan.text`: the input text, or for HTML the extracted
main text.
"""

from __future__ import annotations

import datetime
import re
import weakref
from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from saring.index import NameIndex
from saring.match import DEFAULT_THRESHOLD, Hit
from saring.settings import Settings
from saring.store import Store
from saring.text.automaton import automaton_for, automaton_path
from saring.text.dates import find_date
from saring.text.document import DEFAULT_MAX_BYTES, Document, read_document
from saring.text.events import Event, date_event, sentence_event
from saring.text.language import document_languages
from saring.text.linking import Linker, linker_for
from saring.text.sentences import sentences
from saring.text.spans import PERSON, Span, context_spans, list_spans, shape_spans
from saring.text.tokens import Word, name_keys, words
from saring.text.topics import Topic, find_topics

_START, _KEY = attrgetter("start"), attrgetter("key")
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9&.\-]{1,11})\s*\)")
#: Where the article date is looked for when none is given: the first characters.
_DATELINE = 600


@dataclass(slots=True)
class Mention:
    """A span of the text naming (perhaps) a listed entity."""

    start: int
    end: int
    text: str
    schema: str
    source: str
    section: str
    language: str
    role: str | None = None
    hit: Hit | None = None
    how: str = "screened"  # screened, acronym, surname
    refers_to: int | None = None  # offset of the mention it repeats or abbreviates
    referents: list[str] = field(default_factory=list)

    @property
    def linked(self) -> bool:
        return self.hit is not None and self.hit.match

    def to_dict(self) -> dict[str, Any]:
        entity = None
        if self.linked and self.hit is not None:
            entity = self.hit.to_dict()
            entity["referents"] = self.referents
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "role": self.role,
            "schema": self.schema,
            "section": self.section,
            "language": self.language,
            "source": self.source,
            "link": self.how if entity else None,
            "refers_to": self.refers_to,
            "entity": entity,
        }


@dataclass
class Scan:
    """What one document names and reports."""

    text: str
    source: str
    language: str
    language_score: float
    published: datetime.date | None
    mentions: list[Mention]
    topics: list[Topic]
    events: list[Event]
    paragraphs: list[dict[str, Any]]
    title: str | None = None

    @property
    def linked(self) -> list[Mention]:
        """The mentions linked to a listed entity."""
        return [m for m in self.mentions if m.linked]

    def entities(self) -> list[dict[str, Any]]:
        """Each linked entity once, with its mentions' count and best score."""
        table: dict[str, dict[str, Any]] = {}
        for mention in self.linked:
            assert mention.hit is not None
            row = table.setdefault(
                mention.hit.record.id,
                {**mention.hit.to_dict(), "referents": mention.referents, "mentions": 0},
            )
            row["mentions"] += 1
            row["score"] = max(row["score"], mention.hit.score)
        return sorted(table.values(), key=lambda r: (-r["score"], r["id"]))

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: language, mentions, topics, events (offsets into ``text``)."""
        return {
            "language": self.language,
            "language_score": self.language_score,
            "source": self.source,
            "offsets": "extracted text" if self.source == "html" else "input text",
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "paragraphs": self.paragraphs,
            "mentions": [m.to_dict() for m in self.mentions],
            "entities": self.entities(),
            "topics": [t.to_dict() for t in self.topics],
            "events": [e.to_dict() for e in self.events],
        }


def _surface(text: str, ws: list[Word], span: Span) -> tuple[int, int, str]:
    start, end = ws[span.first].start + span.trim, ws[span.last].end - span.tail
    return start, end, text[start:end]


def _single_ok(hit: Hit, word: Word) -> bool:
    """A one-word person span links only when that word is exactly a listed name part."""
    return any(word.key in name_keys(name) for name in hit.record.names)


def _worth_linking(span: Span, ws: list[Word], keys: frozenset[str]) -> bool:
    """Spans found by shape alone are linked only if two of their words are listed words."""
    if span.source != "shape" or span.size == 1:
        return True
    known = sum(1 for w in ws[span.first : span.last + 1] if w.key in keys)
    return known >= 2


def _link(
    linker: Linker, text: str, ws: list[Word], span: Span, name_words: frozenset[str]
) -> Hit | None:
    if span.size == 1 and span.source != "list":
        # A lone word links only after a title, and only if it is a word of a listed name.
        if span.source != "title" or ws[span.first].key not in name_words:
            return None
    start, end, surface = _surface(text, ws, span)
    owners = [p for p, _ in span.owners]
    hits = linker.hits(surface, span.schema, owners)
    if not hits:
        return None
    best = hits[0]
    if span.size == 1 and span.source != "list":
        if not best.match or not _single_ok(best, ws[span.first]):
            return None
        # A lone surname after a title: only if no other listed person shares it.
        others = [
            h
            for h in hits[1:]
            if h.match and h.record.caption.casefold() != best.record.caption.casefold()
        ]
        if any(_same_keys(h, best) is False for h in others):
            return None
    return best


def _same_keys(a: Hit, b: Hit) -> bool:
    return sorted(name_keys(a.record.caption)) == sorted(name_keys(b.record.caption))


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _choose(mentions: list[Mention]) -> list[Mention]:
    """Overlapping mentions: the linked, then the longer, then the better scored wins."""

    def rank(m: Mention) -> tuple:
        score = round(m.hit.score, 2) if m.hit and m.linked else 0.0
        return (not m.linked, m.source != "list", -score, -(m.end - m.start))

    kept: list[Mention] = []
    starts: list[int] = []  # of the kept mentions, which never overlap: sorted by start
    by_start: list[Mention] = []
    for mention in sorted(mentions, key=rank):
        at = bisect_right(starts, mention.start)
        if at > 0 and by_start[at - 1].end > mention.start:
            continue
        if at < len(starts) and starts[at] < mention.end:
            continue
        kept.append(mention)
        starts.insert(at, mention.start)
        by_start.insert(at, mention)
    chosen = set(map(id, kept))
    for mention in mentions:
        if mention.role is None or id(mention) in chosen:
            continue
        at = max(bisect_right(starts, mention.start) - 1, 0)
        while at < len(starts) and starts[at] < mention.end:
            other = by_start[at]
            if other.role is None and _overlaps(mention, other):
                other.role = mention.role
                if other.linked and other.hit is not None and other.hit.record.schema == PERSON:
                    other.schema = PERSON
            at += 1
    return by_start


def _worth_reporting(mention: Mention) -> bool:
    """Linked mentions, and unlinked names that a title or organisation word introduced."""
    if mention.linked:
        return True
    return mention.source in ("title", "org") and " " in mention.text.strip()


def _tie_acronyms(text: str, mentions: list[Mention]) -> None:
    """``Korps Pengawal Revolusi Islam (IRGC)``: expansion and acronym share a link."""
    by_start = {m.start: m for m in mentions}
    for match in _ACRONYM.finditer(text):
        acronym = by_start.get(match.start(1))
        before = [m for m in mentions if m.end <= match.start() and match.start() - m.end <= 2]
        if not before:
            continue
        expansion = before[-1]
        if acronym is None or expansion is acronym:
            continue
        if acronym.linked and not expansion.linked:
            expansion.hit, expansion.how, expansion.refers_to = (
                acronym.hit,
                "acronym",
                acronym.start,
            )
            expansion.schema = acronym.schema
        elif expansion.linked and not acronym.linked:
            acronym.hit, acronym.how, acronym.refers_to = expansion.hit, "acronym", expansion.start
        if acronym.linked:
            same = acronym.text
            for other in mentions:
                if other.text == same and not other.linked:
                    other.hit, other.how, other.refers_to = acronym.hit, "acronym", acronym.start


def _surname_forms(key: str) -> tuple[str, ...]:
    return (
        (key,) if len(key) < 4 else (key, key + "a", key + "u", key + "e", key + "ym", key + "om")
    )


def _tie_surnames(ws_keys: dict[int, str], mentions: list[Mention]) -> None:
    """``Lavrov mengatakan…``: a lone surname repeats a full name linked elsewhere."""
    full = [m for m in mentions if m.linked and m.schema == PERSON and " " in m.text.strip()]
    if not full:
        return
    families = []
    for other in full:
        last = other.text.replace("-", " ").split()[-1]
        family = {ws_keys.get(other.end - len(last), "")}
        if other.hit is not None and "," in other.hit.record.caption:
            family.update(name_keys(other.hit.record.caption.split(",")[0]))
        families.append({form for f in family if f for form in _surname_forms(f)})
    for mention in mentions:
        key = None if mention.linked else ws_keys.get(mention.start)
        if key is None:
            continue
        if len(mention.text.split()) != 1 or len(key) < 3:
            continue
        candidates = [other for other, forms in zip(full, families, strict=True) if key in forms]
        ids = {c.hit.record.id for c in candidates if c.hit}
        if len(ids) != 1:
            continue
        before = [c for c in candidates if c.start < mention.start]
        source = before[-1] if before else candidates[0]
        mention.hit, mention.how, mention.refers_to = source.hit, "surname", source.start
        mention.schema = PERSON
        mention.role = mention.role or source.role


#: Referents of linked entities, per store and index fingerprint.
_REFERENTS: weakref.WeakKeyDictionary[Store, dict[tuple[str, str], list[str]]] = (
    weakref.WeakKeyDictionary()
)
REFERENTS_CACHE_SIZE = 50_000


def _referents_of(store: Store, fingerprint: str, entity_id: str) -> list[str]:
    table = _REFERENTS.get(store)
    if table is None:
        table = _REFERENTS[store] = {}
    key = (fingerprint, entity_id)
    found = table.get(key)
    if found is None:
        _, found = store.listed(entity_id)
        if fingerprint:  # an unnamed index may not be the store's: ask again next time
            if len(table) >= REFERENTS_CACHE_SIZE:
                table.clear()
            table[key] = found
    return found


def _referents(store: Store | None, fingerprint: str, mentions: list[Mention]) -> None:
    if store is None:
        return
    for mention in mentions:
        if mention.linked and mention.hit is not None:
            mention.referents = _referents_of(store, fingerprint, mention.hit.record.id)


def _article_date(document: Document, language: str) -> datetime.date | None:
    head = document.text[:_DATELINE]
    for start, end in sentences(head):
        found = find_date(head[start:end], language, None)
        if found and found.date and len(found.text) >= 8:
            return found.date
    return None


def scan(
    data: bytes | str,
    index: NameIndex,
    store: Store | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    published: datetime.date | None = None,
    content_type: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Scan:
    """Scan a document (text or HTML, bytes in any encoding) against ``index``.

    ``store`` adds each linked entity's referents; ``published`` is the article date that
    relative dates are resolved against (else the HTML's date or a date in the dateline).
    Raises `ScanInputError` for binary, empty or oversized input.
    """
    document = read_document(data, content_type=content_type, max_bytes=max_bytes)
    text = document.text
    ws = words(text)
    language, language_score, paras = document_languages(text, ws)
    para_starts = [p["start"] for p in paras]

    def language_at(offset: int) -> str:
        at = bisect_right(para_starts, offset) - 1
        if at >= 0 and offset < paras[at]["end"]:
            return str(paras[at]["language"])
        return language

    published = published or document.published or _article_date(document, language)

    automaton = automaton_for(index, lambda: automaton_path(Settings.from_env().index_path))
    hits = automaton.find(ws)
    schemas: dict[int, str] = {}

    def schema_of(position: int) -> str:
        if position not in schemas:
            schemas[position] = index.record(position).schema
        return schemas[position]

    spans = list_spans(hits, text, ws, schema_of) + shape_spans(text, ws) + context_spans(text, ws)
    linker = linker_for(index, threshold)
    mentions = []
    # Words of linked listed names: a span found otherwise that overlaps one would lose to
    # it (`_choose`), so it is not linked.
    listed = bytearray(len(ws))
    for span in spans:
        if span.source != "list" and any(listed[span.first : span.last + 1]):
            hit = None
        elif not _worth_linking(span, ws, automaton.keys):
            hit = None
        else:
            hit = _link(linker, text, ws, span, automaton.name_words)
            if span.source == "list" and hit is not None and hit.match:
                listed[span.first : span.last + 1] = b"\1" * span.size
        start, end, surface = _surface(text, ws, span)
        if hit is None and span.source in ("org",) and not ws[span.first].cased:
            continue
        if hit is not None and not hit.match and not ws[span.first].cased:
            continue
        # Section and language are set below, on the mentions reported.
        mention = Mention(start, end, surface, span.schema, span.source, "", "", span.role, hit)
        if mention.linked and hit is not None and span.schema != PERSON:
            mention.schema = hit.record.schema
        mentions.append(mention)
    mentions = _choose(mentions)
    _tie_acronyms(text, mentions)
    _tie_surnames(dict(zip(map(_START, ws), map(_KEY, ws), strict=True)), mentions)
    mentions = [m for m in mentions if _worth_reporting(m)]
    for mention in mentions:
        mention.section = document.section_at(mention.start)
        mention.language = language_at(mention.start)
    _referents(store, index.fingerprint, mentions)

    sentence_spans = sentences(text)
    kinds = [document.section_at(s) for s, _ in sentence_spans]
    topic_list = find_topics(text, sentence_spans, kinds)
    event_list = []
    for (start, end), kind in zip(sentence_spans, kinds, strict=True):
        event = sentence_event(text[start:end], start, kind)
        if event is None:
            continue
        date_event(event, language_at(start), published)
        for mention in mentions:
            inside = event.target_start <= mention.start < end
            if inside and mention.linked and mention.hit is not None:
                event.targets.append(
                    {"text": mention.text, "start": mention.start, **mention.hit.to_dict()}
                )
        event_list.append(event)
    return Scan(
        text, document.source, language, language_score, published, mentions,
        topic_list, event_list, paras, document.title,
    )  # fmt: skip
