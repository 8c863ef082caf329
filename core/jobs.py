"""Background jobs on arq: one WorkerSettings collecting every domain's jobs.

Each domain package has a `jobs.py` with `FUNCTIONS` (arq functions taking `ctx` first) and `CRON_JOBS`.
A job reaches connections through `resources(ctx)`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from arq.connections import ArqRedis
from arq.cron import CronJob
from arq.worker import Worker

from core.jobmetrics import instrumented
from core.resources import Resources

log = logging.getLogger(__name__)

RESOURCES = "jiliang_resources"
QUEUE_NAME = "jiliang:queue"


def job_modules() -> list[Any]:
    from appointments import jobs as appointment_jobs
    from campaigns import jobs as campaign_jobs
    from complaints import jobs as complaint_jobs
    from core import audit_jobs
    from knowledge import jobs as knowledge_jobs
    from publicity import jobs as publicity_jobs

    return [knowledge_jobs, complaint_jobs, appointment_jobs, campaign_jobs, audit_jobs, publicity_jobs]


def all_functions() -> list[Any]:
    return [fn for module in job_modules() for fn in getattr(module, "FUNCTIONS", [])]


def all_cron_jobs() -> list[CronJob]:
    return [job for module in job_modules() for job in getattr(module, "CRON_JOBS", [])]


def resources(ctx: dict[str, Any]) -> Resources:
    return ctx[RESOURCES]


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
        "ctx": {RESOURCES: resources_},
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
