"""/wechat as WeChat's servers call it: verification, the three modes, refusals, retries and the deadline."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp.test_utils import TestClient
from pydantic import SecretStr

from core.models import Subscriber
from core.settings import Settings
from tests.support.bot import FakeWeChat, Push, SandboxControl, cdata, wechat_sign


def _verification_query(token: str, echostr: str = "echo-12345") -> dict[str, str]:
    timestamp, nonce = str(int(time.time())), "884466"
    signature = wechat_sign(token, timestamp, nonce)
    return {"signature": signature, "timestamp": timestamp, "nonce": nonce, "echostr": echostr}


async def test_url_verification_echoes_echostr(client: TestClient, wechat: FakeWeChat) -> None:
    response = await client.get("/wechat", params=_verification_query(wechat.token))
    assert response.status == 200
    assert await response.text() == "echo-12345"


async def test_url_verification_with_a_wrong_signature_is_403(client: TestClient, wechat: FakeWeChat) -> None:
    query = _verification_query(wechat.token)
    query["signature"] = "0" * 40
    response = await client.get("/wechat", params=query)
    assert response.status == 403
    assert "echo" not in await response.text()
    assert not response.headers["Content-Type"].startswith("application/json")


async def test_url_verification_with_a_stale_timestamp_is_403(client: TestClient, wechat: FakeWeChat) -> None:
    timestamp, nonce = str(int(time.time()) - 3600), "1"
    query = {"signature": wechat_sign(wechat.token, timestamp, nonce), "timestamp": timestamp, "nonce": nonce}
    response = await client.get("/wechat", params={**query, "echostr": "x"})
    assert response.status == 403


@pytest.mark.parametrize("mode", ["plain", "compat", "safe"])
async def test_text_message_is_answered_in_every_mode(wechat: FakeWeChat, plain_wechat: FakeWeChat, mode: str) -> None:
    if mode == "plain":  # plaintext mode is what an account without an EncodingAESKey gets
        wechat = plain_wechat
    push = wechat.push(wechat.text("o-mode", "我要投诉"), mode)
    response = await wechat.post(push)
    assert response.status == 200
    body = await response.text()
    if mode == "plain":
        assert "<Encrypt>" not in body
    else:  # safe and compatible mode: the reply is encrypted, nothing readable outside the envelope
        assert "<Encrypt>" in body and "投诉" not in body
    reply = wechat.decode(body, push)
    assert reply is not None
    assert reply["ToUserName"] == "o-mode"
    assert 'data-miniprogram-path="pages/complaint/new"' in reply["Content"]


async def test_safe_mode_checks_msg_signature_not_signature(wechat: FakeWeChat) -> None:
    push = wechat.push(wechat.text("o-sig", "我要投诉"), "safe")
    # A valid `signature` does not help when msg_signature (over the ciphertext) is wrong.
    forged = Push({**push.query, "msg_signature": wechat_sign(wechat.token, "1", "2", "3")}, push.body)
    response = await wechat.post(forged)
    assert response.status == 403
    assert not await Subscriber.exists(openid="o-sig")


async def test_safe_mode_rejects_ciphertext_swapped_under_a_valid_signature(wechat: FakeWeChat) -> None:
    push = wechat.push(wechat.text("o-swap", "你好"), "safe")
    other = wechat.push(wechat.text("o-attacker", "你好"), "safe")
    response = await wechat.post(Push(push.query, other.body))
    assert response.status == 403


async def test_plaintext_mode_with_a_bad_signature_is_403(plain_wechat: FakeWeChat) -> None:
    wechat = plain_wechat
    push = wechat.push(wechat.text("o-bad", "你好"))
    response = await wechat.post(Push({**push.query, "signature": "f" * 40}, push.body))
    assert response.status == 403
    assert not await Subscriber.exists(openid="o-bad")


async def test_plaintext_push_to_an_account_with_a_key_is_refused(wechat: FakeWeChat) -> None:
    """A valid plain `signature` covers only token, timestamp and nonce: with a key, only ciphertext counts."""
    push = wechat.push(wechat.event("o-forged", "CLICK", "AUDIENCE_ENTERPRISE"), "plain")
    response = await wechat.post(push)
    assert response.status == 403
    assert "加密" not in await response.text() and not response.headers["Content-Type"].startswith("application/json")
    assert not await Subscriber.exists(openid="o-forged")
    # Nothing was claimed either: the same push, properly encrypted, is then answered as a first delivery.
    reply = await wechat.exchange(wechat.event("o-forged", "CLICK", "AUDIENCE_ENTERPRISE"), "safe")
    assert reply is not None and (await Subscriber.get(openid="o-forged")).audience == "enterprise"


async def test_compatible_mode_trusts_only_the_ciphertext(wechat: FakeWeChat) -> None:
    """The plaintext fields of a compatible-mode push are not signed: what counts is the Encrypt element."""
    push = wechat.push(wechat.event("o-real", "CLICK", "AUDIENCE_ENTERPRISE"), "compat")
    forged_body = push.body.replace(b"o-real", b"o-victim", 1)
    assert b"o-victim" in forged_body
    reply = wechat.decode(await (await wechat.post(Push(push.query, forged_body))).text(), push)
    assert reply is not None and reply["ToUserName"] == "o-real"
    assert not await Subscriber.exists(openid="o-victim")
    assert (await Subscriber.get(openid="o-real")).audience == "enterprise"


async def test_compatible_mode_with_a_wrong_msg_signature_is_403(wechat: FakeWeChat) -> None:
    push = wechat.push(wechat.event("o-compat-sig", "CLICK", "AUDIENCE_ENTERPRISE"), "compat")
    response = await wechat.post(Push({**push.query, "msg_signature": "0" * 40}, push.body))
    assert response.status == 403
    assert not await Subscriber.exists(openid="o-compat-sig")


async def test_missing_signature_is_403(client: TestClient, wechat: FakeWeChat) -> None:
    response = await client.post("/wechat", data=wechat.text("o-none", "你好").encode())
    assert response.status == 403


async def test_ciphertext_for_another_appid_is_400(wechat: FakeWeChat, settings: Settings) -> None:
    from wechatpy.crypto import WeChatCrypto

    other = FakeWeChat(wechat.client, settings)
    other.crypto = WeChatCrypto(wechat.token, wechat.aes_key, "wxsomeoneelse0001")
    response = await other.post(other.push(other.text("o-appid", "你好"), "safe"))
    assert response.status == 400


@pytest.mark.parametrize(
    "body",
    [
        b"<xml><ToUserName>",  # truncated
        b"not xml at all",
        b"",
        b"<xml>just text</xml>",
        b"<root><MsgType>text</MsgType></root>",  # no <xml> root
        b"<xml><FromUserName>o-1</FromUserName><CreateTime>1</CreateTime></xml>",  # no MsgType
        b"<xml><ToUserName>a</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime>"
        b"<MsgType>text</MsgType><Content>x</Content><MsgId>not-a-number</MsgId></xml>",
    ],
)
@pytest.mark.parametrize("mode", ["plain", "safe"])
async def test_malformed_xml_is_400(wechat: FakeWeChat, plain_wechat: FakeWeChat, body: bytes, mode: str) -> None:
    sender = plain_wechat if mode == "plain" else wechat
    response = await sender.post(sender.push(body, mode))
    assert response.status == 400
    assert not response.headers["Content-Type"].startswith("application/json")


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]><xml><ToUserName>a</ToUserName><FromUserName>o-bomb</FromUserName><CreateTime>1</CreateTime>"
    "<MsgType>text</MsgType><Content>&lol9;</Content><MsgId>1</MsgId></xml>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    "<xml><ToUserName>a</ToUserName><FromUserName>o-xxe</FromUserName><CreateTime>1</CreateTime>"
    "<MsgType>text</MsgType><Content>&xxe;</Content><MsgId>2</MsgId></xml>"
)


@pytest.mark.parametrize("mode", ["plain", "safe"])
@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY, "<!doctype xml><xml></xml>"])
async def test_dtd_and_entity_payloads_are_refused(
    wechat: FakeWeChat, plain_wechat: FakeWeChat, payload: str, mode: str
) -> None:
    sender = plain_wechat if mode == "plain" else wechat
    response = await sender.post(sender.push(payload, mode))
    assert response.status == 400
    assert not await Subscriber.exists(openid="o-bomb")
    assert "root:" not in await response.text()


async def test_a_dtd_in_utf16_is_refused_too(plain_wechat: FakeWeChat) -> None:
    wechat = plain_wechat
    # An internal entity the C parser would happily expand, spelled in UTF-16 so that no byte reads "<!DOCTYPE".
    xml = wechat.text("o-utf16", "&e;").replace("<xml>", '<!DOCTYPE xml [<!ENTITY e "我要投诉">]><xml>', 1)
    payload = ('<?xml version="1.0" encoding="UTF-16"?>' + xml).encode("utf-16")
    assert b"<!DOCTYPE" not in payload
    response = await wechat.post(wechat.push(payload))
    assert response.status == 400
    assert not await Subscriber.exists(openid="o-utf16")


async def test_entity_in_the_encrypted_envelope_is_refused(wechat: FakeWeChat) -> None:
    push = wechat.push(wechat.text("o-env", "你好"), "safe")
    body = push.body.replace(b"<xml>", b'<!DOCTYPE xml [<!ENTITY e "x">]><xml>', 1)
    response = await wechat.post(Push(push.query, body))
    assert response.status == 400


async def test_oversized_body_is_413(wechat: FakeWeChat) -> None:
    big = wechat.text("o-big", "缺" * 40_000)  # about 120 KB of UTF-8
    response = await wechat.post(wechat.push(big))
    assert response.status == 413
    assert not await Subscriber.exists(openid="o-big")


async def test_oversized_chunked_body_is_413(wechat: FakeWeChat) -> None:
    push = wechat.push(wechat.text("o-chunk", "你好"))

    async def chunks():
        yield push.body[:-6]
        for _ in range(100):
            yield b"<a>" + b"x" * 1000 + b"</a>"
        yield b"</xml>"

    response = await wechat.client.post("/wechat", params=push.query, data=chunks())
    assert response.status == 413


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
async def test_other_methods_get_a_plain_405(client: TestClient, method: str) -> None:
    response = await client.request(method, "/wechat")
    assert response.status == 405
    assert not response.headers["Content-Type"].startswith("application/json")


async def test_a_very_long_text_is_answered(wechat: FakeWeChat) -> None:
    reply = await wechat.say("o-long", "我想问一下" + "电子秤" * 5000, "safe")
    assert reply is not None


async def test_unknown_message_type_is_answered_success(wechat: FakeWeChat) -> None:
    xml = wechat._xml("o-unknown", "miniprogrampage", f"<Title>{cdata('x')}</Title><MsgId>77</MsgId>")
    response = await wechat.send(xml)
    assert response.status == 200
    assert await response.text() == "success"


async def test_unknown_event_is_answered_success(wechat: FakeWeChat) -> None:
    response = await wechat.send(wechat.event("o-unknown", "TEMPLATESENDJOBFINISH"))
    assert await response.text() == "success"
    response = await wechat.send(wechat.event("o-unknown", "some_future_event"))
    assert await response.text() == "success"


async def test_a_failure_inside_the_bot_answers_success_not_500(
    wechat: FakeWeChat, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Fault injection: the knowledge engine, asked about a question no rule catches, blows up.
    from knowledge.keys import KNOWLEDGE

    async def broken(*_: object, **__: object) -> None:
        raise RuntimeError("index exploded")

    monkeypatch.setattr(client.server.app[KNOWLEDGE], "answer", broken)
    response = await wechat.send(wechat.text("o-broken", "电子秤需要检定吗"))
    assert response.status == 200
    assert await response.text() == "success"


# --- retries ---------------------------------------------------------------------------------------------


async def test_retry_gets_the_same_reply_and_no_second_side_effect(wechat: FakeWeChat) -> None:
    xml = wechat.event("o-retry", "CLICK", "AUDIENCE_ENTERPRISE")
    first = await wechat.exchange(xml)
    second = await wechat.exchange(xml)
    assert first is not None and second is not None
    assert first["Content"] == second["Content"]


async def test_concurrent_identical_deliveries_run_once(wechat: FakeWeChat, sandbox_ctl: SandboxControl) -> None:
    """WeChat's retry can arrive while the first delivery is still running: same reply, one side effect.

    The status look-up first asks the gateway for the follower's unionid; the sandbox holds that call long
    enough for the other deliveries to arrive while the first is inside it.
    """
    await sandbox_ctl.post("/sandbox/latency", {"endpoint": "/cgi-bin/user/info", "seconds": 0.5})
    xml = wechat.text("o-race-1", "进度 JL20261122000123")
    replies = await asyncio.gather(*(wechat.exchange(xml, "safe") for _ in range(4)))
    assert all(r is not None for r in replies)
    assert len({r["Content"] for r in replies}) == 1  # type: ignore[index]
    assert "JL20261122000123" in replies[0]["Content"]  # type: ignore[index]
    assert await sandbox_ctl.calls("/cgi-bin/user/info") == 1


async def test_retry_on_another_worker_gets_the_stored_reply(
    wechat: FakeWeChat, make_client, settings, sandbox_ctl: SandboxControl
) -> None:
    second_worker = FakeWeChat(await make_client(), settings)
    await sandbox_ctl.post("/sandbox/latency", {"endpoint": "/cgi-bin/user/info", "seconds": 0.3})
    xml = wechat.text("o-race-2", "进度 JL20261122000999")
    first, retry = await asyncio.gather(wechat.exchange(xml), second_worker.exchange(xml))
    assert first == retry
    assert await sandbox_ctl.calls("/cgi-bin/user/info") == 1


async def test_a_push_encrypted_with_the_previous_key_is_answered_with_that_key(
    make_client, settings: Settings
) -> None:
    """After an EncodingAESKey rotation WeChat may still use the old key for a while (its FAQ): accept both."""
    old_key = settings.mp_aes_key.get_secret_value()  # type: ignore[union-attr]
    new_key = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG"
    rotated = await make_client(mp_aes_key=SecretStr(new_key), mp_aes_key_previous=SecretStr(old_key))
    old_sender = FakeWeChat(rotated, settings)  # still encrypting with the old key
    reply = await old_sender.exchange(old_sender.text("o-rot", "我要投诉"), "safe")
    assert reply is not None and "pages/complaint/new" in reply["Content"]

    new_settings = settings.model_copy(update={"mp_aes_key": SecretStr(new_key)})
    new_sender = FakeWeChat(rotated, new_settings)
    reply = await new_sender.exchange(new_sender.text("o-rot", "预约"), "safe")
    assert reply is not None and "pages/booking/new" in reply["Content"]

    stranger = FakeWeChat(rotated, settings.model_copy(update={"mp_aes_key": SecretStr("Z" * 43)}))
    response = await stranger.post(stranger.push(stranger.text("o-rot", "你好"), "safe"))
    assert response.status == 400


@pytest.mark.parametrize(
    "layout",
    [
        "<xml>{to}{enc}</xml>",
        "<xml>\n    {to}\n    {enc}\n</xml>\n",  # as WeChat's documentation prints it
        "<xml>{enc}{to}</xml>",  # another field order
        "<xml>{to}<Encrypt>  {encrypt}\n</Encrypt></xml>",  # no CDATA, padded text
    ],
)
async def test_safe_mode_envelope_layouts_are_all_understood(wechat: FakeWeChat, layout: str) -> None:
    push = wechat.push(wechat.text("o-layout", "我要投诉"), "safe")
    encrypt = push.body.split(b"<Encrypt><![CDATA[")[1].split(b"]]>")[0].decode()
    body = layout.format(
        to=f"<ToUserName>{cdata('gh_jiliang0001')}</ToUserName>",
        enc=f"<Encrypt>{cdata(encrypt)}</Encrypt>",
        encrypt=encrypt,
    )
    response = await wechat.post(Push(push.query, body.encode()))
    assert response.status == 200
    reply = wechat.decode(await response.text(), push)
    assert reply is not None and "在线投诉" in reply["Content"]


async def test_safe_mode_envelope_with_a_form_feed_is_malformed(wechat: FakeWeChat) -> None:
    push = wechat.push(wechat.text("o-ff", "你好"), "safe")
    response = await wechat.post(Push(push.query, push.body.replace(b"</ToUserName>", b"</ToUserName>\x0c", 1)))
    assert response.status == 400


async def test_a_replay_within_the_timestamp_window_has_one_side_effect(
    wechat: FakeWeChat, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A push dated +250 s (still inside the ±300 s window) replayed 312 s later is still inside the window, so
    its delivery claim must still be there: one side effect, not two."""
    from bot import protocol
    from core.keys import REDIS

    async def unsubscribes_counted() -> float:
        metrics = await (await client.get("/metrics")).text()
        line = next((x for x in metrics.splitlines() if 'kind="bot_unsubscribe"' in x and "_total" in x), None)
        return float(line.rsplit(" ", 1)[1]) if line else 0.0

    dated = int(time.time()) + 250
    push = wechat.push(wechat.event("o-replay", "unsubscribe", create_time=dated), "safe", timestamp=dated)
    assert (await wechat.post(push)).status == 200
    assert await unsubscribes_counted() == 1

    # 312 seconds pass: for the server's clock, and for every key in Redis.
    redis = client.server.app[REDIS]
    async for key in redis.scan_iter("bot:seen:*"):
        remaining = await redis.pttl(key)
        if remaining - 312_000 > 0:
            await redis.pexpire(key, remaining - 312_000)
        else:
            await redis.delete(key)
    real_time = time.time
    monkeypatch.setattr(protocol, "time", type("Clock", (), {"time": staticmethod(lambda: real_time() + 312)}))

    assert (await wechat.post(push)).status == 200
    assert await unsubscribes_counted() == 1
