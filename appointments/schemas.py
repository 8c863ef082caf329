"""API schemas of compulsory verification (hand-written: they are the contract, not the tables)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from appointments.catalogue import Mode, Place, UseArea
from appointments.models import (
    BookingStatus,
    DueKind,
    EnterpriseStatus,
    InstrumentStatus,
    MemberRole,
    MemberStatus,
    SiteKind,
    SlotMode,
)
from core.errors import InvalidInput
from core.fields import Day, DbId, Moment, Text
from core.privacy import mask_phone

PHONE_PATTERN = r"^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$"


E = TypeVar("E", bound=StrEnum)


def parse_choice(enum: type[E], value: str | None, label: str) -> E | None:
    """A query-string choice (kept as plain text in handler signatures: the OpenAPI generator needs a type)."""
    if value in (None, ""):
        return None
    try:
        return enum(value)
    except ValueError:
        choices = "、".join(e.value for e in enum)
        raise InvalidInput(f"{label}“{value}”无效，可选：{choices}", code="invalid_choice") from None


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# --- enterprises -------------------------------------------------------------------------------------


class EnterpriseCreate(BaseModel):
    name: Text(128, min_length=2) = Field()
    uscc: Text(40, min_length=1) = Field(description="统一社会信用代码（全角、小写均可）")
    district: Text(32, min_length=1) = Field(description="区县：代码、名称或简称")
    address: Text(256, min_length=2) = Field()
    contact_name: Text(64, min_length=1) = Field()
    contact_phone: Text(20) = Field(pattern=PHONE_PATTERN, description="手机号或座机")

    @field_validator("name", "address", "contact_name", "contact_phone", mode="before")
    @classmethod
    def _strip(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value


class EnterpriseRead(ReadModel):
    id: int
    name: str
    uscc: str
    district: str
    address: str
    contact_name: str
    contact_phone: str
    status: EnterpriseStatus
    reject_reason: str | None
    created_at: datetime
    reviewed_at: datetime | None


class EnterpriseListItem(EnterpriseRead):
    @field_validator("contact_phone")
    @classmethod
    def _masked(cls, value: str) -> str:
        return mask_phone(value) or ""


class MyEnterprise(BaseModel):
    enterprise: EnterpriseRead
    role: MemberRole
    member_status: MemberStatus


class RejectBody(BaseModel):
    reason: Text(500, min_length=2) = Field()


class JoinBody(BaseModel):
    invite_code: Text(16) | None = Field(None, description="企业管理员提供的邀请码：立即加入")
    uscc: Text(40) | None = Field(None, description="无邀请码时按信用代码申请，由企业管理员审核")


class InviteCodeRead(BaseModel):
    invite_code: str
    expires_at: datetime


class MemberRead(ReadModel):
    id: int
    user_id: int
    role: MemberRole
    status: MemberStatus
    phone: str | None = None  # masked
    created_at: datetime


# --- catalogue ---------------------------------------------------------------------------------------


class CatalogueEntryRead(BaseModel):
    slug: str
    name: str
    aliases: list[str]
    form: str
    use_areas: list[UseArea]
    use_area_labels: list[str]
    mode: Mode
    mode_label: str
    period_months: int | None
    place: Place
    place_label: str
    regulation: str
    certainty: str
    basis: str = ""
    source: str


class CatalogueRead(BaseModel):
    version: str
    entries: list[CatalogueEntryRead]


class CatalogueOverrideBody(BaseModel):
    name: Text(64, min_length=1) | None = Field(None)
    aliases: list[Text(64)] | None = Field(None, max_length=50)
    form: Literal["P", "V", "P+V"] | None = None
    use_areas: list[UseArea] | None = None
    mode: Mode | None = None
    period_months: int | None = Field(None, ge=1, le=240)
    place: Place | None = None
    regulation: Text(200) | None = Field(None)
    certainty: Literal["V", "S", "M", "L"] | None = None


# --- instruments -------------------------------------------------------------------------------------


class InstrumentCreate(BaseModel):
    type: Text(64, min_length=1) = Field(description="目录中的器具类型（slug 或名称）")
    model: Text(64, min_length=1) = Field()
    serial_no: Text(64, min_length=1) = Field()
    measuring_range: Text(64) = Field("")
    accuracy_class: Text(32) = Field("")
    location: Text(128) = Field("")
    use_area: Text(16, min_length=1) = Field(description="贸易结算/安全防护/医疗卫生/环境监测")
    last_verified_on: Day | None = Field(None, description="已有检定证书时的最近检定日期")


class InstrumentUpdate(BaseModel):
    model: Text(64, min_length=1) | None = Field(None)
    measuring_range: Text(64) | None = Field(None)
    accuracy_class: Text(32) | None = Field(None)
    location: Text(128) | None = Field(None)
    retired: bool | None = Field(None, description="true: 报废/轮换后停用此器具")


class InstrumentRead(ReadModel):
    id: int
    enterprise_id: int
    type_slug: str
    model: str
    serial_no: str
    measuring_range: str
    accuracy_class: str
    location: str
    use_area: str
    status: InstrumentStatus
    last_verified_on: date | None
    due_kind: DueKind
    next_due_on: date | None
    created_at: datetime


class ImportReport(BaseModel):
    imported: int


# --- sites and slots ---------------------------------------------------------------------------------


class SiteCreate(BaseModel):
    name: Text(128, min_length=2) = Field()
    kind: SiteKind
    district: Text(32, min_length=1) = Field()
    address: Text(256, min_length=2) = Field()
    phone: Text(32) = Field("")
    instrument_types: list[Text(64)] = Field(min_length=1, max_length=100)


class SiteUpdate(BaseModel):
    name: Text(128, min_length=2) | None = Field(None)
    address: Text(256, min_length=2) | None = Field(None)
    phone: Text(32) | None = Field(None)
    instrument_types: list[Text(64)] | None = Field(None, min_length=1, max_length=100)
    active: bool | None = None


class SiteRead(ReadModel):
    id: int
    name: str
    kind: SiteKind
    district: str
    address: str
    phone: str
    instrument_types: list[str]
    active: bool


class SlotCreate(BaseModel):
    starts_at: Moment
    ends_at: Moment
    capacity: int = Field(ge=1, le=10000, description="可检台件数")
    mode: SlotMode = SlotMode.LAB


class SlotUpdate(BaseModel):
    capacity: int | None = Field(None, ge=0, le=10000)
    active: bool | None = None


class SlotRead(ReadModel):
    id: int
    site_id: int
    starts_at: datetime
    ends_at: datetime
    mode: SlotMode
    capacity: int
    booked: int
    available: int = 0
    active: bool


# --- bookings and results ----------------------------------------------------------------------------


class BookingCreate(BaseModel):
    slot_id: DbId
    instrument_ids: list[DbId] = Field(min_length=1, max_length=200)
    onsite_address: Text(256) | None = Field(None, description="现场检定地址；默认企业地址")
    note: Text(500) = Field("")


class RescheduleBody(BaseModel):
    slot_id: DbId


class BookingItemRead(ReadModel):
    instrument_id: int
    passed: bool | None
    certificate_no: str | None
    verified_on: date | None
    result_note: str


class BookingRead(ReadModel):
    id: int
    confirmation_no: str
    enterprise_id: int
    slot_id: DbId
    status: BookingStatus
    instrument_count: int
    onsite_address: str | None
    note: str
    created_at: datetime
    cancelled_at: datetime | None
    checked_in_at: datetime | None
    completed_at: datetime | None
    items: list[BookingItemRead] = []
    slot: SlotRead


class ResultItem(BaseModel):
    instrument_id: DbId
    passed: bool
    certificate_no: Text(64) | None = Field(None, description="合格时必填：检定证书编号")
    verified_on: Day | None = Field(None, description="检定日期，默认今天")
    note: Text(500) = Field("")


class ResultsBody(BaseModel):
    items: list[ResultItem] = Field(min_length=1, max_length=500)


# --- verification checks asked for by a case (a complaint about a pump) ---------------------------------


class VerificationCheckRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    source: str = Field(description="由何而来：complaint（投诉）")
    source_ref: str = Field(description="来源编号（投诉的投诉编号）")
    type_slug: str
    type_name: str
    place: str = Field(description="加油（加气）站")
    unit_no: str = Field(description="加油机（枪）编号")
    district: str
    planned_on: date | None
    status: Literal["requested", "completed"]
    status_label: str
    requested_by_name: str
    created_at: datetime
    passed: bool | None = Field(description="核查结果：合格 true，不合格 false，未出结果 null")
    certificate_no: str | None
    result_note: str
    recorded_by_name: str | None
    recorded_at: datetime | None


class CheckResultBody(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    passed: bool = Field(description="是否合格")
    certificate_no: Text(64) | None = Field(None, description="检定证书或核查记录编号")
    note: Text(500) = Field("", description="说明；不合格时必填")


# --- statistics --------------------------------------------------------------------------------------


class RateRow(BaseModel):
    district: str
    type_slug: str
    due: int
    verified: int
    rate: float | None  # 受检率, None when nothing was due


class StatsRead(BaseModel):
    period_from: date
    period_to: date
    rows: list[RateRow]
    total_due: int
    total_verified: int
    total_rate: float | None


class OverdueRow(BaseModel):
    instrument_id: int
    enterprise_id: int
    enterprise_name: str
    district: str
    contact_phone: str | None  # masked
    type_slug: str
    serial_no: str
    status: InstrumentStatus
    due_kind: DueKind
    next_due_on: date | None
    days_overdue: int | None
