"""One access_token per appid, shared by every process through Redis, refreshed by one process at a time.

The refresh race that plagues WeChat SDKs (N workers each refreshing, each refresh killing the others' tokens) is
avoided three ways: the token is fetched through `stable_token` in normal mode (idempotent while valid); only the
holder of a short Redis lock fetches while the others poll the cache; and a token WeChat rejected is removed only if
the cache still holds that very token (compare-and-delete), so a late caller never throws away a fresh one.
Within one process, concurrent callers share a single refresh. When a fetch fails, every process fails fast
for two seconds instead of queueing up to ask WeChat again.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

log = logging.getLogger(__name__)

TOKEN_KEY = "wechat:token:{}"
LOCK_KEY = "wechat:token-lock:{}"
FAILED_KEY = "wechat:token-failed:{}"
# After a failed fetch, every process fails fast this long instead of queueing up to ask WeChat again.
FAILURE_BACKOFF_MS = 2000
# Refresh this long before WeChat's expiry: stable_token renews its token in the last 5 minutes of its life.
EARLY_REFRESH_SECONDS = 300

# Delete KEYS[1] only while it still holds ARGV[1]: the lock owner's id, or the token that failed.
_COMPARE_AND_DELETE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
    return redis.call('del', KEYS[1])
end
return 0
"""

TokenFetcher = Callable[[str], Awaitable[tuple[str, int]]]


class TokenRefreshTimeout(Exception):
    """Another process held the refresh lock and no token appeared in time."""


class TokenRefreshFailed(Exception):
    """A fetch failed moments ago (in this or another process); not retried until the back-off has passed."""


def cache_ttl(expires_in: int) -> int:
    """Seconds to keep a token: a bit under `expires_in` (never the full lifetime, never zero)."""
    return max(1, expires_in - min(EARLY_REFRESH_SECONDS, expires_in // 5))


class AccessTokenCache:
    def __init__(
        self,
        redis: Redis,
        fetch: TokenFetcher,
        *,
        lock_ttl_seconds: float,
        wait_seconds: float,
        poll_seconds: float = 0.05,
    ) -> None:
        self.redis = redis
        self.fetch = fetch
        self.lock_ttl_ms = int(lock_ttl_seconds * 1000)
        self.wait_seconds = wait_seconds
        self.poll_seconds = poll_seconds
        self._compare_and_delete = redis.register_script(_COMPARE_AND_DELETE)
        self._inflight: dict[str, asyncio.Task[str]] = {}

    async def get(self, appid: str) -> str:
        """The cached token, or a fresh one fetched by exactly one process."""
        token = await self._cached(appid)
        if token:
            return token
        # Callers in this process share one refresh, so only one of them polls Redis and contends for the lock.
        task = self._inflight.get(appid)
        if task is None:
            task = asyncio.create_task(self._refresh(appid), name=f"wechat-token-refresh:{appid}")
            self._inflight[appid] = task
            task.add_done_callback(lambda done: self._refresh_done(appid, done))
        # A caller that gives up (timeout, cancellation) must not cancel the refresh the others wait for.
        return await asyncio.shield(task)

    def _refresh_done(self, appid: str, task: asyncio.Task[str]) -> None:
        if self._inflight.get(appid) is task:
            del self._inflight[appid]
        if not task.cancelled():
            task.exception()  # retrieved here, so a refresh nobody awaits any more logs no "never retrieved"

    async def discard(self, appid: str, failed_token: str) -> bool:
        """Forget `failed_token` if the cache still holds it; True if it was removed."""
        removed = await self._compare_and_delete(keys=[TOKEN_KEY.format(appid)], args=[failed_token])
        return bool(removed)

    async def _cached(self, appid: str) -> str | None:
        token = await self.redis.get(TOKEN_KEY.format(appid))
        if isinstance(token, bytes):  # a client without decode_responses
            token = token.decode()
        return token or None

    async def _refresh(self, appid: str) -> str:
        token_key, lock_key, failed_key = TOKEN_KEY.format(appid), LOCK_KEY.format(appid), FAILED_KEY.format(appid)
        owner = secrets.token_hex(16)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.wait_seconds
        while True:
            if await self.redis.exists(failed_key):
                raise TokenRefreshFailed(appid)
            if await self.redis.set(lock_key, owner, nx=True, px=self.lock_ttl_ms):
                try:
                    # Someone may have refreshed (or failed to) between our last look and taking the lock.
                    if cached := await self._cached(appid):
                        return cached
                    if await self.redis.exists(failed_key):
                        raise TokenRefreshFailed(appid)
                    try:
                        token, expires_in = await self.fetch(appid)
                    except Exception:
                        await self.redis.set(failed_key, "1", px=FAILURE_BACKOFF_MS)
                        raise
                    await self.redis.set(token_key, token, ex=cache_ttl(expires_in))
                    log.info("wechat access_token refreshed for %s (expires_in=%s)", appid, expires_in)
                    return token
                finally:
                    await self._compare_and_delete(keys=[lock_key], args=[owner])
            await asyncio.sleep(self.poll_seconds)
            if cached := await self._cached(appid):
                return cached
            if loop.time() >= deadline:
                raise TokenRefreshTimeout(appid)
