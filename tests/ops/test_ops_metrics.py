"""/metrics as Prometheus scrapes it: standard collectors, the queue, job outcomes, connections, protection."""

from __future__ import annotations

import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient
from arq import Retry
from arq.worker import Worker, func
from pydantic import SecretStr

from core.jobmetrics import instrumented
from core.jobs import QUEUE_NAME, enqueue
from core.keys import ARQ


def sample(text: str, name: str, **labels: str) -> float | None:
    label_text = ",".join(f'{k}="{v}"' for k, v in labels.items())
    pattern = rf"^{re.escape(name)}{re.escape('{' + label_text + '}') if labels else ''} (\S+)$"
    found = re.search(pattern, text, re.MULTILINE)
    return float(found.group(1)) if found else None


async def scrape(client: TestClient, **headers: str) -> str:
    resp = await client.get("/metrics", headers=headers)
    assert resp.status == 200, await resp.text()
    return await resp.text()


async def test_standard_process_python_and_gc_collectors(client: TestClient) -> None:
    text = await scrape(client)
    assert sample(text, "process_resident_memory_bytes") > 0  # type: ignore[operator]
    assert sample(text, "process_open_fds") > 0  # type: ignore[operator]
    assert re.search(r'^python_info\{.*version="3\.', text, re.MULTILINE)
    assert sample(text, "python_gc_objects_collected_total", generation="0") is not None


async def test_queue_depth_and_oldest_due_job_age(client: TestClient, app: web.Application) -> None:
    text = await scrape(client)
    assert sample(text, "jiliang_queue_depth", queue=QUEUE_NAME) == 0
    assert sample(text, "jiliang_queue_oldest_job_age_seconds", queue=QUEUE_NAME) == 0
    arq = app[ARQ]
    await enqueue(arq, "refresh_knowledge_features", job_id="due-a-minute-ago")
    await arq.zadd(QUEUE_NAME, {"due-a-minute-ago": (time.time() - 60) * 1000}, xx=True)
    await arq.enqueue_job("refresh_knowledge_features", _queue_name=QUEUE_NAME, _defer_by=3600)
    text = await scrape(client)
    assert sample(text, "jiliang_queue_depth", queue=QUEUE_NAME) == 2
    assert 59 <= sample(text, "jiliang_queue_oldest_job_age_seconds", queue=QUEUE_NAME) < 70  # type: ignore[operator]


async def test_job_failures_and_retries_by_function(client: TestClient, app: web.Application) -> None:
    async def flaky_send(ctx: dict[str, Any]) -> str:
        if ctx["job_try"] == 1:
            raise Retry(defer=0)
        return "sent"

    async def broken_import(ctx: dict[str, Any]) -> None:
        del ctx
        raise ValueError("bad row")

    arq = app[ARQ]
    worker = Worker(
        functions=instrumented(
            [func(flaky_send, name="flaky_send"), func(broken_import, name="broken_import")], lambda ctx: arq
        ),
        redis_pool=arq,
        queue_name="test:metrics-queue",
        burst=True,
        poll_delay=0.01,
        max_tries=3,
        handle_signals=False,
    )
    for name in ("flaky_send", "broken_import"):
        await arq.enqueue_job(name, _queue_name="test:metrics-queue")
    await worker.main()
    await worker.close()
    text = await scrape(client)
    assert sample(text, "jiliang_job_retries_total", function="flaky_send") == 1
    assert sample(text, "jiliang_job_failures_total", function="broken_import") == 1
    assert sample(text, "jiliang_job_failures_total", function="flaky_send") is None


async def test_open_http_connections_counts_the_scrape_itself(client: TestClient) -> None:
    assert sample(await scrape(client), "jiliang_http_open_connections") >= 1  # type: ignore[operator]


async def test_metrics_token_and_allow_list(make_client: Callable[..., Awaitable[TestClient]]) -> None:
    guarded = await make_client(metrics_token=SecretStr("s3cret-scrape-token"))
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret-scrape-token"}):
        resp = await guarded.get("/metrics", headers=headers)
        assert resp.status == 401
        assert resp.headers["WWW-Authenticate"].startswith("Bearer")
        assert (await resp.json())["error"]["code"] == "metrics_unauthorized"
    await scrape(guarded, Authorization="Bearer s3cret-scrape-token")

    elsewhere = await make_client(metrics_allow=["10.0.0.0/8"])
    resp = await elsewhere.get("/metrics")
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "metrics_forbidden"
    await scrape(await make_client(metrics_allow=["10.0.0.0/8", "127.0.0.0/8", "::1/128"]))
