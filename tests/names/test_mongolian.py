from saring.names.mongolian import genitive_stems


def test_a_fathers_name_in_the_genitive_gives_the_bare_name() -> None:
    assert "ухнаа" in genitive_stems("Ухнаагийн")  # -гийн after a long vowel
    assert genitive_stems("Хүрэлсүхийн") == ("хүрэлсүх",)  # -ийн after a front-vowel stem
    assert genitive_stems("Намбарын") == ("намбар",)  # -ын after a back-vowel one
    assert set(genitive_stems("Нацагийн")) == {"наца", "нацаг"}  # -гийн or a г stem's -ийн
    assert "tsakhia" in genitive_stems("Tsakhiagiin")  # the Latin spelling too
    assert genitive_stems("Дамдины") == ("дамдин",)  # -ы after a stem ending in н


def test_other_words_have_no_genitive() -> None:
    assert genitive_stems("Солженицын") == ()  # the Russian -цын
    assert genitive_stems("Иванов") == ()
    assert genitive_stems("Martin") == ()
    assert genitive_stems("Ыын") == ()  # too short to leave a name
    assert genitive_stems("Марины") == ("марин",)  # read so too, only as an extra reading
    assert genitive_stems("Ины") == ()
