"""The ``saring`` command line: each command wires the stages together, nothing more.

Commands live in one module per area; importing them registers them on ``app``.
"""

from saring.cli import batch, intel, lists, scan, screening, serve  # noqa: F401  (registers the commands)
from saring.cli.common import app

__all__ = ["app"]
