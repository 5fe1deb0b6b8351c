"""Element helpers for the XML importers: children by local name and their text.

Elements are looked up by local name, so they work alike with and without a default
namespace. Comments and processing instructions are never matched. Every helper
accepts ``None`` for a missing element.
"""

from __future__ import annotations

from lxml import etree


def local(el: etree._Element) -> str | None:
    """The tag without its namespace; ``None`` for comments and processing instructions."""
    tag = el.tag
    if not isinstance(tag, str):
        return None
    return tag.rpartition("}")[2]


def children(el: etree._Element | None, name: str) -> list[etree._Element]:
    """The child elements whose local name is ``name``."""
    if el is None:
        return []
    return [c for c in el if local(c) == name]


def child(el: etree._Element | None, name: str) -> etree._Element | None:
    """The first child element whose local name is ``name``."""
    if el is None:
        return None
    return next((c for c in el if local(c) == name), None)


def walk(el: etree._Element | None, *names: str) -> list[etree._Element]:
    """Every descendant reached by following ``names`` (local names) down from ``el``."""
    level = [el] if el is not None else []
    for name in names:
        level = [c for parent in level for c in children(parent, name)]
    return level


def text(el: etree._Element | None) -> str:
    """The element's own text with runs of whitespace collapsed; ``""`` when none."""
    if el is None or el.text is None:
        return ""
    return " ".join(el.text.split())


def ctext(el: etree._Element | None, name: str) -> str:
    """The text (see ``text``) of the first child named ``name``."""
    return text(child(el, name))
