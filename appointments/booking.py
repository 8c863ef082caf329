"""Booking verification slots, cancelling, rescheduling, check-in and results.

Two invariants hold in the database, whatever the number of worker processes:
- a slot never holds more instruments than its capacity: every change of `slot.booked` is a conditional UPDATE
  (`booked + n <= capacity`) inside the booking's transaction;
- an instrument has at most one active booking: an `InstrumentHold` row per instrument (primary key = instrument)
  is inserted with the booking and deleted when its result is recorded or the booking is cancelled.
Row locks are always taken in the same order (booking, then slots by id, then holds by instrument id), so
concurrent reschedules cannot deadlock.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from appointments.catalogue import Catalogue
from appointments.models import (
    Booking,
    BookingItem,
    BookingStatus,
    DueKind,
    Enterprise,
    Instrument,
    InstrumentHold,
    InstrumentStatus,
    Slot,
    SlotMode,
)
from appointments.schemas import BookingCreate, ResultItem
from core.clock import ZONE, now, today
from core.errors import Conflict, InvalidInput, InvalidTransition, NotFound

CONFIRMATION_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
ALREADY_BOOKED = "所选器具已有未完成的检定预约，请先取消原预约或等待检定完成"
FAST_REFUSALS = True  # tests switch the shortcuts off to show the database alone keeps the invariants


class SlotFull(Conflict):
    code, default_message = "slot_full", "该时段已约满，请选择其他时段"


def new_confirmation_no() -> str:
    return f"JD{today():%y%m%d}" + "".join(secrets.choice(CONFIRMATION_ALPHABET) for _ in range(8))


async def _open_slot(slot_id: int) -> Slot:
    slot = await Slot.get_or_none(id=slot_id).prefetch_related("site")
    if slot is None or not slot.active or not slot.site.active:
        raise NotFound("没有找到该预约时段", code="slot_not_found")
    if slot.starts_at <= now():
        raise InvalidTransition("该时段已经开始，不能再预约", code="slot_started")
    return slot


def _bookability_errors(instruments: list[Instrument], slot: Slot, catalogue: Catalogue) -> list[str]:
    errors = []
    for instrument in instruments:
        label = f"{instrument.serial_no}"
        entry = catalogue.entries.get(instrument.type_slug)
        if entry is None or not entry.verifiable:
            errors.append(f"器具{label}的类型已不在强制检定目录中")
            continue
        label = f"{entry.name}（出厂编号{instrument.serial_no}）"
        if instrument.status == InstrumentStatus.RETIRED:
            errors.append(f"{label}已报废或轮换，不能预约检定")
        elif (
            entry.mode == "first_only"
            and instrument.last_verified_on is not None
            and instrument.status != InstrumentStatus.STOPPED
        ):
            errors.append(f"{label}只做首次检定、限期使用，到期应轮换，不能再次检定")
        if instrument.type_slug not in slot.site.instrument_types:
            errors.append(f"{slot.site.name}不检定{entry.name}，请选择其他检定机构")
        wanted = SlotMode.ONSITE if entry.place == "site" else SlotMode.LAB
        if slot.mode != wanted:
            errors.append(
                f"{label}需要现场检定，请选择“现场检定”时段"
                if wanted == SlotMode.ONSITE
                else f"{label}需要送检，请选择送检时段"
            )
    return errors


async def _bookable_instruments(
    *, enterprise: Enterprise, instrument_ids: list[int], slot: Slot, catalogue: Catalogue
) -> list[Instrument]:
    instruments = await Instrument.filter(id__in=instrument_ids, enterprise=enterprise).order_by("id")
    if len(instruments) != len(instrument_ids):
        raise NotFound("所选器具不存在或不属于本企业", code="instrument_not_found")
    errors = _bookability_errors(instruments, slot, catalogue)
    if errors:
        raise InvalidInput("；".join(errors), code="instrument_not_bookable", errors=errors)
    return instruments


def _full(slot: Slot, wanted: int) -> SlotFull:
    left = max(slot.capacity - slot.booked, 0)
    if left == 0:
        return SlotFull(available=0)
    return SlotFull(f"该时段仅剩{left}台件的名额，您选择了{wanted}台件", available=left)


async def _slot_full(slot_id: int, wanted: int, conn: BaseDBAsyncClient) -> SlotFull:
    # Read on the transaction's own connection: asking the pool for a second one while holding the first
    # can exhaust it under load (every holder waiting for a free connection).
    return _full(await Slot.get(id=slot_id).using_db(conn), wanted)


async def book(*, enterprise: Enterprise, user_id: int, data: BookingCreate, catalogue: Catalogue) -> Booking:
    instrument_ids = sorted(set(data.instrument_ids))
    slot = await _open_slot(data.slot_id)
    await _bookable_instruments(enterprise=enterprise, instrument_ids=instrument_ids, slot=slot, catalogue=catalogue)
    onsite_address = None
    if slot.mode == SlotMode.ONSITE:
        onsite_address = (data.onsite_address or "").strip() or enterprise.address
    count = len(instrument_ids)
    # Fast refusals from what was just read: a full slot or a held instrument need no transaction (and no wait
    # on the slot's row lock). They are only shortcuts; the conditional UPDATE and the hold rows below decide.
    if FAST_REFUSALS:
        if slot.booked + count > slot.capacity:
            raise _full(slot, count)
        if await InstrumentHold.exists(instrument_id__in=instrument_ids):
            raise Conflict(ALREADY_BOOKED, code="instrument_already_booked")
    try:
        async with in_transaction() as conn:
            claimed = (
                await Slot.filter(id=slot.id, active=True, booked__lte=F("capacity") - count)
                .using_db(conn)
                .update(booked=F("booked") + count)
            )
            if not claimed:
                raise await _slot_full(slot.id, count, conn)
            booking = await Booking.create(
                confirmation_no=new_confirmation_no(),
                enterprise=enterprise,
                slot=slot,
                instrument_count=count,
                onsite_address=onsite_address,
                note=data.note.strip(),
                created_by=user_id,
                using_db=conn,
            )
            # In id order: two bookings sharing instruments wait on them in the same order, never on each other.
            for instrument_id in instrument_ids:
                await InstrumentHold.create(instrument_id=instrument_id, booking=booking, using_db=conn)
            await BookingItem.bulk_create(
                [BookingItem(booking=booking, instrument_id=i) for i in instrument_ids], using_db=conn
            )
    except IntegrityError:
        raise Conflict(ALREADY_BOOKED, code="instrument_already_booked") from None
    return booking


async def booking_for_enterprise(*, enterprise: Enterprise, booking_id: int) -> Booking:
    booking = await Booking.get_or_none(id=booking_id, enterprise=enterprise).prefetch_related("items", "slot")
    if booking is None:
        raise NotFound("没有找到该预约", code="booking_not_found")
    return booking


async def get_booking(*, booking_id: int | None = None, confirmation_no: str | None = None) -> Booking:
    query = Booking.filter(id=booking_id) if booking_id is not None else Booking.filter(confirmation_no=confirmation_no)
    booking = await query.prefetch_related("items", "slot", "enterprise").first()
    if booking is None:
        raise NotFound("没有找到该预约", code="booking_not_found")
    return booking


def _check_cutoff(slot: Slot, cutoff_hours: int, action: str) -> None:
    if now() > slot.starts_at - timedelta(hours=cutoff_hours):
        raise InvalidTransition(
            f"距检定开始已不足{cutoff_hours}小时，不能在线{action}，请直接联系检定机构", code="past_cutoff"
        )


async def cancel(*, booking: Booking, cutoff_hours: int | None) -> Booking:
    """Cancel a booking not yet checked in; `cutoff_hours=None` (staff: no-show, site closed) skips the cutoff."""
    if booking.status != BookingStatus.BOOKED:
        raise InvalidTransition("只能取消尚未签到的预约", code="booking_not_cancellable")
    slot = await booking.slot
    if cutoff_hours is not None:
        _check_cutoff(slot, cutoff_hours, "取消")
    async with in_transaction() as conn:
        updated = (
            await Booking.filter(id=booking.id, status=BookingStatus.BOOKED)
            .using_db(conn)
            .update(status=BookingStatus.CANCELLED, cancelled_at=now())
        )
        if not updated:
            raise InvalidTransition("只能取消尚未签到的预约", code="booking_not_cancellable")
        await Slot.filter(id=booking.slot_id).using_db(conn).update(booked=F("booked") - booking.instrument_count)
        await InstrumentHold.filter(booking_id=booking.id).using_db(conn).delete()
    await booking.refresh_from_db()
    return booking


async def reschedule(*, booking: Booking, slot_id: int, cutoff_hours: int, catalogue: Catalogue) -> Booking:
    if booking.status != BookingStatus.BOOKED:
        raise InvalidTransition("只能改约尚未签到的预约", code="booking_not_reschedulable")
    if slot_id == booking.slot_id:
        raise InvalidInput("新时段与原时段相同", code="same_slot")
    _check_cutoff(await booking.slot, cutoff_hours, "改约")
    new_slot = await _open_slot(slot_id)
    enterprise = await booking.enterprise
    instrument_ids = [item.instrument_id for item in await booking.items.all()]
    await _bookable_instruments(
        enterprise=enterprise, instrument_ids=instrument_ids, slot=new_slot, catalogue=catalogue
    )
    count, old_slot_id = booking.instrument_count, booking.slot_id
    async with in_transaction() as conn:
        moved = (
            await Booking.filter(id=booking.id, status=BookingStatus.BOOKED, slot_id=old_slot_id)
            .using_db(conn)
            .update(slot_id=new_slot.id)
        )
        if not moved:
            raise InvalidTransition("预约状态已变化，请刷新后重试", code="booking_changed")
        for current in sorted((old_slot_id, new_slot.id)):
            if current == new_slot.id:
                claimed = (
                    await Slot.filter(id=current, active=True, booked__lte=F("capacity") - count)
                    .using_db(conn)
                    .update(booked=F("booked") + count)
                )
                if not claimed:
                    raise await _slot_full(current, count, conn)
            else:
                await Slot.filter(id=current).using_db(conn).update(booked=F("booked") - count)
        if new_slot.mode == SlotMode.ONSITE and not booking.onsite_address:
            await Booking.filter(id=booking.id).using_db(conn).update(onsite_address=enterprise.address)
    await booking.refresh_from_db()
    return booking


async def expire_no_shows(*, grace_hours: int) -> int:
    """Bookings never checked in, whose slot ended more than `grace_hours` ago, lapse and free their instruments."""
    cutoff = now() - timedelta(hours=grace_hours)
    stale = await Booking.filter(status=BookingStatus.BOOKED, slot__ends_at__lt=cutoff).values_list("id", flat=True)
    expired = 0
    for booking_id in stale:
        async with in_transaction() as conn:
            updated = (
                await Booking.filter(id=booking_id, status=BookingStatus.BOOKED)
                .using_db(conn)
                .update(status=BookingStatus.NO_SHOW)
            )
            if updated:  # another worker may have expired (or an officer checked in) this one meanwhile
                await InstrumentHold.filter(booking_id=booking_id).using_db(conn).delete()
                expired += 1
    return expired


async def check_in(*, booking_id: int, staff_id: int) -> Booking:
    booking = await get_booking(booking_id=booking_id)
    updated = await Booking.filter(id=booking_id, status=BookingStatus.BOOKED).update(
        status=BookingStatus.CHECKED_IN, checked_in_at=now(), checked_in_by=staff_id
    )
    if not updated:
        raise InvalidTransition("只有已预约（未签到）的预约可以签到", code="booking_not_checkinable")
    await booking.refresh_from_db()
    return booking


def _result_errors(results: list[ResultItem], items: dict[int, BookingItem]) -> list[str]:
    """What is wrong with the submitted results: instruments not in the booking, repeated or already recorded,
    a pass without a certificate, a verification date in the future."""
    seen: set[int] = set()
    errors = []
    for result in results:
        if result.instrument_id not in items:
            errors.append(f"器具{result.instrument_id}不在本次预约中")
        elif result.instrument_id in seen:
            errors.append(f"器具{result.instrument_id}重复出现")
        elif items[result.instrument_id].passed is not None:
            errors.append(f"器具{result.instrument_id}的检定结果已录入")
        if result.passed and not (result.certificate_no or "").strip():
            errors.append(f"器具{result.instrument_id}检定合格，请填写检定证书编号")
        if result.verified_on is not None and result.verified_on > today():
            errors.append(f"器具{result.instrument_id}的检定日期不能晚于今天")
        seen.add(result.instrument_id)
    return errors


async def _record_item(
    conn: BaseDBAsyncClient, result: ResultItem, *, item: BookingItem, instrument: Instrument, staff_id: int
) -> date:
    """Write one instrument's result on its booking item (once: a result recorded meanwhile is a conflict)."""
    verified_on: date = result.verified_on or today()
    recorded = (
        await BookingItem.filter(id=item.id, passed__isnull=True)
        .using_db(conn)
        .update(
            passed=result.passed,
            certificate_no=(result.certificate_no or "").strip() or None,
            verified_on=verified_on,
            due_before=instrument.next_due_on,
            result_note=result.note,
            recorded_by=staff_id,
            recorded_at=now(),
        )
    )
    if not recorded:
        raise Conflict(f"器具{result.instrument_id}的检定结果已由他人录入", code="result_already_recorded")
    return verified_on


async def _apply_result(
    conn: BaseDBAsyncClient, instrument: Instrument, *, passed: bool, verified_on: date, catalogue: Catalogue
) -> None:
    """A pass sets the next due (or replacement) date; a fail means 停止使用 until it passes again."""
    if passed:
        entry = catalogue.get(instrument.type_slug)
        instrument.status = InstrumentStatus.IN_USE
        instrument.last_verified_on = verified_on
        instrument.due_kind = DueKind.REPLACE if entry.mode == "first_only" else DueKind.REVERIFY
        instrument.next_due_on = entry.due_after(verified_on)
    else:
        instrument.status = InstrumentStatus.STOPPED  # 责令停止使用 until it passes again
    await instrument.save(
        using_db=conn, update_fields=["status", "last_verified_on", "due_kind", "next_due_on", "updated_at"]
    )


async def _complete_when_done(conn: BaseDBAsyncClient, booking: Booking) -> None:
    """The booking is completed once every instrument in it has a result."""
    pending = await BookingItem.filter(booking_id=booking.id, passed__isnull=True).using_db(conn).count()
    if pending == 0:
        await (
            Booking.filter(id=booking.id, status=BookingStatus.CHECKED_IN)
            .using_db(conn)
            .update(status=BookingStatus.COMPLETED, completed_at=now())
        )


async def record_results(
    *, booking_id: int, staff_id: int, results: list[ResultItem], catalogue: Catalogue
) -> tuple[Booking, list[Instrument]]:
    """Per-instrument pass/fail: a pass sets the next due (or replacement) date, a fail flags 停止使用."""
    booking = await get_booking(booking_id=booking_id)
    if booking.status != BookingStatus.CHECKED_IN:
        raise InvalidTransition("请先为该预约签到，再录入检定结果", code="booking_not_checked_in")
    items = {item.instrument_id: item for item in booking.items}
    if errors := _result_errors(results, items):
        raise InvalidInput("；".join(errors), code="invalid_results", errors=errors)

    instruments = {i.id: i for i in await Instrument.filter(id__in=[r.instrument_id for r in results])}
    async with in_transaction() as conn:
        for result in sorted(results, key=lambda r: r.instrument_id):
            instrument = instruments[result.instrument_id]
            item = items[result.instrument_id]
            verified_on = await _record_item(conn, result, item=item, instrument=instrument, staff_id=staff_id)
            await _apply_result(conn, instrument, passed=result.passed, verified_on=verified_on, catalogue=catalogue)
            await InstrumentHold.filter(instrument_id=instrument.id, booking_id=booking.id).using_db(conn).delete()
        await _complete_when_done(conn, booking)
    return await get_booking(booking_id=booking.id), list(instruments.values())


async def bookings_page(
    *,
    page: int,
    page_size: int,
    enterprise: Enterprise | None = None,
    status: BookingStatus | None = None,
    slot_id: int | None = None,
    site_id: int | None = None,
) -> tuple[list[Booking], int]:
    """One page of bookings, newest first, and how many match in all."""
    query = _bookings_query(enterprise=enterprise, status=status, slot_id=slot_id, site_id=site_id)
    total = await query.count()
    items = (
        await query.prefetch_related("items", "slot").order_by("-id").offset((page - 1) * page_size).limit(page_size)
    )
    return list(items), total


def _bookings_query(
    *, enterprise: Enterprise | None, status: BookingStatus | None, slot_id: int | None, site_id: int | None
) -> Any:
    query = Booking.all()
    if enterprise is not None:
        query = query.filter(enterprise=enterprise)
    if status:
        query = query.filter(status=status)
    if slot_id:
        query = query.filter(slot_id=slot_id)
    if site_id:
        query = query.filter(slot__site_id=site_id)
    return query


DAY_SHEET_LIMIT = 500  # a day sheet lists the day's first 500 bookings by start time (a site's day is far fewer)


async def bookings_on(*, day: date, site_id: int | None = None, district: str | None = None) -> list[Booking]:
    """A day sheet: the first DAY_SHEET_LIMIT bookings whose slot starts on `day` (Hohhot time), by start time,
    with their instruments and enterprise.

    SQLite compares the stored text, and slot times are stored in the offset they were written with (UTC from
    some writers, +08:00 from others). The database is asked from the day's start written in UTC (the earliest
    text a slot of the day can have) to the next day's start written in +08:00 (the latest): on SQLite that also
    brings up to 8 hours of each neighbouring day, so the day and the order are decided here on the instants,
    before the sheet is cut and only its bookings are loaded."""
    start = datetime.combine(day, time.min, ZONE)
    query = Booking.filter(slot__starts_at__gte=start.astimezone(UTC), slot__starts_at__lt=start + timedelta(days=1))
    if site_id is not None:
        query = query.filter(slot__site_id=site_id)
    if district:
        query = query.filter(slot__site__district=district)
    candidates: list[tuple[int, datetime]] = await query.values_list("id", "slot__starts_at")
    on_the_day = sorted((starts_at, id_) for id_, starts_at in candidates if starts_at.astimezone(ZONE).date() == day)
    ids = [id_ for _, id_ in on_the_day[:DAY_SHEET_LIMIT]]
    loaded = await Booking.filter(id__in=ids).prefetch_related("items__instrument", "slot__site", "enterprise")
    by_id = {booking.id: booking for booking in loaded}
    return [by_id[id_] for id_ in ids]


async def cancelled_since(*, since: datetime, district: str | None) -> list[Booking]:
    """Bookings cancelled since `since` at the sites of a district (all sites for city-wide staff)."""
    since = since.astimezone(UTC)  # SQLite compares the stored text, written in UTC (clock.now()): ask in UTC
    query = Booking.filter(status=BookingStatus.CANCELLED, cancelled_at__gt=since)
    if district:
        query = query.filter(slot__site__district=district)
    return await query.prefetch_related("slot__site", "enterprise").order_by("-cancelled_at").limit(50)
