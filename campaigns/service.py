"""Campaign services.

INTERFACE used by the bot (implemented by the campaigns work): `current_campaign(now=...)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class CurrentCampaign:
    title: str
    summary: str
    url: str | None


async def current_campaign(*, now: datetime) -> CurrentCampaign | None:
    """The campaign running (or next within 30 days) at `now`, for the bot's 活动 intent."""
    raise NotImplementedError
