"""The registry of markets' 公平秤: what the certificate says (class, division e, capacity, validity), edited by
staff, read by the assessment to decide Art. 6's 1x or 2x."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from complaints.assessment import ReferenceScale
from complaints.models import FairScale, Market
from core.errors import NotFound
from core.fields import Day, Text

AccuracyClass = Literal["I", "II", "III", "IIII"]
ACCURACY_CLASS_LABELS = {"I": "特种准确度级Ⅰ", "II": "高准确度级Ⅱ", "III": "中准确度级Ⅲ", "IIII": "普通准确度级Ⅳ"}


class FairScaleWrite(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    name: Text(50) = Field("公平秤", description="位置或编号")
    accuracy_class: AccuracyClass = Field(description="准确度等级：I、II、III、IIII")
    division_g: Decimal = Field(gt=0, le=100000, max_digits=10, decimal_places=3, description="检定分度值 e（克）")
    max_capacity_g: Decimal = Field(gt=0, le=10**9, max_digits=12, decimal_places=2, description="最大秤量（克）")
    verified_on: Day = Field(description="检定日期")
    valid_until: Day = Field(description="检定有效期至")
    certificate_no: Text(50) = Field("", description="检定证书编号")
    active: bool = Field(True, description="在用")

    @model_validator(mode="after")
    def _dates_in_order(self) -> FairScaleWrite:
        if self.valid_until < self.verified_on:
            raise ValueError("检定有效期不能早于检定日期")
        if self.division_g > self.max_capacity_g:
            raise ValueError("检定分度值不能大于最大秤量")
        return self


class FairScaleRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    market_id: int
    name: str
    accuracy_class: str
    accuracy_class_label: str
    division_g: Decimal
    max_capacity_g: Decimal
    verified_on: date
    valid_until: date
    certificate_no: str
    active: bool


def read(scale: FairScale) -> FairScaleRead:
    return FairScaleRead(
        id=scale.id,
        market_id=scale.market_id,  # type: ignore[attr-defined]
        name=scale.name,
        accuracy_class=scale.accuracy_class,
        accuracy_class_label=ACCURACY_CLASS_LABELS.get(scale.accuracy_class, scale.accuracy_class),
        division_g=scale.division_g,
        max_capacity_g=scale.max_capacity_g,
        verified_on=scale.verified_on,
        valid_until=scale.valid_until,
        certificate_no=scale.certificate_no,
        active=scale.active,
    )


async def get_market(market_id: int) -> Market:
    """The market (active or not) whose 公平秤 are kept; 404 when there is none."""
    market = await Market.get_or_none(id=market_id)
    if market is None:
        raise NotFound("没有找到该市场", code="market_not_found")
    return market


async def market_scales(market_id: int) -> list[FairScale]:
    await get_market(market_id)
    return await FairScale.filter(market_id=market_id).order_by("id")


async def add_scale(*, market_id: int, data: FairScaleWrite, staff_id: int) -> FairScale:
    """Register a fair scale; the market is then marked as having one."""
    market = await get_market(market_id)
    scale = await FairScale.create(market=market, updated_by=staff_id, **data.model_dump())
    if data.active and not market.fair_scale:
        await Market.filter(id=market.id).update(fair_scale=True)
    return scale


async def update_scale(*, market_id: int, scale_id: int, data: FairScaleWrite, staff_id: int) -> FairScale:
    updated = await FairScale.filter(id=scale_id, market_id=market_id).update(updated_by=staff_id, **data.model_dump())
    if not updated:
        raise NotFound("没有找到该公平秤", code="fair_scale_not_found")
    if data.active:
        await Market.filter(id=market_id).update(fair_scale=True)
    return await FairScale.get(id=scale_id)


def as_reference(scale: FairScale, *, on: date) -> ReferenceScale:
    return ReferenceScale(
        accuracy_class=scale.accuracy_class,
        division_g=Decimal(scale.division_g),
        in_verification=scale.verified_on <= on <= scale.valid_until,
        name=scale.name,
    )


async def reference_scales(market: Market | None, *, on: date) -> list[ReferenceScale]:
    """The market's active fair scales as the assessment reads them (none known: an empty list)."""
    if market is None:
        return []
    return [as_reference(s, on=on) for s in await FairScale.filter(market_id=market.id, active=True).order_by("id")]


def describe(scales: list[FairScale]) -> list[dict[str, Any]]:
    return [read(s).model_dump(mode="json") for s in scales]
