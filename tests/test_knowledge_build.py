"""The index build's fast paths against their references: the compiled segmenter against jieba and the pure-Python
cut, the batched entry features against an entry built on its own."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

import knowledge.analyzer as analyzer_module
from knowledge.analyzer import Analyzer, _compiled_route
from knowledge.grams import gram_codes
from knowledge.index import FaqIndex, build_index, entries_features, entry_features, key_hashes
from knowledge.kbfile import KB_PATH, read_kb
from knowledge.lexicon import load_lexicon

TRICKY = [
    "电子秤需要检定吗",
    "gb7724标准的计量器具",
    "abc执gb123",
    "㐀㐁测试混合abc",
    "1.5kg的大米",
    "x",
    "中华人民共和国国家计量检定规程",
]


@pytest.fixture(scope="module")
def python_analyzer(knowledge_cache_dir: Path) -> Analyzer:
    return Analyzer(load_lexicon(), cache_dir=knowledge_cache_dir, compiled=False)


def _pieces(analyzer: Analyzer) -> list[str]:
    texts = [t for r in read_kb(KB_PATH).entries for t in (r.question, *r.alternatives, *r.keywords, r.answer)]
    return [piece for text in texts for piece in analyzer.normalise(text).split()] + TRICKY


def test_compiled_segmenter_cuts_like_jieba_and_like_the_python_cut(
    sample_index: FaqIndex, python_analyzer: Analyzer
) -> None:
    compiled = sample_index.analyzer
    if analyzer_module.CompiledPrefixDict is None:
        pytest.skip("jieba-next is not installed here")
    assert compiled._compiled is not None and python_analyzer._compiled is None
    pieces = _pieces(compiled)
    assert len(pieces) > 1000
    for piece in pieces:
        assert compiled.segment(piece) == python_analyzer.segment(piece), piece
    for piece in pieces[::10]:
        assert python_analyzer.segment(piece) == python_analyzer.tokenizer.lcut(piece, HMM=False), piece


def test_without_the_compiled_module_the_analyzer_segments_in_python(
    monkeypatch: pytest.MonkeyPatch, knowledge_cache_dir: Path, sample_index: FaqIndex
) -> None:
    monkeypatch.setattr(analyzer_module, "CompiledPrefixDict", None)
    fallback = Analyzer(load_lexicon(), cache_dir=knowledge_cache_dir)
    assert fallback._compiled is None
    for piece in TRICKY:
        assert fallback.segment(piece) == fallback.tokenizer.lcut(piece, HMM=False), piece
    records = sample_index.records
    rebuilt = build_index(records, analyzer=fallback, version="python")
    for question in ("秤到底准不准", "公平秤在哪里", "电子秤需要检定吗", "今天吃什么好", "缺斤少两怎么办"):
        assert rebuilt.search(question) == sample_index.search(question), question


def test_compiled_route_is_refused_where_it_would_differ_from_jieba() -> None:
    if analyzer_module.CompiledPrefixDict is None:
        pytest.skip("jieba-next is not installed here")
    assert _compiled_route({"计": 5, "计量": 3}, 8.0) is not None
    assert _compiled_route({"计": 5, "计量器": 3}, 8.0) is None  # "计量" missing: jieba stops where a trie goes on
    long_word = "一二三四五六七八九十壹贰叁"  # 13 prefixes, every one a word: jieba-next would keep 12
    assert _compiled_route({long_word[:n]: 1 for n in range(1, 14)}, 13.0) is None
    assert _compiled_route({long_word[:n]: (1 if n % 2 else 0) for n in range(1, 14)}, 13.0) is not None


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
