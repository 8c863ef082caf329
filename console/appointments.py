"""强检预约: enterprise approvals, and a site's day sheet (check-in, results for several instruments at once)."""

from __future__ import annotations

from aiohttp import web
from pydantic import ValidationError

from appointments import booking as booking_service
from appointments import service as appointments_service
from appointments import stats as appointments_stats
from appointments.catalogue import configured as configured_catalogue
from appointments.jobs import queue_booking_notice, queue_review_notice
from appointments.models import BookingStatus, EnterpriseStatus
from appointments.schemas import ResultItem
from console.pages import VISITOR, flash, form_data, page, parse_day, redirect, render, settings_of
from console.xlsx import csv_to_xlsx, xlsx_response
from core import audit
from core.clock import today
from core.districts import all_districts, resolve_district
from core.errors import InvalidInput, ServiceError
from core.keys import ARQ
from core.models import StaffAccount, StaffRole
from core.privacy import mask_phone

routes = web.RouteTableDef()
OFFICER = StaffRole.VERIFICATION_OFFICER
PAGE_SIZE = 30


@routes.get("/console/appointments/enterprises")
@page(OFFICER)
async def enterprises(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    status = request.query.get("status", EnterpriseStatus.PENDING.value)
    chosen = EnterpriseStatus(status) if status in {s.value for s in EnterpriseStatus} else None
    items, total = await appointments_service.list_enterprises(
        status=chosen, district=staff.district, page=1, page_size=PAGE_SIZE
    )
    context = {"items": items, "total": total, "status": status, "mask_phone": mask_phone}
    return await render(request, "appointments/enterprises.html", context)


@routes.post(r"/console/appointments/enterprises/{enterprise_id:\d+}/{decision:approve|reject}")
@page(OFFICER)
async def review(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    approve = request.match_info["decision"] == "approve"
    form = await form_data(request)
    reason = form.get("reason", "").strip()
    back = "/console/appointments/enterprises"
    if not approve and len(reason) < 2:
        await flash(request, "不通过须写明理由（至少2个字）", "error")
        raise redirect(back)
    try:
        enterprise = await appointments_service.review_enterprise(
            enterprise_id=int(request.match_info["enterprise_id"]),
            staff_id=staff.id,
            approve=approve,
            reason=reason or None,
            district=staff.district,
        )
    except ServiceError as exc:
        if exc.status == 404:
            raise
        await flash(request, exc.message, "error")
        raise redirect(back) from None
    await queue_review_notice(request.config_dict[ARQ], enterprise=enterprise)
    await audit.record(
        request,
        "enterprise.approve" if approve else "enterprise.reject",
        actor=staff,
        target=f"enterprise:{enterprise.id}",
        details={"via": "console", "name": enterprise.name, "reason": reason or None},
    )
    await flash(request, f"{enterprise.name}：{'审核通过' if approve else '审核不通过'}")
    raise redirect(back)


@routes.get("/console/appointments/day")
@page(OFFICER)
async def day_sheet(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    sites = await appointments_service.list_sites(type_slug=None, active_only=True)
    own = [s for s in sites if not staff.district or s.district == staff.district]
    site_id = int(request.query["site_id"]) if request.query.get("site_id", "").isdigit() else None
    if site_id is None and (own or sites):
        site_id = (own or sites)[0].id
    day = parse_day(request.query.get("date")) or today()
    bookings = await booking_service.bookings_on(day=day, site_id=site_id) if site_id else []
    catalogue = await configured_catalogue(settings_of(request))
    names = {slug: entry.name for slug, entry in catalogue.entries.items()}
    people = {b.checked_in_by for b in bookings} | {i.recorded_by for b in bookings for i in b.items}
    staff_names = dict(await StaffAccount.filter(id__in=[p for p in people if p]).values_list("id", "display_name"))
    context = {"sites": sites, "site_id": site_id, "day": day, "bookings": bookings, "type_names": names,
               "Booking": BookingStatus, "staff_names": staff_names}  # fmt: skip
    return await render(request, "appointments/day.html", context)


def _back(form: dict[str, str]) -> str:
    site, day = form.get("site_id", ""), form.get("date", "")
    return f"/console/appointments/day?site_id={site}&date={day}" if site.isdigit() else "/console/appointments/day"


@routes.post(r"/console/appointments/bookings/{booking_id:\d+}/check-in")
@page(OFFICER)
async def check_in(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    form = await form_data(request)
    booking_id = int(request.match_info["booking_id"])
    try:
        booking = await booking_service.check_in(booking_id=booking_id, staff_id=staff.id)
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect(_back(form)) from None
    await audit.record(
        request,
        "booking.check_in",
        actor=staff,
        target=f"booking:{booking_id}",
        details={"via": "console", "confirmation_no": booking.confirmation_no},
    )
    await flash(request, f"预约 {booking.confirmation_no} 已签到")
    raise redirect(_back(form))


@routes.post(r"/console/appointments/bookings/{booking_id:\d+}/cancel")
@page(OFFICER)
async def cancel_booking(request: web.Request) -> web.StreamResponse:
    """No-show or a site that cannot receive them: cancelled as by the admin API, the enterprise told."""
    staff = request[VISITOR].staff
    form = await form_data(request)
    booking_id = int(request.match_info["booking_id"])
    try:
        booking = await booking_service.get_booking(booking_id=booking_id)
        booking = await booking_service.cancel(booking=booking, cutoff_hours=None)
    except ServiceError as exc:
        if exc.status == 404:
            raise
        await flash(request, exc.message, "error")
        raise redirect(_back(form)) from None
    await queue_booking_notice(request.config_dict[ARQ], booking_id=booking_id, event="cancelled")
    await audit.record(request, "booking.cancel", actor=staff, target=f"booking:{booking_id}",
                       details={"via": "console", "confirmation_no": booking.confirmation_no})  # fmt: skip
    await flash(request, f"预约 {booking.confirmation_no} 已取消，已通知企业")
    raise redirect(_back(form))


def result_items(form: dict[str, str]) -> list[ResultItem]:
    """One row per instrument: result-<id> = pass|fail (blank: not yet), cert-<id>, note-<id>."""
    items = []
    for key, value in form.items():
        if not key.startswith("result-") or value not in ("pass", "fail"):
            continue
        instrument_id = key.removeprefix("result-")
        try:
            items.append(
                ResultItem(
                    instrument_id=int(instrument_id),
                    passed=value == "pass",
                    certificate_no=form.get(f"cert-{instrument_id}") or None,
                    note=form.get(f"note-{instrument_id}", ""),
                )
            )
        except (ValidationError, ValueError):
            raise InvalidInput(f"器具{instrument_id}的结果填写有误", code="invalid_results") from None
    if not items:
        raise InvalidInput("请至少为一台器具选择“合格”或“不合格”", code="invalid_results")
    return items


@routes.post(r"/console/appointments/bookings/{booking_id:\d+}/results")
@page(OFFICER)
async def record_results(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    form = await form_data(request)
    booking_id = int(request.match_info["booking_id"])
    try:
        items = result_items(form)
        booking, instruments = await booking_service.record_results(
            booking_id=booking_id,
            staff_id=staff.id,
            results=items,
            catalogue=await configured_catalogue(settings_of(request)),
        )
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        raise redirect(_back(form)) from None
    if booking.status == BookingStatus.COMPLETED:
        await queue_booking_notice(request.config_dict[ARQ], booking_id=booking_id, event="completed")
    await audit.record(
        request,
        "booking.results",
        actor=staff,
        target=f"booking:{booking_id}",
        details={
            "via": "console",
            "confirmation_no": booking.confirmation_no,
            "results": [item.model_dump(mode="json") for item in items],
            "next_due": {str(i.id): i.next_due_on.isoformat() if i.next_due_on else None for i in instruments},
        },
    )
    passed = sum(1 for item in items if item.passed)
    await flash(request, f"已录入 {len(items)} 台器具的检定结果（合格 {passed} 台）")
    raise redirect(_back(form))


async def _overdue_rows(request: web.Request) -> tuple[list, dict[str, str], str | None, str | None]:
    """The overdue list with the admin API's scoping: a district office sees its district only."""
    staff = request[VISITOR].staff
    district = staff.district or (
        resolve_district(request.query["district"]).slug if request.query.get("district") else None
    )
    type_slug = request.query.get("instrument_type") or None
    rows = await appointments_stats.overdue(on=today(), district=district, type_slug=type_slug)
    catalogue = await configured_catalogue(settings_of(request))
    return rows, {slug: e.name for slug, e in catalogue.entries.items()}, district, type_slug


@routes.get("/console/appointments/overdue")
@page(OFFICER)
async def overdue(request: web.Request) -> web.StreamResponse:
    rows, names, district, type_slug = await _overdue_rows(request)
    context = {"rows": rows, "type_names": names, "district": district, "type_slug": type_slug,
               "districts": all_districts(), "query": request.query_string}  # fmt: skip
    return await render(request, "appointments/overdue.html", context)


@routes.get("/console/appointments/overdue.xlsx")
@page(OFFICER)
async def overdue_xlsx(request: web.Request) -> web.StreamResponse:
    rows, names, district, type_slug = await _overdue_rows(request)
    await audit.record(
        request,
        "verification.export",
        actor=request[VISITOR].staff,
        details={"via": "console", "format": "xlsx", "list": "overdue", "district": district, "type": type_slug},
    )
    body = csv_to_xlsx(appointments_stats.overdue_csv(rows, names), title="逾期未检")
    return xlsx_response(body, f"逾期未检-{today()}.xlsx")
