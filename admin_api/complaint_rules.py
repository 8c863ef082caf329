"""Staff API for the rules behind an assessment: markets' 公平秤 registry, confirming a time-limit policy version
(open cases recomputed), choosing the other table column for a case, and the refusal/termination grounds."""

from __future__ import annotations

from aiohttp import web

from complaints import fair_scales
from complaints import service as complaints_service
from complaints.assessment_override import override_column
from complaints.fair_scales import FairScaleRead, FairScaleWrite
from complaints.grounds import refusal_grounds, termination_grounds
from complaints.policy_recompute import confirm_policy_version
from complaints.schemas import ColumnOverride
from core import audit
from core.api import Page, api, ok, page_of, r200, r201
from core.auth import current_staff
from core.fields import DbId, PageNo, PageSize
from core.models import StaffRole

routes = web.RouteTableDef()
HANDLER = StaffRole.COMPLAINT_HANDLER
MARKET = r"/api/v1/admin/complaints/markets/{market_id:\d+}/fair-scales"


@routes.get(MARKET)
@api.and_request
async def list_fair_scales(
    request: web.Request, market_id: DbId, /, page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[FairScaleRead]]:
    """The market's registered 公平秤 (class, division e, capacity, verification validity)."""
    await current_staff(request, HANDLER)
    scales = [fair_scales.read(s) for s in await fair_scales.market_scales(market_id)]
    return ok(page_of(scales, page, page_size))


@routes.post(MARKET)
@api.and_request
async def add_fair_scale(request: web.Request, market_id: DbId, /, body: FairScaleWrite) -> r201[FairScaleRead]:
    """Register a 公平秤 from its verification certificate; re-weighings on it are then assessed 1x or 2x."""
    staff = await current_staff(request, HANDLER)
    scale = await fair_scales.add_scale(market_id=market_id, data=body, staff_id=staff.id)
    return ok(fair_scales.read(scale), status=201)


@routes.put(MARKET + r"/{scale_id:\d+}")
@api.and_request
async def update_fair_scale(
    request: web.Request, market_id: DbId, scale_id: DbId, /, body: FairScaleWrite
) -> r200[FairScaleRead]:
    """Replace a 公平秤's record (a new certificate, or taken out of use with active=false)."""
    staff = await current_staff(request, HANDLER)
    scale = await fair_scales.update_scale(market_id=market_id, scale_id=scale_id, data=body, staff_id=staff.id)
    return ok(fair_scales.read(scale))


@routes.post(r"/api/v1/admin/complaints/policy/{policy_id:\d+}/confirm")
@api.and_request
async def confirm_policy(request: web.Request, policy_id: DbId, /) -> r200[dict]:
    """Confirm a provisional time-limit version (admin only); open cases are recomputed and listed in the audit
    log."""
    staff = await current_staff(request, StaffRole.ADMIN)
    row, changed = await confirm_policy_version(policy_id=policy_id, staff_id=staff.id)
    await audit.record(
        request,
        "complaint.policy_recompute",
        actor=staff,
        target=f"policy:{row.id}",
        details={"regulation": row.regulation, "cases": changed, "count": len(changed)},
    )
    return ok({"id": row.id, "confirmed": True, "recomputed": changed})


@routes.post(r"/api/v1/admin/complaints/{complaint_id:\d+}/column-override")
@api.and_request
async def column_override(request: web.Request, complaint_id: DbId, /, body: ColumnOverride) -> r200[dict]:
    """Assess the case by the other table column (category vs unit price), with the reason recorded."""
    staff = await current_staff(request, HANDLER)
    complaint = await complaints_service.staff_complaint(staff=staff, complaint_id=complaint_id)
    updated = await override_column(complaint=complaint, staff=staff, tier=body.tier, reason=body.reason)
    return ok({"id": updated.id, "assessment": updated.assessment, "verdict": updated.assessment_verdict})


@routes.get(r"/api/v1/admin/complaints/{complaint_id:\d+}/grounds")
@api.and_request
async def case_grounds(request: web.Request, complaint_id: DbId, /) -> r200[dict]:
    """The refusal and termination grounds of the regulation this case falls under."""
    staff = await current_staff(request, HANDLER)
    complaint = await complaints_service.staff_complaint(staff=staff, complaint_id=complaint_id)

    def rows(grounds: list) -> list[dict]:
        return [{"code": g.code, "label": g.label, "numbered": g.numbered, "article": g.article} for g in grounds]

    return ok(
        {
            "regulation": complaint.regulation,
            "refusal": rows(refusal_grounds(complaint.regulation)),
            "termination": rows(termination_grounds(complaint.regulation)),
        }
    )
