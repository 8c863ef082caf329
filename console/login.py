"""Login (password, then the TOTP code when enabled), forced password change, logout, logout everywhere, TOTP setup."""

from __future__ import annotations

import hmac
import secrets

from aiohttp import web

from console.pages import (
    LOGIN,
    VISITOR,
    clear_session_cookie,
    current_visitor,
    flash,
    form_data,
    page,
    redirect,
    redis_of,
    render,
    safe_next,
    set_session_cookie,
    settings_of,
)
from core import audit, staff_sessions, totp
from core.models import StaffAccount
from core.passwords import check_complexity, check_login, record_failure, record_success, set_password, verify_password
from core.staff_sessions import COOKIE_NAME, COOKIE_PATH

routes = web.RouteTableDef()
LOGIN_CSRF_COOKIE = "jl_login_csrf"  # double-submit token of the login form (there is no session yet)
TOTP_PENDING_PREFIX = "staff:console:totp-pending:"
TOTP_ISSUER = "呼和浩特计量"
GENERIC_FAILURE = "用户名或密码错误"


async def _login_form(request: web.Request, *, error: str = "", username: str = "", status: int = 200) -> web.Response:
    token = secrets.token_urlsafe(24)
    context = {"error": error, "username": username, "login_csrf": token, "next": safe_next(request.query.get("next"))}
    response = await render(request, "login.html", context, status=status)
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        path=COOKIE_PATH,
        httponly=True,
        secure=settings_of(request).secure_cookies,
        samesite="Strict",
    )
    return response


@routes.get("/console")
async def console_root(request: web.Request) -> web.StreamResponse:
    del request
    raise redirect("/console/")


@routes.get(LOGIN)
async def login_page(request: web.Request) -> web.StreamResponse:
    visitor = await current_visitor(request)
    if visitor is not None and visitor.session.complete:
        raise redirect("/console/")
    return await _login_form(request)


def _login_csrf_ok(request: web.Request, submitted: str) -> bool:
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    return bool(cookie) and hmac.compare_digest(cookie, submitted)


@routes.post(LOGIN)
async def login_submit(request: web.Request) -> web.StreamResponse:
    form = await form_data(request)
    username = form.get("username", "").strip()
    if not _login_csrf_ok(request, form.get("login_csrf", "")):
        return await _login_form(request, error="页面已过期，请重新登录", username=username, status=403)
    settings = settings_of(request)
    result = await check_login(username, form.get("password", ""), settings)
    if not result.ok:
        message = GENERIC_FAILURE
        if result.reason == "locked" or result.locked_now:
            message = f"登录失败次数过多，账号已锁定，请{settings.staff_lockout_minutes}分钟后再试或联系系统管理员"
        await audit.record(
            request,
            "login.failure",
            actor=result.account,
            actor_name=result.account.display_name if result.account else username[:64] or "（空）",
            details={"username": username[:64], "reason": result.reason},
        )
        if result.locked_now and result.account is not None:
            await audit.record(
                request,
                "login.locked",
                actor=result.account,
                details={"minutes": settings.staff_lockout_minutes, "threshold": settings.staff_lockout_threshold},
            )
        return await _login_form(request, error=message, username=username, status=401)

    account = result.account
    assert account is not None
    stage = "password" if account.totp_enabled else "full"
    token = await staff_sessions.create(
        redis_of(request), settings, staff_id=account.id, ip=audit.client_ip(request), stage=stage
    )
    if stage == "password":
        target = "/console/login/totp?next=" + safe_next(form.get("next"))
    else:
        await record_success(account)
        await audit.record(request, "login.success", actor=account, details={"second_factor": False})
        target = safe_next(form.get("next"))
    response = web.HTTPFound(target)
    set_session_cookie(response, request, token)
    response.del_cookie(LOGIN_CSRF_COOKIE, path=COOKIE_PATH)
    raise response


async def _pending_second_factor(request: web.Request) -> tuple[StaffAccount, staff_sessions.StaffSession, str]:
    token = request.cookies.get(COOKIE_NAME)
    session = await staff_sessions.resolve(redis_of(request), settings_of(request), token)
    if session is None or token is None or session.stage != "password":
        raise redirect(LOGIN)
    account = await StaffAccount.get_or_none(id=session.staff_id, active=True)
    if account is None or not account.totp_enabled or not account.totp_secret:
        raise redirect(LOGIN)
    return account, session, token


@routes.get("/console/login/totp")
async def totp_page(request: web.Request) -> web.StreamResponse:
    _, session, _ = await _pending_second_factor(request)
    context = {"error": "", "csrf_token": session.csrf_token, "next": safe_next(request.query.get("next"))}
    return await render(request, "login_totp.html", context)


@routes.post("/console/login/totp")
async def totp_submit(request: web.Request) -> web.StreamResponse:
    account, session, token = await _pending_second_factor(request)
    form = await form_data(request)
    if not staff_sessions.csrf_ok(session, form.get("csrf_token")):
        raise redirect(LOGIN)
    redis, settings = redis_of(request), settings_of(request)
    step = totp.matching_step(account.totp_secret or "", form.get("code", ""))
    if step is None or not await staff_sessions.totp_step_unused(redis, account.id, step):
        locked = await record_failure(account, settings)
        await audit.record(request, "login.totp_failure", actor=account, details={"locked": locked})
        if locked:
            await staff_sessions.destroy(redis, token, staff_id=account.id)
            await audit.record(
                request, "login.locked", actor=account, details={"minutes": settings.staff_lockout_minutes}
            )
            raise redirect(LOGIN)
        context = {"error": "动态验证码不正确或已使用", "csrf_token": session.csrf_token, "next": form.get("next", "")}
        return await render(request, "login_totp.html", context, status=401)
    await record_success(account)
    new_token = await staff_sessions.complete_second_factor(redis, settings, token, session)
    await audit.record(request, "login.success", actor=account, details={"second_factor": True})
    response = web.HTTPFound(safe_next(form.get("next")))
    set_session_cookie(response, request, new_token)
    raise response


@routes.post("/console/logout")
@page(allow_password_change_pending=True)
async def logout(request: web.Request) -> web.StreamResponse:
    visitor = request[VISITOR]
    await staff_sessions.destroy(redis_of(request), visitor.token, staff_id=visitor.staff.id)
    await audit.record(request, "logout", actor=visitor.staff)
    response = web.HTTPFound(LOGIN)
    clear_session_cookie(response)
    raise response


@routes.post("/console/logout-everywhere")
@page(allow_password_change_pending=True)
async def logout_everywhere(request: web.Request) -> web.StreamResponse:
    visitor = request[VISITOR]
    count = await staff_sessions.destroy_all(redis_of(request), visitor.staff.id)
    await audit.record(request, "logout.everywhere", actor=visitor.staff, details={"sessions": count})
    response = web.HTTPFound(LOGIN)
    clear_session_cookie(response)
    raise response


# --- password ----------------------------------------------------------------------------------------


@routes.get("/console/password")
@page(allow_password_change_pending=True)
async def password_page(request: web.Request) -> web.StreamResponse:
    return await render(
        request, "password.html", {"error": "", "min_length": settings_of(request).staff_password_min_length}
    )


@routes.post("/console/password")
@page(allow_password_change_pending=True)
async def password_submit(request: web.Request) -> web.StreamResponse:
    visitor = request[VISITOR]
    staff = visitor.staff
    settings = settings_of(request)
    form = await form_data(request)
    new = form.get("new_password", "")
    error = ""
    if not verify_password(staff.password_hash, form.get("current_password", "")):
        error = "当前密码不正确"
    elif new != form.get("confirm_password", ""):
        error = "两次输入的新密码不一致"
    elif verify_password(staff.password_hash, new):
        error = "新密码不能与当前密码相同"
    else:
        try:
            check_complexity(new, username=staff.username, min_length=settings.staff_password_min_length)
        except Exception as exc:  # InvalidInput: its message lists what to fix
            error = getattr(exc, "message", str(exc))
    if error:
        context = {"error": error, "min_length": settings.staff_password_min_length}
        return await render(request, "password.html", context, status=422)
    was_forced = staff.password_must_change
    await set_password(staff, new, must_change=False)
    # Every other session of this account ends; this browser gets a fresh one.
    await staff_sessions.destroy_all(redis_of(request), staff.id)
    token = await staff_sessions.create(redis_of(request), settings, staff_id=staff.id, ip=audit.client_ip(request))
    await audit.record(request, "password.change", actor=staff, details={"forced": was_forced})
    response = web.HTTPFound("/console/")
    set_session_cookie(response, request, token)
    raise response


# --- TOTP setup --------------------------------------------------------------------------------------


@routes.get("/console/account")
@page()
async def account_page(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    context: dict[str, object] = {"secret": "", "uri": ""}
    if not staff.totp_enabled:
        redis = redis_of(request)
        key = TOTP_PENDING_PREFIX + str(staff.id)
        secret = await redis.get(key)
        secret = secret.decode() if isinstance(secret, bytes) else secret
        if not secret:
            secret = totp.new_secret()
            await redis.set(key, secret, ex=900)
        context = {"secret": secret, "uri": totp.provisioning_uri(secret, account=staff.username, issuer=TOTP_ISSUER)}
    return await render(request, "account.html", context)


@routes.post("/console/account/totp/enable")
@page()
async def totp_enable(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    redis = redis_of(request)
    raw = await redis.get(TOTP_PENDING_PREFIX + str(staff.id))
    secret = raw.decode() if isinstance(raw, bytes) else raw
    form = await form_data(request)
    step = totp.matching_step(secret or "", form.get("code", "")) if secret else None
    if step is None or not await staff_sessions.totp_step_unused(redis, staff.id, step):
        await flash(request, "验证码不正确，请核对手机上的动态验证码后重试", "error")
        raise redirect("/console/account")
    staff.totp_secret, staff.totp_enabled = secret, True
    await staff.save(update_fields=["totp_secret", "totp_enabled"])
    await redis.delete(TOTP_PENDING_PREFIX + str(staff.id))
    await audit.record(request, "totp.enable", actor=staff, target=f"staff:{staff.id}")
    await flash(request, "已启用动态验证码，下次登录时需要输入")
    raise redirect("/console/account")


@routes.post("/console/account/totp/disable")
@page()
async def totp_disable(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    form = await form_data(request)
    if not verify_password(staff.password_hash, form.get("password", "")):
        await flash(request, "密码不正确，动态验证码未停用", "error")
        raise redirect("/console/account")
    staff.totp_secret, staff.totp_enabled = None, False
    await staff.save(update_fields=["totp_secret", "totp_enabled"])
    await audit.record(request, "totp.disable", actor=staff, target=f"staff:{staff.id}")
    await flash(request, "已停用动态验证码")
    raise redirect("/console/account")
