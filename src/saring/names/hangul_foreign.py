"""Foreign names written in Hangul (``도널드 트럼프``, ``세르게이 라브로프``): read by sound.

Korean writes a foreign name as it sounds, word by word, by the rules of its loanword
spelling: a consonant the language cannot end a syllable on gets the silent vowel ``ㅡ`` (Trump:
트럼프, t-reo-m-peu), v is written as b, f as p, l and r alike, and ``ㅓ`` stands for the
unstressed vowel of English (Donald: 도널드, Trump, Hitler: 히틀러). Read syllable by syllable
as a Korean name, such a word is nowhere near its Latin spelling.

A name is read so when its words are not built as Korean names are: a syllable open on that
silent vowel (드, 르, 스, 트, 프, 크, which no Korean name has), a word too long for a Korean
given name, or no Korean family name first or last. Its words are then
compared with the other name's by `hearing_key`, what Korean would hear of a Latin spelling,
letting ``ㅓ`` stand for any vowel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import product

from saring.names.hangul import (
    is_hangul_syllable,
    is_korean_reading,
    jamo,
    opens_with_surname,
    surname_syllables,
)
from saring.names.hanja import sino_korean_syllables
from saring.names.rewrites import compile_rewrites, rewrite
from saring.names.spoken import SPANISH, TURKISH, french_spelling, sounded, spoken_spellings

#: Initial consonants, as Latin letters loanword spelling writes them with.
_INITIALS = ("g", "k", "n", "d", "t", "r", "m", "b", "p", "s", "s", "", "j", "j", "ch",
             "k", "t", "p", "h")  # fmt: skip
#: Vowels; ``ㅓ`` is ``@`` (any vowel), ``ㅡ`` nothing (the silent vowel).
_VOWELS = ("a", "e", "ya", "ye", "@", "e", "y@", "ye", "o", "wa", "we", "we", "yo", "u",
           "wo", "we", "wi", "yu", "", "i", "i")  # fmt: skip
#: Final consonants (loanword spelling uses only ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ; ㅅ for t: 마거릿).
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
           "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip
_SILENT_VOWEL, _SILENT_INITIAL, _FINAL_N, _FINAL_S = 18, 11, 4, 19
_SHU = "슈"
#: 쉬, which the older loanword spelling writes for shi and a final sh (쉬린: Shirin, 부쉬:
#: Bush, 라쉬: Rasch).
_SHWI = "쉬"
#: A final ch, j, sh or soft r, which loanword spelling writes with an i after it (부치치:
#: Vučić, 조지: George, 부시: Bush, 이고리: Igor, Игорь).
_FINAL_WITH_I = frozenset("치지시쉬리")
#: A final French j (written ge), which loanword spelling writes with a u after it (조르주:
#: Georges, 마르주: Marge).
_FINAL_WITH_U = frozenset("주")
#: The most syllables of a Korean given name (a family name of two, 남궁, and a given name
#: of two make a Korean word of four).
_LONGEST_GIVEN = 2
#: Written for ``ㅓ`` in the readings shown (the key lets it be any vowel).
_SCHWA_READING = "o"

_KEY_REWRITES = compile_rewrites(
    (
        (r"[^a-z@]", ""),
        (r"(s|j|ch)y(?=[aeiou@])", r"\1"),
        (r"tsch", "C"),
        (r"sch|sh|sz", "s"),
        (r"tch|ch|cz|ts|tz", "C"),
        (r"c(?=[eiy])", "s"),
        (r"dzh|dj|zh|z", "j"),
        (r"ph|f", "p"),
        (r"th", "t"),
        (r"dh", "d"),
        (r"kh", "h"),
        (r"gh", "g"),
        (r"ck|c|q", "k"),
        (r"x", "ks"),
        (r"v$", "p"),
        (r"v|w(?=[^aeiouy@]|$)", "b"),
        (r"b(?=[^aeiouy@]|$)", "p"),
        (r"l", "r"),
        (r"d", "t"),
        (r"g", "k"),
        (r"h(?=[^aeiouyw@]|$)", ""),
        (r"w", "u"),
        (r"y", "i"),
        (r"[ei]", "a"),
        (r"u", "o"),
    )
)
#: English spellings Korean does not sound: a final e after a consonant (Mike, Gates), an r
#: after a vowel before a consonant or at the end (Starmer, Keir).
_SILENT_E = re.compile(r"(?<=[^aeiouy])e(?=s?$)")
_NON_RHOTIC = re.compile(r"(?<=[aeiouy])r(?=[^aeiouy]|$)")
#: Spellings as Korean loanword spelling hears them besides `spoken_spellings`: Spanish with
#: j as h and z as s (하비에르: Javier, 사파테로: Zapatero; an initial h unsounded, so Hajj is
#: not 하), Japanese fu as hu
#: and tsu, su and zu as s and z with the silent vowel (후미오: Fumio, 마쓰모토: Matsumoto,
#: 스가: Suga, 야스카즈: Yasukazu),
#: Turkish ğ, written g, unsounded between vowels too (에르도안: Erdogan), and
#: Portuguese with an initial r (and rr) as h (호날두: Ronaldo), nh as ny, gu and qu before e
#: or i as g and k, a final ão and ães as 앙 and 앙이스 (밀리탕: Militão, 기마랑이스: Guimarães)
#: and a final o as u,
#: and as Brazil says it, an l ending a syllable as u and d and t before i as j and ch
#: (호나우지뉴: Ronaldinho, 히바우두: Rivaldo).
_PORTUGUESE_R = (
    (r"^r|rr", "h"),
    (r"nh", "ny"),
    (r"([gq])u(?=[ei])", r"\1"),
    (r"ao$", "ang"),
    (r"aes$", "angis"),
    (r"o$", "u"),
)
#: Thai romanised: v as w, j and an initial sh as ch, bh as p, an initial sr as s, rn after a
#: as n, a final tra as t and a final l as n (아피싯 웨차치와: Abhisit Vejjajiva, 세타 타위신:
#: Srettha Thavisin, 찬위라꾼: Charnvirakul, 친나왓: Shinawatra, 부와꾼: Bhuwakul).
_THAI = (
    (r"^sr", "s"),
    (r"^sh", "ch"),
    (r"bh", "p"),
    (r"v", "w"),
    (r"j", "ch"),
    (r"(?<=a)rn", "n"),
    (r"(?<=[aeiou])tra$", "t"),
    (r"l$", "n"),
)
#: Vietnamese as Korean writes it: tr and ch opening a syllable as ㅉ, d and gi as ㅈ, kh as
#: ㅋ (찌엣: Triết, 찌: Chi, 중: Dũng, 카이: Khai); only in a word spelt as one syllable.
_VIETNAMESE = compile_rewrites(((r"^(?:tr|ch)", "j"), (r"^(?:d|gi)(?=[aeiouy])", "j")))
_VIETNAMESE_SYLLABLE = re.compile(
    "(?:tr|ch|kh|ph|th|nh|ngh?|gi|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$"
)
#: A Vietnamese syllable's lone u before a final ng or c, which may be an ư written
#: without its horn (Hung: Hưng), spelt with Korean's silent ㅡ.
_VIETNAMESE_U = re.compile("(?<=[^aeiouy])u(?=(?:ng|c)$)")
#: German as Korean writes it: an opening v as f, w as v, ch after a front vowel or l, n, r
#: as 히 and a final ig as 이히 (폰: von, 하인리히: Heinrich, 피히테: Fichte, 알브레히트:
#: Albrecht, 루트비히: Ludwig).
_GERMAN_ICH = ((r"^v", "f"), (r"w", "v"), (r"(?<=[eiy]|[lnr])ch", "hi"), (r"(?<=i)g$", "hi"))
#: Burmese as Korean writes it: ky and gy as ㅊ and ㅈ, a final aw as ㅗ (초: Kyaw, 치: Kyi).
_BURMESE = ((r"^ky", "ch"), (r"^gy", "j"), (r"aw$", "o"))
#: Polish ł as Korean writes it, where a spelling without it shows where it was: an opening
#: wł and the -sław of given names, whose j is y (브와디스와프: Władysław, 야로스와프: Jarosław).
_POLISH_L = ((r"^wl", "bw"), (r"^j(?=[a-z]*slaw$)", "y"), (r"slaw$", "swap"))
_OTHER_LANGUAGES = [
    compile_rewrites(rules)
    for rules in (
        (*SPANISH, (r"j", "h"), (r"z", "s")),
        _GERMAN_ICH,
        ((r"fu", "hu"), (r"t?su", "s"), (r"zu", "z")),
        ((r"(?<=[aeiou])g(?=[aeiou])", ""), *TURKISH),
        _PORTUGUESE_R,
        (*_PORTUGUESE_R, (r"l(?![aeiouy])", "u"), (r"d(?=i)", "j"), (r"t(?=i)", "ch")),
        _THAI,
        _BURMESE,
        _POLISH_L,
    )
]
#: English as Korean writes it, on top of its other spellings: th as s, a final ds or des
#: as z, wh as hw, dg as ji, a final ew as yu, the o of a word of one syllable closed on a
#: stop as American a and a final ow as in cow (스미스: Smith, 매슈스: Matthews, 에드워즈:
#: Edwards, 로즈: Rhodes, 화이트: White, 리지웨이: Ridgway, 매슈: Matthew, 잡스: Jobs, 스캇:
#: Scott, 버시바우: Vershbow).
_KOREAN_ENGLISH = compile_rewrites(
    (
        (r"t?th", "s"),
        (r"de?s$", "z"),
        (r"^wh", "hw"),
        (r"dge?(?![aiouy])", "ji"),
        (r"ew$", "yu"),
        (r"^([^aeiouy]+)o(?=(?:bb?|pp?|gg?|ck|k|tt?|dd?|x)s?$)", r"\1a"),
        (r"(?<=[^aeiou])ow$", "au"),
    )
)
#: The h of South Asian bh and jh, which Korean does not write (부토: Bhutto, 바가트: Bhagat).
_SOUTH_ASIAN_H = re.compile("(?<=[bj])h")
#: An English final s after a vowel, m or n, which Korean may write as the z it is said
#: (헤인즈: Haynes; 존스: Jones too).
_VOICED_FINAL_S = re.compile("(?<=[aeiouymn])e?s$")
_VOWEL_RUN = re.compile(r"([ao@])[ao@]+")
_REPEATED = re.compile(r"(.)\1+")


def _silent_vowel(syllable: str) -> bool:
    """Whether a syllable is a consonant with the silent vowel and no final (드, 르, 스)."""
    initial, vowel, final = jamo(syllable)
    return vowel == _SILENT_VOWEL and not final and initial != _SILENT_INITIAL


#: Christian names Korean Catholics and Protestants bear, written after the Korean name
#: (최덕기 바오로 주교: Bishop Paul Choi Duk-ki).
BAPTISMAL_NAMES = frozenset(
    "바오로 베드로 요한 요셉 안드레아 토마스 토마 프란치스코 미카엘 가브리엘 라파엘 스테파노 "
    "시몬 야고보 마태오 루카 마르코 필립보 바르톨로메오 아우구스티노 이냐시오 빈첸시오 안토니오 "
    "그레고리오 베네딕토 도미니코 니콜라오 요아킴 라우렌시오 다미아노 마르티노 알베르토 "
    "마리아 안나 율리아나 체칠리아 데레사 아녜스 루치아 엘리사벳 모니카 카타리나 글라라 "
    "수산나 막달레나 베로니카 헬레나 로사 세실리아 아가다 젬마".split()
)


def baptismal_word(words: Sequence[str]) -> bool:
    """Whether the last of Hangul words is a Christian name after a Korean name, which the
    other words write (최덕기 바오로; not 요한 바오로, two Christian names)."""
    return (
        len(words) >= 2
        and words[-1] in BAPTISMAL_NAMES
        and BAPTISMAL_NAMES.isdisjoint(words[:-1])
        and not foreign_name(words[:-1])
    )


#: Words opening Vietnamese names (the family name: 부이 Bùi, 응우옌 Nguyễn) and Burmese ones
#: (아웅 Aung, 마웅 Maung) as Korean writes them: a name of three words or more they open is
#: foreign even if its last word is a Korean family name (부이 타인 선: Bùi Thanh Sơn, not
#: Seon).
_SOUTHEAST_ASIAN_OPENINGS = frozenset(
    "응우옌 쩐 레 팜 호앙 후인 판 부 보 당 부이 도 호 응오 즈엉 딘 마이 쯔엉 르엉 브엉 "
    "아웅 마웅".split()
)


#: English given names as Korean writes them whose syllables are all read as Chinese
#: characters too, so that written before a Korean family name they would pass for a
#: Korean given name (해리 김: Harry Kim, 수전 최: Susan Choi); not those Koreans are
#: named (유진, 수지, 하나, 미나, 유리, 세라).
_ENGLISH_GIVEN_NAMES = frozenset(
    "해리 수전 새미 리사 루시 대니 지미 조지 토니 해나 제인 도나 로라 애니 줄리 제니 조이 제이 "
    "로이 노아 이안 로니 소니 리타 로사 노마 소피 에마 마야 라나 미아 사라 마리 니나 매리 토미 "
    "래리 배리 개리 제리 루이 마사 대나 애나 안나 제시 에이미 아이린 린다 루비 보니 몰리 돌리 "
    "홀리 제나".split()
)


def foreign_name(words: Sequence[str]) -> bool:
    """Whether Hangul words write a foreign name by sound rather than a Korean name."""
    words = [w for w in words if w and all(is_hangul_syllable(c) for c in w)]
    if not words:
        return False
    if any(_silent_vowel(c) for w in words for c in w):
        return True
    surnames = surname_syllables()
    if len(words) == 1:
        word = words[0]
        # No family name opens it, and a syllable no Chinese character is read as is in
        # it (윌리엄: William, 호찌민: Ho Chi Minh).
        if len(word) >= 3 and not opens_with_surname(word):
            if not set(word) <= sino_korean_syllables():
                return True
        return len(word) - (2 if word[:2] in surnames else 1) > _LONGEST_GIVEN
    if len(words) >= 3 and words[0] in _SOUTHEAST_ASIAN_OPENINGS and words[0] not in surnames:
        return True
    # A Korean name written apart has its family name first, or last as customer files
    # write it (현숙 배), and given names of one or two syllables; written last, after
    # syllables no Chinese character is read as or an English given name, it follows a
    # foreign given name (앤디 김: Andy Kim; 해리 김: Harry Kim).
    sino_korean = sino_korean_syllables()
    for family, given in ((words[0], words[1:]), (words[-1], words[:-1])):
        if family in surnames and all(len(w) <= _LONGEST_GIVEN for w in given):
            if family == words[0]:
                return False
            if _ENGLISH_GIVEN_NAMES.isdisjoint(given) and all(
                c in sino_korean for w in given for c in w
            ):
                return False
    return True


def _parts(word: str, geminate: bool = False) -> list[str]:
    """Each syllable's letters (non-Hangul characters left out); a final ㄹ before an
    initial ㄹ writes one l (블라디미르: Bladimir), 슈 before a consonant sh alone
    (슈미트: Schmidt, 슈타인마이어: Steinmeier) and 쉬 shi (`_SHWI`); with ``geminate``, a
    final ㅅ before a consonant doubles it, as it writes Japanese small tsu (잇페이: Ippei)."""
    letters = [char for char in word if is_hangul_syllable(char)]
    parts: list[str] = []
    for position, char in enumerate(letters):
        initial, vowel, final = jamo(char)
        start = _INITIALS[initial]
        if start == "r" and parts and parts[-1].endswith("l"):
            start = ""
        # The silent vowel before a final n stands for an unstressed one (Biden: 바이든).
        sound = "@" if vowel == _SILENT_VOWEL and final == _FINAL_N else _VOWELS[vowel]
        following = letters[position + 1 : position + 2]
        if char == _SHU and following and jamo(following[0])[0] != _SILENT_INITIAL:
            sound = "h"  # s + h
        elif char == _SHWI:
            sound = "hi"  # s + hi
        end = _FINALS[final]
        if geminate and final == _FINAL_S and following:
            opening = _INITIALS[jamo(following[0])[0]]
            end = opening or end
        parts.append(start + sound + end)
    return parts


@lru_cache(maxsize=20_000)
def foreign_reading(word: str) -> str:
    """A Latin reading of a foreign word written in Hangul (``트럼프`` → ``tromp``)."""
    return "".join(_parts(word)).replace("@", _SCHWA_READING)


@lru_cache(maxsize=20_000)
def foreign_keys(word: str) -> tuple[str, ...]:
    """The `hearing_key`s of a foreign word written in Hangul, ``ㅓ`` read as either vowel
    class (the first two on their own, the rest as the second), and with a final ㅅ before a
    consonant doubling it (`_parts`); n and a y-vowel also as n and the vowel, a Spanish ñ
    that Latin writes without its tilde (카레뇨: Carreno); a final 치, 지, 시, 쉬 or 리 also
    as the consonant alone, and a final 주 too."""
    keys = []
    readings = ["".join(_parts(word, g)) for g in (False, True)]
    readings += [r.replace("ny", "n") for r in readings if "ny" in r]
    for key in dict.fromkeys(hearing_key(reading) for reading in readings):
        if "@" not in key:
            keys += [key] if key else []
            continue
        for choice in product("ao", repeat=min(key.count("@"), 2)):
            filled = key
            for vowel in choice:
                filled = filled.replace("@", vowel, 1)
            keys.append(_tidy(filled.replace("@", choice[-1])))
    if word[-1:] in _FINAL_WITH_I:
        keys += [k[:-1] for k in keys if k.endswith("a")]
    elif word[-1:] in _FINAL_WITH_U:
        keys += [k[:-1] for k in keys if k.endswith("o")]
    return tuple(dict.fromkeys(keys))


def _tidy(key: str) -> str:
    return _REPEATED.sub(r"\1", _VOWEL_RUN.sub(r"\1", key))


@lru_cache(maxsize=100_000)
def hearing_keys(latin: str) -> tuple[str, ...]:
    """The `hearing_key` of a Latin spelling, and of it without the letters English writes
    but does not sound (Gates: 게이츠, Starmer: 스타머), with kh as k (Khan: 칸), bh and jh as b
    and j (Bhutto: 부토), a final s said z (Haynes: 헤인즈), and as its
    language sounds it (`spoken_spellings`: 자크 시라크, 우고 차베스, 슈타인마이어, 부치치; an r
    before a consonant unsounded there too: 조지, George), with French nasal vowels (마크롱),
    and as Japanese and Turkish sound it. A word that reads as a Korean syllable or family
    name (Kim, Rim, Ran) is heard in English only, or as a Vietnamese syllable (Chi: 찌): no
    French nasal makes Kim 캥."""
    text = latin.lower()
    quiet = _SILENT_E.sub("", text)
    spellings = [text, quiet, _NON_RHOTIC.sub("", text), _NON_RHOTIC.sub("", quiet)]
    if "kh" in text:
        spellings.append(text.replace("kh", "k"))
    if _SOUTH_ASIAN_H.search(text):
        spellings.append(_SOUTH_ASIAN_H.sub("", text))
    spellings += sounded(text)  # known to be said so, if a Korean reading too (Jan: 얀)
    if _VIETNAMESE_SYLLABLE.match(text):
        spellings.append(rewrite(text, _VIETNAMESE))  # Chi: 찌, a Korean reading too
        if _VIETNAMESE_U.search(text):
            spellings.append(_VIETNAMESE_U.sub("", text))  # Hưng, its ư Korean's ㅡ: 흥
    if is_korean_reading(text):
        return tuple(dict.fromkeys(hearing_key(s) for s in spellings))
    for spoken in spoken_spellings(text):
        spellings += [spoken, _NON_RHOTIC.sub("", spoken)]
    spellings.append(french_spelling(text, nasal=True))
    spellings.extend(rewrite(text, rules) for rules in _OTHER_LANGUAGES)
    spellings.extend([rewrite(s, _KOREAN_ENGLISH) for s in spellings])
    if _VOICED_FINAL_S.search(text):
        spellings.append(_VOICED_FINAL_S.sub("z", text))
    return tuple(dict.fromkeys(hearing_key(s) for s in spellings))


def hearing_key(latin: str) -> str:
    """What Korean loanword spelling keeps of a Latin spelling: l and r one letter, v with
    b, f with p (and a final v, as Russian says it), a b ending a syllable with p (압둘:
    Abdul), z with j, d with t, g with k, an h before a consonant but w gone, vowels in two
    classes (a e i, o u) and a run of vowels as its first, doubled letters once
    (``Vladimir`` → ``bradamar``, ``Trump`` → ``tromp``)."""
    text = latin.lower()
    return _tidy(rewrite(text, _KEY_REWRITES).lower())


#: The vowel each Hangul vowel writes at the end of a foreign word, as `final_vowel` gives
#: it (``e`` for ㅓ, ㅔ, ㅟ and the like, which stand for more than one: 이뇌뉘, İnönü).
_FINAL_VOWELS = "aeaeeeeeoaeeooeeeo-ii"
_SILENT_VOWEL_INDEX = 18


def final_vowel(word: str) -> str:
    """The vowel a foreign word written in Hangul ends on: ``a``, ``i``, ``o`` (o or u) or
    ``e`` (e, or a vowel Korean writes for several); empty where it ends on a consonant or
    the silent vowel."""
    last = word[-1:]
    if not last or not is_hangul_syllable(last):
        return ""
    _, vowel, final = jamo(last)
    return "" if final or vowel == _SILENT_VOWEL_INDEX else _FINAL_VOWELS[vowel]
