"""Cross-script person names: a listed name in its own script against its Latin spelling.

Pairs come from the bundled lists themselves: every listed person with a name written in a
non-Latin script (UN ``NAME_ORIGINAL_SCRIPT``, UK "Name non-latin script", OFAC aliases) gives

- a positive: that name against the person's first Latin name;
- a look-alike negative: that name against the first Latin name of another listed person
  sharing a Latin name token with it (same family or given name), skipping people who share a
  Latin name or a birth date with the first (the same person listed twice).

A second set comes from ``benchmarks/data/public_figures.csv``: public figures (politicians,
officials, listed persons) written in Hangul, Hebrew, Arabic or Persian, and Cyrillic, each
against its usual Latin spelling in the press or on a list (positives) and against the Latin
spelling of every other figure of the same script (negatives; two spellings of one person
share its ``person`` key). The lists hold few Hebrew and Hangul names; this set has 1,937
to 2,046 names per script, written in forty-nine rounds (the second and the fourth checked
the rules the rounds before had led to): Hangul holds North Korean officials in the spellings their
listings use and South Korean figures in the spellings of the press and passports (Park
Chung-hee); the third added 32 Chinese and Korean figures in Cyrillic as the Russian press
writes them (Си Цзиньпин, Ким Чен Ын), with the readings of such names; the fourth family
members and namesakes of earlier figures (Benny Begin, Uday Hussein, 김정일, Heydar Aliyev) and
Western figures in Cyrillic (Джо Байден); the fifth world figures as the Korean, Arab and
Israeli press write them (74 in Hangul: 도널드 트럼프, 세르게이 라브로프; 68 in Arabic and 62 in
Hebrew script: سيرغي لافروف, ג'ו ביידן), scored before the rules they led to (foreign names in
Hangul read by sound, Arabic ف for v, an English silent h), so held out only in that score;
the sixth 119 world figures in Hangul from other languages than English (시진핑: Xi Jinping, 자크
시라크, 기시다 후미오), partly scored before the rules they led to (Chinese names in Hangul read
in pinyin, French, Spanish, Japanese and Turkish spellings heard as Korean writes them); the
seventh 122 world figures in Arabic, Hebrew and Cyrillic (Шарль де Голль, فرانسوا هولاند),
scored before the rules they led to (French, Spanish and Italian sounds of a Latin name); the
eighth 202 office holders, listed persons and business people of every origin in all four
scripts (프랑크발터 슈타인마이어, ديلما روسيف, פתחי שקאקי, Валери Жискар д’Эстен), scored before
the rules they led to (German and Turkish sounds, more French ones, Latin spellings as abjads
hear them); the ninth 200 more of every origin in all four scripts (알렉산다르 부치치, دولت
بهجلي, רופרט מרדוק, Петер Сийярто), scored before the rules they led to (Serbo-Croatian,
Hungarian and English sounds, -oğlu written apart in Arabic, a middle name left out); the
tenth 200 more, mostly from Portugal and Brazil, the Low Countries, Poland, Africa and South
and South-East Asia (파울루 코엘류, خيرت فيلدرز, מטאוש מורבייצקי, Антониу Кошта), scored
before the rules they led to (Portuguese, Dutch and Polish sounds, a title one name writes as
a name part); the eleventh 200 people of each script's own language area in full, as lists
write them (North Korean officials, Gulf royals' name chains, Israeli settlers, Russian names
with patronymics: Головченко Роман Александрович / HALOUCHANKA, Raman Aliaksandravich),
scored before the rules they led to (generations in a name chain, Belarusian -anka, a Hebrew
yod); the twelfth 160 more, half of each script's own area, half of the world, with 100 hard
look-alikes (Solana / SOLANO, a name chain one generation short), scored before the rules
they led to (the vowel an abjad word ends on, Spanish glides, Mc, -vitz); the thirteenth
180 of every origin (조지 부시, Iouri Loujkov, نبيل قاووق, אהרן צ'חנובר) with 80 look-alikes
(Шарапова / SHARIPOVA, عمرو / Omar), scored before the rules they led to (French nasals in
Hangul, French spellings of Russian, the vowel of a Hebrew last syllable, the vowels of a
Russian family name); the fourteenth 160 more with 100 look-alikes that differ by one sound
(Муратов / MURADOV, سعود / Saad, غزالة / GHAZALI), scored before the rules they led to (the
consonants of a Russian family name, an Arabic waw or ya inside a word, the a or i a word
ends on); the fifteenth 180 full names as lists write them (위성락 / WI Sung-lac, ע'סאן עליאן /
Ghassan ALIAN) with 80 look-alikes (وسيم / Wissam), scored before the rules they led to (more
Korean spellings, Hebrew ע' as gh, the waw or ya before an abjad word's last consonant); the
sixteenth 160, half of them foreigners in each script (후안 마누엘 산토스, مسعود يلماز, ואצלב
האוול, Ле Зуан), with 100 look-alikes (שלמה עמאר / Shlomo Amir), scored before the rules they
led to (a Turkish final t as d, a Hebrew alef before the last consonant); the seventeenth
180 people from all walks (sportspeople, scientists, artists, clerics, officers; a fifth
foreigners: 스티븐 호킹, أنطوان غريزمان, Джонни Депп) with 100 look-alikes (Головин /
Golovkin, 조훈현 / Cho Hyun-hoon), scored before the rules they led to (Japanese and
Vietnamese names in Cyrillic, Polish and Romanian sounds, a Russian family name's final в
and -ин, the order of a Korean given name's syllables); the eighteenth 160, mostly women,
with Central Asian names in Cyrillic, Urdu and Kurdish ones in Arabic script, Korean-American
ones in Hangul (عاصمہ جہانگیر, هێرۆ ئیبراهیم, 미셸 박 스틸, Гульнара Каримова), with 100
look-alikes, scored before the rules they led to (Urdu and Kurdish letters, a Korean family
name in a foreign name, a given name written first); the nineteenth 160 as the news reports
them against the spellings of lists and indictments (قاسم الريمي / Qasim Yahya Mahdi AL-RIMI,
Максим Якубец / YAKUBETS, Maksim Viktorovich) with 100 look-alikes, scored before the rules
they led to (a name chain shortened to its first and last names, a Slavic suffix put for
another); the twentieth 168 from sanctions and security news and other walks (하마다 야스카즈,
أمين الناصر, גיירמו דל טורו, Сергей Алейник) with 100 look-alikes (שירה האס / Shir Haas), scored
before the rules they led to (a Hebrew word's written final vowel, an Arabic long i, a
Cyrillic word's opening vowel); the twenty-first 168 against list, French, German, Turkic and
personal Latin spellings (AL MAKTOUM, Maktoum bin Rashid; Léon Trotski; Yizhar) with 100
look-alikes (Майя / Maria, معين / Amin), scored before the rules they led to (generations
in Arab names written family name first, a Russian family name's syllables); the
twenty-second 160 people with their culture's commonest names (김영록, حسان دياب, חיים כהן /
Haim Cohn, Ольга Смирнова) with 120 look-alikes sharing most of them (حسان دياب / Hussein Diab,
Ольга Смирнова / Olga Semenova); the twenty-third 160 people of every kind met in a week of
news (손열음 / Yeol Eum Son, وليد الركراكي, עינב צנגאוקר, Андрій Мельник) with 100 look-alikes
(علي عبد الفتاح / Alaa Abd El-Fattah, דורין ביניש / Dorit Beinisch); the twenty-fourth 168
from sanctions news, business, culture and sport and foreigners (먀오화 / Miao Hua, روجيه
فيدرر, אבי ויגדרזון, Муслим Магомаев / Müslüm Maqomayev) with 112 look-alikes (יובל שטייניץ /
Yoel Steinitz, 허웨이둥 / He Weifang); the twenty-fifth 168 in the full forms of records and
lists (האנטר ביידן / Robert Hunter Biden, Нұртілеу Мұрат Бақтиярұлы / Murat NURTLEU) with 112
look-alikes among their relatives and namesakes (دنيس كريستيل ساسو نغيسو / Denis Sassou
Nguesso, מוריס קאהן / Morris Cohen); the twenty-sixth 160 in less common spelling systems
(Евгений Плющенко / Jewgeni Pljuschtschenko, 김창열 / Kim Tschang-Yeul, Aïmene
Benabderrahmane, Icchak Cukierman) with 100 look-alikes a sound apart (Хосе Марти / José
Martín, سعد سعدي / Saïd Sadi, אוהד נהרין / Ehud Naharin); the twenty-seventh 168 as
sanctions designations, compliance files and the news write them (KIM, Se Un; Стив Уиткофф /
Steven Witkoff; "TABAJA, Adham Husayn"; פיט הגסת' / Peter Hegseth) with 104 look-alikes
(Александра Саснович / Aleksandr Sasnovich, ريان برناوي / Rayyanah Barnawi, אמיר חדד / Amit
Hadad); the twenty-eighth 160 a bank's compliance team meets — bankers, shipowners, finance
officials, tycoons and their families (임종룡 / Yim Jong-yong, קובי אלכסנדר / ALEXANDER,
Jacob, Гульбахор Исмаилова) — with 100 look-alikes among their relatives and namesakes (رضا
باقری / Reza Baqir, Олег Шевцов / Oleg Shvetsov); the twenty-ninth 160 from cyber, crypto and
technology news — indicted hackers, exchange founders, spyware executives, the officials who
pursue them (김건 / Kim Gunn, أحمد أبو عمو / Ahmad ABOUAMMO, אלכס משינסקי / Alexander
MASHINSKY, Евгений Птицын / Evgenii Ptitsyn) — with 100 look-alikes among co-defendants,
relatives and namesakes; the thirtieth 160 women in public life (조성욱 / Joh Sung-wook, نجاة
فالو بلقاسم / Najat Vallaud-Belkacem, Мария Алёхина / Maria Aljochina) with 100 look-alikes,
most of them a husband, brother or father, or a man bearing the masculine form of her name;
the thirty-first 160 from the regions and diasporas the others covered least — Afghans,
Pakistanis, Sudanese and Maghrebis, Central Asians and the Caucasus, Mizrahi, Ethiopian and
Druze Israelis, Koreans abroad and Chinese and Vietnamese names in Hangul (앤디 김 / Andy Kim,
리덩후이 / Lee Teng-hui, نصرت فتح علی خان / Nusrat Fateh Ali Khan, זלמן לייב טייטלבוים /
Zalman Leib Teitelbaum) — with 100 look-alikes among relatives and namesakes; the
thirty-second 160 long and compound names — chains of descent, two-syllable Korean family
names, hyphenated and Kazakh names, Spanish names with two family names (남궁훈 / Namkoong
Hoon, Мұхтар Омарханұлы Әуезов / Mukhtar Auezov, ישראל מאיר הכהן קגן / Israel Meir Kagan) —
with 100 look-alikes among relatives and namesakes; the thirty-third 160 named in sanctions
designations and indictments of 2022 to 2025, the less famous first (North Korean bank and
munitions officials, Iranian drone-network figures, settlers sanctioned in 2024, Russian
export-control defendants), and the thirty-fourth 160 athletes and artists in their own
passport and team-sheet spellings (송종국 / SONG Chong Gug, Михаил Зверев / Mischa Zverev,
אורן סמדג'ה / Oren Smadja), each with 100 look-alikes; the thirty-fifth 160 clerics and the
thirty-sixth 160 officers, written with the titles, ranks and posts the native press puts
before or after a name (הרב שלמה גורן, митрополит Иларион Алфеев, 김삼환 목사, 육군참모총장
남영신, امیر سرتیپ احمدرضا پوردستان), each with 100 look-alikes; the thirty-seventh 160 as
running text and reference works write them — with initials (Лавров С.В., י״ח ברנר), the
Hanja, a birth name or a stage name in brackets (김수영(金洙暎), 현빈 (김태평)), a nickname or
kunya in quotes (בנימין "ביבי" נתניהו, صلاح خلف "أبو إياد"), or vowel points (מֹשֶׁה דַּיָּן,
مُحَمَّد) — and the thirty-eighth 160 monarchs, popes, patriarchs and other rulers known by a
regnal number, an epithet or a translated name (찰스 3세, البابا تواضروس الثاني, דוד המלך,
Ярослав Мудрый), each with 100 look-alikes, most of them another holder of the name; the
thirty-ninth 160 as news reports write them, with the office and the country or body it
serves before or after the name (директор Эрмитажа Михаил Пиотровский, رئيس مجلس النواب
العراقي محمود المشهداني, חבר הכנסת יצחק קרויזר, 박성재 법무부 장관), with 100
look-alikes; and the fortieth 160 plain full names of less famous people (officials,
officers, businesspeople, scientists, athletes, artists), scored before the personal Korean
vowel spellings they led to (Chang Sae-joo, Hei-Kyung Hong), with 100 look-alikes; the
forty-first 160, most of them women, half spelt as French, German, Spanish, Polish, Serbian,
Uzbek or North Korean sources spell them (Aïcha Ech-Chenna, Ljudmila Narussowa, Frumka
Płotnicka, Ri Pun Hui), with 100 look-alikes; the forty-second 80 with 180 hard
look-alikes, names a sound or a name part apart (허웅 / Heo Hoon, Ahmed Fahmy / Ahmed Fathy,
father and son who differ by the patronymic); the forty-third 160 people born before 1960
and people of minorities and diasporas (Zainichi and Korean Americans in Hangul: 최영의 /
Choi Yeong-eui; Kabyle, Kurdish, Coptic and Baloch names: مولود فرعون / Mouloud Feraoun;
Arab and Druze citizens of Israel in Hebrew: סמיח אל-קאסם / Samih al-Qasim; Koryo-saram,
Tatars, Chechens and Crimean Tatars in Cyrillic: Мустафа Джемилев), scored before the rules
they led to (Hebrew leaves an Arabic name's short vowels unwritten, a patronymic is no typo
of its father's name); the forty-fourth 160 named in sanctions and security news of
2021-2025 (JANG Bom Su, AL-HAMZI, Ahmad Ali Ahsan, מונאדל נפיעאת / Munadil Nafiyat, OMURBEKOV,
Azatbek Asanbekovich); the forty-fifth 160 athletes and entertainers of the world
(호나우지뉴 / Ronaldinho, تييري هنري / Thierry HENRY, נדיה קומנצ'י / Nadia Comăneci), scored
before the rules they led to (Portuguese as Korean hears it, English wh, th and ew, a French
final t after er); the forty-sixth 160 foreigners whose names each script writes by
sound (카렐 차페크 / Karel Čapek, أورهو كيكونن / Urho KEKKONEN, קשישטוף קישלובסקי / Krzysztof
Kieślowski, Самак Сундаравет / Samak Sundaravej), scored before the rules they led to
(Mandarin, Polish and Catalan sounds, the article South Asian spellings join to a name);
the forty-seventh 160 people of the English-speaking world whose names are said far from
their spelling (شيفون ماكدونا / Siobhain McDonagh, 이블린 워 / Evelyn Waugh, هنتر إس. تومسون
/ Hunter S. Thompson), the forty-eighth 160 from Africa, the Balkans, the Baltic, Finland,
Iceland, South and South-East Asia and the Caucasus (يانيس أنتيتوكونمبو / Giannis
Antetokounmpo) and the forty-ninth 159 ordinary Western names (Скотт Уокер / Scott WALKER,
마크 톰프슨 / Mark Thompson), scored before the rules they led to (English spellings far from
their sound, a table of such names, initials spelt by their letters' names); each with 100
look-alikes.

A third set, ``benchmarks/data/look_alikes.csv``, holds the look-alikes of the twentieth round
on (3,128): each a native name against the Latin spelling of another person with a name like
it; the share of them flagged is printed per script.

A fourth, ``benchmarks/data/common_names.csv``, holds common names rather than famous people,
per script: 114 of the commonest English family names after John, as each script's press
writes them (Джон Уокер / John Walker, 존 에드워즈 / John Edwards); 100 names of the script's
own people built from their commonest given and family names, against the spellings of
passports, lists and the press (Дмитрий Кузнецов / Dmitri Kusnezow, 최병철 / Ch'oe
Pyŏng-ch'ŏl); 80 of the commonest of Germany, France, Spain, Italy, Portugal and Brazil, the
Netherlands and Poland as the script writes them by sound (토마스 뮐러 / Thomas Müller); 80
of China, Taiwan and Hong Kong, Japan, Vietnam, Turkey, Iran or Pakistan, India and Indonesia
(Хироси Сато / Hiroshi Sato, تشانغ وي / ZHANG, Wei); and 100 names one sound or one part away
from one of them (Куликов / Kulakov, Марино / Marini, תמר / Tamir, Сато / Saito): P / R /
F1 per script.

Each pair is scored by ``saring.match.compare`` (names only, schema Person) and, in the same
run, by nomenklatura's logic-v2 and name-based; P / R / F1 at each system's threshold (0.70)
are printed per script.

    .venv/bin/python benchmarks/cross_script.py [--seed 0] [--parts bundled figures
        look-alikes common] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaldata import add_common_args, pin_one_core, write_json  # noqa: E402
from peers import PEER_THRESHOLD, all_peers  # noqa: E402

from saring.cli.common import open_store  # noqa: E402
from saring.index import Record  # noqa: E402
from saring.match import DEFAULT_THRESHOLD, compare  # noqa: E402
from saring.names import scripts  # noqa: E402

_WORD = re.compile(r"[a-z]{3,}")
FIGURES = Path(__file__).resolve().parent / "data" / "public_figures.csv"
LOOK_ALIKES = Path(__file__).resolve().parent / "data" / "look_alikes.csv"
COMMON_NAMES = Path(__file__).resolve().parent / "data" / "common_names.csv"
PARTS = ("bundled", "figures", "look-alikes", "common")


@dataclass
class Person:
    """A listed person's Latin names, names in other scripts and birth dates."""

    id: str
    latin: list[str]
    other: list[str]
    born: set[str]


@dataclass
class Pair:
    """One scored pair: the script of the query name and whether it is the same person."""

    script: str
    query: str
    listed: str
    same: bool


def listed_people() -> list[Person]:
    """Every listed person with at least one Latin name, from the configured store."""
    people = []
    for entity in open_store().entities(matchable=True):
        if entity.schema.name != "Person":
            continue
        names = entity.get("name") + entity.get("alias")
        latin = [n for n in names if n.isascii()]
        other = [n for n in names if not n.isascii() and script_of(n) != scripts.LATIN]
        if latin:
            people.append(Person(entity.id or "", latin, other, set(entity.get("birthDate"))))
    return people


def script_of(name: str) -> str:
    """The script of a name's letters."""
    return scripts.token_script(name.replace(" ", ""))


def build_pairs(people: list[Person], seed: int) -> list[Pair]:
    """One positive and at most one look-alike negative per non-Latin name."""
    rnd = random.Random(seed)
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, person in enumerate(people):
        for word in set(_WORD.findall(person.latin[0].lower())):
            by_word[word].append(i)
    pairs = []
    for i, person in enumerate(people):
        own = {n.lower() for n in person.latin}
        words = set(_WORD.findall(person.latin[0].lower()))
        pool = sorted({j for w in words for j in by_word[w] if j != i})
        pool = [
            j
            for j in pool
            if own.isdisjoint(n.lower() for n in people[j].latin)
            and not (person.born & people[j].born)
        ]
        for name in person.other:
            script = script_of(name)
            pairs.append(Pair(script, name, person.latin[0], True))
            if pool:
                other = people[rnd.choice(pool)]
                pairs.append(Pair(script, name, other.latin[0], False))
    return pairs


def figure_pairs(path: Path = FIGURES) -> list[Pair]:
    """Each figure's native name against its own Latin spelling and every other figure's of
    the same script."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [
        Pair(row["script"], row["native"], other["latin"], row["person"] == other["person"])
        for row in rows
        for other in rows
        if other["script"] == row["script"]
    ]


def look_alike_pairs(path: Path = LOOK_ALIKES) -> list[Pair]:
    """Each look-alike: a native name against the Latin spelling of another person."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [Pair(row["script"], row["native"], row["latin"], False) for row in rows]


def common_name_pairs(path: Path = COMMON_NAMES) -> list[Pair]:
    """Each common name against a Latin spelling of it (``+``) or of a name close to it
    (``-``)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [Pair(row["script"], row["native"], row["latin"], row["same"] == "+") for row in rows]


def flag_rates(pairs: list[Pair], score: Callable[[str, str], float], threshold: float) -> dict:
    """The share of pairs flagged, per script, for one system."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for pair in pairs:
        counts[pair.script][0] += 1
        counts[pair.script][1] += score(pair.query, pair.listed) >= threshold
    return {s: {"pairs": n, "flagged": f / n} for s, (n, f) in counts.items()}


def scores(pairs: list[Pair], score: Callable[[str, str], float], threshold: float) -> dict:
    """P / R / F1 per script for one system."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    for pair in pairs:
        flagged = score(pair.query, pair.listed) >= threshold
        key = ("tp" if flagged else "fn") if pair.same else ("fp" if flagged else "tn")
        counts[pair.script][key] += 1
    figures = {}
    for script, c in counts.items():
        precision = c["tp"] / max(1, c["tp"] + c["fp"])
        recall = c["tp"] / max(1, c["tp"] + c["fn"])
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures[script] = {"pairs": sum(c.values()), "p": precision, "r": recall, "f1": f1}
    return figures


def saring_score(query: str, listed: str) -> float:
    """saring's score of two person names."""

    def person(name: str) -> Record:
        return Record.from_dict({"schema": "Person", "properties": {"name": [name]}})

    return compare(person(query), person(listed)).score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parser.add_argument("--seed", type=int, default=0, help="seed of the negatives' choice")
    parser.add_argument(
        "--parts", nargs="+", choices=PARTS, default=list(PARTS), help="the sets to score"
    )
    args = parser.parse_args()
    pin_one_core(args.cpu)
    found = {}
    if "bundled" in args.parts:
        title = "Cross-script person names from the bundled lists"
        found[title] = build_pairs(listed_people(), args.seed)
    if "figures" in args.parts:
        found[f"Public figures ({FIGURES.name})"] = figure_pairs()
    if "common" in args.parts:
        found[f"Common names ({COMMON_NAMES.name})"] = common_name_pairs()
    report = {}
    for title, pairs in found.items():
        systems = score_all(pairs)
        print_table(f"{title}: P / R / F1 at 0.70", systems)
        report[title] = {"pairs": len(pairs), "systems": systems}
    if "look-alikes" in args.parts:
        title = f"Look-alikes ({LOOK_ALIKES.name}): share flagged at 0.70"
        pairs = look_alike_pairs()
        rates = score_all(pairs, flag_rates)
        print(title)
        print(f"{'script':<10}{'pairs':>7}" + "".join(f"{name:>12}" for name in rates))
        for script, row in rates["saring"].items():
            cells = "".join(f"{rates[name][script]['flagged']:>12.3f}" for name in rates)
            print(f"{script:<10}{row['pairs']:>7}{cells}")
        report[title] = {"pairs": len(pairs), "systems": rates}
    write_json(args.json, report)


Measure = Callable[[list[Pair], Callable[[str, str], float], float], dict]


def score_all(pairs: list[Pair], measure: Measure = scores) -> dict[str, Any]:
    """Every system's figures per script (by ``measure``: `scores` or `flag_rates`)."""
    systems: dict[str, Any] = {"saring": measure(pairs, saring_score, DEFAULT_THRESHOLD)}
    for peer in all_peers():
        systems[peer.name] = measure(
            pairs, lambda q, c, p=peer: p.score_names("Person", q, c), PEER_THRESHOLD
        )
    return systems


def print_table(title: str, systems: dict[str, Any]) -> None:
    """P / R / F1 of each system, a row per script, the most pairs first."""
    scripts_seen = sorted(systems["saring"], key=lambda s: -systems["saring"][s]["pairs"])
    print(title)
    print(f"{'script':<10}{'pairs':>7}" + "".join(f"{name:>24}" for name in systems))
    for script in scripts_seen:
        cells = "".join(
            "{p:>8.3f}{r:>8.3f}{f1:>8.3f}".format(**systems[name][script]) for name in systems
        )
        print(f"{script:<10}{systems['saring'][script]['pairs']:>7}{cells}")
    print()


if __name__ == "__main__":
    main()
