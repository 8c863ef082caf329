"""Public look-ups (no login): 公平秤 markets near a GCJ-02 point, a business's commitment and award status,
the 示范单位 list, verification sites, published inspection plans, and 扫码验真."""

from __future__ import annotations

from datetime import date
from typing import Any

from appointments import credit_feed as appointments_feed
from complaints import credit_feed as complaints_feed
from core import clock
from core.districts import find_district
from credit import verify_code
from credit.awards import current_award
from credit.coords import distance_m, wgs84_to_gcj02
from credit.models import (
    AWARD_LABELS,
    SECTOR_LABELS,
    AwardApplication,
    AwardStatus,
    Business,
    Inspection,
    InspectionCampaign,
    Sector,
)
from credit.policy import commitment_text, target_types
from credit.service import active_commitment


def district_name(slug: str) -> str:
    found = find_district(slug)
    return found.name if found else slug


async def fair_scale_markets(*, lat: float | None, lon: float | None) -> list[dict[str, Any]]:
    """Markets with a 公平秤, nearest first when a GCJ-02 position is given; coordinates returned in GCJ-02."""
    hours = {b.market_id: b.opening_hours for b in await Business.filter(sector=Sector.MARKET, market_id__isnull=False)}
    out = []
    for m in await complaints_feed.active_markets():
        if not m.fair_scale:
            continue
        gcj = wgs84_to_gcj02(m.latitude, m.longitude) if m.latitude is not None and m.longitude is not None else None
        distance = round(distance_m(lat, lon, gcj[0], gcj[1])) if gcj and lat is not None and lon is not None else None
        out.append(
            {
                "market_id": m.id,
                "name": m.name,
                "district": m.district,
                "district_name": district_name(m.district),
                "address": m.address,
                "latitude": round(gcj[0], 6) if gcj else None,
                "longitude": round(gcj[1], 6) if gcj else None,
                "coordinate_system": "gcj02",
                "opening_hours": hours.get(m.id) or "",
                "distance_m": distance,
            }
        )
    out.sort(key=lambda r: (r["distance_m"] is None, r["distance_m"] or 0, r["market_id"]))
    return out


async def business_status(business: Business) -> dict[str, Any]:
    commitment = await active_commitment(business.id)
    award = await current_award(business.id)
    latest = await AwardApplication.filter(business_id=business.id).order_by("-id").first()
    inspections = (
        await Inspection.filter(business_id=business.id, campaign__status__in=["published", "closed"])
        .order_by("-id")
        .prefetch_related("campaign")
    )
    return {
        "business_id": business.id,
        "name": business.name,
        "sector": business.sector.value,
        "sector_label": SECTOR_LABELS[business.sector],
        "district": business.district,
        "district_name": district_name(business.district),
        "address": business.address,
        "opening_hours": business.opening_hours,
        "commitment": (
            {
                "committed_on": commitment.committed_at.date().isoformat(),
                "text_version": commitment.text_version,
                "title": commitment_text(commitment.text_version)["title"],
            }
            if commitment
            else None
        ),
        "award": (
            {
                "awarded_on": award.awarded_on.isoformat() if award.awarded_on else None,
                "valid_until": award.valid_until.isoformat() if award.valid_until else None,
            }
            if award
            else None
        ),
        "award_status": AWARD_LABELS[latest.status]
        if latest
        and latest.status in (AwardStatus.PUBLICITY, AwardStatus.AWARDED, AwardStatus.REVOKED, AwardStatus.EXPIRED)
        else None,
        "inspections": [
            {
                "campaign": i.campaign.title,
                "inspected_on": i.inspected_on.isoformat() if i.inspected_on else None,
                "result": None if i.passed is None else ("合格" if i.passed else "不合格"),
            }
            for i in inspections
        ],
    }


async def search_businesses(*, q: str, page: int, page_size: int) -> tuple[list[Business], int]:
    """One page of the businesses whose name contains `q`, and how many there are."""
    query = Business.filter(name__icontains=q)
    rows = await query.order_by("id").offset((page - 1) * page_size).limit(page_size)
    return rows, await query.count()


async def demonstration_units(*, on: date | None = None) -> list[dict[str, Any]]:
    day = on or clock.today()
    rows = (
        await AwardApplication.filter(status__in=[AwardStatus.AWARDED, AwardStatus.PUBLICITY])
        .prefetch_related("business")
        .order_by("id")
    )
    out = []
    for a in rows:
        if a.status == AwardStatus.AWARDED and (a.valid_until is None or a.valid_until < day):
            continue
        out.append(
            {
                "application_id": a.id,
                "business_id": a.business_id,
                "name": a.business.name,
                "sector_label": SECTOR_LABELS[a.business.sector],
                "district_name": district_name(a.business.district),
                "status": a.status.value,
                "status_label": AWARD_LABELS[a.status],
                "publicity_ends_on": a.publicity_ends_on.isoformat() if a.publicity_ends_on else None,
                "awarded_on": a.awarded_on.isoformat() if a.awarded_on else None,
                "valid_until": a.valid_until.isoformat() if a.valid_until else None,
            }
        )
    return out


async def verification_sites(type_names: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "id": s.id,
            "name": s.name,
            "kind": s.kind,
            "kind_label": "法定计量检定机构" if s.kind == "institute" else "授权计量检定机构",
            "district_name": district_name(s.district),
            "address": s.address,
            "phone": s.phone,
            "services": [type_names.get(t, t) for t in s.instrument_types],
        }
        for s in await appointments_feed.active_sites()
    ]


def published_campaign(campaign: InspectionCampaign, inspections: list[Inspection]) -> dict[str, Any]:
    return {
        "id": campaign.id,
        "title": campaign.title,
        "target_type": campaign.target_type,
        "target_label": target_types()[campaign.target_type]["label"],
        "status": campaign.status.value,
        "draw": {
            "version": campaign.draw_version,
            "seed": campaign.seed,
            "inputs_hash": campaign.inputs_hash,
            "target_inputs": campaign.target_inputs,
            "inspector_count": len(campaign.inspector_inputs),
            "sample_size": campaign.sample_size,
        },
        "targets": [
            {
                "business_id": i.business_id,
                "name": i.business.name,
                "inspected_on": i.inspected_on.isoformat() if i.inspected_on else None,
                "result": None if i.passed is None else ("合格" if i.passed else "不合格"),
            }
            for i in inspections
        ],
    }


def signing_keys(settings: Any) -> dict[str, bytes]:
    """The current key and the retired ones (still accepted for codes already printed)."""
    keys = {kid: secret.get_secret_value().encode() for kid, secret in settings.verify_code_retired_keys.items()}
    keys[settings.verify_code_key_id] = settings.verify_code_secret.get_secret_value().encode()
    return keys


def code_for(settings: Any, item_id: int) -> str:
    kid = settings.verify_code_key_id
    return verify_code.sign(item_id=item_id, key_id=kid, secret=signing_keys(settings)[kid])


async def check_code(settings: Any, code: str, type_names: dict[str, str]) -> dict[str, Any] | None:
    item_id = verify_code.verify(code, signing_keys(settings))
    if item_id is None:
        return None
    result = await appointments_feed.verification_result(item_id)
    if result is None:
        return None
    return {
        "genuine": True,
        "instrument": {
            "type": result.type_slug,
            "type_name": type_names.get(result.type_slug, result.type_slug),
            "model": result.model,
            "serial_no": result.serial_no,
        },
        "enterprise_name": result.enterprise_name,
        "result": "合格" if result.passed else "不合格",
        "passed": result.passed,
        "certificate_no": result.certificate_no,
        "verified_on": result.verified_on.isoformat(),
        "due_on": result.next_due_on.isoformat() if result.next_due_on else None,
    }
