"""Words spelt in pinyin syllables, in pinyin or another script's spelling of them."""

from __future__ import annotations

from saring.names.pinyin_spelling import spelt_in_pinyin


def test_words_spelt_in_pinyin_syllables() -> None:
    assert spelt_in_pinyin("weifang")
    assert spelt_in_pinyin("jinping")
    assert not spelt_in_pinyin("fidan")
    assert not spelt_in_pinyin("zhangzhangzhangzhangzhang")  # more than four
