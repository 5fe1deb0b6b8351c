"""The entry point on real names: the UK and UN lists' non-Latin forms, the brief's
examples, negatives, bad input and speed."""

from __future__ import annotations

import time
from collections import Counter, defaultdict

import pytest
from conftest import UkRow

from saring.names import (
    WEAK_KINDS,
    Equivalence,
    Kind,
    Name,
    Token,
    analyze,
    joined_runs,
    keys_meet,
    token_equivalence,
)
from saring.names.analysis import _analyze_cached, schema_family

ORG_KINDS = frozenset({Kind.LEGAL_FORM, Kind.ORG_TERM})
UK_SCHEMAS = {"Individual": "Person", "Entity": "Organization", "Ship": "Vessel"}


def unmet(query: Name, target: Name, optional: frozenset[Kind] = frozenset()) -> list[Token]:
    """The query's tokens (titles and particles aside) that meet no token of the target,
    directly or as parts written together on either side."""
    skipped = {Kind.TITLE, Kind.PARTICLE} | optional

    def meet(a: Token, b: Token) -> bool:
        """A Latin reading, phonetic key or skeleton in common (not a name group), or the
        same legal form."""
        if a.kind in ORG_KINDS or b.kind in ORG_KINDS:
            return token_equivalence(a, b) == Equivalence.LATIN
        return keys_meet(a, b)

    wanted = [t for t in query.tokens if t.kind not in skipped]
    targets = [t for t in target.tokens if t.kind not in {Kind.TITLE, Kind.PARTICLE}]
    targets += [run for _, _, run in joined_runs(target.tokens)]
    met = {id(t) for t in wanted if any(meet(t, o) for o in targets)}
    for start, end, run in joined_runs(query.tokens):
        if any(meet(run, o) for o in targets):
            met.update(id(t) for t in query.tokens[start:end])
    return [t for t in wanted if id(t) not in met]


def meets(query: str, target: str, schema: str = "Person") -> bool:
    return not unmet(analyze(query, schema), analyze(target, schema))


@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("ابراهیم رئیسی", "Ebrahim Raisi"),
        ("ابراهیم رئیسی", "Ibrahim Raeisi"),
        ("سید ابراهیم رئیسی", "Sayyed Ebrahim RAISI"),
        ("محمد", "Mohammad"),
        ("محمد", "Muhammad"),
        ("محمد", "Mohamed"),
        ("김정은", "Kim Jong Un"),
        ("김정은", "Kim Jong-un"),
        ("김정은", "KIM Jong Un"),
        ("김정은", "Gim Jeong-eun"),
        ("习近平", "Xi Jinping"),
        ("Abd al-Rahman", "Abdulrahman"),
        ("Abd al-Rahman", "Abdul Rahman"),
        ("عبد الرحمن", "Abdurrahman"),
        ("Amir-Abdollahian", "Amirabdollahian"),
        ("حسين امیرعبداللهیان", "Hossein Amir-Abdollahian"),
        ("Сергей Викторович Лавров", "Sergey Viktorovich LAVROV"),
        ("Олександр Юрійович", "Oleksandr Yuriyovych"),
        ("Геннадій", "Gennady"),
        ("Аляксандр Лукашэнка", "Aliaksandr Lukashenka"),
        ("Hojjatoleslam Hassan Rouhani", "حسن روحانی"),
        ("Евгений Пригожин", "Yevgeniy Prigozhin"),
        ("Евгений Пригожин", "Evgeny Prigozhin"),
        ("בנימין נתניהו", "Binyamin Netanyahu"),
        ("ბიძინა ივანიშვილი", "Bidzina Ivanishvili"),
        ("Սերժ Սարգսյան", "Serzh Sargsyan"),
        ("Ελευθέριος Βενιζέλος", "Elefterios Venizelos"),
        ("नरेंद्र मोदी", "Narendra Modi"),
    ],
)
def test_brief_examples_meet(query: str, target: str) -> None:
    assert meets(query, target), unmet(analyze(query, "Person"), analyze(target, "Person"))
    assert meets(target, query)


@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("ابراهیم رئیسی", "Hassan Rouhani"),
        ("김정은", "Kim Yo Jong"),
        ("Сергей Лавров", "Sergei Shoigu"),
        ("محمد", "Ahmad"),
    ],
)
def test_different_names_do_not_meet(query: str, target: str) -> None:
    assert not meets(query, target)


def test_kinds() -> None:
    name = analyze("Dr. Abd al-Rahman bin Ali al-Tikriti", "Person")
    assert [(t.latin, t.kind.value) for t in name.tokens] == [
        ("dr", "title"),
        ("abd", "other"),
        ("al", "particle"),
        ("rahman", "other"),
        ("bin", "particle"),
        ("ali", "patronymic"),
        ("al", "particle"),
        ("tikriti", "other"),
    ]
    assert [t.kind for t in analyze("PUTIN, Vladimir", "Person").tokens] == [
        Kind.FAMILY,
        Kind.GIVEN,
    ]
    assert [t.kind for t in analyze("Mikhail Vasilevich ZHELTYAKOV", "Person").tokens] == [
        Kind.GIVEN,
        Kind.PATRONYMIC,
        Kind.FAMILY,
    ]
    assert [t.kind for t in analyze("J. R. Smith", "Person").tokens][:2] == [
        Kind.INITIAL,
        Kind.INITIAL,
    ]
    # a Latin initial spelt by its letter's name, not a Chinese syllable among short words
    assert [t.kind for t in analyze("هنتر إس. تومسون", "Person").tokens][1] == Kind.INITIAL
    assert [t.kind for t in analyze("존 에프 케네디", "Person").tokens][1] == Kind.INITIAL
    # a family name that is a letter's name too, written in one word with the given name
    assert Kind.INITIAL not in [t.kind for t in analyze("피천득", "Person").tokens]  # Pi
    assert Kind.INITIAL not in [t.kind for t in analyze("김비오", "Person").tokens]
    assert Kind.INITIAL not in [t.kind for t in analyze("وو سي كه", "Person").tokens]
    # a Korean syllable among short ones: Kim Yo Jong
    assert Kind.INITIAL not in [t.kind for t in analyze("كيم يو جونغ", "Person").tokens]
    assert Kind.INITIAL not in [t.kind for t in analyze("جون إس", "Person").tokens]
    # a Russian patronymic as Hangul, Arabic script and Hebrew write it, in a name's middle
    for text in (
        "미하일 세르게예비치 고르바초프",
        "يوليا فلاديميروفنا تيموشينكو",
        "ולדימיר ולדימירוביץ' פוטין",
    ):
        assert [t.kind for t in analyze(text, "Person").tokens][1] == Kind.PATRONYMIC
    assert analyze("רומן ארקדייביץ' אברמוביץ'", "Person").tokens[2].kind != Kind.PATRONYMIC
    assert analyze("Gazprom PJSC", "Company").tokens[1].kind == Kind.LEGAL_FORM
    assert analyze("Bank Melli Iran", "Company").tokens[0].kind == Kind.ORG_TERM
    assert analyze("Vessel 7", "Vessel").tokens[1].kind == Kind.NUMBER
    assert all(k in WEAK_KINDS for k in (Kind.PARTICLE, Kind.LEGAL_FORM, Kind.PATRONYMIC))


def test_schemas() -> None:
    assert schema_family("Person") == "person"
    assert schema_family("Company") == "organization"
    assert schema_family("PublicBody") == "organization"
    assert schema_family("LegalEntity") == "entity"
    assert schema_family("Vessel") == "other"
    assert schema_family("NoSuchSchema") == "entity"
    # titles are for people, legal forms for organisations
    assert analyze("Dr Smith Ltd", "Company").tokens[0].kind == Kind.OTHER
    assert analyze("Dr Smith Ltd", "Person").tokens[2].kind == Kind.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\x00\x01\x02",
        "-- ,, ..",
        "x" * 10_000,
        "Ivan " * 2_000,
        "Ahmad \u200f\u202bمحمد\u202c ООО 김정은 习近平 ウラジーミル ☃ 🙂 \ud800",
        "\u0301\u0301\u0301",
        "S.A.S.A.S.A.S.A.",
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    for schema in ("Person", "Company", "LegalEntity", "Vessel", "Nope"):
        name = analyze(text, schema)
        assert isinstance(name, Name)
        assert len(name.tokens) <= 40
        assert all(isinstance(t.latin, str) for t in name.tokens)


def test_bad_types_never_raise() -> None:
    assert analyze(None).tokens == ()  # type: ignore[arg-type]
    assert analyze(["x"], None).tokens == ()  # type: ignore[arg-type]


def test_long_input_is_cut() -> None:
    name = analyze("Ivan " * 2_000)
    assert name.truncated
    assert not analyze("Ivan Petrov").truncated


def test_speed(negative_names: list[str]) -> None:
    names = negative_names[:2000]
    for text in names:
        analyze(text, "Person")
    timings = []
    for _ in range(3):
        _analyze_cached.cache_clear()
        start = time.process_time()
        for text in names:
            analyze(text, "Person")
        timings.append((time.process_time() - start) / len(names))
    start = time.process_time()
    for text in names:
        analyze(text, "Person")
    cached = (time.process_time() - start) / len(names)
    assert cached < 10e-6  # a name seen before
    assert min(timings) < 150e-6  # a new name of parts seen before (~40 µs idle)


def test_full_name_keys_of_different_people_are_distinct(negative_names: list[str]) -> None:
    latin = [n for n in negative_names if n.isascii()][:1000]
    names = [analyze(n, "Person") for n in latin]
    for key in ("phonetic_key", "skeleton_key"):
        keys = Counter(getattr(n, key) for n in names)
        assert len(keys) / len(names) >= 0.99, keys.most_common(3)
    every = [analyze(n, "Person") for n in negative_names[:1000]]
    assert len({n.phonetic_key for n in every}) / len(every) >= 0.98


def uk_coverage(rows: list[UkRow], optional: frozenset[Kind]) -> tuple[float, Counter]:
    """Share of the UK list's non-Latin names whose tokens all meet tokens of the same
    group's Latin primary name; and per script, (met, total)."""
    primary: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.alias_type == "Primary name" and row.latin:
            primary[row.group].add(row.latin)
    items = {(r.group, r.non_latin): UK_SCHEMAS.get(r.group_type, "LegalEntity") for r in rows}
    per_script: Counter = Counter()
    met = total = 0
    for (group, text), schema in items.items():
        if not text or not primary.get(group):
            continue
        query = analyze(text, schema)
        script = next((t.script for t in query.tokens if t.script != "Latin"), "Latin")
        ok = any(not unmet(query, analyze(latin, schema), optional) for latin in primary[group])
        total += 1
        met += ok
        per_script[(script, ok)] += 1
    return met / total, per_script


def test_uk_non_latin_names_meet_their_primary_names(uk_rows: list[UkRow]) -> None:
    strict, per_script = uk_coverage(uk_rows, frozenset())
    lenient, _ = uk_coverage(uk_rows, WEAK_KINDS)
    print(
        f"\nUK non-Latin names meeting the primary name: {strict:.3f} (all tokens), "
        f"{lenient:.3f} (weak tokens may be missing)"
    )
    for script in sorted({s for s, _ in per_script}):
        ok, bad = per_script[(script, True)], per_script[(script, False)]
        print(f"  {script}: {ok}/{ok + bad}")
    assert strict >= 0.80
    assert lenient >= 0.82
    for script in ("Cyrillic", "Arabic", "Georgian", "Hangul"):
        ok, bad = per_script[(script, True)], per_script[(script, False)]
        assert ok / (ok + bad) >= 0.75, script


def test_un_original_script_names_meet_their_latin_names(
    un_names: list[tuple[str, str, str]],
) -> None:
    people = [(latin, original) for schema, latin, original in un_names if schema == "Person"]
    met = sum(not unmet(analyze(o, "Person"), analyze(lat, "Person")) for lat, o in people)
    print(f"\nUN people, original script meeting the Latin name: {met}/{len(people)}")
    assert met / len(people) >= 0.93


def test_hebrew_initials_stand_for_any_latin_letter_their_letter_writes() -> None:
    tokens = analyze("י״ח ברנר", "Person").tokens
    assert [(t.kind.value, t.readings) for t in tokens[:2]] == [
        ("initial", ("y", "j", "i")),
        ("initial", ("h", "c", "k")),
    ]
    assert analyze("ד״ר משה כהן", "Person").tokens[0].kind.value == "title"  # ד״ר: Dr


def test_a_lone_letter_before_a_lists_comma_is_a_family_name() -> None:
    # the DPRK family name 오 as lists write it; after the comma a letter is an initial
    assert [t.kind.value for t in analyze("O, In Jun", "Person").tokens] == [
        "family",
        "given",
        "given",
    ]
    assert analyze("SMITH, J.", "Person").tokens[1].kind.value == "initial"


def test_a_wade_giles_name_beside_an_english_given_name() -> None:
    tokens = analyze("Annette Lu Hsiu-lien", "Person").tokens
    assert "xiu" in tokens[2].readings and tokens[0].readings == ("annette",)
    # two parts beside an English name may be English too: Lu is not read as pinyin
    assert analyze("Annette Lu", "Person").tokens[1].readings == ("lu",)


def test_a_family_name_before_a_lists_comma_is_no_title() -> None:
    kinds = [t.kind for t in analyze("PRINCE, Erik Dean", "Person").tokens]
    assert kinds == [Kind.FAMILY, Kind.GIVEN, Kind.GIVEN]
    assert analyze("Prince Erik Dean", "Person").tokens[0].kind == Kind.TITLE
    # a title before the family name is still one
    assert analyze("Dr. SMITH, John", "Person").tokens[0].kind == Kind.TITLE


def test_a_letter_among_letters_is_an_initial_not_a_particle() -> None:
    kinds = [t.kind for t in analyze("Byeon Y.K.", "Person").tokens]
    assert kinds[1:] == [Kind.INITIAL, Kind.INITIAL]
    # Spanish y between names stays a particle
    assert analyze("José Ortega y Gasset", "Person").tokens[2].kind == Kind.PARTICLE
    # a letter hyphens join to the names on both sides links them
    assert analyze("Shams-u-Rahman", "Person").tokens[1].kind == Kind.PARTICLE
    assert [t.kind for t in analyze("J.-P. Sartre", "Person").tokens][:2] == [Kind.INITIAL] * 2
