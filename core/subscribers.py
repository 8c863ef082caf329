"""Official-account followers (Subscriber rows): follow state, the 48-hour window, tags and QR scenes.

The bot writes them; campaigns read them as audiences. The tags are the `audience` (citizen | enterprise) and
`district` columns (the district's slug from core/data/districts.json, e.g. xincheng), plus free labels in
`tags` (from `tag:<label>` QR scenes). `scene` keeps the last `market:<id>` scanned, which complaints use to
pre-fill the follower's next complaint (matched through the unionid).

A follower's position (WeChat's LOCATION event, sent only when the follower allowed the account to use it) is
kept in Redis, only the latest one, for a limited time, and dropped on unsubscribe: complaints use it to suggest
the nearest market with a 公平秤.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from redis.asyncio import Redis
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from core.districts import District, find_district
from core.models import Subscriber

AUDIENCES = ("citizen", "enterprise")
MAX_TAGS = 20
# The QR scene strings we act on: a market's 公平秤 code, a district poster, a labelled event booth.
SCENE = re.compile(r"^(?:market:(\d{1,12})|district:([A-Za-z0-9_\-]{1,32})|tag:([A-Za-z0-9_\-]{1,32}))$")
MARKET_SCENE_PREFIX = "market:"


async def _upsert(openid: str, **values: object) -> Subscriber:
    """Update the row for `openid` with `values`, creating it first if needed (safe against a concurrent create)."""
    for _ in range(2):
        subscriber = await Subscriber.get_or_none(openid=openid)
        if subscriber is None:
            try:
                return await Subscriber.create(openid=openid, **values)
            except IntegrityError:
                continue  # another worker created it between our read and our insert
        if values:
            await Subscriber.filter(id=subscriber.id).update(**values)
            await subscriber.refresh_from_db()
        return subscriber
    raise RuntimeError(f"could not upsert subscriber {openid}")


async def record_message(*, openid: str, now: datetime) -> None:
    """A user message: it opens the 48-hour window, and only followers can send one."""
    updated = await Subscriber.filter(openid=openid).update(last_interaction_at=now, following=True)
    if not updated:
        await _upsert(openid, last_interaction_at=now, following=True)


async def follow(*, openid: str) -> Subscriber:
    """A subscribe event: a new follower, or a returning one whose data was wiped on unsubscribe (first_seen_at
    is set on creation and kept)."""
    return await _upsert(openid, following=True, unsubscribed_at=None)


async def unfollow(*, openid: str, now: datetime) -> None:
    """An unsubscribe: inactive, and every personal detail dropped (WeChat asks for deletion). The bare row
    remains so that unsubscribes can still be counted, but it says nothing about the person."""
    await Subscriber.filter(openid=openid).update(
        following=False,
        unsubscribed_at=now,
        unionid=None,
        audience="citizen",
        district=None,
        tags=[],
        scene=None,
        last_interaction_at=None,
    )


async def set_unionid(*, openid: str, unionid: str) -> None:
    await Subscriber.filter(openid=openid, following=True).update(unionid=unionid)


async def set_audience(*, openid: str, audience: str) -> Subscriber:
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}")
    return await _upsert(openid, audience=audience)


async def set_district(*, openid: str, district: District) -> Subscriber:
    return await _upsert(openid, district=district.slug)


def parse_scene(scene: str) -> tuple[str, str] | None:
    """("market", "42"), ("district", "saihan"), ("tag", "wmd2026"), or None for a scene we do not act on."""
    match = SCENE.match(scene.strip())
    if match is None:
        return None
    market, district, tag = match.groups()
    if market is not None:
        return "market", market
    if district is not None:
        return ("district", district) if find_district(district) is not None else None
    return "tag", tag


def market_scene(market_id: int | str) -> str:
    """The scene string of a market's 公平秤 QR code (and what a follower's `scene` keeps after scanning it)."""
    return f"{MARKET_SCENE_PREFIX}{market_id}"


def market_of_scene(scene: str | None) -> int | None:
    """The market id of a `market:<id>` scene, or None for any other scene (or none)."""
    parsed = parse_scene(scene) if scene else None
    return int(parsed[1]) if parsed is not None and parsed[0] == "market" else None


async def scanned_market(*, openid: str) -> int | None:
    """The market whose QR code this follower scanned last, if any."""
    subscriber = await Subscriber.get_or_none(openid=openid)
    return market_of_scene(subscriber.scene) if subscriber is not None else None


async def scanned_markets(*, unionid: str) -> list[int]:
    """Markets scanned by the followers behind `unionid`, the most recently active follower first."""
    followers = await Subscriber.filter(unionid=unionid, scene__startswith=MARKET_SCENE_PREFIX).order_by(
        "-last_interaction_at", "-id"
    )
    return [market for f in followers if (market := market_of_scene(f.scene)) is not None]


async def apply_scene(*, openid: str, scene: str) -> tuple[str, str] | None:
    """Remember a QR scene on the follower: `market:<id>` for their next complaint, `district:<slug>` as their
    district, `tag:<label>` as a tag. Returns (kind, value), or None for a scene we do not act on."""
    parsed = parse_scene(scene)
    if parsed is None:
        return None
    kind, value = parsed
    if kind == "market":
        await _upsert(openid, scene=market_scene(value))
    elif kind == "district":
        district = find_district(value)
        assert district is not None
        await set_district(openid=openid, district=district)
        value = district.name
    else:
        subscriber = await _upsert(openid)
        if value not in subscriber.tags and len(subscriber.tags) < MAX_TAGS:
            await Subscriber.filter(id=subscriber.id).update(tags=[*subscriber.tags, value])
    return kind, value


def audience_query(*, audience: str | None = None, district: str | None = None) -> QuerySet[Subscriber]:
    """Current followers, optionally only one audience (citizen | enterprise) and/or one district (its slug)."""
    query = Subscriber.filter(following=True)
    if audience is not None:
        query = query.filter(audience=audience)
    if district is not None:
        query = query.filter(district=district)
    return query


# --- the follower's latest position ----------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    precision: float | None
    at: datetime


def _location_key(openid: str) -> str:
    return f"subscribers:location:{openid}"


async def remember_location(
    redis: Redis,
    *,
    openid: str,
    latitude: float,
    longitude: float,
    precision: float | None,
    now: datetime,
    ttl_seconds: int,
) -> None:
    """Keep the follower's latest position for `ttl_seconds` (the previous one is replaced)."""
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ValueError(f"not a position: {latitude}, {longitude}")
    value = {"lat": latitude, "lng": longitude, "precision": precision, "at": now.timestamp()}
    await redis.set(_location_key(openid), json.dumps(value), ex=ttl_seconds)


async def latest_location(redis: Redis, *, openids: list[str]) -> Location | None:
    """The most recent position any of `openids` (one person's followers, e.g. by unionid) still has on record."""
    if not openids:
        return None
    found = []
    for raw in await redis.mget([_location_key(openid) for openid in openids]):
        if raw is None:
            continue
        value = json.loads(raw)
        found.append(
            Location(value["lat"], value["lng"], value.get("precision"), datetime.fromtimestamp(value["at"], UTC))
        )
    return max(found, key=lambda location: location.at, default=None)


async def forget_location(redis: Redis, *, openid: str) -> None:
    await redis.delete(_location_key(openid))


async def openids_of(*, unionid: str) -> list[str]:
    """The official-account openids of the person with this unionid who still follow."""
    return list(await Subscriber.filter(unionid=unionid, following=True).values_list("openid", flat=True))
