"""Pieces of document scanning that need no lists: input, sentences, topics, dates."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from saring.text.dates import find_date
from saring.text.document import ScanInputError, read_document
from saring.text.events import find_event
from saring.text.linking import variants
from saring.text.topics import word_forms

FIXTURES = Path(__file__).parent.parent / "fixtures" / "text"


def test_cp1251_text_is_decoded() -> None:
    doc = read_document("Министр иностранных дел России Сергей Лавров заявил".encode("cp1251"))
    assert "Лавров" in doc.text


def test_oversized_input_is_refused() -> None:
    with pytest.raises(ScanInputError):
        read_document(b"a" * 11, max_bytes=10)


def test_related_links_are_a_section() -> None:
    doc = read_document("Body line one.\nBACA JUGA:\n- Another headline\nMore body.\n")
    kinds = [doc.section_at(doc.text.index(s)) for s in ("Body", "BACA", "Another", "More")]
    assert kinds == ["body", "related", "related", "body"]


def test_indonesian_affixes_are_stemmed() -> None:
    for word in ("disanksi", "menyanksi", "sanksinya"):
        assert "sanksi" in word_forms(word)


def test_dates_resolve_against_article_date() -> None:
    published = datetime.date(2022, 6, 24)
    assert find_date("pada Kamis (23/6) saat", "id", published).date == datetime.date(2022, 6, 23)
    assert find_date("pada 23 Juni 2022.", "id", None).date == datetime.date(2022, 6, 23)
    assert find_date("в среду", "ru", published).date == datetime.date(2022, 6, 22)


def test_english_event() -> None:
    event = find_event("Russia sanctioned US officials including Biden", 0, "body", "en", None)
    assert event is not None and event.authority == "Russia" and "Biden" in event.target
    assert (
        find_event("Moscow will work to defeat Western sanctions.", 0, "body", "en", None) is None
    )


def test_russian_case_endings_are_undone() -> None:
    assert "Сергей Лавров" in variants("Сергея Лаврова")


def test_date_like_phrases_without_a_month_are_not_dates() -> None:
    published = datetime.date(2022, 6, 24)
    assert find_date("sebanyak 5 orang 2022 tewas", "id", published) is None
    assert find_date("23 июня 2022 года", "ru", None).date == datetime.date(2022, 6, 23)
    assert find_date("sejak 24 Februari", "id", published).date == datetime.date(2022, 2, 24)


def test_one_language_document_gives_its_paragraphs_its_language() -> None:
    from saring.text.language import document_languages
    from saring.text.tokens import words

    text = (FIXTURES / "000_aa04c277c35a0562.txt").read_text(encoding="utf-8")
    language, _, paragraphs = document_languages(text, words(text))
    assert language == "id"
    assert {p["language"] for p in paragraphs if p["end"] - p["start"] > 20} == {"id"}


def test_paragraph_in_another_script_is_identified_on_its_own() -> None:
    from saring.text.language import document_languages
    from saring.text.tokens import words

    indonesian = (FIXTURES / "000_aa04c277c35a0562.txt").read_text(encoding="utf-8")
    russian = (FIXTURES / "ru_lavrov.txt").read_text(encoding="utf-8").strip()
    text = f"{indonesian.strip()}\n{russian}\n"
    language, _, paragraphs = document_languages(text, words(text))
    assert language == "id"
    assert paragraphs[-1]["language"] == "ru"
    assert text[paragraphs[-1]["start"] : paragraphs[-1]["end"]] == russian


def test_document_of_two_languages_has_paragraphs_of_each() -> None:
    from saring.text.language import document_languages
    from saring.text.tokens import words

    english = " ".join(
        (FIXTURES / name).read_text(encoding="utf-8").strip()
        for name in ("en_kim.txt", "en_namesakes.txt")
    )
    for seed in ("000_aa04c277c35a0562.txt", "002_2834be5b3e39e295.txt"):
        indonesian = (FIXTURES / seed).read_text(encoding="utf-8").strip()
        text = f"{indonesian}\n{english}\n"
        _, _, paragraphs = document_languages(text, words(text))
        assert paragraphs[-1]["language"] == "en"
        # Each paragraph identified on its own: short ones may read as Malay.
        assert {p["language"] for p in paragraphs[:-1]} <= {"id", "ms"}


def test_words_carry_offsets_keys_and_case() -> None:
    from saring.text.tokens import words

    text = "Menlu LAVROV bertemu 习近平"
    found = words(text)
    surfaces = [text[w.start : w.end] for w in found]
    assert surfaces == ["Menlu", "LAVROV", "bertemu", "习", "近", "平"]
    assert [w.key for w in found[:3]] == ["menlu", "lavrov", "bertemu"]
    assert [(w.cased, w.capitalised, w.upper) for w in found[:3]] == [
        (True, True, False),
        (True, True, True),
        (True, False, False),
    ]
    assert not found[3].cased


def test_language_walk_gives_py3langid_answer() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from saring.text import language

    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    plain.set_languages(list(language.LANGUAGES))
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    samples = [t[i : i + n] for t in texts for i in range(0, len(t), 211) for n in (30, 600)]
    for sample in samples + [t.upper() for t in texts]:
        assert language._identifier().classify(sample) == plain.classify(sample)
    assert language._WALKS  # the remembered walk was used


def test_sentences_split_after_stops_and_quotes() -> None:
    from saring.text.sentences import sentences

    text = ' Dia berkata: "Sudah." Lalu pergi.\n\nBaris baru?  Ya!\t\n"Akhir."  '
    found = [text[start:end] for start, end in sentences(text)]
    # A closing quote after a stop goes with the break, as the sentence's end.
    assert found == ['Dia berkata: "Sudah.', "Lalu pergi.", "Baris baru?", "Ya!", '"Akhir."']
    assert sentences("3.5 juta dan U.S.A") == [(0, 18)]
    assert sentences(" \n ") == []


def test_words_are_the_same_read_again() -> None:
    from saring.text.tokens import words

    text = "Iran's IRGC, al-Quds; Лавров 习近平 Iran's"
    first = words(text)
    assert [text[w.start : w.end] for w in first] == [
        "Iran's", "IRGC", "al", "Quds", "Лавров", "习", "近", "平", "Iran's",
    ]  # fmt: skip
    assert first[0].key == "irans" and first[4].key == "lavrov"
    assert words(text) == first
    assert words(text.replace("习近平", "Xi")) == first[:5] + [
        first[5]._replace(end=first[5].start + 2, text="Xi", key="xi", script="Latin",
                          cased=True, capitalised=True, upper=False),
        first[8]._replace(start=first[8].start - 1, end=first[8].end - 1),
    ]  # fmt: skip
