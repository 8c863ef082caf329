"""Background jobs: the drain used by tests and demo seeding, and the in-process worker of embedded `serve`."""

from __future__ import annotations

import asyncio

from aiohttp import web

from core.jobs import QUEUE_NAME, enqueue
from core.keys import ARQ


async def test_drain_runs_due_jobs_and_leaves_future_ones_queued(app: web.Application, run_jobs) -> None:  # type: ignore[no-untyped-def]
    arq = app[ARQ]
    await enqueue(arq, "purge_orphan_photos", job_id="now")
    await arq.enqueue_job("purge_orphan_photos", _job_id="later", _queue_name=QUEUE_NAME, _defer_by=3600)
    ran = await asyncio.wait_for(run_jobs(), timeout=10)
    assert ran == 1
    assert await arq.zcard(QUEUE_NAME) == 1  # the deferred one waits for its time


async def test_embedded_serve_runs_jobs_in_process(make_client) -> None:  # type: ignore[no-untyped-def]
    client = await make_client(worker_in_process=True)
    arq = client.server.app[ARQ]
    await enqueue(arq, "purge_orphan_photos", job_id="in-process")
    for _ in range(200):
        if await arq.zcard(QUEUE_NAME) == 0:
            break
        await asyncio.sleep(0.05)
    assert await arq.zcard(QUEUE_NAME) == 0
    assert await arq.exists("arq:result:in-process")
