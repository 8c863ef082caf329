"""FAQ engine benchmark: index build time, ask latency (p50/p99) and process memory at the real knowledge-base
size and scaled to 2,000 and 20,000 entries, side by side with rank_bm25 (BM25Okapi over jieba tokens).

    .venv/bin/python -m bench.knowledge_bench [--kb knowledge/data/kb.json] [--sizes 2000,20000]

Scaled knowledge bases are synthetic: each extra entry is a real entry whose words are partly replaced by
random words from jieba's dictionary, so the vocabulary grows with the size as a real, broader KB would
(copies of the same 80 entries would make every posting list grow linearly, which no real KB does).
Queries are the paraphrase check set (tests/data/knowledge_paraphrases.jsonl), asked in a loop.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from knowledge.index import build_index
from knowledge.kbfile import KB_PATH, KbRecord, read_kb
from knowledge.runtime import shared_analyzer

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "data" / "knowledge_paraphrases.jsonl"
CACHE_DIR = Path(tempfile.gettempdir()) / "jiliang-bench-jieba"
LOOKUPS = 3000  # asks per size and engine


def synthetic(records: tuple[KbRecord, ...], size: int, *, seed: int = 7) -> list[KbRecord]:
    """`size` entries: the real ones, then mutated copies with fresh vocabulary."""
    analyzer = shared_analyzer(CACHE_DIR)
    rng = random.Random(seed)
    words = [w for w, f in analyzer.tokenizer.FREQ.items() if f > 0 and 2 <= len(w) <= 4]
    rng.shuffle(words)
    words = words[:60000]
    out = list(records)

    def mutate(text: str) -> str:
        parts = analyzer.tokenizer.lcut(text, HMM=False)
        return "".join(rng.choice(words) if len(p) > 1 and rng.random() < 0.5 else p for p in parts)

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


def time_asks(ask, questions: list[str]) -> tuple[float, float]:  # noqa: ANN001 - a callable
    timings = []
    for n in range(LOOKUPS):
        question = questions[n % len(questions)]
        started = time.perf_counter()
        ask(question)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), percentile(timings, 0.99)


def rss_mb(records_size: int, kb: Path) -> float:
    """Resident memory of a fresh process holding the analyzer and an index of this size."""
    code = (
        "import sys; from pathlib import Path; from bench.knowledge_bench import _child; "
        f"_child({records_size}, Path({str(kb)!r}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def _child(size: int, kb: Path) -> None:
    records = read_kb(kb).entries
    analyzer = shared_analyzer(CACHE_DIR)
    index = build_index(synthetic(records, size), analyzer=analyzer, version="rss") if size else None
    del index
    import gc

    gc.collect()
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                print(int(line.split()[1]) / 1024)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, default=KB_PATH)
    parser.add_argument("--sizes", default="2000,20000", help="scaled sizes after the real one")
    args = parser.parse_args()
    if not args.kb.exists():
        print(f"{args.kb} is missing (the knowledge base is on the kbcontent branch); pass --kb FILE")
        return 2

    from rank_bm25 import BM25Okapi

    from knowledge.baselines import entry_text

    started = time.perf_counter()
    analyzer = shared_analyzer(CACHE_DIR)
    print(f"analyzer (private jieba + user dictionary), once per process: {time.perf_counter() - started:.2f} s")
    real = read_kb(args.kb).entries
    questions = [json.loads(line)["q"] for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    sizes = [len(real), *(int(s) for s in args.sizes.split(",") if s)]

    header = f"{'entries':>8} | {'engine':<14} | {'build s':>8} | {'p50 ms':>7} | {'p99 ms':>7}"
    print(header)
    print("-" * len(header))
    for size in sizes:
        records = synthetic(real, size)

        started = time.perf_counter()
        index = build_index(records, analyzer=analyzer, version=str(size))
        build = time.perf_counter() - started
        p50, p99 = time_asks(index.search, questions)
        print(f"{size:>8} | {'jiliang':<14} | {build:>8.3f} | {p50:>7.3f} | {p99:>7.3f}")

        tokenizer = analyzer.tokenizer  # same segmentation cost for the baseline; no synonyms, no fusion
        started = time.perf_counter()
        bm25 = BM25Okapi([tokenizer.lcut(entry_text(r)) or [" "] for r in records])
        build = time.perf_counter() - started
        p50, p99 = time_asks(lambda q: bm25.get_scores(tokenizer.lcut(q)), questions)
        print(f"{size:>8} | {'rank_bm25':<14} | {build:>8.3f} | {p50:>7.3f} | {p99:>7.3f}")

    base = rss_mb(0, args.kb)
    print(f"\nRSS of a process with the analyzer only: {base:.0f} MB")
    for size in sizes:
        print(f"RSS with a {size}-entry index loaded:    {rss_mb(size, args.kb):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
