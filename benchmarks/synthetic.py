"""A deterministic synthetic sanctions-like list of a million multi-script entities.

Names are composed from Faker's per-locale first, last and patronymic name lists with a seeded
``random.Random`` (Faker is read for its word lists only, never called per row), in each
culture's own order: ``王伟`` and ``김민준`` family-first without a space, ``佐藤 太郎``,
``Иванов Сергей Петрович`` or ``Сергей Петрович Иванов``, Arabic chains with a father's name,
Spanish double surnames. About 85% are Persons (name, birth date, nationality, gender, and for
non-Latin scripts sometimes a Latin ``alias``), 15% Companies (a name with the locale's legal
form, and a jurisdiction). Entities are FtM JSON lines with ids ``synth-<n>``, cached under
``/tmp/saring-bench/`` so that later runs reuse them.

    .venv/bin/python benchmarks/synthetic.py [--count 1000000] [--seed 7] [--force]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import icu

CACHE_DIR = Path(os.environ.get("SARING_BENCH_CACHE", "/tmp/saring-bench"))
DEFAULT_COUNT = 1_000_000
DEFAULT_SEED = 7
COMPANY_SHARE = 0.15
#: Share of non-Latin-script persons that also carry a Latin alias.
LATIN_ALIAS_SHARE = 0.4
YEAR_ONLY_SHARE = 0.1
NO_BIRTH_DATE_SHARE = 0.05
#: Common romanisations of Korean family names (ICU's reading of 김 is "Gim").
KOREAN_FAMILY = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang",
    "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh",
    "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song",
    "류": "Ryu", "홍": "Hong", "전": "Jeon", "고": "Ko", "문": "Moon", "손": "Son",
    "양": "Yang", "배": "Bae", "백": "Baek", "노": "Noh", "남": "Nam", "하": "Ha",
}  # fmt: skip


@dataclass(frozen=True)
class Culture:
    """How one Faker locale's names are composed, and which legal forms its companies use."""

    locale: str
    countries: tuple[str, ...]
    weight: float
    legal_forms: tuple[str, ...]
    #: "given-family", "family-given" (space) or "family-given-tight" (no space).
    order: str = "given-family"
    #: ICU transform giving a Latin alias of each name part; None: no alias.
    latin: str | None = None
    patronymic: float = 0.0
    second_given: float = 0.0
    second_family: float = 0.0
    family_first: float = 0.0
    company_words: str = "last_names"


CULTURES: tuple[Culture, ...] = (
    Culture(
        "en_US",
        ("us", "gb", "ca", "au"),
        2.0,
        ("{} Inc.", "{} LLC", "{} Corp.", "{} Holdings LLC", "{} Ltd"),
    ),
    Culture("de_DE", ("de", "at", "ch"), 1.0, ("{} GmbH", "{} AG", "{} GmbH & Co. KG")),
    Culture("fr_FR", ("fr", "be"), 1.0, ("{} SA", "{} SARL", "{} SAS")),
    Culture("es_ES", ("es", "mx", "ve"), 1.0, ("{} S.A.", "{} S.L."), second_family=0.85),
    Culture("pt_BR", ("br", "pt"), 0.8, ("{} Ltda.", "{} S.A."), second_family=0.5),
    Culture(
        "tr_TR",
        ("tr",),
        0.8,
        ("{} A.Ş.", "{} Ltd. Şti.", "{} Tic. ve San. A.Ş."),
        second_given=0.25,
    ),
    Culture("id_ID", ("id",), 0.8, ("PT {}", "CV {}", "PT {} Tbk")),
    Culture(
        "ru_RU",
        ("ru", "by", "kz"),
        1.6,
        ("ООО «{}»", "АО «{}»", "ПАО «{}»", "ЗАО «{}»"),
        latin="Russian-Latin/BGN; Latin-ASCII",
        patronymic=0.7,
        family_first=0.5,
    ),
    Culture(
        "uk_UA",
        ("ua",),
        1.0,
        ("ТОВ «{}»", "ПрАТ «{}»", "ПАТ «{}»"),
        latin="Ukrainian-Latin/BGN; Latin-ASCII",
        patronymic=0.6,
        family_first=0.4,
    ),
    Culture(
        "el_GR",
        ("gr", "cy"),
        0.7,
        ("{} Α.Ε.", "{} Ε.Π.Ε.", "{} Ο.Ε."),
        latin="Greek-Latin/UNGEGN; Latin-ASCII",
    ),
    Culture("ka_GE", ("ge",), 0.6, ("შპს „{}“", "სს „{}“"), latin="Any-Latin; Latin-ASCII"),
    Culture("hy_AM", ("am",), 0.6, ("«{}» ՍՊԸ", "«{}» ՓԲԸ"), latin="Any-Latin; Latin-ASCII"),
    Culture(
        "ar_AA",
        ("ae", "eg", "iq", "sy", "jo", "lb", "ly", "ye"),
        1.6,
        ("شركة {} ذ.م.م", "مؤسسة {} للتجارة", "شركة {} المساهمة"),
        second_given=0.6,
    ),
    Culture("ar_SA", ("sa",), 0.6, ("شركة {} ذ.م.م", "شركة {} القابضة"), second_given=0.6),
    Culture("fa_IR", ("ir", "af"), 1.0, ("شرکت {} سهامی خاص", "شرکت {} با مسئولیت محدود")),
    Culture("he_IL", ("il",), 0.6, ("{} בע״מ",)),
    Culture(
        "hi_IN",
        ("in",),
        1.0,
        ("{} प्राइवेट लिमिटेड", "{} लिमिटेड"),
        latin="Devanagari-Latin; Latin-ASCII",
    ),
    Culture(
        "zh_CN",
        ("cn", "hk"),
        1.6,
        ("{}有限公司", "{}科技有限公司", "{}集团有限公司", "{}贸易有限公司"),
        order="family-given-tight",
        latin="Han-Latin; Latin-ASCII",
        company_words="company_prefixes",
    ),
    Culture(
        "ja_JP",
        ("jp",),
        0.8,
        ("株式会社{}", "{}株式会社", "有限会社{}", "合同会社{}"),
        order="family-given",
        latin="pairs",
    ),
    Culture(
        "ko_KR",
        ("kr", "kp"),
        0.8,
        ("(주){}", "주식회사 {}", "{} 유한회사"),
        order="family-given-tight",
        latin="Hangul-Latin; Latin-ASCII",
        company_words="company_name_words",
    ),
)


def _words(values: Any) -> list[str]:
    """Faker word lists are tuples, lists or weighted dicts: the distinct words, in order."""
    return list(dict.fromkeys(values.keys() if isinstance(values, dict) else values))


@dataclass
class Pools:
    """The word lists of one culture, with each word's Latin rendering where it has one."""

    culture: Culture
    given: dict[str, list[str]]
    family: dict[str, list[str]]
    middle: dict[str, list[str]]
    company: list[str]
    latin: dict[str, str] = field(default_factory=dict)


def _family_pool(person: Any, gender: str) -> list[str]:
    gendered = getattr(person, f"last_names_{gender}", None)
    return _words(gendered if gendered else person.last_names)


def _drop_final_schwa(native: str, latin: str) -> str:
    """Hindi drops the inherent final vowel: राहुल is Rahul, not Rahula."""
    last = native[-1:]
    if latin.endswith("a") and last and unicodedata.category(last) == "Lo":
        return latin[:-1]
    return latin


def _latin_word(transform: Any, culture: Culture, word: str, family: bool) -> str:
    if culture.locale == "ko_KR" and family and word in KOREAN_FAMILY:
        return KOREAN_FAMILY[word]
    latin = transform.transliterate(word)
    if culture.locale == "hi_IN":
        latin = _drop_final_schwa(word, latin)
    latin = " ".join(latin.split())
    if culture.order == "family-given-tight":
        latin = latin.replace(" ", "")
    return latin[:1].upper() + latin[1:].lower() if latin.isascii() else ""


@cache
def load_pools(culture: Culture) -> Pools:
    """Read one culture's word lists from Faker's providers and romanise them once."""
    person = importlib.import_module(f"faker.providers.person.{culture.locale}").Provider
    if culture.latin == "pairs":
        given = {
            g: [p[0] for p in getattr(person, f"first_name_{g}_pairs")] for g in ("male", "female")
        }
        family_pairs = _words(person.last_name_pairs)
        family = {g: [p[0] for p in family_pairs] for g in ("male", "female")}
        latin = {
            p[0]: p[2] for g in ("male", "female") for p in getattr(person, f"first_name_{g}_pairs")
        }
        latin.update({p[0]: p[2] for p in family_pairs})
    else:
        given = {g: _words(getattr(person, f"first_names_{g}")) for g in ("male", "female")}
        family = {g: _family_pool(person, g) for g in ("male", "female")}
        latin = {}
    middle = {g: _words(getattr(person, f"middle_names_{g}", ())) for g in ("male", "female")}
    if culture.company_words == "last_names":
        company = _words(person.last_names)
    else:
        provider = importlib.import_module(f"faker.providers.company.{culture.locale}").Provider
        company = _words(getattr(provider, culture.company_words))
    if culture.latin and culture.latin != "pairs":
        transform = icu.Transliterator.createInstance(culture.latin)
        for pool, is_family in ((given, False), (middle, False), (family, True)):
            for words in pool.values():
                for word in words:
                    latin.setdefault(word, _latin_word(transform, culture, word, is_family))
    return Pools(culture, given, family, middle, company, latin)


def _join(culture: Culture, given: list[str], family: list[str], family_first: bool) -> str:
    if culture.order == "family-given-tight":
        return "".join(family + given)
    parts = family + given if family_first or culture.order == "family-given" else given + family
    return " ".join(parts)


def _person_names(pools: Pools, rng: random.Random, gender: str) -> tuple[str, str | None]:
    """A native full name and, sometimes, its Latin alias."""
    culture = pools.culture
    given = [rng.choice(pools.given[gender])]
    if culture.second_given and rng.random() < culture.second_given:
        # An Arabic chain names the father; a Turkish second given name keeps the gender.
        given.append(rng.choice(pools.given["male" if culture.locale.startswith("ar") else gender]))
    if pools.middle[gender] and rng.random() < culture.patronymic:
        given.append(rng.choice(pools.middle[gender]))
    family = [rng.choice(pools.family[gender])]
    if culture.second_family and rng.random() < culture.second_family:
        family.append(rng.choice(pools.family[gender]))
    family_first = rng.random() < culture.family_first
    native = _join(culture, given, family, family_first)
    alias = None
    if pools.latin and rng.random() < LATIN_ALIAS_SHARE:
        latin_given = [pools.latin.get(w, "") for w in given]
        latin_family = [pools.latin.get(w, "") for w in family]
        if all(latin_given) and all(latin_family):
            # Latin renderings put the given name first, as passports do.
            alias = " ".join(latin_given + latin_family)
    return native, alias


def _birth_date(rng: random.Random) -> str | None:
    draw = rng.random()
    if draw < NO_BIRTH_DATE_SHARE:
        return None
    year = rng.randint(1935, 2005)
    if draw < NO_BIRTH_DATE_SHARE + YEAR_ONLY_SHARE:
        return str(year)
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _company_name(pools: Pools, rng: random.Random) -> str:
    culture = pools.culture
    count = rng.choices((1, 2, 3), weights=(55, 35, 10))[0]
    words = [rng.choice(pools.company) for _ in range(count)]
    joiner = "" if culture.order == "family-given-tight" else rng.choice((" ", "-", " & "))
    return rng.choice(culture.legal_forms).format(joiner.join(words))


def generate(count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> Iterator[dict[str, Any]]:
    """``count`` FtM entity dicts, the same ones for the same seed and Faker version."""
    rng = random.Random(seed)
    cultures = list(CULTURES)
    weights = [c.weight for c in cultures]
    pools = {c.locale: load_pools(c) for c in cultures}
    for number in range(count):
        culture = rng.choices(cultures, weights)[0]
        pool = pools[culture.locale]
        country = rng.choice(culture.countries)
        entity_id = f"synth-{number}"
        if rng.random() < COMPANY_SHARE:
            props: dict[str, list[str]] = {
                "name": [_company_name(pool, rng)],
                "jurisdiction": [country],
            }
            yield {"id": entity_id, "schema": "Company", "properties": props}
            continue
        gender = "male" if rng.random() < 0.6 else "female"
        native, alias = _person_names(pool, rng, gender)
        props = {"name": [native], "nationality": [country], "gender": [gender]}
        if alias:
            props["alias"] = [alias]
        birth = _birth_date(rng)
        if birth:
            props["birthDate"] = [birth]
        yield {"id": entity_id, "schema": "Person", "properties": props}


def cache_path(count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> Path:
    """Where the list of ``count`` entities for ``seed`` is cached."""
    return CACHE_DIR / f"synthetic-{count}-seed{seed}-faker{version('faker')}.jsonl"


def ensure_synthetic(
    count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED, force: bool = False
) -> Path:
    """The cached JSON-lines list, generated first if missing (or if ``force``)."""
    path = cache_path(count, seed)
    if path.exists() and not force:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for entity in generate(count, seed):
            out.write(json.dumps(entity, ensure_ascii=False))
            out.write("\n")
    partial.replace(path)
    return path


def read_entities(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The entity dicts of a JSON-lines file (the first ``limit`` when given)."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            yield json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="regenerate even when cached")
    parser.add_argument("--quick", action="store_true", help="10,000 entities")
    parser.add_argument("--sample", type=int, default=12, help="entities to print")
    args = parser.parse_args()
    count = 10_000 if args.quick else args.count
    start = time.perf_counter()
    path = ensure_synthetic(count, args.seed, force=args.force)
    seconds = time.perf_counter() - start
    size = path.stat().st_size
    print(f"{path}: {count:,} entities, {size / 1e6:,.1f} MB, ready in {seconds:.1f} s")
    rng = random.Random(args.seed)
    picks = set(rng.sample(range(count), min(args.sample, count)))
    for number, entity in enumerate(read_entities(path)):
        if number in picks:
            print(" ", json.dumps(entity, ensure_ascii=False))


if __name__ == "__main__":
    main()
