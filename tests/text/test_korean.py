"""Korean particles on names and titles."""

from __future__ import annotations

from saring.text.korean import ends_phrase, particle_lengths


def test_particles_where_korean_writes_them() -> None:
    assert particle_lengths("푸틴이") == (1,)  # 이 after a closed syllable
    assert particle_lengths("하메네이") == ()  # not after an open one: the name's own
    assert particle_lengths("프리고진을") == (1,)
    assert particle_lengths("라브로프에게서") == (3,)  # the longest: 에게서
    assert particle_lengths("마두로") == (1,)  # may be 로: both readings are tried
    assert particle_lengths("칸") == ()  # a word keeps a syllable


def test_phrase_closing_particles() -> None:
    assert ends_phrase("외무장관은")
    assert ends_phrase("재무부는")
    assert not ends_phrase("마두로")
    assert not ends_phrase("하메네이")
