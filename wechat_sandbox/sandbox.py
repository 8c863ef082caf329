"""Local stand-in for WeChat's server API (`jiliang sandbox`): the endpoints jiliang calls, behaving as WeChat does.

WeChat endpoints answer HTTP 200 with `{"errcode", "errmsg"}` (errmsg ends with a request id, as WeChat's does).
Reproduced: access_tokens that expire; `/cgi-bin/token` invalidating the previous token after a 5-minute overlap
while `stable_token` returns the same token until its last 5 minutes; single-use 5-minute login and phone codes;
msgSecCheck v2 with configurable words; mediaCheckAsync v2; per-(user, template) subscribe quotas; the 48-hour
customer-service window; 4 mass messages per user a month; a token of the wrong app (48001); \\uXXXX-escaped bodies
(40033); rate limits (45009); injected faults (-1 or any errcode, or an HTTP status).

Control endpoints for tests and demos are under `/sandbox/...` (sandbox_control.py). A mini-program developer
running `make run` gets a login code with `curl -XPOST localhost:8081/sandbox/login-code -d '{"openid": "o-me"}'`.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from core.settings import Settings
from wechat_sandbox.sandbox_state import STATE, AppKind, SandboxApp, SandboxState, WxFail, default_apps

MSG_SEC_MAX_CHARS = 2500
MASS_MONTHLY_LIMIT = 4
MASS_MAX_OPENIDS = 10_000
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
MENU_KEYED_TYPES = {"click", "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album", "pic_weixin"}


# --- replies ------------------------------------------------------------------------------------------


def rid() -> str:
    return "-".join(secrets.token_hex(4) for _ in range(3))


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def wx_error(errcode: int, errmsg: str, **fields: Any) -> web.Response:
    return web.json_response({"errcode": errcode, "errmsg": f"{errmsg} rid: {rid()}", **fields}, dumps=dumps)


def wx_ok(content_type: str = "application/json", **fields: Any) -> web.Response:
    body = dumps({"errcode": 0, "errmsg": "ok", **fields})
    return web.Response(text=body, content_type=content_type, charset="utf-8")


# --- the pipeline every WeChat endpoint goes through ---------------------------------------------------

Handler = Callable[[web.Request, SandboxState, SandboxApp | None], Awaitable[web.Response]]
RouteHandler = Callable[[web.Request], Awaitable[web.Response]]


def wechat_endpoint(*, kind: AppKind | None, business: bool = True) -> Callable[[Handler], RouteHandler]:
    """Counting, latency, injected faults, the rate limit, then (for `kind`) the access_token check."""

    def decorate(handler: Handler) -> RouteHandler:
        async def wrapped(request: web.Request) -> web.Response:
            state = request.app[STATE]
            path = request.path
            state.calls[path] += 1
            if delay := state.trouble.latency.get(path):
                await asyncio.sleep(delay)
            if fault := state.trouble.next_fault(path):
                if fault.http_status is not None:
                    return web.Response(status=fault.http_status, text="<html>bad gateway</html>")
                assert fault.errcode is not None
                return wx_error(fault.errcode, fault.errmsg)
            if business and state.trouble.over_rate_limit():
                return wx_error(45009, "reach max api daily quota limit")
            try:
                app = None
                if kind is not None:
                    app = state.apps[state.tokens.check(request.query.get("access_token")).appid]
                    if app.kind != kind:
                        raise WxFail(48001, "api unauthorized")
                return await handler(request, state, app)
            except WxFail as fail:
                return wx_error(fail.errcode, fail.errmsg)

        wrapped.__name__ = handler.__name__
        wrapped.__doc__ = handler.__doc__
        return wrapped

    return decorate


async def json_body(request: web.Request, *, reject_escapes: bool = False) -> dict[str, Any]:
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


routes = web.RouteTableDef()


# --- access_token -------------------------------------------------------------------------------------


@routes.get("/cgi-bin/token")
@wechat_endpoint(kind=None, business=False)
async def cgi_token(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    if request.query.get("grant_type") != "client_credential":
        raise WxFail(40002, "invalid grant_type")
    app = state.credentials(request.query.get("appid"), request.query.get("secret"))
    token = state.tokens.issue_plain(app.appid)
    return web.json_response({"access_token": token.value, "expires_in": state.tokens.ttl})


@routes.post("/cgi-bin/stable_token")
@wechat_endpoint(kind=None, business=False)
async def stable_token(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await json_body(request)
    if body.get("grant_type") != "client_credential":
        raise WxFail(40002, "invalid grant_type")
    app = state.credentials(body.get("appid"), body.get("secret"))
    token = state.tokens.issue_stable(app.appid, force=bool(body.get("force_refresh")))
    return web.json_response({"access_token": token.value, "expires_in": int(token.expires_at - state.now())})


# --- mini-program -------------------------------------------------------------------------------------


@routes.get("/sns/jscode2session")
@wechat_endpoint(kind=None)
async def jscode2session(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    q = request.query
    if q.get("grant_type") != "authorization_code":
        raise WxFail(40002, "invalid grant_type")
    app = state.credentials(q.get("appid"), q.get("secret"))
    if app.kind != "miniapp":
        raise WxFail(40013, "invalid appid")
    entry = state.login_codes.take(q.get("js_code"))
    fields: dict[str, Any] = {"openid": entry.openid, "session_key": secrets.token_urlsafe(16)}
    if entry.unionid:
        fields["unionid"] = entry.unionid
    # WeChat serves this one as text/plain, which trips clients that parse by content type.
    return wx_ok(content_type="text/plain", **fields)


@routes.post("/wxa/business/getuserphonenumber")
@wechat_endpoint(kind="miniapp")
async def get_user_phone_number(request: web.Request, state: SandboxState, app: SandboxApp | None) -> web.Response:
    assert app is not None
    body = await json_body(request)
    entry = state.phone_codes.take(body.get("code"))
    pure = entry.phone.removeprefix("+86")
    watermark = {"timestamp": int(state.now()), "appid": app.appid}
    return wx_ok(phone_info={"phoneNumber": pure, "purePhoneNumber": pure, "countryCode": "86", "watermark": watermark})


def _sec_check_args(body: dict[str, Any]) -> None:
    if body.get("version") != 2:
        raise WxFail(40097, "invalid args, version 1 of the security check is no longer supported")
    if not body.get("openid"):
        raise WxFail(40003, "invalid openid")
    if body.get("scene") not in (1, 2, 3, 4):
        raise WxFail(40129, "invalid scene")


@routes.post("/wxa/msg_sec_check")
@wechat_endpoint(kind="miniapp")
async def msg_sec_check(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await json_body(request)
    _sec_check_args(body)
    content = body.get("content")
    if not isinstance(content, str) or len(content) > MSG_SEC_MAX_CHARS:
        raise WxFail(47001, "data format error, content missing or longer than 2500")
    suggest, label, detail = "pass", 100, []
    words = state.audience
    for verdict, listed in (("review", words.review_words), ("risky", words.risky_words)):
        for word, word_label in listed.items():
            if word in content:
                suggest, label = verdict, word_label
                hit = {"strategy": "keyword", "errcode": 0, "suggest": verdict, "label": word_label, "keyword": word}
                detail.append(hit)
    return wx_ok(result={"suggest": suggest, "label": label}, detail=detail, trace_id=secrets.token_hex(12))


@routes.post("/wxa/media_check_async")
@wechat_endpoint(kind="miniapp")
async def media_check_async(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await json_body(request)
    _sec_check_args(body)
    if body.get("media_type") not in (1, 2):
        raise WxFail(40004, "invalid media type")
    media_url = body.get("media_url")
    if not isinstance(media_url, str) or not media_url.startswith(("http://", "https://")):
        raise WxFail(47001, "data format error, media_url must be a public http(s) url")
    trace_id = secrets.token_hex(12)
    state.sent["media_check"].append(
        {
            "trace_id": trace_id,
            "openid": body["openid"],
            "media_url": media_url,
            "media_type": body["media_type"],
            "scene": body["scene"],
            "at": state.now(),
        }
    )
    return wx_ok(trace_id=trace_id)


@routes.post("/cgi-bin/message/subscribe/send")
@wechat_endpoint(kind="miniapp")
async def subscribe_send(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await json_body(request)
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
        cap = FIELD_CAPS.get(key.rstrip("0123456789"))
        if cap is not None and len(value) > cap:
            raise WxFail(47003, f"argument invalid! data.{key}.value exceeds limit {cap}")
    quota_key = (openid, template_id)
    if state.audience.subscribe_quota[quota_key] <= 0:
        raise WxFail(43101, "user refuse to accept the msg")
    state.audience.subscribe_quota[quota_key] -= 1
    state.sent["subscribe"].append(
        {
            "openid": openid,
            "template_id": template_id,
            "data": {k: v["value"] for k, v in data.items()},
            "page": body.get("page"),
            "miniprogram_state": body.get("miniprogram_state"),
            "lang": body.get("lang"),
            "at": state.now(),
        }
    )
    return wx_ok()


# --- official account ---------------------------------------------------------------------------------


def _text_content(body: dict[str, Any]) -> str:
    if body.get("msgtype") != "text":
        raise WxFail(40008, "invalid message type")
    content = (body.get("text") or {}).get("content")
    if not isinstance(content, str) or not content:
        raise WxFail(44003, "empty news data")
    return content


@routes.post("/cgi-bin/message/custom/send")
@wechat_endpoint(kind="mp")
async def custom_send(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await json_body(request, reject_escapes=True)
    openid = body.get("touser")
    if not openid:
        raise WxFail(40003, "invalid openid")
    if openid in state.audience.unsubscribed:
        raise WxFail(43004, "require subscribe hint")
    if openid in state.audience.outside_window:
        raise WxFail(45015, "response out of time limit or subscription is canceled hint")
    content = _text_content(body)
    state.sent["custom"].append({"openid": openid, "msgtype": "text", "text": content, "at": state.now()})
    return wx_ok()


def mass_content(state: SandboxState, app: web.Application, body: dict[str, Any]) -> str:
    from wechat_sandbox.sandbox_publishing import mass_content as content_of

    return content_of(state, app, body)


@routes.post("/cgi-bin/message/mass/send")
@wechat_endpoint(kind="mp")
async def mass_send(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await json_body(request, reject_escapes=True)
    touser = body.get("touser")
    if not isinstance(touser, list) or not 2 <= len(touser) <= MASS_MAX_OPENIDS:
        raise WxFail(40130, "invalid openid list size, at least two openid")
    content = mass_content(state, request.app, body)  # text, or an mpnews draft (wechat_sandbox.sandbox_publishing)
    clientmsgid = body.get("clientmsgid")
    if clientmsgid and clientmsgid in state.mass_by_clientmsgid:
        return wx_error(45065, "clientmsgid exist", msg_id=state.mass_by_clientmsgid[clientmsgid])
    msg_id = state.next_msg_id
    state.next_msg_id += 1
    if clientmsgid:
        state.mass_by_clientmsgid[clientmsgid] = msg_id
    month = time.strftime("%Y-%m", time.localtime(state.now()))
    audience = state.audience
    delivered, over_quota, not_following = [], [], []
    for openid in dict.fromkeys(touser):
        if openid in audience.unsubscribed:
            not_following.append(openid)
        elif audience.mass_received[(openid, month)] >= MASS_MONTHLY_LIMIT:
            over_quota.append(openid)  # WeChat accepts the send but this user gets nothing
        else:
            audience.mass_received[(openid, month)] += 1
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
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", openid):
        raise WxFail(40003, "invalid openid")
    info: dict[str, Any] = {"subscribe": 0, "openid": openid}
    if openid not in state.audience.unsubscribed:
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
    if unionid := state.audience.unionids.get(openid):
        info["unionid"] = unionid
    return web.json_response(info, dumps=dumps)  # success carries no errcode, as WeChat's


def validate_menu(menu: dict[str, Any]) -> None:
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
        if not subs:
            _validate_menu_leaf(button)
            continue
        if not isinstance(subs, list) or len(subs) > 5:
            raise WxFail(40023, "invalid sub button size")
        for sub in subs:
            sub_name = str(sub.get("name", "")) if isinstance(sub, dict) else ""
            if not sub_name or len(sub_name.encode()) > 60:
                raise WxFail(40018, "invalid sub button name size")
            _validate_menu_leaf(sub)


def _validate_menu_leaf(button: dict[str, Any]) -> None:
    kind = button.get("type")
    if kind not in MENU_BUTTON_TYPES:
        raise WxFail(40017, "invalid button type")
    if kind == "view" and not str(button.get("url", "")).startswith(("http://", "https://")):
        raise WxFail(40055, "invalid button url domain")
    if kind in MENU_KEYED_TYPES and not 0 < len(str(button.get("key", "")).encode()) <= 128:
        raise WxFail(40019, "invalid button key size")
    if kind == "miniprogram" and not (button.get("appid") and button.get("pagepath") and button.get("url")):
        raise WxFail(40027, "invalid sub button url size")


@routes.post("/cgi-bin/menu/create")
@wechat_endpoint(kind="mp")
async def menu_create(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    menu = await json_body(request, reject_escapes=True)
    validate_menu(menu)
    state.menu = menu
    return wx_ok()


# --- the app and its command ---------------------------------------------------------------------------


def create_sandbox_app(apps: dict[str, SandboxApp] | None = None) -> web.Application:
    """The sandbox; by default it knows the demo official account and mini-program (core.settings DEMO_*)."""
    from wechat_sandbox import sandbox_publishing
    from wechat_sandbox.sandbox_control import routes as control_routes
    from wechat_sandbox.sandbox_template import routes as template_routes

    app = web.Application(client_max_size=16 * 1024 * 1024)  # permanent material: images up to 10 MB
    app[STATE] = SandboxState(apps=apps or default_apps())
    app.add_routes(routes)
    app.add_routes(control_routes)
    app.add_routes(template_routes)
    sandbox_publishing.install(app)  # material, drafts, publishing, preview, tags, data cube
    return app


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sandbox", help="运行本地微信服务器接口沙箱")
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=int, default=8081, help="监听端口（默认 8081）")
    parser.set_defaults(handler=_run_sandbox)


def _run_sandbox(settings: Settings, args: argparse.Namespace) -> int:
    # It accepts the appids and secrets this configuration uses, so `serve` can point JILIANG_WECHAT_API_BASE here.
    app = create_sandbox_app(default_apps(settings))
    from wechat_sandbox.sandbox_template import push_receipts_to

    push_receipts_to(app, settings)
    print(f"WeChat sandbox on http://{args.host}:{args.port} (set JILIANG_WECHAT_API_BASE to it)")  # noqa: T201
    web.run_app(app, host=args.host, port=args.port, print=None, access_log=None)  # URLs carry secrets
    return 0
