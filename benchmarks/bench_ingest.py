"""Ingest speed: the full `kg extract` pipeline against bare spaCy, and 1 vs 2 processes.

Run: `make bench-ingest` (or `.venv/bin/python -m benchmarks.bench_ingest [--repeat N]`).
Texts: the shared dev reports when ../shared is beside the repository, else the golden test
documents, repeated to a few tens of thousands of words. Every figure is the median of
several rounds measured in this same process, the ways compared taking turns within each
round, and each ratio the median of the rounds' own ratios (file access: reads the texts, writes a
temporary folder for the process-pool runs).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from ingest.batch import GROUP_FILES, extract_files
from ingest.extract import extract_many
from ingest.pipeline import build_nlp, load_config, shared_nlp
from ingest.readers import read
from ingest.source import SourceText

ROOT = Path(__file__).resolve().parent.parent
SHARED_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"
OWN_DOCS = ROOT / "tests" / "ingest" / "docs"


def corpus(copies: int) -> list[SourceText]:
    folder = SHARED_DOCS if SHARED_DOCS.is_dir() else OWN_DOCS
    sources = [read(p) for p in sorted(folder.iterdir()) if p.is_file()]
    return [s for _ in range(copies) for s in sources]


def interleaved_seconds(fns: list[Callable[[], object]], runs: int) -> list[list[float]]:
    """Each function's times over `runs` rounds, one call of each per round: a slow spell of
    the host falls on every way measured, not on one of them (a shared 2-core machine's
    throughput moves by a fifth between minutes)."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, own in zip(fns, times, strict=True):
            start = time.perf_counter()
            fn()
            own.append(time.perf_counter() - start)
    return times


def paired_ratio(faster: list[float], slower: list[float]) -> float:
    """The median over rounds of one round's time ratio."""
    return statistics.median(f / s for f, s in zip(faster, slower, strict=True))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument(
        "--repeat", type=int, default=5, help="rounds, the ways taking turns in each (median)"
    )
    ap.add_argument("--copies", type=int, default=8, help="copies of the document set")
    args = ap.parse_args(argv)

    sources = corpus(args.copies)
    texts = [s.text for s in sources]
    words = sum(len(t.split()) for t in texts)
    base = spacy.load(load_config()["base"]["model"])
    nlp = build_nlp()

    def bare() -> None:
        for _ in base.pipe(texts):
            pass

    def bare_each() -> None:
        for t in texts:
            base(t)

    def full() -> None:  # as `kg extract` does: a few documents per parsing stream
        for i in range(0, len(sources), GROUP_FILES):
            extract_many(sources[i : i + GROUP_FILES], nlp)

    bare()  # warm up both
    full()
    bare_times, each_times, full_times = interleaved_seconds([bare, bare_each, full], args.repeat)
    t_bare, t_each, t_full = map(statistics.median, (bare_times, each_times, full_times))

    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, s in enumerate(sources):
            path = Path(tmp) / f"{i:04d}_{s.path.name}"
            path.write_text(s.text, encoding="utf-8")
            files.append(path)
        shared_nlp()

        def pool(n: int) -> Callable[[], object]:
            return lambda: list(extract_files(files, n_process=n))

        one_times, two_times = interleaved_seconds([pool(1), pool(2)], args.repeat)
        t_one, t_two = statistics.median(one_times), statistics.median(two_times)

    print(f"texts: {len(texts)} documents, {words} words; median of {args.repeat} runs")
    print(f"{'':34}{'seconds':>9}{'words/s':>10}")
    print(f"{'bare nlp.pipe (same base model)':34}{t_bare:9.2f}{words / t_bare:10.0f}")
    print(f"{'bare spaCy, one call per document':34}{t_each:9.2f}{words / t_each:10.0f}")
    print(f"{'full kg extract pipeline':34}{t_full:9.2f}{words / t_full:10.0f}")
    print(f"{'kg extract --n-process 1':34}{t_one:9.2f}{words / t_one:10.0f}")
    print(f"{'kg extract --n-process 2':34}{t_two:9.2f}{words / t_two:10.0f}")
    # (each ratio the median of the rounds' own ratios: both ways ran in the same minute)
    ratio = paired_ratio(bare_times, full_times)
    print(f"ratio full / bare nlp.pipe throughput: {ratio:.2f} (target >= 0.75)")
    print(f"ratio full / bare per-document throughput: {paired_ratio(each_times, full_times):.2f}")
    print(f"speed-up --n-process 2 over 1: {paired_ratio(one_times, two_times):.2f}x")


if __name__ == "__main__":
    main()
