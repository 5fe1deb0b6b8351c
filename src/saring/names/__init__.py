"""Stage 3: name normalisation, transliteration and tokenisation."""
