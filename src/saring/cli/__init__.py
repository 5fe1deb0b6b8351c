"""The ``saring`` command line: each command wires the stages together, nothing more.

Commands live in one module per area; importing a module registers its commands on ``app``,
and ``saring --help`` lists them in the order imported here: the pipeline's order.
"""

from importlib import import_module

from saring.cli.common import app

for _area in ("lists", "screening", "scan", "batch", "intel", "serve"):
    import_module(f"saring.cli.{_area}")

__all__ = ["app"]
