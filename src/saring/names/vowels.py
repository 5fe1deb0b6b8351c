"""What a name part's writing shows of its vowels: whether it opens or ends with one, which
one it ends on, and whether it holds a long one.

Arabic, Persian and Hebrew write no short vowels, but a word that opens with a vowel opens
with a letter for it (ا أ إ آ ع, א ע): ``احسان`` is Ehsan, not Hassan; ``אמל`` is Amal, not
Mali. A Latin part shows its first sound as written. Yod, ya and waw stand for a consonant or
a vowel (Yitzhak and Itzhak, یوسف and Usuf), as do Latin y and w; an Arabic part with its
article (العقيل: al-Aqil or Aqil, لله: Allah) and a Persian alif before a cluster such as st
or sp, which Latin often leaves out (استانکزی: Stanekzai), may be read either way: those say
nothing (اسلامی is Eslami, never Salami).

Arabic writes long vowels too (ا و ی): a Latin spelling with a long vowel (Hossein, Saeed)
is not that of an Arabic-script word that writes none (حسن: Hasan). Hebrew writes its
vowel letters by habit, not by length, so it says nothing of them; nor do single Latin
vowels, long or short.
"""

from __future__ import annotations

from saring.names import scripts

VOWEL = 1
CONSONANT = 0
EITHER = -1

_ABJAD_VOWELS = frozenset("اأإآٱعءؤئאע")
_ABJAD_EITHER = frozenset("یيىوיו")
#: How Arabic-script parts open that may be read with or without a vowel.
_ABJAD_EITHER_OPENINGS = ("ال", "لل", "است", "اسپ", "اسک", "اشت")
_LATIN_VOWELS = frozenset("aeiou")
_LATIN_EITHER = frozenset("yw")


#: Urdu, Pashto and Kurdish letters read here as the Arabic ones they stand for (ہ and ە as
#: he, ۃ as ta marbuta, ے, ۍ, ې and ێ as ya, ۆ as waw): عاصمہ ends on a vowel as عاصمه does.
_REGIONAL = str.maketrans("ہەۃےۍېێۆھ", "ههةییییوه")


def onset(original: str, script: str, latin: str) -> int:
    """`VOWEL`, `CONSONANT` or `EITHER`: how a part written ``original`` in ``script``
    (with the Latin reading ``latin``) opens."""
    if script in scripts.ABJADS:
        first = original[:1]
        if not first or first in _ABJAD_EITHER or original.startswith(_ABJAD_EITHER_OPENINGS):
            return EITHER
        if len(original) > 1 and original[1] in _HEBREW_MARKS:
            return CONSONANT  # ע' is gh (Ghassan), א' a glottal stop
        return VOWEL if first in _ABJAD_VOWELS else CONSONANT
    first = latin[:1]
    if not first or first in _LATIN_EITHER or not first.isalpha():
        return EITHER
    return VOWEL if first in _LATIN_VOWELS else CONSONANT


#: Letters that end an abjad part on a vowel: alif (حسنا: Hosna, not Hosein), alif maqsura,
#: hamza, ya (اشرفی: Ashrafi, not Ashraf; Persian writes a final alif maqsura so too:
#: مرتضی, Morteza), Hebrew alef and he (משה: Moshe).
#: Ta marbuta writes a final a (Aqila, عقيلة, is no Aqil), or -at (Rahmat).
_FINAL_VOWELS = {scripts.ARABIC: frozenset("اىءأیية"), scripts.HEBREW: frozenset("אה")}
#: Letters that end a part on a vowel or a consonant: waw (عمرو: Amr), he (Abdullah,
#: Fatemeh), ayn (Rabi'), vav (שלו: Shalev), ayin (Yehoshua). A Hebrew yod ends one on a
#: vowel (שקדי is Shkedi, not Shaked; לוי Levi, not Lev) unless doubled, as a y.
_FINAL_EITHER = {
    scripts.ARABIC: frozenset("وهھۀەعئؤ"),
    scripts.HEBREW: frozenset("וע"),
}
_HEBREW_GLIDES = frozenset("יו")
#: Latin final letters that say nothing: y and w, h (Sarah, Saleh), e, silent in French
#: spellings (Djermane: جرمان), and t, which ta marbuta writes (Rahmat: رحمة).
_LATIN_FINAL_EITHER = frozenset("ywhet")


def coda(original: str, script: str, latin: str) -> int:
    """`VOWEL`, `CONSONANT` or `EITHER`: how a part ends, as `onset` reads its opening."""
    if script in scripts.ABJADS:
        last = original[-1:]
        if not last or last in _FINAL_EITHER[script]:
            return EITHER
        if last == "י":
            return EITHER if original[-2:-1] == last else VOWEL
        return VOWEL if last in _FINAL_VOWELS[script] else CONSONANT
    last = latin[-1:]
    if not last or last in _LATIN_FINAL_EITHER or not last.isalpha():
        return EITHER
    if original.isascii() and not original.lower().endswith(latin):
        return EITHER  # the first part of a word cut in two (Ghiasso-uddine)
    return VOWEL if last in _LATIN_VOWELS else CONSONANT


#: Arabic-script letters for a long vowel (or a glottal stop or ayn, which Latin often
#: spells with two vowels: Saad, Raed).
_ARABIC_LONG = frozenset("اأإآوؤیيىئءع")
#: Latin vowel pairs that spell a long vowel; ``ou`` is left out, French spells short u so
#: (Mourad: مراد).
_LATIN_LONG = ("aa", "ee", "ei", "ey", "ai", "ay", "ii", "oo", "uu", "ie")


def long_vowel(original: str, script: str, latin: str) -> int:
    """`VOWEL` if a part writes a long vowel after its first letter, `CONSONANT` if an
    Arabic-script part writes none, else `EITHER`."""
    if script == scripts.ARABIC:
        word = original[2:] if original.startswith("ال") else original
        return VOWEL if any(c in _ARABIC_LONG for c in word[1:]) else CONSONANT
    if script in scripts.ABJADS:
        return EITHER
    return VOWEL if any(pair in latin for pair in _LATIN_LONG) else EITHER


#: Which vowel a part ends on: a (`OPEN`), i (`CLOSE`), either or e (`FRONT`), o or u
#: (`BACK`). Hebrew writes a final a or e with he or alef and a final o or u with vav
#: (סולאנה is Solana, not Solano; נבו is Nevo, not Naveh; a vav may also be a v: שלו,
#: Shalev); Arabic a final a with alif or ta
#: marbuta (غزالة is Ghazala, not Ghazali), a or i with alif maqsura or ya (which Egypt
#: writes alike; a final he may be the -uh of Abd Rabbuh: عبد ربه); a final yod writes a
#: Hebrew i (חופי is Hofi, not Tshuva).
FRONT = 1
BACK = 0
OPEN = 2
CLOSE = 3
_OPEN_FINALS = {scripts.ARABIC: frozenset("اة"), scripts.HEBREW: frozenset("הא")}
_FRONT_FINALS = {scripts.ARABIC: frozenset("ىیي")}
_CLOSE_FINALS = {scripts.HEBREW: frozenset("י")}
_BACK_FINALS = {scripts.HEBREW: frozenset("ו")}
#: A yod before a final alef writes the i the word ends on (שגיא: Sagi), a vav the o or u
#: (מילוא: Milo).
_AFTER_I = frozenset("י")
_AFTER_O = "וא"
_LATIN_ENDINGS = {"a": OPEN, "e": FRONT, "i": CLOSE, "o": BACK, "u": BACK}
#: Vowels after which a final Latin e is silent (Joe, Marie, Rae).
_SILENT_E_AFTER = frozenset("aiou")


def ending(original: str, script: str, latin: str) -> int:
    """`OPEN`, `CLOSE`, `FRONT` or `BACK`: the vowel a part ends on, where its writing shows
    it; else `EITHER`."""
    if script in scripts.ABJADS:
        last = original[-1:]
        if script == scripts.HEBREW and original.endswith(_AFTER_O) and len(original) > 2:
            return BACK
        if last in _OPEN_FINALS.get(script, ()) and original[-2:-1] not in _AFTER_I:
            return OPEN
        if last in _CLOSE_FINALS.get(script, ()):
            return CLOSE
        if last in _BACK_FINALS.get(script, ()) and original[-2:-1] not in _HEBREW_GLIDES:
            return BACK
        return FRONT if last in _FRONT_FINALS.get(script, ()) else EITHER
    if latin.endswith("h") or (latin.endswith("e") and latin[-2:-1] in _SILENT_E_AFTER):
        latin = latin[:-1]  # Sarah, Joe, Marie
    return _LATIN_ENDINGS.get(latin[-1:], EITHER)


def endings_differ(a: int, b: int) -> bool:
    """Whether two parts' `ending`s tell them apart: a front vowel against a back one, or a
    against i; e (`FRONT`) is either."""
    if a == b or EITHER in (a, b):
        return False
    return BACK in (a, b) or FRONT not in (a, b)


#: Hebrew letters that write a vowel (or may: vav and yod are also v and y).
_HEBREW_VOWEL_LETTERS = frozenset("אהויע")
_ALEF = "א"
_HEBREW_MARKS = "'׳\""
#: Latin vowels Hebrew writes with a letter (yod, vav) in a last syllable closed by one
#: consonant: Biton is ביטון, Gil גיל, Sharon שרון.
_LATIN_WRITTEN = frozenset("iou")


def last_syllable(original: str, script: str, latin: str) -> int:
    """`VOWEL` if a part's last syllable, closed by one consonant, holds a vowel Hebrew
    writes with a letter (a Latin i, o or u: Biton, Gil); `CONSONANT` if a Hebrew part
    writes none there (ביטן is Bitan, גל is Gal) and no alef inside, with which Hebrew spells
    an Arabic name's long a and leaves its short vowels out (מונאדל: Munadil); else `EITHER`.
    Where Hebrew spelling leaves such a vowel out by tradition (דב: Dov, יעקב: Yaakov),
    `hebrew_names.csv` gives the reading."""
    if script == scripts.HEBREW:
        word = original.rstrip(_HEBREW_MARKS)
        if _ALEF in word[1:-2]:
            return EITHER
        if len(word) >= 2 and not _HEBREW_VOWEL_LETTERS.intersection(word[-2:]):
            return CONSONANT
        return EITHER
    if script in scripts.ABJADS or len(latin) < 2:
        return EITHER
    last, before = latin[-1], latin[-2]
    if last in _LATIN_VOWELS or last in _LATIN_FINAL_EITHER or last == "x" or not last.isalpha():
        return EITHER  # x is two consonants (Fox: פוקס)
    if before in _LATIN_WRITTEN and latin[-3:-2] not in _LATIN_VOWELS:
        return VOWEL
    return EITHER


#: Latin letters a Hebrew vav or an Arabic waw may stand for, and a yod or ya.
VAV_LETTERS = frozenset("ouvw")
YOD_LETTERS = frozenset("ieyj")
#: Letters before an abjad part's final consonant that write its last vowel, by the Latin
#: letters that spell it (or the consonant they also are: Anwar, David); a Hebrew alef there
#: writes a or e (עמאר is Amar, not Amir), an Arabic alif any vowel but i (عساف is Assaf,
#: not Asif; Maghreb spellings write e, هشام: Hichem; English, Persian and Tajik spellings o
#: or u: تشاك, Chuck; رسول‌اف, Rasoulof; رحمان, Rahmon).
_LAST_VOWEL_LETTERS = {"و": VAV_LETTERS, "ו": VAV_LETTERS, "ي": YOD_LETTERS,
                       "ی": YOD_LETTERS, "ئ": YOD_LETTERS, "י": YOD_LETTERS,
                       "א": frozenset("ae"), "ا": frozenset("aeou")}  # fmt: skip
#: An alif before a final n also writes a French nasal in (جوسبان: Jospin).
_NASAL_ENDING = "ان"
#: Abjad letters that may end a part on a vowel.
_ABJAD_VOWEL_ENDINGS = frozenset("اآأإىيیئوؤةهۀءع") | _HEBREW_VOWEL_LETTERS
#: Latin letters a last syllable's vowels are written with.
_LATIN_SYLLABLE_VOWELS = frozenset("aeiouy")


def last_vowel_letters(original: str) -> frozenset[str]:
    """The Latin letters one of which must spell the last syllable of an abjad part whose
    final consonant follows a waw, vav, ya, yod or Hebrew alef (`latin_last_syllable`:
    وسيم is Wasim, not Wissam); none for other parts."""
    word = original.rstrip(_HEBREW_MARKS).translate(_REGIONAL)
    if len(word) < 3 or word[-1] in _ABJAD_VOWEL_ENDINGS:
        return frozenset()
    if word[-3:-1] == "וי":
        return VAV_LETTERS | YOD_LETTERS  # Yiddish oy, also for a German au (בוים: Baum)
    if word.endswith(_NASAL_ENDING):
        return frozenset()
    return _LAST_VOWEL_LETTERS.get(word[-2], frozenset())


def latin_last_syllable(latin: str) -> str:
    """A Latin word's last vowels with the consonants after them and the one before."""
    end = len(latin)
    while end and latin[end - 1] not in _LATIN_SYLLABLE_VOWELS:
        end -= 1
    start = end
    while start and latin[start - 1] in _LATIN_SYLLABLE_VOWELS:
        start -= 1
    return latin[max(start - 1, 0) :]


Signs = tuple[int, int, int, int, int]


def vowel_signs(original: str, script: str, latin: str) -> Signs:
    """A part's `onset`, `coda`, `long_vowel`, `ending` and `last_syllable`."""
    if script == scripts.ARABIC:
        original = original.translate(_REGIONAL)
    return (
        onset(original, script, latin),
        coda(original, script, latin),
        long_vowel(original, script, latin),
        ending(original, script, latin),
        last_syllable(original, script, latin),
    )


def signs_disagree(a: Signs, b: Signs) -> bool:
    """Whether two parts' vowel signs tell them apart: one opens or ends with a vowel, or
    writes a long one, where the other does not, they end on different vowels, or one
    writes a vowel in its last syllable that a Hebrew part leaves out."""
    return endings_differ(a[3], b[3]) or any(
        x != y and x != EITHER and y != EITHER
        for i, (x, y) in enumerate(zip(a, b, strict=True))
        if i != 3
    )
