"""Every shared object on the app is reached through one of these typed keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import ClientSession, web
from arq.connections import ArqRedis
from redis.asyncio import Redis

from core.redis import RedisEndpoint
from core.settings import Settings

if TYPE_CHECKING:
    pass

SETTINGS = web.AppKey("settings", Settings)
REDIS_ENDPOINT = web.AppKey("redis_endpoint", RedisEndpoint)
REDIS = web.AppKey("redis", Redis)
ARQ = web.AppKey("arq", ArqRedis)
HTTP = web.AppKey("http", ClientSession)
WECHAT = web.AppKey("wechat", "WeChatGateway")
KNOWLEDGE = web.AppKey("knowledge", "KnowledgeHolder")
METRICS = web.AppKey("metrics", "Metrics")
RESOURCES = web.AppKey("resources", "Resources")
WORKER = web.AppKey("worker", "WorkerSupervisor")  # set only when this process runs the job worker
