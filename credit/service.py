"""Businesses and their 诚信计量 self-commitments."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from appointments import credit_feed as appointments_feed
from complaints import credit_feed as complaints_feed
from core import clock
from core.districts import resolve_district
from core.errors import Conflict, InvalidInput, NotFound
from credit.models import Business, Commitment, CommitmentStatus, Sector
from credit.policy import commitment_text


def parse_sector(value: str) -> Sector:
    try:
        return Sector(value)
    except ValueError:
        raise InvalidInput("经营类别不正确", code="invalid_sector") from None


async def business_for_market(market_id: int) -> Business:
    """The market as a whole (its credit record and inspections), made from the complaints' market registry."""
    existing = await Business.get_or_none(sector=Sector.MARKET, market_id=market_id)
    if existing is not None:
        return existing
    card = await complaints_feed.market_card(market_id)
    if card is None:
        raise NotFound("没有找到该市场", code="market_not_found")
    return await Business.create(
        name=card.name, sector=Sector.MARKET, district=card.district, address=card.address, market_id=market_id
    )


async def register_business(
    *,
    user_id: int | None,
    name: str,
    sector: Sector,
    district: str | None,
    address: str,
    enterprise_id: int | None,
    market_id: int | None,
    opening_hours: str = "",
) -> Business:
    """A business signs up under its enterprise record (the citizen must be its member) or its market."""
    if sector == Sector.MARKET:
        if market_id is None:
            raise InvalidInput("请选择市场", code="market_required")
        market = await business_for_market(market_id)
        if user_id is None and opening_hours and opening_hours != market.opening_hours:
            market.opening_hours = opening_hours  # staff keep a market's opening hours (shown with its 公平秤)
            await market.save(update_fields=["opening_hours"])
        return market
    if enterprise_id is None and market_id is None:
        raise InvalidInput("请关联企业档案或所在市场", code="link_required")
    if enterprise_id is not None:
        card: appointments_feed.EnterpriseCard | None
        if user_id is not None:
            card = await appointments_feed.member_enterprise(enterprise_id=enterprise_id, user_id=user_id)
        else:
            card = await appointments_feed.enterprise_card(enterprise_id)
            if card is None:
                raise NotFound("没有找到该企业", code="enterprise_not_found")
        existing = await Business.get_or_none(enterprise_id=enterprise_id, sector=sector)
        if existing is not None:
            return existing
        return await Business.create(
            name=card.name,
            sector=sector,
            district=card.district,
            address=card.address,
            enterprise_id=card.id,
            market_id=market_id,
            opening_hours=opening_hours,
            registered_by=user_id,
        )
    assert market_id is not None
    market_card = await complaints_feed.market_card(market_id)
    if market_card is None:
        raise NotFound("没有找到该市场", code="market_not_found")
    if not name.strip():
        raise InvalidInput("请填写摊位或店铺名称", code="name_required")
    existing = await Business.get_or_none(market_id=market_id, name=name.strip(), sector=sector)
    if existing is not None:
        return existing
    return await Business.create(
        name=name.strip(),
        sector=sector,
        district=market_card.district if district is None else resolve_district(district).slug,
        address=address or market_card.address,
        market_id=market_id,
        opening_hours=opening_hours,
        registered_by=user_id,
    )


async def get_business(business_id: int) -> Business:
    business = await Business.get_or_none(id=business_id)
    if business is None:
        raise NotFound("没有找到该经营者", code="business_not_found")
    return business


async def businesses_of_citizen(*, user_id: int, enterprise_ids: list[int]) -> list[Business]:
    """The businesses a citizen registered and those of the enterprises they belong to (up to 100 of each), by id."""
    rows = await Business.filter(registered_by=user_id).order_by("id").limit(100)
    linked = await Business.filter(enterprise_id__in=enterprise_ids).order_by("id").limit(100) if enterprise_ids else []
    return list({b.id: b for b in sorted([*rows, *linked], key=lambda b: b.id)}.values())


async def commit(*, business: Business, user_id: int, signer_name: str, text_version: str) -> Commitment:
    """Sign the current commitment text; signing an outdated version is refused so nobody signs unseen text."""
    current = commitment_text()
    if text_version != current["version"]:
        raise Conflict("承诺书已更新，请阅读最新版本后再签署", code="commitment_text_outdated")
    if not signer_name.strip():
        raise InvalidInput("请填写签署人姓名", code="signer_required")
    async with in_transaction():
        active = await Commitment.filter(business_id=business.id, status=CommitmentStatus.ACTIVE).first()
        if active is not None:
            raise Conflict("该经营者已作出诚信计量承诺", code="already_committed")
        return await Commitment.create(
            business=business, text_version=current["version"], signer_name=signer_name.strip(), user_id=user_id
        )


async def get_commitment(commitment_id: int) -> Commitment:
    commitment = await Commitment.get_or_none(id=commitment_id)
    if commitment is None:
        raise NotFound("没有找到该承诺", code="commitment_not_found")
    return commitment


async def commitments_of(business_id: int) -> list[Commitment]:
    """Every commitment of a business (active and revoked), oldest first."""
    return await Commitment.filter(business_id=business_id).order_by("id")


async def revoke_commitment(*, commitment_id: int, staff_id: int, reason: str) -> Commitment:
    commitment = await get_commitment(commitment_id)
    if len(reason.strip()) < 2:
        raise InvalidInput("请填写撤销理由（至少2个字）", code="reason_required")
    updated = await Commitment.filter(id=commitment_id, status=CommitmentStatus.ACTIVE).update(
        status=CommitmentStatus.REVOKED, revoked_at=clock.now_local(), revoked_by=staff_id, revoke_reason=reason.strip()
    )
    if not updated:
        raise Conflict("该承诺已被撤销", code="commitment_already_revoked")
    await commitment.refresh_from_db()
    return commitment


async def active_commitment(business_id: int) -> Commitment | None:
    return await Commitment.filter(business_id=business_id, status=CommitmentStatus.ACTIVE).first()


async def list_businesses(
    *, district: str | None, sector: Sector | None, q: str | None, page: int, page_size: int
) -> tuple[list[Business], int]:
    query = Business.all()
    if district:
        query = query.filter(district=district)
    if sector:
        query = query.filter(sector=sector)
    if q:
        query = query.filter(name__icontains=q)
    total = await query.count()
    rows = await query.order_by("-id").offset((page - 1) * page_size).limit(page_size)
    return rows, total
