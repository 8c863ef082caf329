"""Where the bot reads the texts, keyword rules and menu the publicity office edits (publicity.bot_content):
the approved live version, cached per worker and re-read when its Redis version key moves. This module also
hands that domain what it needs from the bot (the code's own texts and menu as version 0, the normaliser)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot import menu, texts
from bot.intents import TRACKING_NO, normalise, shipped_patterns
from publicity.bot_content import BotContent, BotContentHolder, BotHooks, register_bot

if TYPE_CHECKING:
    from bot.runtime import BotRuntime


def code_document() -> dict[str, Any]:
    """Version 0: the texts, intent patterns and menu as shipped (the bot says exactly this until a version is
    live)."""
    return {
        "welcome": texts.WELCOME,
        "intents": {
            "complaint": texts.COMPLAINT,
            "complaint_at_market": texts.COMPLAINT_AT_MARKET,
            "booking": texts.BOOKING,
            "status_how_to": texts.STATUS_HOW_TO,
            "status_not_found": texts.STATUS_NOT_FOUND,
            "no_campaign": texts.NO_CAMPAIGN,
            "human_fallback": texts.HUMAN_FALLBACK,
        },
        "rules": [],
        "intent_patterns": shipped_patterns(),
        "menu": [{"name": name, "sub_button": [dict(button) for button in buttons]} for name, buttons in menu.MENU],
    }


def tracking_no(text: str) -> str | None:
    found = TRACKING_NO.search(normalise(text))
    return found.group(0).upper() if found else None


def click_keys() -> set[str]:
    from bot.handlers import CLICK_ACTIONS  # handlers import this module

    return set(CLICK_ACTIONS)


register_bot(
    BotHooks(
        defaults=code_document,
        normalise=normalise,
        tracking_no=tracking_no,
        click_keys=click_keys,
    )
)


async def live_content(bot: BotRuntime) -> BotContent:
    holder = getattr(bot, "content_holder", None)
    if holder is None:  # created lazily so the runtime itself needs no change
        holder = bot.content_holder = BotContentHolder(bot.redis)  # type: ignore[attr-defined]
    fresh, marker = bot.sets.watched()  # read with this message's claim: no round trip of its own
    return await (holder.get_at(marker) if fresh else holder.get())
