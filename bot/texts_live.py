"""Where the bot reads the texts, keyword rules and menu the publicity office edits (publicity.bot_content):
the approved live version, cached per worker and re-read when its Redis version key moves."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.runtime import BotRuntime
    from publicity.bot_content import BotContent


async def live_content(bot: BotRuntime) -> BotContent:
    from publicity.bot_content import BotContentHolder

    holder = getattr(bot, "content_holder", None)
    if holder is None:  # created lazily so the runtime itself needs no change
        holder = bot.content_holder = BotContentHolder(bot.redis)  # type: ignore[attr-defined]
    return await holder.get()
