"""What the bot keeps in Redis: delivery claims with their stored replies (retry dedupe) and the numbered
suggestions a user may pick from."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time

from redis.asyncio import Redis
from wechatpy.events import BaseEvent
from wechatpy.messages import BaseMessage

PENDING = "\x00pending"  # claimed, reply not stored yet
SUCCESS = "success"  # the body WeChat takes as "no reply"
CLAIM_TTL_SECONDS = 300  # WeChat's three tries span about 15 s; the rest is margin
SUGGESTION_TTL_SECONDS = 600
_POLL_SECONDS = (0.01, 0.02, 0.05, 0.1)


def delivery_key(message: BaseMessage) -> str:
    """MsgId for messages; FromUserName+CreateTime+Event+EventKey for events (two events can share a second)."""
    if not isinstance(message, BaseEvent) and message.id:
        return f"bot:seen:msg:{message.id}"
    event = getattr(message, "event", "") or message.type
    key = getattr(message, "key", None) or getattr(message, "scene_id", None) or ""
    raw = f"{message.source}\n{message.time}\n{event}\n{key}"
    return "bot:seen:ev:" + hashlib.sha1(raw.encode()).hexdigest()


async def claim(redis: Redis, key: str) -> bool:
    """True for the first delivery of a message; retries (even concurrent ones) get False."""
    return bool(await redis.set(key, PENDING, nx=True, ex=CLAIM_TTL_SECONDS))


async def store_reply(redis: Redis, key: str, reply: str) -> None:
    await redis.set(key, reply, xx=True, keepttl=True)


async def wait_for_reply(redis: Redis, key: str, *, deadline: float) -> str | None:
    """The reply stored by the first delivery, waiting for it until `deadline` (time.monotonic); None if the
    first delivery has not finished by then."""
    attempt = 0
    while True:
        value = await redis.get(key)
        if value is not None and value != PENDING:
            return value
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        await asyncio.sleep(min(_POLL_SECONDS[min(attempt, len(_POLL_SECONDS) - 1)], remaining))
        attempt += 1


def _suggestion_key(openid: str) -> str:
    return f"bot:suggest:{openid}"


async def save_suggestions(redis: Redis, openid: str, faq_ids: list[str]) -> None:
    await redis.set(_suggestion_key(openid), json.dumps(faq_ids), ex=SUGGESTION_TTL_SECONDS)


async def load_suggestions(redis: Redis, openid: str) -> list[str] | None:
    raw = await redis.get(_suggestion_key(openid))
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return [str(v) for v in value] if isinstance(value, list) else None


async def forget_user(redis: Redis, openid: str) -> None:
    await redis.delete(_suggestion_key(openid))
