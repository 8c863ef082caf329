"""Enterprises in the mini-program: registration, members, instrument registry, sites, slots and bookings.

Only active members of an enterprise reach its data (strangers get 404); only an approved enterprise manages
instruments and bookings.
"""

from __future__ import annotations

from aiohttp import web

from appointments import booking as booking_service
from appointments import importer
from appointments import service as appointments_service
from appointments.catalogue import Catalogue
from appointments.catalogue import configured as configured_catalogue
from appointments.jobs import queue_booking_notice
from appointments.models import Enterprise, InstrumentStatus, SlotMode
from appointments.present import booking_read, catalogue_read, entry_read, slot_read
from appointments.schemas import (
    BookingCreate,
    BookingRead,
    CatalogueEntryRead,
    CatalogueRead,
    EnterpriseCreate,
    EnterpriseRead,
    ImportReport,
    InstrumentCreate,
    InstrumentRead,
    InstrumentUpdate,
    InviteCodeRead,
    JoinBody,
    MemberRead,
    MyEnterprise,
    RescheduleBody,
    SiteRead,
    SlotRead,
    parse_choice,
)
from appointments.settings import AppointmentSettings
from core import ratelimit
from core.api import Page, api, ok, page_of, r200, r201, r204
from core.auth import current_citizen
from core.errors import InvalidInput, NotFound, PayloadTooLarge
from core.fields import Day, DbId, PageNo, PageSize, Text, path_id
from core.keys import ARQ, SETTINGS
from core.limits import large_body, multipart_parts, read_part
from core.privacy import mask_name, mask_phone

routes = web.RouteTableDef()
PREFIX = "/api/v1/miniapp"
MAX_IMPORT_BYTES = 10 * 1024 * 1024


async def _catalogue(request: web.Request) -> Catalogue:
    return await configured_catalogue(request.config_dict[SETTINGS])


async def _enterprise(
    request: web.Request, enterprise_id: int, *, approved: bool = True, admin: bool = False
) -> tuple[Enterprise, int]:
    citizen = await current_citizen(request)
    enterprise = await appointments_service.enterprise_for_member(
        enterprise_id=enterprise_id, user_id=citizen.user_id, approved=approved, admin=admin
    )
    return enterprise, citizen.user_id


# --- enterprises and members -------------------------------------------------------------------------


@routes.post(f"{PREFIX}/enterprises")
@api.and_request
async def register_enterprise(request: web.Request, body: EnterpriseCreate) -> r201[EnterpriseRead]:
    citizen = await current_citizen(request)
    enterprise = await appointments_service.register_enterprise(user_id=citizen.user_id, data=body)
    return ok(EnterpriseRead.model_validate(enterprise), status=201)


@routes.get(f"{PREFIX}/enterprises")
@api.and_request
async def my_enterprises(request: web.Request, page: PageNo = 1, page_size: PageSize = 50) -> r200[Page[MyEnterprise]]:
    citizen = await current_citizen(request)
    pairs = await appointments_service.my_enterprises(user_id=citizen.user_id)
    return ok(
        page_of(
            [
                MyEnterprise(
                    enterprise=EnterpriseRead.model_validate(e) if m.status == "active" else _pending_view(e),
                    role=m.role,
                    member_status=m.status,
                )
                for e, m in pairs
            ],
            page,
            page_size,
        )
    )


def _pending_view(enterprise: Enterprise) -> EnterpriseRead:
    """Someone whose join request is not approved yet (anyone who knows the public credit code can ask) sees
    the enterprise's name, not its contact person or details."""
    read = EnterpriseRead.model_validate(enterprise)
    return read.model_copy(
        update={
            "contact_name": mask_name(read.contact_name) or "",
            "contact_phone": mask_phone(read.contact_phone) or "",
            "address": "",
        }
    )


@routes.get(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}")
@api.and_request
async def get_enterprise(request: web.Request, enterprise_id: DbId, /) -> r200[EnterpriseRead]:
    enterprise, _ = await _enterprise(request, enterprise_id, approved=False)
    return ok(EnterpriseRead.model_validate(enterprise))


@routes.post(f"{PREFIX}/enterprises/join")
@api.and_request
async def join_enterprise(request: web.Request, body: JoinBody) -> r201[MemberRead]:
    citizen = await current_citizen(request)
    # Invite codes and credit codes are guessable: wrong ones are throttled per address and per citizen.
    keyed = [
        ("invite_failures_per_client", ratelimit.client_address(request)),
        ("invite_failures_per_account", str(citizen.user_id)),
    ]
    await ratelimit.check_all(request, keyed)
    try:
        member = await appointments_service.join_enterprise(
            user_id=citizen.user_id, invite_code=body.invite_code, uscc_raw=body.uscc
        )
    except (InvalidInput, NotFound) as exc:
        if exc.code in ("invite_code_invalid", "enterprise_not_found"):
            await ratelimit.record_failures(request, keyed)
        raise
    return ok(MemberRead.model_validate(member), status=201)


@routes.post(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/invite-code")
@api.and_request
async def new_invite_code(request: web.Request, enterprise_id: DbId, /) -> r201[InviteCodeRead]:
    enterprise, _ = await _enterprise(request, enterprise_id, admin=True)
    enterprise = await appointments_service.rotate_invite_code(enterprise=enterprise)
    return ok(
        InviteCodeRead(invite_code=str(enterprise.invite_code), expires_at=enterprise.invite_expires_at), status=201
    )


@routes.get(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/members")
@api.and_request
async def list_members(
    request: web.Request, enterprise_id: DbId, /, page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[MemberRead]]:
    enterprise, _ = await _enterprise(request, enterprise_id, approved=False)
    members = await appointments_service.list_members(enterprise=enterprise)
    reads = [MemberRead.model_validate(m).model_copy(update={"phone": mask_phone(p)}) for m, p in members]
    return ok(page_of(reads, page, page_size))


@routes.post(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/members/{{member_id:\\d+}}/approve")
@api.and_request
async def approve_member(request: web.Request, enterprise_id: DbId, member_id: DbId, /) -> r200[MemberRead]:
    enterprise, _ = await _enterprise(request, enterprise_id, admin=True)
    member = await appointments_service.approve_member(enterprise=enterprise, member_id=member_id)
    return ok(MemberRead.model_validate(member))


@routes.delete(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/members/{{member_id:\\d+}}")
@api.and_request
async def remove_member(request: web.Request, enterprise_id: DbId, member_id: DbId, /) -> r204:
    enterprise, _ = await _enterprise(request, enterprise_id, approved=False, admin=True)
    await appointments_service.remove_member(enterprise=enterprise, member_id=member_id)
    return web.Response(status=204)


# --- catalogue ---------------------------------------------------------------------------------------


@routes.get(f"{PREFIX}/catalogue")
@api.and_request
async def get_catalogue(request: web.Request) -> r200[CatalogueRead]:
    return ok(catalogue_read(await _catalogue(request)))


@routes.get(f"{PREFIX}/catalogue/{{slug}}")
@api.and_request
async def get_catalogue_entry(request: web.Request, slug: str, /) -> r200[CatalogueEntryRead]:
    return ok(entry_read((await _catalogue(request)).get(slug)))


# --- instruments -------------------------------------------------------------------------------------


@routes.get(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/instruments")
@api.and_request
async def list_instruments(
    request: web.Request,
    enterprise_id: DbId,
    /,
    status: Text(24) | None = None,
    due_before: Day | None = None,
    page: PageNo = 1,
    page_size: PageSize = 50,
) -> r200[Page[InstrumentRead]]:
    enterprise, _ = await _enterprise(request, enterprise_id)
    instruments = await appointments_service.list_instruments(
        enterprise=enterprise, status=parse_choice(InstrumentStatus, status, "器具状态"), due_before=due_before
    )
    return ok(page_of([InstrumentRead.model_validate(i) for i in instruments], page, page_size))


@routes.post(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/instruments")
@api.and_request
async def register_instrument(
    request: web.Request, enterprise_id: DbId, /, body: InstrumentCreate
) -> r201[InstrumentRead]:
    enterprise, user_id = await _enterprise(request, enterprise_id)
    instrument = await appointments_service.register_instrument(
        enterprise=enterprise, user_id=user_id, data=body, catalogue=await _catalogue(request)
    )
    return ok(InstrumentRead.model_validate(instrument), status=201)


@routes.get(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/instruments/{{instrument_id:\\d+}}")
@api.and_request
async def get_instrument(request: web.Request, enterprise_id: DbId, instrument_id: DbId, /) -> r200[InstrumentRead]:
    enterprise, _ = await _enterprise(request, enterprise_id)
    instrument = await appointments_service.get_instrument(enterprise=enterprise, instrument_id=instrument_id)
    return ok(InstrumentRead.model_validate(instrument))


@routes.patch(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/instruments/{{instrument_id:\\d+}}")
@api.and_request
async def update_instrument(
    request: web.Request, enterprise_id: DbId, instrument_id: DbId, /, body: InstrumentUpdate
) -> r200[InstrumentRead]:
    enterprise, _ = await _enterprise(request, enterprise_id)
    instrument = await appointments_service.update_instrument(
        enterprise=enterprise, instrument_id=instrument_id, data=body
    )
    return ok(InstrumentRead.model_validate(instrument))


@routes.post(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/instruments/import")
@large_body
async def import_instruments(request: web.Request) -> web.Response:
    """multipart/form-data with a `file` field (.csv or .xlsx); 201 {"imported": n}, or 422 with every bad row."""
    enterprise, user_id = await _enterprise(request, path_id(request.match_info["enterprise_id"]))
    filename, content = await _uploaded_file(request)
    imported = await importer.import_file(
        enterprise=enterprise, user_id=user_id, content=content, filename=filename, catalogue=await _catalogue(request)
    )
    return ok(ImportReport(imported=imported), status=201)


async def _uploaded_file(request: web.Request) -> tuple[str, bytes]:
    if not request.content_type.startswith("multipart/"):
        raise InvalidInput("请以表单方式上传文件（字段名 file）", code="file_missing")
    async for part in multipart_parts(request):
        if part.name != "file":
            continue
        too_large = PayloadTooLarge("文件超过10MB，请分批导入", code="file_too_large")
        return part.filename or "upload.csv", await read_part(part, MAX_IMPORT_BYTES, too_large)
    raise InvalidInput("请上传文件（字段名 file）", code="file_missing")


# --- sites, slots and bookings -----------------------------------------------------------------------


@routes.get(f"{PREFIX}/verification-sites")
@api.and_request
async def list_sites(
    request: web.Request, instrument_type: Text(64) | None = None, page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[SiteRead]]:
    await current_citizen(request)
    sites = await appointments_service.list_sites(type_slug=instrument_type, active_only=True)
    return ok(page_of([SiteRead.model_validate(s) for s in sites], page, page_size))


@routes.get(f"{PREFIX}/verification-slots")
@api.and_request
async def list_slots(
    request: web.Request,
    site_id: DbId | None = None,
    instrument_type: Text(64) | None = None,
    mode: Text(16) | None = None,
    date_from: Day | None = None,
    date_to: Day | None = None,
    page: PageNo = 1,
    page_size: PageSize = 50,
) -> r200[Page[SlotRead]]:
    await current_citizen(request)
    slots = await appointments_service.list_slots(
        site_id=site_id,
        date_from=date_from,
        date_to=date_to,
        mode=parse_choice(SlotMode, mode, "检定方式"),
        type_slug=instrument_type,
        future_only=True,
    )
    return ok(page_of([slot_read(s) for s in slots], page, page_size))


@routes.post(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/bookings")
@api.and_request
async def create_booking(request: web.Request, enterprise_id: DbId, /, body: BookingCreate) -> r201[BookingRead]:
    enterprise, user_id = await _enterprise(request, enterprise_id)
    booking = await booking_service.book(
        enterprise=enterprise, user_id=user_id, data=body, catalogue=await _catalogue(request)
    )
    await queue_booking_notice(request.config_dict[ARQ], booking_id=booking.id, event="booked")
    booking = await booking_service.booking_for_enterprise(enterprise=enterprise, booking_id=booking.id)
    return ok(booking_read(booking), status=201)


@routes.get(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/bookings")
@api.and_request
async def list_bookings(
    request: web.Request, enterprise_id: DbId, /, page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[BookingRead]]:
    enterprise, _ = await _enterprise(request, enterprise_id)
    bookings, total = await booking_service.bookings_page(enterprise=enterprise, page=page, page_size=page_size)
    return ok(Page[BookingRead](items=[booking_read(b) for b in bookings], total=total, page=page, page_size=page_size))


@routes.get(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/bookings/{{booking_id:\\d+}}")
@api.and_request
async def get_booking(request: web.Request, enterprise_id: DbId, booking_id: DbId, /) -> r200[BookingRead]:
    enterprise, _ = await _enterprise(request, enterprise_id)
    return ok(booking_read(await booking_service.booking_for_enterprise(enterprise=enterprise, booking_id=booking_id)))


@routes.post(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/bookings/{{booking_id:\\d+}}/cancel")
@api.and_request
async def cancel_booking(request: web.Request, enterprise_id: DbId, booking_id: DbId, /) -> r200[BookingRead]:
    enterprise, _ = await _enterprise(request, enterprise_id)
    booking = await booking_service.booking_for_enterprise(enterprise=enterprise, booking_id=booking_id)
    cutoff = request.config_dict[SETTINGS].section(AppointmentSettings).cancel_cutoff_hours
    await booking_service.cancel(booking=booking, cutoff_hours=cutoff)
    await queue_booking_notice(request.config_dict[ARQ], booking_id=booking.id, event="cancelled")
    return ok(booking_read(await booking_service.booking_for_enterprise(enterprise=enterprise, booking_id=booking_id)))


@routes.post(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/bookings/{{booking_id:\\d+}}/reschedule")
@api.and_request
async def reschedule_booking(
    request: web.Request, enterprise_id: DbId, booking_id: DbId, /, body: RescheduleBody
) -> r200[BookingRead]:
    enterprise, _ = await _enterprise(request, enterprise_id)
    booking = await booking_service.booking_for_enterprise(enterprise=enterprise, booking_id=booking_id)
    await booking_service.reschedule(
        booking=booking,
        slot_id=body.slot_id,
        cutoff_hours=request.config_dict[SETTINGS].section(AppointmentSettings).cancel_cutoff_hours,
        catalogue=await _catalogue(request),
    )
    await queue_booking_notice(
        request.config_dict[ARQ], booking_id=booking.id, event="rescheduled", version=str(body.slot_id)
    )
    return ok(booking_read(await booking_service.booking_for_enterprise(enterprise=enterprise, booking_id=booking_id)))
