"""Local stand-in for WeChat's server API (`jiliang sandbox`): the endpoints jiliang calls, behaving as WeChat does.

WeChat endpoints answer HTTP 200 with `{"errcode", "errmsg"}` (errmsg ends with a request id, as WeChat's does).
What it reproduces: access_tokens that expire; `/cgi-bin/token` invalidating the previous token (after a 5-minute
overlap) while `stable_token` returns the same token until its last 5 minutes; single-use 5-minute login and
phone codes; msgSecCheck v2 with configurable risky words; per-(user, template) subscribe quotas; the 48-hour
customer-service window; tokens of the wrong app (48001); \\uXXXX-escaped bodies (40033); rate limits (45009);
injected faults (-1 and any other errcode, or an HTTP status).

Control endpoints for tests and demos live under `/sandbox/...` (see CONTROL below); `GET /sandbox/stats` counts
every call and every token issued.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import re
import secrets
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from aiohttp import web

from core.settings import DEMO_MINIAPP_APPID, DEMO_MP_APPID, DEMO_SECRET, Settings

AppKind = Literal["mp", "miniapp"]

TOKEN_TTL_SECONDS = 7200
TOKEN_OVERLAP_SECONDS = 300  # an old token stays valid this long after a new /cgi-bin/token fetch
STABLE_RENEW_SECONDS = 300  # stable_token issues a new token in the last 5 minutes of the old one's life
CODE_TTL_SECONDS = 300
FORCE_REFRESH_MIN_INTERVAL = 30
MSG_SEC_MAX_CHARS = 2500
MASS_MONTHLY_LIMIT = 4
DEFAULT_RISKY_WORDS = {"赌博": 20006, "枪支弹药": 20006, "代开发票": 20008}
DEFAULT_REVIEW_WORDS = {"加微信": 10001}
# Subscribe-message field kinds and their length caps (characters), per the template field rules.
FIELD_CAPS = {
    "thing": 20,
    "phrase": 5,
    "name": 10,
    "character_string": 32,
    "number": 32,
    "letter": 32,
    "symbol": 5,
    "phone_number": 17,
    "car_number": 8,
    "amount": 32,
    "date": 40,
    "time": 40,
    "const": 20,
}
UNICODE_ESCAPE = re.compile(rb"\\u[0-9a-fA-F]{4}")
MENU_BUTTON_TYPES = {
    "click",
    "view",
    "miniprogram",
    "scancode_push",
    "scancode_waitmsg",
    "pic_sysphoto",
    "pic_photo_or_album",
    "pic_weixin",
    "location_select",
    "media_id",
    "article_id",
    "article_view_limited",
}


@dataclass
class SandboxApp:
    appid: str
    secret: str
    kind: AppKind


@dataclass
class IssuedToken:
    appid: str
    value: str
    expires_at: float
    revoked: bool = False  # killed at once ("not latest"): 40001


@dataclass
class OneTimeCode:
    expires_at: float
    used: bool = False
    openid: str = ""
    unionid: str | None = None
    phone: str = ""


@dataclass
class Fault:
    errcode: int | None
    http_status: int | None
    remaining: int
    errmsg: str


@dataclass
class SandboxState:
    apps: dict[str, SandboxApp]
    clock_offset: float = 0.0
    token_ttl: int = TOKEN_TTL_SECONDS
    tokens: dict[str, IssuedToken] = field(default_factory=dict)  # value -> token
    plain_token: dict[str, str] = field(default_factory=dict)  # appid -> latest /cgi-bin/token value
    stable_token: dict[str, str] = field(default_factory=dict)  # appid -> current stable_token value
    last_force_refresh: dict[str, float] = field(default_factory=dict)
    login_codes: dict[str, OneTimeCode] = field(default_factory=dict)
    phone_codes: dict[str, OneTimeCode] = field(default_factory=dict)
    unionids: dict[str, str] = field(default_factory=dict)  # openid -> unionid
    subscribe_quota: Counter[tuple[str, str]] = field(default_factory=Counter)
    unsubscribed: set[str] = field(default_factory=set)
    outside_window: set[str] = field(default_factory=set)
    mass_received: Counter[tuple[str, str]] = field(default_factory=Counter)  # (openid, "YYYY-MM") -> count
    mass_by_clientmsgid: dict[str, int] = field(default_factory=dict)
    next_msg_id: int = 1000
    risky_words: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_RISKY_WORDS))
    review_words: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_REVIEW_WORDS))
    faults: dict[str, deque[Fault]] = field(default_factory=dict)
    latency: dict[str, float] = field(default_factory=dict)  # endpoint -> seconds
    rate_limit: int | None = None  # calls per second over all business endpoints
    recent_calls: deque[float] = field(default_factory=deque)
    sent: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {"subscribe": [], "custom": [], "mass": []})
    menu: dict[str, Any] | None = None
    calls: Counter[str] = field(default_factory=Counter)
    tokens_issued: Counter[str] = field(default_factory=Counter)  # appid -> tokens handed out (new or same)

    def now(self) -> float:
        return time.time() + self.clock_offset

    def new_token(self, appid: str) -> IssuedToken:
        token = IssuedToken(appid=appid, value=secrets.token_urlsafe(96), expires_at=self.now() + self.token_ttl)
        self.tokens[token.value] = token
        return token


STATE = web.AppKey("sandbox_state", SandboxState)


def default_apps(settings: Settings | None = None) -> dict[str, SandboxApp]:
    if settings is None:
        pairs = [(DEMO_MP_APPID, DEMO_SECRET, "mp"), (DEMO_MINIAPP_APPID, DEMO_SECRET, "miniapp")]
    else:
        pairs = [
            (settings.mp_appid, settings.mp_secret.get_secret_value(), "mp"),
            (settings.miniapp_appid, settings.miniapp_secret.get_secret_value(), "miniapp"),
        ]
    return {appid: SandboxApp(appid=appid, secret=secret, kind=kind) for appid, secret, kind in pairs}  # type: ignore[arg-type]


# --- replies ------------------------------------------------------------------------------------------


def _rid() -> str:
    return secrets.token_hex(4) + "-" + secrets.token_hex(4) + "-" + secrets.token_hex(4)


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def wx_error(errcode: int, errmsg: str) -> web.Response:
    return web.json_response({"errcode": errcode, "errmsg": f"{errmsg} rid: {_rid()}"}, dumps=_dumps)


def wx_ok(content_type: str = "application/json", **fields: Any) -> web.Response:
    body = _dumps({"errcode": 0, "errmsg": "ok", **fields})
    return web.Response(text=body, content_type=content_type, charset="utf-8")


class WxFail(Exception):
    """Raised inside a handler: becomes a WeChat error reply."""

    def __init__(self, errcode: int, errmsg: str) -> None:
        super().__init__(errcode, errmsg)
        self.errcode = errcode
        self.errmsg = errmsg


# --- the pipeline every WeChat endpoint goes through ---------------------------------------------------

Handler = Callable[[web.Request, SandboxState, SandboxApp | None], Awaitable[web.Response]]
RouteHandler = Callable[[web.Request], Awaitable[web.Response]]


def wechat_endpoint(*, kind: AppKind | None, business: bool = True) -> Callable[[Handler], RouteHandler]:
    """Counting, latency, injected faults, rate limit, then (for `kind`) the access_token check."""

    def decorate(handler: Handler) -> RouteHandler:
        async def wrapped(request: web.Request) -> web.Response:
            state = request.app[STATE]
            path = request.path
            state.calls[path] += 1
            if delay := state.latency.get(path):
                await asyncio.sleep(delay)
            queue = state.faults.get(path)
            if queue:
                fault = queue[0]
                fault.remaining -= 1
                if fault.remaining <= 0:
                    queue.popleft()
                if fault.http_status is not None:
                    return web.Response(status=fault.http_status, text="<html>bad gateway</html>")
                assert fault.errcode is not None
                return wx_error(fault.errcode, fault.errmsg)
            if business and state.rate_limit is not None:
                now = time.monotonic()
                while state.recent_calls and state.recent_calls[0] <= now - 1.0:
                    state.recent_calls.popleft()
                if len(state.recent_calls) >= state.rate_limit:
                    return wx_error(45009, "reach max api daily quota limit")
                state.recent_calls.append(now)
            app: SandboxApp | None = None
            try:
                if kind is not None:
                    app = _check_token(state, request.query.get("access_token"), kind)
                return await handler(request, state, app)
            except WxFail as fail:
                return wx_error(fail.errcode, fail.errmsg)

        wrapped.__name__ = handler.__name__
        wrapped.__doc__ = handler.__doc__
        return wrapped

    return decorate


def _check_token(state: SandboxState, value: str | None, kind: AppKind) -> SandboxApp:
    if not value:
        raise WxFail(41001, "access_token missing")
    token = state.tokens.get(value)
    if token is None or token.revoked:
        raise WxFail(40001, "invalid credential, access_token is invalid or not latest")
    if token.expires_at <= state.now():
        raise WxFail(42001, "access_token expired")
    app = state.apps[token.appid]
    if app.kind != kind:
        raise WxFail(48001, "api unauthorized")
    return app


async def _json_body(request: web.Request, *, reject_escapes: bool = False) -> dict[str, Any]:
    raw = await request.read()
    if reject_escapes and UNICODE_ESCAPE.search(raw):
        raise WxFail(40033, "invalid charset. please check your request, if include \\uxxxx will create fail!")
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        raise WxFail(47001, "data format error") from None
    if not isinstance(body, dict):
        raise WxFail(47001, "data format error")
    return body


def _credentials(state: SandboxState, appid: str | None, secret: str | None) -> SandboxApp:
    app = state.apps.get(appid or "")
    if app is None:
        raise WxFail(40013, "invalid appid")
    if not secret or not secrets.compare_digest(secret, app.secret):
        raise WxFail(40125, "invalid appsecret")
    return app


routes = web.RouteTableDef()


# --- access_token -------------------------------------------------------------------------------------


@routes.get("/cgi-bin/token")
@wechat_endpoint(kind=None, business=False)
async def cgi_token(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    if request.query.get("grant_type") != "client_credential":
        raise WxFail(40002, "invalid grant_type")
    app = _credentials(state, request.query.get("appid"), request.query.get("secret"))
    if previous := state.tokens.get(state.plain_token.get(app.appid, "")):
        # Each fetch invalidates the previous token; both work for 5 more minutes.
        previous.expires_at = min(previous.expires_at, state.now() + TOKEN_OVERLAP_SECONDS)
    token = state.new_token(app.appid)
    state.plain_token[app.appid] = token.value
    state.tokens_issued[app.appid] += 1
    return web.json_response({"access_token": token.value, "expires_in": state.token_ttl})


@routes.post("/cgi-bin/stable_token")
@wechat_endpoint(kind=None, business=False)
async def stable_token(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await _json_body(request)
    if body.get("grant_type") != "client_credential":
        raise WxFail(40002, "invalid grant_type")
    app = _credentials(state, body.get("appid"), body.get("secret"))
    now = state.now()
    current = state.tokens.get(state.stable_token.get(app.appid, ""))
    if body.get("force_refresh"):
        last = state.last_force_refresh.get(app.appid)
        if last is not None and now - last < FORCE_REFRESH_MIN_INTERVAL:
            raise WxFail(45009, "reach max api daily quota limit, force refresh too frequently")
        state.last_force_refresh[app.appid] = now
        if current is not None:
            current.revoked = True
        current = None
    if current is None or current.revoked or current.expires_at - now <= STABLE_RENEW_SECONDS:
        # The old one (if any) lives out its remaining minutes next to the new one.
        current = state.new_token(app.appid)
        state.stable_token[app.appid] = current.value
    state.tokens_issued[app.appid] += 1
    return web.json_response({"access_token": current.value, "expires_in": int(current.expires_at - now)})


# --- mini-program -------------------------------------------------------------------------------------


def _take_code(codes: dict[str, OneTimeCode], code: str | None, state: SandboxState) -> OneTimeCode:
    entry = codes.get(code or "")
    if entry is None or entry.expires_at <= state.now():
        raise WxFail(40029, "invalid code")
    if entry.used:
        raise WxFail(40163, "code been used")
    entry.used = True
    return entry


@routes.get("/sns/jscode2session")
@wechat_endpoint(kind=None)
async def jscode2session(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    q = request.query
    if q.get("grant_type") != "authorization_code":
        raise WxFail(40002, "invalid grant_type")
    app = _credentials(state, q.get("appid"), q.get("secret"))
    if app.kind != "miniapp":
        raise WxFail(40013, "invalid appid")
    entry = _take_code(state.login_codes, q.get("js_code"), state)
    fields: dict[str, Any] = {"openid": entry.openid, "session_key": secrets.token_urlsafe(16)}
    if entry.unionid:
        fields["unionid"] = entry.unionid
    # WeChat serves this one as text/plain, which trips clients that parse by content type.
    return wx_ok(content_type="text/plain", **fields)


@routes.post("/wxa/business/getuserphonenumber")
@wechat_endpoint(kind="miniapp")
async def get_user_phone_number(request: web.Request, state: SandboxState, app: SandboxApp | None) -> web.Response:
    assert app is not None
    body = await _json_body(request)
    entry = _take_code(state.phone_codes, body.get("code"), state)
    pure = entry.phone.removeprefix("+86")
    return wx_ok(
        phone_info={
            "phoneNumber": pure,
            "purePhoneNumber": pure,
            "countryCode": "86",
            "watermark": {"timestamp": int(state.now()), "appid": app.appid},
        }
    )


@routes.post("/wxa/msg_sec_check")
@wechat_endpoint(kind="miniapp")
async def msg_sec_check(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await _json_body(request)
    if body.get("version") != 2:
        raise WxFail(40097, "invalid args, version 1 of msgSecCheck is no longer supported")
    if not body.get("openid"):
        raise WxFail(40003, "invalid openid")
    if body.get("scene") not in (1, 2, 3, 4):
        raise WxFail(40129, "invalid scene")
    content = body.get("content")
    if not isinstance(content, str) or len(content) > MSG_SEC_MAX_CHARS:
        raise WxFail(47001, "data format error, content missing or longer than 2500")
    suggest, label, detail = "pass", 100, []
    for words, verdict in ((state.review_words, "review"), (state.risky_words, "risky")):
        for word, word_label in words.items():
            if word in content:
                suggest, label = verdict, word_label
                hit = {"strategy": "keyword", "errcode": 0, "suggest": verdict, "label": word_label, "keyword": word}
                detail.append(hit)
    return wx_ok(result={"suggest": suggest, "label": label}, detail=detail, trace_id=secrets.token_hex(12))


@routes.post("/cgi-bin/message/subscribe/send")
@wechat_endpoint(kind="miniapp")
async def subscribe_send(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await _json_body(request)
    openid, template_id = body.get("touser"), body.get("template_id")
    if not openid:
        raise WxFail(40003, "invalid openid")
    if not template_id:
        raise WxFail(40037, "invalid template_id")
    if body.get("miniprogram_state", "formal") not in ("developer", "trial", "formal"):
        raise WxFail(47003, "argument invalid! miniprogram_state invalid")
    data = body.get("data")
    if not isinstance(data, dict) or not data:
        raise WxFail(47003, "argument invalid! data is empty")
    for key, item in data.items():
        value = item.get("value") if isinstance(item, dict) else None
        if not isinstance(value, str) or not value.strip():
            raise WxFail(47003, f"argument invalid! data.{key}.value is empty")
        field_kind = key.rstrip("0123456789")
        if (cap := FIELD_CAPS.get(field_kind)) is not None and len(value) > cap:
            raise WxFail(47003, f"argument invalid! data.{key}.value exceeds limit {cap}")
    quota_key = (openid, template_id)
    if state.subscribe_quota[quota_key] <= 0:
        raise WxFail(43101, "user refuse to accept the msg")
    state.subscribe_quota[quota_key] -= 1
    state.sent["subscribe"].append(
        {
            "openid": openid,
            "template_id": template_id,
            "data": {k: v["value"] for k, v in data.items()},
            "page": body.get("page"),
            "miniprogram_state": body.get("miniprogram_state"),
            "at": state.now(),
        }
    )
    return wx_ok()


# --- official account ---------------------------------------------------------------------------------


@routes.post("/cgi-bin/message/custom/send")
@wechat_endpoint(kind="mp")
async def custom_send(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await _json_body(request, reject_escapes=True)
    openid = body.get("touser")
    if not openid:
        raise WxFail(40003, "invalid openid")
    if openid in state.unsubscribed:
        raise WxFail(43004, "require subscribe hint")
    if openid in state.outside_window:
        raise WxFail(45015, "response out of time limit or subscription is canceled hint")
    msgtype = body.get("msgtype")
    if msgtype != "text":
        raise WxFail(40008, "invalid message type")
    content = (body.get("text") or {}).get("content")
    if not isinstance(content, str) or not content:
        raise WxFail(44003, "empty news data")
    state.sent["custom"].append({"openid": openid, "msgtype": msgtype, "text": content, "at": state.now()})
    return wx_ok()


@routes.post("/cgi-bin/message/mass/send")
@wechat_endpoint(kind="mp")
async def mass_send(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await _json_body(request, reject_escapes=True)
    touser = body.get("touser")
    if not isinstance(touser, list) or not 2 <= len(touser) <= 10_000:
        raise WxFail(40130, "invalid openid list size, at least two openid")
    if body.get("msgtype") != "text":
        raise WxFail(40008, "invalid message type")
    content = (body.get("text") or {}).get("content")
    if not isinstance(content, str) or not content:
        raise WxFail(44003, "empty news data")
    clientmsgid = body.get("clientmsgid")
    if clientmsgid and clientmsgid in state.mass_by_clientmsgid:
        return web.json_response(
            {
                "errcode": 45065,
                "errmsg": f"clientmsgid exist rid: {_rid()}",
                "msg_id": state.mass_by_clientmsgid[clientmsgid],
            }
        )
    msg_id = state.next_msg_id
    state.next_msg_id += 1
    if clientmsgid:
        state.mass_by_clientmsgid[clientmsgid] = msg_id
    month = time.strftime("%Y-%m", time.localtime(state.now()))
    delivered, over_quota, not_following = [], [], []
    for openid in dict.fromkeys(touser):
        if openid in state.unsubscribed:
            not_following.append(openid)
        elif state.mass_received[(openid, month)] >= MASS_MONTHLY_LIMIT:
            over_quota.append(openid)
        else:
            state.mass_received[(openid, month)] += 1
            delivered.append(openid)
    state.sent["mass"].append(
        {
            "msg_id": msg_id,
            "clientmsgid": clientmsgid,
            "openids": touser,
            "text": content,
            "delivered": delivered,
            "over_quota": over_quota,
            "not_following": not_following,
            "at": state.now(),
        }
    )
    return wx_ok(msg_id=msg_id, msg_data_id=msg_id * 10)


@routes.get("/cgi-bin/user/info")
@wechat_endpoint(kind="mp")
async def user_info(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    openid = request.query.get("openid", "")
    if not re.fullmatch(r"[A-Za-z0-9_-]{6,64}", openid):
        raise WxFail(40003, "invalid openid")
    info: dict[str, Any] = {"subscribe": 0, "openid": openid}
    if openid not in state.unsubscribed:
        seed = int(hashlib.sha256(openid.encode()).hexdigest()[:6], 16)
        info.update(
            subscribe=1,
            language="zh_CN",
            subscribe_time=1_700_000_000 + seed,
            remark="",
            groupid=0,
            tagid_list=[],
            subscribe_scene="ADD_SCENE_QR_CODE",
            qr_scene=0,
            qr_scene_str="",
        )
    if unionid := state.unionids.get(openid):
        info["unionid"] = unionid
    return web.json_response(info, dumps=_dumps)


def _validate_menu(menu: dict[str, Any]) -> None:
    buttons = menu.get("button")
    if not isinstance(buttons, list) or not 1 <= len(buttons) <= 3:
        raise WxFail(40016, "invalid button size")
    for button in buttons:
        if not isinstance(button, dict):
            raise WxFail(40017, "invalid button type")
        name = str(button.get("name", ""))
        if not name or len(name.encode()) > 16:
            raise WxFail(40018, "invalid button name size")
        subs = button.get("sub_button")
        if subs:
            if not isinstance(subs, list) or len(subs) > 5:
                raise WxFail(40023, "invalid sub button size")
            for sub in subs:
                sub_name = str(sub.get("name", "")) if isinstance(sub, dict) else ""
                if not sub_name or len(sub_name.encode()) > 60:
                    raise WxFail(40018, "invalid sub button name size")
                _validate_leaf(sub)
        else:
            _validate_leaf(button)


def _validate_leaf(button: dict[str, Any]) -> None:
    kind = button.get("type")
    if kind not in MENU_BUTTON_TYPES:
        raise WxFail(40017, "invalid button type")
    if kind == "view" and not str(button.get("url", "")).startswith(("http://", "https://")):
        raise WxFail(40055, "invalid button url domain")
    if kind in ("click", "scancode_push", "scancode_waitmsg", "location_select") or kind.startswith("pic_"):
        key = str(button.get("key", ""))
        if not key or len(key.encode()) > 128:
            raise WxFail(40019, "invalid button key size")
    if kind == "miniprogram" and not (button.get("appid") and button.get("pagepath") and button.get("url")):
        raise WxFail(40027, "invalid sub button url size")


@routes.post("/cgi-bin/menu/create")
@wechat_endpoint(kind="mp")
async def menu_create(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    menu = await _json_body(request, reject_escapes=True)
    _validate_menu(menu)
    state.menu = menu
    return wx_ok()


# --- control endpoints (not WeChat's; for tests and demos) --------------------------------------------

CONTROL = web.RouteTableDef()


async def _control_body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json() if request.can_read_body else {}
    except ValueError:
        raise web.HTTPBadRequest(text="body must be JSON") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="body must be a JSON object")
    return body


def _require(body: dict[str, Any], name: str) -> Any:
    if body.get(name) in (None, ""):
        raise web.HTTPBadRequest(text=f"{name} is required")
    return body[name]


@CONTROL.post("/sandbox/login-code")
async def control_login_code(request: web.Request) -> web.Response:
    """{"openid", "unionid"?} -> {"code"}: what wx.login would hand the mini-program."""
    state, body = request.app[STATE], await _control_body(request)
    openid = str(_require(body, "openid"))
    unionid = body.get("unionid")
    code = secrets.token_hex(16)
    state.login_codes[code] = OneTimeCode(
        expires_at=state.now() + CODE_TTL_SECONDS, openid=openid, unionid=unionid or None
    )
    if unionid:
        state.unionids[openid] = unionid
    return web.json_response({"code": code})


@CONTROL.post("/sandbox/phone-code")
async def control_phone_code(request: web.Request) -> web.Response:
    """{"phone"} -> {"code"}: what the getPhoneNumber button would hand the mini-program."""
    state, body = request.app[STATE], await _control_body(request)
    phone = str(_require(body, "phone"))
    code = secrets.token_hex(16)
    state.phone_codes[code] = OneTimeCode(expires_at=state.now() + CODE_TTL_SECONDS, phone=phone)
    return web.json_response({"code": code})


@CONTROL.post("/sandbox/users")
async def control_users(request: web.Request) -> web.Response:
    """{"openid", "unionid"}: the unionid user/info reports for an official-account openid."""
    state, body = request.app[STATE], await _control_body(request)
    state.unionids[str(_require(body, "openid"))] = str(_require(body, "unionid"))
    return web.json_response({"ok": True})


@CONTROL.post("/sandbox/subscribe-quota")
async def control_subscribe_quota(request: web.Request) -> web.Response:
    """{"openid", "template_id", "count"}: the user accepted the pop-up `count` times (sets the quota)."""
    state, body = request.app[STATE], await _control_body(request)
    key = (str(_require(body, "openid")), str(_require(body, "template_id")))
    state.subscribe_quota[key] = int(body.get("count", 1))
    return web.json_response({"quota": state.subscribe_quota[key]})


@CONTROL.post("/sandbox/faults")
async def control_faults(request: web.Request) -> web.Response:
    """{"endpoint", "errcode" | "http_status", "times"=1, "errmsg"?}: the next `times` calls fail so."""
    state, body = request.app[STATE], await _control_body(request)
    endpoint = str(_require(body, "endpoint"))
    if body.get("errcode") is None and body.get("http_status") is None:
        raise web.HTTPBadRequest(text="errcode or http_status is required")
    errcode = body.get("errcode")
    fault = Fault(
        errcode=int(errcode) if errcode is not None else None,
        http_status=int(body["http_status"]) if body.get("http_status") is not None else None,
        remaining=int(body.get("times", 1)),
        errmsg=str(body.get("errmsg") or ("system error" if errcode == -1 else "injected fault")),
    )
    state.faults.setdefault(endpoint, deque()).append(fault)
    return web.json_response({"ok": True})


@CONTROL.post("/sandbox/latency")
async def control_latency(request: web.Request) -> web.Response:
    """{"endpoint", "seconds"}: answers on `endpoint` are delayed (widens race windows in tests)."""
    state, body = request.app[STATE], await _control_body(request)
    state.latency[str(_require(body, "endpoint"))] = float(body.get("seconds", 0))
    return web.json_response({"ok": True})


@CONTROL.post("/sandbox/rate-limit")
async def control_rate_limit(request: web.Request) -> web.Response:
    """{"per_second": n | null}: more than n business calls in one second -> 45009. null lifts the limit."""
    state, body = request.app[STATE], await _control_body(request)
    per_second = body.get("per_second")
    state.rate_limit = int(per_second) if per_second is not None else None
    state.recent_calls.clear()
    return web.json_response({"per_second": state.rate_limit})


@CONTROL.post("/sandbox/unsubscribed")
async def control_unsubscribed(request: web.Request) -> web.Response:
    """{"openid", "unsubscribed"=true}: the user (un)follows the official account."""
    state, body = request.app[STATE], await _control_body(request)
    openid = str(_require(body, "openid"))
    if body.get("unsubscribed", True):
        state.unsubscribed.add(openid)
    else:
        state.unsubscribed.discard(openid)
    return web.json_response({"ok": True})


@CONTROL.post("/sandbox/outside-window")
async def control_outside_window(request: web.Request) -> web.Response:
    """{"openid", "outside"=true}: the user's 48-hour customer-service window is closed (or open again)."""
    state, body = request.app[STATE], await _control_body(request)
    openid = str(_require(body, "openid"))
    if body.get("outside", True):
        state.outside_window.add(openid)
    else:
        state.outside_window.discard(openid)
    return web.json_response({"ok": True})


@CONTROL.post("/sandbox/sec-words")
async def control_sec_words(request: web.Request) -> web.Response:
    """{"risky": {"词": label} | ["词"], "review": ...}: replaces the msgSecCheck word lists given."""
    state, body = request.app[STATE], await _control_body(request)
    for name, target in (("risky", "risky_words"), ("review", "review_words")):
        if name in body:
            words = body[name]
            default_label = 20006 if name == "risky" else 10001
            mapping = dict(words) if isinstance(words, dict) else dict.fromkeys(words, default_label)
            setattr(state, target, {str(w): int(label) for w, label in mapping.items()})
    return web.json_response({"risky": state.risky_words, "review": state.review_words})


@CONTROL.post("/sandbox/expire-tokens")
async def control_expire_tokens(request: web.Request) -> web.Response:
    """{"appid"?}: every token (of appid) expires now: next use -> 42001."""
    state, body = request.app[STATE], await _control_body(request)
    now, count = state.now(), 0
    for token in state.tokens.values():
        if body.get("appid") in (None, token.appid) and token.expires_at > now:
            token.expires_at = now
            count += 1
    return web.json_response({"expired": count})


@CONTROL.post("/sandbox/revoke-tokens")
async def control_revoke_tokens(request: web.Request) -> web.Response:
    """{"appid"?}: every token (of appid) is killed, as by a forced refresh elsewhere: next use -> 40001."""
    state, body = request.app[STATE], await _control_body(request)
    count = 0
    for token in state.tokens.values():
        if body.get("appid") in (None, token.appid) and not token.revoked:
            token.revoked = True
            count += 1
    return web.json_response({"revoked": count})


@CONTROL.post("/sandbox/clock")
async def control_clock(request: web.Request) -> web.Response:
    """{"advance_seconds"}: moves the sandbox's clock forward (codes and tokens age)."""
    state, body = request.app[STATE], await _control_body(request)
    state.clock_offset += float(_require(body, "advance_seconds"))
    return web.json_response({"offset": state.clock_offset})


@CONTROL.post("/sandbox/token-ttl")
async def control_token_ttl(request: web.Request) -> web.Response:
    """{"seconds"}: lifetime of tokens issued from now on (WeChat: 7200)."""
    state, body = request.app[STATE], await _control_body(request)
    state.token_ttl = int(_require(body, "seconds"))
    return web.json_response({"seconds": state.token_ttl})


@CONTROL.get("/sandbox/sent")
async def control_sent(request: web.Request) -> web.Response:
    """?kind=subscribe|custom|mass[&openid=...] -> {"items": [...]} in sending order."""
    state = request.app[STATE]
    kind = request.query.get("kind", "")
    if kind not in state.sent:
        raise web.HTTPBadRequest(text="kind must be subscribe, custom or mass")
    items = state.sent[kind]
    if openid := request.query.get("openid"):
        items = [i for i in items if i.get("openid") == openid or openid in i.get("openids", [])]
    return web.json_response({"items": items}, dumps=_dumps)


@CONTROL.get("/sandbox/menu")
async def control_menu(request: web.Request) -> web.Response:
    return web.json_response({"menu": request.app[STATE].menu}, dumps=_dumps)


@CONTROL.get("/sandbox/stats")
async def control_stats(request: web.Request) -> web.Response:
    """{"calls": {path: n}, "tokens_issued": {appid: n}, "token_fetches": n (both token endpoints)}."""
    state = request.app[STATE]
    return web.json_response(
        {
            "calls": dict(state.calls),
            "tokens_issued": dict(state.tokens_issued),
            "token_fetches": state.calls["/cgi-bin/token"] + state.calls["/cgi-bin/stable_token"],
        }
    )


@CONTROL.post("/sandbox/reset")
async def control_reset(request: web.Request) -> web.Response:
    """Back to a fresh sandbox (same apps)."""
    state = request.app[STATE]
    # Reset in place: the app is frozen once started, so the state object itself stays.
    state.__dict__.update(SandboxState(apps=state.apps).__dict__)
    return web.json_response({"ok": True})


def create_sandbox_app(apps: dict[str, SandboxApp] | None = None) -> web.Application:
    """The sandbox; by default it knows the demo official account and mini-program (core.settings DEMO_*)."""
    app = web.Application()
    app[STATE] = SandboxState(apps=apps or default_apps())
    app.add_routes(routes)
    app.add_routes(CONTROL)
    return app


# --- CLI ----------------------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("sandbox", help="run the local stand-in for WeChat's server API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.set_defaults(handler=_run_sandbox)


def _run_sandbox(settings: Settings, args: argparse.Namespace) -> int:
    # The sandbox accepts the appids and secrets this configuration would use, so `serve` can point at it.
    app = create_sandbox_app(default_apps(settings))
    print(f"WeChat sandbox on http://{args.host}:{args.port} (JILIANG_WECHAT_API_BASE)")  # noqa: T201
    web.run_app(app, host=args.host, port=args.port, print=None)
    return 0
