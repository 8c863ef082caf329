"""Authentication: mini-program sessions (opaque tokens in Redis) and staff accounts with roles."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from aiohttp import web
from redis.asyncio import Redis

from core import ratelimit
from core.districts import district_slug
from core.errors import Forbidden, Unauthorized
from core.keys import REDIS, SETTINGS
from core.models import StaffAccount, StaffRole
from core.passwords import token_expired
from core.tokens import token_digest

SESSION_PREFIX = "auth:session:"
USER_SESSIONS_PREFIX = "auth:user-sessions:"
SESSION_KEY_PREFIX = "auth:wx-session-key:"
STAFF_TOKEN_PREFIX = "jlst_"
STAFF_SEEN_EVERY_SECONDS = 300
# Set on a request by core.api when its parameters failed validation: the handler runs only up to its
# current_staff/current_citizen call, so the caller is authenticated and authorised before hearing about the body.
AUTH_PROBE = web.RequestKey("auth_probe", bool)


class AuthorisationPassed(Exception):  # a signal, not an error
    """Raised instead of returning the caller when AUTH_PROBE is set: the caller may use the route."""


def _end_of_probe(request: web.Request) -> None:
    if request.get(AUTH_PROBE):
        raise AuthorisationPassed


STAFF_ACCOUNT = web.RequestKey("staff_account", StaffAccount)


@dataclass(frozen=True)
class CitizenSession:
    user_id: int
    openid: str


async def create_session(redis: Redis, *, user_id: int, openid: str, ttl_seconds: int) -> str:
    """A new opaque bearer token; only its digest is stored."""
    token = secrets.token_urlsafe(32)
    digest = token_digest(token)
    payload = json.dumps({"user_id": user_id, "openid": openid})
    async with redis.pipeline(transaction=True) as pipe:
        pipe.set(SESSION_PREFIX + digest, payload, ex=ttl_seconds)
        pipe.sadd(USER_SESSIONS_PREFIX + str(user_id), digest)
        pipe.expire(USER_SESSIONS_PREFIX + str(user_id), ttl_seconds)
        await pipe.execute()
    return token


async def store_wechat_session_key(redis: Redis, *, user_id: int, session_key: str, ttl_seconds: int) -> None:
    """WeChat's session_key stays on the server (needed to verify signed user data), never in a reply."""
    await redis.set(SESSION_KEY_PREFIX + str(user_id), session_key, ex=ttl_seconds)


async def resolve_session(redis: Redis, token: str) -> CitizenSession | None:
    raw = await redis.get(SESSION_PREFIX + token_digest(token))
    if raw is None:
        return None
    data = json.loads(raw)
    return CitizenSession(user_id=int(data["user_id"]), openid=str(data["openid"]))


async def revoke_session(redis: Redis, token: str) -> None:
    digest = token_digest(token)
    raw = await redis.get(SESSION_PREFIX + digest)
    await redis.delete(SESSION_PREFIX + digest)
    if raw is not None:
        await redis.srem(USER_SESSIONS_PREFIX + str(json.loads(raw)["user_id"]), digest)


async def revoke_user_sessions(redis: Redis, user_id: int) -> int:
    """Log a user out everywhere (e.g. account deletion)."""
    key = USER_SESSIONS_PREFIX + str(user_id)
    digests = await redis.smembers(key)
    if digests:
        await redis.delete(*(SESSION_PREFIX + d for d in digests))
    await redis.delete(key)
    return len(digests)


def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


# Bearer tokens are 256-bit random strings naming no account, so guessing is throttled per client address:
# once an address has sent too many wrong tokens it gets 429 (Retry-After) until its window ends.
TOKEN_FAILURES = "token_failures_per_client"


async def _check_token_throttle(request: web.Request) -> None:
    await ratelimit.check(request, ratelimit.configured(request, TOKEN_FAILURES), ratelimit.client_address(request))


async def _token_failed(request: web.Request) -> None:
    limit = ratelimit.configured(request, TOKEN_FAILURES)
    await ratelimit.record_failure(request, limit, ratelimit.client_address(request))


async def current_citizen(request: web.Request) -> CitizenSession:
    """The mini-program user behind this request; 401 without a valid session, 429 after too many bad tokens."""
    token = bearer_token(request)
    if token is None:
        raise Unauthorized("请先登录", code="login_required")
    await _check_token_throttle(request)
    session = await resolve_session(request.config_dict[REDIS], token)
    if session is None:
        await _token_failed(request)
        raise Unauthorized("登录已过期，请重新登录", code="session_expired", bearer_error="invalid_token")
    _end_of_probe(request)
    return session


# --- staff -------------------------------------------------------------------------------------------


def new_staff_token() -> tuple[str, str]:
    """(token shown once to the person, digest stored)."""
    token = STAFF_TOKEN_PREFIX + secrets.token_urlsafe(32)
    return token, token_digest(token)


async def create_staff(
    *, username: str, display_name: str, roles: list[StaffRole], district: str | None = None
) -> tuple[StaffAccount, str]:
    """`district` in any spelling core.districts accepts (slug, name, code, alias); stored as the slug."""
    token, digest = new_staff_token()
    account = await StaffAccount.create(
        username=username,
        display_name=display_name,
        roles=[StaffRole(r).value for r in roles],
        district=district_slug(district),
        token_hash=digest,
        token_issued_at=datetime.now(UTC),
    )
    return account, token


async def rotate_staff_token(account: StaffAccount) -> str:
    token, digest = new_staff_token()
    account.token_hash = digest
    account.token_issued_at = datetime.now(UTC)
    await account.save(update_fields=["token_hash", "token_issued_at"])
    return token


async def current_staff(request: web.Request, *roles: StaffRole) -> StaffAccount:
    """The staff member behind this request; 401 without a valid token, 403 without one of `roles`.

    With no roles given, any active staff account passes. `admin` passes every check.
    """
    token = bearer_token(request)
    if token is None:
        raise Unauthorized("请使用工作人员账号登录", code="staff_login_required")
    await _check_token_throttle(request)
    account = None
    if token.startswith(STAFF_TOKEN_PREFIX):
        account = await StaffAccount.get_or_none(token_hash=token_digest(token), active=True)
    if account is None:
        await _token_failed(request)
        raise Unauthorized("工作人员令牌无效或已停用", code="staff_token_invalid", bearer_error="invalid_token")
    if token_expired(account, request.config_dict[SETTINGS]):
        raise Unauthorized("API 令牌已过期，请重新生成", code="staff_token_expired", bearer_error="invalid_token")
    request[STAFF_ACCOUNT] = account  # who acted, for the audit log (admin_api.audit)
    if roles and not account.has_role(*roles):
        raise Forbidden("您的岗位没有执行此操作的权限", code="role_required", required=[r.value for r in roles])
    _end_of_probe(request)
    # One write per account per few minutes, not one per request: a burst would queue on the row lock.
    if await request.config_dict[REDIS].set(f"auth:staff-seen:{account.id}", 1, nx=True, ex=STAFF_SEEN_EVERY_SECONDS):
        await StaffAccount.filter(id=account.id).update(last_seen_at=datetime.now(UTC))
    return account


def session_ttl(request: web.Request) -> int:
    return request.config_dict[SETTINGS].session_ttl_seconds
