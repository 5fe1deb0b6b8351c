"""Every supported list format, by CLI name, and auto-detection."""

from __future__ import annotations

from pathlib import Path

from saring.sources import eu_fsf_xml, ftm_json, ofac_csv, ofac_xml, uk_ofsi, un_sc_xml, us_csl
from saring.sources.base import Format, SourceError

FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for module in (ofac_csv, ofac_xml, un_sc_xml, uk_ofsi, us_csl, eu_fsf_xml, ftm_json)
    for fmt in module.FORMATS
}

SNIFF_BYTES = 64 * 1024


def get_format(name: str) -> Format:
    """The format called ``name``; raises ``KeyError`` listing the known names."""
    if name not in FORMATS:
        raise KeyError(f"unknown format {name!r}; known: {', '.join(FORMATS)}")
    return FORMATS[name]


def detect(path: Path) -> Format:
    """Guess the format of ``path`` (a file or a folder holding a file set)."""
    head = b""
    if path.is_file():
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    for fmt in FORMATS.values():
        if fmt.sniff(path, head):
            return fmt
    raise SourceError(path, "format not recognised; name one of: " + ", ".join(FORMATS))
