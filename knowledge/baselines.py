"""The two baselines the issue compares against (evaluation and benchmarks only, never serving):
BM25 over plain jieba tokens (rank_bm25, a dev dependency) and TF-IDF cosine over character 1-3-grams."""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import jieba

from knowledge.kbfile import KbRecord


def entry_text(record: KbRecord) -> str:
    return " ".join([record.question, *record.alternatives, *record.keywords, record.answer])


class Bm25Baseline:
    def __init__(self, records: list[KbRecord] | tuple[KbRecord, ...], *, cache_dir: Path) -> None:
        from rank_bm25 import BM25Okapi

        cache_dir.mkdir(parents=True, exist_ok=True)
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.tmp_dir = str(cache_dir)
        self.tokenizer.initialize()
        self.ids = [r.id for r in records]
        self.bm25 = BM25Okapi([self._tokens(entry_text(r)) for r in records])

    def _tokens(self, text: str) -> list[str]:
        return [t for t in self.tokenizer.lcut(text.lower()) if t.strip()] or [" "]

    def search(self, question: str) -> tuple[str | None, float]:
        scores = self.bm25.get_scores(self._tokens(question))
        best = max(range(len(scores)), key=scores.__getitem__)
        return (self.ids[best], float(scores[best])) if scores[best] > 0 else (None, 0.0)


class CharTfidfBaseline:
    def __init__(self, records: list[KbRecord] | tuple[KbRecord, ...]) -> None:
        self.ids = [r.id for r in records]
        docs = [self._grams(entry_text(r)) for r in records]
        df = Counter(g for d in docs for g in d)
        n = len(docs)
        self.idf = {g: math.log((1 + n) / (1 + c)) + 1 for g, c in df.items()}
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, doc in enumerate(docs):
            vec = {g: tf * self.idf[g] for g, tf in doc.items()}
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            for g, v in vec.items():
                self.postings[g].append((i, v / norm))

    @staticmethod
    def _grams(text: str) -> Counter[str]:
        text = "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())
        return Counter(text[i : i + k] for k in (1, 2, 3) for i in range(len(text) - k + 1))

    def search(self, question: str) -> tuple[str | None, float]:
        grams = self._grams(question)
        vec = {g: tf * self.idf[g] for g, tf in grams.items() if g in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        scores: dict[int, float] = defaultdict(float)
        for g, v in vec.items():
            for doc, w in self.postings[g]:
                scores[doc] += v / norm * w
        if not scores:
            return None, 0.0
        best = max(scores, key=scores.__getitem__)
        return self.ids[best], scores[best]
