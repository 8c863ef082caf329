"""The FAQ index: pure, no I/O. Built off the event loop, frozen, searched on the loop.

Ranking fuses two views of a question:
- words: field-weighted BM25 (BM25F) over canonical jieba tokens of the questions (canonical + alternatives),
  the keywords and the answer;
- characters: idf-weighted Dice similarity of character bigrams against the best single question/alternative,
  which forgives segmentation errors and typos the lexicon does not know.

The confidence is not the ranking score: it asks how much of the *question* the best entry explains (an
out-of-domain question shares a word or two with some entry, never most of its informative words) and how
clearly it beats the runner-up. Three bands follow from it: answer, suggest up to three, fall back.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Literal

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


@dataclass(frozen=True)
class _Sentence:
    doc: int
    weight: float  # sum of gram weights (Dice denominator part)


@dataclass(frozen=True)
class FaqIndex:
    version: str
    analyzer: Analyzer
    tuning: Tuning
    records: tuple[KbRecord, ...]
    word_postings: dict[str, tuple[tuple[int, float], ...]]  # token -> (doc, BM25F contribution without idf)
    word_idf: dict[str, float]
    title_words: tuple[frozenset[str], ...]  # per doc: tokens of questions/alternatives/keywords
    doc_words: tuple[frozenset[str], ...]  # per doc: every token
    gram_postings: dict[str, tuple[int, ...]]  # bigram -> sentence numbers
    gram_weight: dict[str, float]
    sentences: tuple[_Sentence, ...]
    doc_gram_postings: dict[str, tuple[tuple[int, float], ...]]  # 1-3-gram -> (doc, tf-idf / norm)
    doc_gram_idf: dict[str, float]
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
        text = self.analyzer.normalise(question)
        tokens = list(dict.fromkeys(self.analyzer.tokens(text, normalised=True)))
        compact = self.analyzer.compact(text, normalised=True)
        if not tokens and not compact:
            return SearchResult(question, 0.0, "fallback", ())

        weights = {tok: self._token_weight(tok) for tok in tokens}
        total_weight = sum(weights.values()) or 1.0
        # Coverage counts each word of the question once (precise mode), not its overlapping sub-words.
        word_weights = {w: self._token_weight(w) for w in dict.fromkeys(self.analyzer.words(text, normalised=True))}
        word_total = sum(word_weights.values()) or 1.0
        saturation = (t.w_title + t.w_canonical + t.w_keyword) * (t.k1 + 1) / (t.k1 + t.w_title + t.w_canonical)

        word_score: dict[int, float] = defaultdict(float)
        for tok in tokens:
            idf = self.word_idf.get(tok)
            if idf is None:
                continue
            for doc, contribution in self.word_postings[tok]:
                word_score[doc] += idf * contribution
        word_norm = total_weight * saturation

        grams = _grams(compact)
        gram_weights = {g: self.gram_weight.get(g, self.max_idf) for g in grams}
        query_gram_weight = sum(gram_weights.values()) or 1.0
        overlap: dict[int, float] = defaultdict(float)
        for gram, weight in gram_weights.items():
            for sentence in self.gram_postings.get(gram, ()):
                overlap[sentence] += weight
        char_score: dict[int, float] = {}
        for sentence_no, shared in overlap.items():
            sentence = self.sentences[sentence_no]
            dice = 2.0 * shared / (query_gram_weight + sentence.weight)
            if dice > char_score.get(sentence.doc, 0.0):
                char_score[sentence.doc] = dice

        query_vector = {
            g: tf * self.doc_gram_idf[g] for g, tf in _char_ngrams(compact).items() if g in self.doc_gram_idf
        }
        query_norm = math.sqrt(sum(v * v for v in query_vector.values())) or 1.0
        entry_score: dict[int, float] = defaultdict(float)
        for gram, value in query_vector.items():
            for doc, weight in self.doc_gram_postings[gram]:
                entry_score[doc] += value * weight
        mix_entry = 1.0 - t.mix_words - t.mix_chars

        ranked: list[tuple[float, int, float, float]] = []
        for doc in set(word_score) | set(char_score):
            words = min(1.0, word_score.get(doc, 0.0) / word_norm)
            chars = char_score.get(doc, 0.0)
            entry = entry_score.get(doc, 0.0) / query_norm
            ranked.append((t.mix_words * words + t.mix_chars * chars + mix_entry * entry, doc, words, chars))
        if not ranked:
            return SearchResult(question, 0.0, "fallback", ())
        ranked.sort(key=lambda item: (-item[0], item[1]))

        candidates = []
        for score, doc, words, chars in ranked[: max(limit, 3)]:
            covered = sum(w for tok, w in word_weights.items() if tok in self.title_words[doc])
            candidates.append(
                Candidate(
                    faq_id=self.records[doc].id,
                    question=self.records[doc].question,
                    score=round(score, 4),
                    words=round(words, 4),
                    chars=round(chars, 4),
                    coverage=round(covered / word_total if word_weights else chars, 4),
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


def _char_ngrams(text: str) -> Counter[str]:
    return Counter(text[i : i + k] for k in (1, 2, 3) for i in range(len(text) - k + 1))


def _grams(text: str) -> set[str]:
    if len(text) == 1:
        return {text}
    return {text[i : i + 2] for i in range(len(text) - 1)}


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
    sentence_grams: list[tuple[int, set[str]]] = []
    entry_grams: list[Counter[str]] = []

    for doc, record in enumerate(records):
        questions = [record.question, *record.alternatives]
        entry_grams.append(Counter())
        sentence_token_sets = []
        for sentence in questions:
            norm = analyzer.normalise(sentence)
            sentence_token_sets.append(set(analyzer.tokens(norm, normalised=True)))
            compact = analyzer.compact(norm, normalised=True)
            entry_grams[doc].update(_char_ngrams(compact))
            grams = _grams(compact)
            if grams:
                sentence_grams.append((doc, grams))
        keyword_tokens: set[str] = set()
        for keyword in record.keywords:
            norm = analyzer.normalise(keyword)
            keyword_tokens.update(analyzer.tokens(norm, normalised=True))
            grams = _grams(analyzer.compact(norm, normalised=True))
            if len(grams) > 1:  # a multi-word keyword is a question in miniature
                sentence_grams.append((doc, grams))
        answer_tokens = analyzer.tokens(record.answer)
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
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for doc, tf in enumerate(per_doc_tf):
        for tok, value in tf.items():
            postings[tok].append((doc, value * (tuning.k1 + 1) / (tuning.k1 + value)))

    n_sentences = len(sentence_grams)
    gram_df: Counter[str] = Counter(g for _, grams in sentence_grams for g in grams)
    gram_weight = {g: math.log(1 + n_sentences / df) for g, df in gram_df.items()}
    gram_postings: dict[str, list[int]] = defaultdict(list)
    sentences = []
    for number, (doc, grams) in enumerate(sentence_grams):
        sentences.append(_Sentence(doc=doc, weight=sum(gram_weight[g] for g in grams)))
        for gram in grams:
            gram_postings[gram].append(number)

    entry_df: Counter[str] = Counter(g for grams in entry_grams for g in grams)
    doc_gram_idf = {g: math.log((1 + n_docs) / (1 + df)) + 1 for g, df in entry_df.items()}
    doc_gram_postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for doc, grams in enumerate(entry_grams):
        vector = {g: (1 + math.log(tf)) * doc_gram_idf[g] for g, tf in grams.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        for gram, value in vector.items():
            doc_gram_postings[gram].append((doc, value / norm))

    return FaqIndex(
        version=version,
        analyzer=analyzer,
        tuning=tuning,
        records=records,
        word_postings={tok: tuple(p) for tok, p in postings.items()},
        word_idf=word_idf,
        title_words=tuple(title_tokens),
        doc_words=tuple(doc_tokens),
        gram_postings={g: tuple(p) for g, p in gram_postings.items()},
        gram_weight=gram_weight,
        sentences=tuple(sentences),
        doc_gram_postings={g: tuple(p) for g, p in doc_gram_postings.items()},
        doc_gram_idf=doc_gram_idf,
        max_idf=math.log(1 + (n_docs + 0.5) / 0.5) if n_docs else 1.0,
        by_id={r.id: i for i, r in enumerate(records)},
    )
