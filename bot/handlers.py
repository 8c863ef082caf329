"""What the bot answers: one message or event in, the reply text out (None: nothing to say, i.e. `success`).

Text goes through the publicity office's keyword rules and intent patterns (bot content as data, bot.intents)
first, then the knowledge engine. Subscriber bookkeeping
(the 48-hour window, follow state, scenes) happens here too, through core.subscribers.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from html import escape
from typing import TYPE_CHECKING

from bot import reports, staff_bind, state, texts
from bot.intents import Match, match_intent, normalise, parse_choice
from bot.push import Push
from bot.texts_live import live_content
from campaigns import service as campaigns_service
from complaints import service as complaints_service
from core import clock, subscribers

if TYPE_CHECKING:
    from bot.runtime import BotRuntime
    from knowledge.runtime import EntryView

log = logging.getLogger(__name__)
MAX_SUGGESTIONS = 3
MAX_QUESTION_CHARS = 500  # a question longer than this is cut before routing (the search cost grows with it)

Handler = Callable[["BotRuntime", Push], Awaitable[str | None]]


# --- links -----------------------------------------------------------------------------------------------


def _link(bot: BotRuntime, page: str, label: str, **params: str) -> str:
    settings = bot.settings
    return texts.miniapp_link(
        settings.miniapp_appid, page, label, fallback_url=settings.public_base_url.rstrip("/") + "/", **params
    )


# --- intents ---------------------------------------------------------------------------------------------


async def complaint_page(bot: BotRuntime, openid: str) -> str:
    market = await subscribers.scanned_market(openid=openid)
    if market is not None:
        return (
            (await live_content(bot))
            .text("complaint_at_market")
            .format(link=_link(bot, texts.PAGE_COMPLAINT_NEW, "在线投诉", market=str(market)))
        )
    return (await live_content(bot)).text("complaint").format(link=_link(bot, texts.PAGE_COMPLAINT_NEW, "在线投诉"))


async def booking_page(bot: BotRuntime, openid: str) -> str:
    del openid
    return (await live_content(bot)).text("booking").format(link=_link(bot, texts.PAGE_BOOKING, "检定预约"))


async def complaint_status(bot: BotRuntime, openid: str, tracking_no: str | None) -> str:
    my_complaints = _link(bot, texts.PAGE_COMPLAINT_LIST, "我的投诉")
    if tracking_no is None:
        return (await live_content(bot)).text("status_how_to").format(link=my_complaints)
    unionid = await bot.unionid_of(openid)
    # Unknown number, someone else's case, or a follower we cannot link to a mini-program user: one answer.
    status = await complaints_service.public_status(tracking_no=tracking_no, unionid=unionid) if unionid else None
    if status is None:
        return (await live_content(bot)).text("status_not_found").format(tracking_no=tracking_no, link=my_complaints)
    return texts.STATUS_FOUND.format(
        tracking_no=status.tracking_no,
        status_label=status.status_label,
        updated_at=status.updated_at.astimezone(clock.ZONE).strftime("%Y-%m-%d %H:%M"),
        next_step=status.next_step,
    )


async def campaign_text(bot: BotRuntime) -> str | None:
    del bot
    campaign = await campaigns_service.current_campaign(now=clock.now())
    if campaign is None:
        return None
    reply = texts.CAMPAIGN.format(title=campaign.title, summary=campaign.summary)
    if campaign.url:
        reply += texts.CAMPAIGN_LINK.format(url=campaign.url)
    return reply


def render_entry(bot: BotRuntime, entry: EntryView) -> str:
    """An FAQ answer with its links: mini-program pages as mini-program links, phones and URLs as text."""
    lines = [entry.answer]
    for action in entry.actions:
        label = action.get("label", "")
        if action.get("type") == "miniapp_page" and action.get("path"):
            lines.append(_link(bot, action["path"], label or "打开小程序"))
        elif action.get("type") == "phone" and action.get("value"):
            lines.append(f"{label}：{action['value']}")
        elif action.get("type") == "url" and action.get("url"):
            lines.append(f'<a href="{escape(action["url"])}">{escape(label or action["url"])}</a>')
    return "\n".join(lines)


async def human_text(bot: BotRuntime) -> str:
    found = [reply for faq_id in ("human-agent", "office-hours") if (reply := bot.entry_reply(faq_id))]
    return "\n\n".join(found) if found else (await live_content(bot)).text("human_fallback")


async def run_intent(bot: BotRuntime, openid: str, match: Match) -> str | None:
    """The reply for a matched intent; None lets the text go on to the knowledge engine."""
    if match.intent == "complaint":
        return await complaint_page(bot, openid)
    if match.intent == "complaint_status":
        return await complaint_status(bot, openid, match.tracking_no)
    if match.intent == "booking":
        return await booking_page(bot, openid)
    if match.intent == "campaign":
        return await campaign_text(bot)  # nothing running: the FAQ explains the dates
    if match.intent == "human":
        return await human_text(bot)
    raise ValueError(f"intent without a handler: {match.intent}")


# --- text ------------------------------------------------------------------------------------------------


async def answer_text(bot: BotRuntime, openid: str, text: str) -> str:
    text = text[:MAX_QUESTION_CHARS]
    if not normalise(text):
        return texts.EMPTY_TEXT
    if (choice := parse_choice(text)) is not None:
        picked = await pick_suggestion(bot, openid, choice)
        if picked is not None:
            return picked
    content = await live_content(bot)
    if (rule := content.first_rule(text)) is not None:  # the publicity office's keyword rules come first
        if rule.reply:
            return rule.reply
        reply = await run_intent(bot, openid, Match(rule.intent, tracking_no=rule.tracking_no(text)))
        if reply is not None:
            return reply
    if (match := match_intent(text, content)) is not None:
        reply = await run_intent(bot, openid, match)
        if reply is not None:
            return reply
    answer = await bot.ask(text)
    if answer.band == "suggest" and answer.suggestions:
        options = answer.suggestions[:MAX_SUGGESTIONS]
        await state.save_suggestions(bot.redis, openid, [s.faq_id for s in options])
        lines = [texts.SUGGEST_HEAD, *(f"{i}. {s.question}" for i, s in enumerate(options, 1)), texts.SUGGEST_FOOT]
        return "\n".join(lines)
    if answer.band == "confident" and answer.faq_id and (reply := bot.entry_reply(answer.faq_id)):
        return reply
    return answer.answer


async def pick_suggestion(bot: BotRuntime, openid: str, choice: int) -> str | None:
    """The answer to suggestion number `choice`; None when there is no pending list (so "1" is just text)."""
    faq_ids = await state.load_suggestions(bot.redis, openid)
    if not faq_ids:
        return None
    if choice > len(faq_ids):
        return texts.SUGGEST_FOOT
    return bot.entry_reply(faq_ids[choice - 1]) or texts.CHOICE_EXPIRED


# --- messages --------------------------------------------------------------------------------------------


async def on_text(bot: BotRuntime, message: Push) -> str | None:
    await bot.record_message(message.source)
    if (code := staff_bind.bind_code_in(message.content or "")) is not None:
        return await staff_bind.bind_by_code(bot, message.source, code)
    return await answer_text(bot, message.source, message.content or "")


async def on_voice(bot: BotRuntime, message: Push) -> str | None:
    await bot.record_message(message.source)
    recognition = (message.recognition or "").strip()
    if not recognition:
        return texts.VOICE_UNRECOGNISED
    return await answer_text(bot, message.source, recognition)


async def on_media(bot: BotRuntime, message: Push) -> str | None:
    await bot.record_message(message.source)
    return texts.IMAGE.format(link=_link(bot, texts.PAGE_COMPLAINT_NEW, "在线投诉"))


async def on_other_message(bot: BotRuntime, message: Push) -> str | None:
    await bot.record_message(message.source)
    return None


# --- events ----------------------------------------------------------------------------------------------


async def scene_reply(bot: BotRuntime, openid: str, scene: str) -> str | None:
    if staff_bind.is_bind_scene(scene):
        return await staff_bind.bind_by_scene(bot, openid, scene)
    parsed = subscribers.parse_scene(scene)
    if parsed is None:
        log.info("unknown QR scene %r", scene)
        return None
    kind, value = parsed
    if kind == "market":
        market = await complaints_service.active_market(int(value))
        if market is None:  # a retired or mistyped code: remember nothing
            log.info("QR scene for unknown market %s", value)
            return None
        await subscribers.apply_scene(openid=openid, scene=scene)
        link = _link(bot, texts.PAGE_COMPLAINT_NEW, "在线投诉", market=value)
        return texts.SCENE_MARKET.format(market=market.name, link=link)
    applied = await subscribers.apply_scene(openid=openid, scene=scene)
    if applied is not None and applied[0] == "district":
        return texts.SCENE_DISTRICT.format(district=applied[1])
    return None


async def on_subscribe(bot: BotRuntime, message: Push) -> str | None:
    openid = message.source
    await subscribers.follow(openid=openid)
    bot.forget_interaction(openid)
    bot.spawn(bot.fetch_unionid(openid), name=f"unionid {openid}")
    parts = [(await live_content(bot)).welcome]
    scene = message.scene_id
    if scene and (scene_text := await scene_reply(bot, openid, scene)):
        parts.append(scene_text)
    try:
        campaign = await campaign_text(bot)
    except Exception:  # the welcome matters more than the campaign line under it
        log.exception("current campaign unavailable for the welcome message")
        campaign = None
    if campaign:
        parts.append(campaign)
    return "\n\n".join(parts)


async def on_scan(bot: BotRuntime, message: Push) -> str | None:
    return await scene_reply(bot, message.source, message.scene_id or "")


async def on_unsubscribe(bot: BotRuntime, message: Push) -> str | None:
    await subscribers.unfollow(openid=message.source, now=clock.now())
    bot.forget_interaction(message.source)
    await state.forget_user(bot.redis, message.source)
    await subscribers.forget_location(bot.redis, openid=message.source)
    bot.count("unsubscribe", "ok")
    return None


async def on_click(bot: BotRuntime, message: Push) -> str | None:
    await reports.count_menu_event(bot, message)
    action = CLICK_ACTIONS.get(message.key or "")
    if action is None:
        log.info("unknown menu key %r", message.key)
        return None
    return await action(bot, message.source)


async def _audience(bot: BotRuntime, openid: str, audience: str) -> str:
    del bot
    await subscribers.set_audience(openid=openid, audience=audience)
    return texts.AUDIENCE_SET[audience]


async def _campaign_or_none(bot: BotRuntime, openid: str) -> str:
    del openid
    return await campaign_text(bot) or (await live_content(bot)).text("no_campaign")


async def _faq_menu(bot: BotRuntime, openid: str) -> str:
    del bot, openid
    return texts.FAQ_MENU


async def _human(bot: BotRuntime, openid: str) -> str:
    del openid
    return await human_text(bot)


async def _status_how_to(bot: BotRuntime, openid: str) -> str:
    return await complaint_status(bot, openid, None)


CLICK_ACTIONS: dict[str, Callable[[BotRuntime, str], Awaitable[str | None]]] = {
    "COMPLAINT": complaint_page,
    "COMPLAINT_STATUS": _status_how_to,
    "BOOKING": booking_page,
    "CAMPAIGN": _campaign_or_none,
    "HUMAN": _human,
    "FAQ": _faq_menu,
    "AUDIENCE_CITIZEN": lambda bot, openid: _audience(bot, openid, "citizen"),
    "AUDIENCE_ENTERPRISE": lambda bot, openid: _audience(bot, openid, "enterprise"),
}

MESSAGE_HANDLERS: dict[str, Handler] = {
    "text": on_text,
    "voice": on_voice,
    "image": on_media,
    "video": on_media,
    "shortvideo": on_media,
    "location": on_other_message,
    "link": on_other_message,
}
EVENT_HANDLERS: dict[str, Handler] = {
    "subscribe": on_subscribe,
    "subscribe_scan": on_subscribe,
    "scan": on_scan,
    "unsubscribe": on_unsubscribe,
    "click": on_click,
    **dict.fromkeys(reports.MENU_EVENTS - {"click"}, reports.on_menu_event),
    "location": reports.on_location,
    "masssendjobfinish": reports.on_mass_send_finished,
    "templatesendjobfinish": reports.on_template_send_finished,
    "subscribe_msg_popup_event": reports.on_subscribe_msg_popup,
    "subscribe_msg_change_event": reports.on_subscribe_msg_change,
    "subscribe_msg_sent_event": reports.on_subscribe_msg_sent,
}


async def produce(bot: BotRuntime, message: Push) -> str | None:
    """The reply text for a message or event; None for anything we do not answer (WeChat gets `success`)."""
    if message.is_follow:  # every follow records the follower and welcomes them, whatever its key
        handler: Handler | None = on_subscribe
    elif message.is_event:
        handler = EVENT_HANDLERS.get(message.event or "")
    else:
        handler = MESSAGE_HANDLERS.get(message.type)
    if handler is None:
        return None
    reply = await handler(bot, message)
    return texts.fit(reply) if reply else None
