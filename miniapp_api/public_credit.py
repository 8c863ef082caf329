"""Public 诚信计量 look-ups for the mini-program, no login: 公平秤 markets near me (GCJ-02), a business's commitment
and award status, the 示范单位 list, verification sites, published inspection plans, 扫码验真, and objections
during a 公示. Every route is rate-limited per client address and its inputs bounded."""

from __future__ import annotations

from typing import Annotated, Any

from aiohttp import web
from pydantic import Field

from appointments.catalogue import load as load_catalogue
from core import ratelimit
from core.api import api, ok, r200, r201
from core.errors import NotFound
from core.fields import DbId, Int, Text
from core.keys import SETTINGS
from credit import awards, inspections
from credit import public as lookups
from credit.models import CampaignStatus
from credit.policy import commitment_text
from credit.schemas import ObjectionBody
from credit.service import get_business

routes = web.RouteTableDef()
PREFIX = "/api/v1/public/credit"
Latitude = Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)]


async def _throttle(request: web.Request, name: str = "public_lookups_per_client") -> None:
    await ratelimit.count(request, ratelimit.configured(request, name), ratelimit.client_address(request))


async def _type_names(request: web.Request) -> dict[str, str]:
    catalogue = await load_catalogue(request.config_dict[SETTINGS].appointment_catalogue_file)
    return {slug: entry.name for slug, entry in catalogue.entries.items()}


@routes.get(f"{PREFIX}/commitment-text")
@api.and_request
async def current_commitment_text(request: web.Request) -> r200[dict[str, Any]]:
    """The current 诚信计量自我承诺书 (its version is what a signer confirms)."""
    await _throttle(request)
    return ok(commitment_text())


@routes.get(f"{PREFIX}/fair-scale-markets")
@api.and_request
async def fair_scale_markets(
    request: web.Request, lat: Latitude | None = None, lon: Longitude | None = None, limit: Int(ge=1, le=50) = 10
) -> r200[list[dict[str, Any]]]:
    """Markets with a 公平秤; `lat`/`lon` in GCJ-02 (wx.getLocation type "gcj02") sort them by distance."""
    await _throttle(request)
    return ok(await lookups.fair_scale_markets(lat=lat, lon=lon, limit=limit))


@routes.get(f"{PREFIX}/businesses")
@api.and_request
async def search_businesses(
    request: web.Request, q: Text(64, min_length=1, strip=True), limit: Int(ge=1, le=20) = 10
) -> r200[list[dict[str, Any]]]:
    """Find a business by name; each with its commitment and award status."""
    await _throttle(request)
    return ok([await lookups.business_status(b) for b in await lookups.search_businesses(q=q, limit=limit)])


@routes.get(f"{PREFIX}/businesses/{{business_id:\\d+}}")
@api.and_request
async def business(request: web.Request, business_id: DbId, /) -> r200[dict[str, Any]]:
    await _throttle(request)
    return ok(await lookups.business_status(await get_business(business_id)))


@routes.get(f"{PREFIX}/demonstration-units")
@api.and_request
async def demonstration_units(request: web.Request) -> r200[list[dict[str, Any]]]:
    """诚信计量示范单位 in force, and those in their 公示 (open to objections)."""
    await _throttle(request)
    return ok(await lookups.demonstration_units())


@routes.post(f"{PREFIX}/award-applications/{{application_id:\\d+}}/objections")
@api.and_request
async def object_to_award(request: web.Request, application_id: DbId, /, body: ObjectionBody) -> r201[dict[str, Any]]:
    """Object to a unit during its 公示 (rate-limited per address)."""
    await _throttle(request, "objections_per_client")
    application = await awards.get_application(application_id)
    objection = await awards.object_to(application=application, text=body.text, contact=body.contact)
    return ok({"id": objection.id, "received": True}, status=201)


@routes.get(f"{PREFIX}/verification-sites")
@api.and_request
async def verification_sites(request: web.Request) -> r200[list[dict[str, Any]]]:
    """Verification institutions and sites with the instrument types they verify."""
    await _throttle(request)
    return ok(await lookups.verification_sites(await _type_names(request)))


@routes.get(f"{PREFIX}/inspection-plans")
@api.and_request
async def inspection_plans(request: web.Request) -> r200[list[dict[str, Any]]]:
    """Published 双随机 plans: the draw (seed, sorted inputs, their hash) and the results so far."""
    await _throttle(request)
    out = []
    for campaign in await inspections.list_campaigns(published_only=True):
        out.append(lookups.published_campaign(campaign, await inspections.campaign_inspections(campaign.id)))
    return ok(out)


@routes.get(f"{PREFIX}/inspection-plans/{{campaign_id:\\d+}}")
@api.and_request
async def inspection_plan(request: web.Request, campaign_id: DbId, /) -> r200[dict[str, Any]]:
    await _throttle(request)
    campaign = await inspections.get_campaign(campaign_id)
    if campaign.status == CampaignStatus.DRAWN:
        raise NotFound("没有找到该检查计划", code="campaign_not_found")
    return ok(lookups.published_campaign(campaign, await inspections.campaign_inspections(campaign.id)))


@routes.get(f"{PREFIX}/verify")
@api.and_request
async def verify(request: web.Request, code: Text(48, min_length=1, strip=True)) -> r200[dict[str, Any]]:
    """扫码验真: the instrument, result and due date behind a genuine code; a forged or altered code is refused."""
    await _throttle(request)
    found = await lookups.check_code(request.config_dict[SETTINGS], code, await _type_names(request))
    if found is None:
        raise NotFound("验真失败：该码不是本局签发的检定结果码，或已被篡改", code="verify_code_invalid")
    return ok(found)
