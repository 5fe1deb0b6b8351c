"""Regnal numbers after a person's name, read as digits in every script: Charles III, Карл
III, 찰스 3세, צ'ארלס השלישי and تشارلز الثالث all carry the number 3; so do the English
suffixes Jr. and Sr., the Younger and the Elder (2 and 1).

A number is read only after the name's first piece, and a Latin Roman numeral only in
capitals: ``XI`` opening Xi Jinping, or the Chinese family name LI, stays a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from saring.names.tokenize import GERESH, GERESH_MARK

#: Roman numerals up to 39, the range regnal numbers use (Louis XVIII, John XXIII).
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
#: Roman numerals that are as often a name in capitals (the Chinese XI) or an initial: in a
#: Latin name, read as numbers only last, after a word not in capitals (Elizabeth I, not
#: SMITH JOHN I) and without a dot (not Bernard L.), or before "of" (Paul I of Greece).
_LATIN_AMBIGUOUS = frozenset({"I", "V", "X", "XI"})
#: French ordinals of the first: François Ier.
_FIRST = frozenset({"Ier"})
#: English generational suffixes, read as the numbers they stand for (Floyd Mayweather Jr.,
#: the second of the name; Sr., the first).
_GENERATIONS = {"jr": 2, "jnr": 2, "sr": 1, "snr": 1}
#: English "the Younger" and "the Elder", read only after "the" (John Elder is a name).
_THE_GENERATIONS = {"younger": 2, "elder": 1}
#: The same suffixes as other scripts write them: Arabic and Hebrew "the son" (فرديناند
#: ماركوس الابن) and "the father" (לוקאס קראנאך האב: Lucas Cranach the Elder), Arabic,
#: Hebrew and Russian "the younger", Hebrew and Russian "the elder" (not Arabic الأكبر, as
#: often "the Great": الإسكندر الأكبر), and Junior spelt out (Hebrew with its geresh in one
#: form, `_one_geresh`).
_GENERATION_WORDS = {
    "الابن": 2, "الإبن": 2, "جونيور": 2, "جونیور": 2, "ג׳וניור": 2, "הבן": 2,
    "الأب": 1, "الاب": 1, "האב": 1, "الأصغر": 2, "الاصغر": 2, "הצעיר": 2, "הזקן": 1,
    "младший": 2, "старший": 1, "джуниор": 2, "주니어": 2,
}  # fmt: skip
#: Korean and Japanese write the number in digits before 세 or 世 (찰스 3세).
_EAST_ASIAN = re.compile(r"(\d{1,2})[세世]")
#: Arabic, Persian and Hebrew ordinals, by their value; ``عشر`` after an Arabic ordinal
#: and ``עשר`` after a Hebrew one add ten (الرابع عشر, הארבעה עשר: fourteenth).
_ORDINALS = {
    "الأول": 1, "الاول": 1, "الثاني": 2, "الثانى": 2, "الثالث": 3, "الرابع": 4,
    "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
    "الحادي": 1, "الحادى": 1,
    "اول": 1, "یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7,
    "هشتم": 8, "نهم": 9, "دهم": 10,
    "הראשון": 1, "השני": 2, "השלישי": 3, "הרביעי": 4, "החמישי": 5, "השישי": 6,
    "השביעי": 7, "השמיני": 8, "התשיעי": 9, "העשירי": 10,
    "הראשונה": 1, "השנייה": 2, "השניה": 2, "השלישית": 3, "הרביעית": 4, "החמישית": 5,
    "השישית": 6, "השביעית": 7, "השמינית": 8, "התשיעית": 9, "העשירית": 10,
    "האחד": 1, "השנים": 2, "השלושה": 3, "הארבעה": 4, "החמישה": 5, "השישה": 6,
    "השבעה": 7, "השמונה": 8, "התשעה": 9,
}  # fmt: skip
#: Ordinals read only with the word for ten after them (الحادي عشر, הארבעה עשר).
_TEEN_ONLY = frozenset(
    {"الحادي", "الحادى", "האחד", "השנים", "השלושה", "הארבעה", "החמישה", "השישה", "השבעה",
     "השמונה", "התשעה"}
)  # fmt: skip
_TEN = frozenset({"عشر", "עשר"})
#: Tens written after an Arabic ordinal (الثالث والعشرون: twenty-third), and the units
#: written after a Hebrew ten (העשרים ושלושה: twenty-third).
_TENS_AFTER = {"والعشرون": 20, "والعشرين": 20, "والثلاثون": 30, "والثلاثين": 30}
_HEBREW_TENS = {"העשרים": 20, "השלושים": 30}
_HEBREW_UNITS = {
    "ואחד": 1, "ושניים": 2, "ושנים": 2, "ושלושה": 3, "וארבעה": 4, "וחמישה": 5, "ושישה": 6,
    "ושבעה": 7, "ושמונה": 8, "ותשעה": 9,
}  # fmt: skip


def roman_value(word: str) -> int | None:
    """The value of a Roman numeral in capitals up to 39 (II, XIV), else None."""
    if not word or not word.isupper() or not _ROMAN.fullmatch(word):
        return None
    values = [_ROMAN_VALUES[c] for c in word]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _latin_numeral(words: Sequence[str], i: int, final_dot: bool) -> bool:
    """Whether an ambiguous numeral (`_LATIN_AMBIGUOUS`) of a Latin name is a number."""
    if words[i] == "XI":
        return False
    if i + 1 < len(words):
        return words[i + 1].casefold() == "of"
    before = words[i - 1]
    return not final_dot and len(before) > 1 and not before.isupper()


def _one_geresh(word: str) -> str:
    """A word case-folded, a Hebrew geresh written as a mark or an apostrophe as ``׳``."""
    return word.casefold().replace(GERESH_MARK, GERESH).replace("'", GERESH)


def regnal_numbers(
    words: Sequence[str], latin_name: bool, final_dot: bool = False
) -> dict[int, tuple[int, int]]:
    """The regnal numbers among a name's written pieces: by the position of the first
    piece, its value and how many pieces it takes (``["تشارلز", "الثالث"]`` gives
    ``{1: (3, 1)}``). ``latin_name`` tells whether the name is written in Latin letters,
    ``final_dot`` whether its text ends with a dot (an initial: John I.)."""
    found: dict[int, tuple[int, int]] = {}
    for i in range(1, len(words)):
        word = words[i]
        value = 1 if word in _FIRST else roman_value(word)
        if value is None:
            value = (_GENERATIONS if latin_name else _GENERATION_WORDS).get(_one_geresh(word))
        if value is None and latin_name and words[i - 1].lower() == "the":
            value = _THE_GENERATIONS.get(word.lower())
        if value is not None and latin_name and word in _LATIN_AMBIGUOUS:
            value = value if _latin_numeral(words, i, final_dot) else None
        if value is None:
            east_asian = _EAST_ASIAN.fullmatch(word)
            value = int(east_asian.group(1)) if east_asian else None
        if value is not None:
            found[i] = (value, 1)
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _HEBREW_TENS:
            unit = _HEBREW_UNITS.get(following, 0)
            found[i] = (_HEBREW_TENS[word] + unit, 2 if unit else 1)
            continue
        ordinal = _ORDINALS.get(word)
        if ordinal is None:
            continue
        if following in _TEN:
            found[i] = (ordinal + 10, 2)
        elif following in _TENS_AFTER:
            found[i] = (ordinal + _TENS_AFTER[following], 2)
        elif word not in _TEEN_ONLY:
            found[i] = (ordinal, 1)
    return found
