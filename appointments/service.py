"""Enterprises, their members and instruments, verification sites and slots (no HTTP here)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from appointments import uscc
from appointments.catalogue import USE_AREA_LABELS, Catalogue
from appointments.models import (
    Booking,
    BookingItem,
    BookingStatus,
    DueKind,
    Enterprise,
    EnterpriseMember,
    EnterpriseStatus,
    Instrument,
    InstrumentHold,
    InstrumentStatus,
    MemberRole,
    MemberStatus,
    Site,
    SiteKind,
    Slot,
    SlotMode,
)
from appointments.schemas import EnterpriseCreate, InstrumentCreate, InstrumentUpdate, SlotCreate
from core import clock
from core.districts import district_slug, resolve_district
from core.errors import Conflict, Forbidden, InvalidInput, InvalidTransition, NotFound
from core.models import MiniappUser

INVITE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud over the phone
INVITE_TTL = timedelta(days=7)


# --- enterprises -------------------------------------------------------------------------------------


async def register_enterprise(*, user_id: int, data: EnterpriseCreate) -> Enterprise:
    """A mini-program user registers an enterprise and becomes its admin member; staff approve it later."""
    code = uscc.validate(data.uscc)
    district = resolve_district(data.district)
    fields = {
        "name": data.name,
        "district": district.slug,
        "address": data.address,
        "contact_name": data.contact_name,
        "contact_phone": data.contact_phone,
    }
    existing = await Enterprise.get_or_none(uscc=code)
    if existing is not None:
        if existing.status == EnterpriseStatus.REJECTED and existing.registered_by == user_id:
            # The registrant corrects a rejected application: back to the review queue.
            await existing.update_from_dict(
                {**fields, "status": EnterpriseStatus.PENDING, "reject_reason": None, "reviewed_at": None}
            ).save()
            return existing
        raise Conflict("该统一社会信用代码已登记，请向企业管理员索取邀请码加入", code="enterprise_exists")
    try:
        async with in_transaction() as conn:
            enterprise = await Enterprise.create(uscc=code, registered_by=user_id, using_db=conn, **fields)
            await EnterpriseMember.create(enterprise=enterprise, user_id=user_id, role=MemberRole.ADMIN, using_db=conn)
    except IntegrityError:
        raise Conflict("该统一社会信用代码已登记，请向企业管理员索取邀请码加入", code="enterprise_exists") from None
    return enterprise


async def my_enterprises(*, user_id: int) -> list[tuple[Enterprise, EnterpriseMember]]:
    members = await EnterpriseMember.filter(user_id=user_id).prefetch_related("enterprise").order_by("id")
    return [(m.enterprise, m) for m in members]


async def enterprise_for_member(
    *, enterprise_id: int, user_id: int, approved: bool = True, admin: bool = False
) -> Enterprise:
    """The enterprise if this user is an active member (404 for strangers, who must not learn it exists)."""
    member = await EnterpriseMember.get_or_none(enterprise_id=enterprise_id, user_id=user_id).prefetch_related(
        "enterprise"
    )
    if member is None:
        raise NotFound("没有找到该企业", code="enterprise_not_found")
    if member.status != MemberStatus.ACTIVE:
        raise Forbidden("您的加入申请尚待企业管理员审核", code="membership_pending")
    enterprise = member.enterprise
    if approved and enterprise.status != EnterpriseStatus.APPROVED:
        raise Forbidden("企业尚未通过市场监管部门审核，暂不能办理此业务", code="enterprise_not_approved")
    if admin and member.role != MemberRole.ADMIN:
        raise Forbidden("只有企业管理员可以执行此操作", code="enterprise_admin_required")
    return enterprise


async def enterprise_for_staff(*, enterprise_id: int, district: str | None) -> Enterprise:
    """District offices see their own district's enterprises only (`district`: the office's, any spelling)."""
    query = Enterprise.filter(id=enterprise_id)
    if slug := district_slug(district):
        query = query.filter(district=slug)
    enterprise = await query.first()
    if enterprise is None:
        raise NotFound("没有找到该企业", code="enterprise_not_found")
    return enterprise


async def review_enterprise(
    *, enterprise_id: int, staff_id: int, approve: bool, reason: str | None = None, district: str | None = None
) -> Enterprise:
    enterprise = await enterprise_for_staff(enterprise_id=enterprise_id, district=district)
    target = EnterpriseStatus.APPROVED if approve else EnterpriseStatus.REJECTED
    updated = await Enterprise.filter(id=enterprise_id, status=EnterpriseStatus.PENDING).update(
        status=target, reject_reason=None if approve else reason, reviewed_by=staff_id, reviewed_at=clock.now()
    )
    if not updated:
        raise InvalidTransition("只能审核待审核的企业", code="enterprise_not_pending")
    await enterprise.refresh_from_db()
    return enterprise


async def list_enterprises(
    *, status: EnterpriseStatus | None, district: str | None, page: int, page_size: int
) -> tuple[list[Enterprise], int]:
    query = Enterprise.all()
    if status:
        query = query.filter(status=status)
    if district:
        query = query.filter(district=district)
    total = await query.count()
    items = await query.order_by("-id").offset((page - 1) * page_size).limit(page_size)
    return items, total


async def rotate_invite_code(*, enterprise: Enterprise) -> Enterprise:
    for _ in range(5):
        enterprise.invite_code = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(8))
        enterprise.invite_expires_at = clock.now() + INVITE_TTL
        try:
            await enterprise.save(update_fields=["invite_code", "invite_expires_at"])
            return enterprise
        except IntegrityError:
            continue
    raise Conflict("邀请码生成失败，请重试", code="invite_code_collision")


async def join_enterprise(*, user_id: int, invite_code: str | None, uscc_raw: str | None) -> EnterpriseMember:
    """With a valid invite code: an active member at once. With only the USCC: a request the admin approves."""
    if invite_code:
        code = uscc.normalise(invite_code)
        enterprise = await Enterprise.get_or_none(invite_code=code, status=EnterpriseStatus.APPROVED)
        if enterprise is None or enterprise.invite_expires_at is None or enterprise.invite_expires_at < clock.now():
            raise InvalidInput("邀请码无效或已过期，请向企业管理员重新获取", code="invite_code_invalid")
        status = MemberStatus.ACTIVE
    elif uscc_raw:
        enterprise = await Enterprise.get_or_none(uscc=uscc.validate(uscc_raw))
        if enterprise is None or enterprise.status == EnterpriseStatus.REJECTED:
            raise NotFound("没有找到使用该信用代码登记的企业", code="enterprise_not_found")
        status = MemberStatus.PENDING
    else:
        raise InvalidInput("请填写邀请码或企业的统一社会信用代码", code="join_code_missing")
    try:
        return await EnterpriseMember.create(enterprise=enterprise, user_id=user_id, status=status)
    except IntegrityError:
        raise Conflict("您已是该企业成员或已提交过申请", code="already_member") from None


async def list_members(*, enterprise: Enterprise) -> list[tuple[EnterpriseMember, str | None]]:
    members = await EnterpriseMember.filter(enterprise=enterprise).order_by("id")
    phones = dict(await MiniappUser.filter(id__in=[m.user_id for m in members]).values_list("id", "phone"))
    return [(m, phones.get(m.user_id)) for m in members]


async def approve_member(*, enterprise: Enterprise, member_id: int) -> EnterpriseMember:
    updated = await EnterpriseMember.filter(id=member_id, enterprise=enterprise, status=MemberStatus.PENDING).update(
        status=MemberStatus.ACTIVE
    )
    if not updated:
        raise NotFound("没有找到待审核的加入申请", code="member_request_not_found")
    return await EnterpriseMember.get(id=member_id)


async def remove_member(*, enterprise: Enterprise, member_id: int) -> None:
    member = await EnterpriseMember.get_or_none(id=member_id, enterprise=enterprise)
    if member is None:
        raise NotFound("没有找到该成员", code="member_not_found")
    if member.role == MemberRole.ADMIN:
        admins = await EnterpriseMember.filter(
            enterprise=enterprise, role=MemberRole.ADMIN, status=MemberStatus.ACTIVE
        ).count()
        if admins <= 1:
            raise InvalidTransition("企业至少要保留一名管理员", code="last_admin")
    await member.delete()


# --- instruments -------------------------------------------------------------------------------------


def parse_use_area(value: str) -> str | None:
    value = value.strip()
    if value in USE_AREA_LABELS:
        return value
    for slug, label in USE_AREA_LABELS.items():
        if value in (label, label[:2]):
            return slug
    return None


@dataclass
class CheckedInstrument:
    fields: dict[str, Any]
    errors: list[str]


def check_instrument(data: InstrumentCreate, catalogue: Catalogue, *, on: date) -> CheckedInstrument:
    """Validate one instrument against the catalogue; every problem is listed (the import reports them per row)."""
    errors: list[str] = []
    entry = catalogue.resolve(data.type)
    use_area = parse_use_area(data.use_area)
    if entry is None:
        errors.append(f"器具类型“{data.type}”不在强制检定目录中")
    elif not entry.verifiable:
        errors.append(f"{entry.name}不实施使用中的强制检定，无需备案")
    if use_area is None:
        errors.append(f"使用领域“{data.use_area}”应为：{'、'.join(USE_AREA_LABELS.values())}")
    elif entry is not None and entry.verifiable and use_area not in entry.use_areas:
        allowed = "、".join(USE_AREA_LABELS[a] for a in entry.use_areas)
        errors.append(f"{entry.name}用于“{USE_AREA_LABELS[use_area]}”不属于强制检定范围（应为：{allowed}）")
    if data.last_verified_on is not None and data.last_verified_on > on:
        errors.append("最近检定日期不能晚于今天")
    if errors or entry is None:
        return CheckedInstrument(fields={}, errors=errors)
    fields: dict[str, Any] = {
        "type_slug": entry.slug,
        "model": data.model.strip(),
        "serial_no": data.serial_no.strip(),
        "measuring_range": data.measuring_range.strip(),
        "accuracy_class": data.accuracy_class.strip(),
        "location": data.location.strip(),
        "use_area": use_area,
        "last_verified_on": data.last_verified_on,
        "due_kind": DueKind.INITIAL,
        "next_due_on": None,
    }
    if data.last_verified_on is not None:
        fields["due_kind"] = DueKind.REPLACE if entry.mode == "first_only" else DueKind.REVERIFY
        fields["next_due_on"] = entry.due_after(data.last_verified_on)
    return CheckedInstrument(fields=fields, errors=[])


async def register_instrument(
    *, enterprise: Enterprise, user_id: int, data: InstrumentCreate, catalogue: Catalogue
) -> Instrument:
    checked = check_instrument(data, catalogue, on=clock.today())
    if checked.errors:
        raise InvalidInput("；".join(checked.errors), code="invalid_instrument", errors=checked.errors)
    try:
        return await Instrument.create(enterprise=enterprise, created_by=user_id, **checked.fields)
    except IntegrityError:
        raise Conflict(f"出厂编号“{data.serial_no}”已在本企业备案", code="serial_no_taken") from None


async def import_instruments(
    *, enterprise: Enterprise, user_id: int, rows: list[tuple[int, InstrumentCreate]], catalogue: Catalogue
) -> int:
    """All rows in one transaction; a duplicate found only by the database still rolls everything back."""
    try:
        async with in_transaction() as conn:
            for line, data in rows:
                checked = check_instrument(data, catalogue, on=clock.today())
                if checked.errors:  # the caller validated already; a catalogue change in between lands here
                    raise InvalidInput(f"第{line}行：{'；'.join(checked.errors)}", code="invalid_import")
                await Instrument.create(enterprise=enterprise, created_by=user_id, using_db=conn, **checked.fields)
    except IntegrityError:
        raise Conflict("导入的出厂编号与已备案器具重复，未导入任何器具", code="serial_no_taken") from None
    return len(rows)


async def list_instruments(
    *, enterprise: Enterprise, status: InstrumentStatus | None, due_before: date | None
) -> list[Instrument]:
    query = Instrument.filter(enterprise=enterprise)
    if status:
        query = query.filter(status=status)
    if due_before:
        query = query.filter(next_due_on__lte=due_before)
    return await query.order_by("id")


async def get_instrument(*, enterprise: Enterprise, instrument_id: int) -> Instrument:
    instrument = await Instrument.get_or_none(id=instrument_id, enterprise=enterprise)
    if instrument is None:
        raise NotFound("没有找到该器具", code="instrument_not_found")
    return instrument


async def update_instrument(*, enterprise: Enterprise, instrument_id: int, data: InstrumentUpdate) -> Instrument:
    instrument = await get_instrument(enterprise=enterprise, instrument_id=instrument_id)
    changes = data.model_dump(exclude_none=True, exclude={"retired"})
    if data.retired:
        if await InstrumentHold.exists(instrument_id=instrument.id):
            raise InvalidTransition("该器具有未完成的检定预约，请先取消预约", code="instrument_booked")
        changes["status"] = InstrumentStatus.RETIRED
    elif data.retired is False and instrument.status == InstrumentStatus.RETIRED:
        raise InvalidTransition("已报废的器具不能恢复，请重新备案", code="instrument_retired")
    if changes:
        await instrument.update_from_dict(changes).save()
    return instrument


# --- sites and slots ---------------------------------------------------------------------------------


def check_types(types: list[str], catalogue: Catalogue) -> list[str]:
    slugs = []
    for value in types:
        entry = catalogue.resolve(value)
        if entry is None or not entry.verifiable:
            raise InvalidInput(f"“{value}”不是强制检定目录中的器具类型", code="invalid_instrument_type")
        slugs.append(entry.slug)
    return sorted(set(slugs))


async def create_site(
    *, name: str, kind: SiteKind, district: str, address: str, phone: str, types: list[str], catalogue: Catalogue
) -> Site:
    return await Site.create(
        name=name,
        kind=kind,
        district=resolve_district(district).slug,
        address=address,
        phone=phone,
        instrument_types=check_types(types, catalogue),
    )


async def update_site(*, site_id: int, changes: dict[str, Any], catalogue: Catalogue) -> Site:
    site = await get_site(site_id=site_id, active_only=False)
    if "instrument_types" in changes:
        changes["instrument_types"] = check_types(changes["instrument_types"], catalogue)
    await site.update_from_dict(changes).save()
    return site


async def get_site(*, site_id: int, active_only: bool = True) -> Site:
    query = Site.filter(id=site_id)
    if active_only:
        query = query.filter(active=True)
    site = await query.first()
    if site is None:
        raise NotFound("没有找到该检定机构", code="site_not_found")
    return site


async def list_sites(*, type_slug: str | None, active_only: bool) -> list[Site]:
    sites = await (Site.filter(active=True) if active_only else Site.all()).order_by("id")
    if type_slug:
        sites = [s for s in sites if type_slug in s.instrument_types]
    return sites


async def create_slot(*, site: Site, data: SlotCreate) -> Slot:
    if data.starts_at.tzinfo is None or data.ends_at.tzinfo is None:
        raise InvalidInput("时段时间必须带时区，例如 2026-12-01T09:00:00+08:00", code="naive_datetime")
    if data.ends_at <= data.starts_at:
        raise InvalidInput("时段结束时间必须晚于开始时间", code="invalid_slot_time")
    if data.starts_at <= clock.now():
        raise InvalidInput("不能开放已经开始的时段", code="slot_in_past")
    return await Slot.create(
        site=site, starts_at=data.starts_at, ends_at=data.ends_at, capacity=data.capacity, mode=data.mode
    )


async def get_slot(slot_id: int) -> Slot | None:
    return await Slot.get_or_none(id=slot_id)


async def bookings_of_slots(slot_ids: list[int]) -> list[Booking]:
    """Every booking of these slots (any status), with its enterprise, oldest first."""
    return await Booking.filter(slot_id__in=slot_ids).prefetch_related("enterprise").order_by("id")


async def booked_on_slot(slot_id: int) -> list[Booking]:
    """The slot's bookings still standing (what closing it would cancel), with their enterprises."""
    return await Booking.filter(slot_id=slot_id, status=BookingStatus.BOOKED).prefetch_related("enterprise")


async def instruments_with_history(enterprise: Enterprise) -> tuple[list[Instrument], list[BookingItem]]:
    """An enterprise's instruments (by type) and their recorded verification results, newest first."""
    instruments = await Instrument.filter(enterprise=enterprise).order_by("type_slug", "id")
    history = await BookingItem.filter(instrument_id__in=[i.id for i in instruments], passed__isnull=False).order_by(
        "-verified_on", "-id"
    ).prefetch_related("booking")  # fmt: skip
    return instruments, history


async def update_slot(*, slot_id: int, capacity: int | None, active: bool | None) -> Slot:
    slot = await Slot.get_or_none(id=slot_id)
    if slot is None:
        raise NotFound("没有找到该时段", code="slot_not_found")
    if capacity is not None:
        # Conditional: a booking landing between our read and this write must not end up over capacity.
        updated = await Slot.filter(id=slot_id, booked__lte=capacity).update(capacity=capacity)
        if not updated:
            raise Conflict("容量不能低于已预约的台件数", code="capacity_below_booked")
    if active is not None:
        await Slot.filter(id=slot_id).update(active=active)
    await slot.refresh_from_db()
    return slot


async def list_slots(
    *,
    site_id: int | None,
    date_from: date | None,
    date_to: date | None,
    mode: SlotMode | None,
    type_slug: str | None,
    future_only: bool,
) -> list[Slot]:
    query = Slot.all().prefetch_related("site")
    if site_id:
        query = query.filter(site_id=site_id)
    if future_only:
        query = query.filter(active=True, starts_at__gt=clock.now(), site__active=True)
    if date_from:
        query = query.filter(starts_at__gte=datetime.combine(date_from, datetime.min.time(), clock.ZONE))
    if date_to:
        query = query.filter(
            starts_at__lt=datetime.combine(date_to + timedelta(days=1), datetime.min.time(), clock.ZONE)
        )
    if mode:
        query = query.filter(mode=mode)
    slots = await query.order_by("starts_at", "id").limit(500)
    if type_slug:
        slots = [s for s in slots if type_slug in s.site.instrument_types]
    return slots


def slot_available(slot: Slot) -> int:
    return max(slot.capacity - slot.booked, 0)
