"""Chinese names written in Cyrillic by the Palladius system (``Си Цзиньпин``, ``Мао Цзэдун``,
``Ли Кэцян``), read in pinyin too, so that they meet ``Xi Jinping`` and names in Han script.

Russian spells Chinese syllables by fixed rules (j and z as цз, x as с, zh as чж, r as ж, -n
as -нь and -ng as -н) that its ordinary transliteration cannot undo: ``Цзиньпин`` reads
``tszinpin``. The Cyrillic spelling of every pinyin syllable is derived here from those
rules; a word then reads as every sequence of pinyin syllables that spells it.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import product

from saring.names import pinyin_spelling
from saring.names.wade_giles import COMMON_FAMILY_NAMES, split_syllable

_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
    "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч",
    "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}  # fmt: skip
#: Finals after an initial consonant.
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "i": "и", "ia": "я",
    "iao": "яо", "ie": "е", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин",
    "iong": "юн", "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань",
    "un": "унь", "uang": "уан", "ue": "юэ",
}  # fmt: skip
#: Syllables without an initial consonant: the plain finals, and those whose glide pinyin
#: writes as y or w.
_ALONE = {
    **{f: _FINALS[f] for f in ("a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng")},
    "er": "эр", "yi": "и", "ya": "я",
    "yo": "ё", "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян",
    "ying": "ин", "yong": "юн", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй",
    "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн", "yu": "юй", "yue": "юэ",
    "yuan": "юань", "yun": "юнь",
}  # fmt: skip
#: After j, q and x pinyin's u is ü: цзюй, сюэ, цюань, сюнь.
_AFTER_PALATAL = {"u": "юй", "ue": "юэ", "uan": "юань", "un": "юнь"}
#: Whole syllables spelt otherwise.
_SYLLABLES = {"hui": ("хуэй",), "lu": ("лу", "люй"), "nu": ("ну", "нюй")}
#: Finals whose э Russian often writes е after a consonant (Ли Пен, Ли Кецян).
_E_FINALS = frozenset({"e", "ei", "en", "eng"})
#: Fewest and most syllables of a Chinese name, and most per word.
MIN_SYLLABLES, MAX_SYLLABLES, MAX_PER_WORD = 2, 4, 3
#: Most readings kept per word.
MAX_READINGS = 8
#: Letters only the Palladius spelling of a syllable puts together.
_TELLING = ("цз", "чж", "сю", "ся", "сян", "цю", "ця", "цян", "ць", "нь", "э", "цы", "сы", "жэ")


def spellings(syllable: str) -> tuple[str, ...]:
    """The Cyrillic spellings of one pinyin syllable (``jin`` → ``цзинь``)."""
    if syllable in _SYLLABLES:
        return _SYLLABLES[syllable]
    initial, final = split_syllable(syllable)
    if not initial:
        found = _ALONE.get(syllable)
        return (found,) if found else ()
    head = _INITIALS.get(initial)
    if head is None:
        return ()
    if final == "i" and initial in ("z", "c", "s"):
        tail = "ы"
    elif initial in ("j", "q", "x") and final in _AFTER_PALATAL:
        tail = _AFTER_PALATAL[final]
    else:
        tail = _FINALS.get(final, "")
    if not tail:
        return ()
    spelt = head + tail
    if final in _E_FINALS:
        return (spelt, head + tail.replace("э", "е"))
    return (spelt,)


@cache
def _syllables() -> dict[str, tuple[str, ...]]:
    """Cyrillic syllable → the pinyin syllables it spells."""
    return pinyin_spelling.table(spellings)


@lru_cache(maxsize=20_000)
def segments(word: str) -> tuple[tuple[str, ...], ...]:
    """Every way to write a Cyrillic word as Palladius syllables, each as its Cyrillic
    syllables (none if it cannot be, or needs more than `MAX_PER_WORD`); a hard sign parts
    two syllables where the second opens on a vowel (Чжунъин: zhongying, not zhuning)."""
    known = _syllables()
    longest = max(map(len, known))
    pieces = word.lower().split("ъ")
    parts = [pinyin_spelling.segments(p, known, longest, MAX_PER_WORD) for p in pieces]
    if len(parts) == 1:
        return parts[0]
    ways = (sum(combo, ()) for combo in product(*parts))
    return tuple(sorted((w for w in ways if len(w) <= MAX_PER_WORD), key=len))


def palladius_word(word: str) -> bool:
    """Whether a Cyrillic word is one to three Palladius syllables."""
    return bool(segments(word))


def chinese_name(words: list[str]) -> bool:
    """Whether Cyrillic words read as a Chinese name: two to four syllables in all, every
    word made of Palladius syllables, one at least spelt as only Palladius spells
    (``цз``, ``сю``, ``-нь``, ``э``), so that Russian names are not read as Chinese."""
    if not words or not all(map(palladius_word, words)):
        return False
    count = sum(min(len(s) for s in segments(w)) for w in words)
    if not MIN_SYLLABLES <= count <= MAX_SYLLABLES:
        return False
    if any(t in w.lower() for w in words for t in _TELLING):
        return True
    ends = {words[0].lower(), words[-1].lower()}
    return any(p in COMMON_FAMILY_NAMES for e in ends for p in _syllables().get(e, ()))


def pinyin_readings(word: str) -> tuple[str, ...]:
    """The pinyin readings of a Cyrillic word (``Цзиньпин`` → ``jinping``), fewest
    syllables first; empty when it is no Palladius spelling."""
    return pinyin_spelling.readings(segments(word), _syllables(), MAX_READINGS)
