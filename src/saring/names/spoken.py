"""Latin names as French, Spanish, Italian, German, English, Portuguese, Dutch, Slavic,
Hungarian, Polish, Romanian, Albanian and Turkish sound them, for scripts that write by
sound; and names said far from their spelling (Siobhan, Menzies), from a table.

Russian, Arabic, Hebrew and Korean write such a name as it is said, not as it is spelt:
Charles is Шарль, شارل and שארל (sharl), Gaulle is Голль, Hollande Олланд, Hugo Уго, Giorgia
Джорджа (jorja), Steinmeier Штайнмайер (shtainmaier), Davutoglu דבוטאולו (davutolu), Vucic
فوتشيتش (vuchich), Szijjarto Сийярто (siyyarto). Read letter by letter, the Latin spelling is
too far from such a word. Each language's spelling
here is one more form of a Latin word, compared only with words written in those scripts,
never with another Latin spelling (Jones is not Jon).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from saring.names.pinyin_spelling import spelt_in_pinyin
from saring.names.rewrites import Rewrites, compile_rewrites, rewrite
from saring.names.tables import table_rows

_INITIAL_H = r"^h(?=[aeiou])"
#: French: an initial h unsounded, an opening des before c, j, m or r as de (Descartes: Декарт,
#: Desmoulins; not Destaing), y opening a word before a consonant as i (Yves: إيف), bv as v
#: (Lefebvre: لوفيفر), ch as sh (but chr, chl as kr, kl: Christine), qu as k, au and eau as o,
#: ou as u, or w before a vowel (Louis: 루이, Maaouya: معاوية, Aouate: אוואט), c before e or i
#: (and ç, written c) as s, g before e or i as zh (written j: Giscard, Жискар) and ge before or
#: too (Georges: Жорж, 조지), oi and a final oy as ua (Leroy: Леруа), a final ain, aing or aint
#: as en (Estaing, Эстен; Saint: سان), a final ont as on (Dupont: דופון), a final d after n, r
#: or au unsounded (Mitterrand, ميتران; Vallaud: فالو), a final amp or emp as a nasal an or en
#: (Deschamps: ديشان) and a final x after au, eu or ou (Ernaux: ארנו, Giroux), ill after a, e or
#: ou, the ll of an ill before a inside a word and a final eil or euil as y (Versailles,
#: Mireille, Bouillon, Cotillard: Котийяр, Auteuil) and Guillaume's
#: opening guill as giy (기욤, غيوم, גיום), th as t and s between vowels as z (Élisabeth:
#: 엘리자베트; not an s that c writes: Nacer), a final er after g, i or ch and a final iers as e
#: (Roger: روجيه, Didier, Boucher, Villiers: וילייה), a final t after er unsounded (Albert:
#: ألبير, Gilbert: Жильбер) and a final ent as an (Laurent: لوران, Лоран; not Kent, Brent); a
#: final e after a consonant unsounded, and a final s, a t after a vowel or a d after ou too in
#: a word with one of those spellings (Charles, Bachelet: باشليه, Giroud: جيرو; not Jones: a
#: Jones is no Jon).
_FRENCH = compile_rewrites(
    (
        (_INITIAL_H, ""),
        (r"^des(?=c[aou]|ch|[jmr])", "de"),
        (r"^y(?=[^aeiouy])", "i"),
        (r"bv", "v"),
        (r"ch(?=[rl])", "k"),
        (r"ch", "sh"),
        (r"qu", "k"),
        (r"(?<=[ae])ill|(?<=[^g]u)ill|(?<=[aeiou][^aeiou]i)ll(?=a)|(?<=e)il$|(?<=eu)il$", "y"),
        (r"(?<=au)d$", ""),
        (r"(?<=[ae])mps?$", "n"),
        (r"(?<=[aeo]u)x$", ""),
        (r"e?ault$", "o"),
        (r"e?au", "o"),
        (r"ou(?=[aeiy])", "w"),
        (r"ou", "u"),
        (r"(?<=[aeiou])s(?=[aeiou])", "z"),
        (r"c(?=[eiy]|oi)", "s"),
        (r"ge(?=or)|g(?=[eiy])", "j"),
        (r"^guill", "giy"),
        (r"oi|oy$", "ua"),
        (r"ain[gt]?$", "en"),
        (r"(?<=o)nt$", "n"),
        (r"(?<=[nr])d$", ""),
        (r"th", "t"),
        (r"(?<=[ijh])er$|(?<=i)ers$", "e"),
        (r"(?<=[a-z]{2})ert$", "er"),
        (r"(?<=[a-z]{3})ent$", "an"),
    )
)
_FRENCH_FINAL_S = re.compile(r"e?s$")
_FRENCH_FINAL_T = re.compile(r"[aeiou]t$|oud$")
#: A final ot after a doubled r or l, French however the word is spelt (Barrot: בארו; not
#: the Catalan Massot, whose t is said).
_FRENCH_OT = re.compile(r"(?:rr|ll)ot$")
_FRENCH_NASAL = compile_rewrites(((r"(?<=[aeiouy])[nm](?:[tdsxz]+$|(?=[^aeiouynm]|$))", "ng"),))
_FINAL_E = re.compile(r"(?<=[^aeiou])e$")
#: French as Arabic script writes it: the e of an unstressed first syllable as u, a waw
#: (Renard: رونار, Leclerc: لوكلير, Le Pen: لوبان), and a nasal vowel before an n or m as
#: an, an alif (Saint: سان, Villepin: فيلبان); only in words spelt the French way or opened
#: by le or de (not Amin, Hussein, Reza: أمين, حسين, رضا).
_ARABIC_FRENCH = compile_rewrites(
    (
        (r"^([^aeiouy]{1,2})e(?=(?:[^aeiouy]|[bcdfgkptv][lr])[aeiouy])", r"\1u"),
        (r"(?<=[^aeiouy])(?:ai|ei|e|i)[nm](?=[^aeiouynm]|$)", "an"),
    )
)
_FRENCH_OPENING = re.compile(r"^(?:le|de)[^aeiouy]")
#: Spanish: an initial h unsounded, a z ending a word or before a consonant as s (Velázquez:
#: فيلاسكيز), ll as y (Cabello: Кабельо, 카베요), g before e or i as kh in a word ending as
#: Spanish ones do, or before a final el or il (Ángel: أنخيل, Gil: Хиль), and c before e or i as
#: s (Sergio: سيرخيو, García: غارسيا; not George), qu and gu before e or i as k and g
#: (Guillermo: גיירמו, Rodríguez: Родригес), else u before a, e or i and o before a as w
#: (Guaidó: غوايدو, Manuel: مانويل, Joaquín: خواكين); j as kh opening only the commonest Spanish
#: given and family names (Juan: خوان, Javier: חוויאר, Jiménez: خيمينيز): in these scripts a j
#: is mostly an Arabic name's, and Jalali is no Halali; before a vowel, after a vowel or n, in a
#: word ending as Spanish ones do (Carvajal: Карвахаль, Orejuela: אורחואלה, Benjamín: בנחמין).
_SPANISH_Z = (r"z$|z(?=[bcdfgklmnpqrstv])", "s")
SPANISH = (
    (_INITIAL_H, ""),
    _SPANISH_Z,
    (r"ll", "y"),
    (r"^j(?=uan|avier|ose|orge|esus|oaquin|ulio|aime|imene[sz]|uare[sz])", "kh"),
    (r"(?<=[aeioun])j(?=[aeiou])(?=[a-z]*(?:[ao]|e[sz]|[aeo]l|in)$)", "kh"),
    (r"g(?=[ei][a-z]*(?:[ao]|e[sz]|an|el)$|[ei]l$)", "kh"),
    (r"c(?=[ei])", "s"),
    (r"qu(?=[ei])", "k"),
    (r"gu(?=[ei])", "g"),
    (r"(?<=[^aeiouq])u(?=[aei])", "w"),
    (r"(?<=[^aeiou])o(?=a)", "w"),
)
#: Italian, and Polish ci: ch before e or i as k (Gioachino: ג'ואקינו), gi and ci before a
#: vowel as j and ch (Ciechanover: צ'חנובר), sc before e or i as sh, c before e or i as ch
#: and cc as tch (Ancelotti: أنشيلوتي, Ricci: ريتشي), gn as ny; also with zz, and z before i
#: and a vowel, as ts (Ignazio: إينياتسيو; not Zayed) and an s between vowels as z
#: (Scorsese: סקורסזה, Скорсезе; Korean writes 주세페 for Giuseppe), and with the i of gi and
#: ci written, as Arabic often writes it (Luciano: لوتشيانو, Giovanni: جيوفاني).
_ITALIAN_CH = (r"c?ch(?=[ei])", "k")
_ITALIAN_C_AND_GN = (
    (r"sc(?=[ei])", "sh"),
    (r"cc(?=[ei])", "tch"),
    (r"c(?=[ei])", "ch"),
    (r"gn", "ny"),
)
_ITALIAN = (_ITALIAN_CH, (r"gi(?=[aeou])", "j"), (r"ci(?=[aeou])", "ch"), *_ITALIAN_C_AND_GN)
_ITALIAN_SOUNDED = (*_ITALIAN, (r"zz|z(?=i[aeiou])", "ts"), (r"(?<=[aeiou])s(?=[aeiou])", "z"))
_ITALIAN_WRITTEN_I = (
    _ITALIAN_CH,
    (r"gi(?=[aeou])", "ji"),
    (r"ci(?=[aeou])", "chi"),
    *_ITALIAN_C_AND_GN,
)
#: German: a final dt as t (Schmidt: شميت), sch as sh (Schulz: Шульц), chs as ks (Fuchs:
#: פוקס, Фукс), a final off as ov and chr opening a word ending so or in ow as khr, as
#: German spells Russian and Bulgarian names (Christoff: Христов), ch after a vowel or r as
#: kh (Richter: Рихтер, Archipenko: Архипенко; not before r or l, nor in a Slavic -vich), st
#: and sp opening a word or a compound's stein, steig, stadt or spiel as sht and shp
#: (Einstein: Эйнштейн, أينشتاين), z as ts and s opening a word before a vowel as z
#: (Sigmund: זיגמונד, Зигмунд), ie as i (not after an e: Meier), ei as ai, eu as oi, w as v
#: and j as y (Steinmeier: Штайнмайер, 슈타인마이어; Walter: Вальтер; Jürgen: Юрген).
_GERMAN_Z = (r"z", "ts")
_GERMAN = (
    (r"dt$", "t"),
    (r"sch", "sh"),
    (r"chs", "ks"),
    (r"^ch(?=r[a-z]*(?:off|ow)$)", "kh"),
    (r"(?<=o)ff$", "v"),
    (r"(?<=[aeiouyr])(?<!vi)ch(?![rl])", "kh"),
    (r"^s(?=[tp])|(?<=[bdfgklmnprt])s(?=tein|teig|tadt|piel)", "sh"),
    _GERMAN_Z,
    (r"^s(?=[aeiou])", "z"),
    (r"(?<!e)ie", "i"),
    (r"ei", "ai"),
    (r"eu", "oi"),
    (r"w", "v"),
    (r"(?<!d)j", "y"),
)
#: Turkish: ğ, written g, unsounded in the ending -oğlu (Davutoglu: דבוטאולו); c as j before
#: a vowel and anywhere in a word ending in -oğlu (Recep, Sancar: سنجار; ç is written c too,
#: and abjads write it as j); a t after a vowel ending a word or before -oğlu as the d it
#: writes in Arabic (Ahmet, Mesut: أحمد, مسعود).
TURKISH = (
    (r"c(?=[aeiou]|[a-z]*oglu$)", "j"),
    (r"oglu$", "olu"),
    (r"(?<=[aeiou])t(?=$|oglu$)", "d"),
)
#: Arabic script writes -oğlu with its ğ (أوغلو): the c as j alone, in such words, and a t
#: before it as d (Davutoğlu: داود أوغلو).
_TURKISH_OGLU = compile_rewrites(((r"c", "j"), (r"(?<=[aeiou])t(?=oglu$)", "d")))
_TURKISH_OGLU_NAME = re.compile(r"oglu$")
#: English: qu before a vowel as kw (Quett: קווט, Quentin: Квентин), wh opening a word as w
#: (Whitney: ويتني), w before r, k before n and rh as r there, chr as kr (Chris: Крис), th opening a
#: word as t (Thompson: تومسون) and between vowels as z (Mayweather: Мейвезер), tt before h as t
#: (Matthews), a p between m and s or t unsounded, hu as hyu before gh, a final es or one consonant
#: and a vowel (Hughes: هيوز, Hubert), gh unsounded after a vowel (Leigh, McDonagh: ماكدونا; Vaughan
#: and Maugham: von, mom), a short ough as of (Gough: 고프) and after r as o (Attenborough), eigh as
#: i at the end (Raleigh) and as ei inside, igh as ai (Wright: رايت, Knight: Найт), a short all as
#: ol (Hall: هول), alk as ok (Walker: ووكر), l unsounded between a or o and m (Malcolm: مالكوم,
#: Holmes), oo as u (Moore: Мур), ch as k after an opening mi or ni (Nicholson) and in -michael
#: (McMichael: מקמייקל), ou before g or n as a after d or y (Douglas, Young: Янг), a first u before
#: two consonants (not r, c or k: Murdoch, Chuck) as a (Cunningham, Hunt), a first a or i before one
#: consonant and a vowel or final e as ei and ai (Mason: ميسون, White: Уайт), a final e after a
#: vowel and a consonant unsounded and a final es as s after u or a voiced consonant (Barnes:
#: بارنز), ee and ea before a last consonant as i (Heaney: Гіні), a final ey as i, ew after a
#: consonant as u (Lewis: 루이스, Andrew: Эндрю), aw before a consonant as o (Hawking: 호킹), no h
#: after o before a consonant or e (Johnny: Джонни; Cohen: Коэн), ow as au (Powell: Пауэлл, 파월),
#: wa opening a word as wo and a final ace as es (Wallace: Уоллес), och ending a word as ok
#: (Murdoch: מרדוק), Mc as mak and au as o (McFaul: Макфол), a final chs as ks (Sachs: Сакс); and
#: tsh as ch, as Congolese names write it (Tshisekedi: Чисекеди).
_ENGLISH_EW = (r"(?<=[^aeiou])ew", "u")
#: English ur after a consonant and before one (not r), also as er, as Russian writes it
#: (Burns: Бернс, Cliburn: Клиберн; Murdoch is Мердок and מרדוק; Murray is no Merray).
_ENGLISH_UR = re.compile(r"(?<=[^aeiouy])ur(?=[^aeiouyr]|$)")
_ENGLISH = (
    (r"qu(?=[aeiy])", "kw"),
    (r"^wh", "w"),
    (r"^w(?=r)|^k(?=n)", ""),
    (r"^rh", "r"),
    (r"^ch(?=r)", "k"),
    (r"^th", "t"),
    (r"(?<=m)p(?=[st])", ""),
    (r"^hu(?=$|gh|es$|[bm][aeiouy])", "hyu"),
    (r"(?<=au)gha(?=[nm]$)", ""),
    (r"^([a-z]{1,2})ough$", r"\1of"),
    (r"(?<=r)ough$", "o"),
    (r"eigh$", "i"),
    (r"eigh", "ei"),
    (r"(?<!e)igh", "ai"),
    (r"(?<=.)ace$", "es"),
    (r"(?<=[aeiou])gh(?=$|es$|[^aeiouy])", ""),
    (r"^([a-z]{1,3})all$", r"\1ol"),
    (r"alk", "ok"),
    (r"(?<=[ao])l(?=m)", ""),
    (r"oo", "u"),
    (r"(?<=^[mn]i)ch", "k"),
    (r"(?<=mi)ch(?=ael)", "k"),  # Michael inside a name: McMichael, Carmichael
    (r"(?<=^[dy])ou(?=[gn])", "a"),
    (r"^([^aeiouy]*)u(?=[bdfglmnpst][^aeiouy]|ck)", r"\1a"),
    (r"^([^aeiouy]*)a(?=[bcdfgklmnpstvz](?:[aeiouy]|es?$))", r"\1ei"),
    (r"^([^aeiouy]*)i(?=[bcdfgklmnpstvz]es?$)", r"\1ai"),
    (r"tth", "t"),
    (r"(?<=[aeiouy])ce$", "s"),  # soft before the unsounded e: Maurice, Joyce
    (r"(?<=[aeiouy])ge$", "j"),  # Page
    (r"(?<=[aeiouy][bcdfgklmnprstvz])e$", ""),
    (r"(?<=u)es$|(?<=[bdgkmnprtvz])es$", "s"),
    (r"ea(?=[^aeiou](?:ey|y|e)?$)|ee", "i"),
    (r"(?<=[^aeiou])ey$", "i"),
    (r"(?<=[aeiou])th(?=[aeiou])", "z"),
    _ENGLISH_EW,
    (r"au", "o"),
    (r"aw(?![aeiou])", "o"),
    (r"(?<=o)h(?![aiouy])", ""),
    (r"ow(?!$)", "au"),
    (r"^wa(?![iy])", "wo"),
    (r"och$", "ok"),
    (r"tsh", "ch"),
    (r"(?<=[aeiou])chs$", "ks"),  # Sachs: Сакс
    (r"^mc", "mak"),
    (r"c(?=[eiy])", "s"),  # soft c: Quincy, Vincent (Квинси, Винсент)
)
#: Portuguese s before a consonant, which Russian writes ш (see `_PORTUGUESE_HEARD`).
_PORTUGUESE_S = (r"s(?=[^aeiouyhz])", "sh")
#: Portuguese: lh and nh as ly and ny, a final es and os as ish and ush (Guterres: Гутерриш,
#: غوتيريش; Santos: Сантуш), s between vowels as z and before a consonant as sh, a final o as
#: u, a final e after a consonant as i and o before a as w (Soares: سواريش; Paulo Coelho:
#: Пауло Коэльо, 파울루 코엘류; António Costa: Антониу Кошта; Cardoso: 카르도주).
_PORTUGUESE = (
    (r"lh", "ly"),
    (r"nh", "ny"),
    (r"es$", "ish"),
    (r"os$", "ush"),
    (r"(?<=[aeiou])s(?=[aeiou])", "z"),
    _PORTUGUESE_S,
    (r"o$", "u"),
    (r"(?<=[^aeiou])e$", "i"),
    (r"(?<=[^aeiou])o(?=a)", "w"),
)
#: Portuguese as the other scripts hear it: only Russian writes an s before a consonant as
#: sh (Кошта, but كوستا); in Arabic script sh is ش, which an Arabic name's s is not (المشري
#: is no Masri).
_PORTUGUESE_HEARD = tuple(rule for rule in _PORTUGUESE if rule != _PORTUGUESE_S)
#: Slavic: j as y (Avdija: אבדיה, Jovanovic: Йованович), not in dj (Djokovic); -vitz, the
#: German spelling of -vich, as -vich (Segalovitz: סגלוביץ').
_SLAVIC = ((r"(?<!d)j", "y"), (r"[vw]itz$", "vich"))
#: Serbian and Croatian names ending in -ić (written -ic): every c as ch, which ć and č
#: are, then as Slavic (Vucic, Djokovic: Вучич, ג'וקוביץ', 조코비치).
_SERBO_CROATIAN = compile_rewrites(((r"c(?!h)", "ch"), *_SLAVIC))
_SERBO_CROATIAN_NAME = re.compile(r"ic$")


def _with_digraphs(
    digraphs: Sequence[tuple[str, str]], rules: Sequence[tuple[str, str]]
) -> Rewrites:
    """Rewrites that read each of ``digraphs`` as its sound, untouched by ``rules`` (applied
    to the rest of the word in between): each is held by an upper-case letter meanwhile,
    which lower-case words never hold."""
    held = [(digraph, chr(ord("A") + i), sound) for i, (digraph, sound) in enumerate(digraphs)]
    return compile_rewrites(
        (
            *((digraph, mark) for digraph, mark, _ in held),
            *rules,
            *((mark, sound) for _, mark, sound in held),
        )
    )


#: Hungarian, in words with its digraphs: sz as s, s as sh, cs as ch, zs as zh, gy as dj,
#: j and ly as y (Szijjarto: Сийярто, Meszaros: Месарош).
_HUNGARIAN_DIGRAPHS = (("sz", "s"), ("cs", "ch"), ("zs", "zh"))
_HUNGARIAN_RULES = ((r"l?j|ly", "y"), (r"s", "sh"))
_HUNGARIAN = _with_digraphs((*_HUNGARIAN_DIGRAPHS, ("gy", "dj")), _HUNGARIAN_RULES)
#: The same with gy as the j abjads write for it (György: ג'רג', جورج).
_HUNGARIAN_J = _with_digraphs((*_HUNGARIAN_DIGRAPHS, ("gy", "j")), _HUNGARIAN_RULES)
_HUNGARIAN_NAME = re.compile(r"sz|cs|zs|gy")
#: Dutch, in words with its doubled vowels, oe, ij, ui or sch: g as kh, w as v, the doubled
#: vowels single, oe as u, ij as ei, sch as skh, j as y (Geert: Херт, خيرت, 헤이르트; De Croo:
#: де Кро).
_DUTCH = compile_rewrites(
    (
        (r"sch", "skh"),
        (r"g", "kh"),
        (r"w", "v"),
        (r"([aeou])\1", r"\1"),
        (r"oe", "u"),
        (r"ij", "ei"),
        (r"j", "y"),
    )
)
_DUTCH_NAME = re.compile(r"([aeou])\1|oe|ij|ui|sch")
#: Dutch as it spells Russian names, in words with sj: tsj as ch, sj as sh, ch as kh, oe as
#: u, j as y (Nikolaj Tsjernysjevski: Николай Чернышевский; Chroesjtsjov: Хрущёв).
_DUTCH_RUSSIAN = _with_digraphs(
    (("tsj", "ch"), ("sj", "sh"), ("ch", "kh")), ((r"oe", "u"), (r"j", "y"))
)
_DUTCH_RUSSIAN_NAME = re.compile("sj")
#: Polish, in words with sz, cz or rz, ending in -ski, -cki, -ska, -cka or -wicz, or with ci
#: or j before a vowel after w or o: sz as sh, cz as ch, rz as zh (sh after k, p or t:
#: Krzysztof, קשישטוף), ch as kh, sci as ść sounds (Kapuściński: Капущинский), w as v, ci
#: before a vowel and c as ts, ie as ye, j as y (Mateusz Morawiecki: מטאוש מורבייצקי; Wojciech:
#: Войцех; Frumka Płotnicka: פרומקה פלוטניצקה).
_POLISH_DIGRAPHS = (
    ("sci", "shchi"),
    *((f"{c}rz", f"{c}sh") for c in "kpt"),
    ("sz", "sh"),
    ("cz", "ch"),
    ("rz", "zh"),
    ("ch", "kh"),
)
_POLISH = _with_digraphs(
    _POLISH_DIGRAPHS,
    ((r"w", "v"), (r"ci(?=[aeou])", "ts"), (r"c", "ts"), (r"ie", "ye"), (r"j", "y")),
)
#: Polish ć (written c) and ci before a vowel as Arabic script and Hebrew hear them: as ch
#: (Wójcik: فويتشيك; Russian hears ts: Войцех).
_POLISH_SOFT = _with_digraphs(
    _POLISH_DIGRAPHS,
    ((r"w", "v"), (r"ci(?=[aeou])|c(?=i)", "ch"), (r"c(?!h)", "ts"), (r"ie", "ye"), (r"j", "y")),
)
_POLISH_NAME = re.compile(r"sz|cz|rz|[cs]k[ia]$|wicz$|[wo]j(?=[aeiou]|ci)")
#: Ukrainian, whose г Latin spellings write h where Russian's is g, and which Hebrew writes
#: as Russian does, ג (Serhiy, Oleh, Olha, Hennadiy: סרגיי, אולג, אולגה, גנאדי): in a word
#: with an h after r, l, v or n, an opening hr, an ohd (Bohdan), or ending as Ukrainian names
#: do, an h outside a digraph as g.
_UKRAINIAN_H = compile_rewrites(((r"(?<![sckztgpd])h", "g"),))
_UKRAINIAN_NAME = re.compile(r"(?<=[rlvn])h|^hr|ohd|eh$|i[yi]$|yna$|enko$")
#: Latvian, which writes a Russian man's name with its own -s after the last consonant (or
#: -ijs for -ий) and й, я, ё with j (Sergejs Ivanovs: Сергей Иванов; Dmitrijs, Zolotarjovs:
#: Золотарёв; Deniss: Денис): as Russian writes it, the s unwritten and j as y.
_LATVIAN = compile_rewrites(((r"s$", ""), (r"j", "y")))
_LATVIAN_NAME = re.compile(r"(?<=[^aeiouyhsw])s$|(?<=[aeiou]s)s$")
#: Lithuanian, which writes a Russian man's name with its own endings: -as after the last
#: consonant (Ivanas Konevas: Иван Конев), -us after й (Sergejus: Сергей), -is for -ий
#: (Dostojevskis): as Russian writes it, without them, and j as y.
_LITHUANIAN = compile_rewrites(((r"(?<=j)us$|as$", ""), (r"(?<=sk)is$", "iy"), (r"j", "y")))
_LITHUANIAN_NAME = re.compile(r"(?:ov|ev|in)as$|[iea]jus$|(?<=[dnrv])as$|skis$")
#: English family names made of a given name and s, not read so (Williams is no Уильям).
_ENGLISH_FINAL_S = re.compile(
    r"(?:ams|ards|erts|[ai]els|ens|kins|lins|ers|ips|obs|mons|sons|olds|ngs)$"
)
#: A Polish woman's family name in -ska or -cka, which Russian writes as its own -ская and
#: -цкая (Agnieszka Radwańska: Агнешка Радваньская; Maria Skłodowska: Склодовская).
_POLISH_FEMININE = re.compile(r"[cs]ka$")
#: Hebrew names as Israel spells them, in words with tz: tz as ts, ch as kh (Tzachi: تساحي,
#: Цахи; Tzipi Livni).
_ISRAELI = compile_rewrites(((r"tz", "ts"), (r"ch", "kh")))
_ISRAELI_NAME = re.compile(r"tz")
#: Romanian, in words ending in -escu or -eanu: c and g before e or i as ch and j, the e
#: unsounded before a (Ceaușescu: Чаушеску, Gheorghiu-Dej), ch and gh as k and g.
_ROMANIAN = _with_digraphs(
    (("ch", "k"), ("gh", "g")),
    ((r"ce(?=a)|c(?=[ei])", "ch"), (r"ge(?=a)|g(?=[ei])", "j")),
)
_ROMANIAN_NAME = re.compile(r"escu$|eanu$")
#: German as it writes Russian names, in words with tsch: tsch as ch, then German
#: (Pljuschtschenko: Плющенко; in other words a t before sch: Altschuler).
_GERMAN_TSCH = _with_digraphs((("tsch", "ch"),), _GERMAN)
_GERMAN_TSCH_NAME = re.compile("tsch")
#: German as it writes Russian names with ж, in words with sch: sch as zh, then German, and
#: an s between vowels or before a voiced consonant as z (Schukow: Жуков, Schelesnjak:
#: Железняк; ш, also sch, is the German spelling's own).
_GERMAN_ZH = _with_digraphs(
    (("tsch", "ch"), ("sch", "zh")),
    (*_GERMAN, (r"(?<=[aeiou])s(?=[aeiou]|[lmnrbdgv])", "z")),
)
_GERMAN_SCH_NAME = re.compile("sch")
#: Albanian, in words with xh or gj: both as j, q as ch, x as dz, c as ts and j as y
#: (Hoxha: خوجة, Ходжа; Xhaka: Джака).
_ALBANIAN = _with_digraphs(
    (("xh", "j"), ("gj", "j")), ((r"q", "ch"), (r"x", "dz"), (r"c", "ts"), (r"j", "y"))
)
_ALBANIAN_NAME = re.compile("xh|gj")
_LANGUAGES = [
    compile_rewrites(rules)
    for rules in (SPANISH, _ITALIAN, _ITALIAN_SOUNDED, _ITALIAN_WRITTEN_I, TURKISH, _SLAVIC)
]
#: Spanish as Spain says it, and the Arabic press writes it: z, and c before e or i, as th
#: (Zapatero: ثاباتيرو, González: غونثاليث).
_CASTILIAN_TH = {_SPANISH_Z: (r"z", "th"), (r"c(?=[ei])", "s"): (r"c(?=[ei])", "th")}
_CASTILIAN = compile_rewrites(tuple(_CASTILIAN_TH.get(rule, rule) for rule in SPANISH))
_ENGLISH_RULES = compile_rewrites(_ENGLISH)
#: English as Russian hears ew: as yu (Matthews: Мэтьюз, Lewis: Льюис).
_ENGLISH_RUSSIAN_RULES = compile_rewrites(
    tuple((r"(?<=[^aeiou])ew", "yu") if rule == _ENGLISH_EW else rule for rule in _ENGLISH)
)
#: English final s after a vowel, as z (Andrews: אנדרוז, Hughes: יוז).
_VOICED_S = re.compile(r"(?<=[aeiouw])s$")
_GERMAN_RULES = compile_rewrites(_GERMAN)


@lru_cache(maxsize=100_000)
def german_spelling(latin: str) -> str:
    """A Latin word as German sounds it (`_GERMAN`): Schlomo as shlomo, Jehuda as yehuda."""
    return rewrite(latin, _GERMAN_RULES)


#: German as Arabic script hears it: a z is ز, not the s of تس (السعيد is no Zayed).
_GERMAN_ARABIC_RULES = compile_rewrites(tuple(rule for rule in _GERMAN if rule != _GERMAN_Z))
#: German's lengthening h, after a vowel before l, m, n or r, which Russian leaves
#: unwritten (Lehmann: Леман, Kuhn: Кун, Icahn: Икан); Arabic and Persian names' h it writes
#: (Ahmad: Ахмад), so only as Russian hears it.
_LENGTHENING_H = compile_rewrites(((r"(?<=[aeiou])h(?=[lmnr])", ""),))
#: Turkish ğ, written g, unsounded before a final -an, as Hebrew writes it (Erdoğan: ארדואן;
#: Arabic and Russian write it: أردوغان, Эрдоган).
_TURKISH_GAN = re.compile(r"(?<=[aeiou])g(?=an$)")
_PORTUGUESE_RULES = compile_rewrites(_PORTUGUESE)
_PORTUGUESE_HEARD_RULES = compile_rewrites(_PORTUGUESE_HEARD)
#: Shortest spelling kept.
_SHORTEST = 2
#: Magomed, Muhammad as the North Caucasus says it and Russian spells it, and Muhammad as
#: Arabic script writes it (محمد: Nurmagomedov, نورمحمدوف).
_MAGOMED, _MUHAMMAD = "magomed", "muhamad"


#: Languages whose spellings are only given to words spelt as theirs are.
#: Catalan and Basque, in words with uig or tx: ig and tx as ch and a final t after n unsounded
#: (Puigdemont: Пучдемон, פוצ'דמון; Arantxa: 아란차).
_CATALAN = compile_rewrites(((r"uig", "uch"), (r"tx", "ch"), (r"(?<=[aeiou]n)t$", "")))
_CATALAN_NAME = re.compile("uig|tx")
#: Mandarin, in words spelt in pinyin, as the scripts without a table of its syllables write
#: its sounds (not Russian's, which tells zh from j): zh as j, x as sh, q as ch, c as ts (Lu
#: Xun: לו שון; Liu Cixin: ליו צישין).
_MANDARIN_SOUNDS = ((r"x", "sh"), (r"q", "ch"), (r"c(?!h)", "ts"))
_MANDARIN = compile_rewrites(((r"zh", "j"), *_MANDARIN_SOUNDS))
#: Mandarin zh as ch too, as the Arabic press writes it (Zhang Wei: تشانغ وي).
_MANDARIN_ZH = compile_rewrites(((r"zh", "ch"), *_MANDARIN_SOUNDS))
#: Vietnamese, in words spelt as one of its syllables closed on nh: the nh as n, as the
#: abjads write it (Thanh: טאן, Minh: מין, Trinh: טרין); Russian writes нь (Тхань).
_VIETNAMESE = compile_rewrites(((r"nh$", "n"),))
_VIETNAMESE_NAME = re.compile(r"^(?:[bcdghklmnpqrstvx]|ch|kh|ng|ph|th|tr)?[aeiouy]{1,3}nh$")
#: Indonesian and Malay spellings of Arabic names, in words with sy before a vowel, dz, dj
#: or tj: sy as sh (Hasyim: هاشم, Asy'ari: أشعري), dz as z (Hafidz: حفيظ), and the old
#: spelling's dj as j and tj as ch (Djaelani: الجيلاني).
_INDONESIAN = compile_rewrites(
    ((r"sy(?=[aeiou])", "sh"), (r"dz", "z"), (r"dj", "j"), (r"tj", "ch"))
)
_INDONESIAN_NAME = re.compile(r"sy(?=[aeiou])|dz|dj|tj")
_MARKED = (
    (_INDONESIAN_NAME, _INDONESIAN),
    (_SERBO_CROATIAN_NAME, _SERBO_CROATIAN),
    (_HUNGARIAN_NAME, _HUNGARIAN),
    (_HUNGARIAN_NAME, _HUNGARIAN_J),
    (_DUTCH_NAME, _DUTCH),
    (_DUTCH_RUSSIAN_NAME, _DUTCH_RUSSIAN),
    (_POLISH_NAME, _POLISH),
    (_ROMANIAN_NAME, _ROMANIAN),
    (_ISRAELI_NAME, _ISRAELI),
    (_TURKISH_OGLU_NAME, _TURKISH_OGLU),
    (_GERMAN_TSCH_NAME, _GERMAN_TSCH),
    (_GERMAN_SCH_NAME, _GERMAN_ZH),
    (_CATALAN_NAME, _CATALAN),
    (_ALBANIAN_NAME, _ALBANIAN),
)

#: Names said far from how they are spelt (`sounded_names.csv`: Siobhan, Menzies, Huw).
_SOUNDED = {row[0]: tuple(row[1].split()) for row in table_rows("sounded_names.csv")}


def sounded(latin: str) -> tuple[str, ...]:
    """How a name said far from its spelling is said (`sounded_names.csv`: ``siobhan`` →
    ``shivon``); empty for other words."""
    return _SOUNDED.get(latin, ())


def french_spelling(latin: str, nasal: bool = False) -> str:
    """A Latin word as French sounds it; with ``nasal``, a vowel before an n or m that ends
    a syllable, and a silent consonant after it, written with ng, as Korean writes French
    nasal vowels (마크롱: Macron, 로랑: Laurent, 올랑드: Hollande)."""
    return _french_finished(latin, rewrite(latin, _FRENCH), nasal)


def _french_finished(latin: str, french: str, nasal: bool = False) -> str:
    """`french_spelling` of ``latin`` from ``french``, its `_FRENCH` rewrite; the e of a
    final -et is said (Doucet: دوسيه, Дусе)."""
    said_e = False
    if french != latin or _FRENCH_OT.search(latin):
        french = _FRENCH_FINAL_S.sub("", french)
        if _FRENCH_FINAL_T.search(latin):
            french = french[:-1]
            said_e = latin.endswith("et")
    if nasal:
        french = rewrite(french, _FRENCH_NASAL)
    return french if said_e else _FINAL_E.sub("", french)


def russian_form(latin: str) -> str | None:
    """A Latin spelling as Russian writes the name where the spelling's language gives it an
    ending of its own: a Polish woman's -ska or -cka as -ская (``kowalska`` → ``kovalskaya``),
    a Lithuanian man's -as, -us or -is left out (``konevas`` → ``konev``); None for other
    words."""
    if _POLISH_FEMININE.search(latin):
        return rewrite(latin, _POLISH) + "ya"
    if _LITHUANIAN_NAME.search(latin):
        return rewrite(latin, _LITHUANIAN)
    return None


@lru_cache(maxsize=100_000)
def russian_forms(latin: str) -> tuple[str, ...]:
    """A Latin spelling as Russian writes the name where the spelling's language gives it an
    ending of its own: `russian_form`, and a Latvian man's -s left out with its j as y
    (``sergejs`` → ``sergey``, ``lavrovs`` → ``lavrov``; not English family names such as
    Williams)."""
    forms = []
    if (form := russian_form(latin)) is not None:
        forms.append(form)
    if _LATVIAN_NAME.search(latin) and not _ENGLISH_FINAL_S.search(latin):
        forms.append(rewrite(latin, _LATVIAN))
    return tuple(forms)


@lru_cache(maxsize=100_000)
def spoken_spellings(
    latin: str, russian: bool = False, arabic: bool = False, hebrew: bool = False
) -> tuple[str, ...]:
    """The spellings of a Latin word as French, Spanish, Italian, German, English,
    Portuguese, Slavic and Turkish sound it, where they differ from it (``charles`` →
    ``sharl``, ``hugo`` → ``ugo``), and how a name far from its spelling is said
    (``siobhan`` → ``shivon``); Serbo-Croatian, Hungarian, Dutch, Polish, Romanian, Albanian,
    Indonesian and more Turkish ones only for words spelt as those languages' are. French
    spellings of Arabic and Hebrew names sound their final consonant too (Chétrit: שטרית).
    Portuguese s before a consonant is sh and English ew as yu only as ``russian`` hears
    them, German's lengthening h unsounded as ``russian`` and ``hebrew`` do (Ehrlich:
    ארליך), German z no ts as ``arabic`` script does, a Vietnamese syllable's final nh as n
    but not as ``russian`` hears it (Тхань). A Ukrainian h is g as ``hebrew`` writes it
    (Olha: אולגה), and a Turkish ğ before a final -an unsounded (Erdoğan: ארדואן); Latvian,
    Lithuanian and Polish women's endings are Russian's as ``russian`` writes them
    (`russian_forms`; Sergejs: Сергей); Magomed is Muhammad as ``arabic`` script writes it."""
    french = rewrite(latin, _FRENCH)
    finished = _french_finished(latin, french)
    found = [*sounded(latin), finished, _FINAL_E.sub("", french)]
    # not a word whose French reading only drops its h (Hussein: ussein)
    french_way = french != latin and french != latin[1:]
    if arabic and (french_way or _FRENCH_OPENING.match(latin)):
        found.append(rewrite(finished, _ARABIC_FRENCH))
    if french.endswith("e") and latin.endswith(("er", "ers")):
        found.append(french)  # a final er `_FRENCH` writes as a said e: Roger, רוז'ה
    if latin.startswith("h"):
        # French spellings of Arabic names write the h they do not sound (Hanoune: حنون)
        found.append("h" + french_spelling(latin[1:]))
    found.extend(rewrite(latin, rules) for rules in _LANGUAGES)
    english = rewrite(latin, _ENGLISH_RULES)
    found += [english, _VOICED_S.sub("z", english), _ENGLISH_UR.sub("er", english)]
    if russian:
        found.append(_VOICED_S.sub("z", rewrite(latin, _ENGLISH_RUSSIAN_RULES)))
    if arabic:
        found.append(rewrite(latin, _CASTILIAN))
        if _MAGOMED in latin:
            found.append(latin.replace(_MAGOMED, _MUHAMMAD))
    found.append(rewrite(latin, _GERMAN_ARABIC_RULES) if arabic else german_spelling(latin))
    found.append(rewrite(latin, _PORTUGUESE_RULES if russian else _PORTUGUESE_HEARD_RULES))
    if russian or hebrew:
        found.append(rewrite(latin, _LENGTHENING_H))
    if hebrew and "h" in latin and _UKRAINIAN_NAME.search(latin):
        found.append(rewrite(latin, _UKRAINIAN_H))
    if hebrew and latin.endswith("gan"):
        found.append(_TURKISH_GAN.sub("", latin))
    for marks, rules in _MARKED:
        if marks.search(latin):
            found.append(rewrite(latin, rules))
    if russian:
        found.extend(russian_forms(latin))
    if not russian and _POLISH_NAME.search(latin):
        found.append(rewrite(latin, _POLISH_SOFT))
    if not russian and _VIETNAMESE_NAME.search(latin):
        found.append(rewrite(latin, _VIETNAMESE))
    if not russian and spelt_in_pinyin(latin):
        found += [rewrite(latin, _MANDARIN), rewrite(latin, _MANDARIN_ZH)]
    return tuple(dict.fromkeys(s for s in found if s != latin and len(s) >= _SHORTEST))
