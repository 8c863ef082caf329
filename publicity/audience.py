"""Who a campaign reaches, counted before approval exactly as the send will choose them (campaigns.delivery's
snapshot), and how many of them have used up the month's four mass messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from campaigns.publicity_feed import AudienceSpec, mass_quota_used_up, month_of
from core.models import Subscriber

MASS_MONTHLY_LIMIT = 4


@dataclass(frozen=True)
class AudienceCount:
    followers: int  # followers the audience names now
    quota_used_up: int  # of those, already at 4 mass messages in the send month: WeChat delivers them nothing
    month: str

    @property
    def reachable(self) -> int:
        return self.followers - self.quota_used_up


async def audience_ids(spec: AudienceSpec) -> list[int]:
    query = Subscriber.filter(following=True)
    if spec.kind != "all":
        query = query.filter(audience=spec.kind)
    if spec.districts:
        query = query.filter(district__in=spec.districts)
    if spec.scenes:
        query = query.filter(scene__in=spec.scenes)
    rows = await query.values("id", "tags")
    wanted = set(spec.tags)
    return [row["id"] for row in rows if not wanted or wanted.intersection(row["tags"] or [])]


async def count(spec: AudienceSpec, *, send_at: datetime) -> AudienceCount:
    ids = await audience_ids(spec)
    month = month_of(send_at)
    used_up = await mass_quota_used_up(ids, month=month, limit=MASS_MONTHLY_LIMIT)
    return AudienceCount(followers=len(ids), quota_used_up=used_up, month=month)
