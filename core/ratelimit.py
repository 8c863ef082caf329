"""One Redis-backed fixed-window rate limiter, and the client address it keys on.

A limit is "at most N hits per W seconds" for one key (a client address, an account). The window starts at the
first hit and its counter expires with it; INCRBY and EXPIRE run in one Lua script, so concurrent hits on any
number of app processes count exactly and a counter never outlives its window.

Two ways to use it:
- `hit()` counts every attempt (e.g. logins, which each cost a call to WeChat);
- `check()` before and `hit()` after a failure only, for credentials: guessing is what gets throttled, while
  the owner of a valid credential is held up only once their address or account is already over the limit.

Limits are written "N/SECONDS" in settings (e.g. JILIANG_RATE_LIMIT_TOKEN_FAILURES_PER_CLIENT=30/600).

A second mode, `TokenBucket`, paces work instead of refusing it: WeChat's send rates are per account, so every
worker process draws from one bucket in Redis (the campaign sender).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import math
import re
from dataclasses import dataclass
from functools import cache

from aiohttp import web
from redis.asyncio import Redis
from redis.exceptions import RedisError

from core.errors import TooManyRequests
from core.keys import METRICS, REDIS, SETTINGS

log = logging.getLogger(__name__)

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


async def enforce(
    redis: Redis, limit: Limit, key: str, *, message: str, code: str = "rate_limited", fail_open: bool = False
) -> None:
    """Count one hit for `key` and raise a 429 `code`/`message` once `limit` is exceeded (no request needed, so
    services use it too). With `fail_open`, an unreachable Redis lets the hit through instead of failing it."""
    try:
        used = await hit(redis, limit, key)
    except RedisError:
        if not fail_open:
            raise
        log.warning("rate limiter unavailable for %s; request allowed", limit.name, exc_info=True)
        return
    if used.hits > limit.max_hits:
        raise TooManyRequests(message, code=code, retry_after_seconds=used.retry_after)


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


# --- second mode: a token bucket that paces instead of refusing ------------------------------------------

# KEYS[1]: bucket hash. ARGV: rate per second, capacity, tokens wanted, max wait (ms), now (ms, '' = Redis TIME).
# Returns the wait in ms before the tokens may be used (>= 0, reserved), or -(ms) to come back later (not reserved).
_TAKE_SCRIPT = """
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local wanted = tonumber(ARGV[3])
local max_wait = tonumber(ARGV[4])
local now
if ARGV[5] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
else
  now = tonumber(ARGV[5])
end
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = capacity
  ts = now
end
if now > ts then
  tokens = math.min(capacity, tokens + (now - ts) * rate / 1000)
  ts = now
end
local wait = 0
if tokens < wanted then
  wait = math.ceil((wanted - tokens) * 1000 / rate)
  if wait > max_wait then
    return -(wait - max_wait)
  end
end
tokens = tokens - wanted
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(ts))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity + math.max(0, -tokens)) * 1000 / rate) + 60000)
return wait
"""


@dataclass(frozen=True)
class TokenBucket:
    """`rate_per_second` sustained, bursts up to `capacity`, shared by every process using `key`.

    One Lua script refills, takes and reserves atomically. A caller that finds the bucket short reserves its
    tokens anyway (the count goes negative) and is told how long to wait, so waiting callers are served in order
    at exactly the configured rate instead of polling. Reservations further ahead than `max_wait` are refused.
    """

    redis: Redis
    key: str
    rate_per_second: float
    capacity: float
    max_wait_seconds: float = 5.0

    async def try_take(self, tokens: float = 1, *, now_ms: int | None = None) -> float:
        """Reserve tokens: seconds to wait before using them (>= 0), or a negative hint when refused."""
        result = await self.redis.eval(
            _TAKE_SCRIPT,
            1,
            self.key,
            self.rate_per_second,
            self.capacity,
            tokens,
            int(self.max_wait_seconds * 1000),
            "" if now_ms is None else now_ms,
        )
        return int(result) / 1000

    async def acquire(self, tokens: float = 1) -> None:
        """Wait until `tokens` may be spent; every process sharing the key shares the rate."""
        while True:
            wait = await self.try_take(tokens)
            if wait >= 0:
                if wait:
                    await asyncio.sleep(wait)
                return
            await asyncio.sleep(min(-wait, self.max_wait_seconds))

    async def penalise(self, seconds: float) -> None:
        """The rate was exceeded anyway (WeChat's 45009): hold every process back for `seconds`."""
        await self.redis.eval(
            _TAKE_SCRIPT, 1, self.key, self.rate_per_second, self.capacity, self.rate_per_second * seconds, 10**9, ""
        )
