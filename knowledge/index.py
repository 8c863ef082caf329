"""The FAQ index: pure, no I/O. Built off the event loop, frozen, searched on the loop.

Ranking fuses three views of a question:
- words: field-weighted BM25 (BM25F) over canonical jieba tokens of the questions (canonical + alternatives),
  the keywords and the answer;
- sentence characters: idf-weighted Dice similarity of character bigrams against the best single
  question/alternative, which forgives segmentation errors and typos the lexicon does not know;
- entry characters: TF-IDF cosine of character 1-3-grams against all of an entry's questions together.

Posting lists are impact-ordered and cut at a fixed length, and accumulated with numpy: the cost of a query is
bounded by its length, not by the size of the knowledge base.

The confidence is not the ranking score: it asks how much of the *question* the best entry explains (an
out-of-domain question shares a word or two with some entry, never most of its informative words) and how
clearly it beats the runner-up. Three bands follow from it: answer, suggest up to three, fall back.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import repeat
from typing import Literal

import numpy as np

from knowledge.analyzer import Analyzer
from knowledge.kbfile import KbRecord

Band = Literal["confident", "suggest", "fallback"]
Ints = array | np.ndarray | list[int]


@dataclass(frozen=True)
class Tuning:
    """Every weight and threshold of the ranker, in one place (see bench/ and `jiliang kb eval`)."""

    k1: float = 1.2
    b_answer: float = 0.75
    w_title: float = 3.0  # share of an entry's questions containing the word
    w_canonical: float = 1.0  # bonus when the canonical question contains it
    w_keyword: float = 1.0
    w_answer: float = 0.3
    # ranking = mix_words * words + mix_chars * best-sentence characters + rest * whole-entry characters
    mix_words: float = 0.45
    mix_chars: float = 0.20
    # confidence
    answer_threshold: float = 0.32
    suggest_threshold: float = 0.16
    margin_floor: float = 0.06  # a near tie with the runner-up is not confident
    unknown_word_share: float = 0.8  # weight of a word the KB never uses, relative to the rarest KB word
    general_lo: float = 5.0  # jieba log-rarity below which a word is everyday language
    general_hi: float = 13.0
    single_char_factor: float = 0.5
    # a question sharing only everyday words with its best entry, next to words the KB never uses, is
    # probably about something else ("身份证丢了怎么补办" vs the lost-certificate entry)
    unanchored_factor: float = 0.6
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


class PostingsTable:
    """Posting lists of many keys in two flat arrays (CSR layout), each list sorted by weight (highest first)
    and cut at `limit`; plus one value per key (an idf). Built in bulk with numpy: no per-key arrays."""

    __slots__ = ("_hashes", "_order", "ids", "key_value", "offsets", "weights")

    def __init__(self, keys: dict[str, int], key_ids: Ints, ids: Ints, weights: np.ndarray, *, limit: int) -> None:
        key_arr = np.asarray(key_ids, dtype=np.int32)
        id_arr = np.asarray(ids, dtype=np.int32)
        order = np.lexsort((-weights, key_arr))
        key_arr, id_arr, weights = key_arr[order], id_arr[order], weights[order]
        counts = np.bincount(key_arr, minlength=len(keys))
        starts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
        keep = (np.arange(len(key_arr)) - starts[key_arr]) < limit
        kept = np.minimum(counts, limit)
        # Keys are kept as sorted 64-bit string hashes, not a dict of strings: a 20,000-entry knowledge base has
        # millions of distinct character n-grams. Hashes are per process, and so is the index.
        hashes = np.fromiter((hash(k) for k in keys), dtype=np.int64, count=len(keys))
        self._order = np.argsort(hashes).astype(np.int32)
        self._hashes = hashes[self._order]
        self.ids = id_arr[keep]
        self.weights = weights[keep].astype(np.float32)
        self.offsets = np.concatenate(([0], np.cumsum(kept))).astype(np.int64)
        self.key_value = np.zeros(len(keys), dtype=np.float64)

    def find(self, keys: list[str]) -> dict[str, int]:
        """The row of each key present (one vectorised lookup for a whole query)."""
        if not keys or not len(self._hashes):
            return {}
        wanted = np.fromiter((hash(k) for k in keys), dtype=np.int64, count=len(keys))
        at = np.minimum(np.searchsorted(self._hashes, wanted), len(self._hashes) - 1)
        found = self._hashes[at] == wanted
        rows = self._order[at]
        return {key: int(row) for key, row, hit in zip(keys, rows, found, strict=True) if hit}

    def postings(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self.offsets[row], self.offsets[row + 1]
        return self.ids[start:end], self.weights[start:end]


class _Collector:
    """Collects (key, id, raw value) triples during a build, in compact typed arrays (millions of them)."""

    def __init__(self) -> None:
        self.keys: dict[str, int] = {}
        self.key_ids = array("i")
        self.ids = array("i")
        self.values = array("d")

    def add_many(self, item: int, keyed_values: Mapping[str, float] | Iterable[str]) -> None:
        """All postings of one item at once (the hot loop of a build: kept to C-level operations); a plain
        iterable of keys gets the value 0."""
        keys, setdefault = self.keys, self.keys.setdefault
        found = [setdefault(key, len(keys)) for key in keyed_values]
        self.key_ids.extend(found)
        self.ids.extend(repeat(item, len(found)))
        if isinstance(keyed_values, Mapping):
            self.values.extend(keyed_values.values())
        else:
            self.values.extend(repeat(0.0, len(found)))


@dataclass(frozen=True)
class FaqIndex:
    version: str
    analyzer: Analyzer
    tuning: Tuning
    records: tuple[KbRecord, ...]
    words_table: PostingsTable  # token -> docs, BM25F contribution (without idf); value: idf
    title_words: tuple[str, ...]  # per doc: tokens of questions/alternatives/keywords (see _word_set)
    keyword_phrases: tuple[tuple[str, ...], ...]  # per doc: compact canonical keywords of 2+ characters
    doc_words: tuple[str, ...]  # per doc: every token
    grams_table: PostingsTable  # bigram -> sentences (shortest first); value: gram weight
    sentence_doc: np.ndarray  # sentence -> doc
    sentence_weight: np.ndarray  # sentence -> sum of its gram weights
    entries_table: PostingsTable  # 1-3-gram -> docs, normalised tf-idf; value: idf
    max_idf: float
    by_id: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.records)

    def record(self, faq_id: str) -> KbRecord | None:
        position = self.by_id.get(faq_id)
        return None if position is None else self.records[position]

    # --- query side ---------------------------------------------------------------------------------

    def _token_weight(self, token: str, row: int | None) -> float:
        idf = float(self.words_table.key_value[row]) if row is not None else None
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
        analysis = self.analyzer.analyse(question, remember=False)
        tokens = list(dict.fromkeys(analysis.search))
        compact = analysis.compact
        if not n_docs or (not tokens and not compact):
            return SearchResult(question, 0.0, "fallback", ())

        # words: BM25F
        precise = list(dict.fromkeys(analysis.words))
        rows = self.words_table.find(list(dict.fromkeys(tokens + precise)))
        weights = {tok: self._token_weight(tok, rows.get(tok)) for tok in tokens}
        saturation = (t.w_title + t.w_canonical + t.w_keyword) * (t.k1 + 1) / (t.k1 + t.w_title + t.w_canonical)
        word_norm = (sum(weights.values()) or 1.0) * saturation
        words_table = self.words_table
        word_lists = [
            (words_table.postings(rows[tok]), words_table.key_value[rows[tok]] / word_norm)
            for tok in tokens
            if tok in rows
        ]
        words = _accumulate(word_lists, n_docs)
        np.minimum(words, 1.0, out=words)

        # characters against the best single sentence: Dice over idf-weighted bigrams
        grams = _bigrams(compact) if compact else frozenset()
        gram_rows = self.grams_table.find(list(grams))
        touched = [(self.grams_table.postings(r), float(self.grams_table.key_value[r])) for r in gram_rows.values()]
        query_gram_weight = sum(w for _, w in touched) + self.max_idf * (len(grams) - len(gram_rows)) or 1.0
        chars = np.zeros(n_docs, dtype=np.float32)
        if touched:
            ids = np.concatenate([p[0] for p, _ in touched])
            shared = np.concatenate([np.full(len(p[0]), w, dtype=np.float32) for p, w in touched])
            sentences, inverse = np.unique(ids, return_inverse=True)
            overlap = np.bincount(inverse, weights=shared)
            dice = 2.0 * overlap / (query_gram_weight + self.sentence_weight[sentences])
            np.maximum.at(chars, self.sentence_doc[sentences], dice.astype(np.float32))

        # characters against the whole entry: tf-idf cosine over 1-3-grams
        ngrams = _char_ngrams(compact)
        entries_table = self.entries_table
        entry_lists = [
            (entries_table.postings(row), (1 + math.log(ngrams[gram])) * float(entries_table.key_value[row]))
            for gram, row in entries_table.find(list(ngrams)).items()
        ]
        query_norm = math.sqrt(sum(v * v for _, v in entry_lists)) or 1.0
        entry = _accumulate([(p, v / query_norm) for p, v in entry_lists], n_docs)

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

        word_weights = {w: self._token_weight(w, rows.get(w)) for w in precise}
        word_total = sum(word_weights.values()) or 1.0
        candidates = []
        for doc in order:
            covered = sum(w for tok, w in word_weights.items() if f"\x00{tok}\x00" in self.title_words[doc])
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
        if not self._anchored(order[0], word_weights, compact):
            confidence *= t.unanchored_factor
        band: Band
        if confidence >= t.answer_threshold:
            band = "confident"
        elif confidence >= t.suggest_threshold:
            band = "suggest"
        else:
            band = "fallback"
        return SearchResult(question, round(confidence, 4), band, tuple(candidates[:limit]))

    def _anchored(self, doc: int, words: dict[str, float], compact: str) -> bool:
        """Does the match rest on more than everyday words? True when a shared word is domain vocabulary, a
        keyword phrase (3+ characters) of the entry is in the question, or every word of the question is one
        of the entry's (short everyday questions such as "转人工")."""
        if not words:
            return True  # nothing but characters to go on: the character evidence decides
        title = self.title_words[doc]
        shared = [w for w in words if f"\x00{w}\x00" in title]
        domain = self.analyzer.lexicon.domain_words
        if any(w in domain for w in shared) or any(k in compact for k in self.keyword_phrases[doc] if len(k) > 2):
            return True
        return len(shared) == len(words) and any(len(w) > 1 for w in shared)

    def _confidence(self, candidates: list[Candidate], *, weights: dict[str, float], total_weight: float) -> float:
        best = candidates[0]
        doc = self.by_id[best.faq_id]
        if weights:
            anywhere = sum(w for tok, w in weights.items() if f"\x00{tok}\x00" in self.doc_words[doc]) / total_weight
        else:
            anywhere = best.chars
        evidence = 0.45 * best.coverage + 0.20 * anywhere + 0.35 * best.chars
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        margin = best.score - runner_up
        if margin < self.tuning.margin_floor:
            evidence *= 0.5 + 0.5 * margin / self.tuning.margin_floor
        return max(0.0, min(1.0, evidence))


def _char_ngrams(text: str) -> Counter[str]:
    return Counter(text[i : i + k] for k in (1, 2, 3) for i in range(len(text) - k + 1))


def _bigrams(text: str) -> frozenset[str]:
    if len(text) == 1:
        return frozenset([text])
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def _word_set(tokens: set[str]) -> str:
    """A set of words as one NUL-delimited string: membership is a substring test, and one string per entry
    costs a fraction of a frozenset's memory (two per entry, 20,000 entries: it adds up)."""
    return "\x00" + "\x00".join(sorted(tokens)) + "\x00"


def _accumulate(postings: list[tuple[tuple[np.ndarray, np.ndarray], float]], size: int) -> np.ndarray:
    """sum over lists of (ids, weights) * factor, as a dense vector of `size`."""
    if not postings:
        return np.zeros(size, dtype=np.float32)
    ids = np.concatenate([p[0] for p, _ in postings])
    values = np.concatenate([p[1] * np.float32(factor) for p, factor in postings])
    return np.bincount(ids, weights=values, minlength=size).astype(np.float32)


def build_index(
    records: list[KbRecord] | tuple[KbRecord, ...], *, analyzer: Analyzer, version: str, tuning: Tuning | None = None
) -> FaqIndex:
    """CPU-bound: call through asyncio.to_thread from async code."""
    tuning = tuning or Tuning()
    records = tuple(records)
    n_docs = len(records)
    title_tokens: list[str] = []
    doc_tokens: list[str] = []
    keyword_phrases: list[tuple[str, ...]] = []
    doc_freq: Counter[str] = Counter()
    per_doc_tf: list[dict[str, float]] = []
    answer_lengths: list[int] = []
    answer_counts: list[Counter[str]] = []
    grams = _Collector()  # (bigram, sentence); a doc's sentences are numbered contiguously
    sentence_docs = array("i")
    entries = _Collector()  # (gram, doc, count) per sentence; summed per (gram, doc) below

    for doc, record in enumerate(records):
        sentence_token_sets = []
        for sentence in (record.question, *record.alternatives):
            analysis = analyzer.analyse(sentence)
            sentence_token_sets.append(set(analysis.search))
            if analysis.compact:
                entries.add_many(doc, _char_ngrams(analysis.compact))
                grams.add_many(len(sentence_docs), _bigrams(analysis.compact))
                sentence_docs.append(doc)
        keyword_tokens: set[str] = set()
        phrases = []
        for keyword in record.keywords:
            analysis = analyzer.analyse(keyword)
            if len(analysis.compact) > 1:
                phrases.append(analysis.compact)
            keyword_tokens.update(analysis.search)
            if len(analysis.compact) > 2:  # a multi-word keyword is a question in miniature
                grams.add_many(len(sentence_docs), _bigrams(analysis.compact))
                sentence_docs.append(doc)
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
        keyword_phrases.append(tuple(phrases))
        everything = vocabulary | keyword_tokens | set(answer_tokens)
        doc_freq.update(everything)
        title_tokens.append(_word_set(vocabulary | keyword_tokens))
        doc_tokens.append(_word_set(everything))

    avg_answer = (sum(answer_lengths) / n_docs) if n_docs else 1.0
    for doc in range(n_docs):
        norm = 1 - tuning.b_answer + tuning.b_answer * answer_lengths[doc] / (avg_answer or 1.0)
        for tok, count in answer_counts[doc].items():
            per_doc_tf[doc][tok] += tuning.w_answer * count / norm

    limit = tuning.max_postings
    words = _Collector()
    for doc, tf in enumerate(per_doc_tf):
        words.add_many(doc, tf)
    raw = np.asarray(words.values, dtype=np.float64)
    words_table = PostingsTable(
        words.keys, words.key_ids, words.ids, raw * (tuning.k1 + 1) / (tuning.k1 + raw), limit=limit
    )
    df = np.asarray([doc_freq[k] for k in words.keys], dtype=np.float64)
    words_table.key_value[:] = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))

    n_sentences = len(sentence_docs)
    sentence_doc = np.asarray(sentence_docs, dtype=np.int32)
    gram_keys = np.asarray(grams.key_ids, dtype=np.int32)
    gram_sentences = np.asarray(grams.ids, dtype=np.int32)
    gram_weight = np.log(1 + n_sentences / np.maximum(np.bincount(gram_keys, minlength=len(grams.keys)), 1))
    sentence_weight = np.bincount(gram_sentences, weights=gram_weight[gram_keys], minlength=n_sentences)
    # a shared gram moves Dice most in short sentences: those are kept when a list is cut
    impact = 1.0 / np.maximum(sentence_weight[gram_sentences], 1e-9)
    grams_table = PostingsTable(grams.keys, grams.key_ids, grams.ids, impact, limit=limit)
    grams_table.key_value[:] = gram_weight

    # term frequency of each gram in each entry: sum the per-sentence counts of equal (gram, doc) pairs
    pairs = np.asarray(entries.key_ids, dtype=np.int64) * max(n_docs, 1) + np.asarray(entries.ids, dtype=np.int64)
    unique_pairs, inverse = np.unique(pairs, return_inverse=True)
    tf = np.bincount(inverse, weights=np.asarray(entries.values, dtype=np.float64))
    entry_keys = (unique_pairs // max(n_docs, 1)).astype(np.int32)
    entry_docs = (unique_pairs % max(n_docs, 1)).astype(np.int32)
    entry_df = np.bincount(entry_keys, minlength=len(entries.keys))
    entry_idf = np.log((1 + n_docs) / (1 + entry_df)) + 1
    values = (1 + np.log(tf)) * entry_idf[entry_keys]
    norms = np.sqrt(np.bincount(entry_docs, weights=values * values, minlength=n_docs))
    values = values / np.maximum(norms[entry_docs], 1e-9)
    entries_table = PostingsTable(entries.keys, entry_keys, entry_docs, values, limit=limit)
    entries_table.key_value[:] = entry_idf

    return FaqIndex(
        version=version,
        analyzer=analyzer,
        tuning=tuning,
        records=records,
        words_table=words_table,
        title_words=tuple(title_tokens),
        keyword_phrases=tuple(keyword_phrases),
        doc_words=tuple(doc_tokens),
        grams_table=grams_table,
        sentence_doc=sentence_doc,
        sentence_weight=sentence_weight.astype(np.float32),
        entries_table=entries_table,
        max_idf=math.log(1 + (n_docs + 0.5) / 0.5) if n_docs else 1.0,
        by_id={r.id: i for i, r in enumerate(records)},
    )
