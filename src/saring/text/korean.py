"""Korean particles: the case endings Korean writes onto a name's last word (프리고진을,
푸틴이, 외무장관은), which a name or title is read without."""

from __future__ import annotations

from functools import lru_cache

from saring.names.hangul import has_final, is_hangul_syllable

#: Particles written after any syllable.
_AFTER_ANY = frozenset(
    "에게서 으로서 으로써 에서는 에게는 께서는 에게 에서 께서 까지 부터 처럼 보다 에는 과의 와의 "
    "의 도 에 만".split()
)
#: Particles written after a syllable closed by a consonant, and after an open one.
_AFTER_CONSONANT = frozenset("으로 은 이 을 과".split())
_AFTER_VOWEL = frozenset("로 는 가 를 와".split())
_LONGEST = max(map(len, _AFTER_ANY | _AFTER_CONSONANT | _AFTER_VOWEL))


@lru_cache(maxsize=50_000)
def particle_lengths(word: str) -> tuple[int, ...]:
    """The lengths of the particles a Hangul word may end with, longest first, each where
    Korean writes it (이 after a closed syllable: 푸틴이, not 하메네이); a word keeps at least
    one syllable."""
    found = []
    for size in range(min(_LONGEST, len(word) - 1), 0, -1):
        ending, before = word[-size:], word[-size - 1]
        if not is_hangul_syllable(before):
            continue
        closed = has_final(before)
        if (
            ending in _AFTER_ANY
            or (ending in _AFTER_CONSONANT and closed)
            or (ending in _AFTER_VOWEL and not closed)
        ):
            found.append(size)
    return tuple(found)


#: Particles that close a noun phrase, never the end of a name.
_CLOSING = frozenset("은 는 을 를 에서 에게 께서 에는 에서는 에게는 께서는".split())


def ends_phrase(word: str) -> bool:
    """Whether a Hangul word ends with a particle that closes its phrase (외무장관은,
    재무부는), so no name runs on past it."""
    return any(word[-size:] in _CLOSING for size in particle_lengths(word))
