"""Risk topics a text reports (sanctions, evasion, proliferation, terrorism, conflict,
corruption), each with the sentences that show it.

Terms come from ``data/text/topics.tsv``; Indonesian and Malay words are also tried without
their affixes (``disanksi``, ``menyanksi``, ``sanksinya`` → ``sanksi``), Arabic ones without
the prefixes و ف ب ل ال.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from saring.text.lexicon import Terms, topics

_WORD = re.compile(r"[^\W_]+(?:[-‌][^\W_]+)*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ID_PREFIXES = (
    "menye",
    "meny",
    "meng",
    "mem",
    "men",
    "me",
    "peng",
    "pem",
    "pen",
    "pe",
    "di",
    "ter",
    "ber",
    "ke",
    "se",
)
_ID_SUFFIXES = ("nya", "kan", "an", "i", "lah", "kah")
_AR_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
#: Sentences kept as evidence per topic.
MAX_EVIDENCE = 5


@lru_cache(maxsize=100_000)
def word_forms(word: str) -> tuple[str, ...]:
    """A word and its stems: Indonesian affixes and Arabic prefixes removed."""
    forms = [word]
    if word.isascii() and len(word) > 5:
        bases = [word]
        for prefix in _ID_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4:
                rest = word[len(prefix) :]
                bases.append(rest)
                if prefix in ("meny", "peny"):
                    bases.append("s" + rest)
                if prefix in ("men", "pen") and rest[:1] in "aeiou":
                    bases.append("t" + rest)
                if prefix in ("mem", "pem") and rest[:1] in "aeiou":
                    bases.append("p" + rest)
        for base in bases:
            forms.append(base)
            for suffix in _ID_SUFFIXES:
                if base.endswith(suffix) and len(base) - len(suffix) >= 4:
                    forms.append(base[: -len(suffix)])
    elif "\u0600" <= word[:1] <= "\u06ff":
        for prefix in _AR_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                forms.append(word[len(prefix) :])
    return tuple(dict.fromkeys(forms))


def sentence_words(text: str) -> list[str]:
    """The case-folded words of a sentence (hyphenated words kept whole and split)."""
    folded = text.casefold()
    tokens = _WORD.findall(folded)
    if "-" not in folded:
        return tokens
    out = []
    for token in tokens:
        out.append(token)
        if "-" in token:
            out.extend(token.split("-"))
    return out


def matched_terms(sentence: str, terms: Terms, folded: list[str] | None = None) -> list[str]:
    """The terms of one list found in ``sentence``."""
    folded = sentence_words(sentence) if folded is None else folded
    found = []
    for word in folded:
        if any(terms.has_word(form) for form in word_forms(word)):
            found.append(word)
    if terms.phrases:
        joined = " " + " ".join(folded) + " "
        for phrase in terms.phrases:
            if f" {' '.join(phrase)} " in joined:
                found.append(" ".join(phrase))
    if _CJK.search(sentence):
        found.extend(w for w in terms.words if _CJK.search(w) and w in sentence)
    return list(dict.fromkeys(found))


@dataclass
class Topic:
    """One risk topic with its evidence sentences."""

    topic: str
    count: int = 0
    terms: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "count": self.count,
            "terms": self.terms,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class _Tables:
    """The topic lists arranged for one pass over a text."""

    names: tuple[str, ...]
    #: The first words of all phrases.
    firsts: frozenset[str]
    #: Phrases by their first word: (topic, phrase words, phrase text).
    phrases: dict[str, tuple[tuple[str, tuple[str, ...], str], ...]]
    #: CJK words of each topic (found as substrings, since those scripts write no spaces).
    cjk: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    phrases: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
    cjk: dict[str, tuple[str, ...]] = {}
    for name, terms in topics().items():
        for phrase in sorted(terms.phrases):
            phrases.setdefault(phrase[0], []).append((name, phrase, " ".join(phrase)))
        cjk[name] = tuple(sorted(w for w in terms.words if _CJK.search(w)))
    return _Tables(
        tuple(topics()),
        frozenset(phrases),
        {k: tuple(v) for k, v in phrases.items()},
        {k: v for k, v in cjk.items() if v},
    )


#: The topics each word (with its stems) is a term of.
_WORD_TOPICS: dict[str, tuple[str, ...]] = {}
#: Words of no topic: a sentence of only these (and no phrase, no CJK) names none.
_PLAIN: set[str] = set()
WORD_CACHE_SIZE = 200_000


def word_topics(word: str) -> tuple[str, ...]:
    """The topics one case-folded word is a term of (by itself or one of its stems)."""
    found = _WORD_TOPICS.get(word)
    if found is None:
        forms = word_forms(word)
        found = tuple(
            name for name, terms in topics().items() if any(terms.has_word(form) for form in forms)
        )
        if len(_WORD_TOPICS) < WORD_CACHE_SIZE:
            _WORD_TOPICS[word] = found
            if not found:
                _PLAIN.add(word)
    return found


def sentence_topics(sentence: str) -> dict[str, list[str]]:
    """The terms of each topic found in one sentence (topics in list order, terms in the
    order found, each once)."""
    tables = _tables()
    folded = sentence_words(sentence)
    cjk = tables.cjk and _CJK.search(sentence)
    if _PLAIN.issuperset(folded) and tables.firsts.isdisjoint(folded) and not cjk:
        return {}
    found: dict[str, list[str]] = {}
    plain = _PLAIN
    for word in [w for w in folded if w not in plain]:
        for name in word_topics(word):
            found.setdefault(name, []).append(word)
    if not tables.firsts.isdisjoint(folded):
        for i, word in enumerate(folded):
            for name, phrase, joined in tables.phrases.get(word, ()):
                if tuple(folded[i : i + len(phrase)]) == phrase:
                    found.setdefault(name, []).append(joined)
    if cjk:
        for name, words in tables.cjk.items():
            for w in words:
                if w in sentence:
                    found.setdefault(name, []).append(w)
    return {name: list(dict.fromkeys(found[name])) for name in tables.names if name in found}


def find_topics(text: str, spans: list[tuple[int, int]], sections: list[str]) -> list[Topic]:
    """The topics of ``text``, from its sentences (``spans``) and their section kinds."""
    found: dict[str, Topic] = {}
    for (start, end), section in zip(spans, sections, strict=True):
        sentence = text[start:end]
        for name, hits in sentence_topics(sentence).items():
            topic = found.setdefault(name, Topic(name))
            topic.count += 1
            for term in hits:
                if term not in topic.terms:
                    topic.terms.append(term)
            if len(topic.evidence) < MAX_EVIDENCE:
                topic.evidence.append(
                    {
                        "text": sentence,
                        "start": start,
                        "end": end,
                        "section": section,
                        "terms": hits,
                    }
                )
    return sorted(found.values(), key=lambda t: -t.count)
