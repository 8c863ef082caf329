"""Prometheus metrics, one registry per app so several apps in one process do not collide."""

from __future__ import annotations

import hmac
import ipaddress
import logging
import time
from typing import Any

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector
from redis.asyncio import Redis

from core.errors import Handler

log = logging.getLogger(__name__)


class JobCountsCollector(Collector):
    """Cluster-wide job failures and retries by function, as last read from Redis at scrape time."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], int] = {}

    def collect(self) -> list[CounterMetricFamily]:
        by_function = ["function"]
        families = {
            "failed": CounterMetricFamily("jiliang_job_failures", "Job runs that raised", labels=by_function),
            "retried": CounterMetricFamily("jiliang_job_retries", "Job runs after the first try", labels=by_function),
        }
        for (function, outcome), value in sorted(self.counts.items()):
            if outcome in families:
                families[outcome].add_metric([function], value)
        return list(families.values())


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        # The standard process (CPU, memory, open fds), platform and garbage-collector metrics of this process.
        for standard in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
            self.registry.register(standard)
        self.queue_depth = Gauge(
            "jiliang_queue_depth", "Jobs in the arq queue: due, deferred and running", ["queue"], registry=self.registry
        )
        self.queue_oldest_age = Gauge(
            "jiliang_queue_oldest_job_age_seconds",
            "Seconds since the oldest due job of the queue was due (waiting or running); 0 when none is due",
            ["queue"],
            registry=self.registry,
        )
        self.open_connections = Gauge(
            "jiliang_http_open_connections", "HTTP connections open on this process", registry=self.registry
        )
        self.job_counts = JobCountsCollector()
        self.registry.register(self.job_counts)
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


def open_http_connections(request: web.Request) -> int:
    # aiohttp keeps the open connections on the Server that created the request's protocol; the protocol's
    # reference to it is private, so a change in aiohttp shows up as 0 rather than as an error.
    server = getattr(request.protocol, "_manager", None)
    return len(getattr(server, "connections", ()))


async def refresh(metrics: Metrics, request: web.Request, redis: Redis) -> None:
    """Values read at scrape time: the queue from Redis, the job counters from Redis, this process's connections."""
    from core.jobmetrics import job_counts, queue_state
    from core.jobs import QUEUE_NAME

    depth, age = await queue_state(redis, QUEUE_NAME)
    metrics.queue_depth.labels(QUEUE_NAME).set(depth)
    metrics.queue_oldest_age.labels(QUEUE_NAME).set(age)
    metrics.job_counts.counts = await job_counts(redis)
    metrics.open_connections.set(open_http_connections(request))


async def metrics_view(request: web.Request, metrics: Metrics, redis: Redis) -> web.Response:
    try:
        await refresh(metrics, request, redis)
    except Exception as exc:  # Redis down: still serve the process's own metrics
        log.warning("metrics: queue and job figures unavailable: %r", exc)
    body = generate_latest(metrics.registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def access_refused(request: web.Request, *, token: str | None, allow: list[str]) -> web.Response | None:
    """JILIANG_METRICS_ALLOW (client networks) and JILIANG_METRICS_TOKEN (bearer); None when the scrape may go on.

    Behind a reverse proxy the client address is the proxy's: allow-list the Prometheus host at the proxy instead,
    or use the token.
    """
    from core.errors import error_response

    if allow:
        remote = ipaddress.ip_address(request.remote or "0.0.0.0")
        if not any(remote in ipaddress.ip_network(network, strict=False) for network in allow):
            return error_response(403, "metrics_forbidden", "此地址无权读取监控指标")
    if token:
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            refused = error_response(401, "metrics_unauthorized", "读取监控指标需要有效的令牌")
            refused.headers["WWW-Authenticate"] = 'Bearer realm="metrics"'
            return refused
    return None
