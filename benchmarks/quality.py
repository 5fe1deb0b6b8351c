"""Matching quality: saring against nomenklatura's logic-v2 and name-based, same data, same run.

(a) name_bench: nomenklatura's 826 labelled name pairs. Precision, recall and F1 at 0.7 per
    case group, overall and on the pairs with non-ASCII text; and the best F1 among thresholds
    whose precision is at least 0.95.
(b) UN positives: the 683 UN-listed persons of yente's candidate benchmark, screened against
    the bundled lists, untreated and treated (typos, reorderings, shifted dates). The true
    entities of a row: (1) every listed entity (UN, OFAC or UK) with a name of the same words
    as the untreated row's name (case-folded, punctuation dropped, any order: "SALEK,
    Abdulhai" is "ABDULHAI SALEK"); (2) every entity of the same schema with a name of the same
    words as a name, alias or previous name of three words or more of a UN record found in (1):
    the other lists' copies of the person under the UN's spelling of an alias. Copies spelled
    otherwise ("SHIHATA, Thirwat Salah" for THARWAT SALAH SHIHATA) are not found, so
    ``other_flagged`` (a flagged result outside the truth) is an upper bound on wrong flags.
    saring screens (top 10); the peers rerank saring's top-20 candidates (yente's design:
    search retrieves, the algorithm reranks).
(c) negatives: yente's 50,000 synthetic persons on no list (global and US): the share with any
    result flagged as a match; the peers rerank saring's top-20 candidates on a seeded sample.
(d) negatives by script: both negative sets' rows grouped by the script their name is written
    in, a seeded sample of each (``--per-script``, default 500): the share flagged, saring
    screening and the peers reranking its top-20 candidates, with the rows' birth date and
    nationality and with the name alone (as a name in a news article comes). The first rows of
    (c) are mostly Latin; names in Hebrew, Arabic or Hangul are where look-alikes are hardest
    to reject.

Queries carry name, birth date and nationality. The index is built from the default store's
matchable entities (the bundled lists), read only.

    .venv/bin/python benchmarks/quality.py [--quick] [--json out.json]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from evaldata import (
    NEGATIVE_SETS,
    NameCase,
    add_common_args,
    load_name_cases,
    load_negatives,
    load_un_positives,
    pin_one_core,
    write_json,
)
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry
from peers import PEER_THRESHOLD, Peer, all_peers, entity_from_dict, nomenklatura_version
from screen_speed import bundled_entities, saring_screen
from synthetic import CACHE_DIR

from saring.index import NameIndex, Record
from saring.match import DEFAULT_THRESHOLD, compare
from saring.names import scripts

THRESHOLD = 0.7
MIN_PRECISION = 0.95
PEER_CANDIDATES = 20
UN_PREFIX = "unsc-"
STRONG_NAMES = ("name", "alias", "previousName")
PUNCTUATION = re.compile(r"[^\w\s]+")
SCREEN_LIMIT = 10


# -- saring's side --------------------------------------------------------------------------


def saring_pair(case: NameCase) -> float:
    """saring's score of a name_bench pair (two records with one name each)."""
    return compare(Record.from_dict(case.query()), Record.from_dict(case.candidate())).score


def saring_candidates(index: NameIndex, payload: dict[str, Any]) -> list[str]:
    """Ids of saring's top candidates for a query, the pool the peers rerank."""
    return [r.id for r, _ in index.candidates(Record.from_dict(payload), limit=PEER_CANDIDATES)]


def peer_flags(
    index: NameIndex,
    entities: dict[str, EntityProxy],
    peers: list[Peer],
    payload: dict[str, Any],
    tag: str,
) -> dict[str, tuple[EntityProxy, float] | None]:
    """Each peer's best result for a query when it flags it as a match (else None), the
    peer reranking saring's top candidates."""
    query = entity_from_dict(payload, tag)
    listed = [entities[i] for i in saring_candidates(index, payload) if i in entities]
    flags: dict[str, tuple[EntityProxy, float] | None] = {}
    for peer in peers:
        ranked = peer.rerank(query, listed)
        flags[peer.name] = ranked[0] if ranked and ranked[0][1] >= peer.threshold else None
    return flags


# -- (a) name_bench -------------------------------------------------------------------------


def confusion(labels: list[bool], predicted: list[bool]) -> dict[str, float]:
    """Counts, precision, recall and F1 of ``predicted`` against ``labels``."""
    tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted, strict=True) if p and not y)
    fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"n": len(labels), "tp": tp, "fp": fp, "fn": fn, "p": precision, "r": recall, "f1": f1}


def best_f1_at_precision(labels: list[bool], scores: list[float]) -> dict[str, float] | None:
    """The threshold (among the scores seen) of best F1 with precision ≥ ``MIN_PRECISION``."""
    best = None
    for threshold in sorted(set(scores)):
        result = confusion(labels, [s >= threshold for s in scores])
        if result["p"] >= MIN_PRECISION and (best is None or result["f1"] > best["f1"]):
            best = {**result, "threshold": threshold}
    return best


def name_bench(cases: list[NameCase], scorers: dict[str, Callable[[NameCase], float]]) -> dict:
    """Per system: metrics at ``THRESHOLD`` per slice, and the best F1 at high precision."""
    slices: dict[str, list[int]] = defaultdict(list)
    for number, case in enumerate(cases):
        slices[case.case_group].append(number)
        slices["overall"].append(number)
        if case.non_ascii:
            slices["non-ASCII"].append(number)
    figures: dict[str, Any] = {}
    for system, scorer in scorers.items():
        began = time.perf_counter()
        scores = [scorer(case) for case in cases]
        seconds = time.perf_counter() - began
        labels = [case.is_match for case in cases]
        figures[system] = {
            "seconds": seconds,
            "slices": {
                name: confusion([labels[i] for i in rows], [scores[i] >= THRESHOLD for i in rows])
                for name, rows in slices.items()
            },
            "best_at_precision": best_f1_at_precision(labels, scores),
            "best_at_precision_non_ascii": best_f1_at_precision(
                [labels[i] for i in slices["non-ASCII"]], [scores[i] for i in slices["non-ASCII"]]
            ),
        }
    return figures


def print_name_bench(figures: dict[str, Any]) -> None:
    systems = list(figures)
    print(f"\n(a) name_bench: P / R / F1 at threshold {THRESHOLD}")
    print(f"{'slice':<22}" + "".join(f"{s:>24}" for s in systems))
    for name in next(iter(figures.values()))["slices"]:
        first = figures[systems[0]]["slices"][name]
        line = f"{name + ' (' + str(first['n']) + ')':<22}"
        for system in systems:
            m = figures[system]["slices"][name]
            line += f"{m['p']:>10.3f} {m['r']:>6.3f} {m['f1']:>6.3f}"
        print(line)
    for key, label in (("best_at_precision", "all"), ("best_at_precision_non_ascii", "non-ASCII")):
        print(f"best F1 with P ≥ {MIN_PRECISION} ({label}):")
        for system in systems:
            best = figures[system][key]
            if best is None:
                print(f"  {system:<12} no threshold reaches that precision")
            else:
                print(
                    f"  {system:<12} F1 {best['f1']:.3f} (P {best['p']:.3f}, R {best['r']:.3f}) "
                    f"at threshold {best['threshold']:.3f}"
                )


# -- (b) UN positives -----------------------------------------------------------------------


def word_key(name: str) -> str:
    """A name's words, case-folded, without punctuation, in sorted order."""
    return " ".join(sorted(PUNCTUATION.sub(" ", name.casefold()).split()))


class Truth:
    """The listed entities that are the person a UN row names (see the module docstring)."""

    def __init__(self, entities: dict[str, EntityProxy]) -> None:
        self.entities = entities
        self.owners: dict[str, set[str]] = defaultdict(set)
        for entity in entities.values():
            for name in entity.get_type_values(registry.name):
                self.owners[word_key(name)].add(entity.id or "")

    def of(self, listed_name: str) -> set[str]:
        """The ids of the entities carrying the person listed as ``listed_name``."""
        found = set(self.owners.get(word_key(listed_name), ()))
        for entity_id in [i for i in found if i.startswith(UN_PREFIX)]:
            entity = self.entities[entity_id]
            for prop in STRONG_NAMES:
                for name in entity.get(prop, quiet=True):
                    key = word_key(name)
                    if len(key.split()) >= 3:
                        same = self.owners.get(key, ())
                        found.update(i for i in same if self.entities[i].schema == entity.schema)
        return found


class Outcome:
    """Ranking outcomes of one system over queries with known true entities."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = defaultdict(int)

    def add(self, ranked: list[tuple[str, float, bool]], truth: set[str]) -> None:
        """``ranked``: (id, score, match) of the results, best first."""
        self.counts["queries"] += 1
        top = ranked[:SCREEN_LIMIT]
        if top and top[0][0] in truth:
            self.counts["top1"] += 1
            self.counts["top1_match"] += int(top[0][2])
        self.counts["in_top10"] += int(any(i in truth for i, _, _ in top))
        self.counts["flagged"] += int(any(i in truth and m for i, _, m in top))
        self.counts["other_flagged"] += int(any(m and i not in truth for i, _, m in top))

    def rates(self) -> dict[str, float]:
        n = self.counts["queries"] or 1
        return {key: value / n for key, value in self.counts.items() if key != "queries"} | {
            "queries": self.counts["queries"]
        }


def un_positives(
    args: argparse.Namespace,
    index: NameIndex,
    entities: dict[str, EntityProxy],
    truths: Truth,
    peers: list[Peer],
) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for treated in (False, True):
        positives = load_un_positives(args.data, treated=treated)[: args.positives]
        outcomes = {"saring": Outcome(), **{peer.name: Outcome() for peer in peers}}
        candidate_recall = 0
        no_truth = 0
        for positive in positives:
            truth = truths.of(positive.listed_name)
            if not truth:
                no_truth += 1
            hits = saring_screen(index, positive.query, limit=SCREEN_LIMIT)
            outcomes["saring"].add([(h.record.id, h.score, h.match) for h in hits], truth)
            pool = saring_candidates(index, positive.query)
            candidate_recall += int(any(i in truth for i in pool))
            query = entity_from_dict(positive.query, f"un-{int(treated)}-{positive.row}")
            listed = [entities[i] for i in pool if i in entities]
            for peer in peers:
                ranked = peer.rerank(query, listed)
                outcomes[peer.name].add(
                    [(e.id or "", s, s >= peer.threshold) for e, s in ranked], truth
                )
        label = "treated" if treated else "untreated"
        figures[label] = {
            "rows": len(positives),
            "rows_without_listed_name": no_truth,
            "candidate_recall_at_20": candidate_recall / max(1, len(positives)),
            "systems": {name: outcome.rates() for name, outcome in outcomes.items()},
        }
    return figures


def print_un(figures: dict[str, Any]) -> None:
    print("\n(b) UN positives vs the bundled lists (true: entities listing that person's name)")
    columns = ("top1", "top1_match", "in_top10", "flagged", "other_flagged")
    print(
        "  top1: the best result is a true entity (top1_match: and flagged as a match); "
        "in_top10: a true entity in the top 10;\n  flagged: a true entity in the top 10 flagged; "
        "other_flagged: a result outside the truth flagged (upper bound on wrong flags)"
    )
    for label, result in figures.items():
        print(
            f"{label}: {result['rows']} rows ({result['rows_without_listed_name']} without a "
            f"listed name); true entity among saring's top {PEER_CANDIDATES} candidates: "
            f"{result['candidate_recall_at_20']:.3f}"
        )
        print(f"  {'system':<12}" + "".join(f"{c:>14}" for c in columns))
        for system, rates in result["systems"].items():
            print(f"  {system:<12}" + "".join(f"{rates.get(c, 0.0):>14.3f}" for c in columns))


# -- (c) negatives --------------------------------------------------------------------------


def negatives(
    args: argparse.Namespace,
    index: NameIndex,
    entities: dict[str, EntityProxy],
    peers: list[Peer],
) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for which in NEGATIVE_SETS:
        rows = load_negatives(which, args.data, limit=args.negatives)
        flagged: list[bool] = []
        examples: list[dict[str, Any]] = []
        began = time.perf_counter()
        for number, payload in enumerate(rows):
            hits = saring_screen(index, payload, limit=SCREEN_LIMIT)
            matches = [h for h in hits if h.match]
            flagged.append(bool(matches))
            if matches and len(examples) < 8:
                best = matches[0]
                examples.append(
                    {
                        "query": payload["properties"]["name"][0],
                        "listed": best.record.caption,
                        "id": best.record.id,
                        "score": round(best.score, 3),
                    }
                )
            if number and number % 5000 == 0:
                print(f"  negatives {which}: {number:,} screened", file=sys.stderr)
        seconds = time.perf_counter() - began
        sample = sorted(
            random.Random(args.seed).sample(range(len(rows)), min(args.sample, len(rows)))
        )
        flag_counts = {peer.name: 0 for peer in peers}
        peer_examples: dict[str, list[dict[str, Any]]] = {peer.name: [] for peer in peers}
        for number in sample:
            payload = rows[number]
            tag = f"neg-{which}-{number}"
            for name, top in peer_flags(index, entities, peers, payload, tag).items():
                if top is not None:
                    flag_counts[name] += 1
                    if len(peer_examples[name]) < 5:
                        peer_examples[name].append(
                            {
                                "query": payload["properties"]["name"][0],
                                "listed": top[0].caption,
                                "id": top[0].id,
                                "score": round(top[1], 3),
                            }
                        )
        figures[which] = {
            "rows": len(rows),
            "saring_flagged": sum(flagged),
            "saring_rate": sum(flagged) / max(1, len(rows)),
            "saring_ms_per_query": seconds * 1000 / max(1, len(rows)),
            "saring_examples": examples,
            "sample": len(sample),
            "sample_seed": args.seed,
            "sample_rates": {
                "saring": sum(flagged[i] for i in sample) / max(1, len(sample)),
                **{name: count / max(1, len(sample)) for name, count in flag_counts.items()},
            },
            "peer_examples": peer_examples,
            "first_rows_only": args.negatives is not None,
        }
    return figures


def print_negatives(figures: dict[str, Any]) -> None:
    print("\n(c) negatives: share of persons on no list with a result flagged as a match")
    for which, result in figures.items():
        rows = f"first {result['rows']:,} rows" if result["first_rows_only"] else "all rows"
        print(
            f"{which} ({rows}): saring {result['saring_flagged']:,} / {result['rows']:,} = "
            f"{result['saring_rate']:.4f} ({result['saring_ms_per_query']:.1f} ms/query)"
        )
        rates = ", ".join(f"{k} {v:.4f}" for k, v in result["sample_rates"].items())
        print(
            f"  seeded sample of {result['sample']:,} rows (seed {result['sample_seed']}), peers "
            f"reranking saring's top {PEER_CANDIDATES}: {rates}"
        )
        for example in result["saring_examples"][:3]:
            print(f"    saring: {example['query']!r} → {example['listed']!r} {example['score']}")


# -- (d) negatives by script ----------------------------------------------------------------


def negatives_by_script(
    args: argparse.Namespace,
    index: NameIndex,
    entities: dict[str, EntityProxy],
    peers: list[Peer],
) -> dict[str, Any]:
    """Share of negatives flagged per script of the name, every system on the same rows."""
    by_script: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for which in NEGATIVE_SETS:
        for payload in load_negatives(which, args.data):
            name = payload["properties"]["name"][0]
            by_script[scripts.token_script(name.replace(" ", ""))].append(payload)
    rnd = random.Random(args.seed)
    figures: dict[str, Any] = {}
    for script, rows in sorted(by_script.items(), key=lambda item: -len(item[1])):
        sample = rnd.sample(rows, min(args.per_script, len(rows)))
        rates = {}
        for variant in ("with facts", "name only"):
            flagged = {"saring": 0, **{peer.name: 0 for peer in peers}}
            for number, payload in enumerate(sample):
                if variant == "name only":
                    names = {"name": payload["properties"]["name"]}
                    payload = {"schema": payload["schema"], "properties": names}
                hits = saring_screen(index, payload, limit=SCREEN_LIMIT)
                flagged["saring"] += any(h.match for h in hits)
                tag = f"neg-{script}-{number}"
                for name, top in peer_flags(index, entities, peers, payload, tag).items():
                    flagged[name] += top is not None
            rates[variant] = {name: n / max(1, len(sample)) for name, n in flagged.items()}
        figures[script] = {"rows": len(rows), "sample": len(sample), "rates": rates}
    return figures


def print_negatives_by_script(figures: dict[str, Any]) -> None:
    print("\n(d) negatives by script: share of a seeded sample flagged as a match")
    if not figures:
        return
    first = next(iter(figures.values()))["rates"]
    variants, systems = list(first), list(first["with facts"])
    header = "".join(f"{name:>11}" for _ in variants for name in systems)
    print(f"{'':<28}" + "".join(f"{v:^{11 * len(systems)}}" for v in variants))
    print(f"{'script':<12}{'rows':>8}{'sample':>8}{header}")
    for script, result in figures.items():
        cells = "".join(f"{result['rates'][v][name]:>11.3f}" for v in variants for name in systems)
        print(f"{script:<12}{result['rows']:>8,}{result['sample']:>8,}{cells}")


# -- main -----------------------------------------------------------------------------------


def bundled_index(args: argparse.Namespace) -> tuple[NameIndex, dict[str, EntityProxy], dict]:
    """The index over the bundled lists (built now, or reused with --reuse-index)."""
    began = time.perf_counter()
    entity_list = bundled_entities()
    read_s = time.perf_counter() - began
    path = CACHE_DIR / "index-bundled-quality.idx"
    figures: dict[str, Any] = {"entities": len(entity_list), "read_store_s": read_s}
    if args.reuse_index and path.exists():
        began = time.perf_counter()
        index = NameIndex.load(path)
        figures["index_load_s"] = time.perf_counter() - began
    else:
        began = time.perf_counter()
        records = [Record.from_entity(entity) for entity in entity_list]
        figures["records_s"] = time.perf_counter() - began
        began = time.perf_counter()
        index = NameIndex.build(records)
        figures["index_build_s"] = time.perf_counter() - began
        path.parent.mkdir(parents=True, exist_ok=True)
        index.save(path)
    return index, {e.id: e for e in entity_list if e.id}, figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parts = ["names", "un", "negatives", "scripts"]
    parser.add_argument("--parts", nargs="+", default=parts, choices=parts)
    parser.add_argument("--positives", type=int, help="first N UN rows only")
    parser.add_argument("--negatives", type=int, help="first N rows of each negative set")
    parser.add_argument("--sample", type=int, default=2000, help="negatives reranked by peers")
    parser.add_argument("--per-script", type=int, default=500, help="negatives per script (d)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the peers' sample")
    parser.add_argument("--reuse-index", action="store_true", help="load the last saved index")
    args = parser.parse_args()
    pin_one_core(args.cpu)
    if args.quick:
        args.positives, args.negatives, args.sample, args.per_script = 30, 60, 20, 10
        args.reuse_index = True
    peers = all_peers()
    figures: dict[str, Any] = {
        "threshold": THRESHOLD,
        "saring_default_threshold": DEFAULT_THRESHOLD,
        "peer_threshold": PEER_THRESHOLD,
        "nomenklatura": nomenklatura_version(),
    }
    if "names" in args.parts:
        scorers: dict[str, Callable[[NameCase], float]] = {"saring": saring_pair}
        for peer in peers:
            scorers[peer.name] = lambda c, p=peer: p.score_names(c.schema, c.name1, c.name2)
        figures["name_bench"] = name_bench(load_name_cases(args.data), scorers)
        print_name_bench(figures["name_bench"])
    if {"un", "negatives", "scripts"} & set(args.parts):
        index, entities, figures["index"] = bundled_index(args)
        shown = ", ".join(
            f"{k} {v:,.1f}" if k.endswith("_s") else f"{k} {v:,}"
            for k, v in figures["index"].items()
        )
        print(f"\nbundled lists index: {shown}")
        if "un" in args.parts:
            figures["un_positives"] = un_positives(args, index, entities, Truth(entities), peers)
            print_un(figures["un_positives"])
        if "negatives" in args.parts:
            figures["negatives"] = negatives(args, index, entities, peers)
            print_negatives(figures["negatives"])
        if "scripts" in args.parts:
            figures["negatives_by_script"] = negatives_by_script(args, index, entities, peers)
            print_negatives_by_script(figures["negatives_by_script"])
    write_json(args.json, figures)


if __name__ == "__main__":
    main()
