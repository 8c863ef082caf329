"""Process-level knowledge index lifecycle.

INTERFACE (implemented by the knowledge work): channels call `holder.answer(...)` and `holder.get_entry(...)`.

Every worker holds its own index, built off the event loop and swapped whole. A staff edit bumps the Redis key
`knowledge:version` and publishes on `knowledge:reload`; each worker's listener rebuilds when the version it
loaded is no longer the current one (the listener also polls, so a lost pub/sub message costs seconds, not
correctness).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

from redis.asyncio import ConnectionPool, Redis
from tortoise.exceptions import IntegrityError

from core.settings import Settings
from knowledge.analyzer import Analyzer
from knowledge.featcache import FeatureCache
from knowledge.index import FaqIndex, SearchResult, build_index
from knowledge.kbfile import KB_PATH, KbRecord, read_kb
from knowledge.lexicon import DATA_DIR, load_lexicon
from knowledge.sources import cited_answer

log = logging.getLogger(__name__)

VERSION_KEY = "knowledge:version"
RELOAD_CHANNEL = "knowledge:reload"
CHECK_INTERVAL_SECONDS = 5.0

FALLBACK_ANSWER = (
    "抱歉，这个问题我暂时没能找到准确答案，工作人员会据此完善知识库。"
    "遇到缺斤短两、计量器具不准等问题，可拨打12315热线或通过全国12315平台投诉举报；"
    "您也可以换个说法再问，例如“电子秤需要检定吗”“加油站加油不足怎么办”。"
)
SUGGEST_INTRO = "您是想问以下哪个问题？"
CLARIFY_INTRO = "您是想问以下哪个问题？这两个问题的答案不同，请回复序号："
SCOPE_ANSWER = (
    "您好！我是呼和浩特市场监管计量服务助手，这个问题不在我能解答的范围内。"
    "我可以解答缺斤短两、计量器具检定和预约、水电气热表、加油机和出租车计价器、定量包装净含量、计量单位等问题；"
    "食品安全、价格、虚假宣传、退换货等消费纠纷，可拨打12315或通过全国12315平台反映。"
)


@dataclass(frozen=True)
class Suggestion:
    faq_id: str
    question: str


@dataclass(frozen=True)
class Answer:
    """What the bot says: `faq_id` is None unless it answers confidently."""

    question: str
    faq_id: str | None
    score: float
    answer: str
    band: Literal["confident", "suggest", "fallback"]
    suggestions: list[Suggestion] = field(default_factory=list)


@dataclass(frozen=True)
class EntryView:
    faq_id: str
    question: str
    answer: str
    category: str
    actions: list[dict[str, str]]


def entry_view(record: KbRecord) -> EntryView:
    return EntryView(
        faq_id=record.id,
        question=record.question,
        answer=cited_answer(record.id, record.answer),
        category=record.category,
        actions=[dict(a) for a in record.actions],
    )


# --- building blocks shared by the app and the CLI ----------------------------------------------------

_analyzers: dict[Path, Analyzer] = {}
_analyzer_lock = threading.Lock()


def shared_analyzer(cache_dir: Path, data_dir: Path = DATA_DIR) -> Analyzer:
    """One Analyzer per process and lexicon (jieba's dictionary costs ~1 s of CPU); blocking: use a thread."""
    with _analyzer_lock:
        analyzer = _analyzers.get(data_dir)
        if analyzer is None:
            analyzer = Analyzer(load_lexicon(data_dir), cache_dir=cache_dir)
            _analyzers[data_dir] = analyzer
        return analyzer


def index_from_file(path: Path = KB_PATH, *, cache_dir: Path, feature_cache: FeatureCache | None = None) -> FaqIndex:
    """The index straight from kb.json, without a database (the CLI on a fresh checkout)."""
    kb = read_kb(path) if path.exists() else None
    records = kb.entries if kb else ()
    version = f"file:{kb.version if kb else 'none'}"
    index = build_index(records, analyzer=shared_analyzer(cache_dir), version=version, cache=feature_cache)
    if feature_cache is not None:
        feature_cache.store(index)
    return index


def feature_cache(settings: Settings) -> FeatureCache:
    """The entry-feature cache of this var dir (knowledge.featcache), shared by every process using it."""
    return FeatureCache(settings.var_dir / "knowledge")


def respond(index: FaqIndex, question: str) -> tuple[Answer, SearchResult]:
    result = index.search(question, limit=3)
    best = result.best
    if result.band == "confident" and best is not None:
        record = index.record(best.faq_id)
        assert record is not None
        answer = cited_answer(record.id, record.answer)
        return Answer(result.query, best.faq_id, result.confidence, answer, "confident"), result
    if result.band == "suggest":
        suggestions = [Suggestion(c.faq_id, c.question) for c in result.candidates[:3]]
        intro = CLARIFY_INTRO if result.reason == "clarify" else SUGGEST_INTRO
        lines = [intro, *(f"{n}. {s.question}" for n, s in enumerate(suggestions, 1))]
        return Answer(result.query, None, result.confidence, "\n".join(lines), "suggest", suggestions), result
    text = SCOPE_ANSWER if result.reason == "out_of_scope" else FALLBACK_ANSWER
    return Answer(result.query, None, result.confidence, text, "fallback"), result


# --- the holder --------------------------------------------------------------------------------------


class KnowledgeHolder:
    """Set once at startup; the index inside is swapped whole on reload."""

    def __init__(self, *, settings: Settings | None = None, redis: Redis | None = None) -> None:
        self.current: FaqIndex | None = None
        self.settings = settings
        self.redis = redis
        self.loaded_version: str | None = None
        self.feature_cache = feature_cache(settings) if settings is not None else None
        self._lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()

    @property
    def cache_dir(self) -> Path:
        assert self.settings is not None
        return self.settings.var_dir / "jieba"

    async def answer(self, question: str, *, channel: str) -> Answer:
        """Answer a question; low-confidence ones are recorded for staff (without delaying the reply)."""
        index = self.current
        if index is None:
            return Answer(question, None, 0.0, FALLBACK_ANSWER, "fallback")
        answer, result = respond(index, question)
        if question.strip():
            self._count_later(answer.band)
        if answer.band != "confident" and question.strip():
            self._record_later(result, channel=channel)
        return answer

    def get_entry(self, faq_id: str) -> EntryView | None:
        index = self.current
        record = index.record(faq_id) if index is not None else None
        return entry_view(record) if record is not None else None

    # --- reloads ---

    async def reload(self, *, force: bool = False) -> FaqIndex:
        """Rebuild from the published entries if the shared version moved (or when forced)."""
        from knowledge.service import published_records

        async with self._lock:
            version = await self._shared_version()
            if not force and self.current is not None and version == self.loaded_version:
                return self.current
            records = await published_records()
            analyzer = await asyncio.to_thread(shared_analyzer, self.cache_dir)
            build = partial(build_index, analyzer=analyzer, previous=self.current, cache=self.feature_cache)
            index = await asyncio.to_thread(build, records, version=version)
            self.current = index  # a single reference swap: readers see the old index or the new one
            self.loaded_version = version
            log.info("knowledge index version %s: %d entries", version, len(index))
            if self.feature_cache is not None:  # after the swap: the new index is served meanwhile
                await asyncio.to_thread(self.feature_cache.store, index)
            return index

    async def publish_change(self) -> None:
        """After an edit: bump the shared version, tell every worker, rebuild here."""
        assert self.redis is not None
        version = await self.redis.incr(VERSION_KEY)
        await self.redis.publish(RELOAD_CHANNEL, str(version))
        await self.reload()

    async def _shared_version(self) -> str:
        """The Redis version bumped by edits, plus a fingerprint of the table: edits made outside the app
        (`jiliang kb import`, SQL) are picked up by the periodic check too."""
        from knowledge.service import table_fingerprint

        value = await self.redis.get(VERSION_KEY) if self.redis is not None else None
        return f"{value or 0}:{await table_fingerprint()}"

    async def listen(self) -> None:
        """Runs for the life of the app: reload on pub/sub messages, and poll in case one was lost."""
        assert self.redis is not None
        while True:
            try:
                async with self.redis.pubsub(ignore_subscribe_messages=True) as pubsub:
                    await pubsub.subscribe(RELOAD_CHANNEL)
                    await self.reload()  # anything published before we subscribed
                    while True:
                        await pubsub.get_message(timeout=CHECK_INTERVAL_SECONDS)
                        await self.reload()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("knowledge reload listener failed; retrying", exc_info=True)
                await asyncio.sleep(CHECK_INTERVAL_SECONDS)

    # --- the learning loop ---

    def _count_later(self, band: str) -> None:
        from knowledge.publicity_feed import count_answer  # the publicity office's figures: questions per day

        task = asyncio.create_task(count_answer(self.redis, band))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _record_later(self, result: SearchResult, *, channel: str) -> None:
        task = asyncio.create_task(self._record(result, channel=channel))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _record(self, result: SearchResult, *, channel: str) -> None:
        from knowledge.service import record_unanswered

        assert self.current is not None
        try:
            await record_unanswered(
                text=result.query.strip(),
                normalised=self.current.analyzer.normalise(result.query),
                channel=channel,
                best_score=result.confidence,
                candidates=[{"faq_id": c.faq_id, "score": c.score} for c in result.candidates],
            )
        except Exception:  # the reply has gone out; losing one queue record must not surface anywhere
            log.warning("could not record an unanswered question", exc_info=True)

    async def drain(self) -> None:
        """Wait for pending queue records (shutdown, tests)."""
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)


async def seed_if_empty(path: Path = KB_PATH) -> int:
    """Import kb.json when the table is empty (first start); several workers may race: one wins."""
    from knowledge.service import count_entries, import_kb

    if await count_entries():
        return 0
    kb = await asyncio.to_thread(lambda: read_kb(path) if path.exists() else None)
    if kb is None:
        log.warning("knowledge base file %s is missing: the bot starts with an empty knowledge base", path)
        return 0
    try:
        report = await import_kb(kb)
    except IntegrityError:
        log.info("another worker imported the knowledge base first")
        return 0
    log.info("knowledge base imported from %s: %d entries", path.name, report.created)
    return report.created


@asynccontextmanager
async def open_knowledge(settings: Settings, redis: Redis) -> AsyncIterator[KnowledgeHolder]:
    # The reload machinery gets its own small pool on the same server: the pub/sub listener holds a connection
    # for the life of the app, and the app's pool stays what the request handlers (and /readyz) see.
    pool = ConnectionPool(
        connection_class=redis.connection_pool.connection_class,
        max_connections=4,
        **redis.connection_pool.connection_kwargs,
    )
    own = Redis(connection_pool=pool)
    try:
        async with _open_holder(settings, own) as holder:
            yield holder
    finally:
        await own.aclose()
        await pool.disconnect()


@asynccontextmanager
async def _open_holder(settings: Settings, redis: Redis) -> AsyncIterator[KnowledgeHolder]:
    holder = KnowledgeHolder(settings=settings, redis=redis)
    await seed_if_empty()
    await holder.reload(force=True)  # if the first build fails, startup fails
    listener = asyncio.create_task(holder.listen(), name="knowledge-reload-listener")
    try:
        yield holder
    finally:
        listener.cancel()
        with suppress(asyncio.CancelledError):
            await listener
        await holder.drain()
