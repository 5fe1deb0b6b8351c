"""Cyrillic to Latin, by language: Russian, Ukrainian, Belarusian, Bulgarian, Serbian and
Macedonian, Kazakh and other Turkic/Iranian alphabets.

Each language gets the spelling used by sanctions lists and passports (BGN/PCGN-like for
Russian, the national systems for Ukrainian and Belarusian), plus variant readings a
listing may use instead: a Ukrainian ``Геннадій`` is ``hennadii`` but also ``gennadii``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rigour.text import ascii_text

from saring.names.rewrites import compile_rewrites, rewrite

RUSSIAN = "ru"
UKRAINIAN = "uk"
BELARUSIAN = "be"
BULGARIAN = "bg"
SERBIAN = "sr"
KAZAKH = "kk"

_VOWELS = frozenset("аеёиоуыэюяєіїўәөұүӣӯ")
#: Ukrainian writes a soft sign in -ський, -цький, -зький where Russian has -ский.
_UKRAINIAN_ENDINGS = re.compile("[сцз]ьк")
#: э after a consonant: how Russian writes the a of English names (Гэри, Кэмерон).
_ENGLISH_A = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])э")
#: Family-name endings only Serbian (and Montenegrin, Bosnian) writes: Шутановац, Јанковац.
_SERBIAN_ENDINGS = re.compile(r"(?:ов|ев|ин|ан)ац\b")
_SOFTENERS = frozenset("ьъ'")

_RUSSIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "'": "",
}  # fmt: skip
#: Letters that begin with a ``y`` glide at the start of a word or after a vowel.
_IOTATED = {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya", "є": "ye"}
#: After a consonant, Ukrainian and Belarusian write the glide as ``i``.
_SOFT_AFTER_CONSONANT = {"є": "ie", "ю": "iu", "я": "ia", "ё": "io"}

_UKRAINIAN = {**_RUSSIAN, "г": "h", "и": "y", "й": "i", "ї": "i", "є": "ie", "ю": "iu",
              "я": "ia", "е": "e"}  # fmt: skip
_BELARUSIAN = {**_RUSSIAN, "г": "h", "ў": "u", "й": "i", "е": "e", "ё": "io", "ю": "iu",
               "я": "ia"}  # fmt: skip
_BULGARIAN = {**_RUSSIAN, "ъ": "a", "щ": "sht", "х": "h", "ь": "y"}
_SERBIAN = {**_RUSSIAN, "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
            "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ж": "z", "ш": "s", "ч": "c", "ц": "c",
            "х": "h"}  # fmt: skip
_TURKIC = {"ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
           "һ": "h", "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j", "ҙ": "z", "ҫ": "s",
           "ӗ": "e", "ӑ": "a", "ӳ": "u", "ҡ": "q"}  # fmt: skip
_KAZAKH = {**_RUSSIAN, **_TURKIC}
_SERBIAN_ENGLISH = {**_RUSSIAN, "ђ": "dj", "ј": "y", "љ": "ly", "њ": "ny", "ћ": "ch",
                    "џ": "dzh", "ѓ": "gy", "ќ": "ky", "ѕ": "dz", "х": "h"}  # fmt: skip
_RUSSIAN_WITH_TURKIC = {**_RUSSIAN, **_TURKIC, "қ": "k", "ғ": "g"}

#: Per language: the preferred table, then tables for variant readings.
_TABLES: dict[str, tuple[dict[str, str], ...]] = {
    RUSSIAN: (_RUSSIAN,),
    UKRAINIAN: (_UKRAINIAN, _RUSSIAN),
    BELARUSIAN: (_BELARUSIAN, _RUSSIAN),
    BULGARIAN: (_BULGARIAN, _RUSSIAN),
    SERBIAN: (_SERBIAN, _SERBIAN_ENGLISH),
    KAZAKH: (_KAZAKH, _RUSSIAN_WITH_TURKIC),
}
_SOFT_GLIDE_LANGS = frozenset({UKRAINIAN, BELARUSIAN})
#: Languages whose passports spell iotated vowels as i and the vowel.
_PASSPORT_LANGS = frozenset({RUSSIAN, UKRAINIAN, BELARUSIAN})


#: Ukrainian and Belarusian letters as the Russian letters for their sounds.
_AS_RUSSIAN = str.maketrans({"і": "и", "ї": "йи", "є": "е", "ґ": "г", "ў": "у"})


def russian_letters(word: str) -> str:
    """A Ukrainian or Belarusian word in Russian letters, for the ways of spelling Chinese,
    Vietnamese or Japanese names Russian defines (Цзяньлінь: Цзяньлинь, Нгуєн: Нгуен)."""
    return word.translate(_AS_RUSSIAN)


def cyrillic_language(text: str) -> str:
    """Guess which Cyrillic alphabet a name is written in, from its letters."""
    letters = set(text.lower())
    if "ў" in letters:
        return BELARUSIAN
    if letters & set("їєґ"):
        return UKRAINIAN
    if letters & set("ђјљњћџѓќѕ") or _SERBIAN_ENDINGS.search(text.lower()):
        return SERBIAN
    if letters & set("әғқңөұүһӣӯҳҷ"):
        return KAZAKH
    if "і" in letters:
        return BELARUSIAN if letters & set("ыэ") else UKRAINIAN
    if _UKRAINIAN_ENDINGS.search(text.lower()):
        return UKRAINIAN
    if any(a == "ъ" and b not in _VOWELS for a, b in zip(text, text[1:], strict=False)):
        return BULGARIAN
    return RUSSIAN


#: The passport spelling of iotated vowels (ICAO 9303, Russia's since 2013; Ukraine's
#: official one writes them so too, but for ye, yi, yu, ya opening a word): Юлия, IULIIA.
_PASSPORT = {"ю": "iu", "я": "ia", "є": "ie", "ї": "i"}
#: The same letters opening a word, as Ukraine's official spelling writes them (Yuliia).
_PASSPORT_OPENING = {"ю": "yu", "я": "ya", "є": "ye", "ї": "yi"}


def _passport_reading(word: str, language: str) -> str:
    """A Cyrillic word as passports spell it, every ю, я, є and ї as i and the vowel (Юлія:
    iuliia; Ярослав: iaroslav)."""
    table = _TABLES.get(language, _TABLES[RUSSIAN])[0]
    return "".join(_PASSPORT.get(c) or table.get(c, c) for c in word.lower())


def _spell(word: str, table: dict[str, str], soft_glides: bool) -> str:
    out: list[str] = []
    prev = ""
    for i, char in enumerate(word):
        glide_position = not prev or prev in _VOWELS or prev in _SOFTENERS
        if char in _IOTATED and glide_position and table is not _SERBIAN:
            if prev in _SOFTENERS and prev != "'" and table is _RUSSIAN:
                out.append("y" + _IOTATED[char][1:])
            else:
                out.append(_IOTATED[char])
        elif char in _SOFT_AFTER_CONSONANT and soft_glides:
            out.append(_SOFT_AFTER_CONSONANT[char])
        elif char == "й" and i == 0:
            out.append("y")
        elif char == "ї" and i == 0:
            out.append("yi")
        elif char in table:
            out.append(table[char])
        elif char.isascii():
            out.append(char)
        else:
            out.append(ascii_text(char).lower())
        prev = char
    text = "".join(out)
    if table is _RUSSIAN and text.endswith(("iy", "yy")):
        text = text[:-2] + "y"
    return text


#: How Russian writes English sounds, undone: дж (j), ей before a consonant (a: Джейк,
#: Jake; Бейкер, Baker), у before a vowel at the start and уэ (w: Уильям, William; Пауэлл,
#: Powell).
_ENGLISH = (
    (re.compile("dzh"), "j"),
    (re.compile("e[yi](?=[^aeiouy])"), "a"),
    (re.compile("^u(?=[aeio])|(?<=.)u(?=e)"), "w"),
)


#: How Russian writes French and German spellings, undone: ш for ch (Ширак, Chirac), ц for
#: z (Цукерберг, Zuckerberg; Шольц, Scholz), ж before a vowel for j (Жак, Jacques).
_WESTERN_SOUNDS = compile_rewrites(
    (("shch", "chtch"), ("sh", "ch"), ("ts", "z"), ("zh(?=[aeiouy])", "j"))
)
#: How French spells a Russian name (Iouri Loujkov, Vladimir Poutine, Sergueï Choïgou): an
#: initial е as e, у as ou, ж as j, ш as ch, ч as tch, щ as chtch, г before e or i as gu, я and
#: ё as ia and io, й after a vowel and a final и as i, с between vowels as ss and a final ин
#: as ine. Written in capitals, so no later rule rewrites what an earlier one wrote.
_FRENCH_SOUNDS = compile_rewrites(
    (
        ("^ye", "E"),
        ("shch", "CHTCH"),
        ("ch", "TCH"),
        ("sh", "CH"),
        ("zh", "J"),
        ("yu", "IOU"),
        ("u", "OU"),
        ("g(?=[eiy])", "GU"),
        ("y(?=[aeo])", "I"),
        ("(?<=[aeiouAEIOU])y|y$", "I"),
        ("(?<=[aeiou])s(?=[aeiou])", "SS"),
        ("in$", "INE"),
    )
)


def _western(reading: str) -> str:
    """A Russian reading of a French or German name spelt as those languages spell it."""
    return rewrite(reading, _WESTERN_SOUNDS)


def _french(reading: str) -> str:
    """A Russian name's Russian reading as French spells it (``luzhkov`` → ``loujkov``)."""
    return rewrite(reading, _FRENCH_SOUNDS).lower()


def _english(reading: str) -> str:
    """A Russian reading of an English name spelt as English spells it (Джейк: jak)."""
    for pattern, replacement in _ENGLISH:
        reading = pattern.sub(replacement, reading)
    return reading


@lru_cache(maxsize=100_000)
def cyrillic_readings(token: str, language: str = RUSSIAN) -> tuple[str, ...]:
    """Latin readings of a Cyrillic token, the language's own spelling first.

    ``Пономарёв`` gives ``ponomaryov`` and ``ponomarev``; Ukrainian ``Микола`` gives
    ``mykola`` and ``mikola``.
    """
    word = token.lower()
    readings: list[str] = []
    for number, table in enumerate(_TABLES.get(language, _TABLES[RUSSIAN])):
        soft = language in _SOFT_GLIDE_LANGS and number == 0
        readings.append(_spell(word, table, soft))
    if "ё" in word:
        readings.append(_spell(word.replace("ё", "е"), _RUSSIAN, False))
    if "г" in word and language == RUSSIAN:
        readings.append(readings[0].replace("g", "h"))  # Herman Gref, Ihor: г read as h
    if "дж" in word:
        readings.append(readings[0].replace("dzh", "j"))  # Джон: John, Реджеп: Recep
    if "х" in word:
        readings.append(readings[0].replace("kh", "h"))  # a foreign h: Хлайн, Hlaing
    if "кс" in word:
        readings.append(readings[0].replace("ks", "x"))  # Макс: Max, Алексей: Alexei
    if _ENGLISH_A.search(word):
        # э after a consonant writes an English a (Гэри: Gary, Кэролин: Carolyn)
        readings.append(_spell(_ENGLISH_A.sub("а", word), _RUSSIAN, False))
    if language == RUSSIAN:
        readings.append(_english(readings[0]))
        readings.append(_western(readings[0]))
        readings.append(_french(readings[0]))
    if word.endswith("ич") and language == RUSSIAN:
        readings.append(readings[0][:-2] + "c")  # a Serbian -ić written without ћ
    if language in _PASSPORT_LANGS and not _PASSPORT.keys().isdisjoint(word):
        passport = _passport_reading(word, language)
        readings.append(passport)
        if word[0] in _PASSPORT_OPENING:
            rest = passport[len(_PASSPORT[word[0]]) :]
            readings.append(_PASSPORT_OPENING[word[0]] + rest)
    return tuple(dict.fromkeys(r for r in readings if r))
