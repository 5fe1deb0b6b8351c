"""A standalone HTML report of a scan: the text with mentions highlighted, the linked
entities, topics and events. No external assets."""

from __future__ import annotations

from html import escape

from saring.text.scan import Scan

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#222}
.text{white-space:pre-wrap;line-height:1.6;border:1px solid #ddd;padding:1rem;border-radius:6px}
mark{background:#ffe08a;padding:0 .1em;border-radius:3px}mark.linked{background:#9be29b}
table{border-collapse:collapse;width:100%;margin:1rem 0}
td,th{border:1px solid #ddd;padding:.3rem .5rem;
text-align:left;
vertical-align:top}th{background:#f4f4f4}.small{color:#666;font-size:.85em}
"""


def _highlighted(scan: Scan) -> str:
    out = []
    pos = 0
    for mention in scan.mentions:
        out.append(escape(scan.text[pos : mention.start]))
        label = mention.role or ""
        if mention.linked and mention.hit is not None:
            label = (
                f"{mention.hit.record.id} {mention.hit.record.caption} ({mention.hit.score:.2f})"
            )
        css = "linked" if mention.linked else ""
        out.append(f'<mark class="{css}" title="{escape(label)}">{escape(mention.text)}</mark>')
        pos = mention.end
    out.append(escape(scan.text[pos:]))
    return "".join(out)


def render_html(scan: Scan) -> str:
    """The scan as one self-contained HTML page."""
    rows = "".join(
        f"<tr><td>{escape(e['id'])}</td><td>{escape(e['caption'])}</td>"
        f"<td>{escape(e['schema'])}</td>"
        f"<td>{e['score']:.2f}</td><td>{e['mentions']}</td>"
        f"<td>{escape(', '.join(e['datasets']))}</td>"
        f"<td class=small>{escape('; '.join(e['explanations'][:3]))}</td></tr>"
        for e in scan.entities()
    )
    topics = "".join(
        f"<li><b>{escape(t.topic)}</b> ({t.count}): {escape(', '.join(t.terms[:8]))}"
        f"<br><span class=small>{escape(t.evidence[0]['text'][:300]) if t.evidence else ''}"
        "</span></li>"
        for t in scan.topics
    )
    events = "".join(
        f"<tr><td>{escape(e.authority)}</td><td>{escape(e.target)}</td>"
        f"<td>{escape(str(e.date or e.date_text or ''))}</td>"
        f"<td>{escape(', '.join(t['id'] for t in e.targets))}</td>"
        f"<td class=small>{escape(e.sentence[:300])}</td></tr>"
        for e in scan.events
    )
    offsets = "the extracted main text" if scan.source == "html" else "the input text"
    return f"""<!doctype html><html lang="{escape(scan.language)}"><head><meta charset="utf-8">
<title>saring scan</title><style>{_STYLE}</style></head><body>
<h1>Document scan</h1>
<p class=small>Language: {escape(scan.language)} · published: {scan.published or "unknown"} ·
offsets refer to {offsets}</p>
<h2>Linked entities</h2><table><tr><th>id</th><th>name</th><th>schema</th><th>score</th>
<th>mentions</th><th>datasets</th><th>why</th></tr>{rows}</table>
<h2>Risk topics</h2><ul>{topics}</ul>
<h2>Sanction events</h2><table><tr><th>authority</th><th>target</th><th>date</th><th>linked</th>
<th>sentence</th></tr>{events}</table>
<h2>Text</h2><div class="text">{_highlighted(scan)}</div></body></html>
"""
