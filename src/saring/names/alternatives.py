"""Other names one written name holds, as running text and reference works write them: the
name in another script in brackets (``김정은(金正恩)``, ``Сергей Лавров (Sergey Lavrov)``),
a birth name in brackets after a person's name (``Голда Меир (Мейерсон)``), a person's
nickname in quotes or brackets (``Benjamin "Bibi" Netanyahu``, ``Avraham 'Bren' Adan``,
``Sung Kook (Bill) Hwang``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from saring.names import scripts

#: Innermost bracketed spans, ASCII and full-width.
_BRACKETED = re.compile(r"[(\[（［]([^()\[\]（）［］]*)[)\]）］]")
#: Quoted spans standing as words of their own (not a Hebrew gershayim inside a word:
#: צה"ל), in straight, typographic or single quotes or guillemets.
_QUOTED = re.compile(
    r"(?<!\w)\"[^\"]+\"(?!\w)|“[^“”]+”|„[^„“”]+[“”]|«[^«»]+»|(?<!\w)'[^']+'(?!\w)|‘[^‘’]+’"
)
_QUOTE_MARKS = frozenset("\"'“„«‘")
_WORD = re.compile(r"[^\W\d_]+")


def _script(text: str) -> str:
    """The script most of a text's words are written in ('' if it has no letters)."""
    counts = Counter(scripts.token_script(word) for word in _WORD.findall(text))
    return counts.most_common(1)[0][0] if counts else ""


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _full_name(text: str) -> bool:
    """Whether a text may be a person's full name: two words or more, or one Hangul or Han
    word of two syllables or more (양준혁, 金正恩)."""
    words = _WORD.findall(text)
    if len(words) >= 2:
        return True
    return len(words) == 1 and len(words[0]) >= 2 and scripts.token_script(words[0]) in _SYLLABIC


_SYLLABIC = frozenset({scripts.HANGUL, scripts.HAN})


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(" ,;")


#: Most given names a nickname after them stands for (Sung Kook (Bill) Hwang: Bill Hwang).
MAX_GIVEN_NICKNAMED = 2


def _nicknamed(text: str, spans: Iterable[re.Match[str]]) -> list[str]:
    """A person's name with a one-word nickname, quoted or bracketed after the given names,
    put for them (צבי "צביקה" גרינגולד: צביקה גרינגולד; Sung Kook (Bill) Hwang: Bill Hwang)."""
    found = []
    for match in spans:
        nickname = _WORD.findall(match.group(0))
        before = text[: match.start()].split()
        after = text[match.end() :].split()
        if len(nickname) == 1 and 1 <= len(before) <= MAX_GIVEN_NICKNAMED and after:
            found.append(_tidy(" ".join([nickname[0], *after])))
    return found


def name_alternatives(text: str, person: bool) -> list[str]:
    """The other names a written name holds (none for most names).

    A bracketed span in another script than the rest is a name of its own, and so is the
    rest. A person's name also stands without a bracketed span in its own script, which is
    a name of its own where it may be a full name (a birth name: ``현빈 (김태평)``); and
    without a quoted nickname where a full name remains (``Алексей «Навальный»`` quotes
    the family name itself), and with a one-word nickname quoted or bracketed after the
    given names in their place (``Bibi Netanyahu``, ``Bill Hwang``).
    """
    found: list[str] = []
    if "(" in text or "[" in text or "（" in text or "［" in text:
        for match in _BRACKETED.finditer(text):
            inside = _tidy(match.group(1))
            outside = _tidy(text[: match.start()] + " " + text[match.end() :])
            if not _words(inside) or not _words(outside):
                continue
            if _script(inside) != _script(outside):
                found.extend((outside, inside))
            elif person:
                found.append(outside)
                if _full_name(inside):
                    found.append(inside)
                found.extend(_nicknamed(text, (match,)))
    if person and not _QUOTE_MARKS.isdisjoint(text) and _QUOTED.search(text):
        rest = _tidy(_QUOTED.sub(" ", text))
        if _full_name(rest):
            found.append(rest)
        found.extend(_nicknamed(text, _QUOTED.finditer(text)))
    if person:
        found.append(_article_apart(text))
    return [name for name in dict.fromkeys(found) if name and name != text]


#: Consonants the Arabic article takes the sound of, as South Asian spellings join it to the
#: name before: ur Rahman, us Salam, ud Din.
_ASSIMILATED = frozenset("rsdntz")
#: Shortest word read as a name with the article joined (Nurul, not Paul).
_SHORTEST_JOINED = 5


def _article_apart(text: str) -> str:
    """The name with the Arabic article written apart where South Asian spelling joins it
    to the word before (Mujibur Rahman, Fazlul Haq, Ziaur Rahman: مجيب الرحمن, فضل الحق, ضياء
    الرحمن): a Latin word ending in ul after a consonant, or in u and the consonant the next
    word opens with; '' if there is none."""
    words = text.split()
    out: list[str] = []
    for i, word in enumerate(words):
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        low = word.lower()
        joined = (
            after[:1].isalpha()
            and word.isascii()
            and word.isalpha()
            and len(word) >= _SHORTEST_JOINED
            and low[-2] == "u"
            and (
                (low[-1] == "l" and low[-3] not in "aeiou")
                or (low[-1] in _ASSIMILATED and after[0] == low[-1])
            )
        )
        out.extend((word[:-2], word[-2:]) if joined else (word,))
    return " ".join(out) if len(out) > len(words) else ""
