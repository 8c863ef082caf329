"""Prometheus metrics, one registry per app so several apps in one process do not collide."""

from __future__ import annotations

import time
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

from core.errors import Handler


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "jiliang_http_requests",
            "HTTP requests by route and status",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "jiliang_http_request_seconds",
            "HTTP request latency",
            ["method", "route"],
            buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
            registry=self.registry,
        )
        self.events = Counter(
            "jiliang_events",
            "Domain events (bot answers, jobs, WeChat errors)",
            ["kind", "outcome"],
            registry=self.registry,
        )
        self.wechat_calls = Counter(
            "jiliang_wechat_calls",
            "Calls to WeChat's server API by path and outcome (ok, errcode_<n>, unavailable, cancelled)",
            ["api", "outcome"],
            registry=self.registry,
        )
        self.wechat_latency = Histogram(
            "jiliang_wechat_call_seconds",
            "Latency of calls to WeChat's server API",
            ["api"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5),
            registry=self.registry,
        )
        self.worker_restarts = Counter(
            "jiliang_worker_restarts",
            "Restarts of this process's job worker after it stopped (reason: redis, error)",
            ["reason"],
            registry=self.registry,
        )
        self.connections_timed_out = Counter(
            "jiliang_http_connections_timed_out",
            "Connections closed because no complete request head arrived in time (idle keep-alive included)",
            registry=self.registry,
        )
        self.rate_limited_requests = Counter(
            "jiliang_rate_limited",
            "Requests refused with 429 by core.ratelimit, by limit name",
            ["limit"],
            registry=self.registry,
        )
        # labels() hashes, validates and locks on every call; the children it returns live as long as the
        # registry, so each label set is looked up once.
        self._request_children: dict[tuple[str, str, int], tuple[Any, Any]] = {}
        self._event_children: dict[tuple[str, str], Any] = {}

    def count(self, kind: str, outcome: str) -> None:
        if (child := self._event_children.get((kind, outcome))) is None:
            child = self._event_children[(kind, outcome)] = self.events.labels(kind, outcome)
        child.inc()

    def count_worker_restart(self, reason: str) -> None:
        self.worker_restarts.labels(reason).inc()

    def rate_limited(self, limit: str) -> None:
        self.rate_limited_requests.labels(limit).inc()

    def observe_wechat_call(self, api: str, outcome: str, seconds: float) -> None:
        self.wechat_calls.labels(api, outcome).inc()
        self.wechat_latency.labels(api).observe(seconds)

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, status)
        if (children := self._request_children.get(key)) is None:
            children = (self.requests.labels(method, route, str(status)), self.latency.labels(method, route))
            self._request_children[key] = children
        children[0].inc()
        children[1].observe(seconds)


def route_label(request: web.Request) -> str:
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else "unmatched"


def metrics_middleware(metrics: Metrics) -> web.middleware:
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.perf_counter()
        status = 500
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as exc:
            status = exc.status
            raise
        finally:
            metrics.observe_request(request.method, route_label(request), status, time.perf_counter() - started)

    return middleware


async def metrics_view(request: web.Request, metrics: Metrics) -> web.Response:
    del request
    body = generate_latest(metrics.registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
