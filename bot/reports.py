"""Events that report something to us rather than ask for an answer: delivery receipts of mass and template
sends, the follower's choices about subscribe messages, their position, their use of the menu. Each is recorded
through the domain it belongs to; none gets a reply (WeChat gets `success`), except a menu CLICK, which
bot.handlers answers after counting it here.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot import menu
from bot.push import Push, XmlValue
from bot.texts_live import live_content
from campaigns import service as campaigns_service
from core import clock, staff_wechat, subscribe_sender, subscribers

if TYPE_CHECKING:
    from bot.runtime import BotRuntime

log = logging.getLogger(__name__)

# Menu events: CLICK, VIEW (a link), mini-program buttons, and the scan / photo / location pickers.
MENU_EVENTS = frozenset(
    {
        "click",
        "view",
        "view_miniprogram",
        "scancode_push",
        "scancode_waitmsg",
        "pic_sysphoto",
        "pic_photo_or_album",
        "pic_weixin",
        "location_select",
    }
)
# subscribe_msg_*: SubscribeStatusString per template, and ErrorCode of a send WeChat refused for lack of grant.
POPUP_CHOICES = {"accept": "accepted", "reject": "rejected"}
CHANGE_CHOICES = {"accept": "accepted", "reject": "cancelled"}
SEND_REFUSED_ERRCODES = {"43101"}


def _int(value: XmlValue) -> int | None:
    try:
        return int(str(value).strip()) if value is not None else None
    except ValueError:
        return None


def _float(value: XmlValue) -> float | None:
    try:
        return float(str(value).strip()) if value is not None else None
    except ValueError:
        return None


def _items(container: XmlValue) -> list[dict[str, XmlValue]]:
    """The <List> entries of a subscribe_msg_* event, one or many."""
    if not isinstance(container, dict):
        return []
    entries = container.get("List")
    entries = entries if isinstance(entries, list) else [entries]
    return [entry for entry in entries if isinstance(entry, dict)]


# --- menu ------------------------------------------------------------------------------------------------


async def count_menu_event(bot: BotRuntime, message: Push) -> None:
    """One use of a menu item, per day in Redis and in the process's Prometheus counter (a foreign key or URL
    is counted in Redis under its own name, in Prometheus as "other", so the label set stays bounded)."""
    event, key = message.event or "", message.key or ""
    # the label in the live menu (the publicity office's data), else the shipped menu's (a button since removed)
    name = (await live_content(bot)).menu_label(event, key) or menu.item_name(event, key)
    bot.count(f"menu_{event}", key if name is not None else "other")
    try:
        await campaigns_service.record_menu_event(bot.redis, event=event, key=key, name=name, now=clock.now())
    except Exception:  # a counter must never cost the follower their answer
        log.warning("menu event %s:%s not counted", event, key, exc_info=True)


async def on_menu_event(bot: BotRuntime, message: Push) -> str | None:
    await count_menu_event(bot, message)
    return None


# --- delivery receipts -----------------------------------------------------------------------------------


async def on_mass_send_finished(bot: BotRuntime, message: Push) -> str | None:
    """MASSSENDJOBFINISH: the totals of a mass send, recorded against the campaign that sent it."""
    fields = message.fields
    msg_id = _int(fields.get("MsgID"))
    if msg_id is None:
        log.info("MASSSENDJOBFINISH without a MsgID")
        return None
    campaign_id = await campaigns_service.record_delivery_receipt(
        kind="mass",
        msg_id=msg_id,
        status=str(fields.get("Status") or "") or None,
        now=clock.now(),
        total_count=_int(fields.get("TotalCount")),
        filter_count=_int(fields.get("FilterCount")),
        sent_count=_int(fields.get("SentCount")),
        error_count=_int(fields.get("ErrorCount")),
    )
    bot.count("receipt_mass", "matched" if campaign_id is not None else "unmatched")
    return None


async def on_template_send_finished(bot: BotRuntime, message: Push) -> str | None:
    """TEMPLATESENDJOBFINISH: whether a template message reached the follower, matched to the staff notice or
    the campaign that sent it."""
    msg_id = _int(message.fields.get("MsgID"))
    if msg_id is None:
        log.info("TEMPLATESENDJOBFINISH without a MsgID")
        return None
    status = str(message.fields.get("Status") or "") or None
    if await staff_wechat.record_receipt(msg_id=msg_id, status=status, now=clock.now()) is not None:
        bot.count("receipt_template", "staff")  # a notice to a staff member (core.staff_wechat)
        return None
    campaign_id = await campaigns_service.record_delivery_receipt(
        kind="template", msg_id=msg_id, status=str(message.fields.get("Status") or "") or None, now=clock.now()
    )
    bot.count("receipt_template", "matched" if campaign_id is not None else "unmatched")
    return None


# --- subscribe messages ----------------------------------------------------------------------------------


async def _record_choices(bot: BotRuntime, openid: str, choices: list[tuple[str, str]]) -> None:
    if not choices:
        return
    unionid = await bot.unionid_of(openid)
    if unionid is None:  # a follower we cannot link to a mini-program user: nothing of theirs to update
        bot.count("subscribe_msg", "unlinked")
        return
    for template_id, choice in choices:
        await subscribe_sender.record_choice(
            unionid=unionid, template_id=template_id, choice=subscribe_sender.SubscriptionChoice(choice)
        )
        bot.count("subscribe_msg", choice)


def _template(entry: dict[str, XmlValue]) -> str:
    return str(entry.get("TemplateId") or "").strip()


async def on_subscribe_msg_popup(bot: BotRuntime, message: Push) -> str | None:
    choices = [
        (_template(entry), POPUP_CHOICES[status])
        for entry in _items(message.fields.get("SubscribeMsgPopupEvent"))
        if _template(entry) and (status := str(entry.get("SubscribeStatusString") or "").lower()) in POPUP_CHOICES
    ]
    await _record_choices(bot, message.source, choices)
    return None


async def on_subscribe_msg_change(bot: BotRuntime, message: Push) -> str | None:
    choices = [
        (_template(entry), CHANGE_CHOICES[status])
        for entry in _items(message.fields.get("SubscribeMsgChangeEvent"))
        if _template(entry) and (status := str(entry.get("SubscribeStatusString") or "").lower()) in CHANGE_CHOICES
    ]
    await _record_choices(bot, message.source, choices)
    return None


async def on_subscribe_msg_sent(bot: BotRuntime, message: Push) -> str | None:
    """A send's outcome: a send refused for lack of grant (43101) means the user's grant is gone."""
    choices = [
        (_template(entry), "send_refused")
        for entry in _items(message.fields.get("SubscribeMsgSentEvent"))
        if _template(entry) and str(entry.get("ErrorCode") or "0").strip() in SEND_REFUSED_ERRCODES
    ]
    await _record_choices(bot, message.source, choices)
    return None


# --- position --------------------------------------------------------------------------------------------


async def on_location(bot: BotRuntime, message: Push) -> str | None:
    """LOCATION, which WeChat sends only for followers who allowed the account to use their position: only the
    latest is kept, for a limited time, to suggest the nearest market with a 公平秤 when they file a complaint."""
    latitude, longitude = _float(message.fields.get("Latitude")), _float(message.fields.get("Longitude"))
    if latitude is None or longitude is None:
        return None
    try:
        await subscribers.remember_location(
            bot.redis,
            openid=message.source,
            latitude=latitude,
            longitude=longitude,
            precision=_float(message.fields.get("Precision")),
            now=clock.now(),
            ttl_seconds=bot.settings.mp_location_ttl_seconds,
        )
    except ValueError:
        log.info("LOCATION out of range from %s", message.source)
        return None
    bot.count("location", "kept")
    return None
