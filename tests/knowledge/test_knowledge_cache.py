"""The on-disk entry-feature cache (knowledge.featcache) through the real build: a warm build equals a cold one
without analysing anything, a lexicon or tuning change invalidates it, a damaged file is ignored and replaced,
concurrent writers leave a valid file, and the app starts (and answers) from it."""

from __future__ import annotations

import dataclasses
import logging
import shutil
import threading
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import numpy as np
import pytest
from aiohttp.test_utils import TestClient

import knowledge.index
from core.models import StaffRole
from knowledge.analyzer import Analyzer
from knowledge.featcache import FILE_NAME, FeatureCache, cache_fingerprint
from knowledge.features import EntryFeatures, entries_features
from knowledge.index import FaqIndex, Tuning, build_index
from knowledge.kbfile import KbRecord
from knowledge.keys import KNOWLEDGE
from knowledge.lexicon import DATA_DIR, load_lexicon
from tests.support.knowledge import SAMPLE_KB, ask, load_sample

QUESTIONS = ("秤到底准不准", "公平秤在哪里", "电子秤需要检定吗", "今天吃什么好", "缺斤少两怎么办", "你好")


def _cold(sample_index: FaqIndex, directory: Path) -> tuple[FaqIndex, FeatureCache]:
    cache = FeatureCache(directory)
    index = build_index(sample_index.records, analyzer=sample_index.analyzer, version="cold", cache=cache)
    assert cache.store(index)
    return index, cache


def _assert_same_features(mine: FaqIndex, theirs: FaqIndex) -> None:
    for a, b in zip(mine.features, theirs.features, strict=True):
        for name in a.__slots__:
            x, y = getattr(a, name), getattr(b, name)
            if isinstance(x, np.ndarray):
                assert x.dtype == y.dtype and np.array_equal(x, y), name
            else:
                assert x == y, name


def _no_analysis(monkeypatch: pytest.MonkeyPatch, analyzer: Analyzer) -> None:
    def refuse(text: str) -> None:
        raise AssertionError(f"analysed {text!r} although the cache has it")

    monkeypatch.setattr(analyzer, "analyse", refuse)


def test_a_warm_build_equals_a_cold_build_without_analysing(
    sample_index: FaqIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold, _ = _cold(sample_index, tmp_path)
    _assert_same_features(cold, sample_index)
    assert not list(tmp_path.glob("*.tmp"))

    fresh = FeatureCache(tmp_path)  # another process, as far as the cache can tell
    with monkeypatch.context() as patch:
        _no_analysis(patch, sample_index.analyzer)
        warm = build_index(sample_index.records, analyzer=sample_index.analyzer, version="warm", cache=fresh)
    _assert_same_features(warm, sample_index)
    for question in QUESTIONS:
        assert warm.search(question) == sample_index.search(question), question
    assert not fresh.store(warm)  # the file already holds exactly these entries


def test_unknown_entries_are_analysed_and_the_file_keeps_only_the_current_ones(
    sample_index: FaqIndex, tmp_path: Path
) -> None:
    records = sample_index.records
    _cold(sample_index, tmp_path)
    edited = (*records[1:], dataclasses.replace(records[0], answer="新的答案：请拨打12315。"))
    cache = FeatureCache(tmp_path)
    index = build_index(edited, analyzer=sample_index.analyzer, version="edited", cache=cache)
    fresh = build_index(edited, analyzer=sample_index.analyzer, version="fresh")
    _assert_same_features(index, fresh)
    assert cache.store(index)

    with np.load(tmp_path / FILE_NAME) as stored:
        assert len(stored["digests"]) == len(edited)  # the old version of the edited entry is gone
    found = FeatureCache(tmp_path).lookup(records, sample_index.analyzer, sample_index.tuning)
    assert [f is None for f in found] == [True] + [False] * (len(records) - 1)


def test_a_lexicon_change_invalidates_the_cache(
    sample_index: FaqIndex, tmp_path: Path, knowledge_cache_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _cold(sample_index, tmp_path / "cache")
    data = tmp_path / "lexicon"
    shutil.copytree(DATA_DIR, data)
    with (data / "userdict.txt").open("a", encoding="utf-8") as userdict:
        userdict.write("\n秤准不准 5 n\n")
    changed = Analyzer(load_lexicon(data), cache_dir=knowledge_cache_dir)
    assert changed.fingerprint != sample_index.analyzer.fingerprint

    cache = FeatureCache(tmp_path / "cache")
    with caplog.at_level(logging.INFO, logger="knowledge.featcache"):
        assert cache.lookup(sample_index.records, changed, sample_index.tuning) == [None] * len(sample_index)
    assert "fingerprint" in caplog.text
    index = build_index(sample_index.records, analyzer=changed, version="changed", cache=cache)
    assert cache.store(index)
    assert cache_fingerprint(changed, index.tuning) != cache_fingerprint(sample_index.analyzer, index.tuning)
    # the tuning's field weights are part of the features: another tuning does not read them either
    strict = dataclasses.replace(sample_index.tuning, w_keyword=2.0)
    assert FeatureCache(tmp_path / "cache").lookup(sample_index.records, changed, strict) == [None] * len(index)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "inconsistent"])
def test_a_damaged_file_is_ignored_and_replaced(
    sample_index: FaqIndex, tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    _cold(sample_index, tmp_path)
    path = tmp_path / FILE_NAME
    if damage == "garbage":
        path.write_bytes(b"not a cache file" * 100)
    elif damage == "truncated":  # a writer that died half-way (if it had written in place)
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a well-formed file whose counts do not add up
        with np.load(path) as npz:
            arrays = dict(npz)
        arrays["gram_count"] = arrays["gram_count"] + 1
        np.savez(path, **arrays)

    cache = FeatureCache(tmp_path)
    with caplog.at_level(logging.INFO, logger="knowledge.featcache"):
        index = build_index(sample_index.records, analyzer=sample_index.analyzer, version="again", cache=cache)
    assert "feature cache" in caplog.text
    _assert_same_features(index, sample_index)
    assert cache.store(index)
    assert all(f is not None for f in FeatureCache(tmp_path).lookup(index.records, index.analyzer, index.tuning))


def test_concurrent_writers_leave_a_valid_file(sample_index: FaqIndex, tmp_path: Path) -> None:
    records, analyzer = sample_index.records, sample_index.analyzer
    versions = [records, records[: len(records) // 2]]  # two workers on different versions of the KB
    indexes = [build_index(r, analyzer=analyzer, version=str(n)) for n, r in enumerate(versions)]
    start = threading.Barrier(3)
    errors: list[BaseException] = []

    def write(index: FaqIndex) -> None:
        start.wait()
        for _ in range(15):
            FeatureCache(tmp_path).store(index)  # a new instance each time: every store writes

    def read() -> None:
        start.wait()
        for _ in range(30):
            found = FeatureCache(tmp_path).lookup(records, analyzer, sample_index.tuning)
            hits = sum(f is not None for f in found)
            if hits not in (0, len(versions[1]), len(records)):
                errors.append(AssertionError(f"{hits} entries found"))

    threads = [threading.Thread(target=write, args=(index,)) for index in indexes] + [threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert not list(tmp_path.glob("*.tmp"))
    found = FeatureCache(tmp_path).lookup(records, analyzer, sample_index.tuning)
    assert sum(f is not None for f in found) in (len(versions[1]), len(records))


async def test_the_app_builds_from_the_cache_and_answers_the_same(
    make_client: Callable[..., Awaitable[TestClient]],
    staff_headers: Callable[..., Awaitable[dict[str, str]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = await make_client()
    await load_sample(first, await staff_headers(StaffRole.ADMIN))
    answers = [await ask(first, question) for question in QUESTIONS]
    holder = first.server.app[KNOWLEDGE]
    cache_file = holder.settings.var_dir / "knowledge" / FILE_NAME
    assert cache_file.is_file()
    assert holder.feature_cache is not None and holder.feature_cache.path == cache_file

    analysed: list[int] = []

    def spy(records: Sequence[KbRecord], analyzer: Analyzer, tuning: Tuning) -> list[EntryFeatures]:
        analysed.append(len(records))
        return entries_features(records, analyzer, tuning)

    monkeypatch.setattr(knowledge.index, "entries_features", spy)
    second = await make_client()  # a worker starting (or restarting) on the same var dir
    assert analysed and not any(analysed)  # every entry came from the cache
    second_holder = second.server.app[KNOWLEDGE]
    assert len(second_holder.current) == len(holder.current) >= len(SAMPLE_KB["entries"])
    _assert_same_features(second_holder.current, holder.current)
    assert [await ask(second, question) for question in QUESTIONS] == answers
