"""Combinations of letter readings, likeliest first."""

from __future__ import annotations

from saring.names.choices import likeliest_choices


def test_single_departures_come_before_pairs_wherever_they_are() -> None:
    options = [("a", "b"), ("c",), ("d", "e"), ("f", "g")]
    found = likeliest_choices(options, 64)
    assert found[0] == ("a", "c", "d", "f")
    singles = {("b", "c", "d", "f"), ("a", "c", "e", "f"), ("a", "c", "d", "g")}
    assert set(found[1:4]) == singles  # the last letter's departure is not left behind
    assert len(found) == len(set(found)) == 8  # every combination once


def test_limit() -> None:
    options = [("a", "b", "c")] * 6
    found = likeliest_choices(options, 10)
    assert len(found) == 10
    assert sum(1 for combo in found if combo.count("a") == 5) == 9  # all 12 singles would not fit
