"""Verification officers: enterprise approval, catalogue overrides, sites and slots, check-in, results, statistics.

Officers with a district office (`StaffAccount.district`) see that district's enterprises and figures only.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from aiohttp import web

from appointments import booking as booking_service
from appointments import service as appointments_service
from appointments import stats as appointments_stats
from appointments import verification_checks
from appointments.catalogue import Catalogue, clear_override, set_override
from appointments.catalogue import load as load_catalogue
from appointments.jobs import queue_booking_notice, queue_review_notice
from appointments.models import BookingStatus, CheckStatus, EnterpriseStatus, SlotMode
from appointments.present import booking_read, catalogue_read, entry_read, slot_read
from appointments.schemas import (
    BookingRead,
    CatalogueEntryRead,
    CatalogueOverrideBody,
    CatalogueRead,
    CheckResultBody,
    EnterpriseListItem,
    EnterpriseRead,
    OverdueRow,
    RejectBody,
    ResultsBody,
    SiteCreate,
    SiteRead,
    SiteUpdate,
    SlotCreate,
    SlotRead,
    SlotUpdate,
    StatsRead,
    VerificationCheckRead,
    parse_choice,
)
from core.api import Page, api, ok, page_of, r200, r201, r204
from core.auth import current_staff
from core.clock import today
from core.districts import scoped_district
from core.errors import InvalidInput
from core.fields import Day, DbId, PageNo, PageSize, Text
from core.keys import ARQ, SETTINGS
from core.models import StaffAccount, StaffRole

routes = web.RouteTableDef()
PREFIX = "/api/v1/admin"
OFFICER = StaffRole.VERIFICATION_OFFICER


async def _officer(request: web.Request) -> StaffAccount:
    return await current_staff(request, OFFICER)


async def _catalogue(request: web.Request) -> Catalogue:
    return await load_catalogue(request.config_dict[SETTINGS].appointment_catalogue_file)


def _scope(staff: StaffAccount, district: str | None) -> str | None:
    """A district office is limited to its district (another one is 403); city-wide staff may pick any."""
    return scoped_district(staff.district, district)


# --- enterprises -------------------------------------------------------------------------------------


@routes.get(f"{PREFIX}/enterprises")
@api.and_request
async def list_enterprises(
    request: web.Request,
    status: Text(24) | None = None,
    district: Text(32) | None = None,
    page: PageNo = 1,
    page_size: PageSize = 20,
) -> r200[Page[EnterpriseListItem]]:
    staff = await _officer(request)
    page, page_size = max(page, 1), min(max(page_size, 1), 100)
    items, total = await appointments_service.list_enterprises(
        status=parse_choice(EnterpriseStatus, status, "审核状态"),
        district=_scope(staff, district),
        page=page,
        page_size=page_size,
    )
    return ok(
        Page[EnterpriseListItem](
            items=[EnterpriseListItem.model_validate(e) for e in items], total=total, page=page, page_size=page_size
        )
    )


@routes.get(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}")
@api.and_request
async def get_enterprise(request: web.Request, enterprise_id: DbId, /) -> r200[EnterpriseRead]:
    staff = await _officer(request)
    enterprise = await appointments_service.enterprise_for_staff(enterprise_id=enterprise_id, district=staff.district)
    return ok(EnterpriseRead.model_validate(enterprise))


@routes.post(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/approve")
@api.and_request
async def approve_enterprise(request: web.Request, enterprise_id: DbId, /) -> r200[EnterpriseRead]:
    staff = await _officer(request)
    enterprise = await appointments_service.review_enterprise(
        enterprise_id=enterprise_id, staff_id=staff.id, approve=True, district=staff.district
    )
    await queue_review_notice(request.config_dict[ARQ], enterprise=enterprise)
    return ok(EnterpriseRead.model_validate(enterprise))


@routes.post(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/reject")
@api.and_request
async def reject_enterprise(request: web.Request, enterprise_id: DbId, /, body: RejectBody) -> r200[EnterpriseRead]:
    staff = await _officer(request)
    enterprise = await appointments_service.review_enterprise(
        enterprise_id=enterprise_id, staff_id=staff.id, approve=False, reason=body.reason, district=staff.district
    )
    await queue_review_notice(request.config_dict[ARQ], enterprise=enterprise)
    return ok(EnterpriseRead.model_validate(enterprise))


# --- catalogue ---------------------------------------------------------------------------------------


@routes.get(f"{PREFIX}/catalogue")
@api.and_request
async def get_catalogue(request: web.Request) -> r200[CatalogueRead]:
    await _officer(request)
    return ok(catalogue_read(await _catalogue(request)))


@routes.put(f"{PREFIX}/catalogue/{{slug}}")
@api.and_request
async def override_catalogue_entry(
    request: web.Request, slug: str, /, body: CatalogueOverrideBody
) -> r200[CatalogueEntryRead]:
    """Legal numbers change by regulation or local practice: admins correct them here, versioned by time."""
    staff = await current_staff(request, StaffRole.ADMIN)
    entry = await set_override(
        slug=slug,
        changes=body.model_dump(exclude_unset=True),
        staff_id=staff.id,
        local_file=request.config_dict[SETTINGS].appointment_catalogue_file,
    )
    return ok(entry_read(entry))


@routes.delete(f"{PREFIX}/catalogue/{{slug}}/override")
@api.and_request
async def remove_catalogue_override(request: web.Request, slug: str, /) -> r204:
    await current_staff(request, StaffRole.ADMIN)
    await clear_override(slug=slug)
    return web.Response(status=204)


# --- sites and slots ---------------------------------------------------------------------------------


@routes.get(f"{PREFIX}/verification-sites")
@api.and_request
async def list_sites(request: web.Request, page: PageNo = 1, page_size: PageSize = 50) -> r200[Page[SiteRead]]:
    await _officer(request)
    sites = await appointments_service.list_sites(type_slug=None, active_only=False)
    return ok(page_of([SiteRead.model_validate(s) for s in sites], page, page_size))


@routes.post(f"{PREFIX}/verification-sites")
@api.and_request
async def create_site(request: web.Request, body: SiteCreate) -> r201[SiteRead]:
    await _officer(request)
    site = await appointments_service.create_site(
        name=body.name,
        kind=body.kind,
        district=body.district,
        address=body.address,
        phone=body.phone,
        types=body.instrument_types,
        catalogue=await _catalogue(request),
    )
    return ok(SiteRead.model_validate(site), status=201)


@routes.patch(f"{PREFIX}/verification-sites/{{site_id:\\d+}}")
@api.and_request
async def update_site(request: web.Request, site_id: DbId, /, body: SiteUpdate) -> r200[SiteRead]:
    await _officer(request)
    site = await appointments_service.update_site(
        site_id=site_id, changes=body.model_dump(exclude_none=True), catalogue=await _catalogue(request)
    )
    return ok(SiteRead.model_validate(site))


@routes.post(f"{PREFIX}/verification-sites/{{site_id:\\d+}}/slots")
@api.and_request
async def create_slot(request: web.Request, site_id: DbId, /, body: SlotCreate) -> r201[SlotRead]:
    await _officer(request)
    site = await appointments_service.get_site(site_id=site_id)
    return ok(slot_read(await appointments_service.create_slot(site=site, data=body)), status=201)


@routes.get(f"{PREFIX}/verification-slots")
@api.and_request
async def list_slots(
    request: web.Request,
    site_id: DbId | None = None,
    mode: Text(16) | None = None,
    date_from: Day | None = None,
    date_to: Day | None = None,
    page: PageNo = 1,
    page_size: PageSize = 50,
) -> r200[Page[SlotRead]]:
    await _officer(request)
    slots = await appointments_service.list_slots(
        site_id=site_id,
        date_from=date_from,
        date_to=date_to,
        mode=parse_choice(SlotMode, mode, "检定方式"),
        type_slug=None,
        future_only=False,
    )
    return ok(page_of([slot_read(s) for s in slots], page, page_size))


@routes.patch(f"{PREFIX}/verification-slots/{{slot_id:\\d+}}")
@api.and_request
async def update_slot(request: web.Request, slot_id: DbId, /, body: SlotUpdate) -> r200[SlotRead]:
    await _officer(request)
    slot = await appointments_service.update_slot(slot_id=slot_id, capacity=body.capacity, active=body.active)
    return ok(slot_read(slot))


# --- bookings and results ----------------------------------------------------------------------------


@routes.get(f"{PREFIX}/verification-bookings")
@api.and_request
async def list_bookings(
    request: web.Request,
    status: Text(24) | None = None,
    slot_id: DbId | None = None,
    site_id: DbId | None = None,
    confirmation_no: Text(24) | None = None,
    page: PageNo = 1,
    page_size: PageSize = 50,
) -> r200[Page[BookingRead]]:
    await _officer(request)
    if confirmation_no:
        found = await booking_service.get_booking(confirmation_no=confirmation_no.strip().upper())
        return ok(page_of([booking_read(found)], page, page_size))
    bookings, total = await booking_service.bookings_page(
        page=page,
        page_size=page_size,
        status=parse_choice(BookingStatus, status, "预约状态"),
        slot_id=slot_id,
        site_id=site_id,
    )
    return ok(Page[BookingRead](items=[booking_read(b) for b in bookings], total=total, page=page, page_size=page_size))


@routes.get(f"{PREFIX}/verification-bookings/{{booking_id:\\d+}}")
@api.and_request
async def get_booking(request: web.Request, booking_id: DbId, /) -> r200[BookingRead]:
    await _officer(request)
    return ok(booking_read(await booking_service.get_booking(booking_id=booking_id)))


@routes.post(f"{PREFIX}/verification-bookings/{{booking_id:\\d+}}/check-in")
@api.and_request
async def check_in(request: web.Request, booking_id: DbId, /) -> r200[BookingRead]:
    staff = await _officer(request)
    await booking_service.check_in(booking_id=booking_id, staff_id=staff.id)
    return ok(booking_read(await booking_service.get_booking(booking_id=booking_id)))


@routes.post(f"{PREFIX}/verification-bookings/{{booking_id:\\d+}}/cancel")
@api.and_request
async def cancel_booking(request: web.Request, booking_id: DbId, /) -> r200[BookingRead]:
    """No-shows and site closures: staff cancel at any time before check-in, freeing the slot and instruments."""
    await _officer(request)
    booking = await booking_service.get_booking(booking_id=booking_id)
    await booking_service.cancel(booking=booking, cutoff_hours=None)
    await queue_booking_notice(request.config_dict[ARQ], booking_id=booking_id, event="cancelled")
    return ok(booking_read(await booking_service.get_booking(booking_id=booking_id)))


@routes.post(f"{PREFIX}/verification-bookings/{{booking_id:\\d+}}/results")
@api.and_request
async def record_results(request: web.Request, booking_id: DbId, /, body: ResultsBody) -> r200[BookingRead]:
    staff = await _officer(request)
    booking, _ = await booking_service.record_results(
        booking_id=booking_id, staff_id=staff.id, results=body.items, catalogue=await _catalogue(request)
    )
    if booking.status == BookingStatus.COMPLETED:
        await queue_booking_notice(request.config_dict[ARQ], booking_id=booking_id, event="completed")
    return ok(booking_read(booking))


# --- verification checks asked for by complaints (a pump) --------------------------------------------


@routes.get(f"{PREFIX}/verification-checks")
@api.and_request
async def list_verification_checks(
    request: web.Request,
    status: Literal["requested", "completed"] | None = None,
    page: PageNo = 1,
    page_size: PageSize = 20,
) -> r200[Page[VerificationCheckRead]]:
    staff = await _officer(request)
    cards, total = await verification_checks.list_checks(
        status=CheckStatus(status) if status else None, district=staff.district, page=page, page_size=page_size
    )
    items = [VerificationCheckRead.model_validate(c) for c in cards]
    return ok(Page[VerificationCheckRead](items=items, total=total, page=page, page_size=page_size))


@routes.get(f"{PREFIX}/verification-checks/{{check_id:\\d+}}")
@api.and_request
async def get_verification_check(request: web.Request, check_id: DbId, /) -> r200[VerificationCheckRead]:
    staff = await _officer(request)
    card = await verification_checks.get_check(check_id=check_id, district=staff.district)
    return ok(VerificationCheckRead.model_validate(card))


@routes.post(f"{PREFIX}/verification-checks/{{check_id:\\d+}}/result")
@api.and_request
async def record_verification_check_result(
    request: web.Request, check_id: DbId, /, body: CheckResultBody
) -> r200[VerificationCheckRead]:
    staff = await _officer(request)
    card = await verification_checks.record_result(
        check_id=check_id,
        district=staff.district,
        passed=body.passed,
        certificate_no=body.certificate_no,
        note=body.note,
        staff_id=staff.id,
        staff_name=staff.display_name,
    )
    return ok(VerificationCheckRead.model_validate(card))


# --- statistics --------------------------------------------------------------------------------------


def _period(date_from: date | None, date_to: date | None) -> tuple[date, date]:
    end = date_to or today()
    start = date_from or end.replace(month=1, day=1)
    if start > end:
        raise InvalidInput("开始日期不能晚于结束日期", code="invalid_period")
    return start, end


@routes.get(f"{PREFIX}/verification-stats")
@api.and_request
async def verification_stats(
    request: web.Request, date_from: Day | None = None, date_to: Day | None = None, district: Text(32) | None = None
) -> r200[StatsRead]:
    staff = await _officer(request)
    start, end = _period(date_from, date_to)
    return ok(
        await appointments_stats.verification_rates(date_from=start, date_to=end, district=_scope(staff, district))
    )


@routes.get(f"{PREFIX}/verification-stats.csv")
@api.and_request
async def verification_stats_csv(
    request: web.Request, date_from: Day | None = None, date_to: Day | None = None, district: Text(32) | None = None
) -> web.Response:
    staff = await _officer(request)
    start, end = _period(date_from, date_to)
    stats = await appointments_stats.verification_rates(date_from=start, date_to=end, district=_scope(staff, district))
    names = {slug: e.name for slug, e in (await _catalogue(request)).entries.items()}
    return _csv(appointments_stats.rates_csv(stats, names), f"shoujianlv-{start}-{end}.csv")


@routes.get(f"{PREFIX}/verification-overdue")
@api.and_request
async def overdue(
    request: web.Request,
    district: Text(32) | None = None,
    instrument_type: Text(64) | None = None,
    page: PageNo = 1,
    page_size: PageSize = 50,
) -> r200[Page[OverdueRow]]:
    staff = await _officer(request)
    rows = await appointments_stats.overdue(on=today(), district=_scope(staff, district), type_slug=instrument_type)
    return ok(page_of(rows, page, page_size))


@routes.get(f"{PREFIX}/verification-overdue.csv")
@api.and_request
async def overdue_csv(
    request: web.Request, district: Text(32) | None = None, instrument_type: Text(64) | None = None
) -> web.Response:
    staff = await _officer(request)
    rows = await appointments_stats.overdue(on=today(), district=_scope(staff, district), type_slug=instrument_type)
    names = {slug: e.name for slug, e in (await _catalogue(request)).entries.items()}
    return _csv(appointments_stats.overdue_csv(rows, names), f"yuqi-{today()}.csv")


def _csv(text: str, filename: str) -> web.Response:
    return web.Response(
        body=text.encode("utf-8"),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
