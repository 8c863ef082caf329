"""What every console page shares: the logged-in staff member, role checks, CSRF, flash messages, rendering."""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from redis.asyncio import Redis

from core import staff_sessions
from core.errors import Forbidden, InvalidInput
from core.keys import REDIS, SETTINGS
from core.models import StaffAccount, StaffRole
from core.settings import Settings
from core.staff_sessions import COOKIE_NAME, COOKIE_PATH, StaffSession

FLASH_PREFIX = "staff:console:flash:"
FLASH_TTL = 300
LOGIN = "/console/login"
PASSWORD = "/console/password"

Page = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Visitor:
    """The staff member behind a console request and their session."""

    staff: StaffAccount
    session: StaffSession
    token: str


VISITOR = web.RequestKey("console_visitor", Visitor)


def settings_of(request: web.Request) -> Settings:
    return request.config_dict[SETTINGS]


def redis_of(request: web.Request) -> Redis:
    return request.config_dict[REDIS]


def set_session_cookie(response: web.StreamResponse, request: web.Request, token: str) -> None:
    settings = settings_of(request)
    response.set_cookie(
        COOKIE_NAME,
        token,
        path=COOKIE_PATH,
        httponly=True,
        secure=settings.secure_cookies,
        samesite="Lax",  # plus the synchronizer token on every form: Strict would break links from notifications
        max_age=settings.staff_session_absolute_hours * 3600,
    )


def clear_session_cookie(response: web.StreamResponse) -> None:
    response.del_cookie(COOKIE_NAME, path=COOKIE_PATH)


async def current_visitor(request: web.Request) -> Visitor | None:
    token = request.cookies.get(COOKIE_NAME)
    session = await staff_sessions.resolve(redis_of(request), settings_of(request), token)
    if session is None or token is None:
        return None
    staff = await StaffAccount.get_or_none(id=session.staff_id, active=True)
    if staff is None:
        await staff_sessions.destroy(redis_of(request), token, staff_id=session.staff_id)
        return None
    return Visitor(staff=staff, session=session, token=token)


async def check_csrf(request: web.Request, session: StaffSession) -> None:
    submitted = request.headers.get("X-CSRF-Token")
    if submitted is None:
        form = await request.post()
        value = form.get("csrf_token")
        submitted = value if isinstance(value, str) else None
    if not staff_sessions.csrf_ok(session, submitted):
        raise Forbidden("页面已过期或请求来源不明，请刷新页面后重试", code="csrf_failed")


def page(*roles: StaffRole, allow_password_change_pending: bool = False) -> Callable[[Page], Page]:
    """A console handler for a logged-in staff member with one of `roles` (admin passes every check).

    Not logged in: to the login page. Password change due: to the change page. POST: the session's CSRF token.
    """

    def decorate(handler: Page) -> Page:
        @functools.wraps(handler)
        async def wrapper(request: web.Request) -> web.StreamResponse:
            visitor = await current_visitor(request)
            if visitor is None or not visitor.session.complete:
                target = request.path_qs if request.method == "GET" else "/console/"
                raise web.HTTPFound(f"{LOGIN}?next={_quote(target)}")
            if visitor.staff.password_must_change and not allow_password_change_pending:
                raise web.HTTPFound(PASSWORD)
            if request.method not in ("GET", "HEAD"):
                await check_csrf(request, visitor.session)
            if roles and not visitor.staff.has_role(*roles):
                raise Forbidden("您的岗位没有访问此页面的权限", code="role_required")
            request[VISITOR] = visitor
            return await handler(request)

        return wrapper

    return decorate


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/?=&")


def safe_next(value: str | None) -> str:
    """Only console paths: a login link must not send anyone to another site."""
    if value and value.startswith("/console/") and not value.startswith("//"):
        return value
    return "/console/"


async def flash(request: web.Request, message: str, kind: str = "ok") -> None:
    visitor = request.get(VISITOR)
    if visitor is None:
        return
    key = FLASH_PREFIX + str(visitor.session.csrf_token)
    await redis_of(request).rpush(key, json.dumps({"kind": kind, "message": message}, ensure_ascii=False))
    await redis_of(request).expire(key, FLASH_TTL)


async def take_flashes(request: web.Request) -> list[dict[str, str]]:
    visitor = request.get(VISITOR)
    if visitor is None:
        return []
    key = FLASH_PREFIX + str(visitor.session.csrf_token)
    async with redis_of(request).pipeline(transaction=True) as pipe:
        pipe.lrange(key, 0, -1)
        pipe.delete(key)
        raw, _ = await pipe.execute()
    return [json.loads(item) for item in raw]


async def render(
    request: web.Request, template: str, context: Mapping[str, Any] | None = None, *, status: int = 200
) -> web.Response:
    visitor = request.get(VISITOR)
    base = {
        "visitor": visitor,
        "staff": visitor.staff if visitor else None,
        "csrf_token": visitor.session.csrf_token if visitor else "",
        "flashes": await take_flashes(request),
        "nav": request.path,
        "Role": StaffRole,
    }
    response = await aiohttp_jinja2.render_template_async(template, request, {**base, **(context or {})})
    response.set_status(status)
    response.headers["Cache-Control"] = "no-store"
    return response


def redirect(location: str) -> web.HTTPFound:
    return web.HTTPFound(location)


async def form_data(request: web.Request) -> dict[str, str]:
    form = await request.post()
    return {key: value for key, value in form.items() if isinstance(value, str)}


def parse_day(value: str | None, label: str = "日期") -> date | None:
    """A date typed in a form or query string (年-月-日), None when blank."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{label}格式应为 年-月-日", code="invalid_date") from None
