"""Names quoted inside an organisation's full name: ``ООО «Ромашка»``, ``State Corporation
"Rostec"``. The quoted words are the name the organisation goes by."""

from __future__ import annotations

import re

#: Innermost quoted spans: guillemets, typographic and straight double quotes.
_QUOTED = re.compile(r"«([^«»]+)»|“([^“”]+)”|„([^„“”]+)[“”]|\"([^\"]+)\"")
_QUOTES = ' «»“”„"'
#: Fewest letters a quoted span needs to be a name.
MIN_LETTERS = 2


def quoted_names(text: str) -> list[str]:
    """The quoted spans of a name that could be names themselves (not the whole name)."""
    whole = text.strip(_QUOTES)
    found = []
    for match in _QUOTED.finditer(text):
        span = next(group for group in match.groups() if group is not None).strip()
        if sum(c.isalpha() for c in span) >= MIN_LETTERS and span != whole:
            found.append(span)
    return found
