"""What one entry contributes to the index (`EntryFeatures`), computed for many entries at a time.

Pure, no I/O: derived from an entry's own texts, the analyzer and the tuning's field weights only, so an unchanged
entry's features can be reused by the next rebuild (knowledge.index) or loaded from disk (knowledge.featcache).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import TYPE_CHECKING

import numpy as np

from knowledge.analyzer import Analysis, Analyzer
from knowledge.grams import SentenceGrams
from knowledge.kbfile import KbRecord

if TYPE_CHECKING:
    from knowledge.index import Tuning


@dataclass(frozen=True, slots=True)
class EntryFeatures:
    """What one entry contributes to the index, derived from its own texts only: an unchanged entry's features
    are reused by the next rebuild instead of segmenting its texts again. Keys are 64-bit: string hashes for
    words, exact codes (knowledge.grams) for character n-grams."""

    word_keys: np.ndarray  # int64: tokens of the questions, keywords and answer (each once, in doc_words order)
    word_tf: np.ndarray  # float64: field-weighted frequency from the questions and keywords
    answer_counts: np.ndarray  # float32 (exact for counts): occurrences in the answer
    answer_length: int
    sentence_grams: np.ndarray  # int64: bigrams of each sentence (questions, multi-word keywords), concatenated
    sentence_sizes: np.ndarray  # int32: bigrams per sentence
    gram_keys: np.ndarray  # int64: character 1-3-grams of the questions (each once)
    gram_counts: np.ndarray  # float32 (exact for counts): their counts over the questions
    title_words: str
    doc_words: str
    keyword_phrases: tuple[str, ...]


_LENGTH_MIX = np.uint64(0x9E3779B97F4A7C15)


def key_hashes(keys: Collection[str]) -> np.ndarray:
    """64-bit keys of strings: Python's hash mixed with the length. A str hash covers only the string's internal
    bytes, so a CJK character and two ASCII letters collide ("执" is b"gb" in UCS-2)."""
    hashes = np.fromiter(map(hash, keys), dtype=np.int64, count=len(keys)).view(np.uint64)
    lengths = np.fromiter(map(len, keys), dtype=np.uint64, count=len(keys))
    return (hashes ^ (lengths * _LENGTH_MIX)).view(np.int64)


def entry_features(record: KbRecord, analyzer: Analyzer, tuning: Tuning) -> EntryFeatures:
    return entries_features([record], analyzer, tuning)[0]


def entries_features(records: Sequence[KbRecord], analyzer: Analyzer, tuning: Tuning) -> list[EntryFeatures]:
    """The features of many entries, a chunk at a time: per-entry word bookkeeping in Python, then one numpy
    pass over the chunk's character n-grams and one hashing pass over its words (per-entry numpy calls would
    cost more than the work they do; a whole 20,000-entry base at once would hold too much at the peak)."""
    keywords: dict[str, Analysis] = {}  # keywords repeat across entries: each analysed once
    features: list[EntryFeatures] = []
    for start in range(0, len(records), _FEATURES_CHUNK):
        features += _chunk_features(records[start : start + _FEATURES_CHUNK], analyzer, tuning, keywords)
    return features


_FEATURES_CHUNK = 1000


def _chunk_features(
    records: Sequence[KbRecord], analyzer: Analyzer, tuning: Tuning, keywords: dict[str, Analysis]
) -> list[EntryFeatures]:
    analyse = analyzer.analyse

    def analyse_keyword(text: str) -> Analysis:
        found = keywords.get(text)
        if found is None:
            found = keywords[text] = analyse(text)
        return found

    words: list[str] = []
    word_tf: list[float] = []
    answer_counts: list[int] = []
    word_sizes: list[int] = []
    texts: list[_EntryTexts] = []
    sentences: list[str] = []  # every compact sentence, entry by entry
    sentence_entry: list[int] = []
    is_question: list[bool] = []  # its 1-3-grams count towards the whole-entry vector
    is_bigram_set: list[bool] = []  # it is a sentence of the Dice table
    for number, record in enumerate(records):
        sentence_sets = []
        for sentence in (record.question, *record.alternatives):
            analysis = analyse(sentence)
            sentence_sets.append(set(analysis.search))
            if analysis.compact:
                sentences.append(analysis.compact)
                sentence_entry.append(number)
                is_question.append(True)
                is_bigram_set.append(True)
        keyword_tokens: set[str] = set()
        phrases = []
        for keyword in record.keywords:
            analysis = analyse_keyword(keyword)
            if len(analysis.compact) > 1:
                phrases.append(analysis.compact)
            keyword_tokens.update(analysis.search)
            if len(analysis.compact) > 2:  # a multi-word keyword is a question in miniature
                sentences.append(analysis.compact)
                sentence_entry.append(number)
                is_question.append(False)
                is_bigram_set.append(True)
        answer_tokens = analyse(record.answer).search
        answer = Counter(answer_tokens)
        canonical_tokens = sentence_sets[0]
        in_sentences = Counter(chain.from_iterable(sentence_sets))  # how many sentences contain each token
        n_sentences = len(sentence_sets)
        tf: dict[str, float] = {
            tok: tuning.w_title * (count / n_sentences) + (tuning.w_canonical if tok in canonical_tokens else 0.0)
            for tok, count in in_sentences.items()
        }
        for tok in keyword_tokens:
            tf[tok] = tf.get(tok, 0.0) + tuning.w_keyword
        for tok in answer:  # present in the entry, weighted at build time (BM25 length normalisation is global)
            tf.setdefault(tok, 0.0)
        # in doc_words order (the order of an entry's words never changes a score): the words can be read back
        # from doc_words alone, which is what knowledge.featcache stores
        ordered = sorted(tf)
        words += ordered
        word_tf += map(tf.__getitem__, ordered)
        answer_counts += map(answer.get, ordered, repeat(0))
        word_sizes.append(len(ordered))
        title = in_sentences.keys() | keyword_tokens
        texts.append(_EntryTexts(len(answer_tokens), word_set(title), _joined(ordered), tuple(phrases)))
    splits = np.cumsum(word_sizes)[:-1]
    grams = SentenceGrams(sentences, np.asarray(sentence_entry, dtype=np.int64), len(records))
    entry_grams = grams.entry_grams(np.asarray(is_question, dtype=bool))
    bigram_sets = grams.bigram_sets(np.asarray(is_bigram_set, dtype=bool))
    return [
        EntryFeatures(
            word_keys=keys,
            word_tf=tf,
            answer_counts=counts,
            answer_length=entry.answer_length,
            sentence_grams=sentence_grams,
            sentence_sizes=sentence_sizes,
            gram_keys=gram_keys,
            gram_counts=gram_counts,
            title_words=entry.title_words,
            doc_words=entry.doc_words,
            keyword_phrases=entry.keyword_phrases,
        )
        for entry, keys, tf, counts, (sentence_grams, sentence_sizes), (gram_keys, gram_counts) in zip(
            texts,
            np.split(key_hashes(words), splits),
            np.split(np.asarray(word_tf, dtype=np.float64), splits),
            np.split(np.asarray(answer_counts, dtype=np.float32), splits),
            bigram_sets,
            entry_grams,
            strict=True,
        )
    ]


@dataclass(frozen=True, slots=True)
class _EntryTexts:
    answer_length: int
    title_words: str
    doc_words: str
    keyword_phrases: tuple[str, ...]


def word_set(tokens: set[str]) -> str:
    """A set of words as one NUL-delimited string: membership is a substring test, and one string per entry
    costs a fraction of a frozenset's memory (two per entry, 20,000 entries: it adds up)."""
    return _joined(sorted(tokens))


def _joined(ordered: list[str]) -> str:
    return "\x00" + "\x00".join(ordered) + "\x00"


def set_words(joined: str) -> list[str]:
    """The words of a `word_set` string, in order."""
    return joined[1:-1].split("\x00") if len(joined) > 2 else []
