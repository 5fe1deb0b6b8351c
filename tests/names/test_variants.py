"""Tokens written together or apart."""

from __future__ import annotations

from saring.names import Equivalence, analyze, joined_runs, token_equivalence


def runs(text: str, schema: str = "Person") -> dict[str, tuple[int, int]]:
    return {run.latin: (s, e) for s, e, run in joined_runs(analyze(text, schema).tokens)}


def test_joined_runs() -> None:
    found = runs("Kim Jong Un")
    assert found["jongun"] == (1, 3)
    assert found["kimjongun"] == (0, 3)
    assert "amirabdlahian" in runs("Amir-Abdollahian")
    assert "amjadabbas" in runs("Amjad al-Abbas")  # particles are skipped over
    assert runs("Dr Smith") == {}
    # and joined with their particles: van der Bilt, Vanderbilt
    assert runs("Jan van der Bilt")["vanderbilt"] == (1, 4)
    assert runs("van der bilt corp", "Company")["vanderbilt"] == (0, 3)
    assert "alabbas" in runs("Amjad al-Abbas")


def test_words_written_apart_make_no_digraph_across_their_join() -> None:
    joined = next(t for s, e, t in joined_runs(analyze("Mohammad Hadi").tokens))
    assert "mhmdhd" in joined.skeletons  # d + h, not the dh of ذ


def test_joined_tokens_meet_single_tokens() -> None:
    split = analyze("Amir-Abdollahian", "Person")
    joined = analyze("Amirabdollahian", "Person").tokens[0]
    persian = analyze("امیرعبداللهیان", "Person").tokens[0]
    run = joined_runs(split.tokens)[-1][2]
    assert token_equivalence(run, joined) >= Equivalence.SKELETON
    assert token_equivalence(run, persian) >= Equivalence.SKELETON
    assert token_equivalence(joined, persian) >= Equivalence.SKELETON


def test_korean_runs_combine_romanisations() -> None:
    korean = analyze("김정은", "Person")
    run = [r for s, e, r in joined_runs(korean.tokens) if (s, e) == (1, 3)][0]
    for spelling in ("Jongun", "Jeongeun", "Jongeun"):
        other = analyze(spelling, "Person").tokens[0]
        assert token_equivalence(run, other) >= Equivalence.PHONETIC, spelling


def test_korean_runs_write_a_final_l_before_a_vowel_as_r() -> None:
    korean = analyze("한설야", "Person")
    run = [r for s, e, r in joined_runs(korean.tokens) if (s, e) == (1, 3)][0]
    assert "sorya" in run.variants and "solya" in (run.latin, *run.variants)
    kim = analyze("김일성", "Person")  # no vowel after the l: no r
    assert not any("r" in r.latin + "".join(r.variants) for _, _, r in joined_runs(kim.tokens))


def test_arabic_runs_read_the_joined_word() -> None:
    persian = analyze("محمد رضا", "Person")
    run = joined_runs(persian.tokens)[0][2]
    latin = analyze("Mohammadreza", "Person").tokens[0]
    assert token_equivalence(run, latin) >= Equivalence.SKELETON


def test_a_particle_joins_the_name_after_it_only() -> None:
    from saring.names.variants import run_positions

    tokens = analyze("Khalid al-Hayya", "Person").tokens
    runs = run_positions(tokens)
    assert [1, 2] in runs  # al + Hayya: Alhayya
    assert [0, 1] not in runs  # Khalid + al is no name
