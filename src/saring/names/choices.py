"""Readings of a word whose letters each have several: the likeliest combinations first."""

from __future__ import annotations

import itertools
from collections.abc import Sequence


def likeliest_choices(options: Sequence[tuple[str, ...]], limit: int) -> list[tuple[str, ...]]:
    """Up to ``limit`` choices of one option per letter, those departing from the fewest
    first options first: every single departure comes before any pair of them, whatever
    the letter's place in the word."""
    first = [letter[0] for letter in options]
    departures = [(i, option) for i, letter in enumerate(options) for option in letter[1:]]
    found: list[tuple[str, ...]] = []
    for count in range(len(options) + 1):
        for chosen in itertools.combinations(departures, count):
            if len({i for i, _ in chosen}) < count:
                continue  # two departures at one letter
            combo = list(first)
            for i, option in chosen:
                combo[i] = option
            found.append(tuple(combo))
            if len(found) >= limit:
                return found
    return found


def likeliest_skeletons(options: Sequence[tuple[str, ...]], limit: int) -> list[str]:
    """The consonant skeletons of the `likeliest_choices` of letter classes, in that order:
    the chosen letters written together, a letter repeated next to itself once."""
    found = []
    for combo in likeliest_choices(options, limit):
        out: list[str] = []
        for letter in combo:
            if letter and (not out or out[-1] != letter):
                out.append(letter)
        found.append("".join(out))
    return found
