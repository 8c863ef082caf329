"""Filing a case, whole, in the domain: idempotency, the photos of the request, checks, assessment, persist,
follow-ups. Channels parse and authenticate, then call `file_complaint` (JSON) or `file_with_uploads`
(multipart with the photos in the same request) or `file_by_staff` (登记表: taken by phone or at the counter).

Each stage is a function named for what it decides; `_file` runs them in order.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from arq.connections import ArqRedis
from redis.asyncio import Redis
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from complaints import identity, reports
from complaints.assessment import Assessment, ReferenceScale, categories
from complaints.deadlines import add_days, policy_for
from complaints.fair_scales import reference_scales
from complaints.intake_assessment import assess_filing
from complaints.kinds import COMPLAINT, REPORT, Kind, get_kind, validate_facts
from complaints.models import (
    ActorKind,
    Complaint,
    ComplaintEvent,
    ComplaintPhoto,
    ComplaintStatus,
    ContentCheck,
    Market,
)
from complaints.photos import delete_files
from complaints.schemas import ComplaintCreate, StaffFilingCreate
from complaints.service import (
    CLOCK_SKEW,
    CONTENT_RECHECK_DELAY,
    FILING_LIMIT,
    MAX_AGE_DAYS,
    MAX_MONEY,
    MAX_PHOTOS,
    MAX_WEIGHT_G,
    PRICE_PER_KG_FACTOR,
    _decimal,
    _safe_enqueue,
    check_content,
    check_rate,
    merchant_for,
    next_tracking_no,
    upload_photo,
)
from core import clock
from core.decoding import DecodePool
from core.districts import resolve_district
from core.errors import InvalidInput
from core.models import MiniappUser, StaffAccount

log = logging.getLogger(__name__)
IDEMPOTENCY_RE = re.compile(r"^[A-Za-z0-9_.:-]{8,64}$")
ZERO = Decimal(0)  # the weighed-goods columns of a case of another kind (the API shows them as null)
DESK_OPENID = "intake-desk:phone-counter"  # the placeholder account of 登记表 cases; never a WeChat openid
GOODS_KINDS = {"weighed", "prepackaged", "overpackaging"}  # kinds whose form names the goods


# --- who files, and what they bring -------------------------------------------------------------------------


@dataclass(frozen=True)
class Filer:
    """A citizen through the mini-program, or staff recording a case taken by phone or at the counter."""

    user_id: int | None
    openid: str | None = None
    staff: StaffAccount | None = None
    channel: str = "miniapp"


@dataclass(frozen=True)
class Services:
    wechat: Any
    redis: Redis
    arq: ArqRedis


@dataclass
class PhotoIntake:
    """The photos uploaded inside one filing request: stored as they arrive, removed again unless the filing
    attaches them (a refused or repeated filing leaves no orphan files)."""

    user_id: int
    var_dir: Path
    redis: Redis
    decoder: DecodePool
    max_pixels: int
    photos: list[ComplaintPhoto] = field(default_factory=list)

    async def add(self, data: bytes) -> ComplaintPhoto:
        if len(self.photos) >= MAX_PHOTOS:
            raise InvalidInput(f"最多上传{MAX_PHOTOS}张照片", code="photo_count")
        photo = await upload_photo(
            user_id=self.user_id, data=data, var_dir=self.var_dir, redis=self.redis, decoder=self.decoder,
            max_pixels=self.max_pixels,
        )  # fmt: skip
        self.photos.append(photo)
        return photo

    async def discard_unattached(self) -> None:
        if not self.photos:
            return
        ids = [p.id for p in self.photos]
        attached = set(await ComplaintPhoto.filter(id__in=ids, complaint_id__isnull=False).values_list("id", flat=True))
        loose = [p for p in self.photos if p.id not in attached]
        await ComplaintPhoto.filter(id__in=[p.id for p in loose], complaint_id=None).delete()
        await delete_files(self.var_dir, [p.stored_name for p in loose])


@dataclass(frozen=True)
class FilingPart:
    """One part of a multipart filing as the channel read it: a photo file, or form data."""

    photo: bytes | None = None
    fields: dict[str, Any] | None = None


# --- stage 1: idempotency (the one place a repeated request is recognised) ----------------------------------


def parse_idempotency_key(header: str | None, data_key: str | None) -> str:
    key = (header or data_key or "").strip()
    if not IDEMPOTENCY_RE.match(key):
        raise InvalidInput(
            "缺少或无效的防重复提交标识（Idempotency-Key，8-64位字母数字）", code="idempotency_key_required"
        )
    return key


async def earlier_filing(user_id: int | None, key: str) -> Complaint | None:
    """The case an earlier request with this key filed, if any; the same answer before filing and after a race."""
    if user_id is None:
        return None
    return await Complaint.get_or_none(user_id=user_id, idempotency_key=key)


# --- stage 2: checks, each with a message a citizen understands ---------------------------------------------


@dataclass(frozen=True)
class Weighed:
    unit_price: Decimal
    amount_paid: Decimal
    charged_g: Decimal
    found_g: Decimal
    price_per_kg: Decimal
    method: str


@dataclass(frozen=True)
class CleanFiling:
    kind: Kind
    facts: dict[str, Any]
    district: str
    market: Market | None
    occurred_at: datetime
    who: identity.Identity
    weighed: Weighed | None


def check_common_text(data: ComplaintCreate, kind: Kind) -> None:
    required = [(data.merchant_name, "商户、摊位或被投诉（举报）对象名称"), (data.location, "市场或店铺位置")]
    if kind.slug in GOODS_KINDS:
        required.append((data.goods, "商品名称"))
    missing = [label for value, label in required if not value]
    if missing:
        raise InvalidInput("请填写：" + "、".join(missing), code="missing_field", missing=missing)
    if len(data.description) < 5:
        raise InvalidInput("请用至少5个字描述经过", code="description_too_short")


def check_event_time(moment: datetime, *, now: datetime) -> datetime:
    occurred = moment if moment.tzinfo else moment.replace(tzinfo=clock.ZONE)
    if occurred > now + CLOCK_SKEW:
        raise InvalidInput("发生时间不能晚于现在", code="purchase_in_future")
    if occurred < now - timedelta(days=MAX_AGE_DAYS):
        raise InvalidInput("发生时间已超过三年，依法不予受理", code="purchase_too_old")
    return occurred


async def check_market(market_id: int | None, district_slug: str, district_name: str) -> Market | None:
    if market_id is None:
        return None
    market = await Market.get_or_none(id=market_id, active=True)
    if market is None:
        raise InvalidInput("所选市场不存在", code="invalid_market")
    if market.district != district_slug:
        raise InvalidInput(f"“{market.name}”不在{district_name}，请核对所在区域", code="district_mismatch")
    return market


def check_photo_list(photo_ids: list[int], kind: Kind, facts: dict[str, Any], *, required: bool) -> None:
    if len(set(photo_ids)) != len(photo_ids):
        raise InvalidInput("照片重复提交", code="duplicate_photos")
    least = 1 if required else 0
    if not least <= len(photo_ids) <= MAX_PHOTOS:
        raise InvalidInput(f"请上传{least}至{MAX_PHOTOS}张证据照片（如秤的读数、小票、商品）", code="photo_count")
    if required and kind.receipt_photo and facts.get("receipt_photo_id") not in photo_ids:
        raise InvalidInput("请上传小票（票据）照片，并在 receipt_photo_id 中指明是哪一张", code="receipt_photo_missing")


def check_weighed(data: ComplaintCreate) -> Weighed:
    figures = {
        "商品类别": data.category or None,
        "单价": data.unit_price,
        "实付金额": data.amount_paid,
        "结算重量": data.charged_weight_g,
        "复称重量": data.found_weight_g,
        "复称方式": data.reweigh_method,
    }
    missing = [label for label, value in figures.items() if value is None]
    if missing:
        raise InvalidInput("称重商品请填写：" + "、".join(missing), code="missing_field", missing=missing)
    if data.category not in categories():
        names = "、".join(c["label"] for c in categories().values())
        raise InvalidInput(f"商品类别无效，请选择：{names}", code="invalid_category")
    charged = _decimal(data.charged_weight_g or ZERO, label="结算重量")
    found = _decimal(data.found_weight_g or ZERO, label="复称重量")
    unit_price = _decimal(data.unit_price or ZERO, label="单价")
    amount = _decimal(data.amount_paid or ZERO, label="实付金额")
    if charged <= 0 or found <= 0:
        raise InvalidInput("结算重量和复称重量都必须大于0克", code="invalid_weight")
    if charged > MAX_WEIGHT_G or found > MAX_WEIGHT_G:
        raise InvalidInput("重量超过100千克，不属于零售称重投诉的范围，请核对单位（克）", code="weight_out_of_range")
    if unit_price <= 0 or unit_price > MAX_MONEY:
        raise InvalidInput("单价必须大于0且不超过100万元", code="invalid_price")
    if amount <= 0 or amount > MAX_MONEY:
        raise InvalidInput("实付金额必须大于0且不超过100万元", code="invalid_amount")
    return Weighed(
        unit_price=unit_price,
        amount_paid=amount,
        charged_g=charged,
        found_g=found,
        price_per_kg=unit_price * PRICE_PER_KG_FACTOR[data.price_unit],
        method=str(data.reweigh_method),
    )


async def validate_filing(
    data: ComplaintCreate, *, now: datetime, bound_phone: str | None, photos_required: bool
) -> CleanFiling:
    """Every check; nothing is saved before all of them pass."""
    kind = get_kind(data.kind, track=data.track)
    facts = validate_facts(kind, data.facts)
    check_common_text(data, kind)
    who = identity.collect(
        track=kind.track,
        anonymous=data.anonymous,
        name=data.complainant_name,
        address=data.complainant_address,
        phone=data.contact_phone,
        bound_phone=bound_phone,
    )
    district = resolve_district(data.district)
    occurred = check_event_time(data.purchased_at, now=now)
    market = await check_market(data.market_id, district.slug, district.name)
    check_photo_list(data.photo_ids, kind, facts, required=photos_required and kind.track == COMPLAINT)
    # A receipt kind filed online names its receipt photo; by phone or at the counter staff see the paper.
    weighed = check_weighed(data) if kind.slug == "weighed" else None
    return CleanFiling(kind, facts, district.slug, market, occurred, who, weighed)


async def check_photos_owned(user_id: int | None, photo_ids: list[int]) -> bool:
    if not photo_ids:
        return True
    owned = await ComplaintPhoto.filter(id__in=photo_ids, user_id=user_id, complaint_id=None).count()
    return owned == len(photo_ids)


# --- stage 3: assessment and deadlines -----------------------------------------------------------------------


def assessment_of(
    clean: CleanFiling, data: ComplaintCreate, *, fair_scales: Sequence[ReferenceScale] = ()
) -> dict[str, Any]:
    weighed = clean.weighed
    result: Assessment = assess_filing(
        clean.kind.slug,
        clean.facts,
        category=data.category,
        charged_g=weighed.charged_g if weighed else None,
        found_g=weighed.found_g if weighed else None,
        method=weighed.method if weighed else "",
        unit_price_per_kg=weighed.price_per_kg if weighed else None,
        fair_scales=fair_scales,
    )
    assessment = result.as_dict()
    if weighed and (note := payment_note(weighed)):
        assessment["notes"].append(note)
    if clean.kind.track == REPORT:
        assessment["summary"] = "举报线索将由工作人员核查，并在规定期限内决定是否立案。"
        assessment["reward_note"] = reports.reward_note()
    return assessment


def payment_note(weighed: Weighed) -> str | None:
    """Flag a payment that does not match price x weight (over-charging often comes with short weight)."""
    expected = (weighed.price_per_kg * weighed.charged_g / 1000).quantize(Decimal("0.01"))
    if abs(weighed.amount_paid - expected) <= max(Decimal(1), expected / 10):
        return None
    return f"按单价和结算重量应付约{expected}元，实付{weighed.amount_paid}元，差额请工作人员一并核实"


@dataclass(frozen=True)
class Deadlines:
    regulation: str
    policy: dict[str, Any]
    first_due: date
    estimated: bool


async def deadlines_for(track: str, received_on: date) -> Deadlines:
    policy = await policy_for(received_on)
    if track == REPORT:
        limit = reports.decision_limit()
        due, estimated = add_days(received_on, int(limit["value"]), str(limit.get("unit", "working_days")))
        return Deadlines(policy.regulation, {**policy.as_dict(), "report_decision": limit}, due, estimated)
    due, estimated = add_days(received_on, policy.accept_days, policy.accept_unit)
    return Deadlines(policy.regulation, policy.as_dict(), due, estimated)


# --- stage 4: persist ---------------------------------------------------------------------------------------


async def persist(
    *, filer: Filer, key: str, data: ComplaintCreate, clean: CleanFiling, content_check: ContentCheck, now: datetime
) -> Complaint:
    received_on = now.date()
    limits = await deadlines_for(clean.kind.track, received_on)
    scales = await reference_scales(clean.market, on=now.date()) if data.reweigh_method == "fair_scale" else []
    assessment = assessment_of(clean, data, fair_scales=scales)
    merchant = await merchant_for(
        name=data.merchant_name, district=clean.district, market=clean.market, location=data.location
    )
    tracking_no = await next_tracking_no(received_on)
    weighed = clean.weighed
    async with in_transaction():
        complaint = await Complaint.create(
            tracking_no=tracking_no,
            user_id=filer.user_id,
            idempotency_key=key,
            track=clean.kind.track,
            kind=clean.kind.slug,
            kind_facts=clean.facts,
            intake_channel=filer.channel,
            complainant_name=clean.who.name,
            complainant_address=clean.who.address,
            anonymous=clean.who.anonymous,
            merchant=merchant,
            market=clean.market,
            merchant_name=data.merchant_name,
            location=data.location,
            district=clean.district,
            assigned_district=clean.district,
            goods=data.goods or clean.kind.label[:50],
            category=data.category if weighed else "",
            unit_price=weighed.unit_price if weighed else ZERO,
            price_unit=data.price_unit if weighed else "",
            amount_paid=weighed.amount_paid if weighed else ZERO,
            charged_weight_g=weighed.charged_g if weighed else ZERO,
            found_weight_g=weighed.found_g if weighed else ZERO,
            reweigh_method=weighed.method if weighed else "",
            purchased_at=clean.occurred_at,
            description=data.description,
            contact_phone=clean.who.phone,
            assessment=assessment,
            assessment_verdict=assessment["verdict"],
            content_check=content_check,
            regulation=limits.regulation,
            policy=limits.policy,
            received_on=received_on,
            filed_month=received_on.strftime("%Y-%m"),
            accept_due_on=limits.first_due,
            due_on=limits.first_due,
            deadline_estimated=limits.estimated,
        )
        if data.photo_ids:
            attached = await ComplaintPhoto.filter(
                id__in=data.photo_ids, user_id=filer.user_id, complaint_id=None
            ).update(complaint_id=complaint.id)
            if attached != len(data.photo_ids):
                raise InvalidInput("部分照片无效或已用于其他投诉，请重新上传", code="invalid_photos")
        await ComplaintEvent.create(
            complaint=complaint,
            action="file",
            from_status=None,
            to_status=ComplaintStatus.PENDING,
            actor_kind=ActorKind.STAFF if filer.staff else ActorKind.CITIZEN,
            actor_id=filer.staff.id if filer.staff else filer.user_id,
            actor_name=filer.staff.display_name if filer.staff else "",
            note=_filing_note(clean.kind, filer),
        )
    return complaint


def _filing_note(kind: Kind, filer: Filer) -> str:
    what = "举报" if kind.track == REPORT else "投诉"
    if filer.channel == "phone":
        return f"电话登记{what}（登记表）"
    if filer.channel == "counter":
        return f"窗口登记{what}（登记表）"
    return f"提交{what}"


# --- stage 5: follow-ups ------------------------------------------------------------------------------------


async def queue_follow_ups(arq: ArqRedis, complaint: Complaint, *, has_photos: bool) -> None:
    if has_photos:
        await _safe_enqueue(
            arq, "submit_complaint_photo_checks", complaint.id, job_id=f"complaint-photos:{complaint.id}"
        )
    if complaint.content_check is ContentCheck.PENDING:
        await _safe_enqueue(
            arq,
            "recheck_complaint_content",
            complaint.id,
            job_id=f"complaint-content:{complaint.id}:1",
            defer=CONTENT_RECHECK_DELAY,
        )


def content_for_check(data: ComplaintCreate) -> str:
    return "\n".join([data.merchant_name, data.location, data.goods, data.description])


# --- the flow -----------------------------------------------------------------------------------------------


async def _file(
    *, filer: Filer, key: str, data: ComplaintCreate, services: Services, now: datetime | None
) -> tuple[Complaint, bool]:
    if (earlier := await earlier_filing(filer.user_id, key)) is not None:
        return earlier, False
    now = (now or clock.now_local()).astimezone(clock.ZONE)
    bound_phone = None
    if filer.staff is None and filer.user_id is not None:
        bound_phone = (await MiniappUser.get(id=filer.user_id)).phone
    clean = await validate_filing(data, now=now, bound_phone=bound_phone, photos_required=filer.staff is None)
    if not await check_photos_owned(filer.user_id, data.photo_ids):
        if (earlier := await earlier_filing(filer.user_id, key)) is not None:
            return earlier, False  # a double tap that lost the race finds its photos attached to the winner's case
        raise InvalidInput("部分照片无效或已用于其他投诉，请重新上传", code="invalid_photos")
    content_check = ContentCheck.PASS
    if filer.staff is None and filer.user_id is not None:
        await check_rate(services.redis, name="file", user_id=filer.user_id, limit=FILING_LIMIT)
        content_check = await check_content(services.wechat, openid=filer.openid or "", content=content_for_check(data))
    try:
        complaint = await persist(filer=filer, key=key, data=data, clean=clean, content_check=content_check, now=now)
    except (IntegrityError, InvalidInput):
        if (earlier := await earlier_filing(filer.user_id, key)) is not None:
            return earlier, False  # a concurrent request with the same key won the race
        raise
    await queue_follow_ups(services.arq, complaint, has_photos=bool(data.photo_ids))
    log.info("case %s (%s/%s) filed via %s", complaint.tracking_no, clean.kind.track, clean.kind.slug, filer.channel)
    return complaint, True


async def file_complaint(
    *,
    user_id: int,
    openid: str,
    data: ComplaintCreate,
    idempotency_key: str | None,
    services: Services,
    now: datetime | None = None,
) -> tuple[Complaint, bool]:
    """(the case, True) when filed now; (the earlier case, False) when this key already filed one."""
    key = parse_idempotency_key(idempotency_key, data.idempotency_key)
    return await _file(filer=Filer(user_id, openid), key=key, data=data, services=services, now=now)


async def file_with_uploads(
    *,
    user_id: int,
    openid: str,
    idempotency_key: str | None,
    parts: AsyncIterator[FilingPart],
    intake: PhotoIntake,
    services: Services,
) -> tuple[Complaint, bool]:
    """A multipart filing: photos stored as their parts arrive; on any refusal, or when the key already filed a
    case, the photos of this request are removed again."""
    if idempotency_key and (earlier := await earlier_filing(user_id, idempotency_key.strip())) is not None:
        return earlier, False  # nothing of a repeated request is stored
    raw: dict[str, Any] = {}
    created = False
    try:
        async for part in parts:
            if part.photo is not None:
                await intake.add(part.photo)
            elif part.fields:
                raw.update(part.fields)
        raw["photo_ids"] = [p.id for p in intake.photos]
        data = ComplaintCreate.model_validate(raw)
        complaint, created = await file_complaint(
            user_id=user_id, openid=openid, data=data, idempotency_key=idempotency_key, services=services
        )
        return complaint, created
    finally:
        if not created:
            await intake.discard_unattached()


async def desk_user_id() -> int:
    user, _ = await MiniappUser.get_or_create(openid=DESK_OPENID)
    return user.id


async def file_by_staff(
    *, staff: StaffAccount, data: StaffFilingCreate, services: Services, now: datetime | None = None
) -> Complaint:
    """A case taken by phone or at the counter (投诉/举报登记表), recorded by staff; identity rules as online."""
    key = f"staff-{staff.id}-{secrets.token_hex(8)}"
    filer = Filer(user_id=await desk_user_id(), staff=staff, channel=data.intake_channel)
    complaint, _ = await _file(filer=filer, key=key, data=data, services=services, now=now)
    return complaint
