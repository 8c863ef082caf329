"""Liveness, readiness and metrics endpoints."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from core.db import ping_database
from core.errors import error_response
from core.keys import METRICS, REDIS, SETTINGS, WORKER
from core.metrics import access_refused, metrics_view

log = logging.getLogger(__name__)
routes = web.RouteTableDef()
READY_TIMEOUT_SECONDS = 2.0
WORKER_PROBLEMS = {
    "dead": "后台任务处理器已停止",
    "starting": "后台任务处理器正在连接 Redis",
    "reconnecting": "后台任务处理器正在重新连接 Redis",
    "stalled": "后台任务处理器长时间无进展",
}


@routes.get("/healthz", name="healthz")
async def healthz(request: web.Request) -> web.Response:
    del request
    return web.json_response({"status": "ok"})


async def _check(name: str, probe: asyncio.Future | asyncio.Task | object) -> str | None:
    try:
        await asyncio.wait_for(probe, READY_TIMEOUT_SECONDS)  # type: ignore[arg-type]  # redis' ping() is typed Awaitable | bool
    except Exception as exc:
        log.warning("readiness: %s is not answering: %r", name, exc)
        return name
    return None


@routes.get("/readyz", name="readyz")
async def readyz(request: web.Request) -> web.Response:
    failures = [
        f
        for f in await asyncio.gather(
            _check("database", ping_database()), _check("redis", request.config_dict[REDIS].ping())
        )
        if f
    ]
    checks = {"database": "ok", "redis": "ok"}
    reasons = ["、".join({"database": "数据库", "redis": "Redis"}[f] for f in failures) + "无响应"] if failures else []
    details: dict[str, object] = {"failed": failures}
    if (supervisor := request.config_dict.get(WORKER)) is not None:  # only when this process is meant to run jobs
        problem = supervisor.problem()
        checks["worker"] = problem or "ok"
        if problem is not None:
            failures.append("worker")
            reasons.append(WORKER_PROBLEMS[problem])
            details["worker"] = {"state": problem, "restarts": supervisor.restarts}
    if failures:
        return error_response(503, "not_ready", "服务暂不可用：" + "；".join(reasons), details)
    return web.json_response({"status": "ready", "checks": checks})


@routes.get("/metrics", name="metrics")
async def metrics(request: web.Request) -> web.Response:
    settings = request.config_dict[SETTINGS]
    token = settings.metrics_token.get_secret_value() if settings.metrics_token else None
    if (refused := access_refused(request, token=token, allow=settings.metrics_allow)) is not None:
        return refused
    return await metrics_view(request, request.config_dict[METRICS], request.config_dict[REDIS])
