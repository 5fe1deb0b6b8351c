"""Stage 3: names compared across scripts, spellings, word orders and legal forms.

``analyze(text, schema)`` gives a `Name` whose `Token`s carry a Latin reading, phonetic
keys, consonant skeletons, name groups and a kind (given, family, particle, title,
patronymic, initial, legal form…); `token_equivalence` says how strongly two tokens are the
same name part and `joined_runs` gives the forms of parts written together.
"""

from saring.names.aliases import with_rigour_aliases
from saring.names.analysis import analyze
from saring.names.equivalence import Equivalence, keys_meet, token_equivalence, tokens_meet
from saring.names.model import IGNORED_KINDS, WEAK_KINDS, Kind, Name, Token
from saring.names.normalize import clean_text, name_tokens
from saring.names.phonetic import phonetic_key, skeleton_key
from saring.names.transliterate import to_latin
from saring.names.variants import join_tokens, joined_runs

__all__ = [
    "IGNORED_KINDS",
    "WEAK_KINDS",
    "Equivalence",
    "Kind",
    "Name",
    "Token",
    "analyze",
    "clean_text",
    "join_tokens",
    "joined_runs",
    "keys_meet",
    "name_tokens",
    "phonetic_key",
    "skeleton_key",
    "to_latin",
    "token_equivalence",
    "tokens_meet",
    "with_rigour_aliases",
]
