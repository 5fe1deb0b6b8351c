"""Words of a text with their offsets and Latin keys, as the name automaton reads them.

A word is a run of letters and digits; apostrophes inside a word are dropped (``Iran's``
reads ``irans``, as list names are read), hyphens and other punctuation split words. Han
and kana runs are split into single characters, since those scripts write no spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple

from saring.names import to_latin
from saring.names.scripts import token_script

_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
#: The text split into gaps and words, alternately (gap, word, gap, …, gap).
_SPLIT = re.compile(f"({_WORD.pattern})")
_APOSTROPHES = str.maketrans("", "", "'’ʼ")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Scripts whose letters have upper and lower case.
CASED_SCRIPTS = frozenset({"Latin", "Cyrillic", "Greek", "Armenian", "Georgian"})


class Word(NamedTuple):
    """One word: its offsets in the text, its text, Latin key and script, and its case:
    ``cased`` (its script has letter case), ``capitalised`` (starts with an upper-case
    letter), ``upper`` (written all in capitals, at least two letters)."""

    start: int
    end: int
    text: str
    key: str
    script: str
    cased: bool
    capitalised: bool
    upper: bool


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The Latin key of one word: ``"Лавров"`` → ``"lavrov"``."""
    return to_latin(word.translate(_APOSTROPHES))


@lru_cache(maxsize=200_000)
def _script(word: str) -> str:
    return token_script(word)


_Piece = tuple[int, int, tuple[str, str, str, bool, bool, bool]]
#: Tokens remembered with their words (text, offsets within the token, key, script).
_PIECES: dict[str, tuple[_Piece, ...]] = {}
PIECES_CACHE_SIZE = 300_000
_new = tuple.__new__


def _piece(first: int, text: str, key: str) -> _Piece:
    script = _script(text)
    cased, capitalised = script in CASED_SCRIPTS, text[:1].isupper()
    upper = len(text) > 1 and text.isupper()
    return first, first + len(text), (text, key, script, cased, capitalised, upper)


def _pieces(token: str) -> tuple[_Piece, ...]:
    """The words one token reads as: itself, or each Han or kana character."""
    if _CJK.search(token):
        return tuple(
            _piece(i, char, key) for i, char in enumerate(token) if (key := word_key(char))
        )
    key = word_key(token)
    return (_piece(0, token, key),) if key else ()


#: Tokens that read as one word, the whole token: the fields of its Word after the offsets.
_WHOLE: dict[str, tuple[str, str, str, bool, bool, bool]] = {}


def _learn(tokens: set[str]) -> bool:
    """Read tokens not seen before; whether each reads as one word, the whole token."""
    cache = _PIECES
    if len(cache) + len(tokens) > PIECES_CACHE_SIZE:
        cache.clear()
        _WHOLE.clear()
    all_whole = True
    for token in tokens:
        pieces = cache.get(token)
        if pieces is None:
            pieces = cache[token] = _pieces(token)
        if len(pieces) == 1 and pieces[0][0] == 0 and pieces[0][1] == len(token):
            _WHOLE[token] = pieces[0][2]
        else:
            all_whole = False
    return all_whole


def words(text: str) -> list[Word]:
    """The words of ``text`` in order, with offsets."""
    parts = _SPLIT.split(text)
    tokens = parts[1::2]
    starts = list(accumulate(map(len, parts)))[:-1:2]
    whole = _WHOLE
    new = set(tokens).difference(whole)
    try:
        if not new or _learn(new):  # every token one word: the words built in C loops
            ends = map(add, starts, map(len, tokens))
            fields = map(
                tuple.__add__, zip(starts, ends, strict=True), map(whole.__getitem__, tokens)
            )
            return list(map(_new, repeat(Word), fields))
    except KeyError:  # another thread emptied the caches
        pass
    out = []
    for base, token in zip(starts, tokens, strict=True):
        pieces = _PIECES.get(token)
        if pieces is None:
            pieces = _pieces(token)
        out.extend(_new(Word, (base + first, base + last) + rest) for first, last, rest in pieces)
    return out


@lru_cache(maxsize=100_000)
def _name_keys(name: str) -> tuple[str, ...]:
    return tuple(w.key for w in words(name))


def name_keys(name: str) -> list[str]:
    """The keys of a listed name's words, read the way text words are."""
    return list(_name_keys(name))
