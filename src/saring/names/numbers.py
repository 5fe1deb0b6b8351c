"""Numbers written in words or as ordinals, read as digits: ``Brigade Forty-Four`` and
``Brigade 44``, ``1st International Bank`` and ``First International Bank``, ``Three
Percenters`` and ``3 Percenters`` carry the same number part.

English cardinals and ordinals up to the thousands, common misspellings (``fourty``) and
numbers half in words (``Forty 4``) are read; anything else is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_UNIT_ORDINALS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = {"hundred": 100, "thousand": 1000}

#: Every number word and its value; ``tens`` words may take a unit after them.
WORDS: dict[str, int] = {word: value for value, word in enumerate(_UNITS)}
WORDS |= {word: value for value, word in enumerate(_UNIT_ORDINALS)}
WORDS.pop("second")  # "second" is as often a plain word (Second Bank) as an ordinal
for _position, _word in enumerate(_TENS):
    WORDS[_word] = 20 + 10 * _position
    WORDS[_word[:-1] + "ieth"] = 20 + 10 * _position
WORDS["fourty"] = WORDS["fourtieth"] = 40
WORDS |= {f"{word}th": value for word, value in _SCALES.items()}
_TENS_VALUES = frozenset(20 + 10 * i for i in range(len(_TENS)))
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def digits_of(word: str) -> str | None:
    """The digits a single lower-case Latin token stands for (``1st`` → ``1``), if any."""
    if word.isdigit():
        return word
    found = _ORDINAL_DIGITS.match(word)
    if found:
        return found.group(1)
    if word in WORDS:
        return str(WORDS[word])
    return None


def read_number(words: Sequence[str]) -> tuple[int, int] | None:
    """The value of the number the leading ``words`` spell, and how many words it takes.

    ``["forty", "four", "brigade"]`` gives ``(44, 2)``; ``["forty", "4"]`` gives ``(44, 2)``;
    a run that does not start with a number word gives ``None``.
    """
    total = current = 0
    used = 0
    for word in words:
        if word in _SCALES and used:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
            used += 1
            continue
        value = _value(word)
        if value is None:
            break
        if used and not _may_follow(current, value):
            break
        current += value
        used += 1
    if not used:
        return None
    return total + current, used


def _value(word: str) -> int | None:
    digits = digits_of(word)
    return int(digits) if digits is not None else None


def _may_follow(current: int, value: int) -> bool:
    """Whether ``value`` continues a number standing at ``current`` (forty → four)."""
    last_two = current % 100
    return last_two in _TENS_VALUES and 0 < value < 10 or (last_two == 0 and value < 100)
