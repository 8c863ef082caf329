"""bot.envelope against wechatpy's WeChatCrypto (the reference implementation of WeChat's format), both ways."""

from __future__ import annotations

import base64

import pytest
import xmltodict
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidAppIdException
from wechatpy.utils import WeChatSigner

from bot.envelope import Envelope, EnvelopeError, signature

TOKEN = "tok-envelope"
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
OTHER_KEY = "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut"
APPID = "wx0123456789abcdef"
MESSAGES = [
    "<xml><Content><![CDATA[电子秤需要检定吗]]></Content></xml>",
    "",
    "x",
    "a" * (32 - (20 + len(APPID)) % 32),  # plaintext a whole number of blocks: a full block of padding
    "计量" * 1000,
]


def test_signature_is_wechatpys() -> None:
    signer = WeChatSigner()
    signer.add_data(TOKEN, "1700000000", "nonce-1", "Zm9v")
    assert signature(TOKEN, "1700000000", "nonce-1", "Zm9v") == signer.signature


@pytest.mark.parametrize("message", MESSAGES)
def test_wechatpy_encrypts_envelope_decrypts(message: str) -> None:
    wechatpy = WeChatCrypto(TOKEN, AES_KEY, APPID)
    reply = xmltodict.parse(wechatpy.encrypt_message(message, "nonce-2", "1700000000"))["xml"]
    assert Envelope(TOKEN, AES_KEY, APPID).decrypt(reply["Encrypt"]) == message


@pytest.mark.parametrize("message", MESSAGES)
def test_envelope_encrypts_wechatpy_decrypts(message: str) -> None:
    xml = Envelope(TOKEN, AES_KEY, APPID).encrypt_reply(message, nonce="nonce-3", timestamp="1700000001")
    fields = xmltodict.parse(xml)["xml"]
    assert fields["TimeStamp"] == "1700000001"
    assert fields["Nonce"] == "nonce-3"
    # wechatpy checks MsgSignature itself: a wrong one raises InvalidSignatureException.
    decrypted = WeChatCrypto(TOKEN, AES_KEY, APPID).decrypt_message(
        xml, fields["MsgSignature"], fields["TimeStamp"], fields["Nonce"]
    )
    assert decrypted == message


def test_same_random_prefix_gives_wechatpys_ciphertext() -> None:
    from wechatpy.crypto import PrpCrypto

    prp = PrpCrypto(base64.b64decode(AES_KEY + "="))
    prp.get_random_string = lambda: "0123456789abcdef"  # type: ignore[method-assign]
    expected = prp.encrypt(MESSAGES[0], APPID).decode()
    assert Envelope(TOKEN, AES_KEY, APPID).encrypt(MESSAGES[0], random_prefix=b"0123456789abcdef") == expected


def test_each_encryption_has_its_own_random_prefix() -> None:
    envelope = Envelope(TOKEN, AES_KEY, APPID)
    assert envelope.encrypt("same") != envelope.encrypt("same")


def test_foreign_appid_and_wrong_key_are_refused() -> None:
    foreign = xmltodict.parse(WeChatCrypto(TOKEN, AES_KEY, "wxsomeoneelse").encrypt_message("<xml/>", "n", "1"))
    with pytest.raises(EnvelopeError):
        Envelope(TOKEN, AES_KEY, APPID).decrypt(foreign["xml"]["Encrypt"])
    ours = Envelope(TOKEN, AES_KEY, APPID).encrypt("<xml/>")
    with pytest.raises(EnvelopeError):
        Envelope(TOKEN, OTHER_KEY, APPID).decrypt(ours)
    with pytest.raises((InvalidAppIdException, ValueError, UnicodeDecodeError)):  # wechatpy refuses it too
        WeChatCrypto(TOKEN, AES_KEY, "wxsomeoneelse").decrypt_message(
            {"Encrypt": ours}, signature(TOKEN, "1", "n", ours), "1", "n"
        )


@pytest.mark.parametrize("encrypt", ["", "not base64!", "QUJD", base64.b64encode(b"x" * 15).decode()])
def test_garbage_is_an_envelope_error(encrypt: str) -> None:
    with pytest.raises(EnvelopeError):
        Envelope(TOKEN, AES_KEY, APPID).decrypt(encrypt)


def test_a_malformed_key_is_refused_up_front() -> None:
    with pytest.raises(ValueError):
        Envelope(TOKEN, "too-short", APPID)
