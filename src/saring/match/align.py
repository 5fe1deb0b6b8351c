"""Align the tokens of two analysed names and score how much of their evidence agrees.

Each query token is paired with at most one listed token (or a run of tokens written
together on the other side: ``Amir Abdollahian``/``Amirabdollahian``), best pairs first, in
any word order. The score is the rarity-weighted share of the paired evidence:

    score = Σ w·similarity / (Σ w + Σ w_unpaired_query·QUERY_EXTRA + Σ w_unpaired_listed·…)

Tokens of the query the listed name lacks weigh fully against the match; listed tokens the
query leaves out weigh less (lists give full names, queries often do not), and patronymics,
particles and legal forms hardly at all. When both names keep an identifying token the
other lacks, they name different people (``Bashar al-Assad``/``Hafez al-Assad``) and the
score is cut further.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz.distance import OSA

from saring.match.tokens import (
    DISTANCE,
    HEARD,
    HEARD_SIMILARITY,
    MAX_EDITS,
    MIN_PARTICLE_SKELETON,
    SAME,
    SHORT_FORM,
    SKELETON,
    SPELLING,
    SPOKEN,
    TokenMatch,
    distance_match,
    joined_abjad_match,
    kept_apart,
    match_ids,
    remembered_matches,
    share_skeleton,
    token_id,
)
from saring.names import scripts
from saring.names.analysis import ORGANIZATION, PERSON, schema_family
from saring.names.arabic import has_article, is_persian, table_names
from saring.names.cantonese import CANTONESE_FAMILY_NAMES, cantonese_syllable
from saring.names.hangul import (
    is_hangul_syllable,
    is_korean_reading,
    is_syllable_reading,
    syllable_readings,
)
from saring.names.model import ORG_KINDS, Kind, Name, Token
from saring.names.particles import HEAD, particle
from saring.names.patronymics import reads_as_patronymic
from saring.names.variants import join_tokens, run_positions
from saring.names.wade_giles import pinyin_syllables

Weigh = Callable[[Token], float]

#: Width of a payment message's name line (SWIFT's 35 characters): a name that fills it may
#: end with a part cut short (NOUREDDINE BEN ALI BEN BELKASSEM DR).
FIELD_WIDTH = 35
#: Fewest letters of a part cut short that pair it with a listed part they begin.
MIN_CUT = 2
#: Similarity of a part cut short to the listed part it begins.
CUT_SIMILARITY = 0.85
CUT = "cut short at the end of its field"
#: Below this similarity two tokens are not paired.
MIN_SIMILARITY = 0.6
#: Share of an unpaired query token's weight counted against the match, by kind.
QUERY_EXTRA = 0.6
#: Share of the weight of each of a person's query parts after the first paired one when the
#: whole listed name, two words or more, is within the query's: names the list leaves out
#: (MOHAMMAD YAQOUB HAQQANI for MOHAMMAD YAQOUB, Роналдо Луис Назарио де Лима for Ronaldo
#: Nazário).
QUERY_LATER_EXTRA = 0.35
#: Most such parts.
MAX_QUERY_LEFT = 2
#: Share of the weight of each of two or more such parts all between the paired first and
#: last, when the parts paired weigh `STRONG_PAIRED` at least: middle names, or a father's
#: and grandfather's, that Latin spellings leave out (닐스 헨리크 다비드 보어 for Niels Bohr,
#: ناصر المحمد الأحمد الجابر الصباح for Nasser Al-Mohammed Al-Sabah); a look-alike differs
#: in the parts paired, not by such a chain.
QUERY_MIDDLES_EXTRA = 0.12
#: Most such middle parts.
MAX_QUERY_MIDDLES = 4
#: Endings of Slavic family names (Ivanov, Suleymanova, Kowalski).
_SLAVIC_FAMILY_FORM = re.compile(r"(?:ov|ev|sk[iy]|ska|skaya)a?$")
#: Share of an unpaired listed token's weight counted against the match: people's listed
#: names carry middle names and patronymics a query leaves out; an organisation's extra
#: words usually name another body (IRGC / IRGC Air Force).
LISTED_EXTRA = 0.45
#: Share of the weight of a person's one unpaired query token between two paired ones, when
#: the listed name leaves nothing unpaired: a middle name (often the father's: Bashar Hafez
#: al-Assad, Paavo Johannes Nurmi) the list leaves out, when the parts paired weigh
#: `MIDDLE_PAIRED` at least; else `LISTED_EXTRA`: common names paired say too little to
#: pass over a middle one (محمد طاها احمدی is no Mohammad AHMADI).
MIDDLE_EXTRA = 0.25
#: The least summed weight × similarity of the paired parts for `MIDDLE_EXTRA`: two names
#: neither common, met across scripts (존 포브스 케리: John Kerry), not Mohammad Ahmadi.
MIDDLE_PAIRED = 1.8
#: The same for an Arab name in Arabic script (not Persian, Urdu or Pashto), whose middle
#: part is the father's name, which the Latin press leaves out (بشار حافظ الأسد: Bashar
#: al-Assad, بشير بيار الجميل: Bachir Gemayel); it counts `CHAIN_EXTRA` then, as the two
#: forebears of a longer chain do.
ARAB_MIDDLE_PAIRED = 1.6
#: The least summed weight × similarity of the paired parts for `QUERY_MIDDLES_EXTRA`: two
#: rare names (Niels Bohr) or three common ones, not Mohammad Ahmadi nor Abdulmalik
#: al-Houthi.
STRONG_PAIRED = 2.2
#: Share of the weight of a person's one unpaired listed name part, every query part paired,
#: when it is not the first given name: a middle name the query leaves out (AUSTIN, Lloyd
#: James).
LISTED_LONE_EXTRA = 0.35
#: The same for a last name after parts of each name paired apart: a second family name, the
#: mother's, which the press leaves out of Spanish and Portuguese names (Claudia Sheinbaum
#: Pardo, Lenín Moreno Garcés), or an Arab name's family name (Najla Bouden Romdhane).
SECOND_FAMILY_EXTRA = 0.2
#: The same for a middle name between parts of each name paired apart (Jerome Hayden
#: Powell), or, outside Arab names, a first given name its bearer does not use (Robert
#: Hunter Biden); not where one part of a name pairs two of the other (شمس الدين is no
#: Sayed Shamsuddin BORBORUDI).
LISTED_MIDDLE_EXTRA = 0.25
#: The share of each of a middle name and a second family name a query leaves out (Pablo
#: Emilio Escobar Gaviria, Juan Orlando Hernández Alvarado, in Arabic script too): less than
#: a second family name alone, as the press leaves the two out together.
LISTED_TWO_EXTRA = 0.15
#: The share of each of several given names a person's listed name opens with that a query
#: pairing two parts apart leaves out (Friedrich Wilhelm Heinrich Alexander von Humboldt for
#: Alexander von Humboldt), `MAX_FIRST_GIVEN` at most: names given at baptism the bearer
#: does not use.
FIRST_GIVEN_EXTRA = 0.15
MAX_FIRST_GIVEN = 3
#: The share of each of several such parts between a person's first and last paired names:
#: the father's and grandfather's names of a chain the press shortens to the first and the
#: last (قاسم الريمي: Qasim Yahya Mahdi AL-RIMI).
CHAIN_EXTRA = 0.2
#: The share of each Western given name a Latin-script Korean name opens with, when the
#: name in Hangul, every syllable paired, leaves it out (the baptismal names of Korean
#: clergy: Paul Marie Ro Ki-nam, 노기남), `_western_names_before`.
WESTERN_GIVEN_EXTRA = 0.15
#: Most such names.
MAX_WESTERN_GIVEN = 3
#: The share of each syllable of a Chinese given name a query leaves out when it pairs the
#: family name and an English given name the list gives too (TSANG, Kwok Wai Erick for Erick
#: Tsang): another name of the person, not a part missing.
CHINESE_GIVEN_EXTRA = 0.1
#: Most syllables of such a given name (with a maiden name: Carrie LAM Cheng Yuet-ngor).
MAX_CHINESE_SYLLABLES = 3
#: Most such parts left out: the father's and the grandfather's (SAIF AL-DIN AL-RAWI is not
#: SAIF-AL-DIN FULAYYIH HASSAN TAHA AL-RAWI).
MAX_CHAIN = 2
LISTED_EXTRA_ORG = 0.9
#: Share for weak kinds (particles, initials, legal forms, organisation words) on either side.
WEAK_EXTRA = 0.15
#: Kinds whose absence on one side is no evidence at all.
FREE_KINDS = frozenset({Kind.PATRONYMIC})
WEAK_KINDS = frozenset({Kind.PARTICLE, Kind.INITIAL, Kind.LEGAL_FORM, Kind.ORG_TERM, Kind.NUMBER})
#: Factor on the score when only one organisation name carries a number, a series's
#: (Bowne Global Solutions II, Inc. / Bowne Global Solutions, Inc.; Management Company 23).
LONE_NUMBER = 0.7
#: Factor on the score when both names state a legal form and none is shared
#: (Deutsche Bank AG / Deutsche Bank GmbH).
LEGAL_FORM_CONFLICT = 0.85
#: Factor on the score when every pair agrees only by consonant skeleton (all an abjad
#: writes of a name) and a name part is left unexplained: a few consonants in common are
#: then all the evidence (صیادی / Asad, علی وثاق / Leila Vaseghi); not when that part is a
#: listed middle name the query leaves out, every query part paired (خواجہ آصف / Khawaja
#: Muhammad Asif, لويد أوستن / AUSTIN, Lloyd James), or a name the list leaves out, the
#: listed name all paired (חיים פנחס שיינברג / Chaim Scheinberg), and every pair shares two
#: consonants or more (אבי לבני is no WEI Lin Na).
SKELETON_ONLY_PARTIAL = 0.85
#: Fewest consonants pairs of such a name share for its middle name to be left out freely.
MIN_MIDDLE_SKELETON = 2
#: How much a weak token counts when paired, relative to its rarity weight.
WEAK_WEIGHT = 0.3
#: Factor on the score when both sides keep an identifying token the other lacks.
CONFLICT_FACTOR = 0.8
#: Floor of a conflicting token's weight: a common name still tells people apart.
CONFLICT_MIN_WEIGHT = 0.6
#: Factor on the score when a person's listed name opens with a given name the query lacks
#: and the query's first name meets the listed name after it, every query part paired: the
#: query names the father (حافظ الأسد against Bashar Hafez al-Assad, صدام حسين against Uday
#: Saddam Hussein), in names made of a given name, the father's and the family's (see
#: `_arabic_style`); or the other way round, the query names the son (محمد إدريس ديبي against
#: Idriss Deby).
FATHER_FACTOR = 0.85
#: The same for a listed name opening with Muhammad, so often the first of two given names
#: that the press leaves it out (Mohammad Yasin Malik, Muhammad Fuad Masum): its absence
#: from the query says less.
MUHAMMAD_FATHER_FACTOR = 0.92
#: Similarity factor when a patronymic meets a given or family name (Salman bin Muhammad
#: vs Muhammad bin Salman), or an ancestor's name another generation's (`_roles_differ`:
#: Khalid bin Muhammad bin Zayed Al Nahyan vs Khalid bin Zayed Al Nahyan, the grandfather
#: against the father; Usama bin Muhammad bin Awad bin Ladin is still Usama bin Ladin).
ROLE_MISMATCH = 0.5
#: Factor on the score when a person's name written as one Arabic-script word meets the
#: other name by its first part alone: محمدعلی (Mohammad Ali) is not Mohammad, nor صلاح‌الدین
#: Salah (the first part alone may be left out: محمدجواد, Javad).
HALF_WORD = 0.7
#: Factor on the score when two given-name syllables of one Hangul word meet two adjacent
#: parts of the other name in the other order (조훈현, Cho Hun-hyun, against Cho Hyun-hoon):
#: every spelling keeps a Korean given name's syllables in order.
SWAPPED_SYLLABLES = 0.6
#: Factor on the score when two initials of one name meet the other's parts in the other
#: order (`_initials_swapped`): initials keep the order of the names they stand for.
SWAPPED_INITIALS = 0.6
#: Factor on the score when two names built of a given name, the father's and more each
#: pair their given name with the other's father's (`_generations_swapped`): a father and
#: his son.
SWAPPED_GENERATIONS = 0.7
#: Fewest name parts of such names.
MIN_GENERATIONS = 3
#: Factor on the score when two persons' names each carry a number the other lacks: two
#: holders of one regnal name (Charles II and Charles III, John Paul I and II).
NUMBER_CONFLICT = 0.5
#: Factor on the score when one name is written in initials only (N.N., V.V.): initials
#: never name a person by themselves.
INITIALS_ONLY = 0.5
#: Factor on the score when a query names a single part of a person's name (a family or a
#: given name) and the listed name has another that identifies its bearer: one part names
#: everyone who bears it (Kim is not KIM KYU, Ivanov not IVANOV, Andrey Nikolayevich).
ONE_PART = 0.8
_ONE_PART = "the query holds one name part, and the listed name identifies its bearer further"
_IGNORED = frozenset({Kind.TITLE})
#: Kinds of token that are no typo of a token of another kind.
_NO_TYPO_KINDS = (Kind.PARTICLE, Kind.PATRONYMIC)
_SKELETON_ONLY = "only consonant skeletons pair the names, and a name part is left over"
_GENERATIONS = (
    "each name's given name meets the other's father's name: they may name a father and his son"
)
_SWAPPED = "the syllables of the Korean given name meet the other name's in the other order"
_SWAPPED_INITIALS = "the initials meet the other name's parts in the other order"
_FATHER = (
    "the listed name opens with '{}', a given name the query lacks, and only its later names "
    "meet the query: the query may name the father of the listed person"
)
_SON = (
    "the query opens with '{}', a given name the listed name lacks, and only its later names "
    "meet the listed name: the query may name the son of the listed person"
)
#: Most tokens written together into one run.
MAX_RUN = 3
_LINEAGE = frozenset({"bin", "ibn", "bint"})
_LINEAGE_FORMS = ("bin", "ben", "ibn")
#: The canonical forms of the heads of Arabic compounds (Abu Minyar, Abd al-Rahman).
_HEADS = frozenset({"abu", "abd"})
#: Longest token read as a typo of one of `_LINEAGE_FORMS`.
MAX_LINEAGE_TYPO = 4
#: آل, "house of", before a ruling family's name.
_HOUSE = "آل"
#: Rules by which parts written together may meet one token: letters, not sound keys (but a
#: skeleton, or a spoken spelling's against an abjad's, held to `joined_abjad_match`).
_RUN_RULES = frozenset({SAME, DISTANCE, SKELETON, HEARD, SPOKEN})
#: Rules by which parts written apart meet one abjad word only by a long enough skeleton.
_SKELETON_RULES = frozenset({SKELETON, SPOKEN})
#: Hangul written as a foreign or Chinese name sounds, not by Korean syllables.
_HANGUL_SOUNDS = frozenset({scripts.HANGUL_FOREIGN, scripts.HANGUL_CHINESE})
#: Kinds that alone cannot make two names match.
_SUPPORT_KINDS = frozenset({Kind.PARTICLE, Kind.LEGAL_FORM, Kind.ORG_TERM})


@dataclass(frozen=True, slots=True)
class Pair:
    """Query tokens paired with listed tokens."""

    query: str
    listed: str
    similarity: float
    rule: str
    weight: float


@dataclass(frozen=True, slots=True)
class Alignment:
    """The result of aligning two names."""

    score: float
    pairs: tuple[Pair, ...]
    query_extra: tuple[str, ...]
    listed_extra: tuple[str, ...]
    conflict: bool
    #: Unpaired tokens that share a consonant skeleton, and why that does not pair them.
    apart: tuple[str, ...] = ()
    #: Tokens left out as spelling the other name's title.
    titles: tuple[str, ...] = ()
    #: Why the score was lowered beyond its pairs and unpaired tokens, a line per factor.
    factors: tuple[str, ...] = ()

    @property
    def explained(self) -> list[str]:
        """One line per pair and per unpaired token."""
        lines = [
            f"'{p.query}' ≈ '{p.listed}': {p.rule} {p.similarity:.2f} (weight {p.weight:.2f})"
            for p in self.pairs
        ]
        lines += [f"'{t}' is in the query, not in the listed name" for t in self.query_extra]
        lines += [f"'{t}' is in the listed name, not in the query" for t in self.listed_extra]
        lines += list(self.apart)
        lines += list(self.titles)
        lines += list(self.factors)
        return lines


NO_ALIGNMENT = Alignment(0.0, (), (), (), False)


class Prepared:
    """A name made ready for alignment: its matching tokens, their ids and spans."""

    __slots__ = (
        *("_runs", "abjad", "core", "depths", "ids", "keys", "last", "lengths", "lineage"),
        *("name", "run_lengths", "run_positions", "singles", "syllabic", "titles", "tokens"),
        *("given", "ranks", "word_runs", "arab", "korean", "hangul_sounds", "marked"),
        "cut",
    )

    def __init__(self, name: Name) -> None:
        self.name = name
        self.tokens = matching_tokens(name)
        self.ids = tuple(token_id(t) for t in self.tokens)
        #: The titles left out (token id and text), which the other name may write as a
        #: name part (Sheikh Hasina: 셰이크 하시나).
        self.titles = tuple((token_id(t), t.original) for t in name.tokens if t.kind in _IGNORED)
        self.singles = [(i, i + 1, tid) for i, tid in enumerate(self.ids)]
        self.keys = _keys_of(self.tokens)
        lineage = [t.kind == Kind.PARTICLE and t.canonical in _LINEAGE for t in self.tokens]
        self.lineage = any(lineage)
        #: How many of bin, ibn, bint (or a typo of one: BEEN) come before each token: 0 the
        #: person's own name, 1 the father's, 2 the grandfather's; and the position of the
        #: last name part.
        counted = [
            is_bin or _lineage_typo(t) for is_bin, t in zip(lineage, self.tokens, strict=True)
        ]
        self.depths = tuple(sum(counted[:i]) for i in range(len(counted)))
        self.last = _family_position(self.tokens)
        #: Each token's place in the name's own order (`_natural_ranks`).
        self.ranks = _natural_ranks(self.tokens)
        #: The position of the first name part but a family name written first (-1 if none).
        self.given = next(
            (
                i
                for i, t in enumerate(self.tokens)
                if t.kind not in WEAK_KINDS and t.kind != Kind.FAMILY
            ),
            -1,
        )
        #: Whether the name holds initials or numbers, which the checks of their order,
        #: of names made only of initials and of other numbers read.
        self.marked = any(t.kind in (Kind.INITIAL, Kind.NUMBER) for t in self.tokens)
        self.abjad = any(t.script in scripts.ABJADS for t in self.tokens)
        #: Whether the name is an Arab one in Arabic script: a part the table of Arabic names
        #: knows, or with the article (not أنطونيو ساكا, Antonio Saca), and no letter only
        #: Persian, Urdu or Pashto write.
        self.arab = any(
            t.script == scripts.ARABIC
            and (table_names(t.original, t.latin) or has_article(t.original))
            for t in self.tokens
        ) and not any(is_persian(t.original) for t in self.tokens)
        #: Whether the name is a Korean name in Latin letters: two parts or more, each one
        #: Hangul syllable's reading or a Korean family name (Park Joo-min).
        self.korean = len(self.tokens) > 1 and all(
            t.script == scripts.LATIN and is_korean_reading(t.latin) for t in self.tokens
        )
        #: Whether a token names more than a kind of organisation (TD Bank is all such words).
        self.core = any(t.kind not in _SUPPORT_KINDS for t in self.tokens)
        #: Whether the name is written wholly in Hangul or in Han syllables.
        found = {t.script for t in self.tokens}
        self.syllabic = len(found) == 1 and found <= scripts.SYLLABIC
        #: Whether it is a foreign or Chinese name written in Hangul.
        self.hangul_sounds = bool(found & _HANGUL_SOUNDS)
        self.lengths = [t.reading_lengths for t in self.tokens]
        self.run_positions = run_positions(self.tokens, max_size=MAX_RUN)
        #: The shortest and longest reading each run can have, known without joining it.
        self.run_lengths = [
            (sum(self.lengths[i][0] for i in run), sum(self.lengths[i][1] for i in run))
            for run in self.run_positions
        ]
        #: Runs of organisation words of one kind, which pair by canonical form whatever
        #: their length.
        self.word_runs = [
            _org_run({self.tokens[i].kind for i in run}) for run in self.run_positions
        ]
        self._runs: list[tuple[int, int, int] | None] = [None] * len(self.run_positions)
        #: The position of the last token when the name fills a payment message's name
        #: line (`FIELD_WIDTH`), which may have cut it short; else -1.
        self.cut = _cut_position(name.original, self.tokens)

    def __bool__(self) -> bool:
        return bool(self.tokens)

    def spans(self, other: Prepared | None = None) -> list[tuple[int, int, int]]:
        """Single tokens as ``(start, end, token id)``; with ``other``, also the joined runs
        that could pair with one of its tokens (see `_may_pair`), joined on first use."""
        if other is None or not self.run_positions:
            return self.singles
        spans = list(self.singles)
        any_length = self.abjad or other.abjad
        for number, (low, high) in enumerate(self.run_lengths):
            if any_length or self.word_runs[number] or _may_pair(low, high, other.lengths):
                spans.append(self._run(number))
        return spans

    def _run(self, number: int) -> tuple[int, int, int]:
        found = self._runs[number]
        if found is None:
            chosen = self.run_positions[number]
            joined = join_tokens([self.tokens[i] for i in chosen])
            found = self._runs[number] = (chosen[0], chosen[-1] + 1, token_id(joined))
        return found


def _org_run(kinds: set[Kind]) -> bool:
    return len(kinds) == 1 and kinds <= ORG_KINDS


def _may_pair(low: int, high: int, lengths: Sequence[tuple[int, int]]) -> bool:
    """Whether a run whose readings are ``low`` to ``high`` letters long is within
    `MAX_EDITS` letters of some token's readings: without an abjad (skeletons) or
    organisation words (canonical forms), a run pairs by same reading or typo distance
    only."""
    return any(
        low - MAX_EDITS <= longest and shortest <= high + MAX_EDITS for shortest, longest in lengths
    )


def matching_tokens(name: Name) -> list[Token]:
    """The tokens that take part: no titles, and one token per legal form."""
    seen: set[str] = set()
    tokens = []
    for token in name.tokens:
        if token.kind in _IGNORED:
            continue
        if token.kind == Kind.LEGAL_FORM:
            if token.canonical in seen:
                continue
            seen.add(token.canonical)
        tokens.append(token)
    return tokens


def _keys_of(tokens: Sequence[Token]) -> frozenset[str]:
    """Every reading, phonetic key and skeleton of ``tokens``: two names whose matching
    tokens share none of them meet only by typo distance."""
    keys: set[str] = set()
    for token in tokens:
        keys.update(token.readings)
        keys.update(token.phonetics)
        keys.update(token.skeletons)
    return frozenset(keys)


def name_keys(name: Name) -> frozenset[str]:
    """The `_keys_of` a name's `matching_tokens`: a `Prepared` name's keys, known without
    preparing it."""
    return _keys_of(matching_tokens(name))


def _text(tokens: Sequence[Token], start: int, end: int) -> str:
    pieces: list[str] = []
    for token in tokens[start:end]:
        if not pieces or pieces[-1] != token.original:
            pieces.append(token.original)
    return " ".join(pieces)


def _kind_weight(token: Token, weigh: Weigh) -> float:
    weight = weigh(token)
    return weight * WEAK_WEIGHT if token.kind in WEAK_KINDS else weight


def _legal_forms_differ(query: Sequence[Token], listed: Sequence[Token]) -> str:
    """The legal forms of two names, as ``AG / GmbH``, when both state some and share
    none; else ''."""
    q_forms = {t.original: t.canonical for t in query if t.kind == Kind.LEGAL_FORM}
    l_forms = {t.original: t.canonical for t in listed if t.kind == Kind.LEGAL_FORM}
    if not q_forms or not l_forms or not set(q_forms.values()).isdisjoint(l_forms.values()):
        return ""
    return f"{', '.join(q_forms)} / {', '.join(l_forms)}"


def _initials_skipped(tokens: Sequence[Token], used: list[bool]) -> bool:
    """Whether a run of initials leaves its first unpaired and pairs a later one: Russian
    initials give the given name, then the patronymic (Л.Н. Гумилёв is not Nikolai
    Gumilev, whose initial is the second)."""
    for i in range(len(tokens) - 1):
        if tokens[i].kind == Kind.INITIAL and not used[i]:
            following = i + 1
            while following < len(tokens) and tokens[following].kind == Kind.INITIAL:
                if used[following]:
                    return True
                following += 1
    return False


def _initials_only(tokens: Sequence[Token]) -> bool:
    """Whether a name's parts are all initials (titles aside)."""
    kinds = {t.kind for t in tokens} - _IGNORED
    return kinds == {Kind.INITIAL}


def _numbers_differ(
    query: Sequence[Token], q_extra: list[int], listed: Sequence[Token], l_extra: list[int]
) -> str:
    """The numbers, or the epithets, two names leave unpaired, as ``III / II``, when both
    leave some; else ''."""
    for digits in (True, False):  # numbers, then epithets (the Great, the Terrible)
        q_numbers = [query[i].original for i in q_extra if _numbered(query[i], digits)]
        l_numbers = [listed[i].original for i in l_extra if _numbered(listed[i], digits)]
        if q_numbers and l_numbers:
            return f"{', '.join(q_numbers)} / {', '.join(l_numbers)}"
    return ""


def _lone_numbers(
    query: Sequence[Token], q_extra: list[int], listed: Sequence[Token], l_extra: list[int]
) -> str:
    """The numbers one name leaves unpaired, when the other leaves none; else ''."""
    q_numbers = [query[i].original for i in q_extra if query[i].kind == Kind.NUMBER]
    l_numbers = [listed[i].original for i in l_extra if listed[i].kind == Kind.NUMBER]
    if q_numbers and l_numbers:
        return ""
    return ", ".join(q_numbers or l_numbers)


def _trades_differ(
    query: Sequence[Token],
    q_extra: list[int],
    q_core: set[int],
    listed: Sequence[Token],
    l_extra: list[int],
    l_core: set[int],
) -> bool:
    """Whether two organisation names each leave a word unpaired, one of them a line of
    business (China Construction Trust / China Construction Bank): other bodies."""
    q_trade = any(query[i].kind == Kind.ORG_TERM for i in q_extra)
    l_trade = any(listed[i].kind == Kind.ORG_TERM for i in l_extra)
    return (q_trade or l_trade) and (q_trade or bool(q_core)) and (l_trade or bool(l_core))


def _numbered(token: Token, digits: bool) -> bool:
    return token.kind == Kind.NUMBER and token.latin.isdigit() == digits


def _one_word(query: Prepared, listed: Prepared, qs: int, qe: int, ls: int, le: int) -> bool:
    """Whether the run of a run-to-token pair is the parts of one written word (NASRALLAH:
    Nasr + Allah), which meets a word of the other name as one token does."""
    tokens = listed.tokens[ls:le] if qe - qs == 1 else query.tokens[qs:qe]
    return all(t.piece == tokens[0].piece for t in tokens)


def _cut_position(text: str, tokens: Sequence[Token]) -> int:
    if len(text) != FIELD_WIDTH or not tokens:
        return -1
    last = tokens[-1]
    if last.script != scripts.LATIN or not text.casefold().endswith(last.original.casefold()):
        return -1
    return len(tokens) - 1


def _cut_pairs(
    query: Prepared, listed: Prepared
) -> list[tuple[float, int, int, int, int, int, str]]:
    """The query's last part, cut short at the end of its field, against each listed part
    it begins (DR: DRISSI)."""
    if query.cut < 0:
        return []
    start = query.tokens[query.cut].latin
    if len(start) < MIN_CUT:
        return []
    return [
        (CUT_SIMILARITY, 2, query.cut, query.cut + 1, ls, ls + 1, CUT)
        for ls, token in enumerate(listed.tokens)
        if token.script == scripts.LATIN
        and len(token.latin) > len(start)
        and token.latin.startswith(start)
    ]


def _candidates(
    query: Prepared, listed: Prepared, runs: bool
) -> list[tuple[float, int, int, int, int, str]]:
    """Every pair of spans similar enough to align, best first."""
    found = _cut_pairs(query, listed)
    roles = query.lineage and listed.lineage
    one_lineage = query.lineage != listed.lineage
    listed_spans = listed.spans(query if runs else None)
    remembered = remembered_matches()
    for qs, qe, qid in query.spans(listed if runs else None):
        q_single = qe - qs == 1
        for ls, le, lid in listed_spans:
            l_single = le - ls == 1
            if not q_single and not l_single:
                continue
            similarity, rule = remembered.get((qid << 32) | lid) or match_ids(qid, lid)
            if similarity < MIN_SIMILARITY:
                continue
            if (
                (not q_single or not l_single)
                and rule not in _RUN_RULES
                and not (
                    rule == SPELLING
                    and _article_run_spelt(
                        listed.tokens[ls:le] if q_single else query.tokens[qs:qe], qid, lid
                    )
                )
            ):
                if rule != SPELLING:
                    continue
                # One phonetic key is too loose a tie for a run: its letters must be a typo
                # apart too (FridrichBuchenberg / Friedrich Buchenberg).
                similarity, rule = distance_match(qid, lid)
                if rule != DISTANCE or similarity < MIN_SIMILARITY:
                    continue
            if rule == DISTANCE and not (q_single and l_single):
                run = listed.tokens[ls:le] if q_single else query.tokens[qs:qe]
                whole = query.tokens[qs] if q_single else listed.tokens[ls]
                if _article_unlike(run, whole):
                    continue
            if (
                rule in _SKELETON_RULES
                and not (q_single and l_single)
                and not _one_word(query, listed, qs, qe, ls, le)
            ):
                # Names written apart meet one word of the other script by their letters, or
                # by a long skeleton (see `joined_abjad_match`): לבני is not Lin Na.
                joined, word = (lid, qid) if q_single else (qid, lid)
                run = listed.tokens[ls:le] if q_single else query.tokens[qs:qe]
                matched = joined_abjad_match(
                    joined, word, run, TokenMatch(similarity, rule), run[0].kind == Kind.PARTICLE
                )
                similarity, rule = matched
                if similarity < MIN_SIMILARITY:
                    continue
            if rule == SHORT_FORM and (qs or ls):
                continue
            if rule == HEARD and not (q_single and l_single):
                # A foreign word in Hangul is no run of a Korean name's syllables: 훈 is
                # not Ho-jin, 파키아오 not Park Joo; nor one word of Hangul syllables each
                # written apart, a Vietnamese name's (민 흥 is Minh Hưng, not Minh).
                run = listed.tokens[ls:le] if q_single else query.tokens[qs:qe]
                foreign = query.tokens[qs] if q_single else listed.tokens[ls]
                if (listed if q_single else query).korean and not _syllables_spelt(foreign, run):
                    continue
                if all(len(t.original) == 1 for t in run):
                    continue
            if (
                q_single
                and l_single
                and (rule == DISTANCE or rule == HEARD and similarity < HEARD_SIMILARITY)
            ):
                # A particle is no typo of a name (ברנע, Barnea, is not ben), nor a patronymic
                # of the given name it comes from (Никитич, the son's, is not Nikita), nor a
                # Hangul spelling cut short (올렉시, Oleksiy, is not Oleksiyovych).
                q_token, l_token = query.tokens[qs], listed.tokens[ls]
                if any((q_token.kind == k) != (l_token.kind == k) for k in _NO_TYPO_KINDS):
                    continue
            elif rule == DISTANCE and _joins_patronymic(query, listed, qs, qe, ls, le):
                continue
            if rule == SKELETON and q_single and l_single:
                # Nor does the article share a name's skeleton (علي is not el).
                q_article = _article(query.tokens[qs])
                if q_article != _article(listed.tokens[ls]):
                    continue
            if (roles and _roles_differ(query, listed, qs, ls, q_single and l_single)) or (
                one_lineage and q_single and l_single and _given_as_father(query, listed, qs, ls)
            ):
                similarity *= ROLE_MISMATCH
                if similarity < MIN_SIMILARITY:
                    continue
            found.append((similarity, (qe - qs) + (le - ls), qs, qe, ls, le, rule))
    found.sort(key=lambda f: (f[0], f[1]), reverse=True)
    return [(s, qs, qe, ls, le, rule) for s, _, qs, qe, ls, le, rule in found]


def _article_run_spelt(run: Sequence[Token], qid: int, lid: int) -> bool:
    """Whether ``run``, an article and a name written apart in an abjad, shares a skeleton
    with the other side's one word, as the two written together would (עבד אל-האדי: Abd
    Elhadi): a spelling match is then enough for it."""
    return (
        len(run) == 2
        and run[0].kind == Kind.PARTICLE
        and run[0].script in scripts.ABJADS
        and share_skeleton(qid, lid, MIN_PARTICLE_SKELETON)
    )


def _syllables_spelt(word: Token, run: Sequence[Token]) -> bool:
    """Whether Latin parts spell, one by one, the Korean readings of the syllables of a
    Hangul word read as a foreign name: an English given name Koreans bear too (해리 김:
    Harry Kim, or Hae-ri Kim)."""
    syllables = [char for char in word.original if is_hangul_syllable(char)]
    return len(syllables) == len(run) and all(
        token.latin in syllable_readings(char) for char, token in zip(syllables, run, strict=True)
    )


def _joins_patronymic(
    query: Prepared, listed: Prepared, qs: int, qe: int, ls: int, le: int
) -> bool:
    """Whether a run of several tokens joins a patronymic of Slavic or Kazakh form to
    another name part: none is written so, and such a run is no typo of one word (Semyon
    Lvovich is not Семёнович, the patronymic of Semyon's son)."""
    run = query.tokens[qs:qe] if qe - qs > 1 else listed.tokens[ls:le]
    return any(t.kind == Kind.PATRONYMIC and reads_as_patronymic(t.readings) for t in run)


def _extra_weight(
    tokens: Sequence[Token],
    extra: list[int],
    core: set[int],
    share: float,
    weigh: Weigh,
    conflict: bool,
    middle: Collection[int],
    middle_share: float,
) -> float:
    total = 0.0
    for i in extra:
        token = tokens[i]
        if token.kind in FREE_KINDS and i not in core:
            continue
        weight = weigh(token)
        if token.kind in WEAK_KINDS:
            total += WEAK_EXTRA * weight
        elif conflict and i in core:
            total += QUERY_EXTRA * max(weight, CONFLICT_MIN_WEIGHT)
        elif i in middle:
            total += middle_share * weight
        else:
            total += share * weight
    return total


def _query_names_left(
    tokens: Sequence[Token],
    used: list[bool],
    extra: list[int],
    listed_words: int,
    one: bool,
    middle_share: float,
    strong: bool,
) -> tuple[tuple[int, ...], float]:
    """The query's unpaired parts weighed as names the list leaves out, the listed name all
    paired, with the share of their weight counted against the match: one between paired
    parts (`_middle`: Bashar Hafez al-Assad), ``middle_share`` if ``one`` (the parts paired
    weigh `MIDDLE_PAIRED`, or `ARAB_MIDDLE_PAIRED`), else `LISTED_EXTRA`; or up to
    `MAX_QUERY_LEFT` after the first paired part when ``listed_words``, the listed words
    paired one by one, are two or more (MOHAMMAD YAQOUB HAQQANI for MOHAMMAD YAQOUB),
    `QUERY_LATER_EXTRA`, or if ``strong`` (`STRONG_PAIRED`) up to `MAX_QUERY_MIDDLES` all
    before the last paired part, `QUERY_MIDDLES_EXTRA`; a compound counts so only when left
    whole (عبد الله عبد الرحيم: Abd al-Rahim, not the tail of an Abd al-Rahman the list
    writes)."""
    found = _middle(tokens, used, extra)
    if found >= 0:
        # A Slavic family name in the middle is a maiden or another family name, no middle
        # name (Гульнара Сулейманова КЕРИМОВА is not Gulnara KARIMOVA).
        given = _SLAVIC_FAMILY_FORM.search(tokens[found].latin) is None
        return (found,), middle_share if one and given else LISTED_EXTRA
    left = tuple(i for i in extra if tokens[i].kind not in WEAK_KINDS)
    if listed_words >= 2 and _dynasty(tokens, left, extra):
        return left, SECOND_FAMILY_EXTRA
    if listed_words < 2 or not left or len(left) > MAX_QUERY_MIDDLES:
        return (), 0.0
    if any(_compound_tail(tokens, i) and i - 1 not in left for i in left):
        return (), 0.0
    # A name before them is another person's (Hafez Bashar al-Assad, Bashar's son; George
    # Prescott Bush, Prescott's grandson).
    if used.index(True) > min(left):
        return (), 0.0
    last = len(used) - 1 - used[::-1].index(True)
    if strong and len(left) > 1 and max(left) < last:
        return left, QUERY_MIDDLES_EXTRA
    return (left, QUERY_LATER_EXTRA) if len(left) <= MAX_QUERY_LEFT else ((), 0.0)


def _dynasty(tokens: Sequence[Token], left: tuple[int, ...], extra: list[int]) -> bool:
    """Whether the one part left ends the name after an unpaired آل: the house of a Gulf
    ruling family, which the Latin press leaves out (حمدان بن زايد آل نهيان: Sheikh Hamdan
    bin Zayed)."""
    if len(left) != 1 or left[0] != len(tokens) - 1 or left[0] - 1 not in extra:
        return False
    return tokens[left[0] - 1].original == _HOUSE


def _middle(tokens: Sequence[Token], used: list[bool], extra: list[int]) -> int:
    """The position of the one query token left unpaired between paired ones, no other
    but weak ones left and not the second half of a compound (عبد الرحمن: Abd al-Rahman
    is not Abd al-Jabbar); else -1."""
    left = [i for i in extra if tokens[i].kind not in WEAK_KINDS]
    if len(left) != 1:
        return -1
    i = left[0]
    if not (any(used[:i]) and any(used[i + 1 :])):
        return -1
    return -1 if _compound_tail(tokens, i) else i


def _compound_tail(tokens: Sequence[Token], i: int) -> bool:
    """Whether a token is the second half of a compound name (الرحمن in عبد الرحمن)."""
    if i == 0:
        return False
    head = particle(tokens[i - 1].latin, tokens[i - 1].original)
    return head is not None and head.role == HEAD


def _middle_names(
    listed: Prepared,
    used: list[bool],
    core: set[int],
    query: Prepared,
    met: list[tuple[int, int]],
    first_given: bool,
) -> tuple[tuple[int, ...], float]:
    """The listed name's unpaired parts that a query pairing all of its own may leave out,
    with the share of their weight counted against the match:

    - the syllables of a Chinese given name, the family name and an English given name
      paired apart (`_chinese_given_name`: TSANG, Kwok Wai Erick): `CHINESE_GIVEN_EXTRA`;
    - one that is not the first given name (`_later_name`): `LISTED_MIDDLE_EXTRA` between
      parts of each name paired apart (Jerome Hayden Powell), `SECOND_FAMILY_EXTRA` after
      them (Lenín Moreno Garcés), else `LISTED_LONE_EXTRA`;
    - the first given name, with ``first_given``, when two parts are paired apart and no
      initial (a first name its bearer does not use: Robert Hunter Biden; not Luis in
      CONTRERAS, Luis C.): `LISTED_MIDDLE_EXTRA`;
    - several given names of the tables before the first paired part, with
      ``first_given``, when two parts are paired apart and no initial (baptismal names
      their bearer does not use: Friedrich Wilhelm Heinrich Alexander von Humboldt; not a
      Burmese name's syllables, PYE PHYO TAY ZA, nor Ismail Abdul of an Arab name):
      `FIRST_GIVEN_EXTRA` each;
    - a middle name and a second family name after the last paired part, two parts of each
      name paired apart (`_middle_and_second_family`): `LISTED_TWO_EXTRA` each;
    - two (`MAX_CHAIN`) between the first and the last paired parts in the name's own
      order, a compound opened by Abu or Abd counting as one, which single query parts in
      the same order pair (the father's and grandfather's names of a chain the press
      shortens: قاسم الريمي, Qasim Yahya Mahdi AL-RIMI; Muammar Qadhafi, QADHAFI, Muammar
      Mohammed Abu Minyar): `CHAIN_EXTRA` each;

    else none."""
    paired = [i for i, u in enumerate(used) if u]
    if not paired:
        return (), 0.0
    ranks = listed.ranks
    first = min(paired, key=ranks.__getitem__)
    last = max(paired, key=ranks.__getitem__)
    apart = len(met) >= 2  # two parts or runs of each name paired, one by one
    if apart and _chinese_given_name(listed.tokens, core, used):
        return tuple(sorted(core)), CHINESE_GIVEN_EXTRA
    initials = any(listed.tokens[i].kind == Kind.INITIAL for i in paired)
    if len(core) == 1:
        lone = min(core)
        if _later_name(listed.tokens, lone) >= 0:
            if apart and ranks[first] < ranks[lone] < ranks[last]:
                return (lone,), LISTED_MIDDLE_EXTRA
            # not after parts of one written word each paired (شمس الدين: Shamsuddin)
            words = len({listed.tokens[ls].piece for _, ls in met}) >= 2
            second_family = apart and words and ranks[lone] > ranks[last]
            return (lone,), SECOND_FAMILY_EXTRA if second_family else LISTED_LONE_EXTRA
        if first_given and apart and not initials and not _compound_tail(listed.tokens, lone + 1):
            return (lone,), LISTED_MIDDLE_EXTRA
        return (), 0.0
    if (
        first_given
        and apart
        and not initials
        and len(core) <= MAX_FIRST_GIVEN
        and all(ranks[i] < ranks[first] for i in core)
        and all(listed.tokens[i].aliases for i in core)
        and not any(_compound_tail(listed.tokens, i + 1) for i in core)
    ):
        return tuple(sorted(core)), FIRST_GIVEN_EXTRA
    # a head opens a compound with the part after it, one forebear's name: Abu Minyar
    heads = sum(1 for i in core if listed.tokens[i].canonical in _HEADS and i + 1 in core)
    if len(core) - heads > MAX_CHAIN:
        return (), 0.0
    if apart and _middle_and_second_family(listed.tokens, ranks, core, last):
        return tuple(sorted(core)), LISTED_TWO_EXTRA
    if not all(ranks[first] < ranks[i] < ranks[last] for i in core):
        return (), 0.0
    partner = {ls: qs for qs, ls in met}
    if first not in partner or last not in partner:
        return (), 0.0
    if query.ranks[partner[first]] > query.ranks[partner[last]]:
        return (), 0.0
    return tuple(sorted(core)), CHAIN_EXTRA


def _chinese_given_name(tokens: Sequence[Token], core: set[int], used: list[bool]) -> bool:
    """Whether the unpaired parts are the syllables of a Chinese given name, as Hong Kong
    spells them, in a name whose paired parts are a Chinese family name and a given name that
    is no such syllable (an English one: Erick in TSANG, Kwok Wai Erick)."""
    if not 1 <= len(core) <= MAX_CHINESE_SYLLABLES:
        return False
    if not all(
        tokens[i].script == scripts.LATIN and cantonese_syllable(tokens[i].latin) for i in core
    ):
        return False
    paired = [t for t, u in zip(tokens, used, strict=True) if u and t.kind not in WEAK_KINDS]
    family = any(t.latin in CANTONESE_FAMILY_NAMES for t in paired)
    english = any(not cantonese_syllable(t.latin) for t in paired)
    return family and english


def _natural_ranks(tokens: Sequence[Token]) -> tuple[int, ...]:
    """Each token's place in the name's own order: a family name written first, before a
    comma (AL-RIMI, Qasim Yahya Mahdi), after the given names."""
    given = next((i for i, t in enumerate(tokens) if t.kind == Kind.GIVEN), -1)
    lead = tokens[:given] if given > 0 else []
    if not any(t.kind == Kind.FAMILY for t in lead):
        return tuple(range(len(tokens)))
    return tuple(i + len(tokens) if i < given else i for i in range(len(tokens)))


def _middle_and_second_family(
    tokens: Sequence[Token], ranks: Sequence[int], core: set[int], last: int
) -> bool:
    """Whether two unpaired parts are a middle name, before the last paired part, and a
    second family name after it (Pablo Emilio Escobar Gaviria for Pablo Escobar)."""
    before = [i for i in core if ranks[i] < ranks[last]]
    after = [i for i in core if ranks[i] > ranks[last]]
    return len(before) == len(after) == 1 and all(_later_name(tokens, i) >= 0 for i in core)


def _later_name(tokens: Sequence[Token], i: int) -> int:
    """``i`` if the token there is not the name's first given name (the first token, the
    first tagged given, Luis in CONTRERAS, Luis C., or else the first that is no particle),
    else -1."""
    if i == 0:
        return -1
    given = [j for j, t in enumerate(tokens) if t.kind == Kind.GIVEN]
    named = given or [j for j, t in enumerate(tokens) if t.kind not in WEAK_KINDS]
    return -1 if named and i == named[0] else i


def _arabic_style(query: Prepared, listed: Prepared) -> bool:
    """Whether either name is an Arab name in Arabic script (not Persian, Urdu or Pashto,
    which write no father's name after the given one) or names its lineage (bin, ibn): names
    built of a given name, the father's and the family's. Elsewhere a listed name's first
    given name is often one its bearer does not use (Alexander Boris de Pfeffel Johnson;
    האנטר ביידן, Robert Hunter Biden; محمد زبیر عمر, Zubair Umar)."""
    return query.arab or listed.arab or query.lineage or listed.lineage


def _titled(name: Prepared) -> bool:
    """Whether a name opens with a title, which the other may spell as a name (سيد / Said,
    حاج / Haj)."""
    return bool(name.name.tokens) and name.name.tokens[0].kind in _IGNORED


def _lineage_typo(token: Token) -> bool:
    """Whether a token not read as a particle is a typo of bin, ben or ibn (BEEN)."""
    latin = token.latin
    return (
        token.kind != Kind.PARTICLE
        and 2 <= len(latin) <= MAX_LINEAGE_TYPO
        and any(OSA.distance(latin, form) <= 1 for form in _LINEAGE_FORMS)
    )


def _roles_differ(query: Prepared, listed: Prepared, qs: int, ls: int, single: bool) -> bool:
    """Whether, in two names that count generations with bin, the spans starting at ``qs``
    and ``ls`` play different parts: a patronymic against a given or family name (single
    tokens), or ancestors of different generations, neither span starting at its name's
    last part (a family name such as bin Ladin may follow any number)."""
    q_token, l_token = query.tokens[qs], listed.tokens[ls]
    if (
        single
        and (q_token.kind == Kind.PATRONYMIC) != (l_token.kind == Kind.PATRONYMIC)
        and not _family_after_bin(query, listed, qs, ls)
    ):
        return True
    q_depth, l_depth = query.depths[qs], listed.depths[ls]
    return (
        q_depth != l_depth and min(q_depth, l_depth) >= 1 and qs != query.last and ls != listed.last
    )


def _has_weak(*runs: Sequence[Token]) -> bool:
    """Whether any token of the runs is of a weak kind (a particle, an initial…)."""
    return any(t.kind in WEAK_KINDS for run in runs for t in run)


def _family_after_bin(query: Prepared, listed: Prepared, qs: int, ls: int) -> bool:
    """Whether a name's last part after bin or ben meets a family name the other writes
    first with its own ben (Zine El Abidine Ben Ali, BEN ALI, Zine El Abidine Ben Haj
    Hamda): the ben opens a family name there, not a father's."""
    tokens = ((query, qs), (listed, ls))
    patronymic = [(name, i) for name, i in tokens if name.tokens[i].kind == Kind.PATRONYMIC]
    family = [(name, i) for name, i in tokens if name.tokens[i].kind == Kind.FAMILY]
    if len(patronymic) != 1 or len(family) != 1:
        return False
    (name, i), (other, j) = patronymic[0], family[0]
    return i == name.last and j == other.last and j > 0 and _lineage_typo(other.tokens[j - 1])


def _article_unlike(run: Sequence[Token], word: Token) -> bool:
    """Whether a run of the article and a name (al Husayn) meets an Arabic word with the
    article (الحسن) only by a typo's distance the name alone does not reach: the word's
    readings without its article meet the name itself, so the article must not carry two
    names the tables tell apart (Hasan, Husayn) across."""
    if len(run) != 2 or not _article(run[0]) or not has_article(word.original):
        return False
    return match_ids(token_id(word), token_id(run[1])).similarity < MIN_SIMILARITY


def _article(token: Token) -> bool:
    """Whether a token is the Arabic article (al, el, ال)."""
    return token.kind == Kind.PARTICLE and token.canonical == "al"


def _given_as_father(query: Prepared, listed: Prepared, qs: int, ls: int) -> bool:
    """Whether, of two names one of which counts generations with bin, the other's given
    name, written in an abjad (in its own order), meets its patronymic (تركي الفيصل, Turki
    son of Faisal, against Faisal bin Turki)."""
    if listed.lineage:
        return query.abjad and listed.tokens[ls].kind == Kind.PATRONYMIC and qs == query.given
    return listed.abjad and query.tokens[qs].kind == Kind.PATRONYMIC and ls == listed.given


#: The name group of Muhammad in the name tables.
_MUHAMMAD = "=mohammad"


def _opens_with_given(tokens: Sequence[Token], used: list[bool], met: int) -> Token | None:
    """The first of the tokens before position ``met`` but a paired family name written
    first (HAMSHO, Ahmad Mohammad), if none of them is paired and it is a given name; else
    None. A name written in one word with the next is no father's: it opens a compound given
    name whose bearer may go by its second part (محمدجواد ظریف, Javad Zarif)."""
    before = [i for i in range(met) if not (used[i] and tokens[i].kind == Kind.FAMILY)]
    if not before or any(used[i] for i in before):
        return None
    first = tokens[before[0]]
    if before[0] + 1 < len(tokens) and tokens[before[0] + 1].piece == first.piece:
        return None
    return first if first.kind in (Kind.GIVEN, Kind.OTHER) else None


def _father_factor(opening: Token) -> float:
    """`FATHER_FACTOR`, or `MUHAMMAD_FATHER_FACTOR` for a listed name opening with Muhammad
    (not a query: a list writes a name in full, the press shortens it)."""
    return MUHAMMAD_FATHER_FACTOR if _MUHAMMAD in opening.aliases else FATHER_FACTOR


def _half_word(tokens: Sequence[Token], used: list[bool]) -> str:
    """The Arabic-script word whose first part alone is paired (محمدعلی: محمد), or ''."""
    for i in range(len(tokens) - 1):
        first, second = tokens[i], tokens[i + 1]
        if (
            used[i]
            and not used[i + 1]
            and first.piece == second.piece
            and first.script == scripts.ARABIC
            and second.kind in (Kind.GIVEN, Kind.OTHER)
        ):
            return first.original + second.original
    return ""


def _core_extra(tokens: Sequence[Token], extra: list[int]) -> set[int]:
    return {
        i for i in extra if tokens[i].kind not in WEAK_KINDS and tokens[i].kind not in FREE_KINDS
    }


def _align(query: Prepared, listed: Prepared, weigh: Weigh, runs: bool) -> Alignment:
    q_tokens, l_tokens = query.tokens, listed.tokens
    used_q = [False] * len(q_tokens)
    used_l = [False] * len(l_tokens)
    pairs: list[Pair] = []
    agree = total = 0.0
    core_paired = False
    first_met = first_meeting = -1
    singles: list[tuple[int, int]] = []
    #: Where each pairing starts, runs of several parts included but thin ones.
    met: list[tuple[int, int]] = []
    thin = False
    for similarity, qs, qe, ls, le, rule in _candidates(query, listed, runs):
        if any(used_q[qs:qe]) or any(used_l[ls:le]):
            continue
        if qs == 0:
            first_met = ls
        if ls == 0:
            first_meeting = qs
        used_q[qs:qe] = [True] * (qe - qs)
        used_l[ls:le] = [True] * (le - ls)
        single = qe - qs == 1 and le - ls == 1
        # a run of names met by its skeleton alone is thin evidence (رضازاده: Raad Zeid);
        # one with a particle is a name with its article (الشرع: al-Sharaa)
        if single or rule != SKELETON or _has_weak(q_tokens[qs:qe], l_tokens[ls:le]):
            met.append((qs, ls))
        if single:
            singles.append((qs, ls))
            thin = thin or (rule == SKELETON and _thin_skeleton(q_tokens[qs], l_tokens[ls]))
        wq = sum(_kind_weight(t, weigh) for t in q_tokens[qs:qe])
        wl = sum(_kind_weight(t, weigh) for t in l_tokens[ls:le])
        weight = (wq + wl) / 2
        # A part meeting only a particle or organisation word is no core evidence: a lone
        # 'bin' is kept as a name, but meets no more of Ould Kheirou than its particle.
        core_paired = core_paired or (
            any(t.kind not in _SUPPORT_KINDS for t in q_tokens[qs:qe])
            and any(t.kind not in _SUPPORT_KINDS for t in l_tokens[ls:le])
        )
        agree += weight * similarity
        total += weight
        pairs.append(
            Pair(_text(q_tokens, qs, qe), _text(l_tokens, ls, le), similarity, rule, weight)
        )
    if not core_paired and (query.core or listed.core):
        return NO_ALIGNMENT
    if not (query.core or listed.core) and not _written_alike(q_tokens, l_tokens):
        return NO_ALIGNMENT
    q_titles = _title_spellings(query, used_q, listed) | _description(query, used_q, listed, used_l)
    l_titles = _title_spellings(listed, used_l, query)
    q_extra = [i for i, used in enumerate(used_q) if not used and i not in q_titles]
    l_extra = [i for i, used in enumerate(used_l) if not used and i not in l_titles]
    q_core, l_core = _core_extra(q_tokens, q_extra), _core_extra(l_tokens, l_extra)
    q_free = {i for i in q_extra if q_tokens[i].kind in FREE_KINDS}
    l_free = {i for i in l_extra if l_tokens[i].kind in FREE_KINDS}
    if q_free and l_free:
        # Two different patronymics (Viktorovich / Ivanovich) tell people apart.
        q_core |= q_free
        l_core |= l_free
    q_initial = any(q_tokens[i].kind == Kind.INITIAL for i in q_extra)
    l_initial = any(l_tokens[i].kind == Kind.INITIAL for i in l_extra)
    conflict = bool(q_core or q_initial) and bool(l_core or l_initial)
    org = schema_family(listed.name.schema) == ORGANIZATION
    if org and not conflict:
        conflict = _trades_differ(q_tokens, q_extra, q_core, l_tokens, l_extra, l_core)
    marked = query.marked or listed.marked
    if marked and not conflict:
        conflict = _initials_skipped(q_tokens, used_q) or _initials_skipped(l_tokens, used_l)
    person = schema_family(listed.name.schema) == PERSON
    western = person and (
        _western_names_before(query, listed, used_q, used_l, l_extra)
        or _western_names_before(listed, query, used_l, used_q, q_extra)
    )
    if (
        not conflict
        and not western
        and (
            query.syllabic
            or listed.syllabic
            # A Korean name in Latin letters is whole too: a syllable left is a given name
            # (르엉 끄엉 is not Kang Sang-jung).
            or (query.hangul_sounds and listed.korean)
            or (listed.hangul_sounds and query.korean)
        )
    ):
        conflict = _syllable_left(q_tokens, q_core) or _syllable_left(l_tokens, l_core)
    arabic_style = person and _arabic_style(query, listed)
    middle: tuple[int, ...] = ()
    q_share = 0.0
    if western and q_extra:
        middle, q_share = tuple(q_extra), WESTERN_GIVEN_EXTRA
    elif person and q_extra and all(l_tokens[i].kind in WEAK_KINDS for i in l_extra):
        words = len({l_tokens[ls].piece for _, ls in singles})
        one = agree >= (ARAB_MIDDLE_PAIRED if query.arab else MIDDLE_PAIRED)
        share = CHAIN_EXTRA if query.arab else MIDDLE_EXTRA
        strong = agree >= STRONG_PAIRED
        middle, q_share = _query_names_left(q_tokens, used_q, q_extra, words, one, share, strong)
    total += _extra_weight(q_tokens, q_extra, q_core, QUERY_EXTRA, weigh, conflict, middle, q_share)
    listed_share = LISTED_EXTRA if person else LISTED_EXTRA_ORG
    l_middle: tuple[int, ...] = ()
    middle_share = 0.0
    if western and l_extra:
        l_middle, middle_share = tuple(l_extra), WESTERN_GIVEN_EXTRA
    elif person and not q_core and not q_initial and l_core:
        l_middle, middle_share = _middle_names(listed, used_l, l_core, query, met, not arabic_style)
    total += _extra_weight(
        l_tokens, l_extra, l_core, listed_share, weigh, conflict, l_middle, middle_share
    )
    score = agree / total if total else 0.0
    factors: list[tuple[float, str]] = []
    if conflict:
        factors.append((CONFLICT_FACTOR, "each name has an identifying part the other lacks"))
    forms = _legal_forms_differ(q_tokens, l_tokens)
    if forms:
        factors.append((LEGAL_FORM_CONFLICT, f"the names state other legal forms ({forms})"))
    names_left = l_middle or middle
    if (q_core or l_core) and all(p.rule == SKELETON for p in pairs) and (not names_left or thin):
        factors.append((SKELETON_ONLY_PARTIAL, _SKELETON_ONLY))
    if person and l_core and _one_part(q_tokens):
        factors.append((ONE_PART, _ONE_PART))
    if marked and (_initials_only(q_tokens) or _initials_only(l_tokens)):
        factors.append((INITIALS_ONLY, "one name is written in initials only"))
    numbers = _numbers_differ(q_tokens, q_extra, l_tokens, l_extra) if person and marked else ""
    if numbers:
        factors.append((NUMBER_CONFLICT, f"the names carry other numbers ({numbers})"))
    lone = _lone_numbers(q_tokens, q_extra, l_tokens, l_extra) if org else ""
    if lone:
        factors.append((LONE_NUMBER, f"only one name carries a number ({lone})"))
    half = _half_word(q_tokens, used_q) or _half_word(l_tokens, used_l) if person else ""
    if half:
        factors.append((HALF_WORD, f"only the first part of '{half}' meets the other name"))
    if _syllables_swapped(q_tokens, l_tokens, singles):
        factors.append((SWAPPED_SYLLABLES, _SWAPPED))
    if marked and _initials_swapped(query, listed, singles):
        factors.append((SWAPPED_INITIALS, _SWAPPED_INITIALS))
    if arabic_style and _generations_swapped(query, listed, singles):
        factors.append((SWAPPED_GENERATIONS, _GENERATIONS))
    if arabic_style:
        if not q_extra and first_met > 0 and not _titled(query):
            opening = _opens_with_given(l_tokens, used_l, first_met)
            if opening is not None:
                factors.append((_father_factor(opening), _FATHER.format(opening.original)))
        elif not l_core and first_meeting > 0 and not _titled(listed):
            opening = _opens_with_given(q_tokens, used_q, first_meeting)
            if opening is not None:
                factors.append((FATHER_FACTOR, _SON.format(opening.original)))
    for factor, _ in factors:
        score *= factor
    return Alignment(
        round(score, 4),
        tuple(pairs),
        _extra_texts(q_tokens, q_extra),
        _extra_texts(l_tokens, l_extra),
        conflict,
        _kept_apart(query, listed, q_core, l_core) if q_core and l_core else (),
        (*q_titles.values(), *l_titles.values()),
        tuple(f"{reason} (score ×{factor:.2f})" for factor, reason in factors),
    )


def _written_alike(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Whether two names made only of organisation words and legal forms are the same words
    in the same script (TD Bank is TD Bank, but LLC is no DIO, nor Group مجموعة)."""
    return sorted((t.script, t.latin) for t in a) == sorted((t.script, t.latin) for t in b)


def _one_part(tokens: Sequence[Token]) -> bool:
    """Whether a name has a single part that can identify a person (Kim, Ivanov): no
    particle, initial, title or number beside it counts."""
    return sum(t.kind not in WEAK_KINDS and t.kind not in _IGNORED for t in tokens) == 1


def _extra_texts(tokens: Sequence[Token], extra: Sequence[int]) -> tuple[str, ...]:
    """The written words of the parts left over, a word cut into parts (Barakallah: Baraka,
    Allah) named once."""
    texts: list[str] = []
    for n, i in enumerate(extra):
        if n and extra[n - 1] == i - 1 and tokens[i - 1].piece == tokens[i].piece:
            continue
        texts.append(_text(tokens, i, i + 1))
    return tuple(texts)


def _family_position(tokens: Sequence[Token]) -> int:
    """The position of a name's last part, or of its family name's last where it is written
    first (AL MAKTOUM, Maktoum bin Rashid); -1 if none."""
    parts = [i for i, t in enumerate(tokens) if t.kind not in WEAK_KINDS]
    if not parts:
        return -1
    if tokens[parts[0]].kind == Kind.FAMILY and any(tokens[i].kind == Kind.GIVEN for i in parts):
        family = parts[0]
        for i in parts[1:]:
            if tokens[i].kind != Kind.FAMILY:
                break
            family = i
        return family
    return parts[-1]


def _thin_skeleton(a: Token, b: Token) -> bool:
    """Whether two tokens share no skeleton of more than one consonant (אבי, WEI)."""
    return max(map(len, set(a.skeletons) & set(b.skeletons)), default=0) < MIN_MIDDLE_SKELETON


def _generations_swapped(query: Prepared, listed: Prepared, singles: list[tuple[int, int]]) -> bool:
    """Whether two names of three parts or more, each in its own order, pair the first
    given name of each with the part after the other's (أحمد عوض بن مبارك, Ahmad son of
    Awad, against Awad Ahmed bin Mubarak)."""
    partner = dict(singles)
    q_given, l_given = query.given, listed.given
    q_next, l_next = _next_part(query, q_given), _next_part(listed, l_given)
    return (
        min(q_next, l_next) > 0
        and partner.get(q_given) == l_next
        and partner.get(q_next) == l_given
        and _parts(query) >= MIN_GENERATIONS
        and _parts(listed) >= MIN_GENERATIONS
    )


def _next_part(name: Prepared, position: int) -> int:
    """The position of the first name part after ``position`` (-1 if none or no position)."""
    if position < 0:
        return -1
    tokens = name.tokens
    return next(
        (i for i in range(position + 1, len(tokens)) if tokens[i].kind not in WEAK_KINDS), -1
    )


def _parts(name: Prepared) -> int:
    return sum(t.kind not in WEAK_KINDS for t in name.tokens)


def _syllables_swapped(
    q_tokens: Sequence[Token], l_tokens: Sequence[Token], singles: list[tuple[int, int]]
) -> bool:
    """Whether two pairs of single tokens pair given-name syllables of one Hangul word with
    adjacent tokens of the other name in the other order (see `SWAPPED_SYLLABLES`)."""
    for (q1, l1), (q2, l2) in combinations(singles, 2):
        if _swapped(q_tokens, q1, q2, l2 - l1) or _swapped(l_tokens, l1, l2, q2 - q1):
            return True
    return False


def _initials_swapped(query: Prepared, listed: Prepared, singles: list[tuple[int, int]]) -> bool:
    """Whether two initials of one name pair two parts of the other in the other order (D. P.
    Sviatopolk-Mirsky is Dmitry Petrovich, not his father Pyotr Dmitrievich); not against
    Hangul or Han syllables, whose one-letter readings are names (오진우: O Jin-u)."""
    if query.syllabic or listed.syllabic:
        return False
    met = [
        (qs, ls)
        for qs, ls in singles
        if query.tokens[qs].kind == Kind.INITIAL or listed.tokens[ls].kind == Kind.INITIAL
    ]
    return any((q1 < q2) != (l1 < l2) for (q1, l1), (q2, l2) in combinations(met, 2))


def _swapped(tokens: Sequence[Token], first: int, second: int, other_step: int) -> bool:
    """Whether ``tokens`` at ``first`` and ``second`` are given-name syllables of one Hangul
    word whose partners, ``other_step`` apart, are adjacent and in the other order."""
    a, b = tokens[first], tokens[second]
    return (
        a.script == scripts.HANGUL == b.script
        and a.kind == Kind.GIVEN == b.kind
        and a.piece == b.piece
        and abs(other_step) == 1
        and (second > first) != (other_step > 0)
    )


def _title_spellings(name: Prepared, used: list[bool], other: Prepared) -> dict[int, str]:
    """The unpaired tokens of ``name`` that spell a title of ``other``'s, which is left out,
    with the line that says so: they are left out too."""
    if not other.titles:
        return {}
    found = {}
    for i, paired in enumerate(used):
        if paired:
            continue
        for title_id, title in other.titles:
            if match_ids(name.ids[i], title_id).similarity >= MIN_SIMILARITY:
                text = name.tokens[i].original
                found[i] = f"'{text}' spells the title '{title}', left out as titles are"
                break
    return found


def _description(
    query: Prepared, used_q: list[bool], listed: Prepared, used_l: list[bool]
) -> dict[int, str]:
    """The unpaired words between a title opening the query and its first paired word, when
    every identifying word of the listed name, two or more, is paired: the office and what it
    serves, as news writes them (директор Эрмитажа Михаил Пиотровский, رئيس مجلس النواب
    العراقي محمود المشهداني), left out with the title."""
    opening = query.name.tokens
    if not opening or opening[0].kind != Kind.TITLE or True not in used_q:
        return {}
    first = used_q.index(True)
    named = [j for j, t in enumerate(listed.tokens) if t.kind not in WEAK_KINDS]
    if first == 0 or len(named) < 2 or not all(used_l[j] for j in named):
        return {}
    return {
        i: f"'{query.tokens[i].original}' is read with the title before the name"
        for i in range(first)
    }


def _kept_apart(
    query: Prepared, listed: Prepared, q_core: set[int], l_core: set[int]
) -> tuple[str, ...]:
    """Explanations for unpaired tokens that share a consonant skeleton but not a name."""
    lines = []
    for i in sorted(q_core):
        for j in sorted(l_core):
            reason = kept_apart(query.ids[i], listed.ids[j])
            if reason:
                mine, theirs = _text(query.tokens, i, i + 1), _text(listed.tokens, j, j + 1)
                lines.append(f"'{mine}' and '{theirs}' share their consonants, but {reason}")
    return tuple(lines)


def _western_names_before(
    hangul: Prepared, latin: Prepared, used_h: list[bool], used_l: list[bool], extra: list[int]
) -> bool:
    """Whether a Korean name in Hangul, family name first and every syllable paired, meets a
    Latin name that opens with given names it leaves out, `MAX_WESTERN_GIVEN` at most: a
    Korean Christian's baptismal names (Bishop Francis Xavier Ahn Myong-ok, 안명옥 주교), an
    English given name (Eric Yoon-do Nam, 남윤도)."""
    if not extra or len(extra) > MAX_WESTERN_GIVEN or len(hangul.tokens) < 2:
        return False
    if not all(used_h) or not all(t.script == scripts.HANGUL for t in hangul.tokens):
        return False
    if hangul.tokens[0].kind != Kind.FAMILY:
        return False
    tokens = latin.tokens
    if any(tokens[i].script != scripts.LATIN or tokens[i].kind in WEAK_KINDS for i in extra):
        return False
    first = used_l.index(True)
    return max(extra) < first and sum(used_l) >= len(hangul.tokens)


def _syllable_left(tokens: Sequence[Token], core: set[int]) -> bool:
    """Whether a syllable is left unpaired, in a name aligned with one written in Hangul or
    Han: such a name is written whole, so a syllable more is another given name (류진 / Ryu
    Hyun-jin), where a Latin name's extra part may be a middle name."""
    return any(_is_syllable(tokens[i]) for i in core)


def _is_syllable(token: Token) -> bool:
    if token.script in scripts.SYLLABIC:
        return True
    latin = token.latin
    # A personal spelling may write ㅂ as v (Kim Ok-vin).
    return token.script == scripts.LATIN and (
        is_korean_reading(latin)
        or latin in pinyin_syllables()
        or ("v" in latin and is_syllable_reading(latin.replace("v", "b")))
    )


def _runs_may_help(best: Alignment, query: Prepared, listed: Prepared) -> bool:
    """Whether parts written together could pair what single tokens left unpaired."""
    if len(query.tokens) < 2 and len(listed.tokens) < 2:
        return False
    # A joined run on one side pairs with a single token on the other: that changes
    # something only if both sides have a part left over, or one side has and a pair is
    # less than exact (Abdul Rahman / Abdulrahman pairs Abdul as a short form).
    if best.pairs and not (best.query_extra and best.listed_extra):
        if not (best.query_extra or best.listed_extra):
            return False
        if all(p.similarity >= 1.0 for p in best.pairs):
            return False
    # Runs pair only by same reading, typo distance or (with an abjad) skeleton: without an
    # abjad, some token's reading must be within a typo of some run's length.
    return query.abjad or listed.abjad or _may_join(query, listed) or _may_join(listed, query)


def _may_join(single: Prepared, runs: Prepared) -> bool:
    """Whether a token of ``single`` is long enough, and short enough, to be a run of
    ``runs``."""
    return any(_may_pair(low, high, single.lengths) for low, high in runs.run_lengths)


def align(query: Prepared, listed: Prepared, weigh: Weigh) -> Alignment:
    """Pair the tokens of two prepared names and score their agreement (0-1)."""
    if not query or not listed:
        return NO_ALIGNMENT
    best = _align(query, listed, weigh, runs=False)
    if _runs_may_help(best, query, listed):
        joined = _align(query, listed, weigh, runs=True)
        if joined.score > best.score:
            best = joined
    return best
