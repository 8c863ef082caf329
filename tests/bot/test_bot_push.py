"""bot.push against wechatpy (the reference for WeChat's message model): the same reading of every kind of push
the bot handles, the same passive reply XML."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
import xmltodict
from wechatpy import parse_message
from wechatpy.events import BaseEvent
from wechatpy.replies import TextReply

from bot.protocol import CallbackRejected, _element_value, parse_push, xml_fields
from bot.push import render_text_reply

HEAD = (
    "<xml><ToUserName><![CDATA[gh_account]]></ToUserName><FromUserName><![CDATA[o-user]]></FromUserName>"
    "<CreateTime>1795490930</CreateTime>"
)
PUSHES = {
    "text": HEAD + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[ 电子秤要检定吗 ]]></Content>"
    "<MsgId>24601</MsgId></xml>",
    "voice": HEAD + "<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m1]]></MediaId><Format>amr</Format>"
    "<Recognition><![CDATA[加油机不准怎么办]]></Recognition><MsgId>24602</MsgId></xml>",
    "image": HEAD + "<MsgType>image</MsgType><PicUrl>http://x/1.jpg</PicUrl><MsgId>24603</MsgId></xml>",
    "unknown type": HEAD + "<MsgType><![CDATA[miniprogrampage]]></MsgType><MsgId>24604</MsgId></xml>",
    "subscribe": HEAD + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>",
    "subscribe by QR": HEAD + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>"
    "<EventKey><![CDATA[qrscene_market:12]]></EventKey><Ticket><![CDATA[t]]></Ticket></xml>",
    "scan": HEAD + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[SCAN]]></Event>"
    "<EventKey><![CDATA[market:12]]></EventKey><Ticket><![CDATA[t]]></Ticket></xml>",
    "click": HEAD + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event>"
    "<EventKey><![CDATA[COMPLAINT]]></EventKey></xml>",
    "unsubscribe": HEAD + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[unsubscribe]]></Event></xml>",
    "entity in text": HEAD + "<MsgType>text</MsgType><Content>a &lt; b &amp; c</Content><MsgId>24605</MsgId></xml>",
}


@pytest.mark.parametrize("xml", PUSHES.values(), ids=PUSHES.keys())
def test_push_reads_as_wechatpy_reads(xml: str) -> None:
    push, reference = parse_push(xml), parse_message(xml)
    assert (push.source, push.target, push.time, push.id) == (
        reference.source,
        reference.target,
        reference.time,
        reference.id,
    )
    assert push.is_event == isinstance(reference, BaseEvent)
    if push.is_event:
        assert push.event == reference.event
        assert push.scene_id == getattr(reference, "scene_id", None)
        assert push.key == (getattr(reference, "key", None) or getattr(reference, "scene_id", None))
    else:
        assert push.type == (reference.type if reference.type != "unknown" else "miniprogrampage")
        assert push.content == getattr(reference, "content", None)
        assert push.recognition == getattr(reference, "recognition", None)


@pytest.mark.parametrize(
    "xml",
    [
        HEAD.replace("<FromUserName><![CDATA[o-user]]></FromUserName>", "") + "<MsgType>text</MsgType></xml>",
        HEAD + "</xml>",  # no MsgType
        HEAD + "<MsgType>text</MsgType><MsgId>not-a-number</MsgId></xml>",
        HEAD.replace("1795490930", "yesterday") + "<MsgType>text</MsgType></xml>",
    ],
)
def test_a_push_missing_what_the_bot_needs_is_400(xml: str) -> None:
    with pytest.raises(CallbackRejected) as refused:
        parse_push(xml)
    assert refused.value.status == 400


@pytest.mark.parametrize("content", ["需要。用于贸易结算的电子秤属于强制检定计量器具。", "a\nb & <c>", ""])
def test_text_reply_is_wechatpys_rendering(content: str) -> None:
    push = parse_push(PUSHES["text"])
    expected = TextReply(message=parse_message(PUSHES["text"]), content=content, time=1795490999).render()
    assert render_text_reply(push, content, now=1795490999.6) == expected


def test_cdata_terminator_in_a_reply_stays_well_formed() -> None:
    reply = render_text_reply(parse_push(PUSHES["text"]), "see ]]> here", now=1795490999)
    assert xmltodict.parse(reply)["xml"]["Content"] == "see ]]> here"


WECHAT_SHAPED = [
    *(xml for xml in PUSHES.values() if "&" not in xml),  # a reference needs the parser
    "\n<xml>\n  <ToUserName><![CDATA[gh]]></ToUserName>\n  <Content><![CDATA[多行\n文本]]></Content>\n</xml>\n",
    "<xml><Content><![CDATA[]]></Content><MsgId>  7 </MsgId><Empty></Empty></xml>",
    "<xml><Content><![CDATA[a]b]]c]]]></Content><Tag><![CDATA[<b>不是标签</b> & 不是引用]]></Tag></xml>",
]
PARSER_ONLY = [
    "<xml><Content><![CDATA[a]]]]><![CDATA[>b]]></Content></xml>",  # "]]>" split over two sections
    "<xml><Content>a &amp; b</Content></xml>",
    "<xml><A>1</A><A>2</A></xml>",  # repeated: a list
    "<xml><A><B>1</B></A></xml>",  # nested
    '<xml><A x="1">1</A></xml>',
    "<xml><!-- comment --><A>1</A></xml>",
    "<?xml version='1.0' encoding='utf-8'?><xml><A>1</A></xml>",
    "<xml><A>line\r\nend</A></xml>",
    "<xml><A><![CDATA[x]]>tail</A></xml>",
    "<xml><A/></xml>",
]


@pytest.mark.parametrize("xml", WECHAT_SHAPED + PARSER_ONLY)
def test_pushes_read_exactly_as_the_standard_parser_reads_them(xml: str) -> None:
    assert xml_fields(xml) == xml_fields(xml.encode()) == _element_value(ElementTree.fromstring(xml))


@pytest.mark.parametrize("xml", ["<xml><A>1</A>", "<xml><A>\x01</A></xml>", "<xml><A>1</B></xml>", "<xml></xml>x"])
def test_malformed_pushes_still_reach_the_parser_and_are_refused(xml: str) -> None:
    with pytest.raises(CallbackRejected) as refused:
        xml_fields(xml)
    assert refused.value.status == 400
