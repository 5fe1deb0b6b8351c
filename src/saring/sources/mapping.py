"""Small helpers for building FollowTheMoney entities, shared by the list importers."""

from __future__ import annotations

import re
from collections.abc import Iterable

from followthemoney.proxy import EntityProxy
from rigour.names import extract_org_types

#: Company words that ``extract_org_types`` does not count as legal forms.
COMPANY_WORD = re.compile(r"\b(?:company|co|corp|corporation|inc)\b", re.I)


def put_or_note(
    entity: EntityProxy, prop: str, value: str | None, label: str | None = None
) -> None:
    """Add ``value`` to ``prop``; a value the property cannot hold is kept in ``notes``.

    The note reads ``<label>: <value>`` (``label`` defaults to ``prop``). Empty values
    are ignored.
    """
    if not value:
        return
    prop_obj = entity.schema.get(prop)
    if prop_obj is not None and prop_obj.type.clean(value, proxy=entity, format=prop_obj.format):
        entity.add(prop, value)
    else:
        entity.add("notes", f"{label or prop}: {value}")


#: Legal-form abbreviations that are also common words ("AL-QAIDA IN IRAQ" is no company).
AMBIGUOUS_FORMS = {"in", "at", "as", "is", "on", "of", "or", "an", "a", "and"}
#: Generic organisation types that are not companies.
NON_COMPANY_TYPES = {"ngo"}


def is_company_name(name: str) -> bool:
    """Whether ``name`` carries a company word or a legal form (``LLC``, ``GmbH``, …)."""
    if COMPANY_WORD.search(name):
        return True
    return any(
        form.lower() not in AMBIGUOUS_FORMS and generic not in NON_COMPANY_TYPES
        for form, generic in extract_org_types(name, generic=True)
    )


def org_schema(names: Iterable[str]) -> str:
    """``Company`` when one of ``names`` is a company name, else ``Organization``."""
    return "Company" if any(is_company_name(name) for name in names) else "Organization"
