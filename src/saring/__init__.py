"""saring: sanctions lists, name and document screening."""

__version__ = "0.1.0"
