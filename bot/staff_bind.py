"""Staff binding their WeChat to their console account at the official account: `绑定 123456` as text, or a
scan of the parametric QR code with scene `staff-bind:<token>` (core.staff_wechat does the binding)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core import staff_wechat

if TYPE_CHECKING:
    from bot.runtime import BotRuntime

BIND_TEXT = re.compile(r"\s*绑定\s*(\d{6})\s*")


def bind_code_in(text: str) -> str | None:
    """The six-digit code when the whole message is a binding request."""
    match = BIND_TEXT.fullmatch(text)
    return match[1] if match else None


def is_bind_scene(scene: str) -> bool:
    return scene.startswith(staff_wechat.SCENE_PREFIX)


async def bind_by_code(bot: BotRuntime, openid: str, code: str) -> str:
    outcome = await staff_wechat.bind(bot.redis, openid=openid, code=code)
    bot.count("staff_bind", "bound" if outcome.staff else "refused")
    return outcome.message


async def bind_by_scene(bot: BotRuntime, openid: str, scene: str) -> str:
    outcome = await staff_wechat.bind(bot.redis, openid=openid, scene=scene)
    bot.count("staff_bind", "bound" if outcome.staff else "refused")
    return outcome.message
