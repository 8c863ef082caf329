"""Fixtures for this area's tests (kept apart so branches do not collide in conftest).

`wechat` plays WeChat's server: it builds pushes as WeChat sends them (plaintext, compatible or safe mode,
signed and encrypted with wechatpy), posts them to /wechat and decodes the replies.
"""

from __future__ import annotations

import itertools
import random
import string
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
import xmltodict
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient
from wechatpy.crypto import WeChatCrypto
from wechatpy.utils import WeChatSigner

from core.settings import Settings
from knowledge.keys import KNOWLEDGE

ACCOUNT = "gh_jiliang0001"
_msg_ids = itertools.count(int(time.time() * 1000) * 1000)


def wechat_sign(*parts: str) -> str:
    signer = WeChatSigner()
    signer.add_data(*parts)
    return signer.signature


def cdata(value: str) -> str:
    return f"<![CDATA[{value}]]>"


@dataclass
class Push:
    """One push as WeChat would send it: the query string and the body."""

    query: dict[str, str]
    body: bytes


class FakeWeChat:
    def __init__(self, client: TestClient, settings: Settings) -> None:
        self.client = client
        self.token = settings.mp_token.get_secret_value()
        self.aes_key = settings.mp_aes_key.get_secret_value() if settings.mp_aes_key else ""
        self.appid = settings.mp_appid
        self.crypto = WeChatCrypto(self.token, self.aes_key, self.appid) if self.aes_key else None
        # What WeChat sends to an account like this one: with an EncodingAESKey only encrypted pushes (compatible
        # mode by default, the plaintext fields and the ciphertext side by side), without one plaintext.
        self.default_mode = "compat" if self.aes_key else "plain"

    # --- message XML, field order as WeChat sends it ---

    @staticmethod
    def _xml(openid: str, msg_type: str, fields: str, *, create_time: int | None = None) -> str:
        return (
            f"<xml><ToUserName>{cdata(ACCOUNT)}</ToUserName><FromUserName>{cdata(openid)}</FromUserName>"
            f"<CreateTime>{create_time or int(time.time())}</CreateTime><MsgType>{cdata(msg_type)}</MsgType>"
            f"{fields}</xml>"
        )

    def text(self, openid: str, content: str, *, msg_id: int | None = None) -> str:
        msg_id = msg_id or next(_msg_ids)
        return self._xml(openid, "text", f"<Content>{cdata(content)}</Content><MsgId>{msg_id}</MsgId>")

    def voice(self, openid: str, recognition: str) -> str:
        fields = (
            f"<MediaId>{cdata('media-voice-1')}</MediaId><Format>{cdata('amr')}</Format>"
            f"<Recognition>{cdata(recognition)}</Recognition><MsgId>{next(_msg_ids)}</MsgId>"
        )
        return self._xml(openid, "voice", fields)

    def image(self, openid: str) -> str:
        fields = (
            f"<PicUrl>{cdata('http://mmbiz.qpic.cn/x.jpg')}</PicUrl><MediaId>{cdata('media-1')}</MediaId>"
            f"<MsgId>{next(_msg_ids)}</MsgId>"
        )
        return self._xml(openid, "image", fields)

    def event(
        self, openid: str, event: str, key: str | None = None, *, ticket: str | None = None, create_time: int = 0
    ) -> str:
        fields = f"<Event>{cdata(event)}</Event>"
        if key is not None:
            fields += f"<EventKey>{cdata(key)}</EventKey>"
        if ticket is not None:
            fields += f"<Ticket>{cdata(ticket)}</Ticket>"
        return self._xml(openid, "event", fields, create_time=create_time)

    # --- signing and encryption ---

    def push(
        self, xml: str | bytes, mode: str | None = None, *, openid: str = "o-user", timestamp: int | None = None
    ) -> Push:
        mode = mode or self.default_mode
        timestamp = str(timestamp or int(time.time()))
        nonce = "".join(random.choices(string.digits, k=10))
        query = {"signature": wechat_sign(self.token, timestamp, nonce), "timestamp": timestamp, "nonce": nonce}
        query["openid"] = openid
        if mode == "plain":
            return Push(query, xml.encode() if isinstance(xml, str) else xml)
        text = xml.decode() if isinstance(xml, bytes) else xml
        assert self.crypto is not None, "no EncodingAESKey to encrypt with"
        envelope = xmltodict.parse(self.crypto.encrypt_message(text, nonce, timestamp))["xml"]
        encrypt = envelope["Encrypt"]
        query.update(encrypt_type="aes", msg_signature=wechat_sign(self.token, timestamp, nonce, encrypt))
        if mode == "safe":
            body = f"<xml><ToUserName>{cdata(ACCOUNT)}</ToUserName><Encrypt>{cdata(encrypt)}</Encrypt></xml>"
        elif mode == "compat":  # the plaintext fields and the ciphertext side by side
            body = text.replace("</xml>", f"<Encrypt>{cdata(encrypt)}</Encrypt></xml>")
        else:
            raise ValueError(mode)
        return Push(query, body.encode())

    async def post(self, push: Push, **kwargs: Any) -> ClientResponse:
        return await self.client.post("/wechat", params=push.query, data=push.body, **kwargs)

    async def send(self, xml: str, mode: str | None = None) -> ClientResponse:
        return await self.post(self.push(xml, mode))

    def decode(self, body: str, push: Push) -> dict[str, Any] | None:
        """The reply as a dict (None for `success` / empty), decrypting and checking it when it is encrypted."""
        if body in ("", "success"):
            return None
        reply = xmltodict.parse(body)["xml"]
        if "Encrypt" in reply:
            assert push.query.get("encrypt_type") == "aes", "encrypted reply to a plaintext push"
            assert self.crypto is not None
            plaintext = self.crypto.decrypt_message(body, reply["MsgSignature"], reply["TimeStamp"], reply["Nonce"])
            return xmltodict.parse(plaintext)["xml"]
        assert push.query.get("encrypt_type") != "aes", "plaintext reply to an encrypted push"
        return reply

    async def exchange(self, xml: str, mode: str | None = None) -> dict[str, Any] | None:
        push = self.push(xml, mode)
        response = await self.post(push)
        assert response.status == 200, await response.text()
        return self.decode(await response.text(), push)

    async def say(self, openid: str, text: str, mode: str | None = None) -> str | None:
        """Send a text message; the reply's Content (None when the bot answered `success`)."""
        reply = await self.exchange(self.text(openid, text), mode)
        if reply is None:
            return None
        assert reply["ToUserName"] == openid and reply["FromUserName"] == ACCOUNT
        assert reply["MsgType"] == "text"
        return reply["Content"]


@pytest.fixture
def wechat(client: TestClient, settings: Settings) -> FakeWeChat:
    """WeChat talking to the app as configured in the tests: with the demo EncodingAESKey."""
    return FakeWeChat(client, settings)


async def wechat_without_key(make_client: Callable[..., Awaitable[TestClient]], settings: Settings) -> FakeWeChat:
    """WeChat talking to an app whose account has no EncodingAESKey (plaintext mode)."""
    plain = settings.model_copy(update={"mp_aes_key": None, "mp_aes_key_previous": None})
    return FakeWeChat(await make_client(mp_aes_key=None, mp_aes_key_previous=None), plain)


@pytest.fixture
async def plain_wechat(make_client: Callable[..., Awaitable[TestClient]], settings: Settings) -> FakeWeChat:
    return await wechat_without_key(make_client, settings)


# A small knowledge base of our own, so the bot's tests do not depend on the production content's wording.
BOT_TEST_KB = [
    {
        "id": "short-weight-what-to-do",
        "question": "购物时遇到缺斤短两怎么办？",
        "answer": "保留小票，到市场公平秤复秤，短缺的可要求商家补足；也可以投诉。",
        "keywords": ["缺斤短两", "短秤", "复秤"],
        "category": "称重",
    },
    {
        "id": "complaint-time-limit",
        "question": "投诉提交后多长时间会处理？",
        "answer": "自收到投诉之日起7个工作日内决定是否受理。",
        "alternatives": ["投诉多久处理", "投诉处理时限"],
        "keywords": ["投诉", "时限", "多久"],
        "category": "投诉举报",
    },
    {
        "id": "water-meter-inaccurate",
        "question": "怀疑家里水表不准怎么办？",
        "answer": "可向供水企业反映，也可申请计量仲裁检定。",
        "keywords": ["水表"],
        "category": "民用三表",
    },
    {
        "id": "gas-meter-inaccurate",
        "question": "怀疑燃气表计量不准怎么办？",
        "answer": "可向燃气公司反映，也可申请计量检定。",
        "keywords": ["燃气表"],
        "category": "民用三表",
    },
    {
        "id": "electricity-meter-inaccurate",
        "question": "怀疑家里电表计量不准怎么办？",
        "answer": "可向供电企业反映，也可申请检定。",
        "keywords": ["电表"],
        "category": "民用三表",
    },
    {
        "id": "pricing-scale-verification",
        "question": "商户使用的电子秤需要检定吗？",
        "answer": "商户用于贸易结算的电子秤属于强制检定的计量器具，须定期检定。",
        "keywords": ["电子秤", "检定"],
        "category": "检定",
    },
    {
        "id": "household-scale-testing",
        "question": "家用电子秤可以拿去检测吗？",
        "answer": "可以送到计量检定机构校准，家用秤不属于强制检定范围。",
        "keywords": ["电子秤", "家用"],
        "category": "检定",
    },
    {
        "id": "human-agent",
        "question": "如何联系人工客服？",
        "answer": "请拨打12315热线，工作人员会为您服务。",
        "category": "服务",
        "actions": [{"type": "phone", "label": "12315热线", "value": "12315"}],
    },
    {
        "id": "office-hours",
        "question": "办公时间是什么时候？",
        "answer": "工作日上午8:30-12:00，下午14:30-18:00。",
        "category": "服务",
    },
]


@pytest.fixture
async def bot_faq(client: TestClient) -> None:
    await load_bot_faq(client)


async def load_bot_faq(*clients: TestClient) -> None:
    """Replace the knowledge base with BOT_TEST_KB and load it into the apps' knowledge indexes."""
    from knowledge.kbfile import parse_kb
    from knowledge.models import KnowledgeEntry
    from knowledge.service import import_kb

    await KnowledgeEntry.all().delete()
    await import_kb(parse_kb({"version": "bot-test", "entries": BOT_TEST_KB}))
    for client in clients:
        await client.server.app[KNOWLEDGE].reload(force=True)


class SandboxControl:
    """The sandbox's control endpoints (/sandbox/...), over HTTP like any client."""

    def __init__(self, server: Any) -> None:
        self.server = server

    async def post(self, path: str, body: dict[str, Any]) -> Any:
        import aiohttp

        async with aiohttp.ClientSession() as http:
            async with http.post(self.server.make_url(path), json=body) as response:
                assert response.status == 200, await response.text()
                return await response.json()

    async def get(self, path: str, **params: str) -> Any:
        import aiohttp

        async with aiohttp.ClientSession() as http:
            async with http.get(self.server.make_url(path), params=params) as response:
                assert response.status == 200, await response.text()
                return await response.json()

    async def calls(self, path: str) -> int:
        return int((await self.get("/sandbox/stats"))["calls"].get(path, 0))

    async def custom_messages(self, openid: str) -> list[str]:
        items = (await self.get("/sandbox/sent", kind="custom", openid=openid))["items"]
        return [item["text"] for item in items]


@pytest.fixture
def sandbox_ctl(sandbox: Any) -> SandboxControl:
    return SandboxControl(sandbox)
