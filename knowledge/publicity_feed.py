"""What the publicity desk (publicity/) may read from the FAQ bot: questions per day and how they were answered
(confident / suggest / fallback), counted in Redis by knowledge.runtime, and the most asked unanswered questions.
The Redis keys keep the publicity desk's prefix they were first written under."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from redis.asyncio import Redis

from core import clock
from knowledge.models import UnansweredQuestion, UnansweredStatus

log = logging.getLogger(__name__)
KEY_PREFIX = "publicity:faq:day:"
KEEP_SECONDS = 400 * 86400  # a year of days, plus a margin
BANDS = ("confident", "suggest", "fallback")


def day_key(day: date) -> str:
    return f"{KEY_PREFIX}{day.isoformat()}"


async def count_answer(redis: Redis | None, band: str, *, now: datetime | None = None) -> None:
    """One question answered in `band`; never raises (the reply matters more than the figure)."""
    if redis is None:
        return
    key = day_key((now or clock.now_local()).astimezone(clock.ZONE).date())
    try:
        await redis.hincrby(key, band if band in BANDS else "fallback", 1)
        await redis.expire(key, KEEP_SECONDS)
    except Exception:
        log.warning("could not count a FAQ answer", exc_info=True)


async def per_day(redis: Redis, start: date, end: date) -> list[dict[str, int | str]]:
    rows: list[dict[str, int | str]] = []
    day = start
    while day <= end:
        raw = await redis.hgetall(day_key(day))
        counts = {(k.decode() if isinstance(k, bytes) else k): int(v) for k, v in raw.items()}
        rows.append({"day": day.isoformat(), **{band: counts.get(band, 0) for band in BANDS}})
        day += timedelta(days=1)
    return rows


@dataclass(frozen=True)
class Unanswered:
    text: str
    count: int


async def top_unanswered(limit: int = 10) -> list[Unanswered]:
    """The open unanswered questions, most asked first."""
    rows = await UnansweredQuestion.filter(status=UnansweredStatus.OPEN).order_by("-count").limit(limit)
    return [Unanswered(text=row.text, count=row.count) for row in rows]
