"""诚信计量 in the mini-program for businesses: register, commit online, apply for 示范单位 with evidence, and get
the 扫码验真 codes of their instruments' verification results."""

from __future__ import annotations

from aiohttp import web

from appointments import credit_feed as appointments_feed
from core.api import Page, api, ok, page_of, r200, r201
from core.auth import current_citizen
from core.errors import InvalidInput, NotFound
from core.fields import DbId, PageNo, PageSize, path_id
from core.keys import SETTINGS
from core.limits import large_body, multipart_parts, read_part
from credit import awards
from credit import service as credit_service
from credit.models import AwardApplication, Business
from credit.public import business_status, code_for
from credit.schemas import (
    AwardApplyBody,
    BusinessCreate,
    BusinessStatusRead,
    CommitBody,
    CommitmentCreated,
    EvidenceFile,
    MyApplicationRead,
    VerifyCodeRead,
)

routes = web.RouteTableDef()
PREFIX = "/api/v1/miniapp/credit"


async def _own_business(business_id: int, user_id: int) -> Business:
    """The business this citizen registered, or whose enterprise they are an active member of (404 otherwise)."""
    business = await credit_service.get_business(business_id)
    if business.registered_by == user_id:
        return business
    if business.enterprise_id is not None:
        await appointments_feed.member_enterprise(enterprise_id=business.enterprise_id, user_id=user_id)
        return business
    raise NotFound("没有找到该经营者", code="business_not_found")


def _application(a: AwardApplication) -> MyApplicationRead:
    return MyApplicationRead(
        id=a.id,
        business_id=a.business_id,
        status=a.status,
        statement=a.statement,
        evidence=[EvidenceFile.model_validate(e) for e in a.evidence],
        publicity_ends_on=a.publicity_ends_on,
        awarded_on=a.awarded_on,
        valid_until=a.valid_until,
        decision_note=a.decision_note,
    )


@routes.post(f"{PREFIX}/businesses")
@api.and_request
async def register_business(request: web.Request, body: BusinessCreate) -> r201[BusinessStatusRead]:
    """Register a business under its enterprise record (membership checked) or its market."""
    citizen = await current_citizen(request)
    business = await credit_service.register_business(
        user_id=citizen.user_id,
        name=body.name,
        sector=credit_service.parse_sector(body.sector),
        district=body.district,
        address=body.address,
        enterprise_id=body.enterprise_id,
        market_id=body.market_id,
        opening_hours=body.opening_hours,
    )
    return ok(BusinessStatusRead.model_validate(await business_status(business)), status=201)


@routes.get(f"{PREFIX}/businesses")
@api.and_request
async def my_businesses(
    request: web.Request, page: PageNo = 1, page_size: PageSize = 20
) -> r200[Page[BusinessStatusRead]]:
    """The businesses this citizen registered or whose enterprise they belong to, with their status."""
    citizen = await current_citizen(request)
    enterprise_ids = await appointments_feed.enterprises_of_member(user_id=citizen.user_id)
    mine = await credit_service.businesses_of_citizen(user_id=citizen.user_id, enterprise_ids=enterprise_ids)
    listed = page_of(mine, page, page_size)
    items = [BusinessStatusRead.model_validate(await business_status(b)) for b in listed.items]
    return ok(Page[BusinessStatusRead](items=items, total=listed.total, page=page, page_size=page_size))


@routes.post(f"{PREFIX}/businesses/{{business_id:\\d+}}/commitments")
@api.and_request
async def commit(request: web.Request, business_id: DbId, /, body: CommitBody) -> r201[CommitmentCreated]:
    """Sign the current 诚信计量自我承诺书 (its version must match what was shown)."""
    citizen = await current_citizen(request)
    business = await _own_business(business_id, citizen.user_id)
    commitment = await credit_service.commit(
        business=business, user_id=citizen.user_id, signer_name=body.signer_name, text_version=body.text_version
    )
    created = CommitmentCreated(
        id=commitment.id, business_id=business.id, text_version=commitment.text_version, status=commitment.status
    )
    return ok(created, status=201)


@routes.post(f"{PREFIX}/businesses/{{business_id:\\d+}}/award-applications")
@api.and_request
async def apply_for_award(request: web.Request, business_id: DbId, /, body: AwardApplyBody) -> r201[MyApplicationRead]:
    """Apply for 诚信计量示范单位; evidence files are added next, before the review starts."""
    citizen = await current_citizen(request)
    business = await _own_business(business_id, citizen.user_id)
    application = await awards.apply(business=business, user_id=citizen.user_id, statement=body.statement)
    return ok(_application(application), status=201)


@routes.get(f"{PREFIX}/award-applications/{{application_id:\\d+}}")
@api.and_request
async def get_application(request: web.Request, application_id: DbId, /) -> r200[MyApplicationRead]:
    citizen = await current_citizen(request)
    application = await awards.get_application(application_id)
    await _own_business(application.business_id, citizen.user_id)
    return ok(_application(application))


@routes.post(f"{PREFIX}/award-applications/{{application_id:\\d+}}/evidence")
@large_body
async def add_evidence(request: web.Request) -> web.Response:
    """multipart/form-data with one `file` (JPEG, PNG or PDF; size and count bounded by the award policy)."""
    citizen = await current_citizen(request)
    application = await awards.get_application(path_id(request.match_info["application_id"]))
    await _own_business(application.business_id, citizen.user_id)
    if not request.content_type.startswith("multipart/"):
        raise InvalidInput("请以表单方式上传文件（字段名 file）", code="file_missing")
    limit = int(awards.award_policy()["evidence"]["max_bytes"])
    async for part in multipart_parts(request):
        if part.name != "file":
            continue
        too_large = InvalidInput(f"单个文件不能超过 {limit // 1048576} MB", code="file_too_large")
        data = await read_part(part, limit, too_large)
        application = await awards.add_evidence(
            application=application,
            var_dir=request.config_dict[SETTINGS].var_dir,
            filename=(part.filename or "")[:100],
            data=data,
        )
        return ok(_application(application), status=201)
    raise InvalidInput("请上传文件（字段名 file）", code="file_missing")


@routes.get(f"{PREFIX}/enterprises/{{enterprise_id:\\d+}}/verify-codes")
@api.and_request
async def verify_codes(
    request: web.Request, enterprise_id: DbId, /, page: PageNo = 1, page_size: PageSize = 100
) -> r200[Page[VerifyCodeRead]]:
    """The 扫码验真 codes of this enterprise's recorded verification results, to print as QR codes."""
    citizen = await current_citizen(request)
    await appointments_feed.member_enterprise(enterprise_id=enterprise_id, user_id=citizen.user_id)
    settings = request.config_dict[SETTINGS]
    listed = page_of(await appointments_feed.result_items_of_enterprise(enterprise_id=enterprise_id), page, page_size)
    items = [VerifyCodeRead(result_id=item_id, code=code_for(settings, item_id)) for item_id in listed.items]
    return ok(Page[VerifyCodeRead](items=items, total=listed.total, page=page, page_size=page_size))
