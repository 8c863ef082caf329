"""The FAQ index: pure, no I/O. Built off the event loop, frozen, searched on the loop.

Ranking fuses three views of a question:
- words: field-weighted BM25 (BM25F) over canonical jieba tokens of the questions (canonical + alternatives),
  the keywords and the answer;
- sentence characters: idf-weighted Dice similarity of character bigrams against the best single
  question/alternative, which forgives segmentation errors and typos the lexicon does not know;
- entry characters: TF-IDF cosine of character 1-3-grams against all of an entry's questions together.

Posting lists are cut at a fixed length (the highest-impact postings kept) and accumulated with numpy: the cost
of a query is bounded by its length, not by the size of the knowledge base.

The confidence is not the ranking score: it asks how much of the *question* the best entry explains (an
out-of-domain question shares a word or two with some entry, never most of its informative words) and how
clearly it beats the runner-up. Three bands follow from it: answer, suggest up to three, fall back.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np

from knowledge.analyzer import Analyzer
from knowledge.calibration import Calibrator, load_calibrator
from knowledge.domain import DomainModel, read_out_of_scope, train_domain_model
from knowledge.features import EntryFeatures, entries_features, key_hashes
from knowledge.grams import gram_codes
from knowledge.kbfile import KbRecord
from knowledge.reduction import question_part, subject_pattern
from knowledge.siblings import SiblingRules, load_sibling_rules

if TYPE_CHECKING:
    from knowledge.featcache import FeatureCache

Band = Literal["confident", "suggest", "fallback"]
# why the band: answered; two sibling entries the question does not tell apart; suggestions; a question that
# is not for us at all (chit-chat, other offices); nothing close enough
Reason = Literal["answer", "clarify", "suggest", "out_of_scope", "unknown"]


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
    # bands, on the calibrated probability that the first-ranked entry is right (knowledge.calibration)
    answer_threshold: float = 0.6
    # a consumer (12315) entry costs little when it is not quite the question: it sends to 12315 all the same
    answer_threshold_outside: float = 0.45
    suggest_threshold: float = 0.3
    # below this domain score (naive Bayes mean log-odds) a question without a likely answer is not for us
    out_of_scope_domain: float = -0.3
    # siblings: a runner-up with the question's cues is promoted when it scores at least this share of the best;
    # siblings this close without telling cues get a clarifying question
    sibling_promote_ratio: float = 0.55
    sibling_close_ratio: float = 0.8
    candidate_pool: int = 5
    # the ranker's own evidence (a feature of the calibration)
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
    reason: Reason = "unknown"

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


class PostingsTable:
    """Posting lists of many keys in two flat arrays (CSR layout), each list cut at `limit` (the highest
    weights are kept); plus one value per key (an idf). Built in bulk with numpy: no per-key arrays.

    Keys are sorted 64-bit keys of strings (`encode`: string hashes for words, exact codes for character
    n-grams), not a dict of strings: a 20,000-entry knowledge base has millions of distinct character n-grams.
    Hashes are per process, and so is the index."""

    __slots__ = ("_encode", "_hashes", "ids", "key_value", "offsets", "weights")

    def __init__(
        self,
        key_hashes: np.ndarray,
        key_rows: np.ndarray,
        ids: np.ndarray,
        weights: np.ndarray,
        *,
        limit: int,
        encode: Callable[[Collection[str]], np.ndarray],
    ) -> None:
        """`key_hashes`: the keys' 64-bit keys, sorted and unique; `key_rows`: each posting's row in them."""
        n_keys = len(key_hashes)
        # Group by key (input order within a key), then sort by weight only the lists that get cut: the order
        # inside a list never changes a score (each id appears once per list), only which postings are kept.
        order = np.argsort(key_rows, kind="stable")
        counts = np.bincount(key_rows, minlength=n_keys)
        bounds = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        for row in np.flatnonzero(counts > limit).tolist():
            group = order[bounds[row] : bounds[row + 1]]
            group[:] = group[np.argsort(-weights[group], kind="stable")]  # ties: input order
        key_rows, ids, weights = key_rows[order], ids[order], weights[order]
        keep = (np.arange(len(key_rows)) - bounds[:-1][key_rows]) < limit
        kept = np.minimum(counts, limit)
        self._encode = encode
        self._hashes = key_hashes
        self.ids = ids[keep].astype(np.int32)
        self.weights = weights[keep].astype(np.float32)
        self.offsets = np.concatenate(([0], np.cumsum(kept))).astype(np.int64)
        self.key_value = np.zeros(n_keys, dtype=np.float64)

    def find(self, keys: list[str]) -> dict[str, int]:
        """The row of each key present (one vectorised lookup for a whole query)."""
        if not keys or not len(self._hashes):
            return {}
        wanted = self._encode(keys)
        rows = np.minimum(np.searchsorted(self._hashes, wanted), len(self._hashes) - 1)
        found = self._hashes[rows] == wanted
        return {key: int(row) for key, row, hit in zip(keys, rows, found, strict=True) if hit}

    def postings(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = self.offsets[row], self.offsets[row + 1]
        return self.ids[start:end], self.weights[start:end]


@dataclass(frozen=True)
class FaqIndex:
    version: str
    analyzer: Analyzer
    tuning: Tuning
    records: tuple[KbRecord, ...]
    features: tuple[EntryFeatures, ...]  # per doc: what it contributed (reused by the next rebuild)
    words_table: PostingsTable  # token -> docs, BM25F contribution (without idf); value: idf
    title_words: tuple[str, ...]  # per doc: tokens of questions/alternatives/keywords (see word_set)
    keyword_phrases: tuple[tuple[str, ...], ...]  # per doc: compact canonical keywords of 2+ characters
    doc_words: tuple[str, ...]  # per doc: every token
    grams_table: PostingsTable  # bigram -> sentences (shortest first); value: gram weight
    sentence_doc: np.ndarray  # sentence -> doc
    sentence_weight: np.ndarray  # sentence -> sum of its gram weights
    entries_table: PostingsTable  # 1-3-gram -> docs, normalised tf-idf; value: idf
    max_idf: float
    by_id: dict[str, int] = field(default_factory=dict)
    domain: DomainModel | None = None  # is this a question for us at all (None: no model, always yes)
    siblings: SiblingRules = field(default_factory=lambda: SiblingRules(()))
    calibrator: Calibrator | None = None  # None: the ranker's evidence is the confidence
    subject: re.Pattern[str] = field(default_factory=lambda: re.compile(r"(?!x)x"))  # domain words (reduction)

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
        signals, candidates = self.signals(question)
        if not candidates:
            return SearchResult(question, 0.0, "fallback", (), "out_of_scope" if signals else "unknown")
        confidence = self.calibrator.probability(signals) if self.calibrator else signals["evidence"]
        return self.decide(question, signals, candidates, confidence, limit=limit)

    def decide(
        self,
        question: str,
        signals: dict[str, float],
        candidates: list[Candidate],
        confidence: float,
        *,
        limit: int = 3,
    ) -> SearchResult:
        """The band for a confidence (the calibrated probability that the first candidate is right)."""
        band, reason = self._band(signals, confidence)
        if reason == "clarify":
            candidates = self._close_siblings(candidates)
        return SearchResult(question, round(confidence, 4), band, tuple(candidates[:limit]), reason)

    def _band(self, signals: dict[str, float], confidence: float) -> tuple[Band, Reason]:
        t = self.tuning
        threshold = t.answer_threshold_outside if signals["outside_metrology"] else t.answer_threshold
        if signals["close_sibling"] and signals["cue"] == 0 and confidence >= t.suggest_threshold:
            return "suggest", "clarify"  # "注册计量师": the exam or the registration?
        if confidence >= threshold:
            return "confident", "answer"
        if signals["domain"] < t.out_of_scope_domain:
            return "fallback", "out_of_scope"
        if confidence >= t.suggest_threshold:
            return "suggest", "suggest"
        return "fallback", "unknown"

    def _close_siblings(self, candidates: list[Candidate]) -> list[Candidate]:
        """The best candidate and the siblings close enough to it to be asked about."""
        best = candidates[0]
        floor = self.tuning.sibling_close_ratio * best.score
        related = self.siblings.related
        return [best, *(c for c in candidates[1:] if c.score >= floor and related(best.faq_id, c.faq_id))]

    def signals(self, question: str) -> tuple[dict[str, float], list[Candidate]]:
        """What the calibration weighs, and the ranked candidates (best first, siblings settled). Empty
        candidates: nothing matched (the signals then hold only the domain score, if any text was left)."""
        t = self.tuning
        norm = self.analyzer.normalise(question)
        text = question_part(norm, subject=self.subject)
        compact = text.replace(" ", "")
        ranked = self._rank(text)
        if ranked is None:
            if not compact:
                return {}, []
            return {"domain": self._domain_score(self.analyzer.analyse(text).compact)}, []
        candidates, evidence, anchored, canonical = ranked
        domain = self._domain_score(canonical)
        # cue words are looked for in the text as written and in its canonical words (多少钱 -> 收费)
        candidates, cue = self._settle_siblings(candidates, f"{compact}|{canonical}")
        best = candidates[0]
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        record = self.records[self.by_id[best.faq_id]]
        close = (
            len(candidates) > 1
            and self.siblings.related(best.faq_id, candidates[1].faq_id)
            and runner_up >= t.sibling_close_ratio * best.score
        )
        signals = {
            "evidence": evidence,
            "anchored": 1.0 if anchored else 0.0,
            "coverage": best.coverage,
            "chars": best.chars,
            "words": best.words,
            "score": best.score,
            "runner_up_ratio": runner_up / best.score if best.score else 1.0,
            "domain": domain,
            "log_length": math.log(1 + len(compact)),
            "reduced": 1.0 if text != norm else 0.0,
            "outside_metrology": 1.0 if record.outside_metrology else 0.0,
            "cue": float(cue),
            "close_sibling": 1.0 if close else 0.0,
        }
        return signals, candidates

    def _domain_score(self, canonical: str) -> float:
        return self.domain.score(canonical) if self.domain is not None else 1.0

    def _settle_siblings(self, candidates: list[Candidate], compact: str) -> tuple[list[Candidate], int]:
        """Promote a sibling the question's cue words ask for; the cue signal of the (new) best entry: +1 its
        cues beat every sibling's, -1 a sibling's cues win but it scores too low to be promoted, 0 neither."""
        rules, best = self.siblings, candidates[0]
        verdicts = [
            (c, rules.preference(best.faq_id, c.faq_id, compact))
            for c in candidates[1:]
            if rules.related(best.faq_id, c.faq_id)
        ]
        if not verdicts:
            return candidates, 0
        for rival, verdict in verdicts:  # in rank order: the best-ranked sibling asked for wins
            if verdict < 0:
                if rival.score < self.tuning.sibling_promote_ratio * best.score:
                    return candidates, -1
                return [rival, *(c for c in candidates if c is not rival)], 1
        return candidates, 1 if all(verdict > 0 for _, verdict in verdicts) else 0

    def _rank(self, text: str) -> tuple[list[Candidate], float, bool, str] | None:
        """Candidates for a normalised text (best first), the ranker's evidence for the best, whether that
        match rests on more than everyday words, and the text's canonical words joined."""
        analysis = self.analyzer.analyse(text)
        tokens = list(dict.fromkeys(analysis.search))
        compact = analysis.compact
        if not self.records or (not tokens and not compact):
            return None
        precise = list(dict.fromkeys(analysis.words))
        rows = self.words_table.find(list(dict.fromkeys(tokens + precise)))
        words = self._word_scores(tokens, rows)
        chars = self._sentence_chars(compact)
        t = self.tuning
        score = (
            t.mix_words * words + t.mix_chars * chars + (1.0 - t.mix_words - t.mix_chars) * self._entry_chars(compact)
        )
        order = self._top_docs(score)
        if not order:
            return None
        word_weights = {w: self._token_weight(w, rows.get(w)) for w in precise}
        word_total = sum(word_weights.values()) or 1.0
        candidates = [self._candidate(doc, score, words, chars, word_weights, word_total) for doc in order]
        evidence = self._evidence(candidates, weights=word_weights, total_weight=word_total)
        anchored = self._anchored(order[0], word_weights, compact)
        if not anchored:
            evidence *= t.unanchored_factor
        return candidates, evidence, anchored, compact

    def _word_scores(self, tokens: list[str], rows: dict[str, int]) -> np.ndarray:
        """Words: BM25F per entry, normalised by what the question's words could score at most (<= 1)."""
        t = self.tuning
        weights = {tok: self._token_weight(tok, rows.get(tok)) for tok in tokens}
        saturation = (t.w_title + t.w_canonical + t.w_keyword) * (t.k1 + 1) / (t.k1 + t.w_title + t.w_canonical)
        word_norm = (sum(weights.values()) or 1.0) * saturation
        table = self.words_table
        word_lists = [
            (table.postings(rows[tok]), table.key_value[rows[tok]] / word_norm) for tok in tokens if tok in rows
        ]
        words = _accumulate(word_lists, len(self.records))
        np.minimum(words, 1.0, out=words)
        return words

    def _sentence_chars(self, compact: str) -> np.ndarray:
        """Characters against each entry's best single sentence: Dice over idf-weighted bigrams."""
        grams = _bigrams(compact) if compact else frozenset()
        gram_rows = self.grams_table.find(list(grams))
        touched = [(self.grams_table.postings(r), float(self.grams_table.key_value[r])) for r in gram_rows.values()]
        query_gram_weight = sum(w for _, w in touched) + self.max_idf * (len(grams) - len(gram_rows)) or 1.0
        chars = np.zeros(len(self.records), dtype=np.float32)
        if touched:
            ids = np.concatenate([p[0] for p, _ in touched])
            shared = np.concatenate([np.full(len(p[0]), w, dtype=np.float32) for p, w in touched])
            sentences, inverse = np.unique(ids, return_inverse=True)
            overlap = np.bincount(inverse, weights=shared)
            dice = 2.0 * overlap / (query_gram_weight + self.sentence_weight[sentences])
            np.maximum.at(chars, self.sentence_doc[sentences], dice.astype(np.float32))
        return chars

    def _entry_chars(self, compact: str) -> np.ndarray:
        """Characters against the whole entry: tf-idf cosine over 1-3-grams."""
        ngrams = _char_ngrams(compact)
        table = self.entries_table
        entry_lists = [
            (table.postings(row), (1 + math.log(ngrams[gram])) * float(table.key_value[row]))
            for gram, row in table.find(list(ngrams)).items()
        ]
        query_norm = math.sqrt(sum(v * v for _, v in entry_lists)) or 1.0
        return _accumulate([(p, v / query_norm) for p, v in entry_lists], len(self.records))

    def _top_docs(self, score: np.ndarray) -> list[int]:
        """The candidate pool: the best-scoring entries with a positive score, best first (ties: entry order)."""
        keep, n_docs = self.tuning.candidate_pool, len(self.records)
        top = np.argpartition(-score, keep)[:keep] if n_docs > keep else np.arange(n_docs)
        return sorted((int(d) for d in top if score[d] > 0), key=lambda d: (-float(score[d]), d))

    def _candidate(
        self,
        doc: int,
        score: np.ndarray,
        words: np.ndarray,
        chars: np.ndarray,
        word_weights: dict[str, float],
        word_total: float,
    ) -> Candidate:
        title = self.title_words[doc]
        # Each word of the question counts once (precise mode), not its overlapping sub-words.
        covered = sum(w for tok, w in word_weights.items() if f"\x00{tok}\x00" in title)
        return Candidate(
            faq_id=self.records[doc].id,
            question=self.records[doc].question,
            score=round(float(score[doc]), 4),
            words=round(float(words[doc]), 4),
            chars=round(float(chars[doc]), 4),
            coverage=round(covered / word_total if word_weights else float(chars[doc]), 4),
        )

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

    def _evidence(self, candidates: list[Candidate], *, weights: dict[str, float], total_weight: float) -> float:
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


def _accumulate(postings: list[tuple[tuple[np.ndarray, np.ndarray], float]], size: int) -> np.ndarray:
    """sum over lists of (ids, weights) * factor, as a dense vector of `size`."""
    if not postings:
        return np.zeros(size, dtype=np.float32)
    ids = np.concatenate([p[0] for p, _ in postings])
    values = np.concatenate([p[1] * np.float32(factor) for p, factor in postings])
    return np.bincount(ids, weights=values, minlength=size).astype(np.float32)


def _entry_key(record: KbRecord) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    return (record.question, record.alternatives, record.keywords, record.answer)


def _features_of(
    records: tuple[KbRecord, ...],
    analyzer: Analyzer,
    tuning: Tuning,
    previous: FaqIndex | None,
    cache: FeatureCache | None,
) -> tuple[EntryFeatures, ...]:
    reusable: dict[tuple[str, tuple[str, ...], tuple[str, ...], str], EntryFeatures] = {}
    if previous is not None and previous.analyzer is analyzer and previous.tuning == tuning:
        reusable = {_entry_key(r): f for r, f in zip(previous.records, previous.features, strict=True)}
    features: list[EntryFeatures | None] = [reusable.get(_entry_key(record)) for record in records]
    missing = [n for n, found in enumerate(features) if found is None]
    if missing and cache is not None:
        for n, found in zip(missing, cache.lookup([records[n] for n in missing], analyzer, tuning), strict=True):
            features[n] = found
        missing = [n for n in missing if features[n] is None]
    for n, found in zip(missing, entries_features([records[n] for n in missing], analyzer, tuning), strict=True):
        features[n] = found
    return tuple(features)


def build_index(
    records: list[KbRecord] | tuple[KbRecord, ...],
    *,
    analyzer: Analyzer,
    version: str,
    tuning: Tuning | None = None,
    previous: FaqIndex | None = None,
    cache: FeatureCache | None = None,
) -> FaqIndex:
    """CPU-bound: call through asyncio.to_thread from async code. With `previous` (the index being replaced),
    entries it already had, unchanged, are not analysed again; with `cache`, neither are the entries it has stored
    (this reads the cache file; `cache.store(index)` writes it)."""
    tuning = tuning or Tuning()
    records = tuple(records)
    n_docs = len(records)
    features = _features_of(records, analyzer, tuning, previous, cache)
    # one table at a time: each helper's intermediate arrays are freed before the next one starts
    words_table = _words_table(features, tuning)
    grams_table, sentence_doc, sentence_weight = _grams_table(features, tuning.max_postings)
    entries_table = _entries_table(features, tuning.max_postings)
    return FaqIndex(
        domain=_domain_model(features, analyzer),
        siblings=_data(load_sibling_rules),
        calibrator=_data(load_calibrator),
        subject=subject_pattern(analyzer.lexicon.domain_words),
        version=version,
        analyzer=analyzer,
        tuning=tuning,
        records=records,
        features=features,
        words_table=words_table,
        title_words=tuple(f.title_words for f in features),
        keyword_phrases=tuple(f.keyword_phrases for f in features),
        doc_words=tuple(f.doc_words for f in features),
        grams_table=grams_table,
        sentence_doc=sentence_doc,
        sentence_weight=sentence_weight,
        entries_table=entries_table,
        max_idf=math.log(1 + (n_docs + 0.5) / 0.5) if n_docs else 1.0,
        by_id={r.id: i for i, r in enumerate(records)},
    )


def _data(loader):
    """The decision data files (siblings, calibration), read once per process."""
    if loader not in _loaded:
        _loaded[loader] = loader()
    return _loaded[loader]


_loaded: dict[object, object] = {}


def _domain_model(features: tuple[EntryFeatures, ...], analyzer: Analyzer) -> DomainModel:
    """The entries' own phrasings (their n-grams, already computed) against the out-of-scope list."""
    outside = _data(read_out_of_scope)
    if _outside_compact.get(analyzer) is None:
        _outside_compact[analyzer] = tuple(analyzer.analyse(text).compact for text in outside)
    return train_domain_model(((f.gram_keys, f.gram_counts) for f in features), _outside_compact[analyzer])


_outside_compact: dict[Analyzer, tuple[str, ...]] = {}


def _words_table(features: tuple[EntryFeatures, ...], tuning: Tuning) -> PostingsTable:
    """BM25F over field-weighted frequencies; the answer field is length-normalised against the average."""
    n_docs = len(features)
    answer_lengths = [f.answer_length for f in features]
    avg_answer = (sum(answer_lengths) / n_docs) if n_docs else 1.0
    raw_parts = []
    for f, length in zip(features, answer_lengths, strict=True):
        norm = 1 - tuning.b_answer + tuning.b_answer * length / (avg_answer or 1.0)
        raw_parts.append(f.word_tf + tuning.w_answer * f.answer_counts.astype(np.float64) / norm)
    raw = _concat(raw_parts, np.float64)
    del raw_parts
    word_hashes = _concat([f.word_keys for f in features], np.int64)
    unique, rows = np.unique(word_hashes, return_inverse=True)
    del word_hashes
    word_docs = _doc_numbers([len(f.word_keys) for f in features])
    table = PostingsTable(
        unique, rows, word_docs, raw * (tuning.k1 + 1) / (tuning.k1 + raw), limit=tuning.max_postings, encode=key_hashes
    )
    df = np.bincount(rows, minlength=len(unique)).astype(np.float64)
    table.key_value[:] = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))
    return table


def _grams_table(features: tuple[EntryFeatures, ...], limit: int) -> tuple[PostingsTable, np.ndarray, np.ndarray]:
    """Sentence bigrams: the table, each sentence's entry and each sentence's total gram weight."""
    sentence_sizes = _concat([f.sentence_sizes for f in features], np.int64)
    n_sentences = len(sentence_sizes)
    sentence_doc = _doc_numbers([len(f.sentence_sizes) for f in features])
    gram_sentences = np.repeat(np.arange(n_sentences, dtype=np.int32), sentence_sizes)
    gram_hashes = _concat([f.sentence_grams for f in features], np.int64)
    gram_unique, gram_keys = np.unique(gram_hashes, return_inverse=True)
    del gram_hashes
    gram_weight = np.log(1 + n_sentences / np.maximum(np.bincount(gram_keys, minlength=len(gram_unique)), 1))
    sentence_weight = np.bincount(gram_sentences, weights=gram_weight[gram_keys], minlength=n_sentences)
    # a shared gram moves Dice most in short sentences: those are kept when a list is cut
    impact = 1.0 / np.maximum(sentence_weight[gram_sentences], 1e-9)
    table = PostingsTable(gram_unique, gram_keys, gram_sentences, impact, limit=limit, encode=gram_codes)
    table.key_value[:] = gram_weight
    return table, sentence_doc, sentence_weight.astype(np.float32)


def _entries_table(features: tuple[EntryFeatures, ...], limit: int) -> PostingsTable:
    """Whole entries: tf-idf of character 1-3-grams, each entry's vector normalised."""
    n_docs = len(features)
    entry_hashes = _concat([f.gram_keys for f in features], np.int64)
    entry_unique, entry_keys = np.unique(entry_hashes, return_inverse=True)
    first_seen = np.full(len(entry_unique), len(entry_hashes), dtype=np.int64)
    np.minimum.at(first_seen, entry_keys, np.arange(len(entry_hashes)))
    del entry_hashes
    # postings in (first appearance of the gram, entry) order: each entry's norm sums in the same order
    # as ever, so scores stay bit for bit what they were
    appearance = np.empty(len(entry_unique), dtype=np.int64)
    appearance[np.argsort(first_seen)] = np.arange(len(entry_unique))
    del first_seen
    entry_docs = _doc_numbers([len(f.gram_keys) for f in features])
    order = np.argsort(appearance[entry_keys] * max(n_docs, 1) + entry_docs)  # (gram, entry) pairs are unique
    del appearance
    entry_keys, entry_docs = entry_keys[order], entry_docs[order]
    tf = _concat([f.gram_counts for f in features], np.float64)[order]
    del order
    entry_df = np.bincount(entry_keys, minlength=len(entry_unique))
    entry_idf = np.log((1 + n_docs) / (1 + entry_df)) + 1
    values = (1 + np.log(tf)) * entry_idf[entry_keys]
    del tf
    norms = np.sqrt(np.bincount(entry_docs, weights=values * values, minlength=n_docs))
    values /= np.maximum(norms[entry_docs], 1e-9)
    table = PostingsTable(entry_unique, entry_keys, entry_docs, values, limit=limit, encode=gram_codes)
    table.key_value[:] = entry_idf
    return table


def _concat(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype=dtype)


def _doc_numbers(counts: list[int]) -> np.ndarray:
    """[0, 0, 1, 2, 2, 2] from [2, 1, 3]: the entry of each item of concatenated per-entry arrays."""
    return np.repeat(np.arange(len(counts), dtype=np.int32), np.asarray(counts, dtype=np.int64))
