"""Complaint services: filing, the handling workflow, citizens' and staff's reads.

INTERFACE used by the bot: `public_status(tracking_no=..., unionid=...)` returns the status of a case only to
its own filer.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from arq.connections import ArqRedis
from redis.asyncio import Redis
from tortoise import Tortoise
from tortoise.exceptions import IntegrityError
from tortoise.expressions import RawSQL
from tortoise.transactions import in_transaction

from complaints import notify
from complaints.deadlines import add_days, add_working_days, refusal_reasons, snapshot_limit
from complaints.models import (
    OPEN_STATUSES,
    STATUS_LABELS,
    ActorKind,
    Complaint,
    ComplaintEvent,
    ComplaintNotification,
    ComplaintPhoto,
    ComplaintStatus,
    ContentCheck,
    Market,
    Merchant,
    PhotoCheck,
)
from complaints.photos import StoredPhoto, photo_path, store_photo
from complaints.schemas import SUMMARY_COLUMNS
from complaints.settings import ComplaintSettings
from core import clock, ratelimit
from core import subscribers as core_subscribers
from core.decoding import DecodePool
from core.districts import district_slug, resolve_district
from core.errors import Conflict, InvalidInput, InvalidTransition, NotFound, TooManyRequests
from core.jobs import QUEUE_NAME, enqueue
from core.models import MiniappUser, StaffAccount
from core.settings import Settings

log = logging.getLogger(__name__)

FILING_LIMIT = (10, 3600)  # new complaints per user per hour
UPLOAD_LIMIT = (60, 3600)  # photo uploads per user per hour
MAX_PHOTOS = 9
MAX_WEIGHT_G = Decimal(100_000)  # retail purchases beyond 100 kg are not a weighing-at-the-stall dispute
MAX_MONEY = Decimal(1_000_000)
PRICE_PER_KG_FACTOR = {"kg": Decimal(1), "jin": Decimal(2), "g": Decimal(1000)}
MAX_AGE_DAYS = 3 * 366  # a complaint beyond three years is refused by law (both rules)
CLOCK_SKEW = timedelta(minutes=10)
CONTENT_RECHECK_DELAY = 60  # seconds before the first re-check of text the gateway could not check
DUE_SOON_DAYS = 3

NEXT_STEPS = {
    ComplaintStatus.PENDING: "工作人员将在法定期限内决定是否受理，请留意通知。",
    ComplaintStatus.ACCEPTED: "投诉已受理，工作人员将联系双方安排调解。",
    ComplaintStatus.REFUSED: "投诉不予受理，理由见详情；如有异议可向12315反映。",
    ComplaintStatus.MEDIATING: "正在调解中，请保持电话畅通。",
    ComplaintStatus.MEDIATED: "调解成功，投诉已办结，欢迎对办理情况进行评价。",
    ComplaintStatus.TERMINATED: "调解已终止，可依法申请仲裁或向人民法院起诉。",
    ComplaintStatus.WITHDRAWN: "您已撤回投诉，案件结束。",
}


# --- rate limits and tracking numbers ---------------------------------------------------------------


async def check_rate(redis: Redis, *, name: str, user_id: int, limit: tuple[int, int]) -> None:
    """At most limit[0] `name` actions per user in limit[1] seconds; an unreachable limiter lets the action
    through (it must not cost a citizen their complaint)."""
    count_max, window = limit
    await ratelimit.enforce(
        redis,
        ratelimit.Limit(name=f"complaints-{name}", max_hits=count_max, window_seconds=window),
        str(user_id),
        message="提交过于频繁，请稍后再试",
        fail_open=True,
    )


async def next_tracking_no(day: date) -> str:
    """JL + yyyymmdd + a 6-digit daily sequence; one atomic upsert, so concurrent filings never share a number."""
    conn = Tortoise.get_connection("default")
    mark = "$1" if conn.capabilities.dialect == "postgres" else "?"
    sql = (
        "INSERT INTO complaint_daily_sequence (day, last_value) VALUES ("
        + mark
        + ", 1) ON CONFLICT (day) DO UPDATE SET last_value = complaint_daily_sequence.last_value + 1"
        " RETURNING last_value"
    )
    stamp = day.strftime("%Y%m%d")
    rows = await conn.execute_query_dict(sql, [stamp])
    sequence = int(rows[0]["last_value"])
    if sequence > 999_999:
        raise TooManyRequests("今日投诉编号已用完，请明天再试", code="tracking_exhausted")
    return f"JL{stamp}{sequence:06d}"


# --- filing ------------------------------------------------------------------------------------------


def _decimal(value: Decimal, *, label: str, places: int = 2) -> Decimal:
    try:
        if not value.is_finite():
            raise InvalidOperation
        quantized = value.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        raise InvalidInput(f"{label}不是有效的数字", code="invalid_number", field=label) from None
    if quantized != value:
        raise InvalidInput(f"{label}最多保留{places}位小数", code="invalid_number", field=label)
    return quantized


def _identity_key(name: str, *, district: str, market: Market | None, location: str) -> str:
    squash = re.sub(r"\s+", "", name).lower()
    place = f"m{market.id}" if market else re.sub(r"\s+", "", location).lower()[:100]
    return f"{district}|{place}|{squash}"[:255]


async def merchant_for(*, name: str, district: str, market: Market | None, location: str) -> Merchant:
    key = _identity_key(name, district=district, market=market, location=location)
    merchant = await Merchant.get_or_none(identity_key=key)
    if merchant is not None:
        return merchant
    try:
        return await Merchant.create(name=name, identity_key=key, district=district, market=market, location=location)
    except IntegrityError:  # another filing created it a moment ago
        return await Merchant.get(identity_key=key)


async def check_content(wechat: Any, *, openid: str, content: str) -> ContentCheck:
    """msgSecCheck v2: risky refuses the filing; if WeChat cannot answer, the case is kept and re-checked later."""
    from core.wechat import WeChatError

    try:
        result = await wechat.msg_sec_check(openid=openid, content=content, scene=2)
    except WeChatError as exc:
        log.warning("msg_sec_check unavailable (errcode %s); complaint kept for a later check", exc.errcode)
        return ContentCheck.PENDING
    if result.suggest == "risky":
        raise InvalidInput(
            "投诉内容含有不当信息，请修改后重新提交（请如实描述购买和复称经过）",
            code="content_risky",
            label=result.label,
        )
    return ContentCheck.REVIEW if result.suggest == "review" else ContentCheck.PASS


async def upload_photo(
    *, user_id: int, data: bytes, var_dir: Path, redis: Redis, decoder: DecodePool, max_pixels: int
) -> ComplaintPhoto:
    await check_rate(redis, name="upload", user_id=user_id, limit=UPLOAD_LIMIT)
    stored: StoredPhoto = await store_photo(data, var_dir=var_dir, decoder=decoder, max_pixels=max_pixels)
    return await ComplaintPhoto.create(
        user_id=user_id,
        stored_name=stored.stored_name,
        content_type=stored.content_type,
        size_bytes=stored.size_bytes,
        width=stored.width,
        height=stored.height,
        sha256=stored.sha256,
    )


async def _safe_enqueue(arq: ArqRedis, fn: str, *args: Any, job_id: str, defer: float | None = None) -> None:
    """Queue a follow-up job; if Redis is unreachable the periodic sweep picks the work up, the request succeeds."""
    try:
        if defer:
            await arq.enqueue_job(fn, *args, _job_id=job_id, _queue_name=QUEUE_NAME, _defer_by=defer)
        else:
            await enqueue(arq, fn, *args, job_id=job_id)
    except Exception:
        log.warning("could not queue %s (%s); the periodic sweep will retry", fn, job_id, exc_info=True)


# --- reads -------------------------------------------------------------------------------------------


async def citizen_complaint(*, user_id: int, complaint_id: int) -> Complaint:
    """The user's own case; someone else's id is indistinguishable from a missing one (404)."""
    complaint = await Complaint.get_or_none(id=complaint_id, user_id=user_id)
    if complaint is None:
        raise NotFound("没有找到该投诉", code="complaint_not_found")
    return complaint


async def citizen_complaints(*, user_id: int, page: int, page_size: int) -> tuple[list[Complaint], int]:
    query = Complaint.filter(user_id=user_id)
    total = await query.count()
    items = await query.order_by("-id").offset((page - 1) * page_size).limit(page_size).only(*SUMMARY_COLUMNS)
    return items, total


async def complaint_details(complaint: Complaint) -> tuple[list[ComplaintPhoto], list[ComplaintEvent]]:
    photos = await ComplaintPhoto.filter(complaint_id=complaint.id).order_by("id")
    events = await ComplaintEvent.filter(complaint_id=complaint.id).order_by("id")
    return photos, events


async def notifications_of(complaint: Complaint) -> list[ComplaintNotification]:
    """The subscribe messages sent (or attempted) about a case, oldest first (staff view)."""
    return await ComplaintNotification.filter(complaint_id=complaint.id).order_by("id")


async def linked_photo(photo_id: int) -> ComplaintPhoto | None:
    """A photo attached to a case, for the signed link WeChat's content check downloads (None: unknown or not
    attached to a case yet)."""
    photo = await ComplaintPhoto.get_or_none(id=photo_id)
    if photo is None or photo.complaint_id is None:  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise
        return None
    return photo


async def photo_file(*, var_dir: Path, complaint: Complaint, photo_id: int) -> tuple[Path, str]:
    photo = await ComplaintPhoto.get_or_none(id=photo_id, complaint_id=complaint.id)
    path = photo_path(var_dir, photo.stored_name) if photo else None
    if photo is None or path is None or not path.exists():
        raise NotFound("没有找到该照片", code="photo_not_found")
    return path, photo.content_type


async def review_photo(*, complaint: Complaint, photo_id: int, verdict: str) -> None:
    updated = await ComplaintPhoto.filter(id=photo_id, complaint_id=complaint.id).update(
        check_status=PhotoCheck(verdict)
    )
    if not updated:
        raise NotFound("没有找到该照片", code="photo_not_found")


def staff_scope(staff: StaffAccount) -> dict[str, Any]:
    """District-office staff see the cases assigned to their office; city-wide staff see all."""
    office = district_slug(staff.district)
    return {"assigned_district": office} if office else {}


async def staff_complaint(*, staff: StaffAccount, complaint_id: int) -> Complaint:
    complaint = await Complaint.get_or_none(id=complaint_id, **staff_scope(staff))
    if complaint is None:
        raise NotFound("没有找到该投诉", code="complaint_not_found")
    return complaint


@dataclass(frozen=True)
class QueueFilters:
    status: ComplaintStatus | None = None
    district: str | None = None
    overdue: bool | None = None
    due_soon: bool | None = None
    market_id: int | None = None
    merchant_id: int | None = None
    merchant: str | None = None
    tracking_no: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    category: str | None = None
    kind: str | None = None  # complaints.kinds slug
    track: str | None = None  # complaint | report


def filtered(staff: StaffAccount, filters: QueueFilters, *, today: date | None = None) -> Any:
    today = today or clock.today()
    query = Complaint.filter(**staff_scope(staff))
    if filters.status:
        query = query.filter(status=filters.status)
    if filters.district:
        query = query.filter(assigned_district=resolve_district(filters.district).slug)
    if filters.overdue is True:
        query = query.filter(due_on__lt=today)
    elif filters.overdue is False:
        query = query.exclude(due_on__lt=today)
    if filters.due_soon:
        query = query.filter(due_on__gte=today, due_on__lte=today + timedelta(days=DUE_SOON_DAYS))
    if filters.market_id is not None:
        query = query.filter(market_id=filters.market_id)
    if filters.merchant_id is not None:
        query = query.filter(merchant_id=filters.merchant_id)
    if filters.merchant:
        query = query.filter(merchant_name__icontains=filters.merchant)
    if filters.category:
        query = query.filter(category=filters.category)
    if filters.kind:
        query = query.filter(kind=filters.kind)
    if filters.track:
        query = query.filter(track=filters.track)
    if filters.tracking_no:
        query = query.filter(tracking_no=filters.tracking_no.strip().upper())
    if filters.date_from:
        query = query.filter(received_on__gte=filters.date_from)
    if filters.date_to:
        query = query.filter(received_on__lte=filters.date_to)
    return query


async def staff_queue(
    *, staff: StaffAccount, filters: QueueFilters, page: int, page_size: int
) -> tuple[list[Complaint], int]:
    query = filtered(staff, filters)
    total = await query.count()
    # Most urgent first: the nearest deadline, then the oldest case; cases without a deadline (closed) last on
    # every database (PostgreSQL and SQLite disagree on where NULLs sort).
    no_deadline = RawSQL("CASE WHEN due_on IS NULL THEN 1 ELSE 0 END")
    items = (
        await query.annotate(no_deadline=no_deadline)
        .order_by("no_deadline", "due_on", "id")
        .offset((page - 1) * page_size)
        .limit(page_size)
        .only(*SUMMARY_COLUMNS)
    )
    return items, total


def is_overdue(complaint: Complaint, *, today: date | None = None) -> bool:
    return complaint.due_on is not None and complaint.due_on < (today or clock.today())


# --- workflow ----------------------------------------------------------------------------------------

TRANSITIONS: dict[str, tuple[tuple[ComplaintStatus, ...], ComplaintStatus, str]] = {
    "accept": ((ComplaintStatus.PENDING,), ComplaintStatus.ACCEPTED, "受理"),
    "refuse": ((ComplaintStatus.PENDING,), ComplaintStatus.REFUSED, "不予受理"),
    "start_mediation": ((ComplaintStatus.ACCEPTED,), ComplaintStatus.MEDIATING, "开始调解"),
    "mediated": ((ComplaintStatus.MEDIATING,), ComplaintStatus.MEDIATED, "记录调解成功"),
    "terminate": ((ComplaintStatus.ACCEPTED, ComplaintStatus.MEDIATING), ComplaintStatus.TERMINATED, "终止调解"),
    "withdraw": (OPEN_STATUSES, ComplaintStatus.WITHDRAWN, "撤回"),
}


@dataclass(frozen=True)
class Actor:
    kind: ActorKind
    id: int | None
    name: str

    @classmethod
    def staff(cls, account: StaffAccount) -> Actor:
        return cls(ActorKind.STAFF, account.id, account.display_name)

    @classmethod
    def citizen(cls, user_id: int) -> Actor:
        return cls(ActorKind.CITIZEN, user_id, "投诉人")


async def transition(
    *,
    complaint: Complaint,
    action: str,
    actor: Actor,
    note: str,
    arq: ArqRedis,
    settings: Settings,
    changes: dict[str, Any] | None = None,
) -> Complaint:
    """Move a case along the workflow. A conditional UPDATE (status still one the action starts from) makes
    two handlers clicking at once safe: exactly one update matches, the other gets 409."""
    sources, target, verb = TRANSITIONS[action]
    template = settings.section(ComplaintSettings).status_template_id
    now = clock.now_local()
    values: dict[str, Any] = {"status": target, "updated_at": now, **(changes or {})}
    if target not in OPEN_STATUSES:
        values.setdefault("closed_at", now)
        values.setdefault("due_on", None)
    async with in_transaction():
        # The row lock orders concurrent transitions; the status condition on the UPDATE keeps SQLite honest too.
        current = await Complaint.select_for_update().get(id=complaint.id)
        updated = 0
        if current.status in sources:
            updated = await Complaint.filter(id=complaint.id, status=current.status).update(**values)
        if updated == 0:
            raise InvalidTransition(
                f"该投诉当前为“{current.status_label}”，不能{verb}",
                code="invalid_transition",
                status=current.status.value,
            )
        event = await ComplaintEvent.create(
            complaint_id=complaint.id,
            action=action,
            from_status=current.status.value,
            to_status=target.value,
            actor_kind=actor.kind,
            actor_id=actor.id,
            actor_name=actor.name,
            note=note,
        )
        notification = None
        if current.intake_channel == "miniapp" and not current.anonymous:
            notification = await ComplaintNotification.create(
                complaint_id=complaint.id, event=event, template_id=template
            )
    if notification is not None:  # an anonymous report gets no feedback; a 登记表 case has no WeChat user
        await notify.queue(arq, notification.id)
    return await Complaint.get(id=complaint.id)


async def accept(
    *, complaint: Complaint, staff: StaffAccount, note: str, arq: ArqRedis, settings: Settings
) -> Complaint:
    today = clock.today()
    policy = complaint.policy
    mediation_due, estimated = add_days(today, *snapshot_limit(policy, "mediation"))
    changes = {
        "mediation_due_on": mediation_due,
        "due_on": mediation_due,
        "deadline_estimated": complaint.deadline_estimated or estimated,
    }
    return await transition(
        complaint=complaint,
        action="accept",
        actor=Actor.staff(staff),
        note=note,
        arq=arq,
        settings=settings,
        changes=changes,
    )


async def refuse(
    *, complaint: Complaint, staff: StaffAccount, reason: str, note: str, arq: ArqRedis, settings: Settings
) -> Complaint:
    reasons = refusal_reasons(complaint.regulation)
    if reason not in reasons:
        choices = "；".join(f"{code}：{label}" for code, label in reasons.items())
        raise InvalidInput(f"不予受理理由必须是该案适用规定列明的情形之一：{choices}", code="invalid_refusal_reason")
    return await transition(
        complaint=complaint,
        action="refuse",
        actor=Actor.staff(staff),
        note=note or reasons[reason],
        arq=arq,
        settings=settings,
        changes={"refusal_reason": reason},
    )


async def start_mediation(
    *, complaint: Complaint, staff: StaffAccount, note: str, arq: ArqRedis, settings: Settings
) -> Complaint:
    return await transition(
        complaint=complaint,
        action="start_mediation",
        actor=Actor.staff(staff),
        note=note,
        arq=arq,
        settings=settings,
    )


def _money(value: Decimal | None, label: str) -> Decimal | None:
    if value is None:
        return None
    amount = _decimal(value, label=label)
    if amount < 0 or amount > MAX_MONEY:
        raise InvalidInput(f"{label}必须在0到100万元之间", code="invalid_amount")
    return amount


async def record_outcome(
    *,
    complaint: Complaint,
    staff: StaffAccount,
    result: str,
    refund_amount: Decimal | None,
    compensation_amount: Decimal | None,
    termination_reason: str | None,
    substantiated: bool | None,
    note: str,
    arq: ArqRedis,
    settings: Settings,
) -> Complaint:
    """Close the case: 调解成功 with the amounts agreed, or 终止调解 with the reason."""
    if substantiated is None:
        substantiated = complaint.assessment_verdict == "exceeds"
    changes: dict[str, Any] = {"substantiated": substantiated, "outcome_note": note or None}
    if result == "mediated":
        changes["refund_amount"] = _money(refund_amount, "退款金额")
        changes["compensation_amount"] = _money(compensation_amount, "赔偿金额")
        action = "mediated"
    else:
        if not termination_reason:
            raise InvalidInput("终止调解须写明理由", code="termination_reason_required")
        changes["termination_reason"] = termination_reason
        action = "terminate"
    return await transition(
        complaint=complaint,
        action=action,
        actor=Actor.staff(staff),
        note=note or (termination_reason or "调解成功"),
        arq=arq,
        settings=settings,
        changes=changes,
    )


async def withdraw(*, user_id: int, complaint_id: int, note: str, arq: ArqRedis, settings: Settings) -> Complaint:
    complaint = await citizen_complaint(user_id=user_id, complaint_id=complaint_id)
    return await transition(
        complaint=complaint,
        action="withdraw",
        actor=Actor.citizen(user_id),
        note=note or "投诉人撤回投诉",
        arq=arq,
        settings=settings,
    )


async def assign(*, complaint: Complaint, staff: StaffAccount, district: str, note: str) -> Complaint:
    """Hand the case to another district office (the status does not change)."""
    target = resolve_district(district)
    if complaint.status not in OPEN_STATUSES:
        raise InvalidTransition(f"该投诉已“{complaint.status_label}”，不能转派", code="invalid_transition")
    async with in_transaction():
        updated = await Complaint.filter(id=complaint.id, status__in=list(OPEN_STATUSES)).update(
            assigned_district=target.slug, updated_at=clock.now_local()
        )
        if updated == 0:
            raise InvalidTransition("该投诉已办结，不能转派", code="invalid_transition")
        await ComplaintEvent.create(
            complaint_id=complaint.id,
            action="assign",
            from_status=complaint.status.value,
            to_status=complaint.status.value,
            actor_kind=ActorKind.STAFF,
            actor_id=staff.id,
            actor_name=staff.display_name,
            note=note or f"转派至{target.name}",
        )
    return await Complaint.get(id=complaint.id)


async def rate(*, user_id: int, complaint_id: int, rating: int, comment: str) -> Complaint:
    """Once, after the case is closed; a conditional UPDATE keeps a double tap from rating twice."""
    complaint = await citizen_complaint(user_id=user_id, complaint_id=complaint_id)
    closed = [ComplaintStatus.MEDIATED, ComplaintStatus.TERMINATED, ComplaintStatus.REFUSED]
    if complaint.status not in closed:
        raise InvalidTransition("投诉办结后才能评价", code="not_closed")
    updated = await Complaint.filter(id=complaint.id, status__in=closed, rating__isnull=True).update(
        rating=rating, rating_comment=comment or None, rated_at=clock.now_local()
    )
    if updated == 0:
        raise InvalidTransition("您已评价过该投诉", code="already_rated")
    return await Complaint.get(id=complaint.id)


# --- the scan hint and the bot -----------------------------------------------------------------------


async def markets(*, district: str | None = None) -> list[Market]:
    """Every market (active or not), by district and name; `district` is a slug or name (resolved)."""
    query = Market.all().order_by("district", "name")
    if district:
        query = query.filter(district=resolve_district(district).slug)
    return await query


async def create_market(
    *,
    name: str,
    district: str,
    address: str,
    fair_scale: bool,
    latitude: float | None,
    longitude: float | None,
) -> Market:
    """Register a market; its QR scene for the 公平秤 point is `market:<id>`. One name per district."""
    slug = resolve_district(district).slug
    if await Market.exists(district=slug, name=name):
        raise Conflict("该区域已有同名市场", code="market_exists")
    return await Market.create(
        name=name, district=slug, address=address, fair_scale=fair_scale, latitude=latitude, longitude=longitude
    )


async def active_markets() -> list[Market]:
    """The markets in use, by district and name (form choices, audiences)."""
    return await Market.filter(active=True).order_by("district", "name")


async def active_market(market_id: int) -> Market | None:
    """The market a QR scene names, unless it is retired (None then)."""
    return await Market.get_or_none(id=market_id, active=True)


async def update_market(*, market_id: int, changes: dict[str, Any]) -> Market:
    """Address, active, 公平秤 and position of a market (what the nearest-公平秤 suggestion reads)."""
    market = await Market.get_or_none(id=market_id)
    if market is None:
        raise NotFound("市场不存在", code="market_not_found")
    if changes:
        await Market.filter(id=market_id).update(**changes)
        await market.refresh_from_db()
    return market


# A market farther than this from the follower is not "where they are shopping": no suggestion then.
NEAREST_MARKET_MAX_METRES = 3000
EARTH_RADIUS_METRES = 6_371_000


@dataclass(frozen=True)
class NearbyMarket:
    market: Market
    distance_m: int


def distance_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance (haversine) in metres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lng2 - lng1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_METRES * math.asin(math.sqrt(a))


async def nearest_fair_scale_market(
    *, latitude: float, longitude: float, max_metres: int = NEAREST_MARKET_MAX_METRES
) -> NearbyMarket | None:
    """The closest active market with a 公平秤 and known coordinates, within `max_metres`."""
    candidates = await Market.filter(active=True, fair_scale=True, latitude__isnull=False, longitude__isnull=False)
    nearby = [
        NearbyMarket(market, round(distance_m(latitude, longitude, market.latitude, market.longitude)))
        for market in candidates
    ]
    best = min(nearby, key=lambda item: item.distance_m, default=None)
    return best if best is not None and best.distance_m <= max_metres else None


@dataclass(frozen=True)
class PrefillMarket:
    market: Market | None
    source: str | None  # "scan": the 公平秤 QR code last scanned; "location": nearest to the follower's position
    distance_m: int | None = None


async def prefill(*, user_id: int, redis: Redis | None = None) -> tuple[PrefillMarket, MiniappUser]:
    """The market to pre-fill the user's complaint with: the one whose QR code they last scanned on the official
    account (same unionid), else, when they let the account use their position, the nearest one with a 公平秤."""
    user = await MiniappUser.get(id=user_id)
    if not user.unionid:
        return PrefillMarket(None, None), user
    for market_id in await core_subscribers.scanned_markets(unionid=user.unionid):
        if (market := await Market.get_or_none(id=market_id, active=True)) is not None:
            return PrefillMarket(market, "scan"), user
    if redis is not None:
        openids = await core_subscribers.openids_of(unionid=user.unionid)
        location = await core_subscribers.latest_location(redis, openids=openids)
        if location is not None:
            nearby = await nearest_fair_scale_market(latitude=location.latitude, longitude=location.longitude)
            if nearby is not None:
                return PrefillMarket(nearby.market, "location", nearby.distance_m), user
    return PrefillMarket(None, None), user


@dataclass(frozen=True)
class PublicStatus:
    tracking_no: str
    status_label: str  # e.g. 已受理
    updated_at: datetime
    next_step: str  # one sentence in Chinese


async def public_status(*, tracking_no: str, unionid: str | None) -> PublicStatus | None:
    """None unless the case exists and was filed by the mini-program user with this unionid."""
    if not unionid or not tracking_no:
        return None
    complaint = await Complaint.filter(tracking_no=tracking_no.strip().upper(), user__unionid=unionid).first()
    if complaint is None:
        return None
    return PublicStatus(
        tracking_no=complaint.tracking_no,
        status_label=STATUS_LABELS[complaint.status],
        updated_at=complaint.updated_at,
        next_step=NEXT_STEPS[complaint.status] + _registered_12315(complaint),
    )


def _registered_12315(complaint: Complaint) -> str:
    if not complaint.registration_12315:
        return ""
    return f"本案已同时在全国12315平台登记（登记号 {complaint.registration_12315}）。"


# --- what staff should be told ------------------------------------------------------------------------

NOTICE_DUE_WORKING_DAYS = 2
NOTICE_LIMIT = 50


async def new_cases(*, staff: StaffAccount, since: datetime) -> list[Complaint]:
    """Cases that reached this office since `since`: filed there, or handed over from another office."""
    since = since.astimezone(clock.ZONE)  # SQLite compares the stored local-time text: ask in the same zone
    handed_over = await ComplaintEvent.filter(action="assign", created_at__gt=since).values_list(
        "complaint_id", flat=True
    )
    filed = filtered(staff, QueueFilters()).filter(created_at__gt=since)
    moved = filtered(staff, QueueFilters()).filter(id__in=list(handed_over))
    found = {c.id: c for c in await filed.limit(NOTICE_LIMIT).only(*SUMMARY_COLUMNS)}
    found |= {c.id: c for c in await moved.limit(NOTICE_LIMIT).only(*SUMMARY_COLUMNS)}
    return sorted(found.values(), key=lambda c: c.created_at, reverse=True)[:NOTICE_LIMIT]


async def cases_near_deadline(*, staff: StaffAccount, today: date | None = None) -> list[Complaint]:
    """Open cases whose deadline falls within two working days (or has passed)."""
    today = today or clock.today()
    horizon, _ = add_working_days(today, NOTICE_DUE_WORKING_DAYS)
    query = filtered(staff, QueueFilters()).filter(status__in=list(OPEN_STATUSES), due_on__lte=horizon)
    return await query.order_by("due_on", "id").limit(NOTICE_LIMIT).only(*SUMMARY_COLUMNS)
