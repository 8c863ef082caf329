"""WeChat's message encryption (safe and compatible modes), the same wire format as wechatpy's WeChatCrypto.

AES-256-CBC with the decoded EncodingAESKey as key and its first 16 bytes as IV; the plaintext is 16 random
bytes, the message length (4 bytes, big-endian), the message, the appid, padded PKCS#7-style to 32-byte blocks;
the ciphertext travels base64-encoded, signed by sha1 over the sorted token, timestamp, nonce and ciphertext.

Why not wechatpy's WeChatCrypto on the callback: it rebuilds the AES cipher, the PrpCrypto object and a
random.choice() string per message and checks the signature a second time; on the hot path that was most of
the crypto's cost. The cipher here is built once per key. wechatpy stays the reference: the tests encrypt with
it and decrypt with this, and the other way round.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK_SIZE = 32  # WeChat pads to 32 bytes, not AES's 16
_LENGTH = struct.Struct(">I")
_REPLY = """<xml>
<Encrypt><![CDATA[{encrypt}]]></Encrypt>
<MsgSignature><![CDATA[{signature}]]></MsgSignature>
<TimeStamp>{timestamp}</TimeStamp>
<Nonce><![CDATA[{nonce}]]></Nonce>
</xml>"""


class EnvelopeError(ValueError):
    """The ciphertext does not decrypt to a message for this appid with this key."""


def signature(*parts: str) -> str:
    """WeChat's signature: sha1 over the parts sorted (as bytes) and concatenated."""
    return hashlib.sha1(b"".join(sorted(part.encode() for part in parts))).hexdigest()


class Envelope:
    """One account's key: encrypts replies and decrypts pushes. Immutable and safe to share."""

    def __init__(self, token: str, encoding_aes_key: str, appid: str) -> None:
        try:
            key = base64.b64decode(encoding_aes_key + "=", validate=True)
        except binascii.Error as exc:
            raise ValueError("EncodingAESKey is not base64") from exc
        if len(key) != 32:
            raise ValueError("EncodingAESKey must decode to 32 bytes (43 characters)")
        self.token = token
        self.appid = appid
        self._appid_bytes = appid.encode()
        self._cipher = Cipher(algorithms.AES(key), modes.CBC(key[:16]))

    def encrypt(self, text: str, *, random_prefix: bytes | None = None) -> str:
        """The base64 ciphertext of `text` (the Encrypt field)."""
        message = text.encode()
        prefix = random_prefix if random_prefix is not None else secrets.token_hex(8).encode()
        plain = b"".join((prefix, _LENGTH.pack(len(message)), message, self._appid_bytes))
        pad = BLOCK_SIZE - len(plain) % BLOCK_SIZE
        encryptor = self._cipher.encryptor()
        encrypted = encryptor.update(plain + bytes((pad,)) * pad) + encryptor.finalize()
        return base64.b64encode(encrypted).decode()

    def decrypt(self, encrypt: str) -> str:
        """The message inside an Encrypt field; EnvelopeError when it is not ours (wrong key or appid)."""
        try:
            data = base64.b64decode(encrypt, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise EnvelopeError("Encrypt is not base64") from exc
        if not data or len(data) % 16:
            raise EnvelopeError("Encrypt is not whole AES blocks")
        decryptor = self._cipher.decryptor()
        plain = decryptor.update(data) + decryptor.finalize()
        pad = plain[-1]
        if not 1 <= pad <= BLOCK_SIZE or len(plain) < 20 + pad:
            raise EnvelopeError("bad padding")
        content = plain[16:-pad]
        (length,) = _LENGTH.unpack_from(content)
        if content[4 + length :] != self._appid_bytes:
            raise EnvelopeError("foreign appid or wrong key")
        try:
            return content[4 : 4 + length].decode()
        except UnicodeDecodeError as exc:
            raise EnvelopeError("message is not UTF-8") from exc

    def encrypt_reply(self, xml: str, *, nonce: str, timestamp: str) -> str:
        """The reply in WeChat's encrypted envelope (the XML wechatpy's encrypt_message produces)."""
        encrypt = self.encrypt(xml)
        signed = signature(self.token, timestamp, nonce, encrypt)
        return _REPLY.format(encrypt=encrypt, signature=signed, timestamp=timestamp, nonce=nonce)
