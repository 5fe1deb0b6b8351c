"""Notes on a query that explain an empty answer before the engine is blamed for it."""

from __future__ import annotations

from saring.index import Record
from saring.names import analyze, scripts


def unread_note(query: Record) -> str:
    """Why nothing can match ``query`` when none of its names has a part with a Latin
    reading (``''`` otherwise, and for Latin names, which are then all titles or marks)."""
    found: set[str] = set()
    for name in query.names + query.weak_names:
        if analyze(name, query.schema).tokens:
            return ""
        found.update(scripts.token_script(word) for word in name.split())
    found -= {scripts.LATIN, scripts.COMMON}
    if not found:
        return ""
    return (
        f"no part of the name could be read: saring has no Latin reading for "
        f"{' and '.join(sorted(found))} script yet, so nothing can match it"
    )
