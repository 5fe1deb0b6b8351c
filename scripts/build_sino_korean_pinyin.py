"""Regenerate ``src/saring/data/names/sino_korean_pinyin.csv``: each Sino-Korean syllable of
``hanja_readings.csv`` and the Mandarin readings of the characters it stands for, counted, by
ICU's Han-Latin transliteration. Usage: ``python scripts/build_sino_korean_pinyin.py``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from icu import Transliterator  # type: ignore[import-not-found]

from saring.names.hanja import characters_by_syllable

TABLE = Path(__file__).parent.parent / "src/saring/data/names/sino_korean_pinyin.csv"
HEADER = """\
# The Mandarin readings of the Chinese characters each Sino-Korean syllable stands for, with
# how many of its characters read so, commonest first: the syllables and characters of
# hanja_readings.csv, read by ICU's Han-Latin transliteration (CLDR data). Regenerate with
# scripts/build_sino_korean_pinyin.py.
# syllable,reading:count ...
"""


def main() -> None:
    transliterator = Transliterator.createInstance("Han-Latin; Latin-ASCII; Lower")
    lines = [HEADER]
    for syllable, characters in characters_by_syllable().items():
        readings = [transliterator.transliterate(c).strip() for c in characters]
        counts = Counter(r for r in readings if r.isalpha())
        cells = " ".join(f"{r}:{n}" for r, n in counts.most_common())
        lines.append(f"{syllable},{cells}\n")
    TABLE.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines) - 1} syllables written to {TABLE}")


if __name__ == "__main__":
    main()
