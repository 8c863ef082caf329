"""Mini-program login: wx.login code -> code2Session -> our own session token; phone number binding; logout.

WeChat's session_key stays on the server (core.auth.store_wechat_session_key); the client only ever holds our
opaque bearer token. Phone numbers leave the server masked.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from aiohttp import web
from aiohttp_pydantic.oas.typing import r403, r429, r503
from pydantic import BaseModel, Field

from core import ratelimit
from core.api import api, ok, r200, r204, r401, r422
from core.auth import (
    bearer_token,
    create_session,
    current_citizen,
    revoke_session,
    revoke_user_sessions,
    session_ttl,
    store_wechat_session_key,
)
from core.errors import Forbidden, InvalidInput, ServiceError, TooManyRequests, Unauthorized, UpstreamUnavailable
from core.fields import Text
from core.keys import REDIS, WECHAT
from core.models import MiniappUser
from core.privacy import mask_phone
from core.wechat import WeChatError, WeChatInvalidCode, WeChatRateLimited, WeChatUnavailable

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

WECHAT_USER_BLOCKED = 40226  # code2Session: a high-risk user, login intercepted by WeChat


class LoginRequest(BaseModel):
    code: str = Field(min_length=1, max_length=128, description="wx.login() 返回的临时登录凭证 code")


class PhoneBindRequest(BaseModel):
    code: Text(128, min_length=1) = Field(description="手机号快速验证组件 getPhoneNumber 返回的 code")


class MiniappUserRead(BaseModel):
    id: int
    has_phone: bool
    phone_masked: str | None

    @classmethod
    def of(cls, user: MiniappUser) -> MiniappUserRead:
        return cls(id=user.id, has_phone=bool(user.phone), phone_masked=mask_phone(user.phone))


class LoginReply(BaseModel):
    token: str = Field(description="之后的请求以 Authorization: Bearer <token> 携带")
    expires_in: int = Field(description="登录态有效期（秒）")
    user: MiniappUserRead


class LogoutEverywhereReply(BaseModel):
    revoked_sessions: int = Field(description="退出登录的设备（会话）数，含本设备")


def _upstream(exc: WeChatError, action: str) -> ServiceError:
    """A WeChat failure that is not the user's fault: 503 (429 when WeChat throttles this user)."""
    if isinstance(exc, WeChatRateLimited):
        return TooManyRequests("操作过于频繁，请稍后再试", code="wechat_rate_limited")
    if not isinstance(exc, WeChatUnavailable) and not exc.transient:
        # Configuration or contract trouble (wrong secret, IP whitelist ...): the operators must see it.
        log.error("wechat %s failed: errcode %s %s", action, exc.errcode, exc.errmsg)
    return UpstreamUnavailable("微信服务暂时不可用，请稍后再试", code="upstream_unavailable")


@routes.post("/api/v1/miniapp/login")
@api.and_request
async def login(
    request: web.Request, body: LoginRequest
) -> r200[LoginReply] | r401[None] | r403[None] | r422[None] | r429[None] | r503[None]:
    """小程序登录：用 wx.login 的 code 换取本系统的登录令牌。"""
    # Guessed codes are throttled per address (failures only: many phones share a carrier's NAT address), and
    # logins per WeChat user.
    failures = [("login_failures_per_client", ratelimit.client_address(request))]
    await ratelimit.check_all(request, failures)
    try:
        session = await request.config_dict[WECHAT].code2session(body.code)
    except WeChatInvalidCode as exc:
        await ratelimit.record_failures(request, failures)
        if exc.errcode == 40163:
            raise Unauthorized("登录凭证已被使用，请重新进入小程序登录", code="login_code_used") from None
        raise Unauthorized("登录凭证无效或已过期，请重新进入小程序登录", code="login_code_invalid") from None
    except WeChatError as exc:
        if exc.errcode == WECHAT_USER_BLOCKED:
            raise Forbidden("该微信账号存在安全风险，暂时无法登录", code="wechat_user_blocked") from None
        raise _upstream(exc, "code2session") from None

    await ratelimit.count(request, ratelimit.configured(request, "login_per_account"), session.openid)
    now = datetime.now(UTC)
    # get_or_create survives two simultaneous first logins (unique openid; the loser re-reads).
    user, _ = await MiniappUser.get_or_create(openid=session.openid, defaults={"unionid": session.unionid})
    changes: dict[str, object] = {"last_login_at": now}
    if session.unionid and user.unionid != session.unionid:
        changes["unionid"] = session.unionid
    await MiniappUser.filter(id=user.id).update(**changes)

    redis, ttl = request.config_dict[REDIS], session_ttl(request)
    token = await create_session(redis, user_id=user.id, openid=user.openid, ttl_seconds=ttl)
    await store_wechat_session_key(redis, user_id=user.id, session_key=session.session_key, ttl_seconds=ttl)
    return ok(LoginReply(token=token, expires_in=ttl, user=MiniappUserRead.of(user)))


async def _current_user(request: web.Request) -> MiniappUser:
    citizen = await current_citizen(request)
    user = await MiniappUser.get_or_none(id=citizen.user_id)
    if user is None:  # the account was deleted while a session was still alive
        raise Unauthorized("登录已过期，请重新登录", code="session_expired")
    return user


@routes.post("/api/v1/miniapp/phone")
@api.and_request
async def bind_phone(
    request: web.Request, body: PhoneBindRequest
) -> r200[MiniappUserRead] | r401[None] | r422[None] | r429[None] | r503[None]:
    """绑定手机号：用手机号快速验证组件的 code 向微信换取手机号（只返回打码后的号码）。"""
    user = await _current_user(request)
    try:
        phone = await request.config_dict[WECHAT].phone_number(body.code)
    except WeChatInvalidCode:
        raise InvalidInput("手机号授权已失效，请重新点击授权", code="phone_code_invalid") from None
    except WeChatError as exc:
        raise _upstream(exc, "getuserphonenumber") from None
    user.phone = phone
    await user.save(update_fields=["phone"])
    return ok(MiniappUserRead.of(user))


@routes.get("/api/v1/miniapp/me")
@api.and_request
async def me(request: web.Request) -> r200[MiniappUserRead] | r401[None]:
    """当前登录用户（手机号打码显示）。"""
    return ok(MiniappUserRead.of(await _current_user(request)))


@routes.post("/api/v1/miniapp/logout")
@api.and_request
async def logout(request: web.Request, all: bool = False) -> r200[LogoutEverywhereReply] | r204[None] | r401[None]:
    """退出登录：本令牌立即失效；`?all=1` 退出所有设备（例如手机丢失后）。"""
    citizen = await current_citizen(request)
    redis = request.config_dict[REDIS]
    if all:
        return ok(LogoutEverywhereReply(revoked_sessions=await revoke_user_sessions(redis, citizen.user_id)))
    token = bearer_token(request)
    assert token is not None  # current_citizen has checked it
    await revoke_session(redis, token)
    return web.Response(status=204)
