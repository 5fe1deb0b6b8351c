"""Hebrew names: consonant skeletons and plain readings.

Like Arabic, Hebrew leaves most vowels unwritten, so names are compared by skeleton in the
classes of `saring.names.phonetic.skeleton_key`. Letters with several Latin spellings give
alternative skeletons: ``ב`` b/v (and nothing at the end or before a consonant, where Latin
skeletons drop a v: Yaakov, Avraham, Livni), ``כ`` k/kh/ch, ``ח`` h/ch (Chaim), ``צ``
ts/z (Zion)/ch (Smotrich), ``ז`` z/s after or before a vowel (Rosenberg, Wigderson),
``ש`` sh/s, ``פ`` p/f, and ``י`` a y that Latin may drop at the start (Israel, Yehuda read
as Ehuda) or write as j between consonants (Binyamin: Benjamin). A geresh marks a sound
Hebrew writes with a borrowed letter: ``ג׳`` j (ג׳מאל: Jamal), ``ז׳`` zh, ``צ׳`` ch
(יחימוביץ׳: Yachimovich), ``ת׳`` th; ``טש`` writes a foreign ch too (פלטשר: Fletcher),
and ``טס`` a ts (ווטסון: Watson).
"""

from __future__ import annotations

from functools import cache, lru_cache

from saring.names.choices import likeliest_skeletons
from saring.names.tables import table_rows
from saring.names.tokenize import GERESH, GERESH_MARK, Piece

#: Most alternative skeletons kept per token.
MAX_SKELETONS = 24

#: Points and cantillation marks (not the punctuation among them).
_MARKS = frozenset(chr(c) for c in range(0x0591, 0x05C8)) - set("\u05be\u05c0\u05c3\u05c6")
_CARRIERS = frozenset("אע")
_WAW = "ו"
_YOD = "י"
#: Letters that may stand for a vowel after a consonant.
_VOWEL_LETTERS = frozenset("אויעה")
#: Skeleton classes, the likeliest first.
_SKELETON = {
    "ב": ("b", "w"), "ג": ("j",), "ד": ("d",), "ה": ("h",), "ז": ("z",), "ח": ("h", "c"),
    "ט": ("t",), "כ": ("k", "h", "c"), "ך": ("h", "k", "c"), "ל": ("l",), "מ": ("m",),
    "ם": ("m",), "נ": ("n",), "ן": ("n",), "ס": ("s",), "פ": ("b", "f"), "ף": ("f",),
    "צ": ("s", "z", "c"), "ץ": ("s", "z", "c"), "ק": ("k",), "ר": ("r",), "ש": ("x", "s"),
    "ת": ("t",),
}  # fmt: skip
#: Letters with a geresh: their one skeleton class and reading.
_GERESH = {
    "ג": ("j", "j"), "ז": ("j", "zh"), "צ": ("c", "ch"), "ץ": ("c", "ch"), "ת": ("t", "th"),
    "ד": ("d", "dh"), "ח": ("h", "kh"), "ע": ("j", "gh"),  # ע' writes Arabic gh: Ghassan
}  # fmt: skip
_LATIN = {
    "א": "a", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "o", "ז": "z", "ח": "kh",
    "ט": "t", "י": "i", "כ": "k", "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n",
    "ן": "n", "ס": "s", "ע": "", "פ": "p", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k",
    "ר": "r", "ש": "sh", "ת": "t",
}  # fmt: skip


#: An Arabic name's servant word, whose article Hebrew may join to the name that follows.
_SERVANT = "עבד"
_ARTICLE = "אל"
#: Fewest letters of the name after a joined article.
MIN_AFTER_ARTICLE = 3


def split_joined_article(pieces: list[Piece]) -> list[Piece]:
    """Pieces with an Arabic article that Hebrew joins to the name after ``עבד`` cut off,
    as the hyphen writes it: ``עבד אלפתאח`` as ``עבד אל-פתאח`` (Abdel Fattah)."""
    if not any(piece.text == _SERVANT for piece in pieces[:-1]):
        return pieces
    cut: list[Piece] = []
    for piece in pieces:
        text = piece.text
        if (
            cut
            and cut[-1].text == _SERVANT
            and text.startswith(_ARTICLE)
            and len(text) - len(_ARTICLE) >= MIN_AFTER_ARTICLE
        ):
            cut.append(piece._replace(text=_ARTICLE))
            cut.append(Piece(text[len(_ARTICLE) :], hyphen=True))
        else:
            cut.append(piece)
    return cut


#: Fewest letters of a word whose ה inside a Latin spelling may leave out: shorter words keep
#: it (דהן is Dahan, not Dayan; קאהן Kahn, not Cohen).
MIN_SILENT_HE = 5


def _letters(token: str) -> tuple[str, frozenset[int]]:
    """A Hebrew token's letters without points, and the positions of those with a geresh."""
    letters: list[str] = []
    marked: set[int] = set()
    for char in token:
        if char in (GERESH_MARK, GERESH) and letters:
            marked.add(len(letters) - 1)
        elif char not in _MARKS:
            letters.append(char)
    return "".join(letters), frozenset(marked)


def _options(word: str, i: int, marked: frozenset[int]) -> tuple[str, ...]:
    char = word[i]
    if i in marked and char in _GERESH:
        return (_GERESH[char][0],)
    last = i == len(word) - 1
    if char in _CARRIERS:
        return ("",)
    if char == _WAW:
        if i == 0:
            return ("w",)
        if word[i + 1 : i + 2] == _WAW:
            # a doubled waw before a consonant ends a diphthong, whose w Latin skeletons drop
            # there (שווכת: Shawkat, תאוופיק: Tawfiq)
            before_consonant = word[i + 2 : i + 3] not in _VOWEL_LETTERS
            return ("w", "") if before_consonant and i + 2 < len(word) else ("w",)
        return ("",) if last or word[i - 1] == _WAW else ("", "w")
    if char == _YOD:
        if i == 0:
            return ("y", "")
        between = word[i - 1] not in _VOWEL_LETTERS and word[i + 1 : i + 2] not in _VOWEL_LETTERS
        return ("", "j") if between and i < len(word) - 2 else ("",)
    if char == "ה" and last and i == 1 and word[0] not in _VOWEL_LETTERS:
        return ("", "h")  # an Arabic name's h: טה, Taha
    if char == "ה" and last and i > 0:
        return ("",)
    if char == "ה" and i > 0 and len(word) >= MIN_SILENT_HE:
        return ("h", "")  # Latin may drop an h inside: אברהם Avram, מנוצ׳הר Manucher
    if char == "ד" and i + 1 in marked and word[i + 1] == "ג":
        return ("d", "")  # דג׳ writes a French or English dj, dg (Guedj, Smadja)
    if char == "ח" and last and i > 0:
        return ("h", "c", "")  # Latin drops a final h after a vowel: Fattah, Saleh
    if (
        char == "ז"
        and not last
        and i > 0
        and (word[i - 1] in _VOWEL_LETTERS or word[i + 1] in "וי")
    ):
        return ("z", "s")  # a German or Yiddish s before a vowel: Rosenberg, Wigderson
    if char == "ב" and i > 0 and (last or word[i + 1] not in _VOWEL_LETTERS):
        return ("b", "w", "")
    return _SKELETON.get(char, ("",))


@lru_cache(maxsize=50_000)
def hebrew_skeletons(token: str) -> tuple[str, ...]:
    """Consonant skeletons of a Hebrew token, the likeliest first: ``אברהם`` →
    ``("brhm", "vrhm")``."""
    word, marked = _letters(token)
    options = [_options(word, i, marked) for i in range(len(word))]
    found = likeliest_skeletons(options, 64)
    # Hebrew writes a foreign ch as ט+ש (פלטשר: Fletcher), read so in every reading, and a
    # ts as ט+ס, one sound in Latin skeletons (ווטסון: Watson).
    joined = [s.replace("tx", "c").replace("ts", "s") for s in found if "tx" in s or "ts" in s]
    found = [*found[:2], *joined, *found[2:]]
    return tuple(dict.fromkeys(s for s in found if s))[:MAX_SKELETONS]


@cache
def _english_forms() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in table_rows("hebrew_names.csv")}


def english_forms(token: str) -> tuple[str, ...]:
    """The English forms of a Hebrew given name its skeleton cannot reach (``יצחק``:
    Isaac), from ``hebrew_names.csv``."""
    return _english_forms().get(_letters(token)[0], ())


@cache
def _given_names() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    names = {row[0]: frozenset(row[1].split()) for row in table_rows("hebrew_given_names.csv")}
    return names, frozenset(s for spellings in names.values() for s in spellings)


def given_name_spellings(token: str) -> frozenset[str] | None:
    """The Latin spellings of a Hebrew token in the table of Israeli given names
    (``hebrew_given_names.csv``: קובי → kobi, koby), or None if it is not in the table."""
    return _given_names()[0].get(_letters(token)[0])


def other_given_names(token: str, latin: str) -> bool:
    """Whether the table of Israeli given names knows a Hebrew token and a Latin spelling as
    two names: the token is in it, and the spelling is listed, under another Hebrew spelling
    only (תמר is Tamar, not Tamir)."""
    spellings = given_name_spellings(token)
    return spellings is not None and latin in _given_names()[1] and latin not in spellings


@lru_cache(maxsize=50_000)
def hebrew_readings(token: str) -> tuple[str, ...]:
    """Latin readings of a Hebrew token, letter by letter (vowels mostly missing): ``משה`` →
    ``("mshe", "moses")``; when a ``כ`` follows the first letter, also one with it read ch,
    as Latin spells it there (מיכאלי: Michaeli, מרדכי: Mordechai); then a given name's
    `english_forms`."""
    word, marked = _letters(token)
    readings = (_reading(word, marked), _reading(word, marked, inner_kaf="ch"))
    return tuple(dict.fromkeys((*readings, *english_forms(token))))


def _reading(word: str, marked: frozenset[int], inner_kaf: str = "k") -> str:
    out = []
    for i, char in enumerate(word):
        if i in marked and char in _GERESH:
            out.append(_GERESH[char][1])
        elif char == _WAW and (i == 0 or word[i + 1 : i + 2] == _WAW):
            out.append("v")
        elif char == _YOD and i == 0:
            out.append("y")
        elif char == _WAW and word[i - 1 : i] == _WAW:
            continue
        elif char == "ה" and i == len(word) - 1 and i > 0:
            out.append("e")
        elif char == "כ" and i:
            out.append(inner_kaf)
        else:
            out.append(_LATIN.get(char, ""))
    return "".join(out)
