"""Stage 1: importers, one module per native list format."""
