"""The FAQ index: pure, no I/O. Built off the event loop, frozen, searched on the loop.

Ranking fuses three views of a question:
- words: field-weighted BM25 (BM25F) over canonical jieba tokens of the questions (canonical + alternatives),
  the keywords and the answer;
- sentence characters: idf-weighted Dice similarity of character bigrams against the best single
  question/alternative, which forgives segmentation errors and typos the lexicon does not know;
- entry characters: TF-IDF cosine of character 2-3-grams against all of an entry's questions together.

Posting lists are impact-ordered and cut at a fixed length, and accumulated with numpy: the cost of a query is
bounded by its length, not by the size of the knowledge base.

The confidence is not the ranking score: it asks how much of the *question* the best entry explains (an
out-of-domain question shares a word or two with some entry, never most of its informative words) and how
clearly it beats the runner-up. Three bands follow from it: answer, suggest up to three, fall back.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from knowledge.analyzer import Analyzer
from knowledge.kbfile import KbRecord

Band = Literal["confident", "suggest", "fallback"]


@dataclass(frozen=True)
class Tuning:
    """Every weight and threshold of the ranker, in one place (see bench/ and `jiliang kb eval`)."""

    k1: float = 1.2
    b_answer: float = 0.75
    w_title: float = 3.0  # share of an entry's questions containing the word
    w_canonical: float = 1.0  # bonus when the canonical question contains it
    w_keyword: float = 2.0
    w_answer: float = 0.6
    # ranking = mix_words * words + mix_chars * best-sentence characters + rest * whole-entry characters
    mix_words: float = 0.45
    mix_chars: float = 0.30
    # confidence
    answer_threshold: float = 0.34
    suggest_threshold: float = 0.18
    margin_floor: float = 0.06  # a near tie with the runner-up is not confident
    unknown_word_share: float = 0.8  # weight of a word the KB never uses, relative to the rarest KB word
    general_lo: float = 5.0  # jieba log-rarity below which a word is everyday language
    general_hi: float = 13.0
    single_char_factor: float = 0.5
    # posting lists longer than this keep only their highest-impact entries
    max_postings: int = 400


@dataclass(frozen=True)
class Candidate:
    faq_id: str
    question: str
    score: float  # ranking score (0..1-ish)
    words: float
    chars: float
    coverage: float  # idf-weighted share of the question's words found in this entry's questions/keywords


@dataclass(frozen=True)
class SearchResult:
    query: str
    confidence: float
    band: Band
    candidates: tuple[Candidate, ...]

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


Postings = tuple[np.ndarray, np.ndarray]  # (ids int32, weights float32), highest weight first


@dataclass(frozen=True)
class FaqIndex:
    version: str
    analyzer: Analyzer
    tuning: Tuning
    records: tuple[KbRecord, ...]
    word_postings: dict[str, Postings]  # token -> docs, BM25F contribution (without idf)
    word_idf: dict[str, float]
    title_words: tuple[frozenset[str], ...]  # per doc: tokens of questions/alternatives/keywords
    doc_words: tuple[frozenset[str], ...]  # per doc: every token
    gram_postings: dict[str, Postings]  # bigram -> sentences, 1 / sentence weight
    gram_weight: dict[str, float]
    sentence_doc: np.ndarray  # sentence -> doc
    sentence_weight: np.ndarray  # sentence -> sum of its gram weights
    entry_postings: dict[str, Postings]  # 2-3-gram -> docs, normalised tf-idf
    entry_idf: dict[str, float]
    max_idf: float
    by_id: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.records)

    def record(self, faq_id: str) -> KbRecord | None:
        position = self.by_id.get(faq_id)
        return None if position is None else self.records[position]

    # --- query side ---------------------------------------------------------------------------------

    def _token_weight(self, token: str) -> float:
        idf = self.word_idf.get(token)
        t = self.tuning
        if idf is None:
            rarity = self.analyzer.general_weight(token)
            share = min(1.0, max(0.15, (rarity - t.general_lo) / (t.general_hi - t.general_lo)))
            idf = self.max_idf * t.unknown_word_share * share
        if len(token) == 1:
            idf *= t.single_char_factor
        return idf

    def search(self, question: str, *, limit: int = 3) -> SearchResult:
        t = self.tuning
        n_docs = len(self.records)
        analysis = self.analyzer.analyse(question)
        tokens = list(dict.fromkeys(analysis.search))
        compact = analysis.compact
        if not n_docs or (not tokens and not compact):
            return SearchResult(question, 0.0, "fallback", ())

        # words: BM25F
        weights = {tok: self._token_weight(tok) for tok in tokens}
        saturation = (t.w_title + t.w_canonical + t.w_keyword) * (t.k1 + 1) / (t.k1 + t.w_title + t.w_canonical)
        word_norm = (sum(weights.values()) or 1.0) * saturation
        words = _accumulate(
            [(self.word_postings[tok], self.word_idf[tok] / word_norm) for tok in tokens if tok in self.word_idf],
            n_docs,
        )
        np.minimum(words, 1.0, out=words)

        # characters against the best single sentence: Dice over idf-weighted bigrams
        grams = _grams(compact)
        gram_weights = {g: self.gram_weight.get(g, self.max_idf) for g in grams}
        query_gram_weight = sum(gram_weights.values()) or 1.0
        chars = np.zeros(n_docs, dtype=np.float32)
        touched = [(self.gram_postings[g], w) for g, w in gram_weights.items() if g in self.gram_postings]
        if touched:
            ids = np.concatenate([p[0] for p, _ in touched])
            shared = np.concatenate([np.full(len(p[0]), w, dtype=np.float32) for p, w in touched])
            sentences, inverse = np.unique(ids, return_inverse=True)
            overlap = np.bincount(inverse, weights=shared)
            dice = 2.0 * overlap / (query_gram_weight + self.sentence_weight[sentences])
            np.maximum.at(chars, self.sentence_doc[sentences], dice.astype(np.float32))

        # characters against the whole entry: tf-idf cosine over 2-3-grams
        query_vector = {
            g: (1 + math.log(tf)) * self.entry_idf[g] for g, tf in _char_ngrams(compact).items() if g in self.entry_idf
        }
        query_norm = math.sqrt(sum(v * v for v in query_vector.values())) or 1.0
        entry = _accumulate([(self.entry_postings[g], v / query_norm) for g, v in query_vector.items()], n_docs)

        mix_entry = 1.0 - t.mix_words - t.mix_chars
        score = t.mix_words * words + t.mix_chars * chars + mix_entry * entry
        keep = max(limit, 3)
        if n_docs > keep:
            top = np.argpartition(-score, keep)[:keep]
        else:
            top = np.arange(n_docs)
        order = sorted((int(d) for d in top if score[d] > 0), key=lambda d: (-float(score[d]), d))
        if not order:
            return SearchResult(question, 0.0, "fallback", ())

        word_weights = {w: self._token_weight(w) for w in dict.fromkeys(analysis.words)}
        word_total = sum(word_weights.values()) or 1.0
        candidates = []
        for doc in order:
            covered = sum(w for tok, w in word_weights.items() if tok in self.title_words[doc])
            candidates.append(
                Candidate(
                    faq_id=self.records[doc].id,
                    question=self.records[doc].question,
                    score=round(float(score[doc]), 4),
                    words=round(float(words[doc]), 4),
                    chars=round(float(chars[doc]), 4),
                    # Each word of the question counts once (precise mode), not its overlapping sub-words.
                    coverage=round(covered / word_total if word_weights else float(chars[doc]), 4),
                )
            )
        confidence = self._confidence(candidates, weights=word_weights, total_weight=word_total)
        band: Band
        if confidence >= t.answer_threshold:
            band = "confident"
        elif confidence >= t.suggest_threshold:
            band = "suggest"
        else:
            band = "fallback"
        return SearchResult(question, round(confidence, 4), band, tuple(candidates[:limit]))

    def _confidence(self, candidates: list[Candidate], *, weights: dict[str, float], total_weight: float) -> float:
        best = candidates[0]
        doc = self.by_id[best.faq_id]
        if weights:
            anywhere = sum(w for tok, w in weights.items() if tok in self.doc_words[doc]) / total_weight
        else:
            anywhere = best.chars
        evidence = 0.45 * best.coverage + 0.20 * anywhere + 0.35 * best.chars
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        margin = best.score - runner_up
        if margin < self.tuning.margin_floor:
            evidence *= 0.5 + 0.5 * margin / self.tuning.margin_floor
        return max(0.0, min(1.0, evidence))


def _accumulate(postings: list[tuple[Postings, float]], size: int) -> np.ndarray:
    """sum over lists of (ids, weights) * factor, as a dense vector of `size`."""
    if not postings:
        return np.zeros(size, dtype=np.float32)
    ids = np.concatenate([p[0] for p, _ in postings])
    values = np.concatenate([p[1] * np.float32(factor) for p, factor in postings])
    return np.bincount(ids, weights=values, minlength=size).astype(np.float32)


def _char_ngrams(text: str) -> Counter[str]:
    return Counter(text[i : i + k] for k in (1, 2, 3) for i in range(len(text) - k + 1))


def _grams(text: str) -> set[str]:
    if len(text) == 1:
        return {text}
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _postings(lists: dict[str, list[tuple[int, float]]], limit: int) -> dict[str, Postings]:
    out: dict[str, Postings] = {}
    for key, items in lists.items():
        if len(items) > limit:
            items = sorted(items, key=lambda item: -item[1])[:limit]
        out[key] = (np.fromiter((i for i, _ in items), dtype=np.int32), np.fromiter((w for _, w in items), np.float32))
    return out


def build_index(
    records: list[KbRecord] | tuple[KbRecord, ...], *, analyzer: Analyzer, version: str, tuning: Tuning | None = None
) -> FaqIndex:
    """CPU-bound: call through asyncio.to_thread from async code."""
    tuning = tuning or Tuning()
    records = tuple(records)
    n_docs = len(records)
    title_tokens: list[frozenset[str]] = []
    doc_tokens: list[frozenset[str]] = []
    per_doc_tf: list[dict[str, float]] = []
    answer_lengths: list[int] = []
    answer_counts: list[Counter[str]] = []
    sentence_grams: list[tuple[int, set[str]]] = []  # in doc order: a doc's sentences are contiguous
    entry_grams: list[Counter[str]] = []

    for doc, record in enumerate(records):
        entry_grams.append(Counter())
        sentence_token_sets = []
        for sentence in (record.question, *record.alternatives):
            analysis = analyzer.analyse(sentence)
            sentence_token_sets.append(set(analysis.search))
            entry_grams[doc].update(_char_ngrams(analysis.compact))
            if grams := _grams(analysis.compact):
                sentence_grams.append((doc, grams))
        keyword_tokens: set[str] = set()
        for keyword in record.keywords:
            analysis = analyzer.analyse(keyword)
            keyword_tokens.update(analysis.search)
            grams = _grams(analysis.compact)
            if len(grams) > 1:  # a multi-word keyword is a question in miniature
                sentence_grams.append((doc, grams))
        answer_tokens = analyzer.analyse(record.answer).search
        answer_counts.append(Counter(answer_tokens))
        answer_lengths.append(len(answer_tokens))
        canonical_tokens = sentence_token_sets[0]
        tf: dict[str, float] = defaultdict(float)
        vocabulary = set().union(*sentence_token_sets)
        for tok in vocabulary:
            share = sum(1 for s in sentence_token_sets if tok in s) / len(sentence_token_sets)
            tf[tok] += tuning.w_title * share + (tuning.w_canonical if tok in canonical_tokens else 0.0)
        for tok in keyword_tokens:
            tf[tok] += tuning.w_keyword
        per_doc_tf.append(tf)
        title_tokens.append(frozenset(vocabulary | keyword_tokens))
        doc_tokens.append(frozenset(vocabulary | keyword_tokens | set(answer_tokens)))

    avg_answer = (sum(answer_lengths) / n_docs) if n_docs else 1.0
    for doc in range(n_docs):
        norm = 1 - tuning.b_answer + tuning.b_answer * answer_lengths[doc] / (avg_answer or 1.0)
        for tok, count in answer_counts[doc].items():
            per_doc_tf[doc][tok] += tuning.w_answer * count / norm

    doc_freq: Counter[str] = Counter(tok for tokens in doc_tokens for tok in tokens)
    word_idf = {tok: math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) for tok, df in doc_freq.items()}
    word_lists: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for doc, tf in enumerate(per_doc_tf):
        for tok, value in tf.items():
            word_lists[tok].append((doc, value * (tuning.k1 + 1) / (tuning.k1 + value)))

    n_sentences = len(sentence_grams)
    gram_df: Counter[str] = Counter(g for _, grams in sentence_grams for g in grams)
    gram_weight = {g: math.log(1 + n_sentences / df) for g, df in gram_df.items()}
    gram_lists: dict[str, list[tuple[int, float]]] = defaultdict(list)
    sentence_doc = np.zeros(n_sentences, dtype=np.int32)
    sentence_weight = np.zeros(n_sentences, dtype=np.float32)
    for number, (doc, grams) in enumerate(sentence_grams):
        sentence_doc[number] = doc
        sentence_weight[number] = sum(gram_weight[g] for g in grams)
        for gram in grams:
            # impact of a shared gram on Dice is highest in short sentences: keep those when cutting
            gram_lists[gram].append((number, 1.0 / sentence_weight[number]))

    entry_df: Counter[str] = Counter(g for grams in entry_grams for g in grams)
    entry_idf = {g: math.log((1 + n_docs) / (1 + df)) + 1 for g, df in entry_df.items()}
    entry_lists: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for doc, grams in enumerate(entry_grams):
        vector = {g: (1 + math.log(tf)) * entry_idf[g] for g, tf in grams.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        for gram, value in vector.items():
            entry_lists[gram].append((doc, value / norm))

    limit = tuning.max_postings
    return FaqIndex(
        version=version,
        analyzer=analyzer,
        tuning=tuning,
        records=records,
        word_postings=_postings(word_lists, limit),
        word_idf=word_idf,
        title_words=tuple(title_tokens),
        doc_words=tuple(doc_tokens),
        gram_postings=_postings(gram_lists, limit),
        gram_weight=gram_weight,
        sentence_doc=sentence_doc,
        sentence_weight=sentence_weight,
        entry_postings=_postings(entry_lists, limit),
        entry_idf=entry_idf,
        max_idf=math.log(1 + (n_docs + 0.5) / 0.5) if n_docs else 1.0,
        by_id={r.id: i for i, r in enumerate(records)},
    )
