"""The app factory: every resource opened in a cleanup context, every shared object behind an AppKey.

What the app serves comes from the installed components (`core.components`); the composition root installs them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from core import health, openapi
from core.components import OperationDocs, WebContribution, web_contributions
from core.errors import json_errors
from core.keys import ARQ, HTTP, METRICS, OPERATION_DOCS, REDIS, REDIS_ENDPOINT, RESOURCES, SETTINGS, WECHAT, WORKER
from core.limits import request_limits
from core.logging import request_id_middleware
from core.metrics import Metrics, metrics_middleware
from core.resources import open_resources
from core.settings import Settings, load_settings
from core.worker import run_worker_in_background


async def resources_ctx(app: web.Application) -> AsyncIterator[None]:
    async with open_resources(app[SETTINGS]) as res:
        app[REDIS_ENDPOINT] = res.endpoint
        app[REDIS] = res.redis
        app[ARQ] = res.arq
        app[HTTP] = res.http
        app[WECHAT] = res.wechat
        app[RESOURCES] = res
        res.wechat.observer = app[METRICS].observe_wechat_call
        yield


async def worker_ctx(app: web.Application) -> AsyncIterator[None]:
    if not app[SETTINGS].run_worker_in_process:
        yield
        return
    async for supervisor in run_worker_in_background(app[RESOURCES], on_restart=app[METRICS].count_worker_restart):
        if supervisor is not None:
            app[WORKER] = supervisor
        yield


def route_tables(contributions: list[WebContribution]) -> list[web.RouteTableDef]:
    return [health.routes, openapi.routes, *(table for c in contributions for table in c.routes)]


def create_app(settings: Settings | None = None) -> web.Application:
    settings = settings or load_settings()
    metrics = Metrics()
    app = web.Application(
        client_max_size=settings.max_body_bytes,
        middlewares=[request_id_middleware, metrics_middleware(metrics), json_errors, request_limits],
    )
    app[SETTINGS] = settings
    app[METRICS] = metrics
    contributions = web_contributions()
    app[OPERATION_DOCS] = OperationDocs.merged([c.operations for c in contributions])
    contexts = [ctx for c in contributions for ctx in c.cleanup_contexts]
    # Started in this order, torn down in reverse; a failure cleans up only what had started.
    app.cleanup_ctx.extend([resources_ctx, *contexts, worker_ctx])
    for setup in (setup for c in contributions for setup in c.setups):
        setup(app)
    for table in route_tables(contributions):
        app.add_routes(table)
    return app
