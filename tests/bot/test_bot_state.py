"""The Redis batcher behind retry dedupe, against the app's real Redis."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import web
from redis.exceptions import ResponseError

from bot.state import SetBatcher
from core.keys import REDIS


async def test_sets_in_one_turn_share_a_batch_and_keep_their_own_results(app: web.Application) -> None:
    redis = app[REDIS]
    batcher = SetBatcher(redis)
    await redis.set("bot:test:taken", "old")
    results = await asyncio.gather(
        batcher.set("bot:test:fresh", "a", nx=True, ex=60),
        batcher.set("bot:test:taken", "b", nx=True, ex=60),  # NX on an existing key: not set
        batcher.set("bot:test:absent", "c", xx=True, keepttl=True),  # XX on a missing key: not set
        batcher.set("bot:test:taken", "d", xx=True, keepttl=True),
    )
    assert results == [True, None, None, True]
    assert await redis.get("bot:test:fresh") == "a"
    assert 0 < await redis.ttl("bot:test:fresh") <= 60
    assert await redis.get("bot:test:taken") == "d"
    assert await redis.get("bot:test:absent") is None


async def test_an_error_reply_fails_only_its_own_command(app: web.Application) -> None:
    redis = app[REDIS]
    batcher = SetBatcher(redis)
    bad = batcher.queue("bot:test:bad", "x", nx=True, xx=True)  # Redis refuses NX with XX
    good = batcher.queue("bot:test:good", "y", ex=60)
    with pytest.raises(ResponseError):
        await bad
    assert await good is True
    assert await batcher.set("bot:test:after", "z") is True  # the connection is still in a clean state
    assert await redis.get("bot:test:after") == "z"


async def test_a_redis_that_stops_answering_fails_batches_instead_of_holding_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from redis.asyncio import Redis

    from bot import state

    async def swallow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # reads commands, never answers
        writer.close()

    server = await asyncio.start_server(swallow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    redis = Redis(host="127.0.0.1", port=port, decode_responses=True)
    monkeypatch.setattr(state, "BATCH_TIMEOUT_SECONDS", 0.2)
    batcher = SetBatcher(redis)
    try:
        first = batcher.queue("bot:test:1", "a", nx=True, ex=60)
        await asyncio.sleep(0)
        second = batcher.queue("bot:test:2", "b", nx=True, ex=60)  # queued behind the stuck batch
        with pytest.raises(TimeoutError):
            await first
        with pytest.raises(TimeoutError):
            await second
    finally:
        await redis.aclose()
        server.close()


async def test_a_watched_key_is_read_with_each_batch(app: web.Application) -> None:
    """The bot's claims read the live content's version key in the same round trip: the value seen is the one
    Redis held when this batch ran, and the SETs keep their own results."""
    redis = app[REDIS]
    batcher = SetBatcher(redis, watch="bot:test:version")
    assert batcher.watched() == (False, None)  # nothing read yet: the caller reads the key itself
    assert await batcher.set("bot:test:one", "a", nx=True) is True
    assert batcher.watched() == (True, None)  # read, and absent
    await redis.set("bot:test:version", "7:abc")
    results = await asyncio.gather(batcher.set("bot:test:one", "b", nx=True), batcher.set("bot:test:two", "c"))
    assert results == [None, True]
    assert batcher.watched() == (True, "7:abc")
    assert await redis.get("bot:test:version") == "7:abc"  # only read
