"""Complaint handling for staff: queue, accept/refuse, mediation, close, deadlines, statistics, export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from aiohttp import web
from pydantic import BaseModel

from complaints import service as complaints_service
from complaints import stats, workflow
from complaints.deadlines import add_policy_version, policy_versions, regulations
from complaints.models import Complaint, ComplaintStatus
from complaints.policy_recompute import recompute_after_policy
from complaints.schemas import (
    AssignBody,
    MarketCreate,
    MarketRead,
    MarketUpdate,
    NoteBody,
    NotificationRead,
    OutcomeBody,
    PhotoReview,
    PolicyCreate,
    RefuseBody,
    StaffComplaintRead,
    StaffComplaintSummary,
    read_fields,
    summary_fields,
)
from complaints.service import QueueFilters
from core import audit
from core.api import Page, api, ok, page_of, r200, r201
from core.auth import current_staff
from core.districts import scoped_district
from core.errors import InvalidInput
from core.fields import Day, DbId, Int, PageNo, PageSize, Text
from core.keys import ARQ, SETTINGS
from core.models import StaffAccount, StaffRole

routes = web.RouteTableDef()
HANDLER = StaffRole.COMPLAINT_HANDLER
MAX_PAGE_SIZE = 100


async def _staff(request: web.Request) -> StaffAccount:
    return await current_staff(request, HANDLER)


async def staff_read(complaint: Complaint) -> StaffComplaintRead:
    photos, events = await complaints_service.complaint_details(complaint)
    notifications = await complaints_service.notifications_of(complaint)
    return StaffComplaintRead(
        **read_fields(complaint, photos=photos, events=events, for_staff=True),
        user_id=complaint.user_id,
        contact_phone_full=complaint.contact_phone,  # the handler has to call the citizen
        assigned_district=complaint.assigned_district,
        merchant_id=complaint.merchant_id,
        overdue=complaints_service.is_overdue(complaint),
        content_check=complaint.content_check,
        substantiated=complaint.substantiated,
        policy=complaint.policy,
        notifications=[
            NotificationRead(
                id=n.id,
                template_id=n.template_id,
                status=n.status,
                attempts=n.attempts,
                errcode=n.errcode,
                errmsg=n.errmsg,
                created_at=n.created_at,
                sent_at=n.sent_at,
            )
            for n in notifications
        ],
    )


def staff_summary(complaint: Complaint) -> StaffComplaintSummary:
    return StaffComplaintSummary(
        **summary_fields(complaint),
        assigned_district=complaint.assigned_district,
        overdue=complaints_service.is_overdue(complaint),
        content_check=complaint.content_check,
        deadline_estimated=complaint.deadline_estimated,
    )


def _filters(
    status: str | None,
    district: str | None,
    overdue: bool | None,
    due_soon: bool | None,
    market_id: int | None,
    merchant_id: int | None,
    merchant: str | None,
    tracking_no: str | None,
    date_from: date | None,
    date_to: date | None,
) -> QueueFilters:
    if status:
        try:
            parsed = ComplaintStatus(status)
        except ValueError:
            choices = "、".join(s.value for s in ComplaintStatus)
            raise InvalidInput(f"状态无效，可选：{choices}", code="invalid_status") from None
    return QueueFilters(
        status=parsed if status else None,
        district=district,
        overdue=overdue,
        due_soon=due_soon,
        market_id=market_id,
        merchant_id=merchant_id,
        merchant=merchant,
        tracking_no=tracking_no,
        date_from=date_from,
        date_to=date_to,
    )


@routes.get("/api/v1/admin/complaints")
@api.and_request
async def complaint_queue(
    request: web.Request,
    status: Text(24) | None = None,
    district: Text(32) | None = None,
    overdue: bool | None = None,
    due_soon: bool | None = None,
    market_id: DbId | None = None,
    merchant_id: DbId | None = None,
    merchant: Text(100) | None = None,
    tracking_no: Text(20) | None = None,
    date_from: Day | None = None,
    date_to: Day | None = None,
    kind: Text(24) | None = None,
    track: Text(12) | None = None,
    page: PageNo = 1,
    page_size: PageSize = 20,
) -> r200[Page[StaffComplaintSummary]]:
    """The handling queue, nearest deadline first; district-office staff see their own office's cases only.
    `kind` (see the mini-program options) and `track` (complaint 投诉 / report 举报) narrow it."""
    staff = await _staff(request)
    filters = _filters(
        status, district, overdue, due_soon, market_id, merchant_id, merchant, tracking_no, date_from, date_to
    )
    filters = replace(filters, kind=kind, track=track)
    page, page_size = max(page, 1), min(max(page_size, 1), MAX_PAGE_SIZE)
    items, total = await complaints_service.staff_queue(staff=staff, filters=filters, page=page, page_size=page_size)
    return ok(
        Page[StaffComplaintSummary](
            items=[staff_summary(c) for c in items], total=total, page=page, page_size=page_size
        )
    )


@routes.get("/api/v1/admin/complaints/deadlines")
@api.and_request
async def deadline_lists(request: web.Request, limit: Int(ge=1, le=200) = 50) -> r200[dict]:
    """Overdue cases and cases due within three days (the deadline that applies in each case's status)."""
    staff = await _staff(request)
    limit = min(max(limit, 1), 200)
    overdue, overdue_total = await complaints_service.staff_queue(
        staff=staff, filters=QueueFilters(overdue=True), page=1, page_size=limit
    )
    soon, soon_total = await complaints_service.staff_queue(
        staff=staff, filters=QueueFilters(due_soon=True), page=1, page_size=limit
    )
    return ok(
        {
            "overdue": [staff_summary(c).model_dump(mode="json") for c in overdue],
            "overdue_total": overdue_total,
            "due_soon": [staff_summary(c).model_dump(mode="json") for c in soon],
            "due_soon_total": soon_total,
            "due_soon_days": complaints_service.DUE_SOON_DAYS,
        }
    )


@routes.get(r"/api/v1/admin/complaints/{complaint_id:\d+}")
@api.and_request
async def complaint_detail(request: web.Request, complaint_id: DbId, /) -> r200[StaffComplaintRead]:
    staff = await _staff(request)
    complaint = await complaints_service.staff_complaint(staff=staff, complaint_id=complaint_id)
    return ok(await staff_read(complaint))


@routes.get(r"/api/v1/admin/complaints/{complaint_id:\d+}/photos/{photo_id:\d+}")
@api.and_request
async def complaint_photo(request: web.Request, complaint_id: DbId, photo_id: DbId, /) -> web.StreamResponse:
    staff = await _staff(request)
    complaint = await complaints_service.staff_complaint(staff=staff, complaint_id=complaint_id)
    path, content_type = await complaints_service.photo_file(
        var_dir=request.config_dict[SETTINGS].var_dir, complaint=complaint, photo_id=photo_id
    )
    return web.FileResponse(path, headers={"Content-Type": content_type, "Cache-Control": "private, max-age=3600"})


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/photos/{photo_id:\d+}/check")
@api.and_request
async def review_photo(
    request: web.Request, complaint_id: DbId, photo_id: DbId, /, body: PhotoReview
) -> r200[StaffComplaintRead]:
    """A person's verdict on a photo WeChat marked `review` (or never checked): pass or risky."""
    staff = await _staff(request)
    complaint = await complaints_service.staff_complaint(staff=staff, complaint_id=complaint_id)
    await complaints_service.review_photo(complaint=complaint, photo_id=photo_id, verdict=body.status)
    return ok(await staff_read(complaint))


async def _step(request: web.Request, complaint_id: int, step: workflow.Step, body: BaseModel) -> StaffComplaintRead:
    staff = await _staff(request)
    complaint = await complaints_service.staff_complaint(staff=staff, complaint_id=complaint_id)
    complaint = await workflow.perform(
        step,
        body,
        complaint=complaint,
        staff=staff,
        arq=request.config_dict[ARQ],
        settings=request.config_dict[SETTINGS],
    )
    return await staff_read(complaint)


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/assign")
@api.and_request
async def assign_complaint(request: web.Request, complaint_id: DbId, /, body: AssignBody) -> r200[StaffComplaintRead]:
    return ok(await _step(request, complaint_id, workflow.Step.ASSIGN, body))


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/accept")
@api.and_request
async def accept_complaint(request: web.Request, complaint_id: DbId, /, body: NoteBody) -> r200[StaffComplaintRead]:
    return ok(await _step(request, complaint_id, workflow.Step.ACCEPT, body))


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/refuse")
@api.and_request
async def refuse_complaint(request: web.Request, complaint_id: DbId, /, body: RefuseBody) -> r200[StaffComplaintRead]:
    return ok(await _step(request, complaint_id, workflow.Step.REFUSE, body))


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/mediation")
@api.and_request
async def start_mediation(request: web.Request, complaint_id: DbId, /, body: NoteBody) -> r200[StaffComplaintRead]:
    return ok(await _step(request, complaint_id, workflow.Step.MEDIATION, body))


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/outcome")
@api.and_request
async def record_outcome(request: web.Request, complaint_id: DbId, /, body: OutcomeBody) -> r200[StaffComplaintRead]:
    """Close the case: 调解成功 (refund / compensation amounts) or 终止调解 (with the reason)."""
    return ok(await _step(request, complaint_id, workflow.Step.OUTCOME, body))


@routes.get("/api/v1/admin/complaints/statistics")
@api.and_request
async def complaint_statistics(
    request: web.Request,
    district: Text(32) | None = None,
    date_from: Day | None = None,
    date_to: Day | None = None,
) -> r200[dict]:
    """Counts by district, month, category and status; substantiated rate; average handling time (days)."""
    staff = await _staff(request)
    filters = QueueFilters(district=district, date_from=date_from, date_to=date_to)
    return ok(await stats.statistics(staff=staff, filters=filters))


@routes.get("/api/v1/admin/complaints/export.csv")
@api.and_request
async def export_complaints(
    request: web.Request,
    status: Text(24) | None = None,
    district: Text(32) | None = None,
    overdue: bool | None = None,
    market_id: DbId | None = None,
    date_from: Day | None = None,
    date_to: Day | None = None,
    kind: Text(24) | None = None,
    track: Text(12) | None = None,
) -> web.Response:
    """CSV (UTF-8 with BOM, opens in Excel) of the filtered cases; phone numbers masked."""
    staff = await _staff(request)
    filters = _filters(status, district, overdue, None, market_id, None, None, None, date_from, date_to)
    filters = replace(filters, kind=kind, track=track)
    body = await stats.export_csv(staff=staff, filters=filters)
    return web.Response(
        body=body,
        headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": 'attachment; filename="complaints.csv"',
        },
    )


@routes.get(r"/api/v1/admin/complaints/merchants/{merchant_id:\d+}")
@api.and_request
async def merchant_record(request: web.Request, merchant_id: DbId, /) -> r200[dict]:
    """A merchant's complaint history: total, substantiated, last dates, 诚信计量 credit level."""
    await _staff(request)
    return ok(await stats.merchant_history(merchant_id=merchant_id))


@routes.get("/api/v1/admin/complaints/merchants/ranking")
@api.and_request
async def merchant_ranking(
    request: web.Request, district: Text(32) | None = None, market_id: DbId | None = None, limit: Int(ge=1, le=100) = 20
) -> r200[dict]:
    """Merchants by substantiated complaints; a district office ranks its own district only."""
    staff = await _staff(request)
    slug = scoped_district(staff.district, district)
    items = await stats.merchant_ranking(district=slug, market_id=market_id, limit=min(max(limit, 1), 100))
    return ok({"items": items})


@routes.get("/api/v1/admin/complaints/markets")
@api.and_request
async def list_markets(
    request: web.Request, district: Text(32) | None = None, page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[MarketRead]]:
    await _staff(request)
    markets = await complaints_service.markets(district=district)
    return ok(page_of([MarketRead.model_validate(m) for m in markets], page, page_size))


@routes.post("/api/v1/admin/complaints/markets")
@api.and_request
async def create_market(request: web.Request, body: MarketCreate) -> r201[MarketRead]:
    """Register a market; its QR scene for the 公平秤 point is `market:<id>`."""
    await _staff(request)
    market = await complaints_service.create_market(**body.model_dump())
    return ok(MarketRead.model_validate(market), status=201)


@routes.get(r"/api/v1/admin/complaints/markets/{market_id:\d+}")
@api.and_request
async def market_record(request: web.Request, market_id: DbId, /) -> r200[dict]:
    await _staff(request)
    return ok(await stats.market_history(market_id=market_id))


@routes.get("/api/v1/admin/complaints/policy")
@api.and_request
async def deadline_policy(request: web.Request) -> r200[dict]:
    """The regulations, their refusal reasons, the file defaults and every staff-recorded policy version."""
    await _staff(request)
    rows = await policy_versions()
    return ok(
        {
            "regulations": list(regulations().values()),
            "versions": [
                {
                    "id": r.id,
                    "regulation": r.regulation,
                    "accept_days": r.accept_working_days,
                    "accept_unit": r.accept_unit,
                    "mediation_days": r.mediation_working_days,
                    "mediation_unit": r.mediation_unit,
                    "effective_from": r.effective_from.isoformat(),
                    "note": r.note,
                    "created_by": r.created_by,
                    "created_at": r.created_at.isoformat(),
                    "confirmed": r.confirmed_at is not None,
                    "confirmed_at": r.confirmed_at.isoformat() if r.confirmed_at else None,
                    "confirmed_by": r.confirmed_by,
                }
                for r in rows
            ],
        }
    )


@routes.post("/api/v1/admin/complaints/policy")
@api.and_request
async def add_deadline_policy(request: web.Request, body: PolicyCreate) -> r201[dict]:
    """Record a new version of a regulation's time limits, each with its unit (admin only). Confirmed (the default)
    it applies to cases received from `effective_from` and open cases are recomputed; `confirm: false` records a
    provisional version to confirm later."""
    staff = await current_staff(request, StaffRole.ADMIN)
    row = await add_policy_version(**body.model_dump(), staff_id=staff.id)
    changed = await recompute_after_policy(actor=staff, row=row, audit=audit.recorder(request)) if body.confirm else []
    return ok(
        {
            "id": row.id,
            "regulation": row.regulation,
            "effective_from": row.effective_from.isoformat(),
            "confirmed": row.confirmed_at is not None,
            "recomputed": changed,
        },
        status=201,
    )


@routes.patch("/api/v1/admin/complaints/markets/{market_id:\\d+}")
@api.and_request
async def update_market(request: web.Request, market_id: int, /, body: MarketUpdate) -> r200[MarketRead]:
    """Change a market's address, activity, 公平秤 and position (WGS-84, for the nearest-公平秤 suggestion)."""
    await _staff(request)
    market = await complaints_service.update_market(market_id=market_id, changes=body.model_dump(exclude_none=True))
    return ok(MarketRead.model_validate(market))
