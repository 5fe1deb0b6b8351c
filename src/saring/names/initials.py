"""Initials in scripts whose letters have no one Latin letter: a Hebrew initial (י״ח ברנר:
Yosef Haim Brenner; ס. יזהר: S. Yizhar) stands for names opening with any of the Latin
letters its letter is written with; a Latin initial spelt out by its English letter name in
Arabic script or Hangul (هنتر إس. تومسون, 존 에프 케네디) for that letter."""

from __future__ import annotations

import re

from saring.names import scripts
from saring.names.hangul import is_hangul_syllable, jamo
from saring.names.titles import is_title_word

#: Latin letters a name written with a Hebrew letter may open with (alef and ayin: any
#: vowel; ח: Haim, Chaim, Khaim; צ: Tzvi, Zvi).
HEBREW_INITIALS = {
    "א": ("a", "e", "i", "o", "u"), "ב": ("b", "v"), "ג": ("g", "j"), "ד": ("d",),
    "ה": ("h",), "ו": ("v", "w"), "ז": ("z",), "ח": ("h", "c", "k"), "ט": ("t",),
    "י": ("y", "j", "i"), "כ": ("k", "c", "h"), "ל": ("l",), "מ": ("m",), "נ": ("n",),
    "ס": ("s",), "ע": ("a", "e", "o", "u", "i"), "פ": ("p", "f"), "צ": ("t", "z", "c", "s"),
    "ק": ("k", "q", "c"), "ר": ("r",), "ש": ("s",), "ת": ("t",),
}  # fmt: skip
#: Latin letters a name written in Arabic script may open with (alif and ain: any vowel; ج:
#: Jamal, Gamal, Djamel; خ: Khalid, Halid, Chalid; ق: Qasim, Kasim, Gasim).
_ARABIC_INITIALS = {
    "ا": ("a", "e", "i", "o", "u"), "أ": ("a", "e", "o", "u"), "إ": ("i", "e"), "آ": ("a",),
    "ع": ("a", "e", "i", "o", "u"), "ب": ("b", "p"), "پ": ("p",), "ت": ("t",), "ث": ("t", "s"),
    "ج": ("j", "g", "d"), "چ": ("c",), "ح": ("h",), "خ": ("k", "h", "c"), "د": ("d",),
    "ذ": ("d", "z", "t"), "ر": ("r",), "ز": ("z",), "ژ": ("z", "j"), "س": ("s",),
    "ش": ("s", "c"), "ص": ("s",), "ض": ("d", "z"), "ط": ("t",), "ظ": ("z", "d"),
    "غ": ("g", "r"), "ف": ("f", "p"), "ق": ("q", "k", "g"), "ك": ("k", "c"), "ک": ("k", "c"),
    "گ": ("g",), "ل": ("l",), "م": ("m",), "ن": ("n",), "ه": ("h",), "و": ("w", "v", "o", "u"),
    "ي": ("y", "j", "i", "e"), "ی": ("y", "j", "i", "e"),
}  # fmt: skip
#: Latin letters a Cyrillic name may open with besides those of its readings (Юрий: Jurij,
#: Yuri; Христо: Hristo; Жан: Jean; Ганна: Hanna).
_CYRILLIC_INITIALS = {
    "е": ("j",), "ё": ("j",), "ю": ("j",), "я": ("j",), "й": ("j",), "є": ("j",), "ї": ("j",),
    "х": ("h", "c"), "ж": ("j", "z"), "ц": ("c", "z"), "ч": ("c", "t"), "ш": ("s", "c"),
    "щ": ("s", "c"), "г": ("h",), "в": ("w",),
}  # fmt: skip
#: Latin spellings of one Cyrillic letter, which Russian names' initials are written as when
#: a dot follows (Yu. Ts. Oganessian: Юрий Цолакович; Zh. I. Alferov).
CYRILLIC_LETTER_SPELLINGS = frozenset(
    {"Yu", "Ya", "Ye", "Yo", "Zh", "Kh", "Ts", "Ch", "Sh", "Shch"}
)
#: Latin letters a foreign name written in Hangul may open with, by its first syllable's
#: opening consonant (피츠제럴드: Fitzgerald, 빅토르: Viktor, 제임스 and 지그문트).
_HANGUL_INITIALS = {
    "ㅍ": ("p", "f"), "ㅂ": ("b", "v"), "ㅈ": ("j", "z", "g"), "ㅅ": ("s", "c", "t"),
    "ㅊ": ("c",), "ㅋ": ("k", "c", "q"), "ㄱ": ("g", "k", "c"), "ㄷ": ("d", "t"),
    "ㅌ": ("t",), "ㄹ": ("r", "l"), "ㅎ": ("h",),
}  # fmt: skip
#: The opening consonants in the order of their index (`jamo`).
_HANGUL_OPENING_CONSONANTS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_OPENINGS = {
    scripts.HEBREW: HEBREW_INITIALS,
    scripts.ARABIC: _ARABIC_INITIALS,
    scripts.CYRILLIC: _CYRILLIC_INITIALS,
}


def _hangul_opening(original: str) -> tuple[str, ...]:
    if not is_hangul_syllable(original[0]):
        return ()
    return _HANGUL_INITIALS.get(_HANGUL_OPENING_CONSONANTS[jamo(original[0])[0]], ())


def opening_letters(original: str, script: str) -> tuple[str, ...]:
    """The Latin letters a name part written in Hebrew, Arabic or Cyrillic script, or a
    foreign name in Hangul, may open with that its Latin readings need not show (ערן: Eran,
    whose reading is rn; Янник: Jannik; 피츠제럴드: Fitzgerald), so that a Latin initial
    meets it."""
    if script == scripts.HANGUL_FOREIGN and original:
        return _hangul_opening(original)
    table = _OPENINGS.get(script)
    if table is None or not original:
        return ()
    return table.get(original[0].lower(), ())


#: Two Hebrew letters joined by gershayim as words of their own: a person's two initials
#: (י״ל פרץ), unless they abbreviate a title (ד״ר, ח״כ) or the second is a final form, which
#: ends a word: a family name written as an acronym (כ״ץ: Katz).
_LETTER = "[\u05d0-\u05ea]"
_TWO_INITIALS = re.compile(f'(?<!{_LETTER})({_LETTER})[\u05f4"]({_LETTER})(?!{_LETTER})')
_FINAL_FORMS = frozenset("ךםןףץ")


def _initials_or_word(match: re.Match[str]) -> str:
    first, second = match[1], match[2]
    if is_title_word(first + second):
        return match[0]
    return first + second if second in _FINAL_FORMS else f"{first} {second}"


def split_hebrew_initials(text: str) -> str:
    """A person's name with two Hebrew initials joined by gershayim written apart, and a
    family name written as a two-letter acronym as one word (כ״ץ: כץ)."""
    if "\u05f4" not in text and '"' not in text:
        return text
    return _TWO_INITIALS.sub(_initials_or_word, text)


#: English letter names as Arabic, Persian and Korean write a Latin initial (Arabic script
#: writes b and p alike). Left out: those that are words or Korean names as well (ال, إن,
#: أو, 이, 오, 유, 지, 시).
LETTER_NAMES = {
    "إيه": ("a",), "ايه": ("a",), "بي": ("b", "p"), "بی": ("b", "p"), "پی": ("p",),
    "سي": ("c",), "سی": ("c",), "دي": ("d",), "دی": ("d",), "إي": ("e",), "اف": ("f",),
    "إف": ("f",), "جي": ("g",), "جی": ("g",), "إتش": ("h",), "اتش": ("h",), "إيتش": ("h",),
    "آي": ("i",), "جيه": ("j",), "جاي": ("j",), "كيه": ("k",), "كاي": ("k",), "کی": ("k",),
    "إل": ("l",), "إم": ("m",), "ام": ("m",), "كيو": ("q",), "آر": ("r",), "إس": ("s",),
    "اس": ("s",), "تي": ("t",), "تی": ("t",), "يو": ("u",), "دبليو": ("w",),
    "دبلیو": ("w",), "إكس": ("x",), "واي": ("y",), "زد": ("z",),
    "에이": ("a",), "비": ("b",), "씨": ("c",), "디": ("d",), "에프": ("f",), "에이치": ("h",),
    "아이": ("i",), "제이": ("j",), "케이": ("k",), "엘": ("l",), "엠": ("m",), "엔": ("n",),
    "피": ("p",), "큐": ("q",), "아르": ("r",), "알": ("r",), "에스": ("s",), "티": ("t",),
    "브이": ("v",), "더블유": ("w",), "엑스": ("x",), "와이": ("y",), "제트": ("z",),
}  # fmt: skip
