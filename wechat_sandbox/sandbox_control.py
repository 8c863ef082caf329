"""The sandbox's control endpoints (`/sandbox/...`): not WeChat's, for tests and demos to set the scene and look.

Bad input is a plain 400. tests/support/gateway.py `SandboxApi` has one method per endpoint.
"""

from __future__ import annotations

import json
from collections import deque
from typing import Any

from aiohttp import web

from wechat_sandbox.sandbox_state import SENT_KINDS, STATE, Fault

routes = web.RouteTableDef()


async def _body(request: web.Request) -> dict[str, Any]:
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


def _number(body: dict[str, Any], name: str, default: float | None = None) -> float:
    value = body.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise web.HTTPBadRequest(text=f"{name} must be a number")
    return value


@routes.post("/sandbox/login-code")
async def login_code(request: web.Request) -> web.Response:
    """{"openid", "unionid"?} -> {"code"}: what wx.login would hand the mini-program (single use, 5 minutes)."""
    state, body = request.app[STATE], await _body(request)
    openid, unionid = str(_require(body, "openid")), body.get("unionid") or None
    if unionid:
        state.audience.unionids[openid] = str(unionid)
    return web.json_response({"code": state.login_codes.issue(openid=openid, unionid=unionid)})


@routes.post("/sandbox/phone-code")
async def phone_code(request: web.Request) -> web.Response:
    """{"phone"} -> {"code"}: what the getPhoneNumber button would hand the mini-program."""
    state, body = request.app[STATE], await _body(request)
    return web.json_response({"code": state.phone_codes.issue(phone=str(_require(body, "phone")))})


@routes.post("/sandbox/users")
async def users(request: web.Request) -> web.Response:
    """{"openid", "unionid"}: the unionid that user/info reports for an official-account openid."""
    state, body = request.app[STATE], await _body(request)
    state.audience.unionids[str(_require(body, "openid"))] = str(_require(body, "unionid"))
    return web.json_response({"ok": True})


@routes.post("/sandbox/subscribe-quota")
async def subscribe_quota(request: web.Request) -> web.Response:
    """{"openid", "template_id", "count"=1}: sets the sends left, as if the user accepted the pop-up `count` times."""
    state, body = request.app[STATE], await _body(request)
    key = (str(_require(body, "openid")), str(_require(body, "template_id")))
    state.audience.subscribe_quota[key] = int(_number(body, "count", 1))
    return web.json_response({"quota": state.audience.subscribe_quota[key]})


@routes.post("/sandbox/faults")
async def faults(request: web.Request) -> web.Response:
    """{"endpoint", "errcode" | "http_status", "times"=1, "errmsg"?}: the next `times` calls there fail so."""
    state, body = request.app[STATE], await _body(request)
    endpoint = str(_require(body, "endpoint"))
    errcode, http_status = body.get("errcode"), body.get("http_status")
    if errcode is None and http_status is None:
        raise web.HTTPBadRequest(text="errcode or http_status is required")
    fault = Fault(
        errcode=int(errcode) if errcode is not None else None,
        http_status=int(http_status) if http_status is not None else None,
        remaining=int(_number(body, "times", 1)),
        errmsg=str(body.get("errmsg") or ("system error" if errcode == -1 else "injected fault")),
    )
    state.trouble.faults.setdefault(endpoint, deque()).append(fault)
    return web.json_response({"ok": True})


@routes.post("/sandbox/latency")
async def latency(request: web.Request) -> web.Response:
    """{"endpoint", "seconds"}: answers there are delayed (widens race windows; trips client timeouts)."""
    state, body = request.app[STATE], await _body(request)
    state.trouble.latency[str(_require(body, "endpoint"))] = _number(body, "seconds", 0)
    return web.json_response({"ok": True})


@routes.post("/sandbox/rate-limit")
async def rate_limit(request: web.Request) -> web.Response:
    """{"per_second": n | null}: more than n business calls within a second -> 45009; null lifts the limit."""
    state, body = request.app[STATE], await _body(request)
    per_second = body.get("per_second")
    state.trouble.rate_limit = int(_number(body, "per_second")) if per_second is not None else None
    state.trouble.recent_calls.clear()
    return web.json_response({"per_second": state.trouble.rate_limit})


def _mark(openids: set[str], body: dict[str, Any], flag: str) -> None:
    """Put body["openid"] in `openids` when body[flag] is true (the default), take it out when false."""
    openid = str(_require(body, "openid"))
    if body.get(flag, True):
        openids.add(openid)
    else:
        openids.discard(openid)


@routes.post("/sandbox/unsubscribed")
async def unsubscribed(request: web.Request) -> web.Response:
    """{"openid", "unsubscribed"=true}: the user unfollows (or follows again) the official account."""
    state, body = request.app[STATE], await _body(request)
    _mark(state.audience.unsubscribed, body, "unsubscribed")
    return web.json_response({"ok": True})


@routes.post("/sandbox/outside-window")
async def outside_window(request: web.Request) -> web.Response:
    """{"openid", "outside"=true}: the user's 48-hour customer-service window is closed (or open again)."""
    state, body = request.app[STATE], await _body(request)
    _mark(state.audience.outside_window, body, "outside")
    return web.json_response({"ok": True})


@routes.post("/sandbox/sec-words")
async def sec_words(request: web.Request) -> web.Response:
    """{"risky": {"词": label} | ["词"], "review": ...}: replaces the msgSecCheck word lists that are given."""
    state, body = request.app[STATE], await _body(request)
    for name, default_label in (("risky", 20006), ("review", 10001)):
        if name not in body:
            continue
        words = body[name]
        mapping = dict(words) if isinstance(words, dict) else dict.fromkeys(words, default_label)
        setattr(state.audience, f"{name}_words", {str(w): int(label) for w, label in mapping.items()})
    return web.json_response({"risky": state.audience.risky_words, "review": state.audience.review_words})


@routes.post("/sandbox/media-check-result")
async def media_check_result(request: web.Request) -> web.Response:
    """{"trace_id", "suggest"="pass", "label"=100} -> the `wxa_media_check` push WeChat would send (JSON format).

    The sandbox does not deliver it: the test posts it to the app's mini-program push route itself.
    """
    state, body = request.app[STATE], await _body(request)
    trace_id = str(_require(body, "trace_id"))
    check = next((c for c in state.sent["media_check"] if c["trace_id"] == trace_id), None)
    if check is None:
        raise web.HTTPNotFound(text="no media check with that trace_id")
    suggest, label = str(body.get("suggest", "pass")), int(_number(body, "label", 100))
    if suggest not in ("pass", "review", "risky"):
        raise web.HTTPBadRequest(text="suggest must be pass, review or risky")
    miniapp = next(app for app in state.apps.values() if app.kind == "miniapp")
    push = {
        "ToUserName": "gh_sandbox",
        "FromUserName": check["openid"],
        "CreateTime": int(state.now()),
        "MsgType": "event",
        "Event": "wxa_media_check",
        "appid": miniapp.appid,
        "trace_id": trace_id,
        "version": 2,
        "detail": [{"strategy": "content_model", "errcode": 0, "suggest": suggest, "label": label, "prob": 90}],
        "errcode": 0,
        "errmsg": "ok",
        "result": {"suggest": suggest, "label": label},
    }
    return web.json_response(push)


@routes.post("/sandbox/expire-tokens")
async def expire_tokens(request: web.Request) -> web.Response:
    """{"appid"?}: every token (of appid) expires now: next use -> 42001."""
    state, body = request.app[STATE], await _body(request)
    return web.json_response({"expired": state.tokens.expire(body.get("appid"))})


@routes.post("/sandbox/revoke-tokens")
async def revoke_tokens(request: web.Request) -> web.Response:
    """{"appid"?}: every token (of appid) is killed, as by a forced refresh elsewhere: next use -> 40001."""
    state, body = request.app[STATE], await _body(request)
    return web.json_response({"revoked": state.tokens.revoke(body.get("appid"))})


@routes.post("/sandbox/token-ttl")
async def token_ttl(request: web.Request) -> web.Response:
    """{"seconds"}: lifetime of tokens issued from now on (WeChat: 7200)."""
    state, body = request.app[STATE], await _body(request)
    state.tokens.ttl = int(_number(body, "seconds"))
    return web.json_response({"seconds": state.tokens.ttl})


@routes.post("/sandbox/clock")
async def clock(request: web.Request) -> web.Response:
    """{"advance_seconds"}: moves the sandbox's clock forward (codes and tokens age)."""
    state, body = request.app[STATE], await _body(request)
    state.clock.offset += _number(body, "advance_seconds")
    return web.json_response({"offset": state.clock.offset})


@routes.get("/sandbox/sent")
async def sent(request: web.Request) -> web.Response:
    """?kind=subscribe|custom|mass|media_check[&openid=...] -> {"items": [...]} in sending order."""
    state = request.app[STATE]
    kind = request.query.get("kind", "")
    if kind not in SENT_KINDS:
        raise web.HTTPBadRequest(text=f"kind must be one of {', '.join(SENT_KINDS)}")
    items = state.sent[kind]
    if openid := request.query.get("openid"):
        items = [i for i in items if i.get("openid") == openid or openid in i.get("openids", ())]
    return web.json_response({"items": items}, dumps=lambda o: json.dumps(o, ensure_ascii=False))


@routes.get("/sandbox/menu")
async def menu(request: web.Request) -> web.Response:
    """{"menu": the last menu created, or null}."""
    return web.json_response({"menu": request.app[STATE].menu})


@routes.get("/sandbox/stats")
async def stats(request: web.Request) -> web.Response:
    """{"calls": {path: n}, "tokens_issued": {appid: n}, "token_fetches": n over both token endpoints}."""
    state = request.app[STATE]
    return web.json_response(
        {
            "calls": dict(state.calls),
            "tokens_issued": dict(state.tokens.issued),
            "token_fetches": state.calls["/cgi-bin/token"] + state.calls["/cgi-bin/stable_token"],
        }
    )


@routes.post("/sandbox/reset")
async def reset(request: web.Request) -> web.Response:
    """Back to a fresh sandbox (same apps)."""
    request.app[STATE].reset()
    return web.json_response({"ok": True})
