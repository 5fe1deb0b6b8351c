"""Patronymics: Slavic ``-ovich``/``-evna`` and Kazakh ``-uly``/``-kyzy`` forms and the name
after ``bin``/``ibn``/``ould`` or before a Turkic ``oglu``/``kyzy``. A patronymic says less
about who is meant than a given or family name, and is often left out of a query."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_ENDINGS = re.compile(
    r"(?:(?:[aeiouy]|v)v[iy]t?ch|[aeiouy]vn[ai]|ichna|ilyi?t?ch|ilich|kuzmich|lukich|fomich"
    r"|nikitich)$"
    # as German and Dutch write them: Alexandrowitsch, Petrowna, Aleksandrovitsj
    r"|[aeiouy]wit?sch$|[aeiouy]wn[ai]$|[aeiouy]vit?sj$"
    # Belarusian writes a daughter's -evna with ў: Мікалаеўна, Аляксандраўна
    r"|[a-z]{4}[ae]una$"
    # Kazakh writes son and daughter of as one word with the father's name: Бақтиярұлы (not
    # the French ou of an Arabic name: Madbouly)
    r"|[a-z]{3}(?<!o)(?:uly|[kq]yzy)$"
)


#: A Russian patronymic's ending as Hangul, Arabic script and Hebrew write it: -ovich and
#: -evich (비치, فيتش, ביץ'), -ovna and -evna (브나, فنا, בנה), Ukrainian -ivna (리우나).
_NATIVE_ENDINGS = re.compile("(?:비치|브나|[이리]우나)$|[وي](?:فيتش|فنا)$|[וי](?:ביץ['׳]?|בנה)$")


def native_patronymic(original: str) -> bool:
    """Whether a word in Hangul, Arabic script or Hebrew ends as a Russian patronymic does
    there (세르게예비치, فيدوروفيتش, ולדימירוביץ'); a family name may too (Abramovich), so
    only a name's middle part is read so."""
    return _NATIVE_ENDINGS.search(original) is not None


@lru_cache(maxsize=100_000)
def reads_as_patronymic(readings: tuple[str, ...]) -> bool:
    """Whether a token reads as a Russian, Ukrainian, Belarusian or Kazakh patronymic:
    ``viktorovich``, ``sergeyevna``, ``oleksandrivna``, ``aliaksandravich``,
    ``aliaksandrauna``, ``ilyich``, ``baktiyaruly``; in German and Dutch spellings too
    (``alexandrowitsch``, ``petrowna``)."""
    return any(_ENDINGS.search(r) for r in readings[:2])


#: A Bulgarian or Macedonian patronymic: the father's given name with -ov or -ev (Славчев,
#: Dimitrov), between the given name and a family name; not a woman's -ova, which may as well
#: be a maiden name (Гульнара Сулейманова КЕРИМОВА).
_SOUTH_SLAVIC = re.compile(r"[a-z]{3}(?:ov|ev)$")
#: Endings of the family names such a patronymic comes before (Пеевски, Луканов).
_SOUTH_SLAVIC_FAMILY = re.compile(r"(?:ov|ev|sk[iy]|ska)a?$")


def south_slavic_patronymic(given: str, middle: str, family: str) -> bool:
    """Whether the Latin readings of a name's given, middle and family parts, in that order,
    make a Bulgarian or Macedonian name whose middle part is the father's (Delyan Slavchev
    Peevski, ZHELYAZKOV, Ilko Dimitrov)."""
    return (
        _SOUTH_SLAVIC.search(middle) is not None
        and _SOUTH_SLAVIC_FAMILY.search(family) is not None
        and _SOUTH_SLAVIC.search(given) is None
    )


def pick_patronymics(candidates: Sequence[int], blockers: set[int]) -> list[int]:
    """Of several parts with a patronymic ending (``Roman Arkadyevich Abramovich``), keep
    those that follow a name part that is not one itself; a lone candidate is kept.

    ``candidates`` are part positions in order; ``blockers`` are positions of parts that
    cannot be the given name before a patronymic (particles, titles…).
    """
    if len(candidates) <= 1:
        return list(candidates)
    chosen = set(candidates)
    kept = [i for i in candidates if i > 0 and (i - 1) not in chosen and (i - 1) not in blockers]
    return kept or [candidates[0]]
