"""How similar two name tokens are, and by which rule.

The rules, strongest first: the same reading (``same``), spelling variants with one phonetic
key (``spelling``), one name in two languages from the name-group tables (``name group``),
the same consonant skeleton when one side is written in an abjad (``skeleton``), a typo-sized
edit distance between the Latin readings (``spelling distance``), a short form of the other
(``short form``: Ben/Benjamin) and an initial (``initial``); besides, a word spelt the
Belarusian way meets its Russian form (``Belarusian form``: BYKAU/Быков), and a Latin word a
Cyrillic or abjad one as its language sounds it (``as its language sounds it``: Charles /
Шарль, Steinmeier / Штайнмайер, Vucic / فوتشيتش; see `saring.names.spoken`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import OSA, Indel, Levenshtein

from saring.names import cyrillic, scripts
from saring.names.aliases import alias_ids, feminine_ids, full_forms, short_forms
from saring.names.analysis import analyze
from saring.names.arabic import fold_arabic, table_names
from saring.names.belarusian import akanye_key, belarusian_spelling
from saring.names.equivalence import (
    Equivalence,
    TokenKeys,
    equivalence,
    initial_meets,
    token_keys,
)
from saring.names.hangul import initial_sound_rule, surnames_spelt, writes_foreign_l
from saring.names.hangul_foreign import final_vowel, foreign_keys, hearing_keys
from saring.names.hanja import reads_as_name_syllable
from saring.names.hebrew import given_name_spellings, other_given_names
from saring.names.model import Kind, Token
from saring.names.particles import split_latin_compound
from saring.names.parts import abjad_heard
from saring.names.phonetic import phonetic_key, skeleton_key, vowel_key
from saring.names.pinyin_spelling import spelt_in_pinyin
from saring.names.rewrites import compile_rewrites, rewrite
from saring.names.spoken import (
    german_spelling,
    russian_form,
    russian_forms,
    sounded,
    spoken_spellings,
)
from saring.names.vowels import (
    CONSONANT,
    EITHER,
    VAV_LETTERS,
    VOWEL,
    YOD_LETTERS,
    Signs,
    endings_differ,
    last_vowel_letters,
    latin_last_syllable,
    signs_disagree,
    vowel_signs,
)
from saring.names.wade_giles import pinyin_readings as wade_giles_readings
from saring.names.wade_giles import pinyin_syllables

SAME = "same"
SPELLING = "spelling variant"
NAME_GROUP = "name group"
SKELETON = "consonant skeleton"
DISTANCE = "spelling distance"
SHORT_FORM = "short form"
INITIAL = "initial"
BELARUSIAN = "Belarusian form"
KAZAKH = "Kazakh form"
RUSSIAN_FORM = "Russian form"
FAMILY_STEM = "family name of one stem"
MASCULINE_FORM = "the masculine form English writes for a woman's family name"
HEARD = "Korean loanword spelling"
SPOKEN = "as its language sounds it"
PERSONAL = "a personal spelling"

_EQUIVALENCE = {
    Equivalence.LATIN: (1.0, SAME),
    Equivalence.PHONETIC: (0.94, SPELLING),
    Equivalence.ALIAS: (0.9, NAME_GROUP),
}
#: Similarity of two tokens sharing only a consonant skeleton, by whether an abjad is
#: involved (where the skeleton is all the script writes) or both are alphabetic.
SKELETON_ABJAD = 0.88
SKELETON_ALPHABETIC = 0.0
INITIAL_SIMILARITY = 0.75
#: Similarity of a word spelt the Belarusian way and another form of it (BYKAU / Быков).
BELARUSIAN_SIMILARITY = 0.9
#: Similarity of a Kazakh family name written "son of" or "daughter of" (-uly, -qyzy) and its
#: Russian form (-ev, -ova): Сәрсенбайұлы / Sarsenbayev.
KAZAKH_SIMILARITY = 0.9
#: Similarity of a Latin word in a Latvian, Lithuanian or Polish spelling of a Russian name
#: and a spelling of the name as Russian writes it (Sergejs Lavrovs / Sergei Lavrov).
RUSSIAN_FORM_SIMILARITY = 0.9
#: Similarity of a family name written in Arabic script and a Latin one with a Russian
#: ending whose stems are one name (محمدوف / Mammadov, آخوندزاده / Akhundov).
FAMILY_STEM_SIMILARITY = 0.85
#: Similarity the two stems must reach (`_family_stems_meet`).
STEM_SIMILARITY = 0.85
#: Similarity of a woman's Russian family name and its masculine form, which English often
#: writes for her (Наталья Солженицына / Natalia Solzhenitsyn, Раиса Горбачёва / Raisa
#: Gorbachev).
MASCULINE_FORM_SIMILARITY = 0.85
#: Similarity of a foreign word written in Hangul and a spelling Korean hears the same.
HEARD_SIMILARITY = 0.94
#: Similarity of a Latin word and a Cyrillic one reading as its language sounds it
#: (Hollande / Олланд).
SPOKEN_SIMILARITY = 0.9
#: Similarity of a Latin syllable one vowel letter from a reading of a Hangul syllable, spelt
#: as no Hangul syllable is read (Jie-won: 지원, June: 준, Kyou-hyun: 규현, Myung-whun: 명훈).
PERSONAL_SIMILARITY = 0.85
#: Fewest letters of such a spelling.
MIN_PERSONAL = 3
#: Fewest letters of a stem two family names with different suffixes share.
MIN_SUFFIXED_STEM = 4
#: Letters a personal spelling of a Korean syllable may add, drop or change (John: 존).
_SOFT_LETTERS = re.compile("[aeiouwyh]")
#: Fewest consonants of a spoken spelling's skeleton that may meet an abjad word, but for a
#: Slavic j said y before a final a, e, o or u after a vowel, which changes no other letter
#: (Ilija: איליה, as Iliya meets it; not Haji or Sajee: חיה and ישי are other names).
MIN_SPOKEN_SKELETON = 2
_SLAVIC_J = re.compile("(?<=[aeiou])j(?=[aeou]$)")
#: What an edit between two `hearing_key`s costs, as a share of their length.
HEARD_EDIT_COST = 1.5
SHORT_FORM_SIMILARITY = 0.7
#: Share of letters two readings must have in common for a phonetic key to count.
MIN_SPELLING_OVERLAP = 0.6
#: A short form must be at least this long to stand for a longer name (Ben, Alex, Chris).
MIN_SHORT_FORM = 3
_NUMERIC = frozenset({Kind.NUMBER})
#: Scripts where each token is one written syllable: a different character is a different
#: name even when romanisations collide (종/정 both read ``jong``).
_SYLLABLE_SCRIPTS = frozenset({scripts.HANGUL, scripts.HAN})


class TokenMatch(NamedTuple):
    """The similarity of two tokens (0-1) and the rule that gave it."""

    similarity: float
    rule: str


NO_MATCH = TokenMatch(0.0, "")


def allowed_edits(length: int) -> int:
    """Edits a token of this length may carry and still count as the same spelling."""
    if length <= 2:
        return 0
    if length <= 5:
        return 1
    if length <= 10:
        return 2
    return 3


#: The most edits `allowed_edits` grants any token.
MAX_EDITS = allowed_edits(1_000)
#: The most edits between two tokens the name tables know as different names.
APART_EDITS = 1


class _Features(NamedTuple):
    """What `token_match` reads of a token, computed once per distinct token."""

    numeric: bool
    syllabic: str
    #: Whether the token's readings are every spelling it may have (a Korean syllable
    #: written in Cyrillic), so that it meets another only by one of them.
    exact: bool
    original: str
    abjad: bool
    vowels: Signs
    keys: TokenKeys
    shortest: int
    longest: int
    #: Whether the token may be compared by `akanye_key`, and is spelt as only Belarusian
    #: names are.
    slavic: bool
    belarusian: bool
    #: Whether the token is Hebrew with a vav inside, which writes o, u or v, or with a yod,
    #: which writes i, e, y or j; or Arabic with a waw or a ya inside, which write the same.
    vav: bool
    yod: bool
    #: A foreign word written in Hangul: the keys of what it spells (see `hearing_key`).
    heard: tuple[str, ...]
    cyrillic: bool
    #: Whether the token is written in Serbian Cyrillic, spelt letter for letter in Latin.
    serbian: bool
    #: The common Arabic names the token is, by their preferred spelling (`table_names`),
    #: for tokens written in Arabic script or Latin letters.
    arabic_names: frozenset[str]
    #: Whether the token is a Latin name part, which has spoken spellings
    #: (`spoken_spellings`, made when first compared with a Cyrillic or abjad word).
    spelt: bool
    #: The `vowel_key`s of a Russian or Ukrainian family name (by its ending).
    slavic_vowels: tuple[str, ...]
    #: Latin letters the last syllable of an abjad word must have (`last_vowel_letters`).
    last_vowel: frozenset[str]
    #: The token's script (`saring.names.scripts`: Hangul read as Chinese is its own).
    script: str
    #: The name groups whose masculine given name the token is the feminine form of.
    feminine: frozenset[str]
    #: The stems of a Kazakh family name written "son of" or "daughter of" (-uly, -qyzy), and
    #: of a Russian one (-ev, -ov; -eva, -ova), by their phonetic keys marked s or d.
    kazakh_stems: frozenset[str]
    russian_stems: frozenset[str]


_AKANYE_SCRIPTS = frozenset({scripts.LATIN, scripts.CYRILLIC})
_ARABIC_TABLE_SCRIPTS = frozenset({scripts.LATIN, scripts.ARABIC})
_VAV = "ו"
_YOD = "י"
_AV_ENDING = "יו"
#: Arabic waw and ya, which write o or u (w, or v in Persian) and i or e (y) inside a word
#: (عيدروس is Aidarus, not Idris).
_ARABIC_WAW = frozenset("وؤ")
_ARABIC_YA = frozenset("يیئى")
#: Persian writes a waw it does not sound after kh before alif (خواجه: Khajeh).
_SILENT_WAW = "خوا"
#: A ya carrying a hamza before a long vowel's letter writes no i (رئوف: Raouf, مسئول).
_HAMZA_SEAT = re.compile("ئ(?=[او])")
_AKANYE_KINDS = frozenset({Kind.GIVEN, Kind.FAMILY, Kind.PATRONYMIC, Kind.OTHER})
#: Endings of Russian and Ukrainian family names, -ин too (Головин is not Golovkin; foreign
#: given names that share it keep their vowels and consonants in Latin: Мэрилин, Marilyn);
#: not patronymics, which Russian and Ukrainian form apart (Дмитрович, Dmitrievich).
_SLAVIC_ENDING = re.compile(r"[оеё]ва?$|[иы]на?$|(?:ск|цк)(?:ий|ая|ой|а)$|енко$|[юу]к$")


def _written(token: Token, hebrew: str, arabic: frozenset[str], anywhere: bool) -> bool:
    """Whether a Hebrew token writes ``hebrew`` inside (or ``anywhere``), or an Arabic one a
    letter of ``arabic`` inside, where it is a long vowel or a glide."""
    if token.script == scripts.HEBREW:
        # A yod before a final vav writes no vowel of its own: סתיו is Stav.
        written = token.original.removesuffix(_AV_ENDING) if anywhere else token.original[1:-1]
        return hebrew in written
    if token.script == scripts.ARABIC:
        inside = _HAMZA_SEAT.sub("", token.original.replace(_SILENT_WAW, "خا"))[1:-1]
        return not arabic.isdisjoint(inside)
    return False


def _features(token: Token) -> _Features:
    shortest, longest = token.reading_lengths
    slavic = token.script in _AKANYE_SCRIPTS and token.kind in _AKANYE_KINDS
    spelt = token.script == scripts.LATIN and token.kind in _AKANYE_KINDS
    return _Features(
        numeric=token.kind in _NUMERIC,
        syllabic=token.script if token.script in _SYLLABLE_SCRIPTS else "",
        exact=token.script == scripts.CYRILLIC_SYLLABLES,
        original=token.original,
        abjad=token.script in scripts.ABJADS,
        vowels=vowel_signs(token.original, token.script, token.latin),
        keys=token_keys(token),
        shortest=shortest,
        longest=longest,
        slavic=slavic,
        belarusian=slavic and belarusian_spelling(token.original, token.script, token.latin),
        vav=_written(token, _VAV, _ARABIC_WAW, anywhere=False),
        yod=_written(token, _YOD, _ARABIC_YA, anywhere=True),
        heard=foreign_keys(token.original) if token.script == scripts.HANGUL_FOREIGN else (),
        cyrillic=token.script == scripts.CYRILLIC,
        serbian=token.script == scripts.CYRILLIC
        and cyrillic.cyrillic_language(token.original) == cyrillic.SERBIAN,
        arabic_names=(
            table_names(token.original, token.latin)
            if token.script in _ARABIC_TABLE_SCRIPTS
            else table_names(token.latin, token.latin)
            if token.script == scripts.CYRILLIC
            else frozenset()
        ),
        spelt=spelt,
        last_vowel=(
            last_vowel_letters(token.original) if token.script in scripts.ABJADS else frozenset()
        ),
        slavic_vowels=(
            tuple(dict.fromkeys(vowel_key(r) for r in token.readings))
            if token.script == scripts.CYRILLIC and _russian_family_name(token.original)
            else ()
        ),
        script=token.script,
        feminine=feminine_ids(token.readings) if slavic else frozenset(),
        kazakh_stems=_stems(token.readings, _KAZAKH_SON, _KAZAKH_DAUGHTER),
        russian_stems=_stems(token.readings, _RUSSIAN_SON, _RUSSIAN_DAUGHTER),
    )


@lru_cache(maxsize=100_000)
def _spoken_phonetics(latin: str) -> frozenset[str]:
    """The phonetic keys of a Latin word's spoken spellings."""
    return frozenset(phonetic_key(s) for s in spoken_spellings(latin, russian=True))


@lru_cache(maxsize=100_000)
def _spoken_skeletons(latin: str, arabic: bool, hebrew: bool) -> tuple[tuple[str, str, Signs], ...]:
    """Each spoken spelling of a Latin word (as ``arabic`` script hears it where it writes
    no ts, or ``hebrew``), and it as abjads hear it (`abjad_heard`), with its skeleton and
    vowel signs."""
    spoken = spoken_spellings(latin, arabic=arabic, hebrew=hebrew)
    slavic_j = _SLAVIC_J.sub("y", latin)
    found = []
    for spelling in dict.fromkeys(s for said in spoken for s in (said, abjad_heard(said))):
        skeleton = skeleton_key(spelling)
        if len(skeleton) >= MIN_SPOKEN_SKELETON or (skeleton and spelling == slavic_j != latin):
            found.append((spelling, skeleton, vowel_signs(spelling, scripts.LATIN, spelling)))
    return tuple(found)


def _spoken_match(latin: _Features, other: _Features) -> TokenMatch:
    """How alike a Latin word, as another language sounds it (`spoken_spellings`), and a word
    written in Cyrillic (the same reading, or a typo's distance) or an abjad (the same
    skeleton) are; not at all when the name tables know them as different names."""
    if _apart(latin, other):
        return NO_MATCH
    if other.cyrillic:
        # The same reading, or one phonetic key as spelling variants have (Коэльо: koelo,
        # Coelho as Portuguese says it: coelyu).
        spoken = spoken_spellings(latin.keys.latin, russian=True)
        if not other.keys.reading_set.isdisjoint(spoken):
            return TokenMatch(SPOKEN_SIMILARITY, SPOKEN)
        if not other.keys.phonetic_set.isdisjoint(_spoken_phonetics(latin.keys.latin)):
            return TokenMatch(SPOKEN_SIMILARITY, SPOKEN)
        # A final s is no typo: Джон is not Jones, whose English spelling jons is close.
        best = min(
            max(
                _closest(
                    [s for s in spoken if _final_s(s) == ends],
                    [r for r in other.keys.readings if _final_s(r) == ends],
                )
                for ends in (True, False)
            ),
            SPOKEN_SIMILARITY,
        )
        return TokenMatch(round(best, 3), SPOKEN) if best > 0 else NO_MATCH
    if other.abjad:
        # As for a spelling as written: the abjad's vowel signs agree, a vav inside meets o,
        # u, v or w, a waw or ya before the last consonant meets its letters.
        arabic = _arabic(other)
        arabic_no_ts = arabic and not any(ts in other.original for ts in _ARABIC_TS)
        # An Arabic ya meets i, e or y (بهية is Bahia, not Bahaa); a Hebrew yod may write a
        # German au (קויפמן: Kaufmann).
        arabic_ya = arabic and other.yod
        hebrew = other.script == scripts.HEBREW
        # every reading: a town after "of" also reads as Hebrew writes it, after מ
        readings = latin.keys.readings
        said = (s for r in readings for s in _spoken_skeletons(r, arabic_no_ts, hebrew))
        for spelling, skeleton, vowels in said:
            if skeleton not in other.keys.skeleton_set or signs_disagree(vowels, other.vowels):
                continue
            if other.vav and VAV_LETTERS.isdisjoint(spelling):
                continue
            if arabic_ya and YOD_LETTERS.isdisjoint(spelling):
                continue
            if _GLIDE_Y.search(spelling) and not _writes_y(other):
                continue  # an abjad writes a y between vowels: דנה is not Daniella's danieya
            if other.last_vowel and other.last_vowel.isdisjoint(latin_last_syllable(spelling)):
                continue
            return TokenMatch(SKELETON_ABJAD, SPOKEN)
    return NO_MATCH


#: A y between vowels, which Hebrew writes with a yod and Arabic script with a ya (after a
#: consonant, a y may be only its softening, which they leave out: Coelho's coelyu, קואלו).
_GLIDE_Y = re.compile("(?<=[aeiou])y(?=[aeiou])")


def _writes_y(abjad: _Features) -> bool:
    """Whether a word in an abjad holds a letter for a y."""
    return _YOD in abjad.original or not _ARABIC_YA.isdisjoint(abjad.original)


def _final_s(word: str) -> bool:
    """Whether ``word`` ends in s or z."""
    return word[-1:] in ("s", "z")


def _vowel_letter_unwritten(a: _Features, b: _Features) -> bool:
    """Whether ``a`` is Hebrew with a vav inside or a yod, or Arabic with a waw or ya inside,
    and ``b``, in Latin letters, has none of the letters one of them may stand for (לוי is
    Levi, never Li; גורדין is Gordin, not Gordon; יצחק is no Chuck; عيدروس no Idris)."""
    if not (a.vav or a.yod) or b.abjad or b.syllabic or b.exact:
        return False
    return any(
        written and all(letters.isdisjoint(r) for r in b.keys.readings)
        for written, letters in ((a.vav, VAV_LETTERS), (a.yod, YOD_LETTERS))
    )


#: Arabic-script letters of a word opening on a y sound, and the Latin letters one of which
#: opens every spelling of it: y or j (Yevgeny, Jens), or the vowel it may be (Issad, Evgeny).
_OPENING_YA = frozenset("يی")
_OPENING_YA_LATIN = frozenset("yjie")


def _opening_ya_unwritten(a: _Features, b: _Features) -> bool:
    """Whether ``a``, in Arabic script, opens on a ya and ``b``, in Latin letters, on none of
    the letters it is written with (يسرى is Yusra, not Sara)."""
    if a.script != scripts.ARABIC or a.original[:1] not in _OPENING_YA or not b.spelt:
        return False
    return all(r[:1] not in _OPENING_YA_LATIN for r in b.keys.readings)


#: Hebrew letters every Latin spelling writes with one of their letters: ב as b or v (אבי is
#: Avi, יובל no Yoel), פ as p or f (אפי is Effi, not Avi).
_HEBREW_LETTERS = ((frozenset("ב"), frozenset("bvw")), (frozenset("פף"), frozenset("pf")))


def _hebrew_letter_unwritten(a: _Features, b: _Features) -> bool:
    """Whether ``a`` is Hebrew with a letter of `_HEBREW_LETTERS` and ``b``, in Latin
    letters, has none of the letters it is written with."""
    if a.script != scripts.HEBREW or not b.spelt:
        return False
    return any(
        not hebrew.isdisjoint(a.original) and all(latin.isdisjoint(r) for r in b.keys.readings)
        for hebrew, latin in _HEBREW_LETTERS
    )


_ALEF = "א"
_HEBREW_CARRIERS = frozenset("אעוי")
#: First vowels of a Latin word that a Hebrew alef after the first consonant never writes.
_NOT_ALEF_VOWELS = frozenset("io")
_OPENING_O = "או"
_O_LETTERS = frozenset("ou")


def _alef_unlike_vowel(a: _Features, b: _Features) -> bool:
    """Whether ``a`` is Hebrew with an alef after its first consonant, which writes a or e
    there (קאהן: Kahn, מאיר: Meir), and ``b``, in Latin letters, has an o or i for its first
    vowel in every reading (Cohen); or ``a`` opens with an alef and vav, which write o or u
    (אוהד: Ohad), and ``b`` opens with another letter (Ehud: אהוד); not an alef before a
    doubled vav, a v (אווה: Eva)."""
    word = a.original
    if a.script != scripts.HEBREW or not b.spelt or len(word) < 3:
        return False
    if word.startswith(_OPENING_O) and word[2] != _VAV:
        return all(r[:1] not in _O_LETTERS for r in b.keys.readings)
    if word[1] != _ALEF or word[0] in _HEBREW_CARRIERS:
        return False
    return all(_first_vowel(r) in _NOT_ALEF_VOWELS for r in b.keys.readings)


_V_LETTERS = frozenset("vw")
#: Runs of Latin vowel letters (Paul: au, which a vav writes).
_FIRST_VOWELS = re.compile(r"[aeiou]+")


def _vav_unlike_vowel(a: _Features, b: _Features) -> bool:
    """Whether ``a`` is Hebrew with one vav after its first consonant, which writes an o or
    u there (מוחמד: Muhammad, גורדון: Gordon) or a v (לוין: Levin), and ``b``, in Latin
    letters, has no o or u among its first vowels (Paul: au) and no v or w in any reading
    (Mahmoud)."""
    word = a.original
    if a.script != scripts.HEBREW or not b.spelt or len(word) < 3:
        return False
    if word[1] != _VAV or word[2] == _VAV or word[0] in _HEBREW_CARRIERS:
        return False
    return all(
        _O_LETTERS.isdisjoint(_first_vowels(r)) and _V_LETTERS.isdisjoint(r)
        for r in b.keys.readings
    )


def _first_vowels(latin: str) -> str:
    """The first run of vowel letters of a Latin word after its first letter ('' if none)."""
    found = _FIRST_VOWELS.search(latin, 1)
    return found.group(0) if found else ""


def _first_vowel(latin: str) -> str:
    """The first vowel letter of a Latin word after its first letter ('' if none)."""
    return next((c for c in latin[1:] if c in _VOWEL_LETTERS), "")


#: Latin endings an abjad word ending on another consonant would write: ah (but the -llah
#: of a name written apart, محمد الله: MOHAMMADULLAH) and a y after a consonant (ريان is not
#: Rayyanah, ראובן not Reuveny; not Hungarian's gy, one consonant: György, ג'רג'); and a
#: final v or f, which Russian family names end on (אהרון is not Aharonov, יששכר not
#: Issacharoff).
_LATIN_SYLLABLE_ADDED = re.compile(r"[^aeiouyl]ah$|[^aeiouyg]y$|ggy$")
_LATIN_FINAL_V = re.compile(r"[aeiouy](?:v|ff?)$")
#: Abjad letters a Latin final h may spell (ح, خ, ח), and a final v or f (ف, ڤ, و, ب, پ;
#: ב, ף, פ, ו).
_ABJAD_FINAL_H = frozenset("حخח")
_ABJAD_FINAL_V = frozenset("فڤوبپבףפו")


def _latin_ending_unwritten(a: _Features, b: _Features) -> bool:
    """Whether ``a``, written in an abjad, ends on a consonant where ``b``, in Latin
    letters, ends on a syllable (`_LATIN_SYLLABLE_ADDED`) or a v (`_LATIN_FINAL_V`) that
    ``a`` would write."""
    if not a.abjad or not b.spelt or a.vowels[1] != CONSONANT:
        return False
    last, latin = a.original[-1:], b.keys.latin
    return (last not in _ABJAD_FINAL_H and _LATIN_SYLLABLE_ADDED.search(latin) is not None) or (
        last not in _ABJAD_FINAL_V and _LATIN_FINAL_V.search(latin) is not None
    )


def _last_vowel_unwritten(a: _Features, b: _Features) -> bool:
    """Whether ``a``, written in an abjad, spells the vowel before its final consonant with a
    waw or ya and ``b``'s last syllable has no letter for it (وسيم is no Wissam)."""
    if not a.last_vowel or b.abjad or b.syllabic or b.exact:
        return False
    return all(a.last_vowel.isdisjoint(latin_last_syllable(r)) for r in b.keys.readings)


def _distance_similarity(a: _Features, b: _Features, most: int = MAX_EDITS) -> float:
    """Similarity from the edit distance of the closest Latin readings, 0 beyond a typo
    (or beyond ``most`` edits)."""
    return _closest(a.keys.readings, b.keys.readings, most)


def _closest(
    xs: Collection[str], ys: Collection[str], most: int = MAX_EDITS, cost: float = 1.0
) -> float:
    """Similarity of the closest pair of spellings by edit distance, each edit costing
    ``cost`` times its share of the longer one, 0 beyond a typo (or beyond ``most`` edits);
    a different first letter costs 0.1."""
    best = 0.0
    for x in xs:
        lx = len(x)
        for y in ys:
            ly = len(y)
            limit = min(allowed_edits(min(lx, ly)), most)
            if limit == 0 or abs(lx - ly) > limit:
                continue
            dist = OSA.distance(x, y, score_cutoff=limit)
            if dist > limit:
                continue
            # Typos matter less near the end of a long token (inflections, -i/-y).
            similarity = 1.0 - cost * dist / max(lx, ly)
            if x[:1] != y[:1]:
                similarity -= 0.1
            best = max(best, similarity)
    return best


def _heard_match(heard: _Features, other: _Features) -> TokenMatch:
    """How alike a foreign word written in Hangul and another token's spellings sound to
    Korean ears: the same `hearing_key`, or a typo's distance between keys; at least as
    alike as a name group they share (then by that rule); the same where a Korean family
    name in a foreign name has the other's spelling among its readings (박: Park)."""
    if not other.keys.reading_set.isdisjoint(heard.keys.readings[1:]):
        return TokenMatch(1.0, SAME)
    if writes_foreign_l(heard.original) and not any("l" in r for r in other.keys.readings):
        return NO_MATCH  # 켈리 is Kelly, not Kerry (케리)
    keys = {k for r in other.keys.readings for k in hearing_keys(r)}
    if not keys.isdisjoint(heard.heard):
        return TokenMatch(HEARD_SIMILARITY, HEARD)
    # An edit between keys is more than a typo: they merge letters already.
    best = max(
        (
            _closest((x,), (y,), cost=HEARD_EDIT_COST)
            for x in heard.heard
            for y in keys
            if not _vowel_ended(x, y) and not _nasal_ended(x, y)
        ),
        default=0.0,
    )
    group = _EQUIVALENCE[Equivalence.ALIAS]
    if group[0] >= best and not heard.keys.aliases.isdisjoint(other.keys.aliases):
        return TokenMatch(*group)  # one name, however it ends (니콜라이: Mykola)
    return TokenMatch(round(best, 3), HEARD) if best > 0 else NO_MATCH


def _vowel_ended(x: str, y: str) -> bool:
    """Whether one hearing key is the other with a vowel after it, or they end on other
    vowels: Korean ends a word on a written vowel only where the name says one (하시나 is
    Hasina, not Hassan: 하산), and writes which (리고베르타 is Rigoberta, not Rigoberto)."""
    if len(x) < len(y):
        x, y = y, x
    if len(x) == len(y) + 1 and x[-1] in "ao" and x.startswith(y):
        return True
    return {x[-1:], y[-1:]} == {"a", "o"}


def _nasal_ended(x: str, y: str) -> bool:
    """Whether one hearing key ends on an n or m where the other ends on another letter or
    none: Korean writes a final nasal where the name says one (미런 is Miran, not Miller:
    밀러)."""
    if len(x) < len(y):
        x, y = y, x
    if len(x) == len(y) + 1:
        return x[-1] in "nm" and x.startswith(y)
    return len(x) == len(y) and x[:-1] == y[:-1] and (x[-1] in "nm") != (y[-1] in "nm")


def _spelled_alike(a: _Features, b: _Features) -> bool:
    """Whether some readings of the two tokens share most of their letters."""
    return any(
        Indel.normalized_similarity(x, y) >= MIN_SPELLING_OVERLAP
        for x in a.keys.readings
        for y in b.keys.readings
    )


def _short_form(a: _Features, b: _Features) -> bool:
    """Whether one token's reading starts the other's (Ben/Benjamin, Alex/Alexander)."""
    x, y = a.keys.latin, b.keys.latin
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= MIN_SHORT_FORM and len(long) > len(short) and long.startswith(short)


_FEATURES: list[_Features] = []
_TOKEN_IDS: dict[Token, int] = {}
_BY_IDS: dict[int, TokenMatch] = {}
#: Most token pairs remembered before the memo is cleared.
MAX_REMEMBERED = 1_000_000
#: Most distinct tokens given ids before `forget_tokens` is due (see `tokens_remembered`).
MAX_TOKENS = 500_000


def tokens_remembered() -> int:
    """How many distinct tokens have ids now."""
    return len(_FEATURES)


def forget_tokens() -> None:
    """Drop every token id, feature and pair result. Ids given before are void: call this
    only where no prepared name holding them is still in use."""
    _FEATURES.clear()
    _TOKEN_IDS.clear()
    _BY_IDS.clear()


def token_id(token: Token) -> int:
    """A small integer standing for ``token`` (equal tokens share one, and so do tokens
    that differ only by the written piece they come from, which no rule reads)."""
    found = _TOKEN_IDS.get(token)
    if found is None:
        unplaced = replace(token, piece=0) if token.piece else token
        found = _TOKEN_IDS.get(unplaced)
        if found is None:
            found = _TOKEN_IDS[unplaced] = len(_FEATURES)
            _FEATURES.append(_features(unplaced))
        _TOKEN_IDS[token] = found
    return found


def remembered_matches() -> dict[int, TokenMatch]:
    """The memo of `match_ids`, keyed ``(a << 32) | b``, for lookups in tight loops."""
    return _BY_IDS


def match_ids(a: int, b: int) -> TokenMatch:
    """`token_match` of two tokens given by `token_id`, remembered."""
    key = (a << 32) | b
    found = _BY_IDS.get(key)
    if found is None:
        if len(_BY_IDS) >= MAX_REMEMBERED:
            _BY_IDS.clear()
        found = _BY_IDS[key] = _match(_FEATURES[a], _FEATURES[b])
    return found


#: Fewest consonants of a skeleton that two names written apart in an abjad share with one
#: word (Sirajuddin, Shahidkhel): joined, any two names have a few consonants of a third
#: (רומי פרי is not Roruimbere).
MIN_JOINED_SKELETON = 5
#: The same, when the names written apart are Latin and the word is an abjad's, which writes
#: its compounds of short names as one (علی‌اکبر, Ali Akbar: lkbr; حسینعلی, Hussein-Ali).
MIN_JOINED_LATIN_SKELETON = 4
#: The same, when the first of the names written apart is a particle, whose consonants are
#: fixed (بن علي, Benali: b, n and one more).
MIN_PARTICLE_SKELETON = 3


def share_skeleton(a: int, b: int, least: int) -> bool:
    """Whether two tokens (given by `token_id`) share a skeleton of ``least`` letters or
    more."""
    shared = _FEATURES[a].keys.skeleton_set & _FEATURES[b].keys.skeleton_set
    return any(len(s) >= least for s in shared)


def joined_abjad_match(
    joined: int,
    word: int,
    parts: Sequence[Token],
    found: TokenMatch,
    particle: bool = False,
) -> TokenMatch:
    """``found``, a skeleton match between ``parts`` written together (``joined``) and one
    word of the other name, one side in an abjad (tokens given by `token_id`), if they share
    a long enough skeleton with it (and, written in an abjad, are two, or three around an
    article; a shorter one when the first is a ``particle``: بن ناصر, Bennacer), or are two
    abjad words that meet the two pieces of a Latin word (`split_match`); else how alike
    their Latin readings are (typo distance, short form)."""
    a, b = _FEATURES[joined], _FEATURES[word]
    least = MIN_JOINED_SKELETON if a.abjad else MIN_JOINED_LATIN_SKELETON
    if particle:
        least = MIN_PARTICLE_SKELETON
    # Three abjad words meet one only around an article (עלם אל-הודא: Alamolhoda).
    few = len(parts) == 2 or (len(parts) == 3 and parts[1].kind == Kind.PARTICLE)
    if (few or not a.abjad) and share_skeleton(joined, word, least):
        return found
    if len(parts) == 2 and a.abjad and b.spelt and split_match(parts, word):
        return found
    if (
        len(parts) == 2
        and b.abjad
        and a.spelt
        and (table_split(parts, word) or abjad_split(parts, word))
    ):
        return found
    return _spelling_match(a, b, NO_MATCH)


#: How alike each of two words written apart and its piece of the other side's one word
#: must be (`split_match`), and the fewest letters of a piece.
PIECE_SIMILARITY = 0.8
_SHORTEST_PIECE = 2


def split_match(parts: Sequence[Token], word: int) -> bool:
    """Whether two words written apart in an abjad meet, in order, the two pieces a Latin
    word's reading cuts into (שם טוב: Shemtov, shem and tov; בר לב: Barlev), the word
    given by `token_id`."""
    first, second = (_FEATURES[token_id(p)] for p in parts)
    return any(_pieces_meet(first, second, r) for r in _FEATURES[word].keys.readings)


def abjad_split(parts: Sequence[Token], word: int) -> bool:
    """Whether two Latin words written apart meet, in order, the two pieces an abjad word
    (given by `token_id`) cuts into (سلطان‌غالیف: Sultan Galiev), as `split_match` meets two
    abjad words with a Latin one's pieces."""
    first, second = (_FEATURES[token_id(p)] for p in parts)
    return _pieces_meet(first, second, _FEATURES[word].original)


def _pieces_meet(first: _Features, second: _Features, text: str) -> bool:
    """Whether ``text`` cuts into two pieces, each read as a name part of its own, that
    ``first`` and ``second`` meet in order."""
    for cut in range(_SHORTEST_PIECE, len(text) - _SHORTEST_PIECE + 1):
        head, tail = _word_features(text[:cut]), _word_features(text[cut:])
        if (
            head is not None
            and tail is not None
            and _match(first, head).similarity >= PIECE_SIMILARITY
            and _match(second, tail).similarity >= PIECE_SIMILARITY
        ):
            return True
    return False


def table_split(parts: Sequence[Token], word: int) -> bool:
    """Whether two Latin words written apart are, in order, two names of the table of Arabic
    names that an abjad word (given by `token_id`) writes as one (عباسعلی: Abbas Ali, whose
    shared skeleton bsl is too short to tell them from any three consonants)."""
    first, second = (_FEATURES[token_id(p)] for p in parts)
    if not first.arabic_names or not second.arabic_names:
        return False
    original = _FEATURES[word].original
    for cut in range(_SHORTEST_PIECE, len(original) - _SHORTEST_PIECE + 1):
        head, tail = original[:cut], original[cut:]
        if not first.arabic_names.isdisjoint(
            table_names(head, head)
        ) and not second.arabic_names.isdisjoint(table_names(tail, tail)):
            return True
    return False


def distance_match(a: int, b: int) -> TokenMatch:
    """How alike the Latin readings of two tokens given by `token_id` are by typo distance
    or short form alone."""
    return _spelling_match(_FEATURES[a], _FEATURES[b], NO_MATCH)


def token_match(a: Token, b: Token) -> TokenMatch:
    """How similar ``a`` and ``b`` are as name parts, and by which rule."""
    return _match(_features(a), _features(b))


#: How alike a Hebrew given name and a spelling the table of Israeli given names gives it are.
_TABLE_SPELLING = TokenMatch(*_EQUIVALENCE[Equivalence.PHONETIC])


def _match(a: _Features, b: _Features) -> TokenMatch:
    if _given_name_spelling(a, b) or _given_name_spelling(b, a):
        return _TABLE_SPELLING
    found = _compared(a, b)
    if found.similarity < _TABLE_SPELLING.similarity and (
        _given_name_spelling(a, b, german=True) or _given_name_spelling(b, a, german=True)
    ):
        return _TABLE_SPELLING
    if found.similarity < MASCULINE_FORM_SIMILARITY and a.cyrillic != b.cyrillic:
        cyrillic, latin = (a, b) if a.cyrillic else (b, a)
        if latin.spelt and _masculine_form(cyrillic, latin):
            return TokenMatch(MASCULINE_FORM_SIMILARITY, MASCULINE_FORM)
    return found


def _compared(a: _Features, b: _Features) -> TokenMatch:
    found = _spelt_match(a, b)
    if found.rule in _ENDING_RULES and a.spelt != b.spelt and _final_vowels_differ(a, b):
        return NO_MATCH
    if found.rule not in _LOOSE_RULES or a.cyrillic == b.cyrillic:
        return found
    cyrillic, latin = (a, b) if a.cyrillic else (b, a)
    if not latin.spelt:
        return found
    if (
        _suffixed(cyrillic, latin)
        or _first_vowel_differs(cyrillic, latin)
        or _final_consonant_added(cyrillic, latin)
    ):
        return NO_MATCH
    if (
        cyrillic.serbian
        and found.rule in (DISTANCE, SPOKEN)
        and _consonants_differ(cyrillic, latin, found.rule == SPOKEN)
    ):
        return NO_MATCH  # Serbian Cyrillic is spelt letter for letter: Јокић is not Jović
    if not cyrillic.slavic_vowels:
        return found
    if _vowels_differ(cyrillic, latin) or _syllables_differ(cyrillic, latin):
        return NO_MATCH
    if _consonants_compared(found.rule, latin) and _consonants_differ(
        cyrillic, latin, found.rule == SPOKEN
    ):
        # a typo's distance away, but maybe spelt as its language sounds it (Archipenko)
        return _spoken_kept(latin, cyrillic) if found.rule == DISTANCE else NO_MATCH
    return found


def _spoken_kept(latin: _Features, cyrillic: _Features) -> TokenMatch:
    """The `_spoken_match` of a Latin word and a Russian family name whose consonants its
    typo's distance changes, if its spoken spellings keep them."""
    found = _spoken_match(latin, cyrillic)
    if found.similarity > 0 and not (
        _consonants_compared(SPOKEN, latin) and _consonants_differ(cyrillic, latin, spoken=True)
    ):
        return found
    return NO_MATCH


def _given_name_spelling(hebrew: _Features, latin: _Features, german: bool = False) -> bool:
    """Whether ``hebrew`` is in the table of Israeli given names and ``latin`` is one of the
    spellings it gives that name (אברהם: Avraham, חיים: Chaim); with ``german``, spelt as
    German says one (Schlomo, Mosche, Awraham)."""
    if hebrew.script != scripts.HEBREW or not latin.spelt:
        return False
    spellings = given_name_spellings(hebrew.original)
    word = german_spelling(latin.keys.latin) if german else latin.keys.latin
    return spellings is not None and word in spellings


#: Rules by which a Latin word and one written by sound meet only if they end alike.
_ENDING_RULES = frozenset({SPELLING, SKELETON, DISTANCE, SPOKEN, HEARD})
#: Final vowels of different names (Марино is not Marini, 페라리 and فيراري not Ferrara):
#: Cyrillic's i against a, o or u (its a and o stand for each other: Лукашенко,
#: Lukashenka); Hangul's and an abjad's a, i and o (or u) against each other; e stands for
#: more than one.
_CYRILLIC_ENDINGS_APART = frozenset({("i", "a"), ("i", "o"), ("a", "i"), ("o", "i")})
_ENDINGS_APART = _CYRILLIC_ENDINGS_APART | {("a", "o"), ("o", "a")}
_ENDING_CLASSES = str.maketrans("yu", "io")
_CYRILLIC_Y = frozenset("ыЫ")
#: The vowels an abjad's last letter writes where it writes one vowel (ي: i, و: o or u, ا:
#: a); not ة, ى, ه, א or the Persian ی, which write more than one (عیسی: Isa).
_ABJAD_FINALS = {"ي": "i", "י": "i", "و": "o", "ו": "o", "ا": "a"}
_FINAL_VOWEL_RUN = re.compile("[aeiouy]+$")


def _final_vowels_differ(a: _Features, b: _Features) -> bool:
    """Whether a Latin word and a word of Cyrillic, of a foreign name in Hangul or of an
    abjad end on vowels of different names, however the Latin word's languages sound it."""
    latin, other = (a, b) if a.spelt else (b, a)
    if other.cyrillic:
        if other.original[-1:] in _CYRILLIC_Y:
            return False  # Slavic endings, spelt otherwise too (Дмухайлы, DMUHAILA)
        ours, apart = {r[-1:] for r in other.keys.readings}, _CYRILLIC_ENDINGS_APART
    elif other.heard:
        ours, apart = {final_vowel(other.original)}, _ENDINGS_APART
    elif other.abjad:
        ours, apart = {_ABJAD_FINALS.get(other.original[-1:], "")}, _ENDINGS_APART
    else:
        return False
    word = latin.keys.latin
    spellings = (word, *spoken_spellings(word, russian=other.cyrillic))
    # each spelling's last run of vowels, any of which may be the one written (Yehia: يحي)
    runs = [_FINAL_VOWEL_RUN.search(s) for s in spellings]
    return all(
        run is not None and all((x, y) in apart for y in run[0].translate(_ENDING_CLASSES))
        for x in {o.translate(_ENDING_CLASSES) for o in ours}
        for run in runs
    )


#: Opening vowels that may stand for each other in a Latin spelling of a Cyrillic word
#: (Олександр: Aleksandr; Євген: Ievgen; Энтони: Antony).
_OPENING_VOWELS_ALIKE = (frozenset("ao"), frozenset("ei"), frozenset("ae"))
_VOWEL_LETTERS = frozenset("aeiou")


_SOUNDED_FINALS = frozenset("nml")


def _final_consonant_added(cyrillic: _Features, latin: _Features) -> bool:
    """Whether a Latin word ends on a vowel and an n, m or l, sounded letters Cyrillic would
    write, where a Cyrillic word ends on the vowel (Марти is not Martín, Балаба not
    Balaban)."""
    word = latin.keys.latin
    return (
        len(word) > 2
        and word[-1] in _SOUNDED_FINALS
        and word[-2] in _VOWEL_LETTERS
        and all(r[-1:] in _SYLLABIC for r in cyrillic.keys.readings)
    )


def _first_vowel_differs(cyrillic: _Features, latin: _Features) -> bool:
    """Whether a Latin word opens with a vowel no reading of a Cyrillic word opens with, nor
    one like it (Анна is not Inna), and so does the way it is said if its spelling is far
    from it (Айзек: Isaac, said ayzek)."""
    word = latin.keys.latin
    return all(_opens_otherwise(cyrillic, said) for said in (word, *sounded(word)))


def _opens_otherwise(cyrillic: _Features, word: str) -> bool:
    first = word[:1]
    if first not in _VOWEL_LETTERS:
        return False
    for reading in cyrillic.keys.readings:
        ours = reading[:1]
        if ours not in _VOWEL_LETTERS or ours == first:
            return False
        if any(ours in pair and first in pair for pair in _OPENING_VOWELS_ALIKE):
            return False
    return True


#: What one of two Slavic family names, or a name and a family name made of it, has more
#: than the other: Zhadanov is not Жадан, nor Chernenkov Черненко, nor Aleinikau (the
#: Belarusian -ov) Алейник, nor Sychev Сычевой (an adjective's -oy).
_SLAVIC_SUFFIXES = frozenset(
    {"v", "ov", "ev", "ova", "eva", "au", "ava", "in", "ina", "ko", "enko", "oy", "oi", "oj"}
)
#: Family-name suffixes, each with the class of its spellings and its feminine forms, that
#: make different names of one stem (Якубец is not Yakubov, Скоробогатько not Skorobogatov).
_SUFFIX_CLASSES = (
    ("ova", "ov"), ("eva", "ov"), ("ov", "ov"), ("ev", "ov"), ("au", "ov"), ("ava", "ov"),
    ("ets", "ets"), ("ko", "ko"), ("ka", "ko"), ("in", "in"), ("yn", "in"), ("ina", "in"),
    ("yan", "yan"), ("ian", "yan"), ("jan", "yan"),
)  # fmt: skip
_SUFFIX = re.compile("(" + "|".join(sorted({s for s, _ in _SUFFIX_CLASSES}, key=len)[::-1]) + ")$")
_SUFFIX_CLASS = dict(_SUFFIX_CLASSES)


def _suffixed(cyrillic: _Features, latin: _Features) -> bool:
    """Whether a Latin spelling is a reading of a Cyrillic word with a Slavic family name's
    suffix added, taken away (`_SLAVIC_SUFFIXES`) or put for another (`_SUFFIX_CLASSES`), or
    ends in a family name's suffix of another class than every reading's (Галустян is no
    Galuzin)."""
    ours_classes = {split[1] for r in cyrillic.keys.readings if (split := _suffix_split(r))}
    theirs_classes = {split[1] for r in latin.keys.readings if (split := _suffix_split(r))}
    if ours_classes and theirs_classes and ours_classes.isdisjoint(theirs_classes):
        return True
    for ours in cyrillic.keys.readings:
        for theirs in latin.keys.readings:
            longer, shorter = (ours, theirs) if len(ours) > len(theirs) else (theirs, ours)
            if longer.startswith(shorter) and longer[len(shorter) :] in _SLAVIC_SUFFIXES:
                return True
            if _other_suffix(ours, theirs):
                return True
    return False


def _other_suffix(a: str, b: str) -> bool:
    """Whether two readings are one stem with suffixes of different classes."""
    split_a, split_b = _suffix_split(a), _suffix_split(b)
    return (
        split_a is not None
        and split_b is not None
        and split_a[0] == split_b[0]
        and len(split_a[0]) >= MIN_SUFFIXED_STEM
        and split_a[1] != split_b[1]
    )


@lru_cache(maxsize=100_000)
def _suffix_split(reading: str) -> tuple[str, str] | None:
    """A reading's stem and the class of its family-name suffix (`_SUFFIX_CLASSES`), if it
    ends in one."""
    found = _SUFFIX.search(reading)
    if found is None:
        return None
    suffix = found.group(1)
    return reading[: -len(suffix)], _SUFFIX_CLASS[suffix]


#: A Latin spelling of a Russian family name as a romanisation writes it, not as a foreign
#: language spells its sounds (Zakharov, not Сахаров read as German); not -ski, which Polish
#: names share (Brzezinski: Бжезинский).
_ROMANISED_ENDING = re.compile(r"(?:[oe]va?|[iy]na|enko)$")


def _consonants_compared(rule: str, latin: _Features) -> bool:
    """Whether a match by ``rule`` must keep a Russian family name's consonants: a typo's
    distance always, a spoken spelling when the Latin word is spelt as a romanisation."""
    return rule == DISTANCE or (
        rule == SPOKEN and _ROMANISED_ENDING.search(latin.keys.latin) is not None
    )


#: What a typo's distance may change in a Russian family name's Latin spelling: the
#: spellings of щ (shch, sch, shh, sh: Катющенко, KATYUSHENKO), not a з as zh (Рогозин is
#: not Rogozhin), vowels, glides and h
#: (Дянков: Djankov, ЕРМОШИНА: YARMOSHINA, ПЛЫШЕВСКИЙ: PLYSHEUSKIY), but not a final в,
#: however written (Chernenkov is not Черненко; ВАСИЛЬЕВ is VASILIEU; Леонтьев the
#: emigrés' Leontief, as it sounds).
_CONSONANT_SPELLINGS = compile_rewrites(
    (
        (r"shch|shh|sch|sh", "S"),
        (r"zh", "Z"),
        (r"(?:v|ff|(?<=[ie])f|w|(?<=[aeo])u)(?=a?$)", "V"),
        (r"[aeiouyjwvh]", ""),
    )
)
#: A з a romanisation may write as s (Измайлов, ISMAILOV); no romanisation writes с as z.
_VOICED_S = compile_rewrites(((r"z", "s"),))


def _consonants_differ(cyrillic: _Features, latin: _Features, spoken: bool = False) -> bool:
    """Whether a Cyrillic family name and a Latin spelling a typo's distance away (or, if
    ``spoken``, one of its `spoken_spellings`) differ in a consonant: every romanisation
    writes a Russian name's consonants (Муратов is not Muradov, Азимов not Azizov, Сахаров
    not Zakharov; Плющенко is the German Pljuschtschenko)."""
    ours = {rewrite(r, _CONSONANT_SPELLINGS) for r in cyrillic.keys.readings}
    ours |= {rewrite(r, _VOICED_S) for r in ours}
    ours |= {r.replace("Z", "z") for r in ours}  # a ż folded to z (Нижинский: Niżyński)
    theirs = latin.keys.readings
    if spoken:
        theirs += spoken_spellings(latin.keys.latin, russian=True)
    return all(rewrite(r, _CONSONANT_SPELLINGS) not in ours for r in theirs)


def _russian_family_name(word: str) -> bool:
    """Whether a Cyrillic word ends as Russian and Ukrainian family names do; Belarusian
    and Kazakh ones are left out, their Latin spellings often the Russian form's
    (ЛЮБАВIЦКI, LIUBOVITSKI; Сәтбаев, Satpayev: Сатпаев)."""
    lowered = word.lower()
    other_form = cyrillic.cyrillic_language(lowered) in (cyrillic.BELARUSIAN, cyrillic.KAZAKH)
    return bool(_SLAVIC_ENDING.search(lowered)) and not other_form


#: Rules that let vowels differ: phonetic keys, a typo's distance, a spoken spelling.
_LOOSE_RULES = frozenset({SPELLING, DISTANCE, SPOKEN})


#: A Latin gu before e or i, whose u a Russian name sounds (Rastorguev: Расторгуев), though
#: the keys take it for the silent u of Guevara.
_SOUNDED_GU = re.compile("gu(?=[ei])")


def _vowels_differ(cyrillic: _Features, latin: _Features) -> bool:
    """Whether a Cyrillic family name and a Latin spelling of the same shape
    put other vowels in one place: every romanisation writes a Russian а as a and о as o
    (Шарапова is not Sharipova, Немцов not Nemtsev), but for `_OTHER_READINGS`."""
    spellings = (latin.keys.latin, *spoken_spellings(latin.keys.latin, russian=True))
    theirs = {vowel_key(s) for s in spellings}
    if _SOUNDED_GU.search(latin.keys.latin):
        theirs.add(vowel_key(_SOUNDED_GU.sub("guy", latin.keys.latin)))
    compared = False
    for ours in cyrillic.slavic_vowels:
        for other in theirs:
            if len(ours) != len(other):
                continue
            compared = True
            if not any(_other_vowel(x, y) for x, y in zip(ours, other, strict=True)):
                return False
    return compared


_SYLLABIC = frozenset("aeiouy")
#: What no syllable has of its own: a final i or y (or ij: Tarkovskij), and a u after a
#: vowel but before none (the Belarusian ў: VASILIEU, KALINOUSKY; French ou: Loujkov).
_NOT_SYLLABIC = re.compile("[iy]+j?$|(?<=[aeiou])u(?![aeiou])")
#: A y before a vowel is a glide (Kasyanov); an i there may be one (Kasianov) or not
#: (Gergiev).
_Y_GLIDE = re.compile("y(?=[aeiou])")
_I_GLIDE = re.compile("[iy](?=[aeiou])")


def _syllable_counts(word: str) -> frozenset[int]:
    """How many syllables a word's vowel letters may make (an i before a vowel a glide or
    not)."""
    stem = _NOT_SYLLABIC.sub("", word)
    return frozenset(
        sum(char in _SYLLABIC for char in glides.sub("", stem)) for glides in (_Y_GLIDE, _I_GLIDE)
    )


#: A vowel letter written twice.
_DOUBLED_VOWEL = re.compile(r"([aeiou])\1")


def _syllables_differ(cyrillic: _Features, latin: _Features) -> bool:
    """Whether a Latin spelling of a Russian family name has more or fewer syllables than
    every reading of it (Маяковский is not Makovski), but for an ending of the spelling's
    language (`russian_form`: Radwańska, Радваньская; Konevas, Конев), or a doubled vowel
    read as one (Cook, Кук)."""
    counts = _syllable_counts(latin.keys.latin) | _syllable_counts(
        _DOUBLED_VOWEL.sub(r"\1", latin.keys.latin)
    )
    if (form := russian_form(latin.keys.latin)) is not None:
        counts |= _syllable_counts(form)
    return all(counts.isdisjoint(_syllable_counts(r)) for r in cyrillic.keys.readings)


#: Vowels of a Russian spelling (first) another may write otherwise: е as ё (o), and as
#: Belarusian writes an unstressed е or о (a: Кочанова, KACHANAVA).
_OTHER_READINGS = frozenset({("e", "o"), ("e", "a"), ("o", "a")})


def _other_vowel(ours: str, theirs: str) -> bool:
    """Whether two letters of `vowel_key`s, a Cyrillic part's and a Latin one's, are vowels
    no reading of the first gives the second: an и is never a or o, nor a or o an i
    (Куликов is not Kulakov)."""
    if ours == theirs:
        return False
    if "i" in (ours, theirs):
        return ours in "aoi" and theirs in "aoi"
    return ours in "aeo" and theirs in "aeo" and (ours, theirs) not in _OTHER_READINGS


#: Latin spellings of a long i, and an ai, which Arabic writes with a ya (سعيد: Saeed, Said;
#: فيصل: Faisal); not ei, which Egyptian spellings write for an ayn and short i (منعم:
#: Moneim).
_LONG_I = re.compile("ee|ii|ai")
#: French's nasal ain ending a word, a said an that Arabic writes ان (رومان: Romain, آلان:
#: Alain), in a word the table of Arabic names does not know (Hassain is حسين).
_FRENCH_NASAL_AI = re.compile("ain$")
_ARABIC_AN = "ان"
_ALIF_AYN = "اع"
#: An ayn after the first letter between two short e's, which Levantine spellings write ee
#: (نعمت: Neemat, نعمان: Neeman), where Saad's a, an ayn and ee would write a long i.
_AYN = "ع"
_VOWELS_AT_AYN = re.compile("(?<=^[^aeiou])ee(?=[^aeiou])")


def _long_i_unwritten(a: _Features, b: _Features) -> bool:
    """Whether ``a`` is written in Arabic script without a ya after its first letter and
    ``b``, in Latin letters, spells a long i or an ai (سعد is Saad, not Saeed or Saïd),
    unless the table of Arabic names gives that spelling (متعب: Mutaib, the ai an ayn's a
    and a short i) or the ai is French's nasal ain, or an alif's a before an ayn's i, or
    the ee an ayn after the first letter sits in (نعمت: Neemat)."""
    if not (_arabic(a) and _ARABIC_YA.isdisjoint(a.original[1:]) and b.spelt):
        return False
    latin = b.keys.latin
    nasal = not b.arabic_names and a.original.endswith(_ARABIC_AN)
    said = _FRENCH_NASAL_AI.sub("an", latin) if nasal else latin
    if _ALIF_AYN in a.original:
        said = said.replace("ai", "")  # the alif's a and the ayn's short i (مساعد: Musaid)
    if a.original[1:2] == _AYN:
        said = _VOWELS_AT_AYN.sub("", said)  # Levantine ee for e'e (نعمت: Neemat)
    return _LONG_I.search(said) is not None and latin not in a.keys.reading_set


#: A sounded Latin h: not in sh, ch, zh, th, dh, gh, nor ending a word (Abdullah: Абдулла).
_SOUNDED_H = re.compile("(?<![sczdtg])h(?!$)")
#: Cyrillic letters for an h: Russian writes an Arabic or Turkic h with х or г (Ахмад,
#: Гейдар), Kazakh and Tajik with һ and ҳ.
_CYRILLIC_H = frozenset("хгһҳ")


def _arabic_h_unwritten(a: _Features, b: _Features) -> bool:
    """Whether ``a`` is Cyrillic without a letter for an h and ``b`` a Latin spelling of an
    Arabic name of the tables that sounds one (Зара is not Zahra, Раман not Rahman), unless
    the name tables know them as one name (Мамед, Mohamed)."""
    return (
        a.cyrillic
        and bool(b.arabic_names)
        and b.spelt
        and _CYRILLIC_H.isdisjoint(a.original.lower())
        and _SOUNDED_H.search(b.keys.latin) is not None
        and a.keys.aliases.isdisjoint(b.keys.aliases)
    )


def _other_gender(a: _Features, b: _Features) -> bool:
    """Whether ``a`` is the feminine form of a given name the tables list ``b`` as (Daniela,
    Daniel; Александра, Aleksandr): two people; not where the table of Arabic names gives
    both one name (Ibrahima, West Africa's Ibrahim: إبراهيم)."""
    return (
        bool(a.feminine)
        and not a.feminine.isdisjoint(alias_ids((), b.keys.readings))
        and a.arabic_names.isdisjoint(b.arabic_names)
    )


#: The endings of Spanish and Portuguese family names made from a given name: -ez and -es,
#: -uez and -ues after a g (Rodrigo: Rodríguez, Rodrigues).
_IBERIAN_PATRONYMIC = re.compile("u?e[sz]$")
#: Shortest stem of such a family name.
MIN_PATRONYMIC_STEM = 3


def _iberian_patronymic(a: _Features, b: _Features) -> bool:
    """Whether ``a`` reads as a Spanish or Portuguese family name made from a given name
    ``b`` reads as, whole or without its final o: two names (Martínez is not Martín,
    Sánchez not Sancho, Fernandes not Fernando). Not from another final vowel: Andrés is
    André's own Spanish form, JUARE a cut Juárez."""
    for reading in a.keys.readings:
        found = _IBERIAN_PATRONYMIC.search(reading)
        if found is None or found.start() < MIN_PATRONYMIC_STEM:
            continue
        stem = reading[: found.start()]
        if any(given in (stem, stem + "o") for given in b.keys.readings):
            return True
    return False


def _other_pinyin(a: _Features, b: _Features) -> bool:
    """Whether ``a`` is Hangul read as Chinese and ``b`` a pinyin or Wade-Giles syllable that
    is none of its readings, nor spells one (펑 is Feng, not Fang; 윈 is Yun, not Yung)."""
    if a.script != scripts.HANGUL_CHINESE or not b.spelt:
        return False
    latin = b.keys.latin
    spelt = wade_giles_readings(latin)
    if latin not in pinyin_syllables() and not spelt:
        return False
    return a.keys.reading_set.isdisjoint((latin, *spelt))


def _other_pinyin_word(a: _Features, b: _Features) -> bool:
    """Whether ``a`` is Hangul read as Chinese and ``b`` a Latin word spelt in other pinyin
    syllables, a typo's distance from its readings (웨이둥 is Weidong, not Weifang)."""
    return a.script == scripts.HANGUL_CHINESE and b.spelt and spelt_in_pinyin(b.keys.latin)


Check = Callable[[_Features, _Features], bool]

#: Letters an abjad writes or leaves out that tell two otherwise alike tokens apart.
_LETTERS_APART: tuple[Check, ...] = (
    _vowel_letter_unwritten,
    _opening_ya_unwritten,
    _last_vowel_unwritten,
    _hebrew_letter_unwritten,
    _alef_unlike_vowel,
    _vav_unlike_vowel,
)


def _either_way(checks: tuple[Check, ...], a: _Features, b: _Features) -> bool:
    """Whether any of ``checks`` holds of ``a`` and ``b`` in either order."""
    return any(check(a, b) or check(b, a) for check in checks)


#: What tells two tokens apart however alike their readings or spoken spellings are.
_TOLD_APART: tuple[Check, ...] = (
    _long_i_unwritten,
    _other_pinyin,
    _other_gender,
    _iberian_patronymic,
    _latin_ending_unwritten,
    _arabic_h_unwritten,
)


def _spelt_match(a: _Features, b: _Features, short: bool = True) -> TokenMatch:
    found = _readings_match(a, b)
    # The checks that tell two tokens apart run only on tokens found alike: most are not.
    if found != NO_MATCH and _either_way(_TOLD_APART, a, b):
        if _either_way((_other_gender,), a, b):
            return NO_MATCH  # nor a full and a short form (Александр: Aleksandra)
        found = NO_MATCH
    if short and found.similarity < SHORT_FORM_MATCH and a.spelt != b.spelt:
        latin, other = (a, b) if a.spelt else (b, a)
        if other.script != scripts.LATIN and latin.keys.aliases:
            by_short = _short_form_match(latin, other)
            if by_short.similarity > found.similarity:
                return by_short
    return found


#: How alike a word in another script and a Latin given name are when it writes one of the
#: name's short forms (Стив, Steve: Steven; טום, Tom: Thomas).
SHORT_FORM_MATCH = 0.85
#: Fewest consonants of a skeleton by which a word in an abjad writes a short form.
MIN_SHORT_FORM_SKELETON = 3


def _short_form_match(latin: _Features, other: _Features) -> TokenMatch:
    """How alike ``other``, written in another script, is to a short form the tables give
    for the Latin given name ``latin``, or, where ``latin`` is such a short form, to its full
    name (מרדכי, Mordechai: Moti, קובי: Yaakov); not by a form the table of Israeli given
    names gives another Hebrew name (מיכל is Michal, not Michael's Miki)."""
    # a Hebrew name of the table of Israeli given names meets only its own spellings
    listed = given_name_spellings(other.original) if other.script == scripts.HEBREW else None
    forms = short_forms(latin.keys.aliases)
    if latin.keys.latin in forms:
        # a short form meets its full names; another short form of them only outside the
        # table, whose names are names of their own (רוני is Roni, not Ron, though Ronnie
        # and Ron are both Ronald's)
        full = full_forms(latin.keys.aliases)
        forms = full if listed is not None else forms + full
    for word in forms:
        if listed is not None and word not in listed:
            continue
        if word != latin.keys.latin:
            if listed is not None:
                # the table spells the Hebrew word so: no skeleton doubt (דני: Danny, Daniel)
                return TokenMatch(SHORT_FORM_MATCH, NAME_GROUP)
            short_form = _word_features(word)
            if short_form is None:
                continue
            found = _spelt_match(short_form, other, short=False)
            # Not by a short skeleton alone, which other names share: דב (Dov) is not Dave's,
            # nor זק (Zak) Zack's; אלכס is Alex.
            by_skeleton = found.rule == SKELETON or (other.abjad and found.rule == SPOKEN)
            if by_skeleton:
                shared = short_form.keys.skeleton_set & other.keys.skeleton_set
                by_skeleton = max(map(len, shared), default=0) < MIN_SHORT_FORM_SKELETON
            if found.similarity >= SHORT_FORM_MATCH and not by_skeleton:
                return TokenMatch(SHORT_FORM_MATCH, NAME_GROUP)
    return NO_MATCH


#: A Kazakh family name as "son of" (-uly) or "daughter of" (-qyzy) its stem, and the Russian
#: forms of that stem, a man's (-ev, -ov) and a woman's (-eva, -ova).
_KAZAKH_SON = re.compile(r"^([a-z]{3,}?)[iy]?(?:uly|ouly)$")
_KAZAKH_DAUGHTER = re.compile(r"^([a-z]{3,}?)[iy]?(?:qyzy|kyzy)$")
_RUSSIAN_SON = re.compile(r"^([a-z]{3,}?)(?:y?ev|ov)$")
_RUSSIAN_DAUGHTER = re.compile(r"^([a-z]{3,}?)(?:y?eva|ova)$")


_NONE: frozenset[str] = frozenset()


def _stems(
    readings: tuple[str, ...], son: re.Pattern[str], daughter: re.Pattern[str]
) -> frozenset[str]:
    """The phonetic keys of the stems of the readings a man's or a woman's family name
    ending matches, marked s or d."""
    found = {"s" + phonetic_key(m[1]) for r in readings if (m := son.match(r))}
    found |= {"d" + phonetic_key(m[1]) for r in readings if (m := daughter.match(r))}
    return frozenset(found) if found else _NONE


def _kazakh_form(a: _Features, b: _Features) -> bool:
    """Whether one token is a family name written -uly or -qyzy and the other its Russian
    form of the same stem (Сәрсенбайұлы / Sarsenbayev, Тоқайұлы / Tokayev)."""
    return not (
        a.kazakh_stems.isdisjoint(b.russian_stems) and b.kazakh_stems.isdisjoint(a.russian_stems)
    )


@lru_cache(maxsize=10_000)
def _word_features(word: str) -> _Features | None:
    """The features of a Latin word (a given name of the tables, a piece of a word cut in
    two) read as a name part of its own; None if it reads as none or several."""
    tokens = analyze(word, "Person").tokens
    return _features(tokens[0]) if len(tokens) == 1 else None


def _readings_match(a: _Features, b: _Features) -> TokenMatch:
    found = _match_rules(a, b)
    if found.similarity < KAZAKH_SIMILARITY and _kazakh_form(a, b):
        return TokenMatch(KAZAKH_SIMILARITY, KAZAKH)
    if (
        found.similarity < FAMILY_STEM_SIMILARITY
        and a.spelt != b.spelt
        and (a.russian_stems or b.russian_stems)
        and (_family_stems_meet(a, b) or _family_stems_meet(b, a))
    ):
        return TokenMatch(FAMILY_STEM_SIMILARITY, FAMILY_STEM)
    if (
        found.similarity < BELARUSIAN_SIMILARITY
        and (a.belarusian or b.belarusian)
        and a.slavic
        and b.slavic
        and _akanye_meet(a.keys.readings, b.keys.readings)
        and not _other_names(a.keys, b.keys)
    ):
        return TokenMatch(BELARUSIAN_SIMILARITY, BELARUSIAN)
    if (
        found.similarity < RUSSIAN_FORM_SIMILARITY
        and a.spelt
        and b.spelt
        and (_russian_form_of(a, b) or _russian_form_of(b, a))
        and not _apart(a, b)
    ):
        return TokenMatch(RUSSIAN_FORM_SIMILARITY, RUSSIAN_FORM)
    if found.similarity < SPOKEN_SIMILARITY and a.spelt != b.spelt:
        latin, other = (a, b) if a.spelt else (b, a)
        if other.cyrillic or other.abjad:
            spoken = _spoken_match(latin, other)
            if spoken.similarity > found.similarity:
                return spoken
    return found


#: A Russian family name's ending as Arabic script writes it (محمدوف, علی‌اف, غالیف), and
#: Persian's -zadeh, "son of", which Azerbaijani names wear where their Russian forms end in
#: -ov (آخوندزاده: Akhundov).
_ARABIC_FAMILY_ENDING = re.compile("(?:[وایي]ف|زاده)$")


def _family_stems_meet(arabic: _Features, latin: _Features) -> bool:
    """Whether a family name in Arabic script and a Latin one ending -ov or -ev (-ova,
    -eva) are one name's family names: their stems without the endings meet as names
    (محمدوف, Mammadov: Mammad is Muhammad; آخوندزاده, Akhundov)."""
    if not (_arabic(arabic) and latin.spelt) or arabic.arabic_names:
        return False  # a name of the table is its own (شریف: Sharif, not Sharov)
    ending = _ARABIC_FAMILY_ENDING.search(arabic.original)
    ours = _RUSSIAN_SON.match(latin.keys.latin) or _RUSSIAN_DAUGHTER.match(latin.keys.latin)
    if ending is None or ours is None or ending.start() < _SHORTEST_PIECE:
        return False
    stem, theirs = _word_features(arabic.original[: ending.start()]), _word_features(ours[1])
    if stem is None or theirs is None or _apart(stem, theirs):
        return False
    return _match_rules(stem, theirs).similarity >= STEM_SIMILARITY


#: A woman's Russian family name by its ending (-ова, -ева, -ина, -ская), and a Latin
#: family name's masculine ending as English writes Russian names (-ov, -off, -ev, -in, -yn,
#: -sky; not the Polish -ski, a man's: Анна Ковальская is not Anna Kowalski).
_FEMININE_FAMILY = re.compile("(?:[оеё]ва|[иы]на|[сц]кая)$")
_MASCULINE_LATIN = re.compile("(?:[oe](?:v|ff)|[iy]n|sk(?:y|iy|ii|ij))$")
#: The shortest stem before a feminine -ина: not given names (Ирина, Кристина, Валентина).
MIN_INA_STEM = 7


def _masculine_form(cyrillic: _Features, latin: _Features) -> bool:
    """Whether a Cyrillic word is a woman's Russian family name whose masculine form the
    Latin word spells (Солженицына: Solzhenitsyn); not a given name of the tables or its
    feminine form (Кристина is not Kristin)."""
    word = cyrillic.original.lower()
    ending = _FEMININE_FAMILY.search(word)
    if (
        ending is None
        or _MASCULINE_LATIN.search(latin.keys.latin) is None
        or cyrillic.keys.aliases
        or cyrillic.feminine
        or (word.endswith("ина") and ending.start() < MIN_INA_STEM)
    ):
        return False
    masculine = word[:-2] + "ий" if word.endswith("ая") else word[:-1]
    features = _word_features(masculine)
    return features is not None and _match_rules(features, latin).similarity >= STEM_SIMILARITY


def _russian_form_of(word: _Features, other: _Features) -> bool:
    """Whether a Latin word's Latvian, Lithuanian or Polish ending, as Russian writes it
    (`russian_forms`), makes another Latin word's reading or a name of its group (Sergejs:
    Sergei, Lavrovas: Lavrov); a final s alone is left to a typo's distance (Marks is no
    Latvian Mark)."""
    latin = word.keys.latin
    for form in russian_forms(latin):
        if form == latin[:-1]:
            continue
        if form in other.keys.reading_set:
            return True
        if not other.keys.aliases.isdisjoint(alias_ids((phonetic_key(form),), (form,))):
            return True
    return False


def _akanye_meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two tokens' readings share an `akanye_key`."""
    keys = {akanye_key(r) for r in a}
    keys.discard("")
    return any(akanye_key(r) in keys for r in b)


def _match_rules(a: _Features, b: _Features) -> TokenMatch:
    if a.numeric or b.numeric:
        return TokenMatch(1.0, SAME) if a.keys.latin == b.keys.latin else NO_MATCH
    if a.syllabic and a.syllabic == b.syllabic:
        return TokenMatch(1.0, SAME) if a.original == b.original else NO_MATCH
    found = _letters_match(a, b)
    # An initial writes one letter: what the rest of a word writes cannot tell it apart; nor
    # can it tell apart the spellings of one name group (פיוטר, Piotr: Petr), nor a reading
    # of the word itself (a spelling the tables give it: إبراهيم, Ibrahima).
    if (
        found != NO_MATCH
        and found.rule not in (INITIAL, NAME_GROUP, SAME)
        and _either_way(_LETTERS_APART, a, b)
    ):
        return NO_MATCH
    return found


def _letters_match(a: _Features, b: _Features) -> TokenMatch:
    if bool(a.heard) != bool(b.heard):
        heard, other = (a, b) if a.heard else (b, a)
        if not (other.syllabic or other.exact or other.keys.initial):
            return _heard_match(heard, other)
    ka, kb = a.keys, b.keys
    # A syllable's romanisations are all among its readings: another spelling of them (a
    # typo, a prefix, vowels a phonetic key merges, an initial) is another syllable: 성민 is
    # not Sangman, 정남 not Jon, 시우 not Su, 은영 not U.
    spelled = not (a.syllabic or b.syllabic or a.exact or b.exact)
    if ka.every.isdisjoint(kb.every) and not (ka.org or kb.org or ka.initial or kb.initial):
        return _spelling_match(a, b, NO_MATCH, _apart(a, b)) if spelled else _personal(a, b)
    level = equivalence(ka, kb, phonetic=spelled)
    if level == Equivalence.ALIAS and _other_hebrew_names(a, b):
        return _spelling_match(a, b, NO_MATCH, True)  # מיכל is Michal, not Michael
    if level == Equivalence.PHONETIC and (
        not _spelled_alike(a, b) or _apart(a, b) or (a.abjad != b.abjad and _signs_apart(a, b))
    ):
        # Phonetic keys drop vowels: Seoyeon and San share one, but are not one name, nor
        # are names the tables tell apart (شرف: Sharaf, not Sharif) or an abjad's vowel
        # letters (יונה: Yona, not Yoni); the weaker keys may still hold (الطيب and Tayeb
        # share their skeleton).
        level = equivalence(ka, kb, phonetic=False)
    if level in _EQUIVALENCE:
        return TokenMatch(*_EQUIVALENCE[level])
    if not spelled:
        if (ka.initial or kb.initial) and _consonant_initial(a, b):
            return TokenMatch(INITIAL_SIMILARITY, INITIAL)  # 변양균: Byeon Y.K.
        return _personal(a, b)  # nor is a shared skeleton evidence (楠 and ינון: n)
    if level == Equivalence.INITIAL:
        return TokenMatch(INITIAL_SIMILARITY, INITIAL)
    if level == Equivalence.SKELETON and (
        _last_syllables_differ(a, b) or _one_consonant_shared(a.keys, b.keys)
    ):
        return NO_MATCH  # nor a typo's distance: the vowel or the letter left out tells them apart
    found = NO_MATCH
    apart = _apart(a, b)
    if (
        level == Equivalence.SKELETON
        and not _signs_apart(a, b)
        and (not apart or _either_way((_vowel_elided_before_din,), a, b))
    ):
        # An abjad writes a word's opening, closing and long vowels: احسان (Ehsan), حسنا
        # (Hosna) and حسن (Hasan) share Hassan's and Hossein's skeletons, no more.
        abjad = a.abjad or b.abjad
        found = TokenMatch(SKELETON_ABJAD if abjad else SKELETON_ALPHABETIC, SKELETON)
    return _spelling_match(a, b, found, apart)


#: A last syllable's short vowel between its consonants (nasir: the i).
_LAST_SHORT_VOWEL = re.compile(r"(?<=[^aeiou])[aeiou](?=[^aeiou]$)")


def _vowel_elided_before_din(abjad: _Features, latin: _Features) -> bool:
    """Whether ``latin`` is the first name of a compound with ad-Din written as one Latin
    word that leaves out the short vowel of the last syllable of ``abjad``, an Arabic-script
    name, as the compound is said (ناصر الدين: Nasreddin, Nasruddin; the table of Arabic
    names keeps Nasr, نصر, apart from Nasir)."""
    if not abjad.abjad or not latin.spelt:
        return False
    head = latin.keys.latin
    if split_latin_compound(latin.original.casefold()) != [head, "din"]:
        return False
    return any(_LAST_SHORT_VOWEL.sub("", r) == head for r in abjad.keys.readings)


def _consonant_initial(a: _Features, b: _Features) -> bool:
    """Whether one token is the Latin initial of a consonant the other, a syllable, opens
    with: a vowel alone romanises a syllable of its own (은영 is not U, a North Korean 우)."""
    initial, syllable = (a, b) if a.keys.initial else (b, a)
    letter = initial.keys.latin[:1]
    return (
        initial.script == scripts.LATIN
        and letter.isalpha()
        and letter not in "aeiou"
        and initial_meets(initial.keys, syllable.keys)
    )


def _one_consonant_shared(a: TokenKeys, b: TokenKeys) -> bool:
    """Whether two tokens share only a skeleton of one consonant that one writes twice about
    a vowel letter and the other reaches by leaving out another consonant: דוד (David,
    dwd) and Dov (df) both drop to d."""
    shared = a.skeleton_set & b.skeleton_set
    if not shared or any(len(s) > 1 for s in shared):
        return False
    return _doubled_against_dropped(a, b, shared) or _doubled_against_dropped(b, a, shared)


def _doubled_against_dropped(twice: TokenKeys, other: TokenKeys, shared: frozenset[str]) -> bool:
    """Whether ``twice`` writes a ``shared`` consonant twice about a vowel letter and
    ``other`` has a longer skeleton than the shared one, not that doubled one."""
    doubled = {f"{s}{v}{s}" for s in shared for v in "wy"}
    return not doubled.isdisjoint(twice.skeleton_set) and any(
        len(s) > 1 and s not in doubled for s in other.skeleton_set
    )


def _personal(a: _Features, b: _Features) -> TokenMatch:
    """How a Latin word meets a Hangul syllable as a person's own spelling of it: a word no
    syllable of names is read as, one vowel letter or glide from one of its readings with
    the same consonants, a reading with its final consonant doubled (건: Gunn) or its
    final l written rl (철: Churl), or its opening j written z or zh, which no romanisation
    of Korean uses (조: Zo, 집: Zip, 진: Zhin) (`PERSONAL_SIMILARITY`); no match between
    other tokens."""
    if a.spelt == b.spelt:
        return NO_MATCH
    hangul, latin = (b, a) if a.spelt else (a, b)
    if hangul.syllabic != scripts.HANGUL:
        return NO_MATCH
    word = latin.keys.latin
    if len(word) < MIN_PERSONAL or reads_as_name_syllable(word):
        return NO_MATCH
    surnames = surnames_spelt(word)
    if surnames and not _spells_family(surnames, hangul.original):
        return NO_MATCH  # another family name's spelling: Kim is not 감 (Lee is 리's, as 이's)
    if word[-1] == word[-2] and word[-1] not in _VOWEL_LETTERS:
        if word[:-1] in hangul.keys.readings:
            return TokenMatch(PERSONAL_SIMILARITY, PERSONAL)
    if word[0] == "z" and "j" + word[1:].removeprefix("h") in hangul.keys.readings:
        return TokenMatch(PERSONAL_SIMILARITY, PERSONAL)
    if (
        word.endswith("rl")
        and word[-3] in _VOWEL_LETTERS
        and word[:-2] + "l" in hangul.keys.readings
    ):
        return TokenMatch(PERSONAL_SIMILARITY, PERSONAL)
    consonants = _SOFT_LETTERS.sub("", word)
    for reading in hangul.keys.readings:
        if _SOFT_LETTERS.sub("", reading) == consonants and OSA.distance(reading, word) == 1:
            return TokenMatch(PERSONAL_SIMILARITY, PERSONAL)
    return NO_MATCH


def _spells_family(surnames: frozenset[str], syllables: str) -> bool:
    """Whether Hangul ``syllables`` are one of ``surnames``, or one with the initial-sound
    rule (리: 이)."""
    if syllables in surnames:
        return True
    return len(syllables) == 1 and initial_sound_rule(syllables) in surnames


def _apart(a: _Features, b: _Features) -> bool:
    """Whether the name tables know two tokens as different names (`_other_names`), or the
    table of Arabic names knows an Arabic-script token and a Latin spelling as different
    names (سلمان: Salman, not Sultan), or that of Israeli given names a Hebrew token and a
    Latin spelling (תמר: Tamar, not Tamir)."""
    return _other_names(a.keys, b.keys) or _other_arabic_names(a, b) or _other_hebrew_names(a, b)


def _other_hebrew_names(a: _Features, b: _Features) -> bool:
    hebrew, latin = (a, b) if a.script == scripts.HEBREW else (b, a)
    return (
        hebrew.script == scripts.HEBREW
        and latin.spelt
        and other_given_names(hebrew.original, latin.keys.latin)
    )


def _other_arabic_names(a: _Features, b: _Features) -> bool:
    return (
        (a.abjad != b.abjad or a.cyrillic != b.cyrillic)
        and bool(a.arabic_names)
        and bool(b.arabic_names)
        and a.arabic_names.isdisjoint(b.arabic_names)
    )


#: Entries of the table of Arabic names that open compounds or chains (Abd, Abu, bin):
#: written apart or joined, they meet Latin spellings of the whole (ابو, Abdolghassem).
_ARABIC_PARTICLES = frozenset({"abd", "abu", "umm", "bin", "ibn", "bint", "ould"})


def _other_arabic_given_names(a: _Features, b: _Features) -> bool:
    """`_other_arabic_names`, where neither is a particle (`_ARABIC_PARTICLES`)."""
    return (
        _other_arabic_names(a, b)
        and a.arabic_names.isdisjoint(_ARABIC_PARTICLES)
        and b.arabic_names.isdisjoint(_ARABIC_PARTICLES)
    )


def _other_names(a: TokenKeys, b: TokenKeys) -> bool:
    """Whether the name tables know both tokens, as different names: محمد (Muhammad) and
    Mahmud share a skeleton, not a name."""
    return bool(a.aliases) and bool(b.aliases) and a.aliases.isdisjoint(b.aliases)


def kept_apart(a: int, b: int) -> str:
    """Why two tokens given by `token_id`, sharing a consonant skeleton, do not pair by it:
    one is the other's feminine form, the name tables know them as different names, their
    vowel signs differ, or a letter of the abjad's is missing from the Latin spelling (عساف:
    Assaf, not Asif) ('' if they share no skeleton or none holds)."""
    fa, fb = _FEATURES[a], _FEATURES[b]
    ka, kb = fa.keys, fb.keys
    if fa.syllabic or fb.syllabic or ka.skeleton_set.isdisjoint(kb.skeleton_set):
        return ""
    if _either_way((_other_gender,), fa, fb):
        return "one is the feminine form of the other's name"
    if _other_names(ka, kb):
        names = f"{_group_names(ka)} / {_group_names(kb)}"
        return f"the name tables know them as different names ({names})"
    if _other_hebrew_names(fa, fb):
        return "the table of Israeli given names knows them as different names"
    if _other_arabic_names(fa, fb):
        names = f"{_titled(fa.arabic_names)} / {_titled(fb.arabic_names)}"
        return f"the table of Arabic names knows them as different names ({names})"
    if _signs_apart(fa, fb):
        return "their vowel signs differ"
    if _either_way(_LETTERS_APART, fa, fb):
        return "a letter the abjad writes has no letter for it in the Latin spelling"
    return ""


def _group_names(keys: TokenKeys) -> str:
    return _titled(g[1:] for g in keys.aliases if g.startswith("="))


def _titled(names: Iterable[str]) -> str:
    return ", ".join(sorted(name.title() for name in names))


def _other_opening(a: _Features, b: _Features) -> bool:
    """Whether one of two parts is written in an abjad and one opens with a vowel where the
    other opens with a consonant (معين is not Amin)."""
    return a.abjad != b.abjad and EITHER != a.vowels[0] != b.vowels[0] != EITHER


def _other_final_vowel(a: _Features, b: _Features) -> bool:
    """Whether one of two parts is written in an abjad and they end on different vowels
    (`saring.names.vowels.ending`: סולאנה is Solana, not Solano)."""
    return a.abjad != b.abjad and endings_differ(a.vowels[3], b.vowels[3])


def _last_syllables_differ(a: _Features, b: _Features) -> bool:
    """Whether one part writes an i, o or u in its last syllable where the other, written in
    Hebrew, writes no vowel letter (`saring.names.vowels.last_syllable`: ביטן is not Biton),
    unless it spells an Arabic name (`_arabic_in_hebrew`)."""
    return EITHER != a.vowels[4] != b.vowels[4] != EITHER and not _arabic_in_hebrew(a, b)


def _arabic_in_hebrew(a: _Features, b: _Features) -> bool:
    """Whether one part is Hebrew and the other a Latin spelling of an Arabic name of the
    tables: Hebrew leaves an Arabic name's short vowels unwritten in its last syllable too
    (קאסם: Qasim, מאלכ: Malik, יוסף: Yusuf)."""
    return (a.script == scripts.HEBREW and bool(b.arabic_names)) or (
        b.script == scripts.HEBREW and bool(a.arabic_names)
    )


def _signs_apart(a: _Features, b: _Features) -> bool:
    """Whether two parts' vowel signs tell them apart (`signs_disagree`), the vowel of the
    last syllable aside where one is Hebrew writing an Arabic name (`_arabic_in_hebrew`)."""
    if _arabic_in_hebrew(a, b):
        return signs_disagree((*a.vowels[:4], EITHER), (*b.vowels[:4], EITHER))
    return signs_disagree(a.vowels, b.vowels)


#: Latin endings French leaves unsaid (Didier: דידייה, Louis: לואי, Arnaud: ארנו).
_SILENT_FINAL = re.compile(r"(?:e[rz]|[sxz]|aud|rd)$")


def _unwritten_final_vowel(abjad: _Features, other: _Features) -> bool:
    """Whether ``abjad``, written in an abjad, ends on a consonant where ``other``, written
    otherwise, ends on a vowel, or, written in Hebrew or ending in alif or a ya after a
    consonant, on a vowel where ``other`` ends on a consonant French would say (שירה is not
    Shir, باقری not Baqir; Arabic list entries drop a final consonant after ya: ناي, NAIL)."""
    if not abjad.abjad or other.abjad or EITHER in (abjad.vowels[1], other.vowels[1]):
        return False
    if abjad.vowels[1] == CONSONANT:
        return other.vowels[1] == VOWEL
    return (
        other.vowels[1] == CONSONANT
        and (
            abjad.script == scripts.HEBREW
            or abjad.original[-1:] in _FINAL_ALIF
            or _FINAL_I.search(abjad.original) is not None
        )
        and not _SILENT_FINAL.search(other.keys.latin)
    )


def _final_consonant_differs(abjad: _Features, other: _Features) -> bool:
    """Whether ``abjad``, written in an abjad, and ``other``, written otherwise, both end on
    a consonant and their skeletons never end on the same one (אמיר is not Amit)."""
    last = other.keys.latin[-1:]
    return (
        abjad.abjad
        and not other.abjad
        and abjad.vowels[1] == CONSONANT
        and last.isalpha()
        and last not in _SYLLABIC
        and {k[-1:] for k in abjad.keys.skeleton_set}.isdisjoint(
            k[-1:] for k in other.keys.skeleton_set
        )
    )


#: An Arabic-script part ending in alif or ta marbuta ends on a vowel, or on a t (سينا is
#: Sina, not Sinan; خليفة is Khalifa or Khalifat, not Khelif).
_FINAL_ALIF = frozenset("اآة")
#: So does one ending in a ya after a consonant letter, an i (باقری is Bagheri, not Baqir);
#: after a long vowel it may be a glide Latin follows with a consonant (ناي: NAIL).
_FINAL_I = re.compile("[^اآأإوؤيیىئء][يی]$")


#: How Arabic script writes the ts of a German or Hebrew z (بتسلئيل: Bezalel).
_ARABIC_TS = ("تس", "تز")


def _arabic(token: _Features) -> bool:
    """Whether a token is written in Arabic script."""
    return token.script == scripts.ARABIC


#: Consonants an abjad's letters write (x: kh): a Latin spelling with another in their place
#: writes another letter, but for the letters one abjad letter may stand for.
_CONSONANTS = frozenset("bcdfghjklmnpqrstvxz")
#: Consonants one abjad letter may be written with (an h for خ: Halid; for ة: Fatimah).
_ONE_LETTER = (frozenset("bp"), frozenset("fv"), frozenset("cgkqx"), frozenset("cgj"),
               frozenset("csz"), frozenset("dt"), frozenset("hx"), frozenset("ht"))  # fmt: skip


def _abjad_consonant_swapped(a: _Features, b: _Features) -> bool:
    """Whether a word in an abjad and a Latin spelling are a typo apart only by a consonant
    in place of another that no abjad letter writes both of: ריסקין is not Rivkin, آقاجانی
    not Aghakhani; Babacan is باباجان."""
    if a.abjad == b.abjad or a.spelt == b.spelt:
        return False
    abjad, latin = (a, b) if a.abjad else (b, a)
    close = False
    for x in map(_one_letter_kh, abjad.keys.readings):
        for y in map(_one_letter_kh, latin.keys.readings):
            limit = min(allowed_edits(min(len(x), len(y))), MAX_EDITS)
            if limit == 0 or OSA.distance(x, y, score_cutoff=limit) > limit:
                continue
            close = True
            if not any(
                _other_consonant(x[op.src_pos], y[op.dest_pos])
                for op in Levenshtein.editops(x, y)
                if op.tag == "replace" and not (x[op.src_pos] == "h" and op.src_pos == len(x) - 1)
            ):
                return False  # a final h of the abjad may write a vowel: ديدييه, Didier
    return close


#: Scripts whose tokens are not compared letter for letter by `_native_typo`: those whose
#: letters are syllables or words, where a typo is no one-letter edit, and Cyrillic, whose
#: languages spell one name differently (Игорь Бузовский, Ігар Бузоўскі).
_NOT_LETTER_FOR_LETTER = frozenset(
    {
        scripts.LATIN,
        scripts.COMMON,
        scripts.CYRILLIC,
        scripts.HAN,
        scripts.KANA,
        scripts.HANGUL,
        scripts.HANGUL_FOREIGN,
        scripts.HANGUL_CHINESE,
        scripts.CYRILLIC_SYLLABLES,
        "Ethiopic",
        "Yi",
    }
)


def _native_typo(a: _Features, b: _Features) -> bool:
    """Whether two tokens written in one script of letters (not Latin) are a typo apart in
    their own letters too (Arabic's forms of one letter folded: لؤي, لومي), or written in
    different scripts. Their Latin readings guess the vowels an abjad or an abugida leaves
    out, and can bring two names closer than their letters are: عارف is not آصف, শামসুদ্দিন
    not সাহাবুদ্দিন."""
    if a.script != b.script or a.script in _NOT_LETTER_FOR_LETTER:
        return True
    if a.script == scripts.ARABIC:
        x, y = fold_arabic(a.original), fold_arabic(b.original)
    else:
        x, y = a.original.casefold(), b.original.casefold()
    limit = allowed_edits(min(len(x), len(y)))
    return OSA.distance(x, y, score_cutoff=limit) <= limit


def _one_letter_kh(reading: str) -> str:
    return reading.replace("kh", "x")


def _other_consonant(x: str, y: str) -> bool:
    return (
        x in _CONSONANTS
        and y in _CONSONANTS
        and not any(x in group and y in group for group in _ONE_LETTER)
    )


def _spelling_match(
    a: _Features, b: _Features, found: TokenMatch, apart: bool = False
) -> TokenMatch:
    """``found`` bettered by a typo-sized distance or a short form, if either holds; two
    names the tables tell ``apart`` (Hassan, Hussain) may differ by one typo only, and
    none where a spelling ends on a vowel an abjad's word would write (عباس is not Abbasi),
    on another vowel or consonant than it writes (סולאנה is not Solano, אמיר not Amit), nor
    where the table of Arabic names knows an Arabic word and a Latin spelling as two names
    (سامي is not Samir), nor where the name tables know a Cyrillic word and another as two
    names: its readings are its spellings (Майя is not Maria)."""
    if (
        _either_way((_unwritten_final_vowel, _final_consonant_differs), a, b)
        or _other_opening(a, b)
        or _other_final_vowel(a, b)
        or _other_arabic_given_names(a, b)
        or (apart and a.cyrillic != b.cyrillic and _other_names(a.keys, b.keys))
    ):
        return found
    if (
        not _either_way((_other_pinyin_word,), a, b)
        and a.longest + MAX_EDITS >= b.shortest
        and b.longest + MAX_EDITS >= a.shortest
    ):
        distance = _distance_similarity(a, b, APART_EDITS if apart else MAX_EDITS)
        if (
            distance > found.similarity
            and not _abjad_consonant_swapped(a, b)
            and _native_typo(a, b)
        ):
            found = TokenMatch(round(distance, 3), DISTANCE)
    if (
        found.similarity < SHORT_FORM_SIMILARITY
        and a.keys.latin[:MIN_SHORT_FORM] == b.keys.latin[:MIN_SHORT_FORM]
        and _short_form(a, b)
    ):
        found = TokenMatch(SHORT_FORM_SIMILARITY, SHORT_FORM)
    return found if found.similarity > 0 else NO_MATCH
