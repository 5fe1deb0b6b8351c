"""Stage 4: candidate retrieval over the listed names."""
