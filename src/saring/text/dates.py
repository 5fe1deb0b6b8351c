"""Dates named in a sentence, resolved against the article's date.

Full dates (``23 Juni 2022``, ``June 23, 2022``) are read by dateparser in the text's
language, and only when their word is a month name (``data/text/months.tsv``): dateparser
takes seconds to start, and more to try every language on ``5 orang 2022``. ``Kamis (23/6)``
and ``23 Juni`` take the article's year; weekdays (``pada hari Rabu``, ``в среду``, ``on
Wednesday``) are the last such day on or before the article's date; ``kemarin`` and
``yesterday`` the day before it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from saring.text.lexicon import rows

_WEEKDAYS = {
    0: "senin monday lundi lunes montag понедельник الاثنين الإثنين دوشنبه pazartesi",
    1: "selasa tuesday mardi martes dienstag вторник الثلاثاء سه‌شنبه سهشنبه salı",
    2: "rabu wednesday mercredi miércoles mittwoch среда среду الأربعاء الاربعاء چهارشنبه çarşamba",
    3: "kamis thursday jeudi jueves donnerstag четверг الخميس پنجشنبه پنج‌شنبه perşembe",
    4: "jumat friday vendredi viernes freitag пятница пятницу الجمعة جمعه cuma",
    5: "sabtu saturday samedi sábado samstag суббота субботу السبت شنبه cumartesi",
    6: "minggu sunday dimanche domingo sonntag воскресенье الأحد الاحد یکشنبه pazar",
}
WEEKDAY = {word: day for day, words in _WEEKDAYS.items() for word in words.split()}
_ANY_WEEKDAY = re.compile("|".join(re.escape(word) for word in WEEKDAY))
_RELATIVE = {
    "today": 0, "hari ini": 0, "сегодня": 0, "aujourd'hui": 0, "hoy": 0, "heute": 0, "امروز": 0,
    "اليوم": 0, "bugün": 0, "yesterday": -1, "kemarin": -1, "вчера": -1, "hier": -1,
    "ayer": -1, "gestern": -1, "دیروز": -1, "أمس": -1, "امس": -1, "dün": -1,
}  # fmt: skip
_FULL = re.compile(
    r"\b\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}\b|\b[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}\b"
)
_DAY_MONTH = re.compile(r"\b\d{1,2}\s+[^\W\d_]{3,12}\b")
_SLASH = re.compile(r"\((\d{1,2})/(\d{1,2})\)")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+(?:‌[^\W\d_]+)?")


@dataclass(frozen=True)
class FoundDate:
    """A date named in text: its words, offsets in the sentence, and the day if known."""

    text: str
    start: int
    end: int
    date: datetime.date | None


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """Month names and abbreviations of every language listed (case-folded)."""
    return frozenset(
        word.casefold() for _language, words in rows("months.tsv") for word in words.split()
    )


def _names_month(phrase: str) -> bool:
    """Whether the word of a date-like phrase (``23 Juni 2022``) is a month name."""
    months = month_names()
    return any(m.group().casefold() in months for m in _LETTERS.finditer(phrase))


@lru_cache(maxsize=4096)
def _parse(text: str, language: str) -> datetime.date | None:
    import dateparser

    languages = [language] if language and language != "und" else None
    try:
        parsed = dateparser.parse(text, languages=languages, settings={"STRICT_PARSING": True})
    except Exception:  # noqa: BLE001 (dateparser raises many kinds on odd input)
        parsed = None
    if parsed is None and languages:
        parsed = dateparser.parse(text, settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _with_year(text: str, language: str, year: int) -> datetime.date | None:
    return _parse(f"{text} {year}", language)


def _numeric(sentence: str, language: str, published: datetime.date | None) -> FoundDate | None:
    """The first date written with digits (ISO, full, ``(23/6)``, day and month)."""
    for match in _ISO.finditer(sentence):
        try:
            day = datetime.date(*(int(g) for g in match.groups()))
        except ValueError:
            continue
        return FoundDate(match.group(), match.start(), match.end(), day)
    for match in _FULL.finditer(sentence):
        if not _names_month(match.group()):
            continue
        day = _parse(match.group(), language)
        if day:
            return FoundDate(match.group(), match.start(), match.end(), day)
    for match in _SLASH.finditer(sentence):
        day_of, month = int(match.group(1)), int(match.group(2))
        resolved = None
        if published and 1 <= month <= 12:
            try:
                resolved = datetime.date(published.year, month, day_of)
            except ValueError:
                resolved = None
        return FoundDate(match.group(), match.start(), match.end(), resolved)
    if published:
        for match in _DAY_MONTH.finditer(sentence):
            if not _names_month(match.group()):
                continue
            day = _with_year(match.group(), language, published.year)
            if day:
                return FoundDate(match.group(), match.start(), match.end(), day)
    return None


def find_date(sentence: str, language: str, published: datetime.date | None) -> FoundDate | None:
    """The first date a sentence names, resolved where the article date allows."""
    if _DIGIT.search(sentence):
        found = _numeric(sentence, language, published)
        if found is not None:
            return found
    folded = sentence.casefold()
    for phrase, shift in _RELATIVE.items():
        at = folded.find(phrase)
        if at >= 0 and (at == 0 or not folded[at - 1].isalpha()):
            end = at + len(phrase)
            if end == len(folded) or not folded[end].isalpha():
                day = published + datetime.timedelta(days=shift) if published else None
                return FoundDate(sentence[at:end], at, end, day)
    if not _ANY_WEEKDAY.search(folded):
        return None
    for match in _WORD.finditer(sentence):
        weekday = WEEKDAY.get(match.group().casefold())
        if weekday is None:
            continue
        day = None
        if published:
            day = published - datetime.timedelta(days=(published.weekday() - weekday) % 7)
        return FoundDate(match.group(), match.start(), match.end(), day)
    return None
