"""When a WeChat call is tried again: one rule for every job and loop that calls the gateway.

A call is worth repeating only when WeChat's error is transient (busy, rate limited, no answer at all); the
typed errors of core.wechat say which. Everything else (quota used up or refused by the user, not a follower,
invalid data, a token rejected twice) fails the same way when repeated. A policy adds how often and how soon:
as an arq job (`retry_job`: raise arq's Retry) or in process (`call`: sleep and call again).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import NoReturn, TypeVar

from arq import Retry

from core.wechat import WeChatError

T = TypeVar("T")


def is_transient(exc: BaseException) -> bool:
    """Trying again later may succeed."""
    return isinstance(exc, WeChatError) and exc.transient


@dataclass(frozen=True)
class RetryPolicy:
    """Retry transient errors after `base_seconds * backoff ** (attempt - 1)`, up to `max_attempts` attempts in
    all (None: as many as the job queue allows)."""

    base_seconds: float
    max_attempts: int | None = None
    backoff: float = 1.0

    def should_retry(self, exc: BaseException, attempt: int) -> bool:
        """`attempt` counts from 1 (arq's job_try)."""
        return is_transient(exc) and (self.max_attempts is None or attempt < self.max_attempts)

    def delay(self, attempt: int) -> float:
        return self.base_seconds * self.backoff ** (attempt - 1)

    def retry(self, exc: BaseException, attempt: int) -> NoReturn:
        """Hand the job back to arq to run again after the policy's delay."""
        raise Retry(defer=self.delay(attempt)) from exc

    def retry_job(self, exc: BaseException, attempt: int) -> None:
        """Raise arq's Retry when the policy retries `exc`; return (for the caller's own handling) when not."""
        if self.should_retry(exc, attempt):
            self.retry(exc, attempt)

    async def call(self, send: Callable[[], Awaitable[T]]) -> T:
        """Call `send` in process, sleeping between attempts; the last error propagates."""
        attempt = 1
        while True:
            try:
                return await send()
            except WeChatError as exc:
                if not self.should_retry(exc, attempt):
                    raise
            await asyncio.sleep(self.delay(attempt))
            attempt += 1


def job_try(ctx: dict[str, object]) -> int:
    """The attempt number arq passes to a job (1 for the first run)."""
    value = ctx.get("job_try", 1)
    return int(value) if isinstance(value, int | str) else 1
