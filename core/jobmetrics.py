"""Job failures and retries by function, counted in Redis so that every web process's /metrics shows the
whole cluster's numbers (jobs run in `jiliang worker` processes, which serve no /metrics of their own)."""

from __future__ import annotations

import dataclasses
import functools
import logging
import time
from typing import Any

from arq import Retry
from arq.worker import Function, func
from redis.asyncio import Redis

log = logging.getLogger(__name__)
JOB_COUNTS_KEY = "core:metrics:jobs"  # hash: "<function>|failed" / "<function>|retried" -> count


async def _count(redis: Redis, function: str, outcome: str) -> None:
    try:
        await redis.hincrby(JOB_COUNTS_KEY, f"{function}|{outcome}", 1)
    except Exception as exc:  # a metric must never fail the job
        log.warning("job metrics: could not count %s %s: %r", function, outcome, exc)


def instrumented(functions: list[Any], redis_of: Any) -> list[Function]:
    """arq functions whose runs count a retry (any try after the first) and a failure (an exception other
    than arq's Retry); `redis_of(ctx)` gives the Redis client of the job's context."""
    wrapped = []
    for entry in functions:
        function = func(entry) if not isinstance(entry, Function) else entry
        wrapped.append(dataclasses.replace(function, coroutine=_counting(function.name, function.coroutine, redis_of)))
    return wrapped


def _counting(name: str, coroutine: Any, redis_of: Any) -> Any:
    @functools.wraps(coroutine)
    async def run(ctx: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        if ctx.get("job_try", 1) > 1:
            await _count(redis_of(ctx), name, "retried")
        try:
            return await coroutine(ctx, *args, **kwargs)
        except Retry:
            raise
        except Exception:
            await _count(redis_of(ctx), name, "failed")
            raise

    return run


async def job_counts(redis: Redis) -> dict[tuple[str, str], int]:
    raw = await redis.hgetall(JOB_COUNTS_KEY)
    counts = {}
    for field, value in raw.items():
        name, _, outcome = (field.decode() if isinstance(field, bytes) else field).rpartition("|")
        counts[(name, outcome)] = int(value)
    return counts


async def queue_state(redis: Redis, queue: str) -> tuple[int, float]:
    """(jobs in the queue, seconds since the oldest due one was due: waiting or running; 0 when none is due)."""
    now_ms = time.time() * 1000
    depth = await redis.zcard(queue)
    oldest = await redis.zrangebyscore(queue, "-inf", now_ms, start=0, num=1, withscores=True)
    age = max(0.0, (now_ms - oldest[0][1]) / 1000) if oldest else 0.0
    return int(depth), age
