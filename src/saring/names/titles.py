"""Titles, honorifics and ranks before a name (Dr, Sheikh, Hojjatoleslam, Colonel…)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from rigour.names import tokenize_name
from rigour.names.prefix import person_name_prefixes_list

from saring.names import scripts
from saring.names.arabic import fold_arabic
from saring.names.hangul import opens_with_surname
from saring.names.hanja import sino_korean_syllables
from saring.names.tables import table_rows, table_words
from saring.names.tokenize import Piece
from saring.names.transliterate import ascii_fold

#: Hebrew marks of abbreviation (ד״ר, פרופ׳), left out of the form a Hebrew title is looked
#: up by, as the tokens of a name leave them out.
_HEBREW_MARKS = str.maketrans("", "", "\u05f3\u05f4'\"")
#: Hebrew titles whose next word, opening with a preposition, says of what or where:
#: האדמו״ר מבעלז (the rebbe of Belz), הרב הראשי לצרפת (the chief rabbi of France).
_HEBREW_OF = {"האדמור": "מ", "אדמור": "מ", "הראשי": "ל"}


def _key(text: str) -> tuple[str, ...]:
    script = scripts.token_script(text)
    if script == scripts.HANGUL:
        return tuple(text.split())
    if script == scripts.HEBREW:
        return tuple(text.translate(_HEBREW_MARKS).replace("-", " ").split())
    words = tokenize_name(text)
    if script == scripts.ARABIC:
        return tuple(fold_arabic(w) for w in words)
    return tuple(ascii_fold(w) for w in words if ascii_fold(w))


@cache
def _titles() -> frozenset[tuple[str, ...]]:
    forms = [*table_words("titles.txt"), *person_name_prefixes_list()]
    return frozenset(k for k in (_key(f) for f in forms) if k and k != ("the",))


@cache
def _first_words() -> frozenset[str]:
    return frozenset(t[0] for t in _titles())


def is_title_word(form: str) -> bool:
    """Whether a part's comparison form is a whole title on its own (``ayatollah``)."""
    return (form,) in _titles()


def may_start_title(form: str) -> bool:
    """Whether a part's comparison form is the first word of some title (a quick check)."""
    return form in _first_words()


@cache
def _longest() -> int:
    return max(len(t) for t in _titles())


@cache
def _places() -> frozenset[str]:
    keys = (_key(form) for form in table_words("places.txt"))
    return frozenset(key[0] for key in keys if len(key) == 1)


def is_place(form: str) -> bool:
    """Whether a part's `title_form` is a country, region or nationality written with a
    title (президент России: ``rossii``; الرئيس الروسي; 러시아 대통령)."""
    return form in _places()


def leading_titles(forms: Sequence[str]) -> int:
    """How many of a name's first parts are titles, never all of them.

    ``forms`` are the parts' comparison forms: Latin readings, or folded Arabic-script
    words. ``["hojjat", "al", "islam", "hasan", "rouhani"]`` → 3. The country or nationality
    a title names is part of it (نائب الرئيس الإيراني, נשיא רוסיה).
    """
    titles = _titles()
    position = 0
    while position < len(forms):
        for size in range(min(_longest(), len(forms) - position), 0, -1):
            if tuple(forms[position : position + size]) in titles:
                position += size
                of = _HEBREW_OF.get(forms[position - 1])
                if of and position < len(forms) and forms[position].startswith(of):
                    position += 1
                while position < len(forms) and forms[position] in _places():
                    position += 1
                break
        else:
            break
    return position if position < len(forms) else 0


@lru_cache(maxsize=100_000)
def title_form(latin: str, original: str) -> str:
    """The form a part is looked up by in the title table: its Latin reading, or the word as
    written in Arabic or Hebrew script."""
    script = scripts.token_script(original)
    if script == scripts.ARABIC:
        return fold_arabic(original)
    if script == scripts.HEBREW:
        return original.translate(_HEBREW_MARKS)
    return latin


#: How Korean posts end (육군참모총장, 국정원장, 경찰청장, 특전사령관; with the place they
#: serve: 세종시장, 서울시교육감, 경기도지사): a word of three syllables or more ending so is
#: a post, not a name (names have at most four, the post's ending two).
_HANGUL_POST_ENDINGS = (
    "장관",
    "총장",
    "청장",
    "원장",
    "부장",
    "국장",
    "실장",
    "의장",
    "사령관",
    "위원장",
    "대사",
    "판사",
    "검사",
    "재판관",
    "대변인",
    "회장",
    "사장",
    "대표",
    "처장",
    "차장",
    "소장",
    "외무상",
    "경영자",
    "시장",
    "교육감",
    "지사",
    "군수",
)
#: How the names of Korean bodies end (교육부, 더불어민주당, 대통령실, 서울중앙지법,
#: 현대자동차그룹): a Sino-Korean word so ending that no family name opens, or one of five
#: syllables or more (longer than a name), is the body an office serves.
_HANGUL_BODY_ENDINGS = ("부", "당", "처", "청", "실", "법", "그룹", "위원회", "대사관")
#: Words before a title saying when or where it is held (채동욱 전 검찰총장: former; 미
#: 연방수사국장: American), titles only there: 전 is also a family name.
_HANGUL_TITLE_MODIFIERS = frozenset({"전", "현", "前", "미", "중", "북", "주한", "내각"})


#: Offices Arabic and Persian news write after a person's name (بهرام قاسمی سخنگوی وزارت
#: امور خارجه: Bahram Qassemi, spokesman of the foreign ministry), as written: folded, رئيس
#: would be the Spanish name رييس (Reyes).
_TRAILING_OFFICES = frozenset(
    {
        "سخنگوی", "رئیس", "معاون", "نماینده", "وزیر", "فرمانده", "دادستان", "دبیرکل",
        "رئيس", "وزير", "نائب", "المتحدث", "الناطق",
    }
)  # fmt: skip


#: Honorifics Latin spellings write after a religious name (Daehaeng Kun Sunim, Zopa
#: Rinpoche, Ledi Sayadaw), longest first.
_TRAILING_HONORIFICS = (
    ("kun", "sunim"), ("keun", "sunim"), ("sunim",), ("seunim",), ("rinpoche",), ("sayadaw",)
)  # fmt: skip


def trailing_honorifics(forms: Sequence[str]) -> int:
    """How many of a Latin name's last parts (their readings) are an honorific written after
    a religious name, never all of them: ``["daehaeng", "kun", "sunim"]`` → 2."""
    for honorific in _TRAILING_HONORIFICS:
        size = len(honorific)
        if len(forms) > size and tuple(forms[-size:]) == honorific:
            return size
    return 0


def is_trailing_office(word: str) -> bool:
    """Whether a word, as written, is an office Arabic-script news writes after a name."""
    return word in _TRAILING_OFFICES


@cache
def _epithets() -> dict[str, str]:
    return {row[0]: row[1] for row in table_rows("epithets.csv")}


def epithet_meaning(form: str) -> str:
    """What an epithet after a ruler's name means ('' if the form is none): ``mudry`` (Мудрый)
    and ``wise`` both give ``wise``; ``form`` is the part's `title_form`."""
    return _epithets().get(form, "")


#: How Korean royal titles written after the name end it (세종대왕, 선덕여왕, 명성황후).
_HANGUL_ROYAL_ENDINGS = ("대왕", "여왕", "황후", "왕후", "왕비", "세자", "옹주", "대군", "대제")


def split_hangul_royal(pieces: list[Piece]) -> list[Piece]:
    """A name's pieces with a royal title written onto a Hangul name cut off as a piece of
    its own (세종대왕: 세종, 대왕)."""
    if not any(p.text.endswith(_HANGUL_ROYAL_ENDINGS) for p in pieces):
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        text = piece.text
        if len(text) >= 3 and text.endswith(_HANGUL_ROYAL_ENDINGS) and (text,) not in _titles():
            if scripts.token_script(text) == scripts.HANGUL:
                out.append(piece._replace(text=text[:-2]))
                out.append(Piece(text[-2:]))
                continue
        out.append(piece)
    return out


def _hangul_title(word: str) -> bool:
    return (
        (word,) in _titles()
        or word in _places()
        or (len(word) >= 3 and word.endswith(_HANGUL_POST_ENDINGS))
        or _hangul_body(word)
    )


def _hangul_body(word: str) -> bool:
    if len(word) < 3 or not word.endswith(_HANGUL_BODY_ENDINGS):
        return False
    if len(word) >= 5:
        return True
    # a Sino-Korean word no family name opens: 교육부, not 티누부 (Tinubu) nor 김정부
    return not opens_with_surname(word) and set(word) <= sino_korean_syllables()


def hangul_title_pieces(words: Sequence[str]) -> frozenset[int]:
    """Which of a name's words are titles written in Hangul, before the name or after it as
    Korean writes them (교황 프란치스코, 김삼환 목사, 김정은 국무위원장), with the country they
    name (러시아 대통령); never all of them."""
    found = {
        i
        for i, word in enumerate(words)
        if scripts.token_script(word) == scripts.HANGUL and _hangul_title(word)
    }
    found |= {
        i for i, word in enumerate(words[:-1]) if word in _HANGUL_TITLE_MODIFIERS and i + 1 in found
    }
    start = 0
    while start in found:
        start += 1
    end = len(words)
    while end - 1 in found and end - 1 >= start:
        end -= 1
    if start >= end:
        return frozenset()
    if start == 0 and end < len(words) and _korean_employer(words[0], words[1:end]):
        # Korean news writes a person's employer between name and post: 김정태
        # 하나금융지주 회장 (Kim Jung-tai, chairman of Hana Financial Group).
        end = 1
    return frozenset(range(start)) | frozenset(range(end, len(words)))


def _korean_employer(name: str, between: Sequence[str]) -> bool:
    """Whether ``name`` is a whole Korean name (a family name the table knows, then
    Sino-Korean syllables: two to four in all) and the words ``between`` it and a post name
    the employer, in Sino-Korean syllables too: not a foreign name's other words (이와야
    다케시: 케) nor a baptismal name (옥현진 시몬 대주교: 몬)."""
    syllables = sino_korean_syllables()
    return (
        2 <= len(name) <= 4
        and opens_with_surname(name)
        and set(name[1:]) <= syllables
        and all(set(word) <= syllables for word in between)
    )
