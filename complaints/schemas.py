"""API shapes of the complaint domain (hand-written: they are the contract, not the table)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator

from complaints.assessment import VERDICT_LABELS, categories, reweigh_methods
from complaints.identity import mask_address
from complaints.kinds import KINDS, field_labels, kind_label
from complaints.models import STATUS_LABELS, Complaint, ComplaintEvent, ComplaintStatus
from core.districts import find_district
from core.fields import Day, DbId, Moment, Money, Text
from core.privacy import mask_name, mask_phone

PriceUnit = Literal["kg", "jin", "g"]
CitizenReweighMethod = Literal["fair_scale", "other_scale", "original_scale", "home_scale"]
PRICE_UNIT_LABELS = {"kg": "元/千克", "jin": "元/斤", "g": "元/克"}


class ComplaintCreate(BaseModel):
    """One form for every kind of case: the common part, the complainant, and the kind's own `facts`."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    track: Literal["complaint", "report"] = Field("complaint", description="complaint 投诉，report 举报")
    kind: Text(24) = Field("weighed", description="类别，见 /api/v1/miniapp/complaints/options 的 kinds")
    facts: dict[str, Any] | None = Field(None, description="该类别特有的信息，字段见 options 的 kinds[].fields")
    merchant_name: Text(100) = Field(description="商户、摊位或被投诉（举报）对象名称")
    market_id: DbId | None = Field(None, description="市场编号（扫码或选择）")
    location: Text(200) = Field(description="市场或店铺位置")
    district: Text(32) = Field(description="所在区域：区县名称、简称或编码")
    goods: Text(50) = Field("", description="商品或服务名称（称重商品、定量包装商品、过度包装必填）")
    category: Text(32) = Field("", description="称重商品的商品类别，见 options 的 categories")
    unit_price: Money | None = Field(None, description="称重商品：单价（元）")
    price_unit: PriceUnit = Field("jin", description="单价单位：kg 元/千克，jin 元/斤，g 元/克")
    amount_paid: Money | None = Field(None, description="称重商品：实付金额（元）")
    charged_weight_g: Money | None = Field(None, description="称重商品：商家结算重量（克）")
    found_weight_g: Money | None = Field(None, description="称重商品：复称重量（克）")
    reweigh_method: CitizenReweighMethod | None = Field(None, description="称重商品：复称方式")
    purchased_at: Moment = Field(description="购买（发生）时间")
    description: Text(1000) = Field(description="经过描述")
    complainant_name: Text(50) | None = Field(None, description="投诉人（实名举报人）姓名")
    complainant_address: Text(200) | None = Field(None, description="投诉人联系地址")
    contact_phone: Text(20) | None = Field(None, description="联系电话；不填则用微信授权绑定的手机号")
    anonymous: bool = Field(False, description="匿名举报（仅举报可选；匿名则不接收处理结果）")
    photo_ids: list[DbId] = Field(default_factory=list, max_length=9, description="已上传的证据照片编号（投诉1-9张）")
    idempotency_key: Text(64) | None = Field(None, description="也可放在 Idempotency-Key 请求头")


class StaffFilingCreate(ComplaintCreate):
    """A case staff took by phone or at the counter (投诉/举报登记表): no photos needed, no mini-program account."""

    intake_channel: Literal["phone", "counter"] = Field(description="phone 电话，counter 窗口")
    # Staff record the high-accuracy reweigh, citizens a home scale: pydantic replaces the field, so the narrower
    # base type is deliberately not inherited.
    reweigh_method: Literal["fair_scale", "other_scale", "original_scale", "high_accuracy_scale"] | None = None  # type: ignore[assignment]


class PhotoRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    content_type: str
    width: int
    height: int
    size_bytes: int
    check_status: str


class EventRead(BaseModel):
    action: str
    from_status: str | None
    to_status: str
    status_label: str
    actor: str
    note: str
    created_at: datetime


class ComplaintSummary(BaseModel):
    id: int
    tracking_no: str
    track: str  # complaint 投诉 | report 举报
    kind: str
    kind_label: str
    status: ComplaintStatus
    status_label: str
    merchant_name: str
    location: str
    district: str
    district_name: str
    goods: str
    category_label: str
    verdict: str
    verdict_label: str
    contact_phone: str | None  # masked
    created_at: datetime
    updated_at: datetime
    due_on: date | None


class PumpCheckProgress(BaseModel):
    """What the citizen sees of the verification check of the pump they complained about (no staff names, no
    officers' notes)."""

    status_label: str = Field(description="待核查 / 已出结果")
    planned_on: date | None = Field(description="计划核查日期（未定时为空）")
    result_label: str | None = Field(description="检定结果：合格 / 不合格；出结果前为空")
    recorded_on: date | None = Field(description="出结果的日期")


class ComplaintRead(ComplaintSummary):
    market_id: int | None
    kind_facts: dict[str, Any]
    kind_fields: dict[str, str]  # field -> Chinese label of kind_facts
    intake_channel: str
    complainant_name: str  # the citizen's own view: full; staff: masked (full view: /identity, audited)
    complainant_address: str
    anonymous: bool
    registration_12315: str | None
    registered_at_12315: bool  # the case is also registered on the national 12315 platform
    category: str
    unit_price: Decimal | None
    price_unit: str
    price_unit_label: str
    amount_paid: Decimal | None
    charged_weight_g: Decimal | None
    found_weight_g: Decimal | None
    reweigh_method: str
    reweigh_method_label: str
    purchased_at: datetime
    description: str
    assessment: dict[str, Any]
    regulation: str
    regulation_name: str
    accept_due_on: date
    mediation_due_on: date | None
    deadline_estimated: bool
    deadline_provisional: bool = Field(
        description="期限所依据的时限尚未核实（第121号的暂定值），日期仅供参考，以工作人员通知为准"
    )
    deadline_note: str = Field(description="给投诉人看的期限说明；期限确定时为空")
    refusal_reason: str | None
    refusal_reason_label: str | None
    termination_reason: str | None
    refund_amount: Decimal | None
    compensation_amount: Decimal | None
    outcome_note: str | None
    rating: int | None
    rating_comment: str | None
    closed_at: datetime | None
    photos: list[PhotoRead]
    events: list[EventRead]
    pump_check_progress: PumpCheckProgress | None = Field(
        default=None, description="加油机/加气机投诉：对该机的检定核查进度与结果（未安排核查时为空）"
    )


class NotificationRead(BaseModel):
    id: int
    template_id: str
    status: str
    attempts: int
    errcode: int | None
    errmsg: str | None
    created_at: datetime
    sent_at: datetime | None


class StaffComplaintSummary(ComplaintSummary):
    assigned_district: str
    overdue: bool
    content_check: str
    deadline_estimated: bool


class DocumentRead(BaseModel):
    id: int
    kind: str
    title: str
    number: str
    ground: str | None
    issued_by_name: str
    created_at: datetime
    docx: bool


class StaffComplaintRead(ComplaintRead):
    user_id: int | None  # None for an anonymous report
    contact_phone_full: str
    assigned_district: str
    merchant_id: int
    overdue: bool
    content_check: str
    substantiated: bool | None
    policy: dict[str, Any]
    notifications: list[NotificationRead]
    staff_facts: dict[str, Any] = Field(default_factory=dict)
    documents: list[DocumentRead] = Field(default_factory=list)


class FilingResult(BaseModel):
    tracking_no: str
    created: bool  # False when an earlier request with the same idempotency key already filed it
    complaint: ComplaintRead


class WithdrawBody(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    note: Text(300) = Field("")


class RateBody(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    rating: int = Field(ge=1, le=5, description="1-5 分")
    comment: Text(300) = Field("")


class SubscriptionGrant(BaseModel):
    model_config = ConfigDict(extra="forbid")
    template_ids: list[Text(64)] = Field(
        min_length=1, max_length=5, description="wx.requestSubscribeMessage 中用户同意的模板"
    )


class NoteBody(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    note: Text(1000) = Field("", description="办理说明：投诉人可在进度中看到，也用于订阅消息")


class RefuseBody(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    reason: Text(64) = Field(description="不予受理理由编码，见 /api/v1/admin/complaints/policy")
    note: Text(1000) = Field("")


class PhotoReview(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["pass", "risky"]


class AssignBody(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    district: Text(32) = Field()
    note: Text(1000) = Field("")


class OutcomeBody(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    result: Literal["mediated", "terminated"]
    refund_amount: Money | None = Field(None, description="退款金额（元）")
    compensation_amount: Money | None = Field(None, description="赔偿金额（元）")
    termination_reason: Text(200) | None = Field(None)
    substantiated: bool | None = Field(None, description="是否查实缺斤短两；不填按初步判定")
    note: Text(1000) = Field("")


LimitUnit = Literal["working_days", "calendar_days"]


class PolicyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    regulation: Literal["samr-20", "samr-121"]
    accept_days: int = Field(
        ge=1, le=60, validation_alias=AliasChoices("accept_days", "accept_working_days"), description="受理期限"
    )
    accept_unit: LimitUnit = Field(
        "working_days", description="受理期限单位：working_days 工作日 / calendar_days 自然日"
    )
    mediation_days: int = Field(
        ge=1, le=180, validation_alias=AliasChoices("mediation_days", "mediation_working_days"), description="调解期限"
    )
    mediation_unit: LimitUnit = Field(
        "working_days", description="调解期限单位：working_days 工作日 / calendar_days 自然日"
    )
    effective_from: Day
    note: Text(1000) = Field(description="依据（文件名称、条款）")
    confirm: bool = Field(True, description="立即确认生效（false：先记为待确认的暂行版本）")


class ColumnOverride(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    tier: Text(32) = Field(description="改按的档次（assessment.columns 中的 tier）")
    reason: Text(200, min_length=2) = Field(description="理由")


class MarketCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    name: Text(100, min_length=2) = Field()
    district: Text(32) = Field()
    address: Text(200) = Field("")
    fair_scale: bool = Field(False, description="设有公平秤")
    latitude: float | None = Field(None, ge=-90, le=90, description="纬度（WGS-84）")
    longitude: float | None = Field(None, ge=-180, le=180, description="经度（WGS-84）")


class MarketUpdate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")
    address: Text(200) | None = None
    active: bool | None = None
    fair_scale: bool | None = Field(None, description="设有公平秤")
    latitude: float | None = Field(None, ge=-90, le=90, description="纬度（WGS-84），与经度一起填写")
    longitude: float | None = Field(None, ge=-180, le=180, description="经度（WGS-84），与纬度一起填写")

    @model_validator(mode="after")
    def _position_in_pairs(self) -> MarketUpdate:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("经度和纬度须一起填写")
        return self


class MarketRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    district: str
    address: str
    active: bool
    fair_scale: bool
    latitude: float | None
    longitude: float | None


class Prefill(BaseModel):
    # Flat rather than a nested optional model: aiohttp-pydantic's OpenAPI builder cannot render `Model | None`.
    market_id: int | None
    market_name: str | None
    market_address: str | None
    district: str | None
    district_name: str | None
    contact_phone: str | None  # masked; the bound phone is used when the form leaves it empty
    # "scan": the 公平秤 QR code last scanned; "location": the nearest market with a 公平秤 to the position the user
    # let the official account use (then market_distance_m says how far); None: no market to suggest.
    market_source: str | None = None
    market_distance_m: int | None = None


# --- builders -------------------------------------------------------------------------------------------


def district_name(slug: str) -> str:
    district = find_district(slug)
    return district.name if district else slug


# Staff notes a citizen reads in other words: a batch check's verdict rests on a plan labelled U, never shown
# to the citizen as certain.
CITIZEN_NOTES = {"batch_check": "工作人员对同批次商品进行了抽样检验"}


def event_read(event: ComplaintEvent, *, for_staff: bool) -> EventRead:
    note = event.note
    if for_staff:
        actor = event.actor_name or event.actor_kind
    else:
        actor = {"citizen": "您", "staff": "工作人员", "system": "系统"}[event.actor_kind]
        note = CITIZEN_NOTES.get(event.action, note)
    return EventRead(
        action=event.action,
        from_status=event.from_status,
        to_status=event.to_status,
        status_label=STATUS_LABELS[ComplaintStatus(event.to_status)],
        actor=actor,
        note=note,
        created_at=event.created_at,
    )


# The columns list views read (partial rows: no JSON documents or long text to decode).
SUMMARY_COLUMNS = (
    "id",
    "tracking_no",
    "track",
    "kind",
    "status",
    "merchant_name",
    "location",
    "district",
    "assigned_district",
    "goods",
    "category",
    "assessment_verdict",
    "contact_phone",
    "content_check",
    "deadline_estimated",
    "created_at",
    "updated_at",
    "due_on",
)


def summary_fields(c: Complaint) -> dict[str, Any]:
    return {
        "id": c.id,
        "tracking_no": c.tracking_no,
        "track": c.track,
        "kind": c.kind,
        "kind_label": kind_label(c.kind),
        "status": c.status,
        "status_label": c.status_label,
        "merchant_name": c.merchant_name,
        "location": c.location,
        "district": c.district,
        "district_name": district_name(c.district),
        "goods": c.goods,
        "category_label": categories().get(c.category, {}).get("label", c.category),
        "verdict": c.assessment_verdict,
        "verdict_label": VERDICT_LABELS.get(c.assessment_verdict, c.assessment_verdict),
        "contact_phone": mask_phone(c.contact_phone),
        "created_at": c.created_at,
        "updated_at": c.updated_at,
        "due_on": c.due_on,
    }


PROVISIONAL_NOTE = "上述期限按暂定时限计算（有关规定的期限尚待核实确认），仅供参考，实际以市场监管部门的通知为准。"
ESTIMATED_NOTE = "期限跨越的节假日安排尚未公布，上述日期为估算，实际以市场监管部门的通知为准。"


def deadline_certainty(c: Complaint) -> dict[str, Any]:
    """Whether the dates the citizen sees rest on unverified limits (a provisional policy) or an estimated calendar:
    then they are said to be indicative, never shown as certain."""
    provisional = not bool((c.policy or {}).get("limits_verified", True))
    note = PROVISIONAL_NOTE if provisional else ESTIMATED_NOTE if c.deadline_estimated else ""
    return {"deadline_provisional": provisional, "deadline_note": note}


def read_fields(c: Complaint, *, photos: list[Any], events: list[ComplaintEvent], for_staff: bool) -> dict[str, Any]:
    from complaints.deadlines import refusal_reasons, regulations

    reg = regulations().get(c.regulation, {})
    weighed = c.kind == "weighed"  # other kinds keep 0 in the weighed-goods columns
    return {
        **summary_fields(c),
        "market_id": c.market_id,  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise
        "kind_facts": c.kind_facts or {},
        "kind_fields": field_labels(KINDS[c.kind]) if c.kind in KINDS else {},
        "intake_channel": c.intake_channel,
        "complainant_name": mask_name(c.complainant_name) or "" if for_staff else c.complainant_name,
        "complainant_address": mask_address(c.complainant_address) if for_staff else c.complainant_address,
        "anonymous": c.anonymous,
        "registration_12315": c.registration_12315,
        "registered_at_12315": bool(c.registration_12315),
        "category": c.category,
        "unit_price": c.unit_price if weighed else None,
        "price_unit": c.price_unit,
        "price_unit_label": PRICE_UNIT_LABELS.get(c.price_unit, c.price_unit),
        "amount_paid": c.amount_paid if weighed else None,
        "charged_weight_g": c.charged_weight_g if weighed else None,
        "found_weight_g": c.found_weight_g if weighed else None,
        "reweigh_method": c.reweigh_method,
        "reweigh_method_label": reweigh_methods().get(c.reweigh_method, {}).get("label", c.reweigh_method),
        "purchased_at": c.purchased_at,
        "description": c.description,
        "assessment": c.assessment,
        "regulation": c.regulation,
        "regulation_name": reg.get("name", c.regulation),
        "accept_due_on": c.accept_due_on,
        "mediation_due_on": c.mediation_due_on,
        "deadline_estimated": c.deadline_estimated,
        **deadline_certainty(c),
        "refusal_reason": c.refusal_reason,
        "refusal_reason_label": refusal_reasons(c.regulation).get(c.refusal_reason) if c.refusal_reason else None,
        "termination_reason": c.termination_reason,
        "refund_amount": c.refund_amount,
        "compensation_amount": c.compensation_amount,
        "outcome_note": c.outcome_note,
        "rating": c.rating,
        "rating_comment": c.rating_comment,
        "closed_at": c.closed_at,
        "photos": [PhotoRead.model_validate(p) for p in photos],
        "events": [event_read(e, for_staff=for_staff) for e in events],
    }
