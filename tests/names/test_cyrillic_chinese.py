"""Chinese names in Cyrillic (Palladius) read in pinyin."""

from __future__ import annotations

from saring.names import analyze
from saring.names.cyrillic_chinese import chinese_name, pinyin_readings, segments, spellings


def test_spellings_follow_the_system() -> None:
    assert spellings("jin") == ("цзинь",)
    assert spellings("ping") == ("пин",)
    assert spellings("xi") == ("си",)
    assert spellings("zi") == ("цзы",)
    assert spellings("zhi") == ("чжи",)
    assert spellings("ju") == ("цзюй",)
    assert spellings("hui") == ("хуэй",)
    assert spellings("ren") == ("жэнь", "жень")
    assert spellings("wang") == ("ван",)
    assert spellings("guo") == ("го",)


def test_words_read_as_pinyin_syllables() -> None:
    assert pinyin_readings("Цзиньпин") == ("jinping",)
    assert pinyin_readings("Цзэдун") == ("zedong",)
    assert pinyin_readings("Кэцян") == ("keqiang",)
    assert pinyin_readings("Сергей") == ()
    assert segments("Цзиньтао")[0] == ("цзинь", "тао")  # fewest syllables first
    assert pinyin_readings("Чжунъин") == ("zhongying",)  # a hard sign parts the syllables
    assert segments("Чжунъин") == (("чжун", "ин"),)


def test_a_name_is_chinese_when_its_spelling_or_family_name_tells() -> None:
    assert chinese_name(["Си", "Цзиньпин"])
    assert chinese_name(["Ли", "Пэн"])
    assert chinese_name(["Ван", "И"])  # a family name opens it
    assert not chinese_name(["Иван", "Петров"])
    assert not chinese_name(["Анна", "Ан"])  # syllables, but nothing Chinese about them


def test_analysis_adds_pinyin_readings_and_family_name() -> None:
    name = analyze("Си Цзиньпин", "Person")
    family, given = name.tokens
    assert family.latin == "si" and "xi" in family.variants
    assert given.latin == "tszinpin" and "jinping" in given.variants
    assert (family.kind.value, given.kind.value) == ("family", "given")
    assert analyze("Сергей Лавров", "Person").tokens[0].variants[:1] == ("serhey",)  # г as h


def test_ukrainian_palladius_spellings_read_as_pinyin() -> None:
    family, given = analyze("Сі Цзіньпін", "Person").tokens  # Ukrainian і for и
    assert "xi" in family.variants and "jinping" in given.variants
