"""Background jobs on arq: one WorkerSettings collecting every installed component's jobs.

A component contributes arq functions (taking `ctx` first) and cron jobs (`core.components.JobContribution`),
usually from its `jobs.py`. A job reaches connections through `resources(ctx)`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from arq.connections import ArqRedis
from arq.cron import CronJob
from arq.worker import Worker

from core.components import job_contributions
from core.jobmetrics import instrumented
from core.resources import Resources

log = logging.getLogger(__name__)

CTX_RESOURCES = "jiliang_resources"  # where a job finds the Resources in arq's ctx (not the AppKey keys.RESOURCES)
QUEUE_NAME = "jiliang:queue"


def all_functions() -> list[Any]:
    return [fn for contribution in job_contributions() for fn in contribution.functions]


def all_cron_jobs() -> list[CronJob]:
    return [job for contribution in job_contributions() for job in contribution.cron_jobs]


def resources(ctx: dict[str, Any]) -> Resources:
    return ctx[CTX_RESOURCES]


def job_context(resources_: Resources) -> dict[str, Any]:
    """The ctx an arq function gets, for calling one directly (by hand, in tests)."""
    return {CTX_RESOURCES: resources_}


async def enqueue(arq: ArqRedis, function: str, *args: Any, job_id: str | None = None, **kwargs: Any) -> None:
    """Queue a job on the project's queue; a job_id makes it idempotent (arq keeps one job per id)."""
    await arq.enqueue_job(function, *args, _job_id=job_id, _queue_name=QUEUE_NAME, **kwargs)


def worker_settings(resources_: Resources, *, cron: bool = True) -> dict[str, Any]:
    """arq worker settings: every domain's functions and cron jobs, on the project's queue."""
    return {
        "functions": instrumented(all_functions(), lambda ctx: resources(ctx).arq),
        "cron_jobs": all_cron_jobs() if cron else [],
        "redis_pool": resources_.arq,
        "queue_name": QUEUE_NAME,
        "ctx": job_context(resources_),
        "max_tries": 5,
        "keep_result": 3600,
    }


def build_worker(
    resources_: Resources, *, burst: bool = False, cron: bool = True, handle_signals: bool = False
) -> Worker:
    return Worker(
        **worker_settings(resources_, cron=cron),
        handle_signals=handle_signals,
        burst=burst,
        poll_delay=0.01 if burst else 0.2,
    )


async def drain(resources_: Resources, *, horizon_seconds: float = 1.0, settle_seconds: float = 0.02) -> int:
    """Run queued jobs until none is due within `horizon_seconds` and none is running (tests, demo seeding);
    returns how many ran.

    Unlike arq's burst mode this returns while jobs deferred further ahead (scheduled sends, retries with a real
    backoff) are still queued.
    """
    worker = build_worker(resources_, cron=False)
    worker.poll_delay_s = 0.005
    task = asyncio.create_task(worker.main(), name="arq-drain")
    try:
        idle_checks = 0
        while idle_checks < 2 and not task.done():
            await asyncio.sleep(settle_seconds)
            due = await resources_.arq.zcount(QUEUE_NAME, 0, (time.time() + horizon_seconds) * 1000)
            idle_checks = idle_checks + 1 if due == 0 and not worker.tasks else 0
    finally:
        await worker.close()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    return worker.jobs_complete + worker.jobs_failed
