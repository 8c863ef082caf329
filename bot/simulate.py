"""Pushes built as WeChat builds them (for `jiliang simulate` and the benchmark): a text message, signed, and
encrypted with the account's EncodingAESKey when it has one (compatible or safe mode); and the reply decoded back
to its text."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

import xmltodict

from bot.protocol import crypto_for, sign
from core.settings import Settings

ACCOUNT_ID = "gh_jiliang_sim"


@dataclass(frozen=True)
class SimulatedPush:
    query: dict[str, str]
    body: bytes
    encrypted: bool


def _cdata(value: str) -> str:
    # A CDATA section cannot contain "]]>"; split it the standard way.
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def text_message_xml(*, openid: str, text: str, msg_id: int, create_time: int | None = None) -> str:
    return (
        f"<xml><ToUserName>{_cdata(ACCOUNT_ID)}</ToUserName><FromUserName>{_cdata(openid)}</FromUserName>"
        f"<CreateTime>{create_time or int(time.time())}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        f"<Content>{_cdata(text)}</Content><MsgId>{msg_id}</MsgId></xml>"
    )


def build_push(settings: Settings, xml: str, *, safe: bool, timestamp: int | None = None) -> SimulatedPush:
    """The push WeChat would send to an account configured like `settings`: plaintext without an EncodingAESKey;
    with one, compatible mode (the plaintext fields and the Encrypt element side by side), or safe mode (only the
    Encrypt element) when `safe`. The server accepts only encrypted pushes once a key is configured."""
    token = settings.mp_token.get_secret_value()
    ts = str(timestamp or int(time.time()))
    nonce = str(secrets.randbelow(10**10))
    query = {"signature": sign(token, ts, nonce), "timestamp": ts, "nonce": nonce}
    if settings.mp_aes_key is None:
        if safe:
            raise ValueError("safe mode needs JILIANG_MP_AES_KEY")
        return SimulatedPush(query, xml.encode(), encrypted=False)
    crypto = crypto_for(token, settings.mp_aes_key.get_secret_value(), settings.mp_appid)
    encrypt = xmltodict.parse(crypto.encrypt_message(xml, nonce, ts))["xml"]["Encrypt"]
    query.update(encrypt_type="aes", msg_signature=sign(token, ts, nonce, encrypt))
    if safe:
        body = f"<xml><ToUserName>{_cdata(ACCOUNT_ID)}</ToUserName><Encrypt>{_cdata(encrypt)}</Encrypt></xml>"
    else:
        body = xml.replace("</xml>", f"<Encrypt>{_cdata(encrypt)}</Encrypt></xml>")
    return SimulatedPush(query, body.encode(), encrypted=True)


def reply_text(settings: Settings, body: str) -> str | None:
    """The Content of a reply (decrypted when encrypted); None for `success` or an empty body."""
    if body.strip() in ("", "success"):
        return None
    reply = xmltodict.parse(body, disable_entities=True)["xml"]
    if "Encrypt" in reply:
        if settings.mp_aes_key is None:
            raise ValueError("encrypted reply but no JILIANG_MP_AES_KEY")
        token, aes_key = settings.mp_token.get_secret_value(), settings.mp_aes_key.get_secret_value()
        crypto = crypto_for(token, aes_key, settings.mp_appid)
        reply = xmltodict.parse(
            crypto.decrypt_message(body, reply["MsgSignature"], reply["TimeStamp"], reply["Nonce"]),
            disable_entities=True,
        )["xml"]
    content = reply.get("Content")
    return str(content) if content is not None else f"[{reply.get('MsgType')}]"
