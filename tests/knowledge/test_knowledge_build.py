"""The index build's fast paths against their references: our cut against jieba's, the batched entry features
against an entry built on its own."""

from __future__ import annotations

from collections import Counter

import numpy as np

from knowledge.analyzer import Analyzer
from knowledge.features import entries_features, entry_features, key_hashes
from knowledge.grams import gram_codes
from knowledge.index import FaqIndex
from knowledge.kbfile import KB_PATH, read_kb

TRICKY = [
    "电子秤需要检定吗",
    "gb7724标准的计量器具",
    "abc执gb123",
    "㐀㐁测试混合abc",
    "1.5kg的大米",
    "x",
    "中华人民共和国国家计量检定规程",
]


def _pieces(analyzer: Analyzer) -> list[str]:
    texts = [t for r in read_kb(KB_PATH).entries for t in (r.question, *r.alternatives, *r.keywords, r.answer)]
    return [piece for text in texts for piece in analyzer.normalise(text).split()] + TRICKY


def test_segmenter_cuts_like_jieba(sample_index: FaqIndex) -> None:
    analyzer = sample_index.analyzer
    pieces = _pieces(analyzer)
    assert len(pieces) > 1000
    for piece in pieces:
        assert analyzer.segment(piece) == analyzer.tokenizer.lcut(piece, HMM=False), piece


def test_batched_features_equal_one_entry_at_a_time(sample_index: FaqIndex) -> None:
    analyzer, tuning = sample_index.analyzer, sample_index.tuning
    together = entries_features(sample_index.records, analyzer, tuning)
    for record, batched in zip(sample_index.records, together, strict=True):
        alone = entry_features(record, analyzer, tuning)
        for name in alone.__slots__:
            mine, theirs = getattr(batched, name), getattr(alone, name)
            if isinstance(mine, np.ndarray):
                assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs), name
            else:
                assert mine == theirs, name


def test_entry_grams_are_counted_in_first_appearance_order(sample_index: FaqIndex) -> None:
    record = sample_index.records[0]
    analyzer = sample_index.analyzer
    features = entry_features(record, analyzer, sample_index.tuning)
    expected: Counter[str] = Counter()
    for sentence in (record.question, *record.alternatives):
        compact = analyzer.analyse(sentence).compact
        expected.update(compact[i : i + k] for k in (1, 2, 3) for i in range(len(compact) - k + 1))
    assert features.gram_keys.tolist() == gram_codes(list(expected)).tolist()
    assert features.gram_counts.tolist() == list(expected.values())
    words = analyzer.analyse(record.question).search
    assert set(key_hashes(words).tolist()) <= set(features.word_keys.tolist())
