"""A token bucket in Redis shared by every worker process: WeChat's rate limits are per account, not per process.

One Lua script does refill, take and reserve atomically. A caller that finds the bucket short reserves its
tokens anyway (the count goes negative) and is told how long to wait, so waiting callers are served in order at
exactly the configured rate instead of polling. Reservations further ahead than `max_wait` are refused.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from redis.asyncio import Redis

# KEYS[1]: bucket hash. ARGV: rate per second, capacity, tokens wanted, max wait (ms), now (ms, '' = Redis TIME).
# Returns the wait in ms before the tokens may be used (>= 0, reserved), or -(ms) to come back later (not reserved).
_TAKE = """
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
    redis: Redis
    key: str
    rate_per_second: float
    capacity: float
    max_wait_seconds: float = 5.0

    async def try_take(self, tokens: float = 1, *, now_ms: int | None = None) -> float:
        """Reserve tokens: seconds to wait before using them (>= 0), or a negative hint when refused."""
        result = await self.redis.eval(
            _TAKE,
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
        """WeChat said 45009 (too fast): hold every worker back for `seconds`."""
        await self.redis.eval(
            _TAKE, 1, self.key, self.rate_per_second, self.capacity, self.rate_per_second * seconds, 10**9, ""
        )
