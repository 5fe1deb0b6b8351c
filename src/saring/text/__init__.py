"""Stage 6: documents. Find the listed entities a text names and the risk it reports.

``scan(data, index, store)`` returns a `Scan` (``to_dict()`` is the JSON form);
``render_html(scan)`` a standalone HTML report; `ScanInputError` marks input that cannot
be scanned (binary, empty, too large).
"""

from saring.text.document import DEFAULT_MAX_BYTES, ScanInputError
from saring.text.report import render_html
from saring.text.scan import Mention, Scan, scan

__all__ = ["DEFAULT_MAX_BYTES", "Mention", "Scan", "ScanInputError", "render_html", "scan"]
