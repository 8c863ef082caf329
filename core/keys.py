"""Every shared object on the app is reached through one of these typed keys (a package keeps its own keys,
e.g. `knowledge.keys.KNOWLEDGE`)."""

from __future__ import annotations

from aiohttp import ClientSession, web
from arq.connections import ArqRedis
from redis.asyncio import Redis

from core.components import OperationDocs
from core.metrics import Metrics
from core.redis import RedisEndpoint
from core.resources import Resources
from core.settings import Settings
from core.wechat import WeChatGateway
from core.worker import WorkerSupervisor

SETTINGS = web.AppKey("settings", Settings)
REDIS_ENDPOINT = web.AppKey("redis_endpoint", RedisEndpoint)
REDIS = web.AppKey("redis", Redis)
ARQ = web.AppKey("arq", ArqRedis)
HTTP = web.AppKey("http", ClientSession)
WECHAT = web.AppKey("wechat", WeChatGateway)
METRICS = web.AppKey("metrics", Metrics)
RESOURCES = web.AppKey("resources", Resources)
OPERATION_DOCS = web.AppKey("operation_docs", OperationDocs)  # the installed packages' spec additions, merged
WORKER = web.AppKey("worker", WorkerSupervisor)  # set only when this process runs the job worker
