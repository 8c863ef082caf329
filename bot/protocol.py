"""The callback wire protocol: bounded body reading, signatures, AES envelopes and message parsing.

wechatpy is the reference (the tests build pushes and read replies with it); the AES envelope is bot.envelope and
the message model bot.push, both wechatpy's formats without its per-message overhead. This module adds what
wechatpy lacks: constant-time comparison, a timestamp window, a body limit, a refusal of DTDs before any parser
sees the bytes and again inside it, and one XML parser for every body, the standard library's C parser
(wechatpy's parse_message goes through xmltodict's Python callbacks, the largest cost on the callback's hot path;
defusedxml's ElementTree runs expat through the pure-Python XMLParser, measured at three times the C parser).
"""

from __future__ import annotations

import hmac
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from xml.etree import ElementTree

from aiohttp import web
from wechatpy.crypto import WeChatCrypto

from bot.envelope import Envelope, signature
from bot.push import Push, XmlValue, push_from_fields

MAX_BODY_BYTES = 64 * 1024
# WeChat retries within seconds; a few minutes covers clock skew without accepting replays of old captures.
# A push is accepted while |now - timestamp| <= this, so its delivery claim must outlive twice this span
# (bot.state.CLAIM_TTL_SECONDS is derived from it).
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
    """An authenticated push. `aes_key` is set when the reply must be encrypted (safe and compatible modes):
    it is the key that decrypted the push, which just after a rotation may still be the previous one."""

    message: Push
    nonce: str
    aes_key: str | None = None


def sign(*parts: str) -> str:
    return signature(*parts)


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
    # NUL bytes mean UTF-16/32 (or garbage): a DTD spelled in those would slip past the byte search below.
    if b"\x00" in data:
        raise CallbackRejected(400, "only UTF-8 XML is accepted")
    if _HOSTILE.search(data):
        raise CallbackRejected(400, "DTD and entities are not accepted")


def _element_value(element: ElementTree.Element) -> XmlValue:
    """xmltodict's shape without attributes: text (stripped, None when empty) or a dict of children, with
    repeated children as a list."""
    if len(element) == 0:
        return (element.text or "").strip() or None
    children: dict[str, XmlValue] = {}
    for child in element:
        value = _element_value(child)
        if child.tag in children:
            existing = children[child.tag]
            children[child.tag] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            children[child.tag] = value
    return children


class _NoDoctype(ElementTree.TreeBuilder):
    """The tree builder of the one XML parser: a DOCTYPE stops the parse before any declaration in it is read
    (so no entity but the five predefined ones can exist), whatever the encoding hides from `refuse_hostile`."""

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise CallbackRejected(400, "DTD and entities are not accepted")


def _parse_root(data: bytes | str) -> ElementTree.Element:
    parser = ElementTree.XMLParser(target=_NoDoctype())
    try:
        parser.feed(data)
        return parser.close()
    except ElementTree.ParseError as exc:
        raise CallbackRejected(400, "malformed XML") from exc


def xml_fields(data: bytes | str) -> dict[str, XmlValue]:
    """The children of a push's <xml> root, read by the standard library's C parser (expat) and nothing else:
    DTDs are turned away before it sees the bytes (`refuse_hostile`) and again by the parser itself."""
    refuse_hostile(data)
    root = _parse_root(data)
    fields = _element_value(root)
    if root.tag != "xml" or not isinstance(fields, dict):
        raise CallbackRejected(400, "malformed XML")
    return fields


def parse_push(xml: bytes | str) -> Push:
    try:
        return push_from_fields(xml_fields(xml))
    except ValueError as exc:  # a required field missing, MsgId or CreateTime not a number
        raise CallbackRejected(400, "malformed message") from exc


@lru_cache(maxsize=8)
def crypto_for(token: str, aes_key: str, appid: str) -> WeChatCrypto:
    """wechatpy's crypto, for the WeChat side of simulations (pushes built as WeChat builds them)."""
    return WeChatCrypto(token, aes_key, appid)


@lru_cache(maxsize=8)
def envelope_for(token: str, aes_key: str, appid: str) -> Envelope:
    return Envelope(token, aes_key, appid)


def read_inbound(
    body: bytes,
    q: Mapping[str, str],
    *,
    token: str,
    aes_key: str | None,
    appid: str,
    previous_aes_key: str | None = None,
) -> Inbound:
    """Authenticate and parse one push in the mode the account is configured for.

    With an EncodingAESKey only encrypted pushes (encrypt_type=aes: safe mode, or the Encrypt element of
    compatible mode) are accepted: their msg_signature covers the ciphertext, while the plain `signature` covers
    only token, timestamp and nonce, so one leaked query string would let anyone post as any follower for the
    whole timestamp window. Plaintext mode is for accounts without a key.
    """
    timestamp = check_timestamp(q.get("timestamp"))
    nonce = q.get("nonce", "")
    keys = [key for key in (aes_key, previous_aes_key) if key]
    if q.get("encrypt_type", "raw").lower() != "aes":
        if keys:
            raise CallbackRejected(403, "plaintext push refused: this account only accepts encrypted pushes")
        if not signature_matches(sign(token, timestamp, nonce), q.get("signature")):
            raise CallbackRejected(403, "invalid signature")
        return Inbound(parse_push(body), nonce=nonce)

    if not keys:
        raise CallbackRejected(400, "encrypted push but no EncodingAESKey configured")
    encrypt = _encrypt_field(body)
    if not isinstance(encrypt, str) or not encrypt:
        raise CallbackRejected(400, "encrypted push without Encrypt")
    # msg_signature covers the ciphertext; `signature` (also sent) does not, so it is not what we check.
    msg_signature = q.get("msg_signature")
    if not signature_matches(sign(token, timestamp, nonce, encrypt), msg_signature):
        raise CallbackRejected(403, "invalid msg_signature")
    for key in keys:  # the current key first, then the one before the last rotation
        try:
            plaintext = envelope_for(token, key, appid).decrypt(encrypt)
        except ValueError:  # bad padding, base64 or a foreign appid: not this key
            continue
        return Inbound(parse_push(plaintext), nonce=nonce, aes_key=key)
    raise CallbackRejected(400, "undecryptable Encrypt")


def _encrypt_field(body: bytes) -> XmlValue:
    return xml_fields(body).get("Encrypt")


def encrypt_reply(xml: str, inbound: Inbound, *, token: str, appid: str) -> str:
    """The reply in WeChat's encrypted envelope, with the key that decrypted the push."""
    assert inbound.aes_key is not None
    return envelope_for(token, inbound.aes_key, appid).encrypt_reply(
        xml, nonce=inbound.nonce, timestamp=str(int(time.time()))
    )
