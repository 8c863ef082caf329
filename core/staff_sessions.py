"""Staff console sessions in Redis: an opaque cookie token, idle and absolute expiry, a CSRF token per session,
logout and logout-everywhere. Any web process can serve any request (nothing is kept in memory).
"""

from __future__ import annotations

import hmac
import json
import secrets
import time
from dataclasses import asdict, dataclass

from redis.asyncio import Redis

from core.settings import Settings
from core.tokens import token_digest

SESSION_PREFIX = "staff:console:session:"
ACCOUNT_SESSIONS_PREFIX = "staff:console:sessions:"
TOTP_STEP_PREFIX = "staff:console:totp-step:"
COOKIE_NAME = "jl_console"
COOKIE_PATH = "/console"


@dataclass(frozen=True)
class StaffSession:
    staff_id: int
    created_at: float
    csrf_token: str
    ip: str
    # "password": the password was right but the TOTP code is still due; "full": logged in.
    stage: str = "full"

    @property
    def complete(self) -> bool:
        return self.stage == "full"


def _idle(settings: Settings) -> int:
    return settings.staff_session_idle_minutes * 60


def _absolute(settings: Settings) -> int:
    return settings.staff_session_absolute_hours * 3600


def _ttl(session: StaffSession, settings: Settings, now: float) -> int:
    """Redis expiry: the idle timeout, never past the absolute end."""
    remaining = int(session.created_at + _absolute(settings) - now)
    return max(1, min(_idle(settings), remaining))


async def create(redis: Redis, settings: Settings, *, staff_id: int, ip: str, stage: str = "full") -> str:
    """A new session; the cookie carries the returned token, Redis only its digest."""
    token = secrets.token_urlsafe(32)
    now = time.time()
    session = StaffSession(staff_id=staff_id, created_at=now, csrf_token=secrets.token_urlsafe(32), ip=ip, stage=stage)
    digest = token_digest(token)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.set(SESSION_PREFIX + digest, json.dumps(asdict(session)), ex=_ttl(session, settings, now))
        pipe.sadd(ACCOUNT_SESSIONS_PREFIX + str(staff_id), digest)
        pipe.expire(ACCOUNT_SESSIONS_PREFIX + str(staff_id), _absolute(settings))
        await pipe.execute()
    return token


async def resolve(redis: Redis, settings: Settings, token: str | None) -> StaffSession | None:
    """The live session for this cookie, its idle timer restarted; None when missing, idle or past its end."""
    if not token:
        return None
    key = SESSION_PREFIX + token_digest(token)
    raw = await redis.get(key)
    if raw is None:
        return None
    session = StaffSession(**json.loads(raw))
    now = time.time()
    if now >= session.created_at + _absolute(settings):
        await redis.delete(key)
        return None
    await redis.expire(key, _ttl(session, settings, now))
    return session


async def complete_second_factor(redis: Redis, settings: Settings, token: str, session: StaffSession) -> str:
    """After the TOTP code: a new token for the full session (the pre-2FA cookie cannot be reused)."""
    await destroy(redis, token, staff_id=session.staff_id)
    return await create(redis, settings, staff_id=session.staff_id, ip=session.ip, stage="full")


async def destroy(redis: Redis, token: str, *, staff_id: int) -> None:
    digest = token_digest(token)
    await redis.delete(SESSION_PREFIX + digest)
    await redis.srem(ACCOUNT_SESSIONS_PREFIX + str(staff_id), digest)


async def destroy_all(redis: Redis, staff_id: int) -> int:
    """Logout everywhere: every console session of the account (password change, reset, deactivation)."""
    key = ACCOUNT_SESSIONS_PREFIX + str(staff_id)
    digests = await redis.smembers(key)
    names = [SESSION_PREFIX + (d.decode() if isinstance(d, bytes) else d) for d in digests]
    count = int(await redis.delete(*names)) if names else 0
    await redis.delete(key)
    return count


def csrf_ok(session: StaffSession, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(session.csrf_token, submitted or "")


async def totp_step_unused(redis: Redis, staff_id: int, step: int) -> bool:
    """Each code works once: remember the last accepted step (a replayed or older code is refused)."""
    key = TOTP_STEP_PREFIX + str(staff_id)
    last = await redis.get(key)
    if last is not None and int(last) >= step:
        return False
    await redis.set(key, step, ex=600)
    return True
