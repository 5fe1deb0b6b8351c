"""Spelling-tolerant keys of a Latin token: a phonetic key and a consonant skeleton.

Both start from the same *sound string*: digraphs and letters that transliterations use
for one sound are unified (``kh``/``h``, ``ph``/``f``, ``x``/``ks``, ``q``/``k``, ``w``/``v``,
``sch``/``sh``, ``zh``/``dzh``/``dj``/``j``, ``ts``/``tz``/``c`` before e/i, French ``ou``
before a vowel/``w``), glides are dropped (``Vasilyevich``/``Vasilevich``,
``Maryam``/``Mariam``), doubled letters merge and a final ``h`` after a vowel goes
(``Abdullah``/``Abdulla``).

* The **phonetic key** keeps where vowels are but only two vowel classes: ``a``/``e``/``i``
  and ``o``/``u`` (a run of vowels counts as its first, at the end as its last), so
  ``Mohammad``, ``Muhammad``, ``Mohamed`` all give ``mohamad`` and ``Sergei``, ``Sergey``,
  ``Sergej``, ``Serguei`` give ``sarga``.
* The **skeleton** keeps consonants only, in coarser classes (``p``/``b``, ``g``/``j``),
  with ``w`` only before a vowel and ``y`` only at the start: the key that meets names
  written in abjads, whose skeletons `saring.names.arabic` and `saring.names.hebrew`
  spell in the same classes (``Ebrahim``, ``Ibrahim``, ``ابراهیم`` → ``brhm``).
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWELS = frozenset("aeiouy")
_FRONT = frozenset("aei")
_ENDINGS = re.compile(r"([oe])ff$")
#: Ordered rewrites to the sound string. Upper case marks a unified sound: ``X`` sh, ``C``
#: ch, ``J`` j/dzh/zh, ``Q`` ts; the other capitals only keep a rewritten letter from
#: joining a later digraph (``Shahidkhel``: ``d`` + ``kh``, not ``dh`` + ``el``).
_REWRITES = [
    (re.compile(p), r)
    for p, r in (
        (r"shch", "XC"),
        (r"tsch", "C"),
        (r"tzh", "Qh"),  # Yitzhak: ts then h, not t then zh
        (r"dsch|dzh|dj", "J"),
        (r"sch|sh|sz", "X"),
        (r"ch|cz|tch", "C"),
        (r"zh", "J"),
        (r"k?kh", "H"),
        (r"gh", "G"),
        (r"ph", "F"),
        (r"th", "T"),
        (r"dh", "D"),
        (r"ts|tz|tc|c(?=[eiy])", "Q"),
        (r"ck|c|q", "K"),
        (r"x", "KS"),
        (r"w", "V"),
        (r"gu(?=[ei])", "G"),
        (r"ou(?=[aei])", "V"),
        (r"(?<=[aeiou])(?<!ou)j(?![aeiou])", "y"),  # a glide (Sergej), not French (Loujkov)
        (r"j", "J"),
    )
]
_PLAIN = str.maketrans("HGFTDKSV", "hgftdksv")
_SKELETON_CLASSES = str.maketrans({"p": "b", "g": "j", "J": "j", "Q": "s", "X": "x",
                                   "C": "c", "v": "w"})  # fmt: skip


@lru_cache(maxsize=200_000)
def sound_string(latin: str) -> str:
    """A Latin token with one letter per sound (upper case for unified sounds)."""
    text = latin.lower()
    if text.endswith("ff"):
        text = _ENDINGS.sub(r"\1v", text)
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    out: list[str] = []
    for i, char in enumerate(text):
        nxt = text[i + 1 : i + 2]
        if char == "y":
            if nxt in _VOWELS and nxt:
                if i == 0:
                    out.append("y")
                continue
            char = "i"
        elif char == "h" and not nxt and out and out[-1] in _VOWELS:
            continue
        if out and out[-1] == char and char not in _VOWELS:
            continue
        out.append(char)
    return "".join(out).translate(_PLAIN)


def _without_initial_ye(sounds: str) -> str:
    """Russian ``е`` opening a word is written ``ye`` or ``e``: Yevgeny, Evgeny."""
    return sounds[1:] if sounds.startswith("ye") else sounds


#: Vowel classes of `phonetic_key` (a e i, o u) and `vowel_key` (a; e y; i; o u).
_TWO_CLASSES = {v: "a" if v in _FRONT else "o" for v in _VOWELS}
_FOUR_CLASSES = {v: "o" if v in "ou" else "e" if v == "y" else v for v in _VOWELS}
_I_GLIDE = re.compile(r"i(?=[aeou])")


@lru_cache(maxsize=200_000)
def phonetic_key(latin: str) -> str:
    """Key that spelling variants of one name share: ``"Evgeniy"``, ``"Yevgeny"`` →
    ``"avgana"``; ``"Hossein"``, ``"Hussein"``, ``"Husayn"`` → ``"hosan"``."""
    return _classed(_without_initial_ye(sound_string(latin)), _TWO_CLASSES)


@lru_cache(maxsize=100_000)
def vowel_key(latin: str) -> str:
    """`phonetic_key` with a, e and i apart, and an i before a vowel a glide: what every
    romanisation of a Russian word keeps (``"Sharapova"`` → ``"xarapova"``, ``"Sharipova"``
    → ``"xaripova"``; ``"Kasianov"``, ``"Kasyanov"`` → ``"kasanov"``)."""
    sounds = _I_GLIDE.sub("", _without_initial_ye(sound_string(latin)))
    return _classed(sounds, _FOUR_CLASSES)


def _classed(sounds: str, classes: dict[str, str]) -> str:
    out: list[str] = []
    in_vowels = False
    for i, char in enumerate(sounds):
        if char in _VOWELS and not (char == "y" and i == 0):
            vowel = classes[char]
            if not in_vowels:
                out.append(vowel)
            elif i == len(sounds) - 1:
                out[-1] = vowel  # a final run takes its last vowel: Maria, Mario
            in_vowels = True
            continue
        in_vowels = False
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out).lower()


@lru_cache(maxsize=200_000)
def skeleton_key(latin: str) -> str:
    """The consonant skeleton of a Latin token: ``"Mohammed"`` → ``"mhmd"``,
    ``"Javad"`` → ``"jwd"``, ``"Lavrov"`` → ``"lr"``."""
    sounds = _without_initial_ye(sound_string(latin))
    out: list[str] = []
    for i, char in enumerate(sounds):
        if char in _VOWELS and not (char == "y" and i == 0):
            continue
        if char == "v" and i > 0 and sounds[i + 1 : i + 2] not in _VOWELS:
            continue
        if char == "v" and i > 0 and not sounds[i + 1 : i + 2]:
            continue
        letter = char.translate(_SKELETON_CLASSES)
        if not out or out[-1] != letter:
            out.append(letter)
    return "".join(out)
