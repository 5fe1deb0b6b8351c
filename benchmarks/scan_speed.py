"""Document scanning speed: start-up, then throughput on news-like text.

Usage: nice python benchmarks/scan_speed.py [--data ../shared/data] [--megabytes 2]

Reads the bundled lists from the configured data dir (SARING_DATA_DIR). Start-up is
measured first, in this fresh process: the name automaton built cold and loaded from its
cache file, the first scan of a text naming no date (automaton from memory, language
model, word lists), then the first scan of a text naming one (dateparser's start).
Throughput is then measured on a warm process: the seed articles (from ``--data``'s
seeds, else tests/fixtures/text), and generated news-like text built by reshuffling
their sentences with names swapped in, cut at word ends into documents of about
``--document-kb``. MB/s is given on the process's CPU time (one core, whatever else the
machine runs) and on the wall clock. Names new to the process are screened within the
measured time; the same documents are then scanned again, every name known.
"""

from __future__ import annotations

import argparse
import gc
import random
import tempfile
import time
from pathlib import Path

from saring.index import load_or_build
from saring.settings import Settings
from saring.store import Store
from saring.text import scan
from saring.text.automaton import LAST_LOAD, NameAutomaton
from saring.text.sentences import sentences

ROOT = Path(__file__).resolve().parent.parent
NAMES = [
    "Sergei Lavrov", "Ebrahim Raisi", "Kim Jong Un", "Hamas", "Joko Widodo", "Ali Khamenei",
    "Vladimir Putin", "Hassan Nasrallah", "Antony Blinken", "Ursula von der Leyen",
]  # fmt: skip


DATELESS = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Presiden Iran Ebrahim Raisi."
DATED = "Departemen Keuangan AS menjatuhkan sanksi pada 23 Juni 2022 terhadap Hamas."


def seeds(data: Path) -> list[str]:
    folder = data.parent / "seeds" if (data.parent / "seeds").is_dir() else None
    files = sorted(folder.glob("*.txt")) if folder else []
    files = files or sorted((ROOT / "tests" / "fixtures" / "text").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def news_like(texts: list[str], size: int, rng: random.Random) -> str:
    pool = [t[s:e] for t in texts for s, e in sentences(t)]
    out: list[str] = []
    total = 0
    while total < size:
        sentence = rng.choice(pool)
        if rng.random() < 0.3:
            sentence = sentence.replace("Sergei Lavrov", rng.choice(NAMES))
        out.append(sentence)
        total += len(sentence.encode()) + 1
        if rng.random() < 0.15:
            out.append("\n")
    return " ".join(out)


def cut(corpus: str, size: int) -> list[str]:
    """``corpus`` in documents of about ``size`` characters, each ending at a word's end."""
    documents = []
    start = 0
    while start < len(corpus):
        end = start + size
        if end < len(corpus):
            space = corpus.rfind(" ", start, end)
            end = space if space > start else end
        documents.append(corpus[start:end])
        start = end
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--document-kb", type=float, default=5.0)
    args = parser.parse_args()
    settings = Settings.from_env()
    store = Store(settings.database_url)
    index = load_or_build(store, settings.index_path)

    started = time.perf_counter()
    automaton = NameAutomaton.build(index)
    build = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "automaton.pickle"
        automaton.save(path)
        started = time.perf_counter()
        NameAutomaton.load(path, index.fingerprint)
        load = time.perf_counter() - started
    print(
        f"automaton: {len(automaton):,} patterns; cold build {build:.2f} s; "
        f"cached load {load:.2f} s"
    )
    del automaton  # a scanning process holds only the one it loads
    started = time.perf_counter()
    scan(DATELESS, index, store)
    first = time.perf_counter() - started
    print(f"first scan, no date named: {first:.2f} s (automaton {LAST_LOAD.get('how')})")
    started = time.perf_counter()
    scan(DATED, index, store)
    dated = time.perf_counter() - started
    print(f"first scan naming a date: {dated:.2f} s (dateparser starts)")

    texts = seeds(args.data)
    for text in texts:  # warm: the seeds' names linked once
        scan(text, index, store)
    # What start-up loaded is kept out of garbage collection, as `saring serve` does.
    gc.collect()
    gc.freeze()
    started, cpu = time.perf_counter(), time.process_time()
    size = 0
    for text in texts:
        scan(text, index, store)
        size += len(text.encode())
    seconds = time.perf_counter() - started
    print(
        f"seeds: {len(texts)} documents, {size:,} bytes in {seconds:.3f} s "
        f"({time.process_time() - cpu:.3f} s CPU)"
    )

    rng = random.Random(7)
    corpus = news_like(texts, int(args.megabytes * 1_000_000), rng)
    documents = cut(corpus, int(args.document_kb * 1000))
    started, cpu = time.perf_counter(), time.process_time()
    mentions = 0
    for document in documents:
        mentions += len(scan(document, index, store).linked)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    megabytes = sum(len(d.encode()) for d in documents) / 1_000_000
    print(
        f"news-like text: {megabytes:.2f} MB in {len(documents):,} documents, "
        f"{cpu:.2f} s CPU, {seconds:.2f} s wall: {megabytes / cpu:.2f} MB/s per core "
        f"({megabytes / seconds:.2f} MB/s wall; {mentions:,} linked mentions)"
    )
    started, cpu = time.perf_counter(), time.process_time()
    for document in documents:
        scan(document, index, store)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    print(
        f"same documents again (every name screened before): {cpu:.2f} s CPU: "
        f"{megabytes / cpu:.2f} MB/s per core ({megabytes / seconds:.2f} MB/s wall)"
    )


if __name__ == "__main__":
    main()
