"""Foreign names written in Hangul by sound."""

from __future__ import annotations

from saring.names import analyze, scripts
from saring.names.hangul_foreign import (
    baptismal_word,
    final_vowel,
    foreign_keys,
    foreign_name,
    foreign_reading,
    hearing_keys,
)


def test_foreign_names_are_told_from_korean_ones() -> None:
    assert foreign_name(["도널드", "트럼프"])  # 드, 프: a consonant with the silent vowel
    assert foreign_name(["버락", "오바마"])  # 버락 is no Korean family name
    assert foreign_name(["조", "바이든"])  # a given name of three syllables
    assert foreign_name(["마무드아마디네자드"])
    assert not foreign_name(["김정은"])
    assert not foreign_name(["김", "정은"])
    assert not foreign_name(["현준", "민서", "김"])  # the family name last
    assert foreign_name(["앤디", "김"])  # after syllables no Chinese character is read as
    # opened by a Vietnamese family name or a Burmese word, whatever its last word
    assert foreign_name(["부이", "타인", "선"])  # Bùi Thanh Sơn
    assert foreign_name(["아웅", "피에", "손"])  # Aung Pyae Sone
    # an English given name in syllables Chinese characters are also read as
    assert foreign_name(["해리", "김"])  # Harry Kim
    assert foreign_name(["수전", "최"])  # Susan Choi
    assert not foreign_name(["현숙", "배"])  # a Korean given name, as customer files write it
    assert not foreign_name(["유진", "김"])  # a name Koreans bear too is read as Korean


def test_spanish_j_as_korean_hears_it() -> None:
    assert foreign_keys("후안")[0] in hearing_keys("juan")  # hu, not w
    assert foreign_name(["임란", "칸"])
    assert not foreign_name(["남궁민수"])  # a family name of two syllables
    assert not foreign_name(["Kim"])


def test_readings_and_keys_of_a_word() -> None:
    assert foreign_reading("트럼프") == "tromp"
    assert foreign_reading("블라디미르") == "bladimir"  # ㄹ before ㄹ writes one l
    # ㅓ is any vowel: Donald, Trump, Hitler
    assert set(foreign_keys("도널드")) == {"tonart", "tonort"}
    assert "tonart" in hearing_keys("Donald")
    assert foreign_keys("라브로프") == hearing_keys("Lavrov")[:1]
    assert set(foreign_keys("게이츠")) & set(hearing_keys("Gates"))
    assert set(foreign_keys("스타머")) & set(hearing_keys("Starmer"))
    assert not set(foreign_keys("펜스")) & set(hearing_keys("Penn"))
    # a Korean syllable's spelling is heard in English only: not Kim as French says it (캥)
    assert hearing_keys("Kim") == ("kam",)
    assert hearing_keys("Khan") == ("han", "kan")
    assert set(foreign_keys("칸")) & set(hearing_keys("Khan"))  # kh also heard k
    assert set(foreign_keys("부토")) & set(hearing_keys("Bhutto"))  # South Asian bh as b
    assert set(foreign_keys("바가트")) & set(hearing_keys("Bhagat"))
    assert set(foreign_keys("헤인즈")) & set(hearing_keys("Haynes"))  # a final s said z
    assert set(foreign_keys("존스")) & set(hearing_keys("Jones"))  # or s


def test_other_languages_spellings_are_heard() -> None:
    assert set(foreign_keys("시라크")) & set(hearing_keys("Chirac"))  # French ch
    assert set(foreign_keys("자크")) & set(hearing_keys("Jacques"))  # French qu, final s
    assert set(foreign_keys("우고")) & set(hearing_keys("Hugo"))  # Spanish h unsounded
    assert set(foreign_keys("차베스")) & set(hearing_keys("Chavez"))  # Spanish final z
    assert set(foreign_keys("하비에르")) & set(hearing_keys("Javier"))  # Spanish j
    assert set(foreign_keys("후미오")) & set(hearing_keys("Fumio"))  # Japanese fu
    assert set(foreign_keys("마쓰모토")) & set(hearing_keys("Matsumoto"))  # tsu
    assert set(foreign_keys("에르도안")) & set(hearing_keys("Erdogan"))  # Turkish ğ
    assert not set(foreign_keys("시라크")) & set(hearing_keys("Chavez"))
    assert set(foreign_keys("올랑드")) & set(hearing_keys("Hollande"))  # French nasals
    assert set(foreign_keys("로랑")) & set(hearing_keys("Laurent"))
    assert set(foreign_keys("조지")) & set(hearing_keys("George"))  # soft g, r unsounded
    assert set(foreign_keys("부시")) & set(hearing_keys("Bush"))  # a final sh as 시
    assert set(foreign_keys("사파테로")) & set(hearing_keys("Zapatero"))  # Spanish z as s
    assert set(foreign_keys("세르파")) & set(hearing_keys("Zerpa"))
    assert set(foreign_keys("카레뇨")) & set(hearing_keys("Carreno"))  # ñ without its tilde
    assert set(foreign_keys("초")) & set(hearing_keys("Kyaw"))  # Burmese ky and aw
    assert set(foreign_keys("치")) & set(hearing_keys("Kyi"))
    assert not set(foreign_keys("초")) & set(hearing_keys("Kay"))
    assert set(foreign_keys("밀리탕")) & set(hearing_keys("Militao"))  # Portuguese ão
    assert set(foreign_keys("기마랑이스")) & set(hearing_keys("Guimaraes"))  # and ães
    assert set(foreign_keys("부와꾼")) & set(hearing_keys("Buwakul"))  # Thai final l as n
    assert set(foreign_keys("브와디스와프")) & set(hearing_keys("Wladyslaw"))  # Polish ł
    assert set(foreign_keys("야로스와프")) & set(hearing_keys("Jaroslaw"))


def test_a_foreign_name_is_one_token_a_word() -> None:
    tokens = analyze("세르게이 라브로프", "Person").tokens
    assert [t.original for t in tokens] == ["세르게이", "라브로프"]
    assert {t.script for t in tokens} == {scripts.HANGUL_FOREIGN}
    korean = analyze("김정은", "Person").tokens
    assert [t.original for t in korean] == ["김", "정", "은"]
    # a company's name is read as Korean words
    assert analyze("삼성전자", "Company").tokens[0].script == scripts.HANGUL


def test_one_word_no_family_name_opens_is_foreign() -> None:
    assert foreign_name(["윌리엄"])  # William: 윌 is no family name nor a Chinese reading
    assert not foreign_name(["렴대옥"])  # a North Korean family name the table lacks


def test_portuguese_as_korean_hears_it() -> None:
    # an initial r as h (호날두: Ronaldo); as Brazil says it, l ending a syllable as u, di as ji
    assert foreign_keys("호날두")[0] in hearing_keys("ronaldo")
    assert foreign_keys("호나우지뉴")[0] in hearing_keys("ronaldinho")
    assert foreign_keys("지우마")[0] in hearing_keys("dilma")
    assert foreign_keys("루이스")[0] in hearing_keys("lewis")  # English ew as u


def test_thai_romanisation_as_korean_hears_it() -> None:
    # v as w, j as ch, an initial sr as s, a final tra as t
    assert foreign_keys("웨차치와")[0] in hearing_keys("vejjajiva")
    assert foreign_keys("세타")[0] in hearing_keys("srettha")
    assert foreign_keys("친나왓")[0] in hearing_keys("shinawatra")


def test_vietnamese_syllables_as_korean_writes_them() -> None:
    # tr and ch opening a syllable as ㅉ, d as ㅈ; only in a word of one syllable
    assert foreign_keys("찌엣")[0] in hearing_keys("triet")
    assert foreign_keys("찌")[0] in hearing_keys("chi")
    assert foreign_keys("중")[0] in hearing_keys("dung")
    assert foreign_keys("찌")[0] not in hearing_keys("chicago")


def test_english_as_korean_writes_it() -> None:
    # th as s, a final ds or des as z, wh as hw, ㅕ after s as the vowel of sher
    assert foreign_keys("스미스")[0] in hearing_keys("smith")
    assert foreign_keys("키스")[0] in hearing_keys("keith")
    assert foreign_keys("에드워즈")[0] in hearing_keys("edwards")
    assert foreign_keys("로즈")[0] in hearing_keys("rhodes")
    assert foreign_keys("화이트")[0] in hearing_keys("white")
    assert set(foreign_keys("피셔")) & set(hearing_keys("fisher"))


def test_german_as_korean_writes_it() -> None:
    # ch after a front vowel or l, n, r as 히, a final ig as 이히, an opening v as f
    assert foreign_keys("하인리히")[0] in hearing_keys("heinrich")
    assert foreign_keys("알브레히트")[0] in hearing_keys("albrecht")
    assert foreign_keys("루트비히")[0] in hearing_keys("ludwig")
    assert foreign_keys("폰")[0] in hearing_keys("von")
    assert foreign_keys("바흐")[0] in hearing_keys("bach")  # after a: 흐


def test_japanese_small_tsu_as_a_final_s() -> None:
    assert set(foreign_keys("잇페이")) & set(hearing_keys("ippei"))  # Ippei
    assert set(foreign_keys("삿포로")) & set(hearing_keys("sapporo"))
    assert set(foreign_keys("마거릿")) & set(hearing_keys("margaret"))  # a final t stays


def test_a_final_french_j_written_with_u() -> None:
    assert set(foreign_keys("조르주")) & set(hearing_keys("georges"))
    assert set(foreign_keys("조지")) & set(hearing_keys("george"))


def test_the_vowel_a_foreign_word_ends_on() -> None:
    assert final_vowel("페라리") == "i"
    assert final_vowel("마리오") == "o"
    assert final_vowel("조반나") == "a"
    assert final_vowel("이뇌뉘") == "e"  # ㅟ writes ü too
    assert final_vowel("스미스") == ""  # the silent vowel
    assert final_vowel("마틴") == ""


def test_a_baptismal_name_after_a_korean_name() -> None:
    assert baptismal_word(["최덕기", "바오로"])
    assert not baptismal_word(["요한", "바오로"])  # John Paul: two Christian names
    assert not baptismal_word(["바오로"])
