"""A small pool for work that needs a lot of memory for a short time (decoding photos), giving it back after.

Two bounds: at most `concurrency` jobs run at once, in the pool's own threads (never on the event loop, never
in the default executor other work shares); and the jobs running together may not be expected to use more
than `memory_budget` bytes (each caller states its job's cost; a job costlier than the whole budget runs
alone). Waiting jobs are served first come, first served, so a large job is not starved by small ones.

Python frees a job's memory but glibc keeps the pages in its per-thread arenas, so the process would stay at
its peak (and the next job, in another thread's arena, would add to it): after each job, before its share of
the budget is released, `malloc_trim(0)` hands the free pages back to the system.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


@functools.cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None  # glibc only (not musl, not macOS)


def release_free_memory() -> bool:
    """Return the allocator's free pages to the system; False where that is not possible."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


def _then_release_memory(fn: Callable[..., T], args: tuple[Any, ...]) -> T:
    try:
        return fn(*args)
    finally:
        release_free_memory()


class DecodePool:
    def __init__(self, concurrency: int, memory_budget: int) -> None:
        self.concurrency = concurrency
        self.memory_budget = memory_budget
        self._executor = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="decode")
        self._slots = asyncio.Semaphore(concurrency)
        self._turnstile = asyncio.Lock()  # FIFO: the first waiting job gets the next share of the budget
        self._budget_changed = asyncio.Condition()
        self._reserved = 0

    async def run(self, fn: Callable[..., T], *args: Any, cost: int = 0) -> T:
        """`fn(*args)` in a pool thread once `cost` bytes of the budget and a thread are free."""
        loop = asyncio.get_running_loop()
        cost = min(max(cost, 0), self.memory_budget)
        await self._reserve(cost)
        try:
            async with self._slots:
                return await loop.run_in_executor(self._executor, _then_release_memory, fn, args)
        finally:
            async with self._budget_changed:
                self._reserved -= cost
                self._budget_changed.notify_all()

    async def _reserve(self, cost: int) -> None:
        async with self._turnstile, self._budget_changed:
            await self._budget_changed.wait_for(lambda: self._reserved + cost <= self.memory_budget)
            self._reserved += cost

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
