"""Arabic-script names (Arabic, Persian, Urdu, Pashto): consonant skeletons, readings and
compound splitting.

The script leaves short vowels out, so a name is compared by its *consonant skeleton*: the
consonants in the classes `saring.names.phonetic.skeleton_key` gives Latin spellings, so that
``ابراهیم`` and ``Ebrahim``/``Ibrahim`` both give ``brhm``. Letters read differently in
Arabic and Persian (``ض``: Ramadan/Ramazan) or that may be a consonant or a long vowel
(medial ``و``) give alternative skeletons. A table of common names adds vowelled readings.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from saring.names.choices import likeliest_skeletons
from saring.names.scripts import ARABIC, token_script
from saring.names.tables import table_rows
from saring.names.tokenize import Piece

#: Most alternative skeletons kept per token.
MAX_SKELETONS = 8

_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)])
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ي": "ی", "ى": "ی",
                       "ے": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ە": "ه",
                       "ھ": "ه", "ہ": "ه", "ۃ": "ه", "ؤ": "و", "ء": None, "ګ": "گ",
                       "ۍ": "ی", "ې": "ی", "ێ": "ی", "ڕ": "ر", "ڵ": "ل"})  # fmt: skip
#: Letters only Persian, Urdu or Pashto use: their presence selects Persian readings.
_PERSIAN_LETTERS = frozenset("پچژگکیۀہھےٹڈڑںټډړښږځڅڼګۍې")
#: Letters that carry a vowel or a glottal stop: no consonant of their own.
_CARRIERS = frozenset("اأإآٱءؤئعى")
#: Letters for a long vowel after a consonant.
_LONG_VOWELS = frozenset("اويیى")
_WAW = frozenset("وۆۇ")
_YA = frozenset("يیےېۍێ")
_FINAL_SILENT = frozenset("هةۀہۃە")
_TA_MARBUTA = frozenset("ةۃ")
#: The vowel letter ae: Kurdish writes the vowel with it, and a Persian he that ends a word
#: part before a non-joiner is written with it (`saring.names.normalize`).
_PART_FINAL_HE = "ە"
#: Consonant classes, as `saring.names.phonetic.skeleton_key` spells them.
_CONSONANTS = {
    "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ٹ": "t", "ج": "j", "چ": "c", "ح": "h",
    "خ": "h", "د": "d", "ڈ": "d", "ر": "r", "ڑ": "r", "ز": "z", "ژ": "j", "س": "s",
    "ص": "s", "ش": "x", "غ": "j", "ف": "f", "ڤ": "v", "ق": "k", "ک": "k", "ك": "k",
    "گ": "j", "ڭ": "j", "ل": "l", "م": "m", "ن": "n", "ں": "n", "ه": "h", "ھ": "h",
    "ہ": "h", "ة": "t", "ۀ": "h", "ۃ": "t", "ښ": "x", "ږ": "j", "ځ": "z", "څ": "s",
    "ډ": "d", "ړ": "r", "ټ": "t", "ڼ": "n", "ګ": "j", "ڕ": "r", "ڵ": "l",
}  # fmt: skip
#: Letters read several ways: (Arabic readings, Persian readings), preferred first; Persian
#: ``ق`` is often written ``gh`` (Ghasem, Moghadam), French spellings write ``ش`` ``ch``.
_AMBIGUOUS = {
    "ث": (("t", "s"), ("s", "t")),
    "ذ": (("z", "d", "t"), ("z", "d", "t")),
    "ض": (("d", "z"), ("z", "d")),
    "ظ": (("z", "d", "t"), ("z", "d", "t")),
    "ق": (("k", "j"), ("k", "j")),
    "ش": (("x", "c"), ("x", "c")),
    "خ": (("h", "c"), ("h", "c")),
    # Iraqi and Gulf Arabic, and Turkish names, say ج as ch (الجلبي: Chalabi, الباججي:
    # Pachachi); Persian writes that چ.
    "ج": (("j", "c"), ("j",)),
}
_LATIN_LETTERS = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "پ": "p", "ت": "t",
    "ث": "th", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "a", "ۀ": "e", "ى": "a", "ء": "", "ئ": "",
    "ؤ": "", "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ھ": "h", "ہ": "h", "ے": "e",
    "ۃ": "a", "ڤ": "v", "ټ": "t", "ډ": "d", "ړ": "r", "ښ": "sh", "ږ": "zh", "ځ": "z",
    "څ": "s", "ڼ": "n", "ګ": "g", "ڕ": "r", "ڵ": "l",
}  # fmt: skip
#: Urdu's heh letters inside a word: ``ھ`` after a consonant marks it aspirated (``دھ``:
#: dh), ``ہ`` after a waw or ya is often a vowel (``چوہدری``: Chaudhry), after alif or a
#: consonant an h (``ماہرہ``: Mahira, not Maira); either may be a heard h.
_MEDIAL_HEH = frozenset("ہھ")
#: Letter pairs a Latin skeleton reads as one sound (`saring.names.phonetic.skeleton_key`).
_DIGRAPH_SOUNDS = {"sh": "x", "kh": "h", "ch": "c"}
_DIGRAPHS = re.compile("|".join(_DIGRAPH_SOUNDS))
_PERSIAN_LATIN = {"ث": "s", "ذ": "z", "ض": "z", "و": "v"}
_ARTICLE = "ال"
_PREFIXES = ("عبد", "ابو", "أبو", "ابي", "أبي")
_SUFFIXES = ("الله", "الدين", "الدین")
#: Given names and the title Seyed that Persian writes joined to the name they open
#: (محمدجواد, غلامحسین, سیدعلی), cut off only before a name of the table (not علیزاده, a
#: family name: its -zadeh is "son of").
_GIVEN_HEADS = ("محمد", "علی", "علي", "غلام", "سید", "سيد")
_NOT_GIVEN_TAILS = frozenset({"زاده", "پور"})


#: The Turkish ending -oğlu, which Arabic script writes as a word of its own (داود أوغلو:
#: Davutoğlu, إمام أوغلو: İmamoğlu).
_HAMZA_ALIF = "أ"
_TURKISH_ENDINGS = frozenset({"أوغلو", "اوغلو", "أغلو", "اغلو"})


def join_turkish_endings(pieces: list[Piece]) -> list[Piece]:
    """The pieces of a name with the Turkish ending -oğlu, written apart after an
    Arabic-script word, joined to that word."""
    joined: list[Piece] = []
    for piece in pieces:
        if (
            joined
            and strip_marks(piece.text) in _TURKISH_ENDINGS
            and token_script(joined[-1].text) == ARABIC
        ):
            joined[-1] = joined[-1]._replace(text=joined[-1].text + piece.text)
        else:
            joined.append(piece)
    return joined


def strip_marks(token: str) -> str:
    """A token without vowel marks, shadda or Quranic signs."""
    return "".join(c for c in token if c not in _MARKS)


def fold_arabic(token: str) -> str:
    """A token with letter variants unified, for table lookups (``ي``/``ی``, ``ك``/``ک``…)."""
    return strip_marks(token).translate(_FOLD)


def is_persian(text: str) -> bool:
    """Whether an Arabic-script name uses letters of Persian, Urdu or Pashto."""
    return any(c in _PERSIAN_LETTERS for c in text)


@cache
def _lexicon() -> dict[str, tuple[str, ...]]:
    return {fold_arabic(row[0]): tuple(row[1].split()) for row in table_rows("arabic_names.csv")}


def common_name_spellings() -> tuple[tuple[str, ...], ...]:
    """The Latin spellings of each common name of the table (``arabic_names.csv``), the
    preferred first."""
    return tuple(_lexicon().values())


@cache
def _spelt_names() -> dict[str, frozenset[str]]:
    """Each Latin spelling in the table of common names, with the names it spells (each
    named by its preferred spelling): ``hamid`` → ``{"hamid"}`` for حامد and حمید alike."""
    found: dict[str, set[str]] = {}
    for spellings in _lexicon().values():
        for spelling in spellings:
            found.setdefault(spelling, set()).add(spellings[0])
    return {spelling: frozenset(names) for spelling, names in found.items()}


#: Shortest word whose final i may be the nisba ending -i (محمدی: Mohammadi, of Mohammad).
_SHORTEST_NISBA = 5


def table_names(token: str, latin: str) -> frozenset[str]:
    """The common names of the table a token is (by preferred spelling): an Arabic-script
    token's own entry, or every entry a Latin ``latin`` spelling spells; empty if none. A
    word the table lacks that ends in the nisba -i is the name it is formed on (محمدی and
    Mohammadi: Muhammad; Mahmoudi: Mahmud)."""
    if token.isascii():
        spelt = _spelt_names()
        found = spelt.get(latin)
        if found is None and len(latin) >= _SHORTEST_NISBA and latin[-1] in "iy":
            found = spelt.get(latin[:-1])
        return found or frozenset()
    word = strip_marks(token)
    folded = fold_arabic(word[2:] if has_article(word) else word)
    known = _lexicon().get(folded)
    if known is None and len(folded) >= _SHORTEST_NISBA - 1 and folded.endswith("ی"):
        known = _lexicon().get(folded[:-1])
    return frozenset(known[:1]) if known else frozenset()


def has_article(token: str) -> bool:
    """Whether a token starts with the article ``ال`` followed by a word of 2+ letters."""
    return token.startswith(_ARTICLE) and len(token) >= 4 and fold_arabic(token) != "الله"


def split_arabic_compound(token: str) -> list[str]:
    """Written-together compounds cut apart: ``عبدالرحمن`` → ``عبد`` + ``الرحمن``;
    ``ابوالفضل`` → ``ابو`` + ``الفضل``; ``خيرالله`` → ``خير`` + ``الله``; ``محمدجواد`` →
    ``محمد`` + ``جواد`` (but ``علیرضا``, a name of the table, stays whole)."""
    token = strip_marks(token)
    for prefix in _PREFIXES:
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(rest) >= (2 if prefix == "عبد" else 3):
            return [prefix, *split_arabic_compound(rest)]
    for given in _GIVEN_HEADS:
        rest = fold_arabic(token[len(given) :])
        if (
            token.startswith(given)
            and rest in _lexicon()
            and rest not in _NOT_GIVEN_TAILS
            and fold_arabic(token) not in _lexicon()
        ):
            return [given, *split_arabic_compound(token[len(given) :])]
    for suffix in _SUFFIXES:
        head = token[: -len(suffix)]
        if token.endswith(suffix) and len(head) >= 2:
            return [head, suffix]
    return [token]


def _waw_options(word: str, i: int) -> tuple[str, ...]:
    """Skeleton readings of a waw: consonant ``w``, long vowel (dropped), or either."""
    prev = word[i - 1] if i else ""
    nxt = word[i + 1] if i + 1 < len(word) else ""
    if i == 0 or nxt in _WAW:
        return ("w",)
    if prev in _WAW:
        return ("",)
    if not nxt:
        return ("",)
    if (i == 1 and prev in _CARRIERS) or prev == _HAMZA_ALIF:
        return ("", "w")  # a vowel after an opening alif, or a hamza's (داودأوغلو: Davutoğlu)
    if word[i + 1 : i + 3] == _ARTICLE:
        return ("", "w")  # a vowel before an inner article: ذوالقدر Zulqadr, ابوالفضل
    if nxt in _CARRIERS and i + 2 == len(word):
        return ("w", "")  # a foreign name's final -oa: أوندوا Ondoa
    if prev in _CARRIERS or nxt in _CARRIERS:
        return ("w",)
    if nxt in _YA and i + 2 == len(word):
        return ("w", "")
    return ("", "w")


def _letter_options(word: str, i: int, persian: bool) -> tuple[str, ...]:
    char = word[i]
    if char in _CARRIERS:
        return ("",)
    if char in _WAW:
        return _waw_options(word, i)
    if char in _YA:
        return ("y",) if i == 0 else ("",)
    if char in _AMBIGUOUS:
        return _AMBIGUOUS[char][persian]
    if char in _FINAL_SILENT and i == len(word) - 1 and i > 0:
        # ة and Persian -eh are silent; ه after a consonant may be heard (Taha, Nabih); ة is
        # heard t before a genitive (حركة الشباب: Harakat al-Shabaab) and in names Latin
        # spells so (عزة: Izzat)
        if char in _TA_MARBUTA:
            return ("", "t")
        audible = char in "هہ" and word[i - 1] not in _CARRIERS and word[i - 1] not in _YA
        return ("", "h") if audible else ("",)
    if char == "ح" and i == len(word) - 1 and i > 0:
        return ("h", "")  # Saleh, Fateh: Latin drops a final h after a vowel
    if char == "ز" and i > 0 and word[i - 1] in _LONG_VOWELS:
        return ("z", "s")  # an s heard z between vowels: تيريز Therese, عزيز Azis
    if char == "ن" and word[i + 1 : i + 2] == "ب":
        return ("n", "m")  # n is heard m before b: Jumblatt, Istambuli
    if char == "ه" and _ends_on_ei(word, i):
        return ("", "h")
    if char == _PART_FINAL_HE and 0 < i < len(word) - 1:
        # a he that ends a word part (پیشه‌وری: Pishevari; شاه‌صفی: Shahsafi; Kurdish writes
        # the vowel so): silent after a consonant, heard after a long vowel
        return ("h", "") if word[i - 1] in _LONG_VOWELS else ("", "h")
    if char == "ه" and 1 < i < len(word) - 1 and word[i - 2 : i] == "نغ":
        return ("h", "")  # an English ngh, whose h Latin skeletons join to the g: Bellingham
    if char in _MEDIAL_HEH and 0 < i < len(word) - 1:
        after_vowel = word[i - 1] in _WAW | _YA
        if char == "ھ":
            return ("", "h") if not (after_vowel or word[i - 1] in _CARRIERS) else ("h", "")
        return ("h", "") if after_vowel else ("h",)
    return (_CONSONANTS.get(char, ""),)


def _ends_on_ei(word: str, i: int) -> bool:
    """Whether the he at ``i`` ends a Persian word part on the vowel e before a final ``ای``
    (خامنه‌ای, Khamenei, with its non-joiner gone)."""
    return 1 < i == len(word) - 3 and word.endswith("ای")


_REPEATED = re.compile(r"(.)\1+")


def _merged(skeleton: str) -> str:
    """A skeleton with a consonant repeated once, as Latin skeletons write it."""
    return _REPEATED.sub(r"\1", skeleton)


def _foreign_ch(skeletons: list[str]) -> list[str]:
    """The skeletons that hold ت+ش, with it read as a foreign ch."""
    return [_merged(s.replace("tx", "c")) for s in skeletons if "tx" in s]


@lru_cache(maxsize=100_000)
def arabic_skeletons(token: str, persian: bool = False) -> tuple[str, ...]:
    """Consonant skeletons of an Arabic-script token, the likeliest first.

    ``محمد`` → ``("mhmd",)``; ``رمضان`` → ``("rmdn", "rmzn")``; ``التكريتي`` →
    ``("tkrt", "ltkrt")`` (the article is optional).
    """
    word = strip_marks(token)
    words = [word[2:], word] if has_article(word) else [word]
    found: list[str] = []
    for form in words:
        options = [_letter_options(form, i, persian) for i in range(len(form))]
        found.extend(likeliest_skeletons(options, 64))
    # Latin spells س+ح "sh" (Ishaq) and skeletons read that as ش: the letters so read too.
    # Arabic writes a foreign ch as ت+ش (تيمتشينكو: Timchenko), read so in every reading.
    # Both come before the less likely readings, which the cut may drop (غورباتشوف:
    # Gorbachev, تشوكويزي: Chukwueze).
    likeliest, rest = found[:2], found[2:]
    found = [
        *likeliest,
        *(_merged(_DIGRAPHS.sub(lambda m: _DIGRAPH_SOUNDS[m[0]], s)) for s in likeliest),
        *_foreign_ch(likeliest),
        *_foreign_ch(rest),
        *rest,
    ]
    return tuple(dict.fromkeys(s for s in found if s))[:MAX_SKELETONS]


def _spell(word: str, persian: bool) -> str:
    out: list[str] = []
    for i, char in enumerate(word):
        if char in _WAW:
            consonant = i == 0 or "ا" in word[i - 1 : i + 2] or word[i + 1 :] in _YA
            out.append(("v" if persian else "w") if consonant else "u")
        elif char in _YA:
            out.append("y" if i == 0 else "i")
        elif char == "ه" and _ends_on_ei(word, i):
            out.append("e")
        elif persian and char in _PERSIAN_LATIN:
            out.append(_PERSIAN_LATIN[char])
        else:
            out.append(_LATIN_LETTERS.get(char, ""))
    return "".join(out)


@lru_cache(maxsize=100_000)
def arabic_readings(token: str, persian: bool = False) -> tuple[str, ...]:
    """Latin readings of an Arabic-script token: spellings from the table of common names
    when it has the word, else a letter-by-letter reading (long vowels only).

    A token with the article gives its readings without it first, then with ``al``.
    """
    word = strip_marks(token)
    article = has_article(word)
    bare = word[2:] if article else word
    known = _lexicon().get(fold_arabic(bare))
    readings = list(known) if known else [_spell(bare, persian)]
    if article:
        readings += ["al" + r for r in readings]
    return tuple(dict.fromkeys(r for r in readings if r))
