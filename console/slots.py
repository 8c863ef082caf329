"""强检预约 → 时段管理: a site's slot calendar over a date range. Open slots in bulk (chosen weekdays, or working
days by the official calendar), change a slot's capacity, close it (its bookings cancelled through the same path
as a staff cancellation, with the enterprise told), open it again; the bookings of each slot listed under it.

Same rules as the admin API's slot routes (verification officers and admins, any site), same services.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import chinese_calendar
from aiohttp import web

from appointments import booking as booking_service
from appointments import service as appointments_service
from appointments.jobs import queue_booking_notice
from appointments.models import Booking, BookingStatus, Slot, SlotMode
from appointments.schemas import SlotCreate
from console.pages import VISITOR, flash, form_data, page, parse_day, redirect, render
from core import audit
from core.clock import ZONE as TZ
from core.clock import today
from core.errors import InvalidInput, ServiceError
from core.keys import ARQ
from core.models import StaffRole

routes = web.RouteTableDef()
OFFICER = StaffRole.VERIFICATION_OFFICER
BASE = "/console/appointments/slots"
MAX_RANGE_DAYS = 92  # one quarter at a time, in the calendar and when opening slots
DEFAULT_DAYS = 14
WEEKDAY_NAMES = ["一", "二", "三", "四", "五", "六", "日"]
MODE_LABELS = {SlotMode.LAB: "送检", SlotMode.ONSITE: "现场检定"}


def _range(date_from: date | None, date_to: date | None) -> tuple[date, date]:
    start = date_from or today()
    end = date_to or start + timedelta(days=DEFAULT_DAYS - 1)
    if end < start:
        raise InvalidInput("结束日期不能早于开始日期", code="invalid_period")
    if (end - start).days >= MAX_RANGE_DAYS:
        raise InvalidInput(f"日期范围最多{MAX_RANGE_DAYS}天", code="invalid_period")
    return start, end


def _clock(value: str, label: str) -> time:
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{label}格式应为 时:分，例如 09:00", code="invalid_time") from None


def _int(value: str, label: str, *, low: int, high: int) -> int:
    if not value.strip().isdigit() or not low <= int(value) <= high:
        raise InvalidInput(f"{label}应为{low}至{high}之间的整数", code="invalid_number")
    return int(value)


def _is_workday(day: date) -> bool:
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:  # a year the calendar package does not know yet: Monday to Friday
        return day.weekday() < 5


def chosen_days(start: date, end: date, *, weekdays: set[int], working_days: bool) -> list[date]:
    """The days of [start, end] to open: working days by the official calendar (调休 included), or the weekdays."""
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    if working_days:
        return [d for d in days if _is_workday(d)]
    return [d for d in days if d.weekday() in weekdays]


@dataclass
class SlotRow:
    slot: Slot
    bookings: list[Booking]

    @property
    def active_bookings(self) -> list[Booking]:
        return [b for b in self.bookings if b.status == BookingStatus.BOOKED]


async def _calendar(site_id: int, start: date, end: date) -> dict[date, list[SlotRow]]:
    # Asked a day wider and decided here in local time: SQLite compares stored text in whatever offset it was written.
    slots = await appointments_service.list_slots(
        site_id=site_id, date_from=start - timedelta(days=1), date_to=end + timedelta(days=1), mode=None,
        type_slug=None, future_only=False,
    )  # fmt: skip
    slots = [s for s in slots if start <= s.starts_at.astimezone(TZ).date() <= end]
    bookings: dict[int, list[Booking]] = defaultdict(list)
    for booking in await appointments_service.bookings_of_slots([s.id for s in slots]):
        bookings[booking.slot_id].append(booking)  # type: ignore[attr-defined]
    calendar: dict[date, list[SlotRow]] = defaultdict(list)
    for slot in slots:
        calendar[slot.starts_at.astimezone(TZ).date()].append(SlotRow(slot, bookings[slot.id]))
    return dict(calendar)


@routes.get(BASE)
@page(OFFICER)
async def slot_calendar(request: web.Request) -> web.StreamResponse:
    sites = await appointments_service.list_sites(type_slug=None, active_only=True)
    staff = request[VISITOR].staff
    own = [s for s in sites if not staff.district or s.district == staff.district]
    site_id = int(request.query["site_id"]) if request.query.get("site_id", "").isdigit() else None
    if site_id is None and (own or sites):
        site_id = (own or sites)[0].id
    start, end = _range(parse_day(request.query.get("date_from"), "开始日期"), parse_day(request.query.get("date_to")))
    context = {
        "sites": sites, "site_id": site_id, "date_from": start, "date_to": end,
        "calendar": await _calendar(site_id, start, end) if site_id else {},
        "weekday_names": WEEKDAY_NAMES, "mode_labels": MODE_LABELS, "Booking": BookingStatus,
    }  # fmt: skip
    return await render(request, "appointments/slots.html", context)


def _back(site_id: int | str, form: dict[str, str]) -> str:
    return f"{BASE}?site_id={site_id}&date_from={form.get('date_from', '')}&date_to={form.get('date_to', '')}"


@routes.post(BASE + r"/open/{site_id:\d+}")
@page(OFFICER)
async def open_slots(request: web.Request) -> web.StreamResponse:
    """Open one slot a day over a date range: same start/end time, capacity and mode each day."""
    staff = request[VISITOR].staff
    site_id = int(request.match_info["site_id"])
    form = await form_data(request)
    try:
        site = await appointments_service.get_site(site_id=site_id)
        start, end = _range(parse_day(form.get("open_from"), "开始日期"), parse_day(form.get("open_to"), "结束日期"))
        begins, ends = _clock(form.get("starts", ""), "开始时间"), _clock(form.get("ends", ""), "结束时间")
        capacity = _int(form.get("capacity", ""), "容量", low=1, high=10_000)
        mode = SlotMode(form["mode"]) if form.get("mode") in {m.value for m in SlotMode} else SlotMode.LAB
        weekdays = {int(k.removeprefix("weekday-")) for k in form if k.startswith("weekday-") and k[-1:].isdigit()}
        days = chosen_days(start, end, weekdays=weekdays, working_days=form.get("working_days") == "1")
        if not days:
            raise InvalidInput("所选范围内没有符合条件的日期（请勾选星期几，或选择“按工作日”）", code="no_days")
        existing = {s.starts_at.astimezone(TZ) for rows in (await _calendar(site_id, start, end)).values()
                    for s in (row.slot for row in rows)}  # fmt: skip
        created, skipped = [], 0
        for day in days:
            starts_at = datetime.combine(day, begins, TZ)
            if starts_at in existing:
                skipped += 1  # the same slot opened before: not twice
                continue
            data = SlotCreate(
                starts_at=starts_at, ends_at=datetime.combine(day, ends, TZ), capacity=capacity, mode=mode
            )
            created.append(await appointments_service.create_slot(site=site, data=data))
    except ServiceError as exc:
        if exc.status == 404:
            raise
        await flash(request, exc.message, "error")
        raise redirect(_back(site_id, form)) from None
    await audit.record(
        request, "slot.open", actor=staff, target=f"site:{site_id}",
        details={"via": "console", "slots": [s.id for s in created], "days": [d.isoformat() for d in days],
                 "starts": begins.isoformat("minutes"), "ends": ends.isoformat("minutes"), "capacity": capacity,
                 "mode": mode.value},
    )  # fmt: skip
    note = f"，{skipped} 个已存在的时段未重复开放" if skipped else ""
    await flash(request, f"已开放 {len(created)} 个时段{note}")
    raise redirect(_back(site_id, {"date_from": start.isoformat(), "date_to": end.isoformat()}))


async def _slot(request: web.Request) -> Slot:
    slot = await appointments_service.get_slot(int(request.match_info["slot_id"]))
    if slot is None:
        raise web.HTTPNotFound()
    return slot


@routes.post(BASE + r"/{slot_id:\d+}/capacity")
@page(OFFICER)
async def change_capacity(request: web.Request) -> web.StreamResponse:
    slot = await _slot(request)
    form = await form_data(request)
    before = slot.capacity
    try:
        capacity = _int(form.get("capacity", ""), "容量", low=0, high=10_000)
        slot = await appointments_service.update_slot(slot_id=slot.id, capacity=capacity, active=None)
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect(_back(slot.site_id, form)) from None  # type: ignore[attr-defined]
    await audit.record(request, "slot.capacity", actor=request[VISITOR].staff, target=f"slot:{slot.id}",
                       details={"via": "console", "from": before, "to": slot.capacity})  # fmt: skip
    await flash(request, f"时段 {slot.starts_at.astimezone(TZ):%m-%d %H:%M} 容量已改为 {slot.capacity} 台件")
    raise redirect(_back(slot.site_id, form))  # type: ignore[attr-defined]


@routes.post(BASE + r"/{slot_id:\d+}/{action:close|reopen}")
@page(OFFICER)
async def close_or_reopen(request: web.Request) -> web.StreamResponse:
    """Closing a slot with bookings asks first; once confirmed, each booking is cancelled and its enterprise told."""
    slot = await _slot(request)
    form = await form_data(request)
    staff = request[VISITOR].staff
    site_id = slot.site_id  # type: ignore[attr-defined]
    if request.match_info["action"] == "reopen":
        await appointments_service.update_slot(slot_id=slot.id, capacity=None, active=True)
        await audit.record(request, "slot.reopen", actor=staff, target=f"slot:{slot.id}", details={"via": "console"})
        await flash(request, f"时段 {slot.starts_at.astimezone(TZ):%m-%d %H:%M} 已重新开放")
        raise redirect(_back(site_id, form))
    booked = await appointments_service.booked_on_slot(slot.id)
    if booked and form.get("confirm") != "1":
        context = {"slot": slot, "bookings": booked, "form": form, "site": await slot.site}
        return await render(request, "appointments/slot_close.html", context)
    await appointments_service.update_slot(slot_id=slot.id, capacity=None, active=False)
    cancelled = []
    for booking in booked:
        try:
            await booking_service.cancel(booking=booking, cutoff_hours=None)
        except ServiceError:
            continue  # checked in meanwhile: it stays, the officer sees it on the day sheet
        await queue_booking_notice(request.config_dict[ARQ], booking_id=booking.id, event="cancelled")
        cancelled.append(booking.confirmation_no)
    await audit.record(request, "slot.close", actor=staff, target=f"slot:{slot.id}",
                       details={"via": "console", "cancelled_bookings": cancelled})  # fmt: skip
    note = f"，已取消 {len(cancelled)} 个预约并通知企业" if cancelled else ""
    await flash(request, f"时段 {slot.starts_at.astimezone(TZ):%m-%d %H:%M} 已关闭{note}")
    raise redirect(_back(site_id, form))
