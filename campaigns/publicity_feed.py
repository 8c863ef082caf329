"""What the publicity desk (publicity/) may use of the campaign engine: the workflow calls it drives for an
article's campaign, the types those calls take and return, and small named reads. Nothing else of campaigns is
imported by publicity (.importlinter)."""

from __future__ import annotations

from typing import Any

from campaigns.delivery import month_of as month_of
from campaigns.models import Campaign as Campaign
from campaigns.models import CampaignStatus as CampaignStatus
from campaigns.models import Channel as Channel
from campaigns.models import Delivery, MassSendQuota
from campaigns.schemas import AudienceSpec as AudienceSpec
from campaigns.schemas import CampaignCreate as CampaignCreate
from campaigns.service import approve as approve
from campaigns.service import create_draft as create_draft
from campaigns.service import submit as submit
from campaigns.service import withdraw as withdraw

QUOTA_PAGE = 5000


async def awaiting_send(campaign_ids: list[int]) -> list[Campaign]:
    """Of these campaigns, the ones in review or scheduled (an approval an article edit voids)."""
    return await Campaign.filter(id__in=campaign_ids, status__in=(CampaignStatus.IN_REVIEW, CampaignStatus.SCHEDULED))


async def mass_quota_used_up(subscriber_ids: list[int], *, month: str, limit: int) -> int:
    """How many of these followers have already had `limit` mass messages in `month` (YYYY-MM)."""
    used_up = 0
    for start in range(0, len(subscriber_ids), QUOTA_PAGE):
        used_up += await MassSendQuota.filter(
            subscriber_id__in=subscriber_ids[start : start + QUOTA_PAGE], month=month, used__gte=limit
        ).count()
    return used_up


async def titles(campaign_ids: list[int]) -> dict[int, str]:
    return dict(await Campaign.filter(id__in=campaign_ids).values_list("id", "title"))


async def delivery_outcomes(*, recent: int = 20) -> list[dict[str, Any]]:
    """Per recent campaign whose audience is frozen: recipients by delivery status."""
    campaigns = await Campaign.filter(audience_frozen=True).order_by("-id").limit(recent).values("id", "title")
    rows = []
    for campaign in campaigns:
        counts: dict[str, int] = {}
        for status in await Delivery.filter(campaign_id=campaign["id"]).values_list("status", flat=True):
            counts[str(status)] = counts.get(str(status), 0) + 1
        rows.append({"campaign_id": campaign["id"], "title": campaign["title"], **counts})
    return rows
