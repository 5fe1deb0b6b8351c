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
    # Belarusian writes a daughter's -evna with ў: Мікалаеўна, Аляксандраўна
    r"|[a-z]{4}[ae]una$"
    # Kazakh writes son and daughter of as one word with the father's name: Бақтиярұлы (not
    # the French ou of an Arabic name: Madbouly)
    r"|[a-z]{3}(?<!o)(?:uly|[kq]yzy)$"
)


@lru_cache(maxsize=100_000)
def reads_as_patronymic(readings: tuple[str, ...]) -> bool:
    """Whether a token reads as a Russian, Ukrainian, Belarusian or Kazakh patronymic:
    ``viktorovich``, ``sergeyevna``, ``oleksandrivna``, ``aliaksandravich``,
    ``aliaksandrauna``, ``ilyich``, ``baktiyaruly``."""
    return any(_ENDINGS.search(r) for r in readings[:2])


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
