"""One access_token per appid, shared by every process through Redis, refreshed by one process at a time.

The refresh race that plagues WeChat SDKs (N workers each refreshing, each refresh killing the others' tokens) is
avoided three ways: the token is fetched through `stable_token` in normal mode (idempotent while valid); only the
holder of a short Redis lock fetches while the others poll the cache; and a token WeChat rejected is removed only if
the cache still holds that very token (compare-and-delete), so a late caller never throws away a fresh one.
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

    async def get(self, appid: str) -> str:
        """The cached token, or a fresh one fetched by exactly one process."""
        token = await self.redis.get(TOKEN_KEY.format(appid))
        if token:
            return str(token)
        return await self._refresh(appid)

    async def discard(self, appid: str, failed_token: str) -> bool:
        """Forget `failed_token` if the cache still holds it; True if it was removed."""
        removed = await self._compare_and_delete(keys=[TOKEN_KEY.format(appid)], args=[failed_token])
        return bool(removed)

    async def _refresh(self, appid: str) -> str:
        token_key, lock_key = TOKEN_KEY.format(appid), LOCK_KEY.format(appid)
        owner = secrets.token_hex(16)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.wait_seconds
        while True:
            if await self.redis.set(lock_key, owner, nx=True, px=self.lock_ttl_ms):
                try:
                    # Someone may have refreshed between our cache miss and taking the lock.
                    token = await self.redis.get(token_key)
                    if token:
                        return str(token)
                    token, expires_in = await self.fetch(appid)
                    await self.redis.set(token_key, token, ex=cache_ttl(expires_in))
                    log.info("wechat access_token refreshed for %s (expires_in=%s)", appid, expires_in)
                    return token
                finally:
                    await self._compare_and_delete(keys=[lock_key], args=[owner])
            await asyncio.sleep(self.poll_seconds)
            token = await self.redis.get(token_key)
            if token:
                return str(token)
            if loop.time() >= deadline:
                raise TokenRefreshTimeout(appid)
