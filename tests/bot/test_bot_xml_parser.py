"""The one XML parser of /wechat refuses a DOCTYPE by itself, not only through the byte check in front of it."""

from __future__ import annotations

import pytest

from bot import protocol
from bot.protocol import CallbackRejected, xml_fields

DOCTYPES = [
    b'<!DOCTYPE xml [<!ENTITY a "b">]><xml><A>&a;</A></xml>',
    b'<!DOCTYPE xml SYSTEM "file:///etc/passwd"><xml><A>1</A></xml>',
    b"<?xml version='1.0'?><!DOCTYPE xml><xml><A>1</A></xml>",
]


@pytest.mark.parametrize("xml", DOCTYPES)
def test_the_parser_itself_refuses_a_doctype(xml: bytes) -> None:
    with pytest.raises(CallbackRejected) as refused:
        protocol._parse_root(xml)
    assert (refused.value.status, refused.value.reason) == (400, "DTD and entities are not accepted")


@pytest.mark.parametrize("xml", DOCTYPES)
def test_a_doctype_push_is_refused(xml: bytes) -> None:
    with pytest.raises(CallbackRejected) as refused:
        xml_fields(xml)
    assert refused.value.status == 400


def test_utf16_is_refused_before_parsing() -> None:
    with pytest.raises(CallbackRejected) as refused:
        xml_fields('<!DOCTYPE xml [<!ENTITY a "b">]><xml><A>&a;</A></xml>'.encode("utf-16"))
    assert refused.value.reason == "only UTF-8 XML is accepted"


def test_the_safe_mode_envelope_goes_through_the_same_parser() -> None:
    body = b"<xml>\n<ToUserName><![CDATA[gh_1]]></ToUserName>\n<Encrypt><![CDATA[QUJD]]></Encrypt>\n</xml>"
    assert protocol._encrypt_field(body) == "QUJD"
    with pytest.raises(CallbackRejected):
        protocol._encrypt_field(b"<xml><Encrypt><![CDATA[QUJD]]></Encrypt>")
