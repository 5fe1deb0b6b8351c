"""Stage 5: score listed entities against a query, with calibrated scores and reasons.

`compare` scores one query record against one listed record; `screen` retrieves candidates
from a `saring.index.NameIndex` and ranks them.
"""

from saring.match.calibration import DEFAULT_THRESHOLD, calibrate, score_text
from saring.match.compare import Comparison, compare
from saring.match.screen import Hit, screen

__all__ = ["DEFAULT_THRESHOLD", "Comparison", "Hit", "calibrate", "compare", "score_text", "screen"]
