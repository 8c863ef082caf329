"""Public 诚信计量 look-ups for the mini-program, no login: 公平秤 markets near me (GCJ-02), a business's commitment
and award status, the 示范单位 list, verification sites, published inspection plans, 扫码验真, and objections
during a 公示. Every route is rate-limited per client address and its inputs bounded."""

from __future__ import annotations

from typing import Annotated

from aiohttp import web
from pydantic import Field

from appointments.catalogue import configured as configured_catalogue
from core import ratelimit
from core.api import Page, api, ok, page_of, r200, r201
from core.errors import NotFound
from core.fields import DbId, PageNo, PageSize, Text
from core.keys import SETTINGS
from credit import awards, inspections
from credit import public as lookups
from credit.models import CampaignStatus
from credit.policy import commitment_text
from credit.schemas import (
    BusinessStatusRead,
    CommitmentTextRead,
    DemonstrationUnitRead,
    FairScaleMarketRead,
    ObjectionBody,
    ObjectionReceived,
    PublishedCampaignRead,
    VerificationSiteRead,
    VerifyResultRead,
)
from credit.service import get_business

routes = web.RouteTableDef()
PREFIX = "/api/v1/public/credit"
Latitude = Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)]


async def _throttle(request: web.Request, name: str = "public_lookups_per_client") -> None:
    await ratelimit.count(request, ratelimit.configured(request, name), ratelimit.client_address(request))


async def _type_names(request: web.Request) -> dict[str, str]:
    catalogue = await configured_catalogue(request.config_dict[SETTINGS])
    return {slug: entry.name for slug, entry in catalogue.entries.items()}


@routes.get(f"{PREFIX}/commitment-text")
@api.and_request
async def current_commitment_text(request: web.Request) -> r200[CommitmentTextRead]:
    """The current 诚信计量自我承诺书 (its version is what a signer confirms)."""
    await _throttle(request)
    return ok(CommitmentTextRead.model_validate(commitment_text()))


@routes.get(f"{PREFIX}/fair-scale-markets")
@api.and_request
async def fair_scale_markets(
    request: web.Request,
    lat: Latitude | None = None,
    lon: Longitude | None = None,
    page: PageNo = 1,
    page_size: PageSize = 10,
) -> r200[Page[FairScaleMarketRead]]:
    """Markets with a 公平秤; `lat`/`lon` in GCJ-02 (wx.getLocation type "gcj02") sort them by distance."""
    await _throttle(request)
    markets = [FairScaleMarketRead.model_validate(m) for m in await lookups.fair_scale_markets(lat=lat, lon=lon)]
    return ok(page_of(markets, page, page_size))


@routes.get(f"{PREFIX}/businesses")
@api.and_request
async def search_businesses(
    request: web.Request, q: Text(64, min_length=1, strip=True), page: PageNo = 1, page_size: PageSize = 10
) -> r200[Page[BusinessStatusRead]]:
    """Find a business by name; each with its commitment and award status."""
    await _throttle(request)
    rows, total = await lookups.search_businesses(q=q, page=page, page_size=page_size)
    items = [BusinessStatusRead.model_validate(await lookups.business_status(b)) for b in rows]
    return ok(Page[BusinessStatusRead](items=items, total=total, page=page, page_size=page_size))


@routes.get(f"{PREFIX}/businesses/{{business_id:\\d+}}")
@api.and_request
async def business(request: web.Request, business_id: DbId, /) -> r200[BusinessStatusRead]:
    await _throttle(request)
    return ok(BusinessStatusRead.model_validate(await lookups.business_status(await get_business(business_id))))


@routes.get(f"{PREFIX}/demonstration-units")
@api.and_request
async def demonstration_units(
    request: web.Request, page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[DemonstrationUnitRead]]:
    """诚信计量示范单位 in force, and those in their 公示 (open to objections)."""
    await _throttle(request)
    units = [DemonstrationUnitRead.model_validate(u) for u in await lookups.demonstration_units()]
    return ok(page_of(units, page, page_size))


@routes.post(f"{PREFIX}/award-applications/{{application_id:\\d+}}/objections")
@api.and_request
async def object_to_award(
    request: web.Request, application_id: DbId, /, body: ObjectionBody
) -> r201[ObjectionReceived]:
    """Object to a unit during its 公示 (rate-limited per address)."""
    await _throttle(request, "objections_per_client")
    application = await awards.get_application(application_id)
    objection = await awards.object_to(application=application, text=body.text, contact=body.contact)
    return ok(ObjectionReceived(id=objection.id, received=True), status=201)


@routes.get(f"{PREFIX}/verification-sites")
@api.and_request
async def verification_sites(
    request: web.Request, page: PageNo = 1, page_size: PageSize = 50
) -> r200[Page[VerificationSiteRead]]:
    """Verification institutions and sites with the instrument types they verify."""
    await _throttle(request)
    sites = [
        VerificationSiteRead.model_validate(s) for s in await lookups.verification_sites(await _type_names(request))
    ]
    return ok(page_of(sites, page, page_size))


@routes.get(f"{PREFIX}/inspection-plans")
@api.and_request
async def inspection_plans(
    request: web.Request, page: PageNo = 1, page_size: PageSize = 20
) -> r200[Page[PublishedCampaignRead]]:
    """Published 双随机 plans: the draw (seed, sorted inputs, their hash) and the results so far."""
    await _throttle(request)
    listed = page_of(await inspections.list_campaigns(published_only=True), page, page_size)
    items = [
        PublishedCampaignRead.model_validate(
            lookups.published_campaign(campaign, await inspections.campaign_inspections(campaign.id))
        )
        for campaign in listed.items
    ]
    return ok(Page[PublishedCampaignRead](items=items, total=listed.total, page=page, page_size=page_size))


@routes.get(f"{PREFIX}/inspection-plans/{{campaign_id:\\d+}}")
@api.and_request
async def inspection_plan(request: web.Request, campaign_id: DbId, /) -> r200[PublishedCampaignRead]:
    await _throttle(request)
    campaign = await inspections.get_campaign(campaign_id)
    if campaign.status == CampaignStatus.DRAWN:
        raise NotFound("没有找到该检查计划", code="campaign_not_found")
    published = lookups.published_campaign(campaign, await inspections.campaign_inspections(campaign.id))
    return ok(PublishedCampaignRead.model_validate(published))


@routes.get(f"{PREFIX}/verify")
@api.and_request
async def verify(request: web.Request, code: Text(48, min_length=1, strip=True)) -> r200[VerifyResultRead]:
    """扫码验真: the instrument, result and due date behind a genuine code; a forged or altered code is refused."""
    await _throttle(request)
    found = await lookups.check_code(request.config_dict[SETTINGS], code, await _type_names(request))
    if found is None:
        raise NotFound("验真失败：该码不是本局签发的检定结果码，或已被篡改", code="verify_code_invalid")
    return ok(VerifyResultRead.model_validate(found))
