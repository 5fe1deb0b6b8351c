"""Candidate name spans: listed names found by the automaton, and names found by their
shape (capitalised words) or their context (a title before a person, an organisation word
opening a name), in any script.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from saring.text.automaton import Hit as AutoHit
from saring.text.korean import ends_phrase, particle_lengths
from saring.text.lexicon import roles
from saring.text.tokens import Word

#: Small words allowed inside a capitalised name (``Army of the Guardians``, ``bin``).
CONNECTORS = frozenset(
    "of the for and bin binti ibn al el ul ud de da del della di du van von der den la le".split()
)
#: Acronyms too common in news to be evidence of a listed name on their own.
COMMON_ACRONYMS = frozenset(
    "as us usa uk eu un pbb ri dpr tni polri nato onu oon сша ес ак arn afp ap bbc cnn "
    "ceo tv pt cv jcpoa iaea opec g7 g20 imf wto who mp pm pdt wib wita".split()
)
_GAP = re.compile(r"[ \t\u00a0]*-?[ \t\u00a0]*")
#: A line break or the end of a sentence: no name runs across it.
_BREAK = re.compile(r"[\n.!?。！？]")
MAX_NAME_WORDS = 6
UNCASED_NAME_WORDS = 3

PERSON = "Person"
ORGANIZATION = "Organization"
ANY = "LegalEntity"


@dataclass(slots=True)
class Span:
    """A stretch of words that may name a listed entity."""

    first: int
    last: int
    schema: str
    source: str  # "list" (automaton), "shape" (capitals), "title" / "org" (context)
    role: str | None = None
    owners: tuple[tuple[int, bool], ...] = field(default_factory=tuple)
    #: Characters of the first word that are a prefix, not the name (Arabic ``بحزب``).
    trim: int = 0
    #: Characters of the last word that are a particle, not the name (Korean ``프리고진을``).
    tail: int = 0

    @property
    def size(self) -> int:
        return self.last - self.first + 1


_AR_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف")


#: Role kind of each word seen, by its text.
_KINDS: dict[str, str | None] = {}
KINDS_CACHE_SIZE = 200_000


def _kind(word: Word) -> str | None:
    text = word.text  # its script, so whether it is cased, follows from the text
    try:
        return _KINDS[text]
    except KeyError:
        found = _KINDS[text] = _find_kind(text, word.cased)
        if len(_KINDS) > KINDS_CACHE_SIZE:
            _KINDS.clear()
        return found


def _find_kind(text: str, cased: bool) -> str | None:
    folded = text.casefold()
    forms = [folded]
    if not cased:
        forms += [
            folded[len(p) :]
            for p in _AR_PREFIXES
            if folded.startswith(p) and len(folded) > len(p) + 2
        ]
        forms += [folded[:-size] for size in particle_lengths(folded)]
    table = roles()
    for kind in ("org", "title", "place", "common"):
        if any(form in table[kind] for form in forms):
            return kind
    return None


def _joined(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    return gap == " " or bool(_GAP.fullmatch(gap))


def _word_ok(word: Word, text: str, words: list[Word], i: int) -> bool:
    """Whether one word of an automaton hit looks like part of a name where it stands."""
    if not word.cased:
        return True
    if word.capitalised or word.text[:1].isdigit():
        return True
    return word.text.casefold() in CONNECTORS or len(word.text) <= 3


def _acronym_evidence(words: list[Word], i: int) -> bool:
    """An all-capitals word stands out from its neighbours (not a line in capitals)."""
    near = [w for w in words[max(0, i - 3) : i + 4] if w is not words[i] and w.cased]
    return not near or sum(w.upper for w in near) <= len(near) // 2


def accept_hit(hit: AutoHit, text: str, words: list[Word]) -> bool:
    """Guards against list names that are also common words or parts of words."""
    span = words[hit.first : hit.last + 1]
    if not all(_word_ok(w, text, words, hit.first + k) for k, w in enumerate(span)):
        return False
    if hit.size > 1:
        return any(w.capitalised or not w.cased for w in span)
    word = span[0]
    only_weak = all(weak for _, weak in hit.owners)
    if word.key in COMMON_ACRONYMS or _kind(word) in ("common", "place", "title"):
        return False
    if not word.cased:
        return len(word.text) >= 4 and not only_weak
    if word.upper:
        return len(word.key) >= 3 and _acronym_evidence(words, hit.first)
    return word.capitalised and len(word.key) >= 5 and not only_weak


def list_spans(
    hits: list[AutoHit], text: str, words: list[Word], schema_of: Callable[[int], str]
) -> list[Span]:
    """Accepted automaton hits, longest first, without overlaps (``schema_of`` gives the
    schema of a record position)."""
    accepted = [h for h in hits if accept_hit(h, text, words)]
    accepted.sort(key=lambda h: (-h.size, h.first))
    taken: set[int] = set()
    out = []
    for hit in accepted:
        cover = set(range(hit.first, hit.last + 1))
        if cover & taken:
            continue
        taken |= cover
        kinds = {schema_of(p) for p, _ in hit.owners}
        schema = PERSON if kinds == {PERSON} else ANY
        out.append(Span(hit.first, hit.last, schema, "list", owners=hit.owners))
    return out


def _runs(text: str, words: list[Word]) -> list[list[int]]:
    """Runs of capitalised words of cased scripts, joined by spaces or hyphens."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, word in enumerate(words):
        if word.cased and word.capitalised:
            if current and not _joined(text, words[current[-1]], word):
                runs.append(current)
                current = []
            current.append(i)
            continue
        connector = (
            current
            and word.text.casefold() in CONNECTORS
            and i + 1 < len(words)
            and words[i + 1].capitalised
            and _joined(text, words[current[-1]], word)
        )
        if connector:
            current.append(i)
            continue
        if current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _role_text(text: str, words: list[Word], indexes: list[int]) -> str | None:
    titles = [i for i in indexes if _kind(words[i]) == "title"]
    if not titles:
        return None
    return text[words[titles[0]].start : words[indexes[-1]].end]


def shape_spans(text: str, words: list[Word]) -> list[Span]:
    """Names found by capitals: each run split at titles, places and common words; the
    titles right before a name are its role."""
    out = []
    for run in _runs(text, words):
        kinds = [_kind(words[i]) for i in run]
        if kinds[0] == "org":
            out.append(Span(run[0], run[min(len(run), MAX_NAME_WORDS + 2) - 1], ANY, "org"))
            continue
        k = 0
        while k < len(run):
            if kinds[k] is not None:
                k += 1
                continue
            begin = k
            while k < len(run) and (kinds[k] is None or _connects(words, run, kinds, k)):
                k += 1
            name = run[begin:k]
            while name and words[name[-1]].text.casefold() in CONNECTORS:
                name.pop()
            if not name or len(name) > MAX_NAME_WORDS:
                continue
            before = []
            j = begin - 1
            while j >= 0 and kinds[j] in ("title", "place"):
                before.insert(0, run[j])
                j -= 1
            if j < 0:
                before = _title_before(text, words, run[0]) + before
            role = _role_text(text, words, before) if before else None
            schema = PERSON if role else ANY
            out.append(Span(name[0], name[-1], schema, "title" if role else "shape", role))
    return out


def _title_before(text: str, words: list[Word], first: int) -> list[int]:
    """Words before a run that describe a role (``North Korean leader``, ``министр
    иностранных дел России``), if a title is among them."""
    out: list[int] = []
    i = first - 1
    while i >= 0 and len(out) < 6 and "\n" not in text[words[i].end : words[i + 1].start]:
        if _kind(words[i]) not in ("title", "place") and not words[i].capitalised:
            break
        out.insert(0, i)
        i -= 1
    while out and _kind(words[out[0]]) != "title" and not words[out[0]].capitalised:
        out.pop(0)
    return out if any(_kind(words[i]) == "title" for i in out) else []


def _connects(words: list[Word], run: list[int], kinds: list[str | None], k: int) -> bool:
    """A connector (``bin``, ``of the``) between two name words of a run."""
    if words[run[k]].text.casefold() not in CONNECTORS:
        return False
    return k + 1 < len(run) and (kinds[k + 1] is None or _connects(words, run, kinds, k + 1))


def context_spans(text: str, words: list[Word]) -> list[Span]:
    """Names of uncased scripts (Arabic, Persian, Chinese…) found after or before a title,
    or opened by an organisation word; several lengths are offered, linking picks."""
    out = []
    n = len(words)
    for i, word in enumerate(words):
        if word.cased:
            continue
        kind = _kind(word)
        if kind == "org":
            folded = word.text.casefold()
            trim = (
                0
                if folded in roles()["org"]
                else len(word.text)
                - len(
                    next(f for f in (folded[len(p) :] for p in _AR_PREFIXES) if f in roles()["org"])
                )
            )
            for size in (2, 3, 4):
                if i + size - 1 < n and not any(words[j].cased for j in range(i, i + size)):
                    out.append(Span(i, i + size - 1, ANY, "org", trim=trim))
            continue
        if kind != "title":
            continue
        j = i
        while j + 1 < n and not words[j + 1].cased and _kind(words[j + 1]) in ("title", "place"):
            j += 1
        role = text[word.start : words[j].end]
        start = j + 1
        # A title closed by a particle ends its phrase (외무장관은): no name follows it.
        most = 0 if ends_phrase(words[j].text) else UNCASED_NAME_WORDS
        for size in range(1, most + 1):
            last = start + size - 1
            if last >= n or words[last].cased or _kind(words[last]) is not None:
                break
            if _BREAK.search(text, words[j].end, words[last].start):
                break
            out += _person_spans(start, last, role, words[last])
        # A place may stand between a name and the title after it (라브로프 러시아 외무장관).
        end = i - 1
        while end >= 0 and not words[end].cased and _kind(words[end]) == "place":
            end -= 1
        for size in range(2, UNCASED_NAME_WORDS + 1):
            first = end - size + 1
            if first < 0 or any(words[k].cased or _kind(words[k]) for k in range(first, end + 1)):
                break
            if _BREAK.search(text, words[first].end, word.start) or ends_phrase(words[first].text):
                break
            out += _person_spans(first, end, role, words[end])
    return out


def _person_spans(first: int, last: int, role: str, last_word: Word) -> list[Span]:
    """A person's span, and the same without each (Korean) particle its last word may end
    with."""
    spans = [Span(first, last, PERSON, "title", role)]
    for size in particle_lengths(last_word.text):
        spans.append(Span(first, last, PERSON, "title", role, tail=size))
    return spans
