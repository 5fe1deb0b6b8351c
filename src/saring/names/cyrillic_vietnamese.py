"""Vietnamese names written in Cyrillic (``Фам Ван Донг``, ``Ле Зуан``, ``Во Нгуен Зиап``),
read in the Vietnamese alphabet too (without its marks), so that they meet ``Pham Van Dong``.

Russian writes a Vietnamese syllable by its sound: d and gi as з, ph as ф, x as с, s as ш,
tr as ч, ch as ть (т before a front vowel), nh as нь (or н; before a vowel, a soft one:
Нян, Nhân), th and kh as тх and кх, ư as ы. Its ordinary transliteration (``zuan``,
``fam``) is too far from the Vietnamese spelling for a typo's distance. A name is read so
when every word is one syllable and its first word a Vietnamese family name, and the name
has three words or more, or a family name or a spelling only Vietnamese names have
(``Нгуен``, ``Фам``, an initial нг or з, a final нь, ы). Like a Korean name's syllables,
the words are then compared by these readings only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import product

#: A syllable's initial consonant in Cyrillic and the Vietnamese letters it writes.
_INITIALS = {
    "б": ("b",), "в": ("v",), "г": ("g", "gh"), "д": ("d",), "з": ("d", "gi", "r"),
    "ж": ("r", "gi"), "к": ("c", "k"), "кх": ("kh",), "л": ("l",), "м": ("m",), "н": ("n",),
    "нг": ("ng", "ngh"), "нь": ("nh",), "п": ("p",), "ф": ("ph",), "х": ("h",),
    "с": ("x", "s"), "ш": ("s", "ch"), "т": ("t",), "тх": ("th",), "ч": ("tr", "ch"),
    "ть": ("ch",),
}  # fmt: skip
#: Vowel letters and the Vietnamese vowels they write.
_VOWELS = {
    "а": ("a",), "е": ("e", "ye"), "э": ("e",), "и": ("i", "y"), "о": ("o",), "у": ("u", "o"),
    "ы": ("u", "o"), "ю": ("u", "yu"), "я": ("ia", "ya"),
}  # fmt: skip
#: A syllable's final consonant or glide and the Vietnamese letters it writes.
_FINALS = {
    "": ("",), "к": ("c", "ch"), "м": ("m",), "нг": ("ng",), "нь": ("nh",),
    "п": ("p",), "т": ("t",), "ть": ("ch",), "й": ("i", "y"), "н": ("n", "nh"),
}  # fmt: skip


def _either(options: Sequence[str]) -> str:
    return "|".join(sorted(map(re.escape, options), key=len, reverse=True))


_SYLLABLE = re.compile(
    f"(ку(?=[аэеиоы])|{_either([i for i in _INITIALS])})?(ь?)([{''.join(_VOWELS)}]{{1,3}})"
    f"({_either([f for f in _FINALS if f])})?"
)
#: Family names, in Cyrillic, that open most Vietnamese names.
_FAMILIES = frozenset(
    "нгуен чан ле фам хоанг хюинь фан ву во данг буй до хо нго зыонг ли дао динь лам тхай "
    "мак ха май чинь куах зюнг тхан ким нонг чыонг лыонг тонг".split()
)
#: Family names no Russian, Chinese or Korean name is spelt as.
_TELLING_FAMILIES = frozenset("нгуен фам хоанг хюинь зыонг динь чинь тхай куах".split())
_TELLING = re.compile("^нг|^з|^кх|^тх|нь$|ть$|ы|уе|оа")
_SOFT_VOWELS = frozenset("иеюя")
#: Vowel letters whose iotation after н writes the nh before a plain vowel (Нян: Nhân).
_IOTATED = {"я": "a", "ю": "u", "е": "e"}
#: Most readings kept of a word.
_MOST_READINGS = 8


@lru_cache(maxsize=20_000)
def _parse(word: str) -> tuple[str, str, str] | None:
    found = _SYLLABLE.fullmatch(word.lower())
    if found is None:
        return None
    initial, soft, vowels, final = found.groups()
    return initial or "", "и" * len(soft) + vowels, final or ""  # ье: iê (Зьем, Diem)


def vietnamese_name(words: Sequence[str]) -> bool:
    """Whether Cyrillic words read as a Vietnamese name (see the module's rules)."""
    lowered = [w.lower() for w in words]
    if not 2 <= len(lowered) <= 5 or lowered[0] not in _FAMILIES:
        return False
    if not all(map(_parse, lowered)):
        return False
    if len(lowered) >= 3 or lowered[0] in _TELLING_FAMILIES:
        return True
    return any(_TELLING.search(w) for w in lowered)


def vietnamese_readings(word: str) -> tuple[str, ...]:
    """The Vietnamese spellings a Cyrillic syllable may write (``Зуан`` → duan, giuan…);
    empty when it is no syllable."""
    parsed = _parse(word.lower())
    if parsed is None:
        return ()
    initial, vowels, final = parsed
    heads = ("qu",) if initial == "ку" else _INITIALS.get(initial, ("",))
    if initial == "т" and vowels[0] in _SOFT_VOWELS:
        heads = ("t", "ch")  # ch before a front vowel: Тинь, Chinh
    elif initial == "з" and vowels[0] in _SOFT_VOWELS:
        heads = (*heads, "g")  # gi before i and its glides: Зиап, Giap; Зянг, Giang
    options = [heads, *(_VOWELS[v] for v in vowels), _FINALS[final]]
    readings = ["".join(choice) for choice in product(*options)]
    if initial == "н" and vowels[0] in _IOTATED:  # nh before a vowel: Нян, Nhân
        rest = [(_IOTATED[vowels[0]],), *(_VOWELS[v] for v in vowels[1:]), _FINALS[final]]
        readings[1:1] = ("nh" + "".join(choice) for choice in product(*rest))
    return tuple(dict.fromkeys(readings))[:_MOST_READINGS]
