"""Cutting a name into written pieces."""

from __future__ import annotations

from saring.names.tokenize import MAX_PIECES, split_pieces


def texts(text: str) -> list[str]:
    return [p.text for p in split_pieces(text)]


def test_words_and_separators() -> None:
    assert texts("Abd al-Rahman") == ["Abd", "al", "Rahman"]
    assert texts("Kim Jong-un") == ["Kim", "Jong", "un"]
    assert texts("ウラジーミル・プーチン") == ["ウラジーミル", "プーチン"]
    assert texts("  ") == []


def test_apostrophes_join_and_dotted_abbreviations_close_up() -> None:
    assert texts("Sa'id ‘Abd O’Brien") == ["Said", "Abd", "OBrien"]
    assert texts("Total S.A.") == ["Total", "SA"]
    assert texts("J. Smith") == ["J", "Smith"]


def test_a_persons_dotted_initials_are_cut_into_letters() -> None:
    assert [p.text for p in split_pieces("J.R.R. Tolkien", initials=True)] == [
        "J", "R", "R", "Tolkien"
    ]  # fmt: skip
    assert [p.text for p in split_pieces("Лавров С.В.", initials=True)] == ["Лавров", "С", "В"]


def test_combining_marks_stay_in_words() -> None:
    assert texts("नरेंद्र मोदी") == ["नरेंद्र", "मोदी"]
    assert texts("الدّين") == ["الدّين"]
    assert texts("Ю́рий") == ["Ю́рий"]


def test_hyphen_and_comma_flags() -> None:
    pieces = split_pieces("PUTIN, Vladimir Amir-Abdollahian")
    assert [(p.hyphen, p.comma) for p in pieces] == [
        (False, False),
        (False, True),
        (False, False),
        (True, False),
    ]
    assert split_pieces("A - B")[1].hyphen


def test_a_dot_after_a_piece_is_kept() -> None:
    assert [p.dotted for p in split_pieces("Yu. Ts. Oganessian")] == [True, True, False]
    assert not any(p.dotted for p in split_pieces("Yu Zhengsheng"))


def test_long_input_is_cut() -> None:
    assert len(split_pieces("word " * 1000)) == MAX_PIECES


def test_a_hebrew_geresh_stays_in_its_word_as_a_mark() -> None:
    assert [p.text for p in split_pieces("ג'ורג' בוש")] == ["ג\u05c4ורג\u05c4", "בוש"]
    assert [p.text for p in split_pieces("Sa'id ג׳מאל")] == ["Said", "ג\u05c4מאל"]
