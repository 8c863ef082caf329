"""What the 诚信计量 domain (credit/) may read from complaints: small named functions returning plain data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import cast

from complaints.models import Complaint, Market
from core.clock import now_local


@dataclass(frozen=True)
class UpheldComplaint:
    tracking_no: str
    received_on: date
    merchant_name: str


@dataclass(frozen=True)
class MarketCard:
    id: int
    name: str
    district: str
    address: str
    fair_scale: bool
    latitude: float | None  # WGS-84 (as stored by complaints)
    longitude: float | None


def _squash(name: str) -> str:
    return re.sub(r"\s+", "", name).lower()


async def upheld_complaints(*, name: str | None, district: str | None, market_id: int | None) -> list[UpheldComplaint]:
    """Complaints found substantiated (查实) against a business: a whole market when only `market_id` is given,
    else the merchants whose name matches `name` (in that market, or in that district)."""
    if name is None and market_id is None:
        return []  # neither a market nor a name: nothing is "this business"
    query = Complaint.filter(substantiated=True)
    if market_id is not None:
        query = query.filter(market_id=market_id)
    if name is not None:
        if market_id is None and district is not None:
            query = query.filter(district=district)
        wanted = _squash(name)
        rows = await query.prefetch_related("merchant").order_by("received_on")
        rows = [c for c in rows if _squash(c.merchant.name) == wanted]
    else:
        rows = await query.order_by("received_on")
    return [
        UpheldComplaint(tracking_no=c.tracking_no, received_on=c.received_on, merchant_name=c.merchant_name)
        for c in rows
    ]


def _market_card(m: Market) -> MarketCard:
    return MarketCard(
        id=m.id,
        name=m.name,
        district=m.district,
        address=m.address,
        fair_scale=m.fair_scale,
        latitude=m.latitude,
        longitude=m.longitude,
    )


async def active_markets() -> list[MarketCard]:
    return [_market_card(m) for m in await Market.filter(active=True).order_by("id")]


async def market_card(market_id: int) -> MarketCard | None:
    market = await Market.get_or_none(id=market_id)
    return _market_card(market) if market else None


async def complaints_by_district(*, date_from: date, date_to: date) -> dict[str, int]:
    """Complaints received in the period, per district slug (for the complaint rate per 10,000 businesses)."""
    counts: dict[str, int] = {}
    # cast: Tortoise types `flat=True` rows as tuples; they are the column's values.
    districts = cast(
        list[str],
        await Complaint.filter(received_on__gte=date_from, received_on__lte=date_to).values_list("district", flat=True),
    )
    for district in districts:
        counts[district] = counts.get(district, 0) + 1
    return counts


def today_local() -> date:
    return now_local().date()
