"""FAQ engine benchmark: index build time, ask latency (p50/p99) and process memory at the real knowledge-base
size and scaled to 2,000 and 20,000 entries, side by side with rank_bm25 (BM25Okapi over jieba tokens).

    .venv/bin/python -m bench.knowledge_bench [--kb knowledge/data/kb.json] [--sizes 2000,20000] [--no-baseline]

Scaled knowledge bases are synthetic: each extra entry is a real entry whose words are partly replaced by
random words from jieba's dictionary, so the vocabulary grows with the size as a real, broader KB would
(copies of the same 80 entries would make every posting list grow linearly, which no real KB does).
Queries are the paraphrase check set (tests/data/knowledge_paraphrases.jsonl), asked in a loop.

Columns (seconds as wall/CPU; on a shared machine compare CPU):
- cold: a worker's first start: empty feature-cache directory and an empty token memo, every text segmented;
- save: writing the entry-feature cache after it (knowledge.featcache; done after the index is swapped in);
- warm: a worker's start or restart once the cache holds this KB: a fresh cache object reading the file and an
  empty token memo, as in a new process (the file is in the OS page cache, as it is after a recent write);
- rebuild: what a staff edit triggers (one entry changed, the others reused from the index being replaced);
- cache MB: size of the cache file. RSS is this process's resident memory with the index loaded (it only grows:
  Python keeps freed memory).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from functools import partial
from pathlib import Path

from knowledge.analyzer import Analyzer
from knowledge.featcache import FeatureCache
from knowledge.index import build_index
from knowledge.kbfile import KB_PATH, KbRecord, read_kb
from knowledge.runtime import shared_analyzer

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "data" / "knowledge_paraphrases.jsonl"
CACHE_DIR = Path(tempfile.gettempdir()) / "jiliang-bench-jieba"
LOOKUPS = 3000  # asks per size and engine


def synthetic(records: tuple[KbRecord, ...], size: int, *, seed: int = 7) -> list[KbRecord]:
    """`size` entries: the real ones, then copies where about half of every text is replaced, two characters
    at a time, by random words of jieba's dictionary (so each copy brings new vocabulary)."""
    analyzer = shared_analyzer(CACHE_DIR)
    rng = random.Random(seed)
    words = [w for w, f in analyzer.tokenizer.FREQ.items() if f > 0 and 2 <= len(w) <= 3]
    rng.shuffle(words)
    words = words[:80000]
    out = list(records)

    def mutate(text: str) -> str:
        return "".join(rng.choice(words) if rng.random() < 0.5 else text[i : i + 2] for i in range(0, len(text), 2))

    while len(out) < size:
        base = records[len(out) % len(records)]
        out.append(
            KbRecord(
                id=f"synthetic-{len(out)}",
                question=mutate(base.question),
                answer=mutate(base.answer),
                alternatives=tuple(mutate(a) for a in base.alternatives),
                keywords=tuple(rng.choice(words) for _ in base.keywords),
                category=base.category,
            )
        )
    return out[:size]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def time_asks(ask, questions: list[str], lookups: int) -> tuple[float, float, float]:
    """(p50, p99) of wall time and p99 of this thread's CPU time, in ms: on a shared machine the wall clock
    includes waiting for a core, the CPU clock does not."""
    for question in questions:  # warm-up
        ask(question)
    wall, cpu = [], []
    for n in range(lookups):
        question = questions[n % len(questions)]
        started, started_cpu = time.perf_counter(), time.thread_time()
        ask(question)
        cpu.append((time.thread_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    return statistics.median(wall), percentile(wall, 0.99), percentile(cpu, 0.99)


class Stopwatch:
    """Wall and process CPU time of a block."""

    def __enter__(self) -> Stopwatch:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:.2f}/{self.cpu:.2f}"


def _bm25_ask(bm25, tokenizer, question: str) -> object:
    return bm25.get_scores(tokenizer.lcut(question, HMM=False))


def rss_mb() -> float:
    gc.collect()
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _build_and_ask(
    analyzer: Analyzer, records: list[KbRecord], size: int, cache_dir: Path, questions: list[str], lookups: int
) -> str:
    """One table row: cold build, cache save, warm build, rebuild after an edit, asks, memory."""
    analyzer.forget_tokens()
    cache = FeatureCache(cache_dir)
    with Stopwatch() as cold:
        index = build_index(records, analyzer=analyzer, version=str(size), cache=cache)
    with Stopwatch() as save:
        cache.store(index)
    del index
    analyzer.forget_tokens()
    cache = FeatureCache(cache_dir)  # knows nothing about the file yet, as in a new process
    with Stopwatch() as warm:
        index = build_index(records, analyzer=analyzer, version=str(size), cache=cache)
    edited = [*records[:-1], replace(records[-1], answer=records[-1].answer + "。")]
    with Stopwatch() as rebuild:  # what a staff edit costs: one entry changed, the others reused
        index = build_index(edited, analyzer=analyzer, version=f"{size}b", previous=index, cache=cache)
    p50, p99, p99_cpu = time_asks(index.search, questions, lookups)
    memory = rss_mb()
    cache_mb = cache.path.stat().st_size / 1e6
    return (
        f"{cold!s:>11} | {save!s:>10} | {warm!s:>10} | {rebuild!s:>13} | {p50:>7.3f} | {p99:>7.3f} | "
        f"{p99_cpu:>7.3f} | {memory:>7.0f} | {cache_mb:>8.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=KB_PATH)
    parser.add_argument("--sizes", default="2000,20000", help="scaled sizes after the real one ('' for none)")
    parser.add_argument("--no-baseline", action="store_true", help="skip rank_bm25 (faster while iterating)")
    args = parser.parse_args()
    if not args.kb.exists():
        print(f"{args.kb} is missing (the knowledge base is on the kbcontent branch); pass --kb FILE")
        return 2

    from rank_bm25 import BM25Okapi

    from knowledge.baselines import entry_text

    print(f"RSS of this process before the analyzer: {rss_mb():.0f} MB")
    started = time.perf_counter()
    analyzer = shared_analyzer(CACHE_DIR)
    print(f"analyzer (private jieba + user dictionary), once per process: {time.perf_counter() - started:.2f} s")
    print(f"RSS with the analyzer loaded: {rss_mb():.0f} MB")
    real = read_kb(args.kb).entries
    questions = [json.loads(line)["q"] for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    sizes = [len(real), *(int(s) for s in args.sizes.split(",") if s)]

    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall/CPU shown where it matters)")
    header = (
        f"{'entries':>8} | {'engine':<10} | {'cold s w/c':>11} | {'save s w/c':>10} | {'warm s w/c':>10} | "
        f"{'rebuild s w/c':>13} | {'p50 ms':>7} | {'p99 ms':>7} | {'p99 cpu':>7} | {'RSS MB':>7} | {'cache MB':>8}"
    )
    print(header)
    print("-" * len(header))
    for size in sizes:
        records = synthetic(real, size)
        lookups = LOOKUPS if size <= 5000 else LOOKUPS // 3
        with tempfile.TemporaryDirectory(prefix="jiliang-bench-features-") as cache_dir:
            row = _build_and_ask(analyzer, records, size, Path(cache_dir), questions, lookups)
        print(f"{size:>8} | {'jiliang':<10} | {row}")
        if args.no_baseline:
            continue

        tokenizer = analyzer.tokenizer  # the same segmentation for the baseline: no synonyms, no fusion
        with Stopwatch() as build:
            bm25 = BM25Okapi([tokenizer.lcut(entry_text(r), HMM=False) or [" "] for r in records])
        p50, p99, p99_cpu = time_asks(partial(_bm25_ask, bm25, tokenizer), questions, lookups // 3)
        memory = rss_mb()
        print(
            f"{size:>8} | {'rank_bm25':<10} | {build!s:>11} | {'-':>10} | {'-':>10} | {'-':>13} | {p50:>7.3f} | "
            f"{p99:>7.3f} | {p99_cpu:>7.3f} | {memory:>7.0f} | {'-':>8}"
        )
        del bm25
    return 0


if __name__ == "__main__":
    sys.exit(main())
