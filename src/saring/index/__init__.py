"""Stage 4: candidate retrieval over the listed names.

`NameIndex` finds the listed entities whose names share the most telling keys with a
query (readings, phonetic keys, skeletons, name groups, joined forms, typo neighbours);
`load_or_build` keeps one per store on disk; `Rarity` weighs tokens by how often the
lists use them.
"""

from saring.index.current import load_or_build, store_fingerprint
from saring.index.names import NameIndex
from saring.index.persist import IndexFileError
from saring.index.rarity import Rarity
from saring.index.record import Record

__all__ = ["IndexFileError", "NameIndex", "Rarity", "Record", "load_or_build", "store_fingerprint"]
