"""Joined forms of adjacent tokens, for names whose parts are split or written together:
``Amir-Abdollahian``/``Amir Abdollahian``/``Amirabdollahian``, ``Jong Un``/``Jongun``,
``Xi Jin Ping``/``Xi Jinping``, ``محمد رضا``/``Mohammadreza``."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache

from saring.names import scripts
from saring.names.aliases import alias_ids
from saring.names.arabic import arabic_skeletons, is_persian
from saring.names.choices import likeliest_choices
from saring.names.hebrew import hebrew_skeletons
from saring.names.model import IGNORED_KINDS, Kind, Token
from saring.names.phonetic import phonetic_key, skeleton_key

_SKIPPED = IGNORED_KINDS | {Kind.PARTICLE}
#: Most readings combined when joining tokens with several readings each.
MAX_JOINED_READINGS = 6
#: Most readings of Hangul or Han syllables joined, the likeliest mixes first.
MAX_SYLLABLE_READINGS = 64


def _originals(tokens: Sequence[Token]) -> str:
    """The written form of joined tokens; parts of one Latin compound share theirs."""
    written: list[tuple[int, str]] = []
    for token in tokens:
        if not written or written[-1] != (token.piece, token.original):
            written.append((token.piece, token.original))
    return "".join(original for _, original in written)


def _final_l_sounded_r(syllables: Sequence[str]) -> str:
    """Readings of Hangul syllables joined as McCune-Reischauer writes a final ㄹ before a
    vowel, as the r it sounds (설야: Sorya, 일영: Iryong); "" if no final l comes before one."""
    out, changed = "", False
    for i, syllable in enumerate(syllables):
        following = syllables[i + 1][:1] if i + 1 < len(syllables) else ""
        if syllable.endswith("l") and following in _LIAISON_OPENINGS:
            out, changed = out + syllable[:-1] + "r", True
        else:
            out += syllable
    return out if changed else ""


#: Openings of a syllable with no initial consonant: a vowel, or a glide.
_LIAISON_OPENINGS = frozenset("aeiouyw")


def _concat(skeletons: Sequence[str]) -> str:
    """Skeletons written together, a consonant doubled across a join written once."""
    out = ""
    for skeleton in skeletons:
        out += skeleton[1:] if out and skeleton and out[-1] == skeleton[0] else skeleton
    return out


def join_tokens(tokens: Sequence[Token]) -> Token:
    """One token for several written together (at least one token)."""
    return _join(tuple(tokens))


@lru_cache(maxsize=100_000)
def _join(tokens: tuple[Token, ...]) -> Token:
    combos: list[tuple[str, ...]]
    if all(t.script in scripts.SYLLABIC for t in tokens):
        # Syllables meet Latin by their readings alone, so a given name written as one word
        # must be among them in any mix of spellings (덕수: Ducksoo, Deoksu, Toksu).
        combos = likeliest_choices([t.readings for t in tokens], MAX_SYLLABLE_READINGS)
    else:
        combos = list(
            itertools.islice(itertools.product(*(t.readings for t in tokens)), MAX_JOINED_READINGS)
        )
    readings = list(dict.fromkeys("".join(combo) for combo in combos))
    if all(t.script == scripts.HANGUL for t in tokens):
        readings += [r for r in map(_final_l_sounded_r, combos) if r and r not in readings]
    original = _originals(tokens)
    written = original.casefold()
    one_piece = len({t.piece for t in tokens}) == 1
    if one_piece and written.isascii() and written.isalpha():
        # The parts of one Latin word read as written too: Abdulaziz, not only abd + aziz.
        readings = list(dict.fromkeys([*readings[:1], written, *readings[1:]]))
    script = tokens[0].script
    if any(t.script in scripts.ABJADS for t in tokens):
        pairs = itertools.product(*(t.skeletons[:2] for t in tokens))
        skeletons = tuple(_concat(pair) for pair in pairs)
        if all(t.script == scripts.ARABIC for t in tokens):
            skeletons = arabic_skeletons(original, is_persian(original)) + skeletons
        elif all(t.script == scripts.HEBREW for t in tokens):
            skeletons = hebrew_skeletons(original) + skeletons
    else:
        skeletons = tuple(skeleton_key(r) for r in readings)
        if not one_piece:
            # Words written apart make no digraph across their join: Mohammad Hadi is
            # mhmdhd, not the mhmd of a dh.
            firsts = (t.skeletons[:1] for t in tokens)
            skeletons += tuple(_concat(pair) for pair in itertools.product(*firsts))
    phonetics = tuple(dict.fromkeys(phonetic_key(r) for r in readings))
    kinds = {t.kind for t in tokens}
    return Token(
        original=original,
        latin=readings[0],
        kind=kinds.pop() if len(kinds) == 1 else Kind.OTHER,
        script=script,
        phonetics=phonetics,
        skeletons=tuple(dict.fromkeys(s for s in skeletons if s)),
        variants=tuple(readings[1:]),
        aliases=alias_ids(phonetics, tuple(readings)),
        piece=tokens[0].piece,
    )


def joined_runs(tokens: Sequence[Token], max_size: int = 3) -> list[tuple[int, int, Token]]:
    """Every run of 2 to ``max_size`` adjacent tokens joined into one, as ``(start, end,
    token)`` with positions in ``tokens``; titles and particles are skipped over, so
    ``Amjad al-Abbas`` gives ``amjadabbas``; runs with their particles are joined too, so
    ``van der Bilt`` also gives ``vanderbilt``."""
    return [
        (chosen[0], chosen[-1] + 1, join_tokens([tokens[i] for i in chosen]))
        for chosen in run_positions(tokens, max_size)
    ]


def _regnal(token: Token) -> bool:
    """Whether a token is a number written otherwise than in digits (VII, 8세, השני), which
    no spelling writes onto a name."""
    return token.kind == Kind.NUMBER and not token.original.isdigit()


def run_positions(tokens: Sequence[Token], max_size: int = 3) -> list[list[int]]:
    """The positions of the tokens of each run `joined_runs` joins, in its order."""
    positions = [i for i, t in enumerate(tokens) if t.kind not in _SKIPPED and not _regnal(t)]
    runs = [
        positions[start : start + size]
        for size in range(2, max_size + 1)
        for start in range(len(positions) - size + 1)
    ]
    # Particles written together with the name after them: van der Bilt, Vanderbilt (not
    # with the name before: Khalid al-Hayya is no Khalidal).
    kept = [i for i, t in enumerate(tokens) if t.kind not in IGNORED_KINDS]
    for size in range(2, max_size + 1):
        for start in range(len(kept) - size + 1):
            run = kept[start : start + size]
            particles = [tokens[i].kind == Kind.PARTICLE for i in run]
            if any(particles) and not particles[-1]:
                runs.append(run)
    return runs
