"""Sanction events: sentences saying that an authority sanctions or designates someone.

A sentence is an event when it names sanctions (a sanctions topic term), an authority
(``Departemen Keuangan AS``, ``Treasury``, ``Russia``, ``ЕС``…) and a word of imposing or
announcing (``mengumumkan``, ``sanctioned``, ``ввел``…). The target is the text after a
target word (``terhadap``, ``against``, ``против``…) or else after the sanctions word;
linked targets are the linked mentions inside it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count, islice
from operator import itemgetter
from typing import Any

from saring.text.dates import find_date
from saring.text.lexicon import events, topics
from saring.text.topics import word_forms

_WORD = re.compile(r"[^\W_]+(?:['’.\-‌][^\W_]+)*\.?")
#: Words that end the target of an event ("because", "for", "which"…).
_TARGET_END = re.compile(
    r"\s(?:karena|sebab|untuk|atas tuduhan|yang bertanggung|because|for|over|after|"
    r"за|из-за|после|لأن|بسبب|به دلیل|parce|pour|por|wegen|nachdem)\s|,\s+(?=[a-zа-яё])|[;:()\"“”]",
    re.I,
)
MAX_TARGET = 160


@dataclass
class Event:
    """One sanction event found in a sentence."""

    sentence: str
    start: int
    end: int
    section: str
    authority: str
    authority_start: int
    target: str
    target_start: int
    date_text: str | None = None
    date: datetime.date | None = None
    targets: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.sentence,
            "start": self.start,
            "end": self.end,
            "section": self.section,
            "authority": self.authority,
            "target": self.target,
            "target_start": self.target_start,
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "targets": self.targets,
        }


@lru_cache(maxsize=1)
def _phrase_lengths() -> dict[str, tuple[int, ...]]:
    """Lengths of the authority phrases by their first word, longest first."""
    table: dict[str, set[int]] = {}
    for phrase in events()["authority"].phrases:
        table.setdefault(phrase[0], set()).add(len(phrase))
    return {word: tuple(sorted(sizes, reverse=True)) for word, sizes in table.items()}


#: Per token as written: its case-folded form, is it a sanctions word, an imposing verb
#: (with its stems)?
_TOKEN_ROLES: dict[str, tuple[str, bool, bool]] = {}
#: Tokens as written that are no sanctions word: a sentence of only these is no event.
_PLAIN: set[str] = set()
TOKEN_CACHE_SIZE = 200_000
_FOLDED, _SANCTION, _VERB = itemgetter(0), itemgetter(1), itemgetter(2)


def _roles(token: str) -> tuple[str, bool, bool]:
    found = _TOKEN_ROLES.get(token)
    if found is None:
        folded = token.casefold().rstrip(".")
        forms = word_forms(folded)
        sanctions, verbs = topics()["sanctions"], events()["verb"]
        found = (
            folded,
            any(sanctions.has_word(f) for f in forms),
            any(verbs.has_word(f) for f in forms),
        )
        if len(_TOKEN_ROLES) >= TOKEN_CACHE_SIZE:
            _TOKEN_ROLES.clear()
        _TOKEN_ROLES[token] = found
        if not found[1] and len(_PLAIN) < TOKEN_CACHE_SIZE:
            _PLAIN.add(token)
    return found


@lru_cache(maxsize=1)
def _openings() -> frozenset[str]:
    """The words an authority's name can start with."""
    return frozenset(events()["authority"].words) | frozenset(_phrase_lengths())


def _authorities(tokens: list[str]) -> list[tuple[int, int]]:
    """Authority phrases among the sentence's (case-folded) words, longest at each place,
    left to right."""
    openings = _openings()
    table = events()["authority"]
    lengths = _phrase_lengths()
    found = []
    n = len(tokens)
    free = 0  # words before this one belong to a phrase found
    for i in compress(count(), map(openings.__contains__, tokens)):
        if i < free:
            continue
        word = tokens[i]
        size = 0
        for length in lengths.get(word, ()):
            if i + length <= n and tuple(tokens[i : i + length]) in table.phrases:
                size = length
                break
        if not size and word in table.words:
            size = 1
        if size:
            found.append((i, i + size - 1))
            free = i + size
    return found


def find_event(
    sentence: str, start: int, section: str, language: str, published: datetime.date | None
) -> Event | None:
    """The sanction event stated by one sentence (``start`` is its offset in the text), with
    the date it names in ``language`` (resolved against ``published``)."""
    event = sentence_event(sentence, start, section)
    if event is not None:
        date_event(event, language, published)
    return event


def date_event(event: Event, language: str, published: datetime.date | None) -> None:
    """Set the date ``event``'s sentence names, if any."""
    day = find_date(event.sentence, language, published)
    if day is not None:
        event.date_text, event.date = day.text, day.date


def sentence_event(sentence: str, start: int, section: str) -> Event | None:
    """`find_event` without the date: the event one sentence states, if any."""
    raw = _WORD.findall(sentence)
    if _PLAIN.issuperset(raw):
        return None
    try:
        roles = list(map(_TOKEN_ROLES.__getitem__, raw))
    except KeyError:  # tokens not seen before
        roles = list(map(_roles, raw))
    sanction_at = list(compress(count(), map(_SANCTION, roles)))
    if not sanction_at:
        return None
    verb_at = list(compress(count(), map(_VERB, roles)))
    words = list(map(_FOLDED, roles))
    found = _authorities(words)
    if not found:
        return None
    adjacent = [i for i in sanction_at if any(last + 1 == i for _, last in found)]
    anchors = [i for i in verb_at + adjacent if any(first < i for first, _ in found)]
    if anchors:
        anchor = min(anchors)
        first, last = [a for a in found if a[0] < anchor][-1]
        if anchor - last > 8:
            return None
    else:
        # Verb first (Arabic, Persian, headlines): "فرضت وزارة الخزانة ... عقوبات على"
        later = [a for a in found if verb_at and 0 < a[0] - min(verb_at) <= 3]
        if not later:
            return None
        first, last = later[0]
        anchor = max(last, min(sanction_at))
    after = [i for i in sanction_at if i >= anchor] or [anchor]
    near = after[0]
    # The offsets of the words up to the last one looked at.
    spans = [m.span() for m in islice(_WORD.finditer(sentence), max(last, near + 2) + 1)]
    authority = sentence[spans[first][0] : spans[last][1]]
    target_words = events()["target"]
    begin = None
    for i in range(near + 1, min(near + 3, len(words))):
        if target_words.has_word(words[i]):
            begin = spans[i][1]
            break
    if begin is None:
        begin = spans[near][1]
    rest = sentence[begin:]
    cut = _TARGET_END.search(rest)
    target = (rest[: cut.start()] if cut else rest).strip(" ,.")[:MAX_TARGET]
    if not target:
        return None
    target_start = start + begin + (len(rest) - len(rest.lstrip(" ,.")))
    return Event(
        sentence, start, start + len(sentence), section, authority,
        start + spans[first][0], target, target_start,
    )  # fmt: skip
