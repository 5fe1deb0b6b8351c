"""Japanese names written in Cyrillic by the Polivanov system (``Синдзо Абэ``, ``Кэйдзо
Обути``, ``Дзюнъитиро Коидзуми``), read in Hepburn too, so that they meet ``Shinzo Abe``.

Russian spells every kana one fixed way that its ordinary transliteration cannot undo: し as
си (shi), ち as ти (chi), つ as цу (tsu), じ as дзи (ji), え as э. A word made wholly of such
syllables reads as every Hepburn spelling of them, in a name whose words all are and one of
which is spelt as only Polivanov spells (``ти``, ``дз``, ``цу``, ``сё``, ``кэ``…).
"""

from __future__ import annotations

from functools import cache, lru_cache

from saring.names import pinyin_spelling

#: Cyrillic consonants and the Hepburn consonant of each vowel column (a, i, u, e, o), then
#: of the ya, yu and yo syllables.
_ROWS = {
    "": ("", "", "", "", ""),
    "к": ("k", "k", "k", "k", "k", "ky"),
    "г": ("g", "g", "g", "g", "g", "gy"),
    "с": ("s", "sh", "s", "s", "s", "sh"),
    "дз": ("z", "j", "z", "z", "z", "j"),
    "т": ("t", "ch", "", "t", "t", "ch"),
    "д": ("d", "", "", "d", "d"),
    "н": ("n", "n", "n", "n", "n", "ny"),
    "х": ("h", "h", "", "h", "h", "hy"),
    "ф": ("", "", "f", "", ""),
    "б": ("b", "b", "b", "b", "b", "by"),
    "п": ("p", "p", "p", "p", "p", "py"),
    "м": ("m", "m", "m", "m", "m", "my"),
    "р": ("r", "r", "r", "r", "r", "ry"),
    "в": ("w", "", "", "", ""),
}
_VOWELS = "аиуэо"
_YOTATED = {"я": "a", "ю": "u", "ё": "o"}
#: Consonants Hepburn doubles where Russian doubles them (Хаттори, Хоккайдо, Иссэй).
_GEMINATES = "кстп"
#: Syllables only the Polivanov spelling of Japanese writes so.
_TELLING = ("ти", "тя", "тю", "тё", "дз", "цу", "си", "ся", "сю", "сё")
#: Syllables no word opens with: a moraic n and a glide after a vowel.
_MORAIC = frozenset({"н", "нъ", "м", "й"})
#: Most syllables of a word and readings kept of it.
_MOST_SYLLABLES, _MOST_READINGS = 10, 4


@cache
def _syllables() -> dict[str, tuple[str, ...]]:
    """Cyrillic syllable → its Hepburn spellings."""
    found: dict[str, list[str]] = {}

    def add(cyrillic: str, latin: str) -> None:
        found.setdefault(cyrillic, []).append(latin)

    for consonant, columns in _ROWS.items():
        for vowel, latin_consonant, latin_vowel in zip(_VOWELS, columns, "aiueo", strict=False):
            if latin_consonant or not consonant:
                add(consonant + vowel, latin_consonant + latin_vowel)
                if vowel == "э" and consonant:
                    add(consonant + "е", latin_consonant + "e")  # Абе, Тецуя
        if len(columns) > 5:
            for yotated, latin_vowel in _YOTATED.items():
                add(consonant + yotated, columns[5] + latin_vowel)
    for yotated, latin_vowel in _YOTATED.items():
        add(yotated, "y" + latin_vowel)
    add("цу", "tsu")
    add("дзу", "zu")
    add("й", "i")  # after a vowel: Кэйдзо, Keizo
    add("н", "n")
    add("м", "m")  # before b, m or p: Намба, Namba or Nanba
    add("м", "n")
    add("нъ", "n")
    for letter in _GEMINATES:
        for syllable, latin in list(found.items()):
            if syllable.startswith(letter) or (letter == "т" and syllable.startswith("ц")):
                for spelling in latin:
                    add(letter + syllable, spelling[0] + spelling)
    return {syllable: tuple(latin) for syllable, latin in found.items()}


@lru_cache(maxsize=20_000)
def _segments(word: str) -> tuple[tuple[str, ...], ...]:
    known = _syllables()
    ways = pinyin_spelling.segments(word.lower(), known, max(map(len, known)), _MOST_SYLLABLES)
    return tuple(w for w in ways if w[0] not in _MORAIC)


def japanese_name(words: list[str]) -> bool:
    """Whether Cyrillic words read as a Japanese name: two or more words, every one made of
    Polivanov syllables, one spelt as only Polivanov spells (``ти``, ``дз``, ``кэ``)."""
    if len(words) < 2 or not all(map(_segments, words)):
        return False
    lowered = [w.lower() for w in words]
    telling = any(t in w for w in lowered for t in _TELLING)
    return telling or any("э" in w[1:] for w in lowered)


def hepburn_readings(word: str) -> tuple[str, ...]:
    """The Hepburn readings of a Cyrillic word (``Обути`` → ``obuchi``), an n before b, m
    or p also as m (``Намба``: nanba, namba); empty when it is no Polivanov spelling."""
    found = pinyin_spelling.readings(_segments(word), _syllables(), _MOST_READINGS)
    labial = tuple(r.replace("nb", "mb").replace("np", "mp").replace("nm", "mm") for r in found)
    return tuple(dict.fromkeys((*found, *labial)))
