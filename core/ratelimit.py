"""One Redis-backed fixed-window rate limiter, and the client address it keys on.

A limit is "at most N hits per W seconds" for one key (a client address, an account). The window starts at the
first hit and its counter expires with it; INCRBY and EXPIRE run in one Lua script, so concurrent hits on any
number of app processes count exactly and a counter never outlives its window.

Two ways to use it:
- `hit()` counts every attempt (e.g. logins, which each cost a call to WeChat);
- `check()` before and `hit()` after a failure only, for credentials: guessing is what gets throttled, while
  the owner of a valid credential is held up only once their address or account is already over the limit.

Limits are written "N/SECONDS" in settings (e.g. JILIANG_RATE_LIMIT_TOKEN_FAILURES_PER_CLIENT=30/600).
"""

from __future__ import annotations

import ipaddress
import math
import re
from dataclasses import dataclass
from functools import cache

from aiohttp import web
from redis.asyncio import Redis

from core.errors import TooManyRequests
from core.keys import METRICS, REDIS, SETTINGS

KEY_PREFIX = "ratelimit:"
LIMIT_SYNTAX = re.compile(r"^\s*(\d{1,9})\s*/\s*(\d{1,9})\s*$")

# KEYS[1] counter; ARGV[1] window seconds, ARGV[2] increment (0: read only). Returns {count, seconds left}.
_HIT_SCRIPT = """
local n = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then
  if n == 0 then redis.call('DEL', KEYS[1]) return {0, 0} end
  redis.call('EXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}
"""


@dataclass(frozen=True)
class Limit:
    """At most `max_hits` per `window_seconds`; `name` labels the metric and the Redis keys."""

    name: str
    max_hits: int
    window_seconds: int

    @classmethod
    def parse(cls, name: str, value: str) -> Limit:
        match = LIMIT_SYNTAX.match(value)
        if match is None or int(match[2]) == 0:
            raise ValueError(f"rate limit {name!r} must read N/SECONDS (e.g. 30/600), got {value!r}")
        return cls(name=name, max_hits=int(match[1]), window_seconds=int(match[2]))


@dataclass(frozen=True)
class Usage:
    hits: int
    retry_after: int  # seconds until the window ends

    def over(self, limit: Limit) -> bool:
        return self.hits >= limit.max_hits


async def _run(redis: Redis, limit: Limit, key: str, increment: int) -> Usage:
    hits, ttl = await redis.eval(_HIT_SCRIPT, 1, f"{KEY_PREFIX}{limit.name}:{key}", limit.window_seconds, increment)
    return Usage(hits=int(hits), retry_after=max(int(ttl), 1))


async def hit(redis: Redis, limit: Limit, key: str) -> Usage:
    """Count one attempt; the usage includes it."""
    return await _run(redis, limit, key, 1)


async def usage(redis: Redis, limit: Limit, key: str) -> Usage:
    """The current count, without adding to it."""
    return await _run(redis, limit, key, 0)


def refuse(
    request: web.Request, limit: Limit, used: Usage, message: str = "尝试次数过多，请稍后再试"
) -> TooManyRequests:
    """The 429 to raise (with Retry-After), counted in jiliang_rate_limited_total{limit=...}."""
    if (metrics := request.config_dict.get(METRICS)) is not None:
        metrics.rate_limited(limit.name)
    minutes = math.ceil(used.retry_after / 60)
    return TooManyRequests(
        f"{message}（约 {minutes} 分钟后可重试）",
        code="rate_limited",
        headers={"Retry-After": str(used.retry_after)},
        retry_after_seconds=used.retry_after,
    )


async def check(request: web.Request, limit: Limit, key: str) -> None:
    """429 if `key` has already used up `limit` (does not count this request)."""
    used = await usage(request.config_dict[REDIS], limit, key)
    if used.over(limit):
        raise refuse(request, limit, used)


async def count(request: web.Request, limit: Limit, key: str) -> None:
    """Count this request against `limit`; 429 once it goes over."""
    used = await hit(request.config_dict[REDIS], limit, key)
    if used.hits > limit.max_hits:
        raise refuse(request, limit, used)


async def record_failure(request: web.Request, limit: Limit, key: str) -> None:
    """Count a failed attempt (bad token, wrong code); the next check() refuses once the limit is reached."""
    await hit(request.config_dict[REDIS], limit, key)


async def check_all(request: web.Request, keyed: list[tuple[str, str]]) -> None:
    """check() for several (limit name in settings, key) pairs, e.g. per client and per account."""
    for name, key in keyed:
        await check(request, configured(request, name), key)


async def record_failures(request: web.Request, keyed: list[tuple[str, str]]) -> None:
    for name, key in keyed:
        await record_failure(request, configured(request, name), key)


def configured(request: web.Request, name: str) -> Limit:
    """The limit `name` as set in settings (field `rate_limit_<name>`)."""
    return _parsed(name, getattr(request.config_dict[SETTINGS], f"rate_limit_{name}"))


@cache
def _parsed(name: str, value: str) -> Limit:
    return Limit.parse(name, value)


# --- the client's address -----------------------------------------------------------------------------


@cache
def _networks(trusted: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in trusted if value.strip())


def _is_trusted(address: str, networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(request: web.Request) -> str:
    """The address of the client, for limits.

    X-Forwarded-For is believed only when the connection comes from a configured trusted proxy
    (JILIANG_TRUSTED_PROXIES); then the right-most address that is not itself a trusted proxy is the client
    (everything left of it could have been written by the client).
    """
    peer = request.remote or "unknown"
    networks = _networks(tuple(request.config_dict[SETTINGS].trusted_proxies))
    if not networks or not _is_trusted(peer, networks):
        return peer
    hops = [hop.strip() for header in request.headers.getall("X-Forwarded-For", []) for hop in header.split(",")]
    for hop in reversed([h for h in hops if h]):
        if not _is_trusted(hop, networks):
            return hop if _valid_ip(hop) else peer
    return peer


def _valid_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True
