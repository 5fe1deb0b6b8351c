"""Titles and honorifics before a name."""

from __future__ import annotations

from saring.names import Kind, analyze
from saring.names.titles import (
    hangul_title_pieces,
    leading_titles,
    may_start_title,
    title_form,
    trailing_honorifics,
)


def test_leading_titles() -> None:
    assert leading_titles(["hojjat", "al", "islam", "hasan", "rouhani"]) == 3
    assert leading_titles(["mullah", "abd", "ghani", "baradar"]) == 1
    assert leading_titles(["dr", "mr", "john", "smith"]) == 2
    assert leading_titles(["lieutenant", "colonel", "ivanov"]) == 2
    assert leading_titles(["john", "dr"]) == 0  # only at the start
    assert leading_titles(["sheikh"]) == 0  # never the whole name
    assert leading_titles([]) == 0


def test_arabic_script_titles() -> None:
    assert title_form("sayed", "سيد") == "سید"
    assert leading_titles([title_form("x", "سيد"), "محمد"]) == 1
    assert may_start_title("sheikh")
    assert not may_start_title("smith")
    # the doctor of the Arab press, written out or as د., and Urdu's titles
    for name in ("الدكتور أيمن الظواهري", "د. محمد مرسي", "ڈاکٹر عافیہ صدیقی", "جنرل قمر باجوہ"):
        assert analyze(name, "Person").tokens[0].kind == Kind.TITLE, name


def test_titles_written_as_one_word_or_several() -> None:
    def kinds(name: str) -> list[str]:
        return [t.kind.value for t in analyze(name, "Person").tokens]

    # one Latin word, not cut as a compound like Hojjatollah (Hojjat + Allah)
    assert kinds("Ayatollah Ali Khamenei") == ["title", "other", "other"]
    assert kinds("Аятолла Али Хаменеи") == ["title", "other", "other"]
    assert kinds("Hojjatollah Qureishi")[0] != "title"
    assert kinds("آیت الله علی خامنه ای")[:3] == ["title", "title", "other"]
    assert kinds("حجت الاسلام والمسلمین حسن روحانی") == ["title"] * 3 + ["other"] * 2
    # Hojjat before Allah is a given name, before al-Islam a title
    assert kinds("حجت الله قریشی") == ["other"] * 3


def test_hebrew_titles_and_what_they_are_of() -> None:
    def titles(name: str) -> list[str]:
        return [t.original for t in analyze(name, "Person").tokens if t.kind == Kind.TITLE]

    assert titles("הרב שלמה גורן") == ["הרב"]
    assert titles("רב-ניצב יעקב טרנר") == ["רב", "ניצב"]
    # the rebbe of a place, the chief rabbi of a country
    assert titles("האדמו״ר מויז'ניץ רבי ישראל הגר") == ["האדמור", "מויז׳ניץ", "רבי"]
    assert titles("הרב הראשי לצרפת חיים קורסיה") == ["הרב", "הראשי", "לצרפת"]
    assert titles("הרב משה פיינשטיין") == ["הרב"]  # משה is no place


def test_cyrillic_titles_by_their_reading() -> None:
    def kinds(name: str) -> list[str]:
        return [t.kind.value for t in analyze(name, "Person").tokens]

    assert kinds("митрополит Иларион Алфеев")[0] == "title"
    assert kinds("генерал армии Николай Макаров")[:2] == ["title", "title"]
    assert kinds("генерал-лейтенант Сергій Наєв")[:2] == ["title", "title"]


def test_hangul_titles_before_and_after_the_name() -> None:
    assert hangul_title_pieces(["김삼환", "목사"]) == {1}
    assert hangul_title_pieces(["교황", "프란치스코"]) == {0}
    assert hangul_title_pieces(["국방부", "장관", "이양호"]) == {0, 1}
    assert hangul_title_pieces(["김정은", "국무위원장"]) == {1}
    assert hangul_title_pieces(["경찰청장", "윤희근"]) == {0}  # a post by its ending
    assert hangul_title_pieces(["목사"]) == frozenset()  # never the whole name
    assert hangul_title_pieces(["김정은"]) == frozenset()
    # an employer written between a Korean name and the post
    assert hangul_title_pieces(["김정태", "하나금융지주", "회장"]) == {1, 2}
    assert hangul_title_pieces(["이와야", "다케시", "일본", "외무상"]) == {2, 3}
    # the rest is read as a Korean name: the family name apart from the given name
    tokens = analyze("정관 스님", "Person").tokens
    assert [(t.original, t.kind) for t in tokens[:2]] == [("정", Kind.FAMILY), ("관", Kind.GIVEN)]


def test_vessel_prefixes() -> None:
    for written in ("MV Hellenic Spirit", "M/V Hellenic Spirit", "M.V. HELLENIC SPIRIT"):
        tokens = analyze(written, "Vessel").tokens
        assert [t.latin for t in tokens if t.kind != Kind.TITLE] == ["hellenic", "spirit"]
    # alone, or in a company's name, it is a name part
    assert [t.kind for t in analyze("MV", "Vessel").tokens] == [Kind.OTHER]
    assert analyze("MV Holdings", "Company").tokens[0].kind != Kind.TITLE


def test_epithets_after_a_rulers_name_stand_for_their_meaning() -> None:
    def parts(name: str) -> list[tuple[str, str]]:
        return [(t.kind.value, t.latin) for t in analyze(name, "Person").tokens]

    assert parts("Ярослав Мудрый")[-1] == ("number", "wise")
    assert parts("Peter the Great") == [("other", "peter"), ("title", "the"), ("number", "great")]
    assert parts("Katharina die Große")[-1] == ("number", "great")
    assert parts("Ludwig Mies van der Rohe")[-1] == ("other", "rohe")  # no epithet
    assert parts("דוד המלך")[-1][0] == "title"


def test_a_place_and_the_title_held_there_after_a_name() -> None:
    kinds = [t.kind.value for t in analyze("Harry, Duke of Sussex", "Person").tokens]
    assert kinds == ["family", "title", "title", "title"]


def test_a_royal_title_written_onto_a_hangul_name_is_cut_off() -> None:
    tokens = analyze("세종대왕", "Person").tokens
    assert [t.original for t in tokens if t.kind.value == "title"] == ["대", "왕"]  # by syllable
    assert [t.kind.value for t in analyze("윌리엄 왕세자", "Person").tokens][-1] == "title"


def test_an_office_before_a_name_with_the_country_it_serves() -> None:
    def kinds(name: str) -> list[str]:
        return [t.kind.value for t in analyze(name, "Person").tokens]

    assert kinds("министр иностранных дел России Сергей Лавров")[:5] == ["title"] * 4 + ["other"]
    assert kinds("директор ФСБ Александр Бортников")[:2] == ["title", "title"]
    assert kinds("الرئيس الروسي فلاديمير بوتين")[:2] == ["title", "title"]
    assert kinds("נשיא רוסיה ולדימיר פוטין")[:2] == ["title", "title"]
    assert kinds("러시아 대통령 블라디미르 푸틴")[:2] == ["title", "title"]
    # lower case alone is no office: a name typed carelessly, or one capitalised word after
    assert "title" not in kinds("vladimir putin")
    assert "title" not in kinds("vladimir Putin")


def test_a_dotted_letter_is_an_initial_not_a_title() -> None:
    assert analyze("U Thant", "Person").tokens[0].kind == Kind.TITLE  # the Burmese U
    assert analyze("U. Alon", "Person").tokens[0].kind == Kind.INITIAL


def test_korean_bodies_and_the_words_before_a_title() -> None:
    assert hangul_title_pieces(["박성재", "법무부", "장관"]) == {1, 2}
    assert hangul_title_pieces(["채동욱", "전", "검찰총장"]) == {1, 2}  # 전: former
    assert hangul_title_pieces(["전", "두환"]) == set()  # 전 is also a family name
    # a post with the place it serves written onto it: mayor of Sejong, Seoul's education chief
    assert hangul_title_pieces(["이춘희", "세종시장"]) == {1}
    assert hangul_title_pieces(["조희연", "서울시교육감"]) == {1}
    assert hangul_title_pieces(["손흥민", "선수"]) == {1}  # a player
    assert hangul_title_pieces(["볼라", "티누부"]) == set()  # Tinubu is no ministry


def test_an_office_after_an_arabic_script_name() -> None:
    def kinds(name: str) -> list[str]:
        return [t.kind.value for t in analyze(name, "Person").tokens]

    assert kinds("بهرام قاسمی سخنگوی وزارت امور خارجه")[2:] == ["title"] * 4
    assert "title" not in kinds("فلسيانو سمبوريو ديلوس رييس")  # Reyes is no رئيس
    assert "title" not in kinds("علی وزیر")  # one name part before it: a family name


def test_a_fathers_name_after_son_of_is_no_place() -> None:
    tokens = analyze("Akhter Mohmad son of Noor Mohmad", "Person").tokens
    assert "title" not in [t.kind.value for t in tokens]


def test_honorifics_after_a_religious_name() -> None:
    def kinds(name: str) -> list[str]:
        return [t.kind.value for t in analyze(name, "Person").tokens]

    assert kinds("Daehaeng Kun Sunim") == ["other", "title", "title"]
    assert kinds("Venerable Beopjeong Sunim") == ["title", "other", "title"]
    assert kinds("Sunim") == ["other"]  # never the whole name
    assert trailing_honorifics(["zopa", "rinpoche"]) == 1
