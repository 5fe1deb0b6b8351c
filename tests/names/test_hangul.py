"""Korean syllables in several romanisations."""

from __future__ import annotations

from saring.names import analyze
from saring.names.hangul import (
    dictionary_forms,
    family_name_length,
    family_readings,
    family_written_last,
    is_hangul_syllable,
    is_syllable_reading,
    surnames_spelt,
    syllable_readings,
    writes_foreign_l,
)


def test_syllable_readings() -> None:
    assert syllable_readings("정") == ("jong", "jeong", "jung", "chong", "cheong", "chung")
    assert syllable_readings("은") == ("un", "eun")
    assert syllable_readings("철") == ("chol", "cheol", "chul")
    # 용 by the initial-sound rule; nyong as ㄹ sounds after a final consonant (성룡)
    assert syllable_readings("룡") == ("ryong", "lyong", "yong", "nyong")
    assert "nim" in syllable_readings("림")  # 신경림: Shin Kyong-nim
    assert syllable_readings("시") == ("si", "shi", "see")
    # gon: North Korean lists; keon, kun, gun: South Korean habits
    assert syllable_readings("건") == ("kon", "geon", "gon", "keon", "kun", "gun")
    assert syllable_readings("a") == ()


def test_south_korean_habits() -> None:
    assert {"moo", "soo", "hee", "young", "duck", "woo", "eui"} <= {
        reading for syllable in "무수희영덕우의" for reading in syllable_readings(syllable)
    }
    # an h after a or o: Ahn, Kyu-hah, Noh; not where a consonant opens a closed syllable
    assert {"ahn", "hah", "noh", "oh"} <= {r for s in "안하노오" for r in syllable_readings(s)}
    assert "hahn" not in syllable_readings("한")
    # 이 and 임 as the family names Lee and Lim write them (Lee Lim-saeng)
    assert "lee" in syllable_readings("이") and "lim" in syllable_readings("임")
    assert "lin" not in syllable_readings("인")
    # ㅎ with ㅘ as wh + a: Kang Kyung-wha, Ewha
    assert "wha" in syllable_readings("화") and "whan" in syllable_readings("환")
    # ㅎ with ㅟ as wh + i or ee (Jung Whee-in), and 우 as Wu (Ong Seong-wu)
    assert {"whi", "whee"} <= set(syllable_readings("휘")) and "wu" in syllable_readings("우")
    assert is_syllable_reading("wha")
    # ㅓ and ㅕ ending a syllable as uh, yuh; ㅔ as ei, ㅐ as e; ㄹ as l; a final k as c or ck
    assert {"huh", "yuh", "sei", "de", "lac", "youn"} <= {
        r for s in "허여세대락윤" for r in syllable_readings(s)
    }
    # ㅔ sounds as ㅐ and is spelt ae too (Chang Sae-joo); ㅖ as ei (Hong Hei-kyung)
    assert {"sae", "hei", "hae"} <= {r for s in "세혜" for r in syllable_readings(s)}
    assert "ae" not in syllable_readings("예")  # ae is 애's
    assert "sou" in syllable_readings("수")  # ㅜ as ou: Kim Sou-hwan
    assert {"sub", "hyub"} <= {r for s in "섭협" for r in syllable_readings(s)}  # a final ㅂ as b
    assert "ou" not in syllable_readings("우")  # Woo, not Ou
    assert "pak" not in syllable_readings("백")  # ㅐ is not a: 백 is no 박
    assert "lee" not in syllable_readings("리")  # Lee is the family name 이
    assert "leep" in syllable_readings("립")  # closed, ee is no family name: Jung Sung-leep
    assert "gee" in syllable_readings("지")  # ㅈ as English g before ee: Choi Gee-sung
    assert "lee" in syllable_readings("이")  # in a given name too: Chun Lee-kyung
    assert "geen" not in syllable_readings("진")


def test_is_syllable_reading() -> None:
    assert all(map(is_syllable_reading, ["hyun", "jin", "kyu", "young", "duck", "gyeong", "ahn"]))
    assert not any(map(is_syllable_reading, ["david", "kevin", "james", "hyunjin"]))


def test_family_name_readings_of_other_syllables() -> None:
    assert "young" in family_readings("영")  # no family name: every reading of it
    assert "yun" not in family_readings("연")  # a family name: its usual spellings only
    assert "youn" in family_readings("연") and "euh" in family_readings("어")
    assert "sul" in family_readings("설")  # ㅓ as u, as in Sung and Jun: Sul Kyung-gu


def test_family_names() -> None:
    assert family_name_length("김정은") == 1
    assert family_name_length("남궁민") == 2
    assert family_name_length("김") == 0
    assert family_readings("김") == ("kim", "gim")
    assert family_readings("이")[:3] == ("lee", "yi", "rhee")
    assert family_readings("최")[:2] == ("choi", "choe")
    assert "김" in surnames_spelt("kim") and "이" in surnames_spelt("lee")
    assert surnames_spelt("namkoong") == frozenset({"남궁"})
    assert surnames_spelt("smith") == frozenset()


def test_dictionary_forms_undo_the_initial_sound_rule() -> None:
    assert dictionary_forms("이") == ["이", "니", "리"]
    assert dictionary_forms("노") == ["노", "로"]
    assert dictionary_forms("김") == ["김"]


def test_a_foreign_l_written_twice() -> None:
    assert writes_foreign_l("켈리") and writes_foreign_l("샐리 필드")  # Kelly, Sally
    assert not writes_foreign_l("케리") and not writes_foreign_l("철수")  # Kerry; 철 before 수


def test_is_hangul_syllable() -> None:
    assert is_hangul_syllable("가")
    assert not is_hangul_syllable("ㄱ")
    assert not is_hangul_syllable("k")


def test_family_name_written_apart() -> None:
    name = analyze("이 명박", "Person")
    assert [(t.latin, t.kind.value) for t in name.tokens] == [
        ("lee", "family"),
        ("myong", "given"),
        ("pak", "given"),
    ]


def test_family_name_written_last() -> None:
    assert family_written_last(["현숙", "배"])  # as customer files write it
    assert not family_written_last(["김", "정은"])
    assert not family_written_last(["현숙배"])
    name = analyze("현숙 배", "Person")
    assert [(t.latin, t.kind.value) for t in name.tokens][-1] == ("bae", "family")
