"""Async gateway to WeChat's server API for the official account (公众号) and the mini-program (小程序).

A thin aiohttp client (wechatpy's client is synchronous and must not run on the event loop). The access_token of
each appid is shared through Redis (core.wechat_token); a token WeChat rejects is refreshed once and the call
retried once. Every non-zero errcode becomes a typed WeChatError; no answer at all becomes WeChatUnavailable.
Secrets, tokens and session keys never appear in logs or exception messages.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp
from redis.asyncio import Redis

from core.settings import Settings
from core.wechat_token import AccessTokenCache, TokenRefreshFailed, TokenRefreshTimeout

log = logging.getLogger(__name__)

MSG_SEC_CHECK_MAX_CHARS = 2500
MSG_SEC_CHECK_OVERLAP = 50  # long texts are checked in windows that overlap, so no word is cut in two unseen
MASS_SEND_MAX_OPENIDS = 10_000
# Free-text subscribe-message field kinds and their caps in characters: longer values are clipped, not refused.
SUBSCRIBE_TEXT_CAPS = {"thing": 20, "name": 10}


# --- errors -------------------------------------------------------------------------------------------


class WeChatError(Exception):
    """WeChat answered with a non-zero errcode (or, for WeChatUnavailable, did not answer at all).

    `transient` is True when trying again later may succeed (busy, rate limits, no answer).
    """

    transient = False

    def __init__(self, errcode: int | None, errmsg: str = "", *, response: dict[str, Any] | None = None) -> None:
        super().__init__(f"WeChat error {errcode}: {errmsg}")
        self.errcode = errcode
        self.errmsg = errmsg
        self.response = response or {}


class WeChatBusy(WeChatError):
    """-1: system busy."""

    transient = True


class WeChatRateLimited(WeChatError):
    """45009 (API daily quota) or 45011 (per-minute / per-user frequency)."""

    transient = True


class WeChatQuotaExceeded(WeChatError):
    """43101: the user has no subscribe-message quota left for this template (or refused it)."""


class WeChatUnsubscribed(WeChatError):
    """43004: the user does not follow the official account."""


class WeChatInvalidOpenid(WeChatError):
    """40003 invalid openid, 43104 appid and openid do not match: this app cannot reach that user."""


class WeChatOutOfWindow(WeChatError):
    """45015 / 45047: outside the 48-hour customer-service window, or its message count is used up."""


class WeChatInvalidCode(WeChatError):
    """40029 invalid / expired code, 40163 code already used (wx.login and phone-number codes)."""


class WeChatInvalidData(WeChatError):
    """47003: a template field is invalid (too long, empty, wrong kind)."""


class WeChatInvalidTemplate(WeChatError):
    """40037: the template id is not one of the account's templates (deleted, or a typo in settings)."""


class WeChatTokenInvalid(WeChatError):
    """40001 / 40014 / 42001: the access_token was rejected even after one refresh and one retry."""


class WeChatUnavailable(WeChatError):
    """No usable answer: network error, timeout, HTTP 5xx, a body that is not JSON.

    `maybe_delivered` is False when WeChat certainly did not act on the request (no connection, an error page,
    no access_token to send with); a timeout or a dropped connection after the request left may have delivered.
    """

    transient = True

    def __init__(self, reason: str, *, maybe_delivered: bool = True) -> None:
        super().__init__(None, reason)
        self.maybe_delivered = maybe_delivered
        self.args = (f"WeChat unavailable: {reason}",)


ERRCODE_CLASSES: dict[int, type[WeChatError]] = {
    -1: WeChatBusy,
    45009: WeChatRateLimited,
    45011: WeChatRateLimited,
    43101: WeChatQuotaExceeded,
    43004: WeChatUnsubscribed,
    40003: WeChatInvalidOpenid,
    43104: WeChatInvalidOpenid,
    45015: WeChatOutOfWindow,
    45047: WeChatOutOfWindow,
    40029: WeChatInvalidCode,
    40163: WeChatInvalidCode,
    47003: WeChatInvalidData,
    40037: WeChatInvalidTemplate,
    40001: WeChatTokenInvalid,
    40014: WeChatTokenInvalid,
    42001: WeChatTokenInvalid,
}
MASS_SEND_DUPLICATE = 45065  # same clientmsgid within 24 h: WeChat answers with the earlier msg_id


def error_for(errcode: int, errmsg: str, response: dict[str, Any] | None = None) -> WeChatError:
    return ERRCODE_CLASSES.get(errcode, WeChatError)(errcode, errmsg, response=response)


def clip_subscribe_data(data: dict[str, str]) -> dict[str, str]:
    """thing.DATA (≤ 20) and name.DATA (≤ 10) values clipped with "…"; other kinds (codes, dates) are left whole."""
    clipped = {}
    for key, value in data.items():
        cap = SUBSCRIBE_TEXT_CAPS.get(key.rstrip("0123456789"))
        clipped[key] = value[: cap - 1] + "…" if cap is not None and len(value) > cap else value
    return clipped


# --- results ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Code2Session:
    openid: str
    session_key: str = field(repr=False)  # server-side only: never logged, never sent to the client
    unionid: str | None = None


@dataclass(frozen=True)
class SecCheck:
    suggest: Literal["pass", "review", "risky"]
    label: int
    trace_id: str | None = None

    @property
    def passed(self) -> bool:
        return self.suggest == "pass"


_SEVERITY = {"pass": 0, "review": 1, "risky": 2}


# --- the gateway --------------------------------------------------------------------------------------


class WeChatGateway:
    def __init__(self, *, settings: Settings, http: aiohttp.ClientSession, redis: Redis) -> None:
        self.settings = settings
        self.http = http
        self.redis = redis
        self.api_base = settings.wechat_api_base.rstrip("/")
        self.mp_appid = settings.mp_appid
        self.miniapp_appid = settings.miniapp_appid
        self._secrets = {
            settings.mp_appid: settings.mp_secret.get_secret_value(),
            settings.miniapp_appid: settings.miniapp_secret.get_secret_value(),
        }
        self.tokens = AccessTokenCache(
            redis,
            self._fetch_stable_token,
            # The lock outlives one fetch; waiters outlast the lock, so a holder that died is taken over.
            lock_ttl_seconds=settings.wechat_timeout_seconds + 2,
            wait_seconds=settings.wechat_timeout_seconds + 3,
        )
        self.miniprogram_state = "formal" if settings.env == "production" else "developer"
        # Told of every call: (API path, outcome "ok" / "errcode_<n>" / "unavailable" / "cancelled", seconds); the
        # app points it
        # at its Prometheus metrics; CLI commands and jobs outside an app leave it unset.
        self.observer: Callable[[str, str, float], None] | None = None

    # --- access_token ---------------------------------------------------------------------------------

    async def access_token(self, appid: str) -> str:
        """获取接口调用凭证 access_token（Redis 共享缓存，单进程刷新，stable_token 普通模式）。

        https://developers.weixin.qq.com/doc/service/api/base/api_getstableaccesstoken
        """
        if appid not in self._secrets:
            raise ValueError(f"unknown appid {appid!r}: neither the official account nor the mini-program")
        try:
            return await self.tokens.get(appid)
        except TokenRefreshTimeout:
            raise WeChatUnavailable(
                "timed out waiting for another process to refresh the access_token", maybe_delivered=False
            ) from None
        except TokenRefreshFailed:
            raise WeChatUnavailable(
                "the access_token could not be fetched moments ago; backing off", maybe_delivered=False
            ) from None

    async def _fetch_stable_token(self, appid: str) -> tuple[str, int]:
        payload = await self._send(
            "POST",
            "/cgi-bin/stable_token",
            body={
                "grant_type": "client_credential",
                "appid": appid,
                "secret": self._secrets[appid],
                "force_refresh": False,  # force mode is for leaked tokens only: 20 a day, and it kills the old one
            },
        )
        try:
            return str(payload["access_token"]), int(payload["expires_in"])
        except (KeyError, TypeError, ValueError):
            raise WeChatUnavailable(
                "stable_token answer without access_token/expires_in", maybe_delivered=False
            ) from None

    # --- mini-program ---------------------------------------------------------------------------------

    async def code2session(self, js_code: str) -> Code2Session:
        """小程序登录：用 wx.login 的 code 换取 openid、session_key（及 unionid）。code 只能用一次，5 分钟内有效。

        https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html
        """
        payload = await self._send(
            "GET",
            "/sns/jscode2session",
            params={
                "appid": self.miniapp_appid,
                "secret": self._secrets[self.miniapp_appid],
                "js_code": js_code,
                "grant_type": "authorization_code",
            },
        )
        if not payload.get("openid") or not payload.get("session_key"):
            raise WeChatUnavailable("jscode2session answer without openid/session_key")
        return Code2Session(
            openid=str(payload["openid"]),
            session_key=str(payload["session_key"]),
            unionid=str(payload["unionid"]) if payload.get("unionid") else None,
        )

    async def phone_number(self, code: str) -> str:
        """获取用户手机号（手机号快速验证组件返回的 code 换取手机号，code 一次有效、5 分钟过期）。

        https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-info/phone-number/getPhoneNumber.html
        """
        payload = await self._call(self.miniapp_appid, "POST", "/wxa/business/getuserphonenumber", body={"code": code})
        info = payload.get("phone_info") or {}
        watermark_appid = (info.get("watermark") or {}).get("appid")
        if watermark_appid and watermark_appid != self.miniapp_appid:
            raise WeChatError(None, "phone number issued for another appid")
        phone = info.get("phoneNumber") or info.get("purePhoneNumber")
        if not phone:
            raise WeChatUnavailable("getuserphonenumber answer without phone_info")
        return str(phone)

    async def msg_sec_check(self, *, openid: str, content: str, scene: int = 1) -> SecCheck:
        """文本内容安全识别（msgSecCheck 2.0）。以 result.suggest 判断：pass / review（人工复核）/ risky。

        scene：1 资料，2 评论，3 论坛，4 社交日志。用户须在近两小时内访问过小程序（openid 有效）。
        超过 2500 字的文本分段检测，取最严重的结论。

        https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
        """
        worst: SecCheck | None = None
        step = MSG_SEC_CHECK_MAX_CHARS - MSG_SEC_CHECK_OVERLAP
        for start in range(0, max(len(content), 1), step):
            window = content[start : start + MSG_SEC_CHECK_MAX_CHARS]
            payload = await self._call(
                self.miniapp_appid,
                "POST",
                "/wxa/msg_sec_check",
                body={"version": 2, "openid": openid, "scene": scene, "content": window},
            )
            result = payload.get("result") or {}
            suggest = result.get("suggest")
            if suggest not in _SEVERITY:
                raise WeChatUnavailable("msg_sec_check answer without result.suggest")
            check = SecCheck(suggest=suggest, label=int(result.get("label", 100)), trace_id=payload.get("trace_id"))
            if worst is None or _SEVERITY[check.suggest] > _SEVERITY[worst.suggest]:
                worst = check
            if start + MSG_SEC_CHECK_MAX_CHARS >= len(content):
                break
        assert worst is not None
        return worst

    async def media_check_async(self, *, openid: str, media_url: str, media_type: int = 2, scene: int = 1) -> str:
        """异步校验图片/音频内容安全（mediaCheckAsync 2.0），返回 trace_id。

        media_url 须可公开下载（≤ 10 MB）；media_type：1 音频，2 图片。结论在 30 分钟内以 wxa_media_check
        事件推送到小程序消息推送地址，按 trace_id 对应；review 需人工复核。

        https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
        """
        body = {"version": 2, "openid": openid, "scene": scene, "media_url": media_url, "media_type": media_type}
        payload = await self._call(self.miniapp_appid, "POST", "/wxa/media_check_async", body=body)
        if not payload.get("trace_id"):
            raise WeChatUnavailable("media_check_async answer without trace_id")
        return str(payload["trace_id"])

    async def send_subscribe_message(
        self, *, openid: str, template_id: str, data: dict[str, str], page: str | None = None
    ) -> None:
        """发送小程序订阅消息。每次用户同意只授予一次发送额度；额度用完或被拒为 43101（WeChatQuotaExceeded）。

        data 为 {"thing1": "文字", ...}。thing（≤ 20 字）、name（≤ 10 字）超长时截断并加“…”；其他类型
        （character_string、phrase ≤ 5 字、time 等）不合要求时微信返回 47003（WeChatInvalidData）。

        https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
        """
        body: dict[str, Any] = {
            "touser": openid,
            "template_id": template_id,
            "data": {key: {"value": value} for key, value in clip_subscribe_data(data).items()},
            "miniprogram_state": self.miniprogram_state,
            "lang": "zh_CN",
        }
        if page:
            body["page"] = page
        await self._call(self.miniapp_appid, "POST", "/cgi-bin/message/subscribe/send", body=body)

    # --- official account -----------------------------------------------------------------------------

    async def send_custom_message(self, *, openid: str, text: str) -> None:
        """公众号客服消息（文本）。仅在用户互动后的 48 小时窗口内可发：窗口外 45015，未关注 43004。

        https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html
        """
        body = {"touser": openid, "msgtype": "text", "text": {"content": text}}
        await self._call(self.mp_appid, "POST", "/cgi-bin/message/custom/send", body=body)

    async def mass_send(self, *, openids: list[str], text: str, clientmsgid: str | None = None) -> int:
        """公众号按 OpenID 列表群发文本（认证服务号），返回 msg_id。

        OpenID 列表 2 至 10000 个（分批由调用方负责）；服务号每位用户每月最多收到 4 条群发。
        带 clientmsgid 时可安全重试：24 小时内重复的 clientmsgid 返回原群发的 msg_id，不会重复推送。

        https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html
        """
        if len(openids) > MASS_SEND_MAX_OPENIDS:
            raise ValueError(f"mass_send takes at most {MASS_SEND_MAX_OPENIDS} openids per call")
        body: dict[str, Any] = {"touser": list(openids), "msgtype": "text", "text": {"content": text}}
        if clientmsgid:
            body["clientmsgid"] = clientmsgid
        try:
            payload = await self._call(self.mp_appid, "POST", "/cgi-bin/message/mass/send", body=body)
        except WeChatError as exc:
            if exc.errcode == MASS_SEND_DUPLICATE and exc.response.get("msg_id"):
                return int(exc.response["msg_id"])
            raise
        return int(payload["msg_id"])

    async def mass_send_article(self, *, openids: list[str], media_id: str, clientmsgid: str) -> tuple[int, int | None]:
        """公众号按 OpenID 列表群发图文（mpnews，media_id 来自草稿箱），返回 (msg_id, msg_data_id)。

        重复的 clientmsgid（24 小时内）返回原群发的 msg_id，msg_data_id 为 None（首次调用已记录）。

        https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html
        """
        body = {
            "touser": list(openids),
            "msgtype": "mpnews",
            "mpnews": {"media_id": media_id},
            "send_ignore_reprint": 0,
            "clientmsgid": clientmsgid,
        }
        try:
            payload = await self._call(self.mp_appid, "POST", "/cgi-bin/message/mass/send", body=body)
        except WeChatError as exc:
            if exc.errcode == MASS_SEND_DUPLICATE and exc.response.get("msg_id"):
                return int(exc.response["msg_id"]), None
            raise
        data_id = payload.get("msg_data_id")
        return int(payload["msg_id"]), int(data_id) if data_id is not None else None

    async def send_template_message(
        self, *, openid: str, template_id: str, data: dict[str, str], url: str | None = None
    ) -> int:
        """公众号模板消息，返回 msgid（送达结果以 TEMPLATESENDJOBFINISH 事件推送，按 MsgID 对应）。

        未关注 43004（WeChatUnsubscribed），模板不存在 40037（WeChatInvalidTemplate），当日额度用完 45009
        （WeChatRateLimited），字段不合要求 47003（WeChatInvalidData）；thing / name 超长时截断。

        https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html
        """
        body: dict[str, Any] = {
            "touser": openid,
            "template_id": template_id,
            "data": {key: {"value": value} for key, value in clip_subscribe_data(data).items()},
        }
        if url:
            body["url"] = url
        payload = await self._call(self.mp_appid, "POST", "/cgi-bin/message/template/send", body=body)
        try:
            return int(payload["msgid"])
        except (KeyError, TypeError, ValueError):
            raise WeChatUnavailable("template/send answer without msgid") from None

    async def user_info(self, openid: str) -> dict[str, Any]:
        """获取公众号用户基本信息（subscribe、unionid、subscribe_scene 等；不再返回昵称头像）。

        https://developers.weixin.qq.com/doc/offiaccount/User_Management/Get_users_basic_information_UnionID.html
        """
        payload = await self._call(
            self.mp_appid, "GET", "/cgi-bin/user/info", params={"openid": openid, "lang": "zh_CN"}
        )
        payload.pop("errcode", None)
        payload.pop("errmsg", None)
        return payload

    async def create_menu(self, menu: dict[str, Any]) -> None:
        """创建公众号自定义菜单（覆盖现有菜单）：menu 为 {"button": [...]}，一级菜单最多 3 个，二级最多 5 个。

        https://developers.weixin.qq.com/doc/offiaccount/Custom_Menus/Creating_Custom-Defined_Menu.html
        """
        await self._call(self.mp_appid, "POST", "/cgi-bin/menu/create", body=menu)

    # --- transport ------------------------------------------------------------------------------------

    async def _call(
        self,
        appid: str,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """An access_token API call: on a rejected token, drop it (if still cached), refresh and retry ONCE."""
        token = await self.access_token(appid)
        try:
            return await self._send(method, path, params={**(params or {}), "access_token": token}, body=body)
        except WeChatTokenInvalid as exc:
            log.warning("wechat %s rejected the token of %s (errcode %s); refresh once", path, appid, exc.errcode)
            await self.tokens.discard(appid, token)
            token = await self.access_token(appid)
        # A second rejection propagates: a persistent 40001 must not turn into a refresh loop.
        return await self._send(method, path, params={**(params or {}), "access_token": token}, body=body)

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        started = time.perf_counter()
        outcome = "cancelled"
        try:
            payload = await self._exchange(method, path, params=params, body=body)
            outcome = "ok"
            return payload
        except WeChatUnavailable:
            outcome = "unavailable"
            raise
        except WeChatError as exc:
            outcome = f"errcode_{exc.errcode}"
            raise
        finally:
            if self.observer is not None:
                self.observer(path, outcome, time.perf_counter() - started)

    async def _exchange(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        data = headers = None
        if body is not None:
            # WeChat wants UTF-8 text, not \uXXXX escapes (menus and messages otherwise fail with 40033).
            data = json.dumps(body, ensure_ascii=False).encode()
            headers = {"Content-Type": "application/json; charset=utf-8"}
        try:
            url = self.api_base + path
            async with self.http.request(method, url, params=params, data=data, headers=headers) as resp:
                status = resp.status
                raw = await resp.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("wechat %s unreachable: %s", path, type(exc).__name__)
            refused = isinstance(exc, aiohttp.ClientConnectorError)  # no connection: nothing was sent
            raise WeChatUnavailable(f"{path}: {type(exc).__name__}", maybe_delivered=not refused) from None
        if status >= 500:
            log.warning("wechat %s answered HTTP %s", path, status)
            raise WeChatUnavailable(f"{path}: HTTP {status}", maybe_delivered=False)
        try:
            # jscode2session answers with Content-Type text/plain: parse the bytes, not by content type.
            payload = json.loads(raw)
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            log.warning("wechat %s answered HTTP %s without a JSON object", path, status)
            raise WeChatUnavailable(f"{path}: HTTP {status}, not a JSON object", maybe_delivered=False)
        try:
            errcode = int(payload.get("errcode") or 0)
        except (TypeError, ValueError):
            raise WeChatUnavailable(f"{path}: errcode is not a number") from None
        if errcode:
            errmsg = str(payload.get("errmsg", ""))
            error = error_for(errcode, errmsg, payload)
            level = logging.INFO if isinstance(error, WeChatQuotaExceeded | WeChatInvalidCode) else logging.WARNING
            log.log(level, "wechat %s errcode %s: %s", path, errcode, errmsg)
            raise error
        return payload
