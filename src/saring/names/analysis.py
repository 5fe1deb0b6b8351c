"""The names stage's entry point: `analyze` turns a name as written into a `Name`.

Steps: clean the text; cut it into written pieces; read each piece as parts with their
keys (`saring.names.parts`); then tag legal forms and organisation words, titles,
particles, patronymics, initials and, for people, given and family names, and give the
parts their name groups. Results are cached per text and schema.
"""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache

from followthemoney import model
from rigour.text import is_stopword

from saring.names import hangul_chinese, scripts
from saring.names.aliases import alias_ids, patronymic_alias_ids
from saring.names.arabic import join_turkish_endings
from saring.names.arabic_chinese import chinese_name as arabic_chinese_name
from saring.names.arabic_chinese import pinyin_readings as arabic_pinyin_readings
from saring.names.cyrillic import cyrillic_language, cyrillic_readings, russian_letters
from saring.names.cyrillic_burmese import burmese_name, burmese_readings
from saring.names.cyrillic_chinese import chinese_name
from saring.names.cyrillic_chinese import pinyin_readings as palladius_readings
from saring.names.cyrillic_japanese import hepburn_readings, japanese_name
from saring.names.cyrillic_korean import korean_name, korean_readings
from saring.names.cyrillic_vietnamese import vietnamese_name, vietnamese_readings
from saring.names.hangul import family_written_last
from saring.names.hangul_foreign import baptismal_word, foreign_name
from saring.names.hebrew import english_forms, given_name_spellings, split_joined_article
from saring.names.initials import (
    CYRILLIC_LETTER_SPELLINGS,
    HEBREW_INITIALS,
    LETTER_NAMES,
    split_hebrew_initials,
)
from saring.names.legal_forms import LEGAL_FORM, find_org_parts
from saring.names.model import Kind, Name, Token
from saring.names.mongolian import genitive_stems
from saring.names.normalize import MAX_NAME_LENGTH, clean_text
from saring.names.numbers import read_number
from saring.names.particles import CONNECTOR, HEAD, MARKER, particle_role
from saring.names.parts import (
    Base,
    Forms,
    chinese_hangul_bases,
    foreign_hangul_bases,
    latin_forms,
    part_forms,
    piece_bases,
)
from saring.names.patronymics import (
    native_patronymic,
    pick_patronymics,
    reads_as_patronymic,
    south_slavic_patronymic,
)
from saring.names.regnal import regnal_numbers, roman_value
from saring.names.titles import (
    epithet_meaning,
    hangul_title_pieces,
    is_place,
    is_title_word,
    is_trailing_office,
    leading_titles,
    may_start_title,
    split_hangul_royal,
    title_form,
    trailing_honorifics,
)
from saring.names.tokenize import MAX_PIECES, Piece, split_pieces
from saring.names.transliterate import DEFAULT_CONTEXT, reading_context
from saring.names.wade_giles import pinyin_readings, wade_giles_name

log = logging.getLogger(__name__)
_CYRILLIC = re.compile("[\u0400-\u052f]")

PERSON = "person"
ORGANIZATION = "organization"
ENTITY = "entity"
OTHER = "other"
#: Scripts with upper and lower case, where an all-capitals part marks the family name.
_CASED = frozenset({scripts.LATIN, scripts.CYRILLIC, scripts.GREEK, "Armenian"})
#: Longest acronym of a body an office serves (ФСБ, МИД, КНДР).
_MAX_ACRONYM = 5
#: Most words of the place a person is "of" (King Abdullah II of Jordan).
_MAX_TERRITORY = 3
#: Words before "of" that say whose kin a person is, not where from (son of Noor Mohmad).
_KIN_WORDS = frozenset({"son", "daughter", "wife", "widow", "s", "d", "w"})
#: The Hebrew prefix מ, "of", as a place's reading opens with it.
_OF = "m"
#: Articles before a Latin epithet the table knows (Katharina die Große, Louis le Grand).
_EPITHET_ARTICLES = frozenset({"der", "die", "le", "la", "el", "il"})
_ALIAS_KINDS = frozenset({Kind.GIVEN, Kind.FAMILY, Kind.OTHER, Kind.PATRONYMIC})
#: Ship-type prefixes before a vessel's name (MV, M/V, M.V. Hellenic Spirit; MT; SS), as the
#: parts they are read as.
_VESSEL_PREFIXES = frozenset(
    {("mv",), ("m", "v"), ("mt",), ("m", "t"), ("ms",), ("ss",), ("my",), ("fv",), ("rv",)}
)


@cache
def schema_family(schema: str) -> str:
    """Which rules a schema's names get: ``person``, ``organization``, ``entity`` (a legal
    entity of unknown kind: both) or ``other`` (vessels, aircraft, things)."""
    found = model.get(schema)
    if found is None or found.name == "LegalEntity":
        return ENTITY
    if found.is_a("Person"):
        return PERSON
    if found.is_a("Organization"):
        return ORGANIZATION
    return ENTITY if found.is_a("LegalEntity") else OTHER


class _Part:
    """A part of a name while it is being tagged."""

    __slots__ = (
        *("canonical", "caps", "forms", "hint", "kind", "latin", "original", "piece"),
        *("role", "script"),
    )

    def __init__(self, base: Base, piece: int, caps: bool) -> None:
        self.original, self.script, self.forms, self.hint = base
        self.latin = self.forms.readings[0] if self.forms.readings else ""
        self.piece = piece
        self.caps = caps
        self.kind = Kind.OTHER
        self.canonical = ""
        self.role = ""


def _respell(part: _Part, canonical: str, kind: Kind, keep: bool = False) -> None:
    """Give a part a kind and its canonical spelling's keys (``ООО`` and ``LLC`` → ``llc``),
    and, if ``keep``, its own readings after the canonical's (UL, a particle, is also the
    Korean syllable 을)."""
    part.kind = kind
    part.canonical = canonical
    forms = part_forms(canonical, scripts.LATIN, DEFAULT_CONTEXT)
    readings = part.forms.readings if kind == Kind.LEGAL_FORM else forms.readings
    if keep:
        readings = tuple(dict.fromkeys((*readings, *part.forms.readings)))
    part.forms = Forms(readings, forms.phonetics, forms.skeletons)
    part.latin = readings[0]


def _tag_org_parts(parts: list[_Part]) -> bool:
    # Han and Hangul parts are single syllables: their readings would meet short Latin forms
    # (하나 "na": N.A.), so they are matched as written only.
    latins = ["" if p.script in scripts.SYLLABIC else p.latin for p in parts]
    found = find_org_parts(latins, [p.original for p in parts])
    for org_part in found:
        kind = Kind.LEGAL_FORM if org_part.kind == LEGAL_FORM else Kind.ORG_TERM
        for part in parts[org_part.start : org_part.end]:
            _respell(part, org_part.canonical, kind)
    return any(p.kind == Kind.LEGAL_FORM for p in parts)


def _tag_titles(parts: list[_Part], pieces: list[Piece]) -> None:
    """Tag the titles opening a name; a Latin letter with a dot is an initial, not a title
    it spells (U. Alon, not the Burmese U; but د. is the Arab press's doctor), nor is a
    list's whole family name before its comma (PRINCE, Erik Dean; KING, Angus)."""
    if not parts or not may_start_title(title_form(parts[0].latin, parts[0].original)):
        return
    count = leading_titles([title_form(p.latin, p.original) for p in parts])
    comma = next((n for n, piece in enumerate(pieces) if piece.comma), None)
    if comma is not None and count >= sum(p.piece < comma for p in parts):
        count = 0
    for i, part in enumerate(parts[:count]):
        if len(part.original) == 1 and part.script == scripts.LATIN and pieces[part.piece].dotted:
            count = i
            break
    for part in parts[:count]:
        part.kind = Kind.TITLE


def _tag_description(parts: list[_Part], pieces: list[Piece]) -> None:
    """Tag the office Russian and Ukrainian news write in lower case before a name as a title,
    with the country or body it names (министр иностранных дел России Сергей Лавров, директор
    ФСБ): lower-case words open the name, and two capitalised ones or more follow."""
    lower = 0
    while lower < len(pieces) and _described(pieces[lower].text):
        lower += 1
    if not lower:
        return
    end = lower
    while end < len(pieces) and _names_body(pieces[end].text, parts, end):
        end += 1
    if sum(p.text[:1].isupper() for p in pieces[end:]) < 2:
        return
    for part in parts:
        if part.piece < end and part.kind != Kind.PARTICLE:
            part.kind = Kind.TITLE


def _described(text: str) -> bool:
    """Whether a piece is a lower-case Cyrillic word (an office, not a name: Russian and
    Ukrainian write offices in lower case, while a Latin name typed in lower case is common)."""
    return text[:1].islower() and scripts.token_script(text) == scripts.CYRILLIC


def _names_body(text: str, parts: list[_Part], piece: int) -> bool:
    """Whether a piece after an office names the country or body it serves: a place
    (России) or an acronym (ФСБ, МИД)."""
    if text.isupper() and 2 <= len(text) <= _MAX_ACRONYM:
        return True
    return any(p.piece == piece and is_place(p.latin) for p in parts)


def _tag_epithet(parts: list[_Part]) -> None:
    """Read a ruler's epithet after the name as a part standing for its meaning, like a
    regnal number (Ярослав Мудрый and Yaroslav the Wise: ``wise``; Peter the Great): in
    another script than Latin, the last part; in Latin, the word after a closing "the" (or
    "der", "die", "le" before an epithet the table knows), the rest a title."""
    if len(parts) < 2:
        return
    last = parts[-1]
    if last.script != scripts.LATIN:
        form = title_form(last.latin, last.original)
        meaning = epithet_meaning(form)
        if last.piece == parts[0].piece:
            return
        if meaning:
            _respell(last, meaning, Kind.NUMBER)
        elif last.script == scripts.HEBREW and is_title_word(form):
            last.kind = Kind.TITLE  # Hebrew puts a king's title after the name: דוד המלך
        return
    for i in range(max(1, len(parts) - _MAX_TERRITORY - 1), len(parts) - 1):
        word, epithet = parts[i], parts[i + 1]
        if word.script != scripts.LATIN or epithet.kind != Kind.OTHER:
            continue
        meaning = epithet_meaning(epithet.latin)
        if word.latin == "the" or (word.latin in _EPITHET_ARTICLES and meaning):
            for part in parts[i:]:
                part.kind = Kind.TITLE
            _respell(epithet, meaning or epithet.latin, Kind.NUMBER)
            return


def _tag_trailing_office(parts: list[_Part]) -> None:
    """Tag an office written after an Arabic-script name of two parts or more, and what
    follows it, as a title (غلامحسین اسماعیلی سخنگوی قوه قضاییه)."""
    named = 0
    for i, part in enumerate(parts):
        if part.kind == Kind.TITLE or part.script != scripts.ARABIC:
            continue
        if named >= 2 and is_trailing_office(part.original):
            for later in parts[i:]:
                later.kind = Kind.TITLE
            return
        named += part.kind != Kind.PARTICLE


def _tag_trailing_honorifics(parts: list[_Part]) -> None:
    """Tag an honorific a Latin name writes after a religious name as a title (Daehaeng Kun
    Sunim, 대행 스님)."""
    if any(p.script != scripts.LATIN for p in parts):
        return
    named = [p for p in parts if p.kind != Kind.TITLE]
    count = trailing_honorifics([p.latin for p in named])
    if count:
        for part in named[-count:]:
            part.kind = Kind.TITLE


def _tag_territory(parts: list[_Part]) -> None:
    """Tag what a Latin name says a person is of at its end as a title: a place and the
    title held there (King Abdullah II of Jordan, Harry, Duke of Sussex, Olga of Kyiv), after
    a title, a number or a lone name (not a father's: Akhter Mohmad son of Noor Mohmad).
    After names, "of" and one place (Levi Yitzchak of Berditchev) stay a particle and a
    name part, which also reads as Hebrew writes it after מ, "of" (מברדיטשוב)."""
    for i in range(max(1, len(parts) - _MAX_TERRITORY - 1), len(parts) - 1):
        if parts[i].latin == "of" and parts[i].script == scripts.LATIN:
            titled = i > 1 and is_title_word(parts[i - 1].latin)
            ruler = i == 1 or parts[i - 1].kind == Kind.NUMBER or parts[0].kind == Kind.TITLE
            if titled or ruler:  # one name of a place (Olga of Kyiv), a number, a title
                for part in parts[i - 1 if titled else i :]:
                    part.kind = Kind.TITLE
            elif i + 2 == len(parts) and parts[i - 1].latin not in _KIN_WORDS:
                parts[i].kind = Kind.PARTICLE
                place = parts[i + 1]
                forms, hebrew = place.forms, latin_forms((_OF + place.forms.readings[0],))
                place.forms = forms._replace(
                    readings=(*forms.readings, *hebrew.readings),
                    skeletons=tuple(dict.fromkeys((*forms.skeletons, *hebrew.skeletons))),
                )
            return


def _tag_vessel_prefix(parts: list[_Part]) -> None:
    for size in (2, 1):
        if len(parts) > size and tuple(p.latin for p in parts[:size]) in _VESSEL_PREFIXES:
            for part in parts[:size]:
                part.kind = Kind.TITLE
            return


def _tag_particles(parts: list[_Part]) -> None:
    # Korean and Chinese syllables are no particles, whatever their readings (음: um).
    free = [p for p in parts if p.kind == Kind.OTHER and p.script not in scripts.SYLLABIC]
    for i, part in enumerate(free):
        following = free[i + 1].latin if i + 1 < len(free) else ""
        if len(part.original) == 1 and any(
            len(p.original) == 1 for p in free[max(i - 1, 0) : i + 2] if p is not part
        ):
            continue  # a letter among letters is an initial: Y of Byeon Y.K. is no Spanish y
        found = particle_role(part.latin, part.original, i, len(free), following)
        if found is None:
            continue
        kind = Kind.OTHER if found.role == HEAD else Kind.PARTICLE
        _respell(part, found.canonical, kind, keep=True)
        part.role = found.role


#: Fewest parts of a Wade-Giles name beside an English given name: the family name and two
#: given-name syllables (Annette Lu Hsiu-lien; not Annette Lu, whose Lu may be English).
MIN_WADE_GILES_BESIDE_ENGLISH = 3


def _read_wade_giles(parts: list[_Part]) -> None:
    """Give a Chinese name written in Wade-Giles its pinyin readings (``Tse`` → ze, ce),
    with an English given name first or last (Annette Lu Hsiu-lien) read as written."""
    if not all(p.script == scripts.LATIN and p.kind == Kind.OTHER for p in parts):
        return
    chinese = next(
        (
            run
            for run in (parts, parts[1:], parts[:-1])
            if len(run) >= MIN_WADE_GILES_BESIDE_ENGLISH or run is parts
            if wade_giles_name([p.latin for p in run])
        ),
        None,
    )
    if chinese is None:
        return
    for part in chinese:
        readings = (part.latin, *(r for r in pinyin_readings(part.latin) if r != part.latin))
        part.forms = latin_forms(readings)


def _read_east_asian_cyrillic(parts: list[_Part]) -> None:
    """Give a Chinese or Korean name written in Cyrillic the readings of its syllables in
    pinyin (``Цзиньпин`` → jinping) or Korean (``Чен`` → jong, jeong; compared by those
    only), its first word as the family name and the others as given names (so ``Ван`` is no
    Dutch particle, ``И`` no initial); a Burmese name its syllables' Latin spellings
    (``Хлайн`` → hlaing), every word a given name (``У`` no initial); other names to
    `_read_other_cyrillic`."""
    if len(parts) < 2 or not all(p.script == scripts.CYRILLIC for p in parts):
        return
    words = [russian_letters(p.original) for p in parts]
    chinese, korean, burmese = chinese_name(words), korean_name(words), burmese_name(words)
    if not (chinese or korean or burmese):
        _read_other_cyrillic(parts, words)
        return
    for number, (part, word) in enumerate(zip(parts, words, strict=True)):
        extra = palladius_readings(word) if chinese else ()
        extra += korean_readings(word, family=True) if korean else ()
        extra += burmese_readings(word) if burmese else ()
        part.forms = latin_forms(tuple(dict.fromkeys((*part.forms.readings, *extra))))
        # Burmese names have no family name
        part.kind = Kind.GIVEN if number or not (chinese or korean) else Kind.FAMILY
        if korean and not chinese:
            part.script = scripts.CYRILLIC_SYLLABLES


def _read_arabic_chinese(parts: list[_Part]) -> None:
    """Give a Chinese name written in Arabic script the pinyin readings of its syllables
    first (``شي جين بينغ`` → xi jin ping), its first word as the family name and the others
    as given names."""
    if len(parts) < 2 or not all(p.script == scripts.ARABIC for p in parts):
        return
    if not arabic_chinese_name([p.original for p in parts]):
        return
    for number, part in enumerate(parts):
        pinyin = latin_forms(arabic_pinyin_readings(part.original))
        part.forms = Forms(
            *(
                tuple(dict.fromkeys((*ours, *theirs)))
                for ours, theirs in zip(pinyin, part.forms, strict=True)
            )
        )
        part.kind = Kind.GIVEN if number else Kind.FAMILY


def _read_other_cyrillic(parts: list[_Part], words: list[str]) -> None:
    """Give a Japanese name written in Cyrillic its Hepburn readings (``Обути`` → obuchi),
    a Vietnamese one its Vietnamese spellings (``Зуан`` → duan), compared by those only,
    the words' roles as they were."""
    if japanese_name(words):
        read = hepburn_readings
    elif vietnamese_name(words):
        read = vietnamese_readings
    else:
        return
    for part, word in zip(parts, words, strict=True):
        extra = read(word)
        part.forms = latin_forms(tuple(dict.fromkeys((*part.forms.readings, *extra))))
        if read is vietnamese_readings:
            part.script = scripts.CYRILLIC_SYLLABLES


def _read_korean_built_chinese(parts: list[_Part], words: list[str]) -> None:
    """Give the syllables of a Hangul name built as a Korean one that may write a Chinese
    name their pinyin readings too (왕치산: 치 qi, 산 shan; Wang Qishan)."""
    if not all(p.script == scripts.HANGUL for p in parts):
        return
    if not hangul_chinese.may_be_chinese(words):
        return
    for part in parts:
        extra = hangul_chinese.pinyin_readings(part.original)
        part.forms = latin_forms(tuple(dict.fromkeys((*part.forms.readings, *extra))))


def _read_mongolian_genitive(parts: list[_Part]) -> None:
    """Give a Mongolian father's name in the genitive (Цахиагийн Элбэгдорж, Tsakhiagiin
    Elbegdorj) the readings of the bare name lists write (ELBEGDORJ, Tsakhia). It stays a
    name of its own, not a patronymic: a list's other father's name (Khurelsukh Bat) is
    another person."""
    named = [p for p in parts if p.kind == Kind.OTHER]
    if len(named) < 2:
        return
    for part in named:
        stems = genitive_stems(part.original)
        if not stems or part.script not in (scripts.CYRILLIC, scripts.LATIN):
            continue
        if part.script == scripts.CYRILLIC:
            language = cyrillic_language(part.original)
            extra = tuple(r for stem in stems for r in cyrillic_readings(stem, language))
        else:
            extra = stems
        part.forms = latin_forms(tuple(dict.fromkeys((*part.forms.readings, *extra))))


def _tag_patronymics(parts: list[_Part]) -> None:
    for i, part in enumerate(parts):
        if part.kind != Kind.PARTICLE:
            continue
        if part.role == MARKER and i > 0 and parts[i - 1].kind == Kind.OTHER:
            parts[i - 1].kind = Kind.PATRONYMIC
        if part.role == CONNECTOR:
            _tag_after_connector(parts, i + 1)
    blockers = {i for i, p in enumerate(parts) if p.kind != Kind.OTHER}
    candidates = [
        i
        for i, p in enumerate(parts)
        if p.kind == Kind.OTHER
        and (
            (
                p.script != scripts.ARABIC
                and reads_as_patronymic(p.forms.readings)
                # -ić, -ић: a South Slavic family name (Janković), not an -ovich patronymic
                and not p.original.endswith(("ć", "ћ"))
            )
            # a patronymic as Hangul, Arabic script or Hebrew writes it, in the middle
            or (0 < i < len(parts) - 1 and native_patronymic(p.original))
        )
    ]
    for i in pick_patronymics(candidates, blockers):
        parts[i].kind = Kind.PATRONYMIC


def _tag_south_slavic_patronymic(parts: list[_Part], comma_piece: int | None) -> None:
    """Tag a Bulgarian or Macedonian patronymic: the middle of three Cyrillic or Latin parts
    (Делян Славчев Пеевски), or the last after a list's family name and given name
    (ZHELYAZKOV, Ilko Dimitrov)."""
    if len(parts) != 3 or any(p.kind != Kind.OTHER for p in parts):
        return
    if any(p.script not in (scripts.LATIN, scripts.CYRILLIC) for p in parts):
        return
    listed = comma_piece is not None and parts[0].piece < comma_piece <= parts[1].piece
    given, middle, family = (parts[1], parts[2], parts[0]) if listed else parts
    if south_slavic_patronymic(given.latin, middle.latin, family.latin):
        middle.kind = Kind.PATRONYMIC


def _tag_after_connector(parts: list[_Part], start: int) -> None:
    """The father's name after ``bin``: one name unit, ``Abd al-Aziz`` counted whole."""
    position = start
    while position < len(parts) and parts[position].kind == Kind.PARTICLE:
        position += 1
    if position >= len(parts) or parts[position].kind != Kind.OTHER:
        return
    first = parts[position]
    first.kind = Kind.PATRONYMIC
    for part in parts[position + 1 :]:
        if part.kind == Kind.PARTICLE and part.role != CONNECTOR:
            continue
        if part.kind == Kind.OTHER and (part.piece == first.piece or first.role == HEAD):
            part.kind = Kind.PATRONYMIC
            first = part
            continue
        break


def _may_be_number(part: _Part) -> bool:
    return part.kind == Kind.OTHER and (part.script == scripts.LATIN or part.latin.isdigit())


def _read_numbers(parts: list[_Part]) -> list[_Part]:
    """Numbers in words or ordinals made one digit part (``Forty-Four`` → ``44``)."""
    out: list[_Part] = []
    position = 0
    while position < len(parts):
        part = parts[position]
        found = None
        if _may_be_number(part):
            run = []
            for later in parts[position:]:
                if not _may_be_number(later):
                    break
                run.append(later.latin)
            found = read_number(run)
        if found is None:
            out.append(part)
            position += 1
            continue
        value, used = found
        words = parts[position : position + used]
        part.original = " ".join(dict.fromkeys(p.original for p in words))
        _respell(part, str(value), Kind.NUMBER)
        out.append(part)
        position += used
    return out


def _tag_initials_and_numbers(
    parts: list[_Part],
    initials: bool,
    comma_piece: int | None = None,
    linked: frozenset[int] = frozenset(),
    spelt_letters: frozenset[int] = frozenset(),
    hyphened: frozenset[int] = frozenset(),
) -> None:
    """Tag numbers and initials; not the one word before a list's comma, a family name
    however short (O, In Jun: 오인준), nor a letter hyphens join on both sides (the ``linked``
    pieces), which links two names (Shams-u-Rahman, Nasr-e-Qazi), nor a Hebrew article a
    hyphen joins to the next name (the ``hyphened`` pieces: א-זוואהירי, a-Zawahiri); the
    ``spelt_letters`` pieces are a Cyrillic letter's Latin spelling with a dot, an initial
    (Yu. Gagarin)."""
    before = [p for p in parts if comma_piece is not None and p.piece < comma_piece]
    family = before[0] if len(before) == 1 else None
    for i, part in enumerate(parts):
        if initials and part.script == scripts.HEBREW and part.original in HEBREW_INITIALS:
            article = part.kind == Kind.PARTICLE and part.piece in hyphened
            if len(parts) > 1 and part.kind in (Kind.OTHER, Kind.PARTICLE) and not article:
                _as_initial(part, HEBREW_INITIALS[part.original])
            continue
        if initials and part.kind == Kind.OTHER and _letter_name(parts, i):
            _as_initial(part, LETTER_NAMES[part.original])
            continue
        if part.kind != Kind.OTHER:
            continue
        if initials and part.piece in spelt_letters and len(parts) > 1 and part is not family:
            _as_initial(part, (part.latin,))
        elif part.piece in linked and len(part.latin) == 1:
            part.kind = Kind.PARTICLE
        elif part.latin.isdigit():
            part.kind = Kind.NUMBER
        elif (
            initials
            and part is not family
            and (
                (len(part.latin) == 1 and part.script not in scripts.SYLLABIC)
                # a letter whose reading is longer: Cyrillic Е (ye), Х (kh), Ж (zh)
                or (len(part.original) == 1 and part.script in _CASED and part.original.isalpha())
            )
        ):
            part.kind = Kind.INITIAL


#: Fewest letters of a word that no East Asian syllable written in Arabic script reaches.
_LONG_WORD = 5


def _letter_name(parts: list[_Part], i: int) -> bool:
    """Whether ``parts[i]`` is a Latin initial spelt out by its letter's name: such a name,
    written as a word of its own, before the last of three or more words, among words of
    Arabic script no shorter than three letters, one of five or more: an East Asian name's
    syllables are short (سي in وو سي كه is a Chinese syllable: Wu Sike; يو in كيم يو جونغ
    Korean: Kim Yo Jong)."""
    part = parts[i]
    if part.original not in LETTER_NAMES or len(parts) < 3 or i == len(parts) - 1:
        return False
    if any(p.piece == part.piece for p in parts if p is not part):
        return False  # a syllable of a word, not a word of its own: 피 of 피천득 (Pi Chun-deuk)
    if part.script != scripts.ARABIC:
        return True
    lengths = [len(p.original) for p in parts if p.original not in LETTER_NAMES]
    return min(lengths) >= 3 and max(lengths) >= _LONG_WORD


def _as_initial(part: _Part, letters: tuple[str, ...]) -> None:
    """Make ``part`` an initial standing for names opening with any of ``letters``."""
    part.kind = Kind.INITIAL
    part.forms = Forms(letters, (), ())
    part.latin = letters[0]


def _tag_given_family(parts: list[_Part], comma_piece: int | None) -> None:
    free = [p for p in parts if p.kind == Kind.OTHER]
    if any(p.hint for p in free):  # a Han or Hangul family name, then given syllables
        for part in free:
            part.kind = part.hint or Kind.GIVEN
        return
    if comma_piece is not None:
        for part in free:
            part.kind = Kind.FAMILY if part.piece < comma_piece else Kind.GIVEN
        return
    capitals = [p for p in free if p.caps]
    if capitals and len(capitals) < len(free):
        for part in free:
            part.kind = Kind.FAMILY if part.caps else Kind.GIVEN
        return
    patronymics = [i for i, p in enumerate(parts) if p.kind == Kind.PATRONYMIC]
    if patronymics and parts[patronymics[0]].script != scripts.ARABIC:
        given = patronymics[0] - 1
        if given >= 0 and parts[given].kind == Kind.OTHER:
            parts[given].kind = Kind.GIVEN
        rest = [p for p in parts if p.kind == Kind.OTHER]
        if len(rest) == 1:
            rest[0].kind = Kind.FAMILY


def _regnal(pieces: list[Piece], text: str) -> dict[int, tuple[int, int]]:
    words = [p.text for p in pieces]
    latin = bool(words) and scripts.token_script(words[0]) == scripts.LATIN
    return regnal_numbers(words, latin, final_dot=text.rstrip().endswith("."))


def _series_numbers(pieces: list[Piece]) -> dict[int, tuple[int, int]]:
    """The Roman numerals after an organisation name's first piece (Bowne Global Solutions
    II, Bain Capital Fund XI), by position, with their value and the one piece each takes."""
    found: dict[int, tuple[int, int]] = {}
    for i in range(1, len(pieces)):
        value = roman_value(pieces[i].text)
        if value is not None:
            found[i] = (value, 1)
    return found


def _number_part(pieces: list[Piece], number: int, value: int, used: int) -> _Part:
    """The part a regnal number's pieces make (III, الرابع عشر), read as its digits."""
    (base,) = piece_bases(str(value), DEFAULT_CONTEXT, family=False)
    part = _Part(base, number, caps=False)
    part.original = " ".join(p.text for p in pieces[number : number + used])
    part.kind = Kind.NUMBER
    return part


def _token(part: _Part) -> Token:
    return _make_token(
        part.original, part.script, part.forms, part.kind, part.canonical, part.piece
    )


@lru_cache(maxsize=200_000)
def _make_token(
    original: str, script: str, forms: Forms, kind: Kind, canonical: str, piece: int
) -> Token:
    aliases: frozenset[str] = frozenset()
    if kind in _ALIAS_KINDS:
        # A syllable's reading is no given name (단 read "dan" is not Daniel's short form).
        words = () if script in scripts.SYLLABIC else forms.readings
        phonetics = forms.phonetics
        english = english_forms(original) if script == scripts.HEBREW else ()
        if english:
            # The English form read from a table is a spelling, not a name group.
            words = tuple(w for w in words if w not in english)
            phonetics = latin_forms(words).phonetics
        if script == scripts.HEBREW:
            # A given name's table spellings find its short forms' groups (אבי: Avi).
            words += tuple(sorted(given_name_spellings(original) or ()))
        aliases = alias_ids(phonetics, words)
    if kind == Kind.PATRONYMIC:
        aliases |= patronymic_alias_ids(forms.readings)
    return Token(
        original=original,
        latin=forms.readings[0] if forms.readings else "",
        kind=kind,
        script=script,
        phonetics=forms.phonetics,
        skeletons=forms.skeletons,
        variants=forms.readings[1:],
        aliases=aliases,
        canonical=canonical,
        piece=piece,
    )


def _analyze(text: str, schema: str) -> Name:
    family = schema_family(schema)
    truncated = len(text) > MAX_NAME_LENGTH
    cleaned = clean_text(text)
    ctx = reading_context(cleaned)
    cyrillic = not cleaned.isascii() and _CYRILLIC.search(cleaned) is not None
    initials = family == PERSON or (family == ENTITY and cyrillic)
    if family == PERSON and not cleaned.isascii():
        cleaned = split_hebrew_initials(cleaned)
    pieces = split_pieces(cleaned, initials=initials)
    if not cleaned.isascii():
        pieces = split_joined_article(join_turkish_endings(pieces))
    parts: list[_Part] = []
    comma_piece = None
    non_ascii_person = family in (PERSON, ENTITY) and not cleaned.isascii()
    # Titles written in Hangul before or after the name (김삼환 목사) take no part in
    # telling what kind of name the rest is.
    if non_ascii_person:
        pieces = split_hangul_royal(pieces)
    titled = hangul_title_pieces([p.text for p in pieces]) if non_ascii_person else frozenset()
    if family in (PERSON, ENTITY):
        regnal = _regnal(pieces, cleaned)
    else:
        regnal = _series_numbers(pieces) if family == ORGANIZATION else {}
    numbered = {i + n for i, (_, used) in regnal.items() for n in range(used)}
    named = [n for n in range(len(pieces)) if n not in titled and n not in numbered]
    # A Christian name after a Korean one is heard as foreign, the rest read as Korean.
    christian = -1
    if non_ascii_person and baptismal_word([pieces[number].text for number in named]):
        christian = named.pop()
    words = [pieces[number].text for number in named]
    chinese = non_ascii_person and not regnal and hangul_chinese.chinese_name(words)
    # A Hangul name with a regnal number is a foreign ruler's (찰스 3세, 요한 23세).
    foreign = non_ascii_person and not chinese and (bool(regnal) or foreign_name(words))
    # The piece holding the family name of a Han or Hangul name: the first, or the last.
    last = non_ascii_person and family_written_last(words)
    family_piece = named[-1] if last else named[0] if named else 0
    for number, piece in enumerate(pieces):
        if piece.comma and comma_piece is None:
            comma_piece = number
        if number in numbered:
            if number in regnal:
                parts.append(_number_part(pieces, number, *regnal[number]))
            continue
        text = scripts.as_cyrillic(piece.text) if cyrillic else piece.text
        caps = piece.text.isupper() and len(piece.text) > 1
        personal = number == family_piece and family in (PERSON, ENTITY)
        alone = personal and len(named) > 1 and len(text) <= 2
        if chinese:
            bases = chinese_hangul_bases(text, personal, alone)
        elif (foreign or number == christian) and scripts.token_script(text) == scripts.HANGUL:
            bases = foreign_hangul_bases(text)
        else:
            bases = piece_bases(text, ctx, personal, alone)
        for base in bases:
            parts.append(_Part(base, number, caps and base.script in _CASED))
            if number in titled:
                parts[-1].kind = Kind.TITLE
    is_org = family == ORGANIZATION
    if family in (ORGANIZATION, ENTITY):
        is_org = _tag_org_parts(parts) or is_org
    if is_org:
        for part in parts:
            if part.kind == Kind.OTHER and part.script == scripts.LATIN and is_stopword(part.latin):
                part.kind = Kind.PARTICLE
    elif family in (PERSON, ENTITY):
        if non_ascii_person and not (chinese or foreign):
            _read_korean_built_chinese(parts, words)
        _tag_description(parts, pieces)
        _read_east_asian_cyrillic([p for p in parts if p.kind != Kind.TITLE])
        _read_arabic_chinese([p for p in parts if p.kind != Kind.TITLE])
        _tag_titles(parts, pieces)
        _tag_trailing_office(parts)
        _tag_epithet(parts)
        _tag_trailing_honorifics(parts)
        _tag_territory(parts)
        _tag_particles(parts)
        _read_mongolian_genitive(parts)
        _tag_patronymics(parts)
        _tag_south_slavic_patronymic(parts, comma_piece)
        _read_wade_giles(parts)
    elif family == OTHER:
        _tag_vessel_prefix(parts)
    if family != PERSON:
        parts = _read_numbers(parts)
    linked = frozenset(
        i for i in range(1, len(pieces) - 1) if pieces[i].hyphen and pieces[i + 1].hyphen
    )
    spelt_letters = frozenset(
        i for i, p in enumerate(pieces) if p.dotted and p.text in CYRILLIC_LETTER_SPELLINGS
    )
    hyphened = frozenset(i for i in range(len(pieces) - 1) if pieces[i + 1].hyphen)
    _tag_initials_and_numbers(
        parts,
        initials=family in (PERSON, ENTITY) and not is_org,
        comma_piece=comma_piece,
        linked=linked,
        spelt_letters=spelt_letters,
        hyphened=hyphened,
    )
    if family == PERSON:
        _tag_given_family(parts, comma_piece)
    tokens = tuple(_token(p) for p in parts)
    truncated = truncated or len(pieces) >= MAX_PIECES
    return Name(cleaned.strip(), schema, tokens, truncated)


def analyze(text: str | object, schema: str | object = "LegalEntity") -> Name:
    """Analyse a name as written, for an entity of the given FollowTheMoney schema.

    Never raises: empty, over-long or garbled input, or no string at all, gives an empty or
    cut `Name`.
    """
    return _analyze_cached(
        text if isinstance(text, str) else "",
        schema if isinstance(schema, str) else "LegalEntity",
    )


@lru_cache(maxsize=100_000)
def _analyze_cached(text: str, schema: str) -> Name:
    try:
        return _analyze(text, schema)
    except Exception:  # noqa: BLE001 - a name that cannot be analysed is an empty name
        log.exception("Cannot analyse name %r", text[:100])
        return Name("", schema, (), truncated=True)
