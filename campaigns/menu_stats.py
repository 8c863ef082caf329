"""How often followers use each item of the official account's menu (CLICK, VIEW, mini-program buttons ...), per
day, for the publicity office.

Counters live in Redis: one hash per day (Asia/Shanghai), field "<event>:<key>", kept for MENU_STATS_DAYS. A menu
event costs one pipelined HINCRBY, never a database write.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from redis.asyncio import Redis

from campaigns.schemas import MenuItemStats, MenuStats
from core import clock

MENU_STATS_DAYS = 400  # a year back, and the same weeks of last year's campaigns
MAX_KEY_CHARS = 200  # a VIEW's EventKey is the whole URL
NAMES_KEY = "campaigns:menu:names"


def _day_key(day: date) -> str:
    return f"campaigns:menu:{day.isoformat()}"


async def record_menu_event(redis: Redis, *, event: str, key: str, name: str | None, now: datetime) -> None:
    """One use of a menu item: `event` is WeChat's (click, view, view_miniprogram, scancode_push ...), `key` its
    EventKey, `name` the button's label when the menu defines it."""
    field = f"{event}:{key[:MAX_KEY_CHARS]}"
    day_key = _day_key(now.astimezone(clock.ZONE).date())
    async with redis.pipeline(transaction=False) as pipe:
        pipe.hincrby(day_key, field, 1)
        pipe.expire(day_key, MENU_STATS_DAYS * 86400)
        if name:
            pipe.hset(NAMES_KEY, field, name)
        await pipe.execute()


async def menu_stats(redis: Redis, *, start: date, end: date) -> MenuStats:
    """Uses per menu item between `start` and `end` (inclusive, local days), most used first."""
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    async with redis.pipeline(transaction=False) as pipe:
        for day in days:
            pipe.hgetall(_day_key(day))
        pipe.hgetall(NAMES_KEY)
        *per_day, names = await pipe.execute()
    items: dict[str, MenuItemStats] = {}
    for day, counts in zip(days, per_day, strict=True):
        for field, count in counts.items():
            if (item := items.get(field)) is None:
                event, _, key = field.partition(":")
                item = items[field] = MenuItemStats(event=event, key=key, name=names.get(field), total=0, by_day={})
            item.total += int(count)
            item.by_day[day] = int(count)
    ordered = sorted(items.values(), key=lambda item: (-item.total, item.event, item.key))
    return MenuStats(start=start, end=end, total=sum(item.total for item in ordered), items=ordered)
