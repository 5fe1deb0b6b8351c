"""The parts a written piece of a name is read as, with their comparison forms.

A piece is usually one part; Arabic-script and Latin compounds (``عبدالرحمن``,
``Abdulrahman``) give several, Han and Hangul one per syllable. Each part gets its Latin
readings, phonetic keys and consonant skeletons. Everything here is cached per piece.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from saring.names import scripts
from saring.names.arabic import arabic_skeletons, split_arabic_compound
from saring.names.han import family_reading, han_family_length
from saring.names.hangul import (
    family_name_length,
    family_readings,
    is_hangul_syllable,
    surname_syllables,
    syllable_readings,
)
from saring.names.hangul_chinese import family_length, pinyin_readings
from saring.names.hangul_foreign import foreign_reading
from saring.names.hanja import korean_readings
from saring.names.hebrew import hebrew_skeletons
from saring.names.model import Kind
from saring.names.particles import split_latin_compound
from saring.names.phonetic import phonetic_key, skeleton_key
from saring.names.rewrites import compile_rewrites, rewrite
from saring.names.titles import is_title_word
from saring.names.tokenize import GERESH, GERESH_MARK
from saring.names.transliterate import Context, latin_readings

#: Characters of a Korean name written in Hanja, read in Korean as well as Chinese.
KOREAN_NAME_LENGTH = 3


class Forms(NamedTuple):
    """The comparison forms of one part, independent of its place in the name."""

    readings: tuple[str, ...]
    phonetics: tuple[str, ...]
    skeletons: tuple[str, ...]


@lru_cache(maxsize=200_000)
def part_forms(
    part: str, script: str, context: Context, family: bool = False, korean: bool = False
) -> Forms:
    """Readings, phonetic keys and skeletons of one part written in ``script`` (``korean``:
    Han characters also read as Korean)."""
    if script == scripts.HANGUL:
        readings = family_readings(part) if family else syllable_readings(part)
    elif script == scripts.HAN:
        # Chinese readings first, then Korean (金正恩: Jin Zhengen, Kim Jong Un)
        chinese = (family_reading(part),) if family else ()
        readings = (*chinese, *latin_readings(part, script, context))
        readings += korean_readings(part, family) if korean else ()
        readings = tuple(dict.fromkeys(r for r in readings if r))
    else:
        readings = latin_readings(part, script, context)
    forms = latin_forms(readings)
    if script == scripts.ARABIC:
        skeletons = arabic_skeletons(part, context.persian) + forms.skeletons
    elif script == scripts.HEBREW:
        skeletons = hebrew_skeletons(part)
    else:
        return forms
    return forms._replace(skeletons=tuple(dict.fromkeys(s for s in skeletons if s)))


#: How abjads hear a Latin spelling: a v as f (لافروف: Lavrov), no h English writes but does not
#: sound after o before a consonant (جونسون: Johnson), a final ff as one f, not the Russian ending
#: -ev (روسيف, רוסף: Rousseff), th before a vowel, after a vowel or r, as t then h (فتحي, פתחי:
#: Fathi; ורטהיימר: Wertheimer; kh stands for the h sound), ou before a vowel as u (فؤاد: Fouad; but
#: u after a consonant before a and a consonant as w: أنطوان, Antoine as French sounds it, antuan;
#: سواريز: Suarez), a final s after a voiced consonant as z (أرينز: Arens), a j after a vowel as j,
#: not as the y of Slavic spellings (فرج, פרג׳: Faraj; اجمل: Ajmal), an s after d as z (לינדזי:
#: Lindsey), an English gh before t or at the end unsounded (אולברייט: Albright), French aou before
#: a consonant as awu (قاووق: Qaouk, داود: Daoud), the h of South Asian bh unsounded (بوتو:
#: Bhutto), and zh between vowels as z then h (יזהר: Yizhar, أزهر: Azhar).
_ABJAD_HEARING = compile_rewrites(
    (
        (r"v", "f"),
        (r"(?<=o)h(?=[^aeiouy])", ""),
        (r"ff$", "f"),
        (r"(?<=[aeiour])th(?=[aeiouy])", "tkh"),
        (r"(?<=[^aeiouy])ua(?![aeiouy])", "wa"),
        (r"ou(?=[aei])", "u"),
        (r"(?<=[bdglmnr])s$", "z"),
        (r"(?<=[aeiou])j(?![aeiouy])", "dj"),
        (r"(?<=d)s(?=[aeiouy])", "z"),
        (r"(?<=[aeiou])gh(?=t|$)", ""),
        (r"(?<=a)ou(?=[^aeiouy])", "wu"),
        (r"bh", "b"),
        (r"(?<=[aeiou])zh(?=[aeiou])", "zkh"),
    )
)


def abjad_heard(reading: str) -> str:
    """A Latin reading as abjads hear it (`_ABJAD_HEARING`)."""
    return rewrite(reading, _ABJAD_HEARING)


def latin_forms(readings: tuple[str, ...]) -> Forms:
    """The forms of a part known only by its Latin readings; its skeletons also those of
    the first reading as abjads hear it."""
    phonetics = tuple(dict.fromkeys(k for k in map(phonetic_key, readings) if k))
    spellings = [*readings, *map(abjad_heard, readings[:1])]
    skeletons = tuple(dict.fromkeys(s for s in map(skeleton_key, spellings) if s))
    return Forms(readings, phonetics, skeletons)


class Base(NamedTuple):
    """A part as read from its written piece, before tagging."""

    original: str
    script: str
    forms: Forms
    hint: Kind | None = None


def _syllable_bases(
    text: str, script: str, ctx: Context, family: bool, alone: bool
) -> tuple[Base, ...]:
    if script == scripts.HANGUL:
        letters = "".join(c for c in text if is_hangul_syllable(c))
        size = family_name_length(letters) if family and letters == text else 0
    else:
        letters = "".join(c for c in text if scripts.char_script(c) == scripts.HAN)
        size = han_family_length(letters) if family and letters == text else 0
    if alone and family and len(letters) in (1, 2) and letters == text:
        size = len(letters)  # 김 정은, 习 近平: a family name written apart
    # A Korean name in Hanja is a family name and two syllables written together (金正恩).
    korean = script == scripts.HAN and size == 1 and len(letters) == KOREAN_NAME_LENGTH
    bases = []
    if size:
        forms = part_forms(letters[:size], script, ctx, family=True, korean=korean)
        bases.append(Base(letters[:size], script, forms, Kind.FAMILY))
    hint = Kind.GIVEN if size else None
    for char in letters[size:]:
        bases.append(Base(char, script, part_forms(char, script, ctx, korean=korean), hint))
    return tuple(bases)


@lru_cache(maxsize=20_000)
def foreign_hangul_bases(text: str) -> tuple[Base, ...]:
    """The one part a word of a foreign name written in Hangul is read as (``트럼프``: tromp);
    a Korean family name alone also as Korean (미셸 박 스틸: Michelle Park Steel)."""
    letters = "".join(c for c in text if is_hangul_syllable(c))
    if not letters:
        return ()
    korean = family_readings(letters) if letters in surname_syllables() else ()
    forms = latin_forms((foreign_reading(letters), *korean))
    return (Base(letters, scripts.HANGUL_FOREIGN, forms),)


@lru_cache(maxsize=20_000)
def chinese_hangul_bases(text: str, family: bool, alone: bool = False) -> tuple[Base, ...]:
    """The parts a word of a Chinese name written in Hangul is read as, in pinyin: the
    family name and the given name when written together (``시진핑``: xi, jinping).

    ``family`` and ``alone`` as for `piece_bases`."""
    letters = "".join(c for c in text if is_hangul_syllable(c))
    size = family_length(letters) if family else 0
    if alone and family:
        size = len(letters)  # 시 진핑: a family name written apart
    words = [(letters[:size], Kind.FAMILY), (letters[size:], Kind.GIVEN if family else None)]
    return tuple(
        Base(word, scripts.HANGUL_CHINESE, latin_forms(pinyin_readings(word)), hint)
        for word, hint in words
        if word
    )


@lru_cache(maxsize=200_000)
def piece_bases(text: str, ctx: Context, family: bool, alone: bool = False) -> tuple[Base, ...]:
    """The parts one written piece is read as: one, or several for compounds
    (``Abdulrahman``, ``عبدالرحمن``) and syllabic scripts (``김정은``).

    ``family``: a personal name, whose Han or Hangul family name is told apart;
    ``alone``: a short Han or Hangul piece opening a name of several pieces (``김 정은``).
    """
    text = scripts.fix_homoglyphs(text)
    script = scripts.token_script(text)
    if script in scripts.SYLLABIC:
        return _syllable_bases(text, script, ctx, family, alone)
    if script == scripts.ARABIC:
        return tuple(
            Base(w, script, part_forms(w, script, ctx)) for w in split_arabic_compound(text)
        )
    forms = part_forms(text, script, ctx)
    if not forms.readings:
        return ()
    if script == scripts.HEBREW:
        return (Base(text.replace(GERESH_MARK, GERESH), script, forms),)
    # A title written as one word stays whole to be known as one (Ayatollah, not Ayat Allah).
    split = [] if is_title_word(forms.readings[0]) else split_latin_compound(forms.readings[0])
    if len(split) <= 1:
        return (Base(text, script, forms),)
    # Each part keeps what the piece's other readings give at its place, when they cut the
    # same way (Сираджуддин: siradzh or siraj, + din).
    cuts = [split] + [
        cut for cut in map(split_latin_compound, forms.readings[1:]) if len(cut) == len(split)
    ]
    return tuple(
        Base(text, script, _joined_forms([cut[i] for cut in cuts], ctx)) for i in range(len(split))
    )


def _joined_forms(words: list[str], ctx: Context) -> Forms:
    """The forms of one part read as any of ``words`` (Latin), the first's first."""
    if len(set(words)) == 1:
        return part_forms(words[0], scripts.LATIN, ctx)
    readings = (r for w in words for r in part_forms(w, scripts.LATIN, ctx).readings)
    return latin_forms(tuple(dict.fromkeys(readings)))
