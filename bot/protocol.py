"""The callback wire protocol: bounded body reading, signatures, AES envelopes and message parsing.

wechatpy does the crypto (WeChatCrypto), the signing (WeChatSigner) and the parsing (parse_message); this module
adds what it lacks: constant-time comparison, a timestamp window, a body limit and a refusal of DTDs before any
parser sees the bytes.
"""

from __future__ import annotations

import hmac
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import xmltodict
from aiohttp import web
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.messages import BaseMessage
from wechatpy.utils import WeChatSigner

MAX_BODY_BYTES = 64 * 1024
# WeChat retries within seconds; a few minutes covers clock skew without accepting replays of old captures.
TIMESTAMP_WINDOW_SECONDS = 300
_HOSTILE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)


class CallbackRejected(Exception):
    """The request is not a valid WeChat push; answered with `status` and a short plain-text reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Inbound:
    message: BaseMessage
    encrypted: bool  # the reply must be encrypted (safe and compatible modes)
    nonce: str
    timestamp: str


def sign(*parts: str) -> str:
    signer = WeChatSigner()
    signer.add_data(*parts)
    return signer.signature


def signature_matches(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())


def check_timestamp(timestamp: str | None, *, now: float | None = None) -> str:
    if not timestamp or not timestamp.isdigit() or len(timestamp) > 12:
        raise CallbackRejected(403, "invalid timestamp")
    if abs((now or time.time()) - int(timestamp)) > TIMESTAMP_WINDOW_SECONDS:
        raise CallbackRejected(403, "stale timestamp")
    return timestamp


def verify_url(q: Mapping[str, str], token: str) -> str:
    """URL verification (GET): the echostr back when `signature` is sha1(sorted token, timestamp, nonce)."""
    timestamp = check_timestamp(q.get("timestamp"))
    nonce = q.get("nonce", "")
    if not signature_matches(sign(token, timestamp, nonce), q.get("signature")):
        raise CallbackRejected(403, "invalid signature")
    return q.get("echostr", "")


async def read_body(request: web.Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The request body, refusing (413) anything over `limit` without reading more than limit + one chunk."""
    if request.content_length is not None and request.content_length > limit:
        raise CallbackRejected(413, "body too large")
    chunks: list[bytes] = []
    size = 0
    while chunk := await request.content.readany():
        size += len(chunk)
        if size > limit:
            raise CallbackRejected(413, "body too large")
        chunks.append(chunk)
    return b"".join(chunks)


def refuse_hostile(xml: bytes | str) -> None:
    data = xml.encode() if isinstance(xml, str) else xml
    if _HOSTILE.search(data):
        raise CallbackRejected(400, "DTD and entities are not accepted")


def _xml_root(data: bytes | str) -> dict[str, object]:
    try:
        root = xmltodict.parse(data, disable_entities=True)["xml"]
    except Exception as exc:  # expat errors, a missing <xml> root, a non-XML body
        raise CallbackRejected(400, "malformed XML") from exc
    if not isinstance(root, dict):
        raise CallbackRejected(400, "malformed XML")
    return root


def _parse(xml: bytes | str) -> BaseMessage:
    refuse_hostile(xml)
    try:
        message = parse_message(xml)
        # Touch the common fields now so that a malformed push fails here (400), not inside a handler.
        _ = (message.source, message.target, message.id, message.time)
    except CallbackRejected:
        raise
    except Exception as exc:
        raise CallbackRejected(400, "malformed message") from exc
    if not message.source:
        raise CallbackRejected(400, "message without FromUserName")
    return message


@lru_cache(maxsize=8)
def crypto_for(token: str, aes_key: str, appid: str) -> WeChatCrypto:
    return WeChatCrypto(token, aes_key, appid)


def read_inbound(body: bytes, q: Mapping[str, str], *, token: str, aes_key: str | None, appid: str) -> Inbound:
    """Authenticate and parse one push in whichever mode WeChat used (encrypt_type=aes: safe or compatible)."""
    timestamp = check_timestamp(q.get("timestamp"))
    nonce = q.get("nonce", "")
    if q.get("encrypt_type", "raw").lower() != "aes":
        if not signature_matches(sign(token, timestamp, nonce), q.get("signature")):
            raise CallbackRejected(403, "invalid signature")
        return Inbound(_parse(body), encrypted=False, nonce=nonce, timestamp=timestamp)

    if aes_key is None:
        raise CallbackRejected(400, "encrypted push but no EncodingAESKey configured")
    refuse_hostile(body)
    envelope = _xml_root(body)
    encrypt = envelope.get("Encrypt")
    if not isinstance(encrypt, str) or not encrypt:
        raise CallbackRejected(400, "encrypted push without Encrypt")
    # msg_signature covers the ciphertext; `signature` (also sent) does not, so it is not what we check.
    msg_signature = q.get("msg_signature")
    if not signature_matches(sign(token, timestamp, nonce, encrypt), msg_signature):
        raise CallbackRejected(403, "invalid msg_signature")
    try:
        plaintext = crypto_for(token, aes_key, appid).decrypt_message(
            {"Encrypt": encrypt}, msg_signature, timestamp, nonce
        )
    except Exception as exc:  # bad padding, base64 or a foreign appid
        raise CallbackRejected(400, "undecryptable Encrypt") from exc
    return Inbound(_parse(plaintext), encrypted=True, nonce=nonce, timestamp=timestamp)


def encrypt_reply(xml: str, inbound: Inbound, *, token: str, aes_key: str, appid: str) -> str:
    return crypto_for(token, aes_key, appid).encrypt_message(xml, inbound.nonce, str(int(time.time())))
