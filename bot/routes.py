"""The official-account callback /wechat (XML in, XML out; never JSON errors).

GET is WeChat's URL verification; POST is a message or event. Refusals are short plain-text 400/403/413;
anything unexpected after a push was authenticated is logged and answered `success`, so the follower never
sees "该公众号暂时无法提供服务".
"""

from __future__ import annotations

import logging
import time

from aiohttp import web

from bot.protocol import CallbackRejected, encrypt_reply, read_body, read_inbound, verify_url
from bot.runtime import BOT
from bot.state import SUCCESS

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


def _plain(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/plain")


@routes.get("/wechat")
async def verify(request: web.Request) -> web.Response:
    try:
        return _plain(verify_url(request.query, request.config_dict[BOT].keys.token))
    except CallbackRejected as exc:
        log.info("wechat verification refused: %s", exc.reason)
        return _plain(exc.reason, exc.status)


@routes.post("/wechat")
async def receive(request: web.Request) -> web.Response:
    started = time.monotonic()
    bot = request.config_dict[BOT]
    message = None
    try:
        keys = bot.keys
        try:
            body = await read_body(request)
            inbound = read_inbound(
                body,
                request.query,
                token=keys.token,
                aes_key=keys.aes_key,
                previous_aes_key=keys.previous_aes_key,
                appid=keys.appid,
            )
        except CallbackRejected as exc:
            log.info("wechat push refused (%s): %s", exc.status, exc.reason)
            bot.count("callback", f"refused_{exc.status}")
            return _plain(exc.reason, exc.status)

        message = inbound.message
        reply = await bot.respond(message, started=started)
        if reply is None:
            return _plain(SUCCESS)
        if inbound.aes_key is not None:
            reply = encrypt_reply(reply, inbound, token=keys.token, appid=keys.appid)
        return web.Response(text=reply, content_type="application/xml")
    except Exception:
        if message is not None:
            log.exception("wechat push failed: MsgId=%s type=%s from=%s", message.id, message.type, message.source)
        else:
            log.exception("wechat push failed before it was parsed")
        bot.count("callback", "failed")
        return _plain(SUCCESS)


@routes.route("*", "/wechat")
async def other_method(request: web.Request) -> web.Response:
    """WeChat only GETs and POSTs; anything else gets a plain 405, not the JSON error of the API routes."""
    del request
    response = _plain("method not allowed", 405)
    response.headers["Allow"] = "GET, HEAD, POST"
    return response
