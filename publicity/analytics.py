"""Figures of the publicity office: WeChat's data cube (followers, article reads and shares) pulled into our
tables each day, joined to campaigns by msg_data_id; and our own (FAQ answers per day, unanswered questions,
campaign delivery outcomes)."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any

from redis.asyncio import Redis

from campaigns import publicity_feed as campaigns_feed
from core import clock
from core.wechat import WeChatError, WeChatGateway
from knowledge import publicity_feed as faq_feed
from publicity import wechat_api
from publicity.models import ArticleSend, CubeArticleDay, CubeUserDay

log = logging.getLogger(__name__)
USER_SPAN = 7  # getusersummary / getusercumulate: 7 days a call
ARTICLE_DAYS_BACK = 3  # article figures keep growing for days after a send: refresh the last three


def yesterday(now: datetime) -> date:
    return now.astimezone(clock.ZONE).date() - timedelta(days=1)


async def pull_data_cube(gateway: WeChatGateway, *, now: datetime) -> dict[str, int]:
    """Fetch the last week's follower figures and the last days' article figures; re-runs overwrite."""
    end = yesterday(now)
    begin = end - timedelta(days=USER_SPAN - 1)
    users: dict[date, dict[str, int]] = {}
    for row in await wechat_api.cube(gateway, "getusersummary", begin, end):
        day = users.setdefault(date.fromisoformat(row["ref_date"]), {"new_user": 0, "cancel_user": 0})
        day["new_user"] += int(row.get("new_user", 0))  # one row per source (search, QR code, ...)
        day["cancel_user"] += int(row.get("cancel_user", 0))
    for row in await wechat_api.cube(gateway, "getusercumulate", begin, end):
        users.setdefault(date.fromisoformat(row["ref_date"]), {})["cumulate_user"] = int(row.get("cumulate_user", 0))
    for day, figures in users.items():
        await CubeUserDay.update_or_create(day=day, defaults=figures)
    articles = 0
    for back in range(ARTICLE_DAYS_BACK):
        day = end - timedelta(days=back)
        for row in await wechat_api.cube(gateway, "getarticlesummary", day, day):
            msgid = str(row["msgid"])
            await CubeArticleDay.update_or_create(
                day=day,
                msgid=msgid,
                defaults={
                    "msg_data_id": int(msgid.split("_", 1)[0]),
                    "title": str(row.get("title", ""))[:64],
                    "read_user": int(row.get("int_page_read_user", 0)),
                    "read_count": int(row.get("int_page_read_count", 0)),
                    "share_user": int(row.get("share_user", 0)),
                    "share_count": int(row.get("share_count", 0)),
                },
            )
            articles += 1
    return {"user_days": len(users), "article_rows": articles}


async def pull_safely(gateway: WeChatGateway, *, now: datetime) -> dict[str, int]:
    try:
        return await pull_data_cube(gateway, now=now)
    except WeChatError as exc:
        log.warning("data cube pull failed: errcode %s", exc.errcode)
        return {"error": exc.errcode or -1}


async def follower_days(start: date, end: date) -> list[CubeUserDay]:
    return await CubeUserDay.filter(day__gte=start, day__lte=end).order_by("day")


async def campaign_reads() -> list[dict[str, Any]]:
    """Per campaign sent as an article: reads and shares summed over its sends (all days pulled so far)."""
    sends = await ArticleSend.all().values("campaign_id", "msg_data_id", "recipients")
    by_campaign: dict[int, dict[str, Any]] = {}
    for send in sends:
        row = by_campaign.setdefault(
            send["campaign_id"], {"campaign_id": send["campaign_id"], "recipients": 0, "reads": 0, "shares": 0}
        )
        row["recipients"] += send["recipients"]
        for day in await CubeArticleDay.filter(msg_data_id=send["msg_data_id"]).values("read_count", "share_count"):
            row["reads"] += day["read_count"]
            row["shares"] += day["share_count"]
    titles = await campaigns_feed.titles(list(by_campaign))
    for row in by_campaign.values():
        row["title"] = titles.get(row["campaign_id"], "")
    return sorted(by_campaign.values(), key=lambda r: -r["campaign_id"])


async def delivery_outcomes() -> list[dict[str, Any]]:
    """Per recent campaign: recipients by delivery status."""
    return await campaigns_feed.delivery_outcomes(recent=20)


async def faq_figures(redis: Redis, start: date, end: date) -> dict[str, Any]:
    days = await faq_feed.per_day(redis, start, end)
    totals = {band: sum(int(d[band]) for d in days) for band in faq_feed.BANDS}
    asked = sum(totals.values())
    rates = {band: (totals[band] / asked if asked else None) for band in faq_feed.BANDS}
    top = await faq_feed.top_unanswered(10)
    return {"days": days, "totals": totals, "asked": asked, "rates": rates, "top_unanswered": top}
