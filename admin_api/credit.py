"""诚信计量 for staff: businesses and their credit record, commitments (revocation), 示范单位 review (two-person),
objections, 双随机 campaigns and inspection results, 扫码验真 codes, statistics. Every write is audited by the
admin API's middleware (actions named in admin_api/audit.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiohttp import web

from appointments import credit_feed as appointments_feed
from core import clock
from core.api import Page, api, ok, page_of, r200, r201
from core.auth import current_staff
from core.districts import district_slug, scoped_district
from core.errors import InvalidInput, NotFound
from core.fields import Day, DbId, PageNo, PageSize, Text
from core.keys import SETTINGS
from core.models import StaffAccount, StaffRole
from credit import awards, inspections
from credit import service as credit_service
from credit import stats as credit_stats
from credit.models import AwardStatus
from credit.present import application_row, business_row, commitment_row, inspection_row, objection_row
from credit.public import code_for
from credit.record import credit_record
from credit.schemas import (
    ApplicationDetail,
    ApplicationRead,
    BusinessCreate,
    BusinessDetail,
    BusinessRead,
    CampaignDetail,
    CampaignListItem,
    CommitmentRead,
    CreditStatsRead,
    InspectionCampaignCreate,
    InspectionRead,
    InspectionResultBody,
    ObjectionDecision,
    ObjectionRead,
    ReasonBody,
    ReviewBody,
    VerifyCodeRead,
)

routes = web.RouteTableDef()
PREFIX = "/api/v1/admin/credit"
CREDIT_STAFF = (StaffRole.COMPLAINT_HANDLER, StaffRole.VERIFICATION_OFFICER)


async def _staff(request: web.Request) -> StaffAccount:
    return await current_staff(request, *CREDIT_STAFF)


@routes.get(f"{PREFIX}/businesses")
@api.and_request
async def list_businesses(
    request: web.Request,
    district: Text(32) | None = None,
    sector: Text(16) | None = None,
    q: Text(64) | None = None,
    page: PageNo = 1,
    page_size: PageSize = 20,
) -> r200[Page[BusinessRead]]:
    staff = await _staff(request)
    rows, total = await credit_service.list_businesses(
        district=scoped_district(staff.district, district),
        sector=credit_service.parse_sector(sector) if sector else None,
        q=q,
        page=page,
        page_size=page_size,
    )
    items = [BusinessRead.model_validate(business_row(b)) for b in rows]
    return ok(Page[BusinessRead](items=items, total=total, page=page, page_size=page_size))


@routes.post(f"{PREFIX}/businesses")
@api.and_request
async def create_business(request: web.Request, body: BusinessCreate) -> r201[BusinessRead]:
    """Staff add a business to the registry (e.g. a clinic or fuel station found in an inspection)."""
    await _staff(request)
    business = await credit_service.register_business(
        user_id=None,
        name=body.name,
        sector=credit_service.parse_sector(body.sector),
        district=body.district,
        address=body.address,
        enterprise_id=body.enterprise_id,
        market_id=body.market_id,
        opening_hours=body.opening_hours,
    )
    return ok(BusinessRead.model_validate(business_row(business)), status=201)


@routes.get(f"{PREFIX}/businesses/{{business_id:\\d+}}")
@api.and_request
async def get_business(request: web.Request, business_id: DbId, /) -> r200[BusinessDetail]:
    """The business, its credit record (every event, each rule contribution, the level), commitments, awards."""
    staff = await _staff(request)
    business = await credit_service.get_business(business_id)
    if district_slug(staff.district) not in (None, business.district):
        raise NotFound("没有找到该经营者", code="business_not_found")
    record = await credit_record(business, on=clock.today())
    detail = {
        "business": business_row(business),
        "credit": record.as_dict(),
        "commitments": [commitment_row(c) for c in await credit_service.commitments_of(business.id)],
        "awards": [application_row(a) for a in await awards.applications_of(business.id)],
    }
    return ok(BusinessDetail.model_validate(detail))


@routes.post(f"{PREFIX}/commitments/{{commitment_id:\\d+}}/revoke")
@api.and_request
async def revoke_commitment(request: web.Request, commitment_id: DbId, /, body: ReasonBody) -> r200[CommitmentRead]:
    staff = await _staff(request)
    commitment = await credit_service.revoke_commitment(
        commitment_id=commitment_id, staff_id=staff.id, reason=body.reason
    )
    return ok(CommitmentRead.model_validate(commitment_row(commitment)))


# --- 示范单位 ----------------------------------------------------------------------------------------


@routes.get(f"{PREFIX}/award-applications")
@api.and_request
async def list_applications(
    request: web.Request, status: AwardStatus | None = None, page: PageNo = 1, page_size: PageSize = 20
) -> r200[Page[ApplicationRead]]:
    await _staff(request)
    rows, total = await awards.list_applications(status=status, page=page, page_size=page_size)
    items = [ApplicationRead.model_validate(application_row(a)) for a in rows]
    return ok(Page[ApplicationRead](items=items, total=total, page=page, page_size=page_size))


@routes.get(f"{PREFIX}/award-applications/{{application_id:\\d+}}")
@api.and_request
async def get_application(request: web.Request, application_id: DbId, /) -> r200[ApplicationDetail]:
    await _staff(request)
    application = await awards.get_application(application_id)
    objections = await awards.objections_of(application.id)
    detail = {
        **application_row(application),
        "business": business_row(application.business),
        "objections": [objection_row(o) for o in objections],
    }
    return ok(ApplicationDetail.model_validate(detail))


@routes.post(f"{PREFIX}/award-applications/{{application_id:\\d+}}/first-review")
@api.and_request
async def first_review(request: web.Request, application_id: DbId, /, body: ReviewBody) -> r200[ApplicationRead]:
    staff = await _staff(request)
    application = await awards.get_application(application_id)
    done = await awards.first_review(application=application, staff_id=staff.id, approve=body.approve, note=body.note)
    return ok(ApplicationRead.model_validate(application_row(done)))


@routes.post(f"{PREFIX}/award-applications/{{application_id:\\d+}}/second-review")
@api.and_request
async def second_review(request: web.Request, application_id: DbId, /, body: ReviewBody) -> r200[ApplicationRead]:
    """Another staff member than the first reviewer; approval starts the 公示."""
    staff = await _staff(request)
    application = await awards.get_application(application_id)
    done = await awards.second_review(application=application, staff_id=staff.id, approve=body.approve, note=body.note)
    return ok(ApplicationRead.model_validate(application_row(done)))


@routes.post(f"{PREFIX}/award-applications/{{application_id:\\d+}}/finalise")
@api.and_request
async def finalise(request: web.Request, application_id: DbId, /) -> r200[ApplicationRead]:
    """After the 公示 has ended and every objection is decided: award, or refuse when one was upheld."""
    await _staff(request)
    application = await awards.get_application(application_id)
    result = await awards.finalise(application=application)
    return ok(ApplicationRead.model_validate(application_row(result.application)))


@routes.post(f"{PREFIX}/award-applications/{{application_id:\\d+}}/revoke")
@api.and_request
async def revoke_award(request: web.Request, application_id: DbId, /, body: ReasonBody) -> r200[ApplicationRead]:
    await _staff(request)
    application = await awards.get_application(application_id)
    revoked = await awards.revoke(application=application, reason=body.reason)
    return ok(ApplicationRead.model_validate(application_row(revoked)))


@routes.post(f"{PREFIX}/objections/{{objection_id:\\d+}}/decide")
@api.and_request
async def decide_objection(request: web.Request, objection_id: DbId, /, body: ObjectionDecision) -> r200[ObjectionRead]:
    staff = await _staff(request)
    decided = await awards.decide_objection(objection_id=objection_id, staff_id=staff.id, upheld=body.upheld)
    return ok(ObjectionRead.model_validate(objection_row(decided)))


# --- 双随机 campaigns ----------------------------------------------------------------------------------


def _campaign(campaign: Any, rows: list[Any]) -> CampaignDetail:
    check = inspections.check_draw(campaign)
    detail = {
        "id": campaign.id,
        "title": campaign.title,
        "target_type": campaign.target_type,
        "district": campaign.district,
        "status": campaign.status.value,
        "sample_size": campaign.sample_size,
        "inspectors_per_target": campaign.inspectors_per_target,
        "seed": campaign.seed,
        "draw_version": campaign.draw_version,
        "target_inputs": campaign.target_inputs,
        "inspector_inputs": campaign.inspector_inputs,
        "inputs_hash": campaign.inputs_hash,
        "result": campaign.result,
        "checklist_version": campaign.checklist_version,
        "draw_check": {"ok": check.ok, "inputs_hash_ok": check.inputs_hash_ok, "result_ok": check.result_ok},
        "inspections": [inspection_row(i) for i in rows],
    }
    return CampaignDetail.model_validate(detail)


@routes.get(f"{PREFIX}/campaigns")
@api.and_request
async def list_inspection_campaigns(
    request: web.Request, page: PageNo = 1, page_size: PageSize = 20
) -> r200[Page[CampaignListItem]]:
    await _staff(request)
    campaigns = [
        CampaignListItem(id=c.id, title=c.title, target_type=c.target_type, status=c.status.value)
        for c in await inspections.list_campaigns()
    ]
    return ok(page_of(campaigns, page, page_size))


@routes.post(f"{PREFIX}/campaigns")
@api.and_request
async def plan_campaign(request: web.Request, body: InspectionCampaignCreate) -> r201[CampaignDetail]:
    """Draw targets and inspectors at random from the registries; the seed and the sorted inputs are recorded."""
    staff = await _staff(request)
    campaign = await inspections.plan_campaign(
        title=body.title,
        target_type=body.target_type,
        district=scoped_district(staff.district, body.district),
        sample_size=body.sample_size,
        inspectors_per_target=body.inspectors_per_target,
        staff_id=staff.id,
    )
    return ok(_campaign(campaign, await inspections.campaign_inspections(campaign.id)), status=201)


@routes.get(f"{PREFIX}/campaigns/{{campaign_id:\\d+}}")
@api.and_request
async def get_inspection_campaign(request: web.Request, campaign_id: DbId, /) -> r200[CampaignDetail]:
    """The campaign with its draw re-run from the recorded seed and inputs (`draw_check`)."""
    await _staff(request)
    campaign = await inspections.get_campaign(campaign_id)
    return ok(_campaign(campaign, await inspections.campaign_inspections(campaign.id)))


@routes.post(f"{PREFIX}/campaigns/{{campaign_id:\\d+}}/publish")
@api.and_request
async def publish_inspection_campaign(request: web.Request, campaign_id: DbId, /) -> r200[CampaignDetail]:
    await _staff(request)
    campaign = await inspections.publish(await inspections.get_campaign(campaign_id))
    return ok(_campaign(campaign, await inspections.campaign_inspections(campaign.id)))


@routes.post(f"{PREFIX}/inspections/{{inspection_id:\\d+}}/result")
@api.and_request
async def record_inspection(
    request: web.Request, inspection_id: DbId, /, body: InspectionResultBody
) -> r200[InspectionRead]:
    """One of the drawn inspectors records the checklist, findings and the follow-up."""
    staff = await _staff(request)
    inspection = await inspections.get_inspection(inspection_id)
    done = await inspections.record_inspection(
        inspection=inspection, staff=staff, answers=body.answers, findings=body.findings, follow_up=body.follow_up
    )
    return ok(InspectionRead.model_validate(inspection_row(done)))


# --- 扫码验真 and statistics ----------------------------------------------------------------------------


@routes.get(f"{PREFIX}/verify-codes/{{result_id:\\d+}}")
@api.and_request
async def verify_code(request: web.Request, result_id: DbId, /) -> r200[VerifyCodeRead]:
    """The signed 扫码验真 code of a recorded verification result (to print on the certificate)."""
    await current_staff(request, StaffRole.VERIFICATION_OFFICER)
    if await appointments_feed.verification_result(result_id) is None:
        raise NotFound("没有找到该检定结果", code="result_not_found")
    return ok(VerifyCodeRead(result_id=result_id, code=code_for(request.config_dict[SETTINGS], result_id)))


@routes.get(f"{PREFIX}/stats")
@api.and_request
async def statistics(
    request: web.Request, date_from: Day | None = None, date_to: Day | None = None
) -> r200[CreditStatsRead]:
    staff = await _staff(request)
    end = date_to or clock.today()
    start = date_from or date(end.year, 1, 1)
    if start > end:
        raise InvalidInput("开始日期不能晚于结束日期", code="invalid_period")
    figures = await credit_stats.statistics(date_from=start, date_to=end, district=district_slug(staff.district))
    return ok(CreditStatsRead.model_validate(figures))
