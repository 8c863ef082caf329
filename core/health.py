"""Liveness, readiness and metrics endpoints."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from core.db import ping_database
from core.errors import error_response
from core.keys import METRICS, REDIS, SETTINGS
from core.metrics import access_refused, metrics_view

log = logging.getLogger(__name__)
routes = web.RouteTableDef()
READY_TIMEOUT_SECONDS = 2.0


@routes.get("/healthz", name="healthz")
async def healthz(request: web.Request) -> web.Response:
    del request
    return web.json_response({"status": "ok"})


async def _check(name: str, probe: asyncio.Future | asyncio.Task | object) -> str | None:
    try:
        await asyncio.wait_for(probe, READY_TIMEOUT_SECONDS)  # type: ignore[arg-type]
    except Exception as exc:
        log.warning("readiness: %s is not answering: %r", name, exc)
        return name
    return None


@routes.get("/readyz", name="readyz")
async def readyz(request: web.Request) -> web.Response:
    failures = [
        f
        for f in await asyncio.gather(_check("database", ping_database()), _check("redis", request.app[REDIS].ping()))
        if f
    ]
    if failures:
        names = {"database": "数据库", "redis": "Redis"}
        message = "服务暂不可用：" + "、".join(names[f] for f in failures) + "无响应"
        return error_response(503, "not_ready", message, {"failed": failures})
    return web.json_response({"status": "ready", "checks": {"database": "ok", "redis": "ok"}})


@routes.get("/metrics", name="metrics")
async def metrics(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    token = settings.metrics_token.get_secret_value() if settings.metrics_token else None
    if (refused := access_refused(request, token=token, allow=settings.metrics_allow)) is not None:
        return refused
    return await metrics_view(request, request.app[METRICS], request.app[REDIS])
