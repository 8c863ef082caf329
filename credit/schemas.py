"""Request bodies of the 诚信计量 routes (bounds from core/fields.py: every string fits its column)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.fields import DbId, Int, Text


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


class CampaignCreate(BaseModel):
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
