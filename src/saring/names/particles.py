"""Name particles (al-, bin, van, de…) and Arabic compounds written as one word.

``Abd al-Rahman``, ``Abdul Rahman``, ``Abdulrahman``, ``Abdurrahman`` and ``عبد الرحمن``
all come out as the parts ``abd`` + ``rahman`` (plus an article where one is written),
so that they meet part by part.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from saring.names.arabic import fold_arabic
from saring.names.scripts import HEBREW, token_script
from saring.names.tables import table_rows

ARTICLE = "article"
SUN = "sun"
CONNECTOR = "connector"
MARKER = "marker"
HEAD = "head"
#: Particles that are also names when they come first (Le Duc Tho, Di Maio, Ben Wallace,
#: Дэн Сяопин).
_NOT_FIRST = frozenset(
    {"la", "le", "de", "da", "di", "do", "du", "des", "y", "dos", "das", "ben", "den"}
)
#: What a compound head keeps as its own part: ``Abdulaziz`` → ``abd`` + ``aziz``.
_CONSONANT = "[b-df-hj-np-tv-xz]"
_HEAD = re.compile(
    r"^(abd|ab[ou]u?)"
    rf"(?:(?:ou|[aeiou])?l([a-z]{{3,}})"  # abdulaziz, abolfazl
    rf"|(?:ou|[aeiou])({_CONSONANT})\3([a-z]{{2,}})"  # abdurrahman, abdussattar
    rf"|[aeiou]?({_CONSONANT}[a-z]{{2,}}))$"  # abdrahman, abubakar, abdurakhmanov
)
#: ``Binalshibh`` → ``bin`` + ``shibh``.
_CONNECTOR = re.compile(r"^(?:bin|ibn|ben)[ae]l([a-z]{3,})$")
#: Endings that are a word of their own: ``Rahmatullah`` → ``rahmat`` + ``allah``.
_TAILS = (
    (re.compile(r"^(abd)[aeiou]?ll?ah?$"), "allah"),
    # West Africa's Abdoulaye and Abdulai (not Abdollahi, a Persian family name of it)
    (re.compile(r"^(abd)(?:ou|[aeiou])?ll?a[iy]e?$"), "allah"),
    # A single l needs its vowel, u or o (Rahmatulah, Nasrolah): -alah, -ilah and -elah end
    # names of their own (Nakhalah, Jamilah, Fadilah); without the h, a double l after a, o
    # or u (Nasralla, Abdulla), never a single one (Nicola, Ursula); never after w, where the
    # word ends in the Urdu and Gujarati -walla, -wallah (Mandviwalla: مانڈوی والا).
    (re.compile(r"^([a-z]{3,}?)(?<!w)(?<!w[aeiou])(?:[aeiou]?llah|[ou]lah|[aou]lla)$"), "allah"),
    (re.compile(r"^([a-z]{3,}?)(?:[aeiou]dd(?:i|ee|e)ne?|ed(?:di|i)ne)$"), "din"),
    # with one d only after u (Jallaloudine, Kamarudin) and a longer head (not Claudine)
    (re.compile(r"^([a-z]{4,}?)o?udine?$"), "din"),
    (re.compile(r"^([a-z]{3,}?)[aeiou](?:l|(r)(?=r))?r[ae]h?man$"), "rahman"),
    (re.compile(r"^([a-z]{3,}?)[aeiou]l-?haq?q$"), "haq"),
)
#: A name of God after Abd as the Maghreb spells it, not the name it spells alone:
#: Abdessalem is Abd al-Salam (Salem is سالم, no name of God).
_DIVINE_TAILS = {"salem": "salam", "slem": "salam"}
_STANDALONE_TAILS = {"eddine": "din", "eddin": "din", "uddin": "din", "uddeen": "din",
                     "addin": "din", "iddin": "din", "oddin": "din"}  # fmt: skip


class Particle(NamedTuple):
    """How a particle behaves (see the table header) and how it is spelled canonically."""

    role: str
    canonical: str


@cache
def _particles() -> dict[str, Particle]:
    found: dict[str, Particle] = {}
    for form, role, canonical in table_rows("particles.csv"):
        key = fold_arabic(form) if not form.isascii() else form
        found.setdefault(key, Particle(role, canonical))
    return found


@lru_cache(maxsize=100_000)
def particle(latin: str, original: str = "") -> Particle | None:
    """The particle a token is, looked up by its Latin or (Arabic-script) written form."""
    found = _particles().get(latin)
    if found is None and original and not original.isascii():
        found = _particles().get(fold_arabic(original))
    return found


def particle_role(
    latin: str, original: str, position: int, count: int, next_latin: str
) -> Particle | None:
    """The particle a token is *here*: never the last part, a name's first part only when it
    cannot be a name (``Le`` of ``Le Duc Tho`` is not), an assimilated article only before
    its consonant (``ar Rahman``, not ``Ar Bell``)."""
    found = particle(latin, original)
    if found is None or found.role == HEAD:
        return found
    if found.role != MARKER and position == count - 1:
        return None
    if position == 0 and latin in _NOT_FIRST:
        return None
    if found.role == SUN:
        # Hebrew writes an assimilated article with the word (א-נאסר): אן is a name (Anne).
        consonant = latin[1:]
        if not next_latin.startswith(consonant) or token_script(original) == HEBREW:
            return None
    return found


def split_latin_compound(latin: str) -> list[str]:
    """Arabic compounds written as one Latin word, cut apart:
    ``abdulrahman``, ``abdurrahman`` → ``abd`` + ``rahman``; ``abolfazl`` → ``abu`` + ``fazl``;
    ``rahmatullah`` → ``rahmat`` + ``allah``; ``nasiruddin`` → ``nasir`` + ``din``;
    ``shamsurrahman`` → ``shams`` + ``rahman``. Other words come back whole."""
    if latin in _STANDALONE_TAILS:
        return [_STANDALONE_TAILS[latin]]
    for pattern, tail in _TAILS:
        match = pattern.match(latin)
        if match:
            return [*split_latin_compound(match.group(1)), tail]
    match = _CONNECTOR.match(latin)
    if match:
        return ["bin", *split_latin_compound(match.group(1))]
    match = _HEAD.match(latin)
    if match:
        head = "abd" if match.group(1) == "abd" else "abu"
        if match.group(2):
            rest = match.group(2)
        elif match.group(3):
            rest = match.group(3) + match.group(4)
        else:
            start = match.start(5)
            if latin[start] == latin[start + 1] and start > match.end(1):
                start -= 1  # a word opens on a vowel before a doubled consonant: Abouammo
            rest = latin[start:]
        if head == "abd":
            rest = _DIVINE_TAILS.get(rest, rest)
        return [head, *split_latin_compound(rest)]
    return [latin]
