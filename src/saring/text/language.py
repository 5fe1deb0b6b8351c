"""Language of a document and of each paragraph (py3langid, restricted to news languages).

py3langid reads every byte in Python (about a microsecond a byte), so a long document is
identified from samples: its head and its tail; the walk over each word's bytes is also
remembered, news repeating its words (py3langid's very answer, several times faster). Unless
one is surely in another language than the other, the document is taken to be in one
language, and only the paragraphs written mostly in another script than the document are
identified on their own; else the whole document and every paragraph are identified.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any

from saring.text.tokens import Word

#: Languages told apart; py3langid picks only among these.
LANGUAGES = (
    "id", "ms", "en", "ru", "uk", "fa", "ar", "fr", "es", "de", "zh", "tr",
    "it", "pt", "nl", "pl", "be", "kk", "ur", "ps", "he", "ko", "ja",
)  # fmt: skip


#: Feature walks remembered: (state before, bytes up to a space) → (state after, features).
_WALKS: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]] = {}
WALKS_CACHE_SIZE = 200_000
_CHUNK = re.compile(rb"[^ ]* |[^ ]+")


def _walk(next_move: Any, row_base: list[int], output: list[int], data: bytes) -> list[int]:
    """The model's features met walking ``data``'s bytes (py3langid's ``visit_counts``
    walk, in the same order), each word's walk from each state remembered."""
    walks = _WALKS
    known = walks.get
    state = 0
    found: list[int] = []
    for chunk in _CHUNK.findall(data):
        key = (state, chunk)
        walked = known(key)
        if walked is None:
            features: list[int] = []
            add = features.append
            for byte in chunk:
                state = next_move[row_base[state] + byte]
                feature = output[state]
                if feature >= 0:
                    add(feature)
            if len(walks) >= WALKS_CACHE_SIZE:
                walks.clear()
            walks[key] = (state, tuple(features))
            found += features
        else:
            state = walked[0]
            found += walked[1]
    return found


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    class Identifier(LanguageIdentifier):
        """py3langid's identifier, its byte walk remembered per word (`_walk`)."""

        def _raw_score(self, text: bytes) -> Any:
            found = _walk(self.tk_nextmove, self._rowbase, self.tk_output, text)
            if not found:
                return super()._raw_score(text)
            return self._sparse_score(Counter(found), self.nb_ptc)

    identifier = Identifier.from_model_file(MODEL_FILE, norm_probs=True)
    probe = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu. Министр заявил: 23 июня.".encode()
    try:  # a py3langid whose internals differ is used as it is
        same = bool(
            (identifier._raw_score(probe) == super(Identifier, identifier)._raw_score(probe)).all()
        )
    except (AttributeError, TypeError):
        same = False
    if not same:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(text: str) -> tuple[str, float]:
    """The language code of ``text`` and the probability py3langid gives it."""
    sample = text[:20_000]
    if not any(c.isalpha() for c in sample):
        return "und", 0.0
    language, probability = _identifier().classify(sample)
    return str(language), round(float(probability), 3)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the non-empty lines of ``text``."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, pos + len(line.rstrip("\n"))))
        pos += len(line)
    return out


#: Documents up to this many characters are identified whole; longer ones from samples.
WHOLE = 900
HEAD = 600
TAIL = 300
WIDEN = 40
#: Head and tail identified as two languages, one of them at least this surely, make a
#: document of mixed languages (else they are close languages, such as Indonesian and
#: Malay, that samples this short do not tell apart).
CONFIDENT = 0.95
_LETTER = re.compile(r"[^\W\d_]")
_UNSCRIPTED = frozenset({"Common", "Inherited", "Unknown", ""})
_SCRIPT = attrgetter("script")


def _sample(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened to whole words (by at most `WIDEN` characters a side,
    since some scripts write no spaces)."""
    floor, ceiling = max(start - WIDEN, 0), min(end + WIDEN, len(text))
    while start > floor and not text[start - 1].isspace():
        start -= 1
    while end < ceiling and not text[end].isspace():
        end += 1
    return text[start:end]


def _main_scripts(
    text: str, spans: list[tuple[int, int]], words: Sequence[Word]
) -> tuple[str, list[str]]:
    """The script most words of the document and of each paragraph are written in."""
    scripts = set(map(_SCRIPT, words)) - _UNSCRIPTED
    if len(scripts) <= 1:  # one script throughout
        main = next(iter(scripts), "")
        return main, [main] * len(spans)
    starts = [start for start, _ in spans]
    counts: list[Counter[str]] = [Counter() for _ in spans]
    total: Counter[str] = Counter()
    for word in words:
        if word.script in _UNSCRIPTED:
            continue
        at = bisect_right(starts, word.start) - 1
        total[word.script] += 1
        if at >= 0 and word.start < spans[at][1]:
            counts[at][word.script] += 1
    main = total.most_common(1)[0][0] if total else ""
    return main, [c.most_common(1)[0][0] if c else "" for c in counts]


def document_languages(text: str, words: Sequence[Word]) -> tuple[str, float, list[dict[str, Any]]]:
    """The language of ``text`` with its probability, and its paragraphs (non-empty lines)
    with theirs: ``{"start", "end", "language", "score"}``. ``words`` are the text's words."""
    spans = paragraphs(text)
    if len(text) <= WHOLE:
        language, score = detect(text)
        mixed = False
    else:
        head = _sample(text, 0, HEAD)
        tail = _sample(text, len(text) - TAIL, len(text))
        language, score = detect(head)
        tail_language, tail_score = detect(tail)
        mixed = tail_language != language and max(score, tail_score) >= CONFIDENT
        if mixed:
            language, score = detect(text)
        elif tail_language != language:  # unsure (Indonesian or Malay?): both together
            language, score = detect(f"{head}\n{tail}")
    main, scripts = _main_scripts(text, spans, words)
    out = []
    for (start, end), script in zip(spans, scripts, strict=True):
        if mixed or script != main:
            lang, lang_score = detect(text[start:end])
        elif not _LETTER.search(text, start, end):
            lang, lang_score = "und", 0.0
        else:
            lang, lang_score = language, score
        out.append({"start": start, "end": end, "language": lang, "score": lang_score})
    return language, score, out
