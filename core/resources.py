"""The connections a process needs (Redis, arq, HTTP client, WeChat gateway), for the web app and the worker."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass

import aiohttp
from arq.connections import ArqRedis
from redis.asyncio import Redis

from core.db import orm_context
from core.decoding import DecodePool
from core.redis import RedisEndpoint, arq_pool, redis_endpoint
from core.settings import Settings
from core.wechat import WeChatGateway


@dataclass
class Resources:
    settings: Settings
    endpoint: RedisEndpoint
    redis: Redis
    arq: ArqRedis
    http: aiohttp.ClientSession
    wechat: WeChatGateway
    decoder: DecodePool  # photo decoding: a few at a time, memory given back after


@asynccontextmanager
async def open_redis(settings: Settings) -> AsyncIterator[tuple[RedisEndpoint, Redis, ArqRedis]]:
    async with AsyncExitStack() as stack:
        endpoint = await stack.enter_async_context(redis_endpoint(settings.redis_url, settings.var_dir))
        redis = endpoint.client()
        stack.push_async_callback(redis.aclose)
        arq = arq_pool(endpoint)
        stack.push_async_callback(arq.aclose)
        yield endpoint, redis, arq


@asynccontextmanager
async def open_resources(settings: Settings, *, with_orm: bool = True) -> AsyncIterator[Resources]:
    async with AsyncExitStack() as stack:
        endpoint, redis, arq = await stack.enter_async_context(open_redis(settings))
        if with_orm:
            await stack.enter_async_context(orm_context(settings.database_url))
        http = await stack.enter_async_context(
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=settings.wechat_timeout_seconds))
        )
        wechat = WeChatGateway(settings=settings, http=http, redis=redis)
        decoder = DecodePool(settings.photo_decode_concurrency, settings.photo_decode_memory_mb * 1024 * 1024)
        stack.callback(decoder.close)
        yield Resources(
            settings=settings, endpoint=endpoint, redis=redis, arq=arq, http=http, wechat=wechat, decoder=decoder
        )
