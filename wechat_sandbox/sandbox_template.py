"""Official-account template messages in the WeChat sandbox (core.sandbox): `/cgi-bin/message/template/send`
and the TEMPLATESENDJOBFINISH push WeChat sends to the account's callback URL when the job is done.

The contract reproduced (公众号 模板消息 发送接口): the answer carries `msgid`; 40003 unknown openid, 40037 a
template the account has not added, 43004 the user does not follow the account, 45009 the account's daily
template quota is used up, 47003 a data field empty or over its length. A follower who blocked the account's
template messages still gets errcode 0: WeChat reports `failed:user block` in the receipt instead.

Receipts are queued; `POST /sandbox/template-receipts/flush` delivers them to the push target set with
`POST /sandbox/push-target` (signed, and encrypted in safe mode when the target has an EncodingAESKey), so a
test knows when they have arrived. Without a push target they stay listed under `GET /sandbox/template-receipts`.
"""

from __future__ import annotations

import asyncio
import random
import string
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from aiohttp import web
from wechatpy.crypto import WeChatCrypto
from wechatpy.utils import WeChatSigner

from core.settings import Settings
from wechat_sandbox.sandbox import FIELD_CAPS, json_body, wechat_endpoint, wx_ok
from wechat_sandbox.sandbox_state import STATE, SandboxApp, SandboxState, WxFail

routes = web.RouteTableDef()
MAX_URL_CHARS = 1024


def _check_data(data: Any) -> dict[str, str]:
    if not isinstance(data, dict) or not data:
        raise WxFail(47003, "argument invalid! data is empty")
    values = {}
    for key, item in data.items():
        value = item.get("value") if isinstance(item, dict) else None
        if not isinstance(value, str) or not value.strip():
            raise WxFail(47003, f"argument invalid! data.{key}.value is empty")
        cap = FIELD_CAPS.get(str(key).rstrip("0123456789"))
        if cap is not None and len(value) > cap:
            raise WxFail(47003, f"argument invalid! data.{key}.value exceeds limit {cap}")
        values[str(key)] = value
    return values


@routes.post("/cgi-bin/message/template/send")
@wechat_endpoint(kind="mp")
async def template_send(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body = await json_body(request, reject_escapes=True)
    desk = state.template_desk
    openid, template_id = body.get("touser"), body.get("template_id")
    if not isinstance(openid, str) or not openid:
        raise WxFail(40003, "invalid openid")
    if template_id not in desk.templates:
        raise WxFail(40037, "invalid template_id")
    if openid in state.audience.unsubscribed:
        raise WxFail(43004, "require subscribe hint")
    url = body.get("url")
    if url is not None and (not isinstance(url, str) or len(url) > MAX_URL_CHARS):
        raise WxFail(47003, "argument invalid! url")
    values = _check_data(body.get("data"))
    day = time.strftime("%Y-%m-%d", time.localtime(state.now()))
    if desk.used[day] >= desk.daily_quota:
        raise WxFail(45009, "reach max api daily quota limit")
    desk.used[day] += 1
    msgid = desk.next_msgid
    desk.next_msgid += 1
    blocked = openid in desk.blocked
    state.sent["template"].append(
        {
            "msgid": msgid,
            "openid": openid,
            "template_id": template_id,
            "data": values,
            "url": url,
            "delivered": not blocked,
            "at": state.now(),
        }  # fmt: skip
    )
    desk.pending.append(
        {"openid": openid, "msgid": msgid, "status": "failed:user block" if blocked else "success", "at": state.now()}
    )
    return wx_ok(msgid=msgid)


# --- control ------------------------------------------------------------------------------------------


async def _control_body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json() if request.can_read_body else {}
    except ValueError:
        raise web.HTTPBadRequest(text="body must be JSON") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="body must be a JSON object")
    return body


@routes.post("/sandbox/templates")
async def templates(request: web.Request) -> web.Response:
    """{"add": [ids], "remove": [ids], "daily_quota": n}: the account's templates and its daily send quota."""
    desk, body = request.app[STATE].template_desk, await _control_body(request)
    desk.templates |= {str(t) for t in body.get("add", [])}
    desk.templates -= {str(t) for t in body.get("remove", [])}
    if "daily_quota" in body:
        desk.daily_quota = int(body["daily_quota"])
    return web.json_response({"templates": sorted(desk.templates), "daily_quota": desk.daily_quota})


@routes.post("/sandbox/template-block")
async def template_block(request: web.Request) -> web.Response:
    """{"openid", "blocked"=true}: the follower refuses (or accepts again) this account's template messages."""
    desk, body = request.app[STATE].template_desk, await _control_body(request)
    openid = str(body.get("openid") or "")
    if not openid:
        raise web.HTTPBadRequest(text="openid is required")
    (desk.blocked.add if body.get("blocked", True) else desk.blocked.discard)(openid)
    return web.json_response({"ok": True})


@routes.post("/sandbox/push-target")
async def push_target(request: web.Request) -> web.Response:
    """{"url", "token", "aes_key"?, "appid"?}: where TEMPLATESENDJOBFINISH pushes go (the app's /wechat)."""
    state, body = request.app[STATE], await _control_body(request)
    if not body.get("url") or not body.get("token"):
        raise web.HTTPBadRequest(text="url and token are required")
    mp = next(app for app in state.apps.values() if app.kind == "mp")
    state.template_desk.push_target = {
        "url": str(body["url"]),
        "token": str(body["token"]),
        "aes_key": str(body["aes_key"]) if body.get("aes_key") else None,
        "appid": str(body.get("appid") or mp.appid),
    }
    return web.json_response({"ok": True})


@routes.get("/sandbox/template-receipts")
async def template_receipts(request: web.Request) -> web.Response:
    """{"pending": [...]}: receipts not yet delivered."""
    return web.json_response({"pending": request.app[STATE].template_desk.pending})


def receipt_xml(receipt: dict[str, Any]) -> str:
    return (
        "<xml><ToUserName><![CDATA[gh_sandbox]]></ToUserName>"
        f"<FromUserName><![CDATA[{receipt['openid']}]]></FromUserName>"
        f"<CreateTime>{int(receipt['at'])}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        "<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>"
        f"<MsgID>{receipt['msgid']}</MsgID><Status><![CDATA[{receipt['status']}]]></Status></xml>"
    )


def _sign(*parts: str) -> str:
    signer = WeChatSigner()
    signer.add_data(*parts)
    return str(signer.signature)


def signed_push(target: dict[str, Any], xml: str) -> tuple[dict[str, str], str]:
    """The query string and body WeChat would post: plaintext signed, or safe mode with an EncodingAESKey."""
    timestamp, nonce = str(int(time.time())), "".join(random.choices(string.digits, k=10))
    query = {"signature": _sign(target["token"], timestamp, nonce), "timestamp": timestamp, "nonce": nonce}
    if not target.get("aes_key"):
        return query, xml
    crypto = WeChatCrypto(target["token"], target["aes_key"], target["appid"])
    encrypted = crypto.encrypt_message(xml, nonce, timestamp)
    encrypt = encrypted.split("<Encrypt><![CDATA[", 1)[1].split("]]></Encrypt>", 1)[0]
    query.update(encrypt_type="aes", msg_signature=_sign(target["token"], timestamp, nonce, encrypt))
    return query, f"<xml><ToUserName><![CDATA[gh_sandbox]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>"


async def deliver_pending(state: SandboxState) -> list[dict[str, Any]]:
    """Post every pending receipt to the push target; what each delivery got back."""
    desk = state.template_desk
    assert desk.push_target is not None
    delivered = []
    async with aiohttp.ClientSession() as http:
        while desk.pending:
            receipt = desk.pending.pop(0)
            query, body = signed_push(desk.push_target, receipt_xml(receipt))
            async with http.post(desk.push_target["url"], params=query, data=body.encode()) as resp:
                delivered.append({"msgid": receipt["msgid"], "http_status": resp.status, "body": await resp.text()})
    return delivered


@routes.post("/sandbox/template-receipts/flush")
async def flush_receipts(request: web.Request) -> web.Response:
    """Deliver every pending receipt to the push target; {"delivered": [{"msgid", "http_status", "body"}]}."""
    state = request.app[STATE]
    if state.template_desk.push_target is None:
        raise web.HTTPConflict(text="no push target: POST /sandbox/push-target first")
    return web.json_response({"delivered": await deliver_pending(state)})


def push_receipts_to(app: web.Application, settings: Settings, *, every_seconds: float = 2.0) -> None:
    """`jiliang sandbox` next to `jiliang serve`: receipts go to the app's /wechat a moment after each send."""
    state = app[STATE]
    state.template_desk.templates.add(settings.staff_template_id)
    aes_key = settings.mp_aes_key.get_secret_value() if settings.mp_aes_key else None
    state.template_desk.push_target = {
        "url": f"http://{settings.host}:{settings.port}/wechat",
        "token": settings.mp_token.get_secret_value(),
        "aes_key": aes_key,
        "appid": settings.mp_appid,
    }

    async def loop() -> None:
        while True:
            await asyncio.sleep(every_seconds)
            if state.template_desk.pending:
                try:
                    await deliver_pending(state)
                except aiohttp.ClientError:
                    pass  # the app is not up (yet): the receipt is lost, as WeChat gives up too

    async def start(_: web.Application) -> AsyncIterator[None]:
        task = asyncio.create_task(loop())
        yield
        task.cancel()

    app.cleanup_ctx.append(start)
