"""Running the arq worker so that it survives a Redis outage, and saying whether it is healthy.

arq's `Worker.main()` ends with the first Redis error it meets (a poll, a heartbeat, a job's bookkeeping) and
never reconnects; arq leaves restarting to a supervisor. `WorkerSupervisor` is that supervisor, inside the
process: it waits for Redis with a capped exponential backoff, starts a fresh worker, and after a failure
cancels the old worker's running jobs and releases their in-progress marks so they run again at once (jobs
are retried anyway; arq runs a job at least once).
"""

from __future__ import annotations

import asyncio
import logging
import random
import signal
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from arq.constants import in_progress_key_prefix
from arq.worker import Worker
from redis.exceptions import RedisError

from core.jobs import all_cron_jobs, all_functions, worker_settings
from core.resources import Resources, open_resources
from core.settings import Settings

log = logging.getLogger(__name__)
FIRST_RETRY_SECONDS = 0.5
CLOSE_TIMEOUT_SECONDS = 5.0
HEALTHY_AFTER_SECONDS = 30.0  # a worker that ran this long before failing restarts from the shortest delay


class MonitoredWorker(Worker):
    """arq's Worker noting when it last made progress: a poll round came round or a job finished."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.last_progress = time.monotonic()

    async def heart_beat(self) -> None:
        await super().heart_beat()
        self.last_progress = time.monotonic()

    async def run_job(self, job_id: str, score: int) -> None:
        try:
            await super().run_job(job_id, score)
        finally:
            self.last_progress = time.monotonic()


class WorkerSupervisor:
    """Keeps one arq worker running on `resources`, restarting it after Redis errors."""

    def __init__(
        self,
        resources: Resources,
        *,
        on_restart: Callable[[str], None] | None = None,
        poll_delay: float = 0.2,
    ) -> None:
        self.resources = resources
        self.stall_seconds = resources.settings.worker_stall_seconds
        self.max_retry_seconds = resources.settings.worker_retry_max_seconds
        self.on_restart = on_restart
        self.poll_delay = poll_delay
        self.state = "starting"  # starting -> running -> reconnecting -> running ... ; stopped at the end
        self.restarts = 0
        self.last_error: str | None = None
        self.worker: MonitoredWorker | None = None
        self.task: asyncio.Task[None] | None = None
        self._orphans: tuple[float, list[str]] | None = None  # (when, job ids) of jobs a failed worker held

    def start(self) -> asyncio.Task[None]:
        self.task = asyncio.create_task(self.run(), name="arq-worker-supervisor")
        return self.task

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            await asyncio.gather(self.task, return_exceptions=True)
        self.state = "stopped"

    async def run(self) -> None:
        delay = FIRST_RETRY_SECONDS
        try:
            while True:
                delay = await self._wait_for_redis(delay)
                await self._release_orphans()
                worker = self.worker = self._build()
                started = time.monotonic()
                self.state = "running"
                try:
                    await worker.async_run()
                    return  # only a burst worker ends by itself
                except Exception as exc:
                    self._fail(worker, exc)
                if time.monotonic() - started > HEALTHY_AFTER_SECONDS:
                    delay = FIRST_RETRY_SECONDS
        finally:
            await self._close()

    def problem(self) -> str | None:
        """Why this process's worker is not doing its job right now, or None when it is."""
        if self.task is None or self.task.done():
            return "dead"
        if self.state in ("starting", "reconnecting"):
            return self.state
        if self.worker is not None and time.monotonic() - self.worker.last_progress > self.stall_seconds:
            return "stalled"
        return None

    def _build(self) -> MonitoredWorker:
        return MonitoredWorker(
            **worker_settings(self.resources),
            handle_signals=False,
            poll_delay=self.poll_delay,
        )

    async def _wait_for_redis(self, delay: float) -> float:
        """Ping until Redis answers, sleeping a growing, jittered delay between tries; returns the next delay."""
        while True:
            try:
                await self.resources.arq.ping()
                return delay
            except (RedisError, OSError) as exc:
                self.last_error = repr(exc)
                log.info("worker waiting for Redis (%r); next try in %.1fs", exc, delay)
            await asyncio.sleep(delay * random.uniform(0.8, 1.2))
            delay = min(delay * 2, self.max_retry_seconds)

    def _fail(self, worker: MonitoredWorker, exc: Exception) -> None:
        self.state = "reconnecting"
        self.last_error = repr(exc)
        self.restarts += 1
        reason = "redis" if isinstance(exc, (RedisError, OSError)) else "error"
        log.warning("job worker stopped (%r); restarting (%d so far)", exc, self.restarts, exc_info=reason != "redis")
        if self.on_restart is not None:
            self.on_restart(reason)
        held = [job_id for job_id, task in worker.tasks.items() if not task.done()]
        for task in worker.tasks.values():
            task.cancel()
        if held:
            self._orphans = (time.monotonic(), held)

    async def _release_orphans(self) -> None:
        """Let the jobs a failed worker was running start again now rather than when their mark expires."""
        if self._orphans is None or self.worker is None:
            return
        failed_at, job_ids = self._orphans
        self._orphans = None
        for task in self.worker.tasks.values():
            await asyncio.gather(task, return_exceptions=True)
        if time.monotonic() - failed_at < self.worker.in_progress_timeout_s:  # still our marks, not another's
            await self.resources.arq.delete(*(in_progress_key_prefix + job_id for job_id in job_ids))
            log.info("released %d job(s) the failed worker was running", len(job_ids))

    async def _close(self) -> None:
        self.state = "stopped"
        if self.worker is None:
            return
        try:
            await asyncio.wait_for(self.worker.close(), CLOSE_TIMEOUT_SECONDS)
        except (RedisError, OSError, TimeoutError):
            log.info("job worker closed while Redis is unreachable", exc_info=True)


async def run_worker_in_background(
    resources: Resources, *, on_restart: Callable[[str], None] | None = None
) -> AsyncIterator[WorkerSupervisor | None]:
    """For `serve` (embedded Redis or JILIANG_WORKER_IN_PROCESS): the supervised worker as a task of the web app."""
    if not all_functions() and not all_cron_jobs():
        yield None
        return
    supervisor = WorkerSupervisor(resources, on_restart=on_restart)
    supervisor.start()
    try:
        yield supervisor
    finally:
        await supervisor.stop()


async def run_worker(settings: Settings) -> None:
    """`jiliang worker`: a standalone supervised worker until SIGINT/SIGTERM (needs a Redis shared with `serve`)."""
    async with open_resources(settings) as res:
        supervisor = WorkerSupervisor(res)
        task = supervisor.start()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, task.cancel)
        await asyncio.gather(task, return_exceptions=True)
