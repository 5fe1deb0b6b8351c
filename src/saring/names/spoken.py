"""Latin names as French, Spanish, Italian, German, English, Slavic, Hungarian and Turkish
sound them, for scripts that write by sound.

Russian, Arabic, Hebrew and Korean write such a name as it is said, not as it is spelt:
Charles is Шарль, شارل and שארל (sharl), Gaulle is Голль, Hollande Олланд, Hugo Уго, Giorgia
Джорджа (jorja), Steinmeier Штайнмайер (shtainmaier), Davutoglu דבוטאולו (davutolu), Vucic
فوتشيتش (vuchich), Szijjarto Сийярто (siyyarto). Read
letter by letter, the Latin spelling is too far from such a word. Each language's spelling
here is one more form of a Latin word, compared only with words written in those scripts,
never with another Latin spelling (Jones is not Jon).
"""

from __future__ import annotations

import re
from functools import lru_cache

from saring.names.rewrites import compile_rewrites, rewrite

_INITIAL_H = r"^h(?=[aeiou])"
#: French: an initial h unsounded, ch as sh (but chr, chl as kr, kl: Christine), qu as k, au
#: and eau as o, c before e or i (and ç, written c) as s, g before e or i as zh (written j:
#: Giscard, Жискар), oi as ua, a final ain or aing as en (Estaing, Эстен), a final d after n
#: or r unsounded (Mitterrand, ميتران), th as t and s between vowels as z (Élisabeth:
#: 엘리자베트); a final e after a consonant unsounded, and a final s
#: too in a word with one of those spellings (Charles, not Jones: a Jones is no Jon).
_FRENCH = compile_rewrites(
    (
        (_INITIAL_H, ""),
        (r"ch(?=[rl])", "k"),
        (r"ch", "sh"),
        (r"qu", "k"),
        (r"e?au", "o"),
        (r"c(?=[eiy]|oi)", "s"),
        (r"g(?=[eiy])", "j"),
        (r"oi", "ua"),
        (r"aing?$", "en"),
        (r"(?<=[nr])d$", ""),
        (r"th", "t"),
        (r"(?<=[aeiou])s(?=[aeiou])", "z"),
    )
)
_FRENCH_FINAL_S = re.compile(r"e?s$")
_FINAL_E = re.compile(r"(?<=[^aeiou])e$")
#: Spanish: an initial h unsounded, a final z as s, ll as y (Cabello: Кабельо, 카베요); not j
#: as h: in these scripts a j is mostly an Arabic name's, and Jalali is no Halali.
SPANISH = ((_INITIAL_H, ""), (r"z$", "s"), (r"ll", "y"))
#: Italian: gi and ci before a vowel as j and ch, sc before e or i as sh, gn as ny.
_ITALIAN = ((r"gi(?=[aou])", "j"), (r"ci(?=[aou])", "ch"), (r"sc(?=[ei])", "sh"), (r"gn", "ny"))
#: German: st and sp opening a word as sht and shp, ie as i (not after an e: Meier), ei as
#: ai, eu as oi, w as v, z as ts (Steinmeier: Штайнмайер, 슈타인마이어; Walter: Вальтер).
_GERMAN = (
    (r"^s(?=[tp])", "sh"),
    (r"(?<!e)ie", "i"),
    (r"ei", "ai"),
    (r"eu", "oi"),
    (r"w", "v"),
    (r"z", "ts"),
)
#: Turkish: ğ, written g, unsounded in the ending -oğlu (Davutoglu: דבוטאולו); c as j
#: (Recep, Bahçeli: بهجلي; ç is written c too, and abjads write it as j).
TURKISH = ((r"oglu$", "olu"), (r"c(?![hkz])", "j"))
#: English: ow as au (Powell: Пауэлл, 파월), wa opening a word as wo and a final ace as es
#: (Wallace: Уоллес), och ending a word as ok (Murdoch: מרדוק).
_ENGLISH = ((r"ow(?!$)", "au"), (r"^wa", "wo"), (r"(?<=.)ace$", "es"), (r"och$", "ok"))
#: Slavic: j as y (Avdija: אבדיה, Jovanovic: Йованович), not in dj (Djokovic).
_SLAVIC = ((r"(?<!d)j", "y"),)
#: Serbian and Croatian names ending in -ić (written -ic): every c as ch, which ć and č
#: are (Vucic, Djokovic: Вучич, ג'וקוביץ', 조코비치).
_SERBO_CROATIAN = compile_rewrites(((r"c(?!h)", "ch"),))
_SERBO_CROATIAN_NAME = re.compile(r"ic$")
#: Hungarian, in words with its digraphs: sz as s, s as sh, cs as ch, zs as zh, gy as dj,
#: j and ly as y (Szijjarto: Сийярто, Meszaros: Месарош).
_HUNGARIAN = compile_rewrites(
    (
        (r"sz", "S"),
        (r"cs", "C"),
        (r"zs", "Z"),
        (r"gy", "D"),
        (r"l?j|ly", "y"),
        (r"s", "sh"),
        (r"S", "s"),
        (r"C", "ch"),
        (r"Z", "zh"),
        (r"D", "dj"),
    )
)
_HUNGARIAN_NAME = re.compile(r"sz|cs|zs|gy")
_LANGUAGES = [
    compile_rewrites(rules) for rules in (SPANISH, _ITALIAN, _GERMAN, _ENGLISH, TURKISH, _SLAVIC)
]
#: Shortest spelling kept.
_SHORTEST = 2


@lru_cache(maxsize=100_000)
def spoken_spellings(latin: str) -> tuple[str, ...]:
    """The French, Spanish, Italian, German, English, Slavic, Hungarian and Turkish spellings
    of a Latin word that differ from it (``charles`` → ``("sharl",)``, ``hugo`` → ``("ugo",)``);
    Serbo-Croatian and Hungarian ones only for words spelt as those languages' are."""
    french = rewrite(latin, _FRENCH)
    if french != latin:
        french = _FRENCH_FINAL_S.sub("", french)
    found = [_FINAL_E.sub("", french)]
    found.extend(rewrite(latin, rules) for rules in _LANGUAGES)
    if _SERBO_CROATIAN_NAME.search(latin):
        found.append(rewrite(rewrite(latin, _SERBO_CROATIAN), _LANGUAGES[-1]))
    if _HUNGARIAN_NAME.search(latin):
        found.append(rewrite(latin, _HUNGARIAN))
    return tuple(dict.fromkeys(s for s in found if s != latin and len(s) >= _SHORTEST))
