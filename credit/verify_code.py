"""扫码验真: a compact signed code for a recorded verification result, printed on the certificate as a QR code.

Format ``JV1.<key id>.<result id, base 36>.<HMAC-SHA256 first 80 bits, base 32>`` in upper case (QR
alphanumeric mode). The key id names which configured secret signed it, so keys can rotate: old codes verify
while their key is still configured. Any altered character fails the MAC and the code is refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

PREFIX = "JV1"
CODE_RE = re.compile(r"^JV1\.([A-Z0-9]{1,8})\.([0-9A-Z]{1,7})\.([A-Z2-7]{16})$")
MAX_CODE_LENGTH = 48
MAX_ITEM_ID = 2**31 - 1  # the INTEGER column of result ids


def _b36(n: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def _mac(secret: bytes, key_id: str, item_id: int) -> str:
    digest = hmac.new(secret, f"{PREFIX}|{key_id}|{item_id}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")


def sign(*, item_id: int, key_id: str, secret: bytes) -> str:
    return f"{PREFIX}.{key_id}.{_b36(item_id)}.{_mac(secret, key_id, item_id)}"


def verify(code: str, keys: dict[str, bytes]) -> int | None:
    """The result id of a genuine code; None for anything forged, altered, malformed or signed by an unknown key."""
    if not isinstance(code, str) or len(code) > MAX_CODE_LENGTH:
        return None
    match = CODE_RE.match(code.strip().upper())
    if match is None:
        return None
    key_id, id_text, mac = match.groups()
    secret = keys.get(key_id)
    if secret is None:
        return None
    item_id = int(id_text, 36)
    if not 1 <= item_id <= MAX_ITEM_ID:
        return None
    if not hmac.compare_digest(mac, _mac(secret, key_id, item_id)):
        return None
    return item_id
