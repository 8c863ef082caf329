"""A push as the bot reads it, and the passive text reply to it.

Both follow wechatpy 1.8.18 (wechatpy.parser.parse_message, wechatpy.replies.TextReply): the same type and event
names, the same subscribe_scan / qrscene_ handling, the same reply XML. They are our own because wechatpy's
message objects convert a field on every attribute read (sixteen reads a message) and its reply renders through
a per-field descriptor loop; on the callback's hot path the two cost more than the AES envelope. The tests parse
the pushes with wechatpy and compare the replies with its rendering.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

XmlValue = str | None | dict[str, "XmlValue"] | list["XmlValue"]


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Push:
    type: str  # MsgType in lower case; "event" for every event
    event: str | None  # for events: Event in lower case (subscribe_scan for a subscribe through a QR code)
    source: str  # FromUserName: the follower's openid
    target: str  # ToUserName: our account
    time: int | None  # CreateTime
    id: int  # MsgId; 0 for events
    fields: Mapping[str, XmlValue]  # everything else, as parsed

    @property
    def is_event(self) -> bool:
        return self.type == "event"

    @property
    def content(self) -> str | None:
        return _text(self.fields.get("Content"))

    @property
    def recognition(self) -> str | None:
        return _text(self.fields.get("Recognition"))

    @property
    def key(self) -> str | None:
        """EventKey: a menu key, or for QR-code events the scene (qrscene_ already removed)."""
        return _text(self.fields.get("EventKey")) if self.is_event else None

    @property
    def is_follow(self) -> bool:
        """A subscribe event, whatever its EventKey (none, qrscene_..., scanbarcode|... or scanimage|...)."""
        return self.event in FOLLOW_EVENTS

    @property
    def scene_id(self) -> str | None:
        return self.key if self.event in ("subscribe_scan", "scan") else None


# How a subscribe event is named (wechatpy's names): plain, through a parametric QR code, from a product scan.
FOLLOW_EVENTS = frozenset({"subscribe", "subscribe_scan", "subscribe_scan_product"})


def _event_name(message_type: str, fields: dict[str, XmlValue]) -> str | None:
    event = str(fields["Event"]).lower() if fields.get("Event") is not None else None
    if message_type.startswith("device_"):
        return f"device_{event}" if event else message_type
    if event == "subscribe" and fields.get("EventKey"):
        event_key = str(fields["EventKey"])
        if event_key.startswith(("scanbarcode|", "scanimage|")):
            return "subscribe_scan_product"
        if event_key.startswith("qrscene_"):
            fields["EventKey"] = event_key[len("qrscene_") :]
            return "subscribe_scan"
    return event


def push_from_fields(fields: dict[str, XmlValue]) -> Push:
    """The push in `fields` (the children of <xml>); ValueError when a required field is missing or malformed."""
    message_type = fields.get("MsgType")
    source = fields.get("FromUserName")
    if not isinstance(message_type, str) or not message_type:
        raise ValueError("MsgType missing")
    if not isinstance(source, str) or not source:
        raise ValueError("FromUserName missing")
    message_type = message_type.lower()
    is_event = message_type == "event" or message_type.startswith("device_")
    created = fields.get("CreateTime")
    msg_id = fields.get("MsgId")
    return Push(
        type="event" if is_event else message_type,
        event=_event_name(message_type, fields) if is_event else None,
        source=source,
        target=_text(fields.get("ToUserName")) or "",
        time=int(created) if created is not None else None,  # type: ignore[arg-type]  # XML text, int() checks it
        id=int(msg_id) if msg_id is not None else 0,  # type: ignore[arg-type]  # XML text, int() checks it
        fields=fields,
    )


def _cdata(value: str) -> str:
    # "]]>" cannot appear inside a CDATA section: close it and open another (wechatpy does not, and breaks).
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def render_text_reply(push: Push, content: str, *, now: float | None = None) -> str:
    """The passive text reply to `push`, the XML wechatpy's TextReply(message=push, content=...).render() gives."""
    created = int(now if now is not None else time.time())
    return (
        "<xml>\n<MsgType><![CDATA[text]]></MsgType>\n"
        f"<Content>{_cdata(content)}</Content>\n"
        f"<FromUserName>{_cdata(push.target)}</FromUserName>\n"
        f"<ToUserName>{_cdata(push.source)}</ToUserName>\n"
        f"<CreateTime>{created}</CreateTime>\n</xml>"
    )
