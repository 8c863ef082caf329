"""Request bodies of the 诚信计量 routes (bounds from core/fields.py: every string fits its column) and the
replies they answer with (validated from the plain dicts of credit/present.py and credit/public.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from core.fields import DbId, Int, Text
from credit.models import AwardStatus, CommitmentStatus, InspectionStatus, Sector


class BusinessCreate(BaseModel):
    name: Text(128) = Field("", description="摊位或店铺名称（关联企业档案时取企业名称）")
    sector: Text(16, min_length=1) = Field(
        description="经营类别：market_stall 市场摊位 / fuel_station 加油站 / optician 眼镜店 / supermarket 超市 / "
        "clinic 医疗机构 / prepackaged 定量包装商品生产企业 / market 集贸市场"
    )
    district: Text(32) | None = Field(None, description="区县（默认取企业档案或市场所在区县）")
    address: Text(256) = ""
    enterprise_id: DbId | None = Field(None, description="企业档案（强检预约中登记并审核通过的企业）")
    market_id: DbId | None = Field(None, description="所在市场")
    opening_hours: Text(64) = Field("", description="营业时间，如 07:00-19:00")


class CommitBody(BaseModel):
    signer_name: Text(32, min_length=1, strip=True) = Field(description="签署人姓名")
    text_version: Text(32, min_length=1) = Field(description="所签承诺书的版本号（须为当前版本）")


class AwardApplyBody(BaseModel):
    statement: Text(1000, min_length=2) = Field(description="申请说明：计量管理制度、器具检定、承诺履行情况")


class ObjectionBody(BaseModel):
    text: Text(500, min_length=2, strip=True) = Field(description="异议内容")
    contact: Text(32) = Field("", description="联系方式（选填）")


class ReasonBody(BaseModel):
    reason: Text(200, min_length=2, strip=True) = Field()


class ReviewBody(BaseModel):
    approve: bool
    note: Text(500) = ""


class ObjectionDecision(BaseModel):
    upheld: bool


class InspectionCampaignCreate(BaseModel):
    title: Text(100, min_length=2, strip=True) = Field()
    target_type: Text(16, min_length=1) = Field(
        description="检查对象：market 集贸市场 / fuel_station 加油站 / optician 眼镜店 / clinic 医疗机构 / "
        "prepackaged 定量包装商品"
    )
    district: Text(32) | None = Field(None, description="限定区县（默认全市）")
    sample_size: Int(ge=1, le=1000) = Field(description="抽取检查对象数")
    inspectors_per_target: Int(ge=1, le=5) = Field(2, description="每个对象抽取的检查人员数")


class InspectionResultBody(BaseModel):
    answers: dict[Text(32), bool] = Field(max_length=50, description="检查表逐项结论：项目代码 -> 是否符合")
    findings: Text(1000) = ""
    follow_up: Text(16) = Field("", description="后续处置：空 / case 立案调查 / verification 责令送检")


# --- replies: public look-ups and the mini-program ----------------------------------------------------


# Named apart from the publicity campaigns' CampaignStatus (OpenAPI components share one namespace).
InspectionCampaignStatus = Literal["drawn", "published", "closed"]


class CommitmentTextRead(BaseModel):
    version: str = Field(description="承诺书版本号（签署时原样提交）")
    title: str
    basis: str = Field(description="依据及来源")
    label: str = Field(description="来源核实程度：V 已核实 / S 单一来源 / U 未核实")
    clauses: list[str] = Field(description="承诺条款")


class FairScaleMarketRead(BaseModel):
    market_id: int
    name: str
    district: str
    district_name: str
    address: str
    latitude: float | None = Field(description="纬度（GCJ-02）")
    longitude: float | None = Field(description="经度（GCJ-02）")
    coordinate_system: str = Field(description="坐标系，固定为 gcj02")
    opening_hours: str
    distance_m: int | None = Field(description="与所给位置的距离（米）；未给位置时为空")


class CommitmentSummary(BaseModel):
    committed_on: date
    text_version: str
    title: str


class AwardSummary(BaseModel):
    awarded_on: date | None
    valid_until: date | None


class PublicInspectionResult(BaseModel):
    campaign: str = Field(description="检查计划名称")
    inspected_on: date | None
    result: str | None = Field(description="合格 / 不合格；尚未检查时为空")


class BusinessStatusRead(BaseModel):
    """A business as the public sees it: its commitment, its 示范单位 status and its published inspections."""

    business_id: int
    name: str
    sector: Sector
    sector_label: str
    district: str
    district_name: str
    address: str
    opening_hours: str
    commitment: CommitmentSummary | None = Field(description="有效的诚信计量承诺；没有时为空")
    award: AwardSummary | None = Field(description="有效期内的诚信计量示范单位称号；没有时为空")
    award_status: str | None = Field(description="最近一次示范单位申请的公开状态（公示中、已授予、已撤销、已到期）")
    inspections: list[PublicInspectionResult]


class DemonstrationUnitRead(BaseModel):
    application_id: int
    business_id: int
    name: str
    sector_label: str
    district_name: str
    status: AwardStatus
    status_label: str
    publicity_ends_on: date | None = Field(description="公示截止日（公示期内可提出异议）")
    awarded_on: date | None
    valid_until: date | None


class VerificationSiteRead(BaseModel):
    id: int
    name: str
    kind: str = Field(description="institute 法定计量检定机构 / 其他为授权计量检定机构")
    kind_label: str
    district_name: str
    address: str
    phone: str
    services: list[str] = Field(description="可检定的器具种类")


class PublishedDraw(BaseModel):
    version: str = Field(description="抽取算法版本")
    seed: str = Field(description="随机种子（公开后任何人可复算）")
    inputs_hash: str = Field(description="排序后输入的 SHA-256")
    target_inputs: list[list[int | str]] = Field(description="检查对象名录 [[编号, 名称], ...]（已排序）")
    inspector_count: int
    sample_size: int


class PublishedTarget(BaseModel):
    business_id: int
    name: str
    inspected_on: date | None
    result: str | None = Field(description="合格 / 不合格；尚未检查时为空")


class PublishedCampaignRead(BaseModel):
    id: int
    title: str
    target_type: str
    target_label: str
    status: InspectionCampaignStatus = Field(description="drawn 已抽取 / published 已公开 / closed 已完成")
    draw: PublishedDraw
    targets: list[PublishedTarget]


class VerifiedInstrument(BaseModel):
    type: str
    type_name: str
    model: str
    serial_no: str


class VerifyResultRead(BaseModel):
    genuine: bool
    instrument: VerifiedInstrument
    enterprise_name: str
    result: str = Field(description="合格 / 不合格")
    passed: bool
    certificate_no: str | None
    verified_on: date
    due_on: date | None = Field(description="下次检定日期")


class ObjectionReceived(BaseModel):
    id: int
    received: bool


class VerifyCodeRead(BaseModel):
    result_id: int = Field(description="检定结果编号")
    code: str = Field(description="扫码验真码（印成二维码）")


class EvidenceFile(BaseModel):
    name: str
    type: str = Field(description="文件类型：jpeg / png / pdf")
    bytes: int


class MyApplicationRead(BaseModel):
    id: int
    business_id: int
    status: AwardStatus
    statement: str
    evidence: list[EvidenceFile]
    publicity_ends_on: date | None
    awarded_on: date | None
    valid_until: date | None
    decision_note: str


class CommitmentCreated(BaseModel):
    id: int
    business_id: int
    text_version: str
    status: CommitmentStatus


# --- replies: staff ----------------------------------------------------------------------------------


class BusinessRead(BaseModel):
    id: int
    name: str
    sector: Sector
    sector_label: str
    district: str
    address: str
    enterprise_id: int | None
    market_id: int | None
    opening_hours: str


class CommitmentRead(BaseModel):
    id: int
    text_version: str
    signer_name: str
    status: CommitmentStatus
    committed_at: datetime
    revoked_at: datetime | None
    revoke_reason: str | None


class StoredEvidence(EvidenceFile):
    file: str = Field(description="存储文件名")
    sha256: str


class ApplicationRead(BaseModel):
    id: int
    business_id: int
    status: AwardStatus
    status_label: str
    statement: str
    evidence: list[StoredEvidence]
    policy_version: str
    first_reviewer: int | None
    second_reviewer: int | None
    publicity_starts_on: date | None
    publicity_ends_on: date | None
    awarded_on: date | None
    valid_until: date | None
    revoked_on: date | None
    decision_note: str


class ObjectionRead(BaseModel):
    id: int
    text: str
    upheld: bool | None = Field(description="是否成立；尚未决定时为空")
    created_at: datetime


class ApplicationDetail(ApplicationRead):
    business: BusinessRead
    objections: list[ObjectionRead]


class CreditEventRead(BaseModel):
    on: date
    kind: str = Field(
        description="commitment / commitment_revoked / award / award_revoked / inspection / complaint / overdue"
    )
    label: str
    detail: str
    counts: str | None = Field(description="计分规则中的项目代码；不计分时为空")


class CreditContribution(BaseModel):
    key: str
    label: str
    count: int
    points: int


class CreditRecordRead(BaseModel):
    business_id: int
    rule_version: str
    score: int
    level: str
    level_label: str
    contributions: list[CreditContribution] = Field(description="各计分项目的次数与分值")
    events: list[CreditEventRead]


class BusinessDetail(BaseModel):
    business: BusinessRead
    credit: CreditRecordRead
    commitments: list[CommitmentRead]
    awards: list[ApplicationRead]


class InspectionRead(BaseModel):
    id: int
    campaign_id: int
    business_id: int
    business_name: str
    inspector_ids: list[int]
    status: InspectionStatus
    answers: dict[str, bool] = Field(description="检查表逐项结论：项目代码 -> 是否符合")
    findings: str
    passed: bool | None
    follow_up: str = Field(description="后续处置：空 / case 立案调查 / verification 责令送检")
    inspected_on: date | None


class DrawCheckRead(BaseModel):
    ok: bool
    inputs_hash_ok: bool
    result_ok: bool


class DrawAssignment(BaseModel):
    business_id: int
    inspector_ids: list[int]


class CampaignListItem(BaseModel):
    id: int
    title: str
    target_type: str
    status: InspectionCampaignStatus = Field(description="drawn 已抽取 / published 已公开 / closed 已完成")


class CampaignDetail(CampaignListItem):
    district: str | None
    sample_size: int
    inspectors_per_target: int
    seed: str
    draw_version: str
    target_inputs: list[list[int | str]] = Field(description="检查对象名录 [[编号, 名称], ...]（已排序）")
    inspector_inputs: list[list[int | str]] = Field(description="检查人员名录 [[编号, 姓名], ...]（已排序）")
    inputs_hash: str
    result: list[DrawAssignment]
    checklist_version: str
    draw_check: DrawCheckRead = Field(description="按记录的种子和输入复算抽取的结果")
    inspections: list[InspectionRead]


class StatsRow(BaseModel):
    district: str
    district_name: str
    sector: Sector
    sector_label: str
    businesses: int
    commitments: int
    awards: int
    inspected: int


class DistrictComplaints(BaseModel):
    district: str
    district_name: str
    businesses: int
    complaints: int
    complaints_per_10k: float | None = Field(description="每万户经营者投诉数")


class CreditStatsRead(BaseModel):
    date_from: date
    date_to: date
    businesses: int
    commitments: int
    awards: int
    inspections_planned: int
    inspections_done: int
    inspection_rate: float | None = Field(description="受检率：已检查 ÷ 计划检查")
    coverage: float | None = Field(description="已检查经营者占登记经营者的比例")
    pass_rate: float | None
    rows: list[StatsRow]
    per_district: list[DistrictComplaints]
