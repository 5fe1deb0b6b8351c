"""What a score means.

The aligner's raw score is mapped through a monotone, piecewise-linear curve so that the
reported score reads as a confidence: on the development sets (nomenklatura's labelled name
pairs, the UN positives and 50,000 synthetic negatives; figures in BENCHMARKS.md) a result
scoring at or above `DEFAULT_THRESHOLD` (0.70) was right at least 95% of the time, and a
result at or above 0.90 was right at least 99% of the time. The mapping changes no ranking.
"""

from __future__ import annotations

from bisect import bisect_right
from math import floor

#: Scores at or above this are reported as matches.
DEFAULT_THRESHOLD = 0.7
#: ``(raw, calibrated)`` knots of the curve, increasing in both.
KNOTS: tuple[tuple[float, float], ...] = ((0.0, 0.0), (0.5, 0.4), (0.77, 0.7), (1.0, 1.0))
_RAW = [raw for raw, _ in KNOTS]
#: Decimal places of a reported score; the match decision is made on the rounded score.
PLACES = 4


def calibrate(raw: float) -> float:
    """The calibrated score for a raw alignment score in 0-1."""
    if raw <= 0.0:
        return 0.0
    if raw >= 1.0:
        return 1.0
    i = bisect_right(_RAW, raw)
    (x0, y0), (x1, y1) = KNOTS[i - 1], KNOTS[i]
    return y0 + (raw - x0) * (y1 - y0) / (x1 - x0)


def score_text(score: float) -> str:
    """A score with two decimals, rounded down, so that one below the threshold never
    reads as the threshold (0.6996 is "0.69", not "0.70")."""
    return f"{floor(round(score * 100, 6)) / 100:.2f}"
