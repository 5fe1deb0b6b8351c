"""Cyrillic readings by language."""

from __future__ import annotations

import pytest

from saring.names.cyrillic import cyrillic_language, cyrillic_readings


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Сергей Лавров", "ru"),
        ("Володимир Зеленський", "uk"),
        ("Олександр Юрійович", "uk"),
        ("Аляксандр Лукашэнка", "ru"),  # no letter of its own: read as Russian
        ("Аляксандр Рыгоравіч Лукашэнка", "be"),
        ("ВОЛКАЎ Аляксей", "be"),
        ("Ђорђе Јовановић", "sr"),
        ("Драган Шутановац", "sr"),  # -овац: no letter of its own, a Serbian ending
        ("Қасым-Жомарт Тоқаев", "kk"),
        ("Стъпков", "bg"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert cyrillic_language(text) == language


@pytest.mark.parametrize(
    ("token", "language", "readings"),
    [
        ("Хрущёв", "ru", ("khrushchyov", "khrushchev")),
        ("Щербаков", "ru", ("shcherbakov",)),
        ("Цыбульский", "ru", ("tsybulsky",)),
        ("Андреевич", "ru", ("andreyevich",)),
        ("Васильевич", "ru", ("vasilyevich",)),
        ("Евгений", "ru", ("yevgeny",)),
        ("Микола", "uk", ("mykola", "mikola")),
        ("Геннадій", "uk", ("hennadii", "gennady")),
        ("Київ", "uk", ("kyiv", "kiyiv")),
        ("Юрій", "uk", ("yurii", "yury")),
        ("Аляксандравіч", "be", ("aliaksandravich", "alyaksandravich")),
        ("Валкаў", "be", ("valkau",)),
        ("Јовановић", "sr", ("jovanovic", "yovanovich")),
        ("Тоқаев", "kk", ("toqayev", "tokayev")),
        ("Стъпков", "bg", ("stapkov", "stpkov")),
    ],
)
def test_readings(token: str, language: str, readings: tuple[str, ...]) -> None:
    assert cyrillic_readings(token, language)[: len(readings)] == readings


def test_english_names_as_russian_writes_them() -> None:
    # дж for j, ей before a consonant for a long a, у before a vowel and уэ for w
    assert "jak" in cyrillic_readings("Джейк")
    assert "baker" in cyrillic_readings("Бейкер")
    assert "gari" in cyrillic_readings("Гэри")  # э after a consonant: an English a
    assert "wilyam" in cyrillic_readings("Уильям")
    assert "pawell" in cyrillic_readings("Пауэлл")
    assert cyrillic_readings("Сергей")[:2] == ("sergey", "serhey")  # a final ей stays
    assert "max" in cyrillic_readings("Макс")  # кс as x
    assert "alexey" in cyrillic_readings("Алексей")


def test_french_and_german_names_as_russian_writes_them() -> None:
    # ш for ch, ц for z, ж for j
    assert "chirak" in cyrillic_readings("Ширак")
    assert "zukerberg" in cyrillic_readings("Цукерберг")
    assert "jak" in cyrillic_readings("Жак")


def test_russian_names_as_french_spells_them() -> None:
    # у as ou, ж as j, г before e as gu, a final и as i, a final ин as ine
    assert "loujkov" in cyrillic_readings("Лужков")
    assert "iouri" in cyrillic_readings("Юрий")
    assert "serguei" in cyrillic_readings("Сергей")
    assert "poutine" in cyrillic_readings("Путин")
    assert "khrouchtchiov" in cyrillic_readings("Хрущёв")
    # ж before a consonant stays zh in the French and German reading
    assert "lujkov" not in cyrillic_readings("Лужков")


def test_serbian_ending_without_serbian_letters() -> None:
    assert "veselinovic" in cyrillic_readings("веселинович")


def test_passport_spellings_of_iotated_vowels() -> None:
    # ю, я, є as passports write them (IULIIA), and Ukraine's official opening yu (Yuliia)
    assert {"iuliia", "yuliia"} <= set(cyrillic_readings("Юлія", "uk"))
    assert "iuliia" in cyrillic_readings("Юлия")
    assert "iaroslav" in cyrillic_readings("Ярослав")
    assert cyrillic_readings("Їжакевич", "uk")[-1] == "izhakevych"  # ї opening: yi or i
    assert "prokopiev" not in cyrillic_readings("Прокопиев")  # е keeps its glide (not Prokopov)
