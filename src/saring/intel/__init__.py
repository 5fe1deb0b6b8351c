"""Sanctions intelligence: designation facts, target countries, statistics, change reports.

Public API: `designations`, `stats`, `by_group`, `timeline`, `change_report`, `listings`;
charts in `saring.intel.charts`.
"""

from saring.intel.designations import Designation, designations
from saring.intel.listings import Listing, listings
from saring.intel.report import ChangeReport, change_report
from saring.intel.stats import by_group, stats, timeline

__all__ = [
    "ChangeReport",
    "Designation",
    "Listing",
    "by_group",
    "change_report",
    "designations",
    "listings",
    "stats",
    "timeline",
]
