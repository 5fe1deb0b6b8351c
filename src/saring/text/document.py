"""Documents read from bytes or text: decoding, HTML main-text extraction, sections.

The text scanned is the decoded plain text, or for HTML the main text trafilatura
extracts; every offset saring reports points into that text. Lines are sorted into
sections: the ``body``, ``related`` link lists ("BACA JUGA:", "Read more"), photo
``caption``s and ``agency`` tags such as "[Xinhua]" or "(ARN)".
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

#: Largest input accepted by default (bytes).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

BODY = "body"
RELATED = "related"
CAPTION = "caption"
AGENCY = "agency"

_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)
#: Headers that open a list of links to other articles.
_RELATED_HEADER = re.compile(
    r"^\s*(?:baca juga|baca pula|lihat juga|simak juga|read more|read also|see also|related"
    r"(?: articles| stories)?|more on this|lire aussi|à lire aussi|voir aussi|lee también"
    r"|lea también|ver también|lesen sie auch|mehr zum thema|читайте также|смотрите также"
    r"|читайте тоже|також читайте|читайте також|همچنین بخوانید|بیشتر بخوانید|اقرأ أيضا"
    r"|اقرأ أيضاً|إقرأ أيضا|ayrıca okuyun|ilginizi çekebilir|相关阅读|相关新闻|延伸阅读)\s*:?\s*$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-–—•*·»>]|\d+[.)])\s+")
#: A line naming a photo's source: ends in "(Agency/Source)" or starts with "Foto:".
_CAPTION = re.compile(
    r"(?:\((?:[^()]*/[^()]*|foto[^()]*|photo[^()]*|reuters|ap|afp|xinhua|antara)\)\s*$)"
    r"|^\s*(?:foto|photo|image|gambar|фото)\s*[:/]",
    re.I,
)
_CAPTION_START = re.compile(r"\s*(?:foto|photo|image|gambar|фото)", re.I)
#: A trailing agency tag, alone on a line or at the end of the last sentence.
_AGENCY = re.compile(
    r"\s*(?:\[[A-Za-z][\w .-]{0,24}\]|\((?:[A-Z]{2,6}|[A-Z][a-z]+/[a-z]{2,4})\))\s*$"
)


class ScanInputError(ValueError):
    """The input cannot be scanned: binary, empty, too large or undecodable."""


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of the text and what it is (body, related, caption, agency)."""

    start: int
    end: int
    kind: str


@dataclass
class Document:
    """The text to scan, where it came from and how its lines divide into sections."""

    text: str
    source: str  # "text" or "html"
    sections: list[Section] = field(default_factory=list)
    published: datetime.date | None = None
    title: str | None = None
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def section_at(self, offset: int) -> str:
        """The kind of section holding ``offset`` (``body`` by default)."""
        if len(self._starts) != len(self.sections):
            self._starts = [section.start for section in self.sections]
        at = bisect_right(self._starts, offset) - 1  # sections are in order, apart
        if at >= 0 and offset < self.sections[at].end:
            return self.sections[at].kind
        return BODY


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ScanInputError("the input looks binary (NUL bytes): give text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ScanInputError("the input is not text in any encoding recognised")
    return str(best)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) / len(sample) > 0.05


def _is_html(text: str, content_type: str | None) -> bool:
    if content_type:
        return "html" in content_type.lower()
    return bool(_HTML_START.match(text[:1000]))


def _extract_html(html: str) -> tuple[str, datetime.date | None, str | None]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    published = None
    title = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None:
        title = meta.title
        if meta.date:
            try:
                published = datetime.date.fromisoformat(meta.date[:10])
            except ValueError:
                published = None
    return text or "", published, title


def sections_of(text: str) -> list[Section]:
    """Sort the lines of ``text`` into body, related-link, caption and agency sections."""
    sections: list[Section] = []
    pos = 0
    in_related = False
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line)
        pos = end
        stripped = line.strip()
        if not stripped:
            in_related = False
            continue
        if _RELATED_HEADER.match(stripped):
            in_related = True
            sections.append(Section(start, end, RELATED))
            continue
        if in_related and _BULLET.match(stripped):
            sections.append(Section(start, end, RELATED))
            continue
        in_related = False
        tagged = stripped.endswith((")", "]"))  # a source or agency tag can end the line
        if (
            len(stripped) < 400
            and (tagged or _CAPTION_START.match(stripped))
            and _CAPTION.search(stripped)
        ):
            sections.append(Section(start, end, CAPTION))
            continue
        if tagged and _AGENCY.fullmatch(stripped):
            sections.append(Section(start, end, AGENCY))
            continue
        tag = _AGENCY.search(line.rstrip("\r\n")) if tagged else None
        if tag and tag.start() > 0:
            sections.append(Section(start, start + tag.start(), BODY))
            sections.append(Section(start + tag.start(), end, AGENCY))
            continue
        sections.append(Section(start, end, BODY))
    return sections


def read_document(
    data: bytes | str,
    content_type: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Decode ``data`` (any encoding), extract HTML main text, and find the sections.

    Raises `ScanInputError` for binary, empty or oversized input.
    """
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise ScanInputError(f"the input is {size:,} bytes, over the limit of {max_bytes:,}")
    text = _decode(data) if isinstance(data, bytes) else data
    if _looks_binary(text):
        raise ScanInputError("the input looks binary (control characters): give text or HTML")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    source, published, title = "text", None, None
    if _is_html(text, content_type):
        source = "html"
        text, published, title = _extract_html(text)
    if not text.strip():
        raise ScanInputError("the input holds no text to scan")
    return Document(text, source, sections_of(text), published, title)
