"""Database models of the 诚信计量 domain."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Sector(StrEnum):
    MARKET = "market"  # 集贸市场 (the market as a whole)
    MARKET_STALL = "market_stall"  # 市场摊位
    FUEL_STATION = "fuel_station"  # 加油站
    OPTICIAN = "optician"  # 眼镜店
    SUPERMARKET = "supermarket"  # 超市
    CLINIC = "clinic"  # 医疗机构
    PREPACKAGED = "prepackaged"  # 定量包装商品生产企业


SECTOR_LABELS = {
    Sector.MARKET: "集贸市场",
    Sector.MARKET_STALL: "市场摊位",
    Sector.FUEL_STATION: "加油站",
    Sector.OPTICIAN: "眼镜店",
    Sector.SUPERMARKET: "超市",
    Sector.CLINIC: "医疗机构",
    Sector.PREPACKAGED: "定量包装商品生产企业",
}


class CommitmentStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"


class AwardStatus(StrEnum):
    SUBMITTED = "submitted"  # 待初审
    FIRST_APPROVED = "first_approved"  # 初审通过，待复核 (a second staff member)
    PUBLICITY = "publicity"  # 公示中
    AWARDED = "awarded"  # 已授予
    REJECTED = "rejected"  # 未通过
    REVOKED = "revoked"  # 已撤销
    EXPIRED = "expired"  # 已到期


AWARD_LABELS = {
    AwardStatus.SUBMITTED: "待初审",
    AwardStatus.FIRST_APPROVED: "待复核",
    AwardStatus.PUBLICITY: "公示中",
    AwardStatus.AWARDED: "诚信计量示范单位",
    AwardStatus.REJECTED: "未通过",
    AwardStatus.REVOKED: "已撤销",
    AwardStatus.EXPIRED: "已到期",
}


class CampaignStatus(StrEnum):
    DRAWN = "drawn"  # 已抽取
    PUBLISHED = "published"  # 已公开
    CLOSED = "closed"  # 已完成并公开结果


class InspectionStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"


class Business(Model):
    """A business under 诚信计量: linked to its enterprise record (appointments) or its market (complaints)."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=128)
    sector = fields.CharEnumField(Sector, max_length=16, db_index=True)
    district = fields.CharField(max_length=32, db_index=True)
    address = fields.CharField(max_length=256, default="")
    enterprise_id = fields.IntField(null=True, db_index=True)  # appointments Enterprise id
    market_id = fields.IntField(null=True, db_index=True)  # complaints Market id
    opening_hours = fields.CharField(max_length=64, default="")
    registered_by = fields.IntField(null=True)  # MiniappUser id (None: staff or a market registry entry)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_business"


class Commitment(Model):
    """An online 诚信计量自我承诺, with the exact text version signed."""

    id = fields.IntField(primary_key=True)
    business: fields.ForeignKeyRelation[Business] = fields.ForeignKeyField(
        "models.Business", related_name="commitments", on_delete=fields.CASCADE
    )
    business_id: int  # set by Tortoise from the foreign key
    text_version = fields.CharField(max_length=32)
    signer_name = fields.CharField(max_length=32)
    user_id = fields.IntField()  # MiniappUser id
    status = fields.CharEnumField(CommitmentStatus, max_length=16, default=CommitmentStatus.ACTIVE, db_index=True)
    committed_at = fields.DatetimeField(auto_now_add=True)
    revoked_at = fields.DatetimeField(null=True)
    revoked_by = fields.IntField(null=True)  # StaffAccount id
    revoke_reason = fields.CharField(max_length=200, null=True)

    class Meta:
        table = "credit_commitment"


class AwardApplication(Model):
    """An application for 诚信计量示范单位: two-person review, 公示 with objections, award with validity."""

    id = fields.IntField(primary_key=True)
    business: fields.ForeignKeyRelation[Business] = fields.ForeignKeyField(
        "models.Business", related_name="awards", on_delete=fields.CASCADE
    )
    business_id: int  # set by Tortoise from the foreign key
    user_id = fields.IntField()  # MiniappUser id of the applicant
    statement = fields.CharField(max_length=1000)
    evidence: list[dict] = fields.JSONField(default=list)  # [{"name", "file", "type", "bytes", "sha256"}]
    status = fields.CharEnumField(AwardStatus, max_length=16, default=AwardStatus.SUBMITTED, db_index=True)
    policy_version = fields.CharField(max_length=32)
    first_reviewer = fields.IntField(null=True)  # StaffAccount ids
    first_reviewed_at = fields.DatetimeField(null=True)
    second_reviewer = fields.IntField(null=True)
    second_reviewed_at = fields.DatetimeField(null=True)
    publicity_starts_on = fields.DateField(null=True)
    publicity_ends_on = fields.DateField(null=True, db_index=True)
    awarded_on = fields.DateField(null=True)
    valid_until = fields.DateField(null=True, db_index=True)
    decision_note = fields.CharField(max_length=500, default="")
    revoked_on = fields.DateField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_award_application"


class Objection(Model):
    """A member of the public objects to an award during its 公示."""

    id = fields.IntField(primary_key=True)
    application: fields.ForeignKeyRelation[AwardApplication] = fields.ForeignKeyField(
        "models.AwardApplication", related_name="objections", on_delete=fields.CASCADE
    )
    application_id: int  # set by Tortoise from the foreign key
    text = fields.CharField(max_length=500)
    contact = fields.CharField(max_length=32, default="")
    upheld = fields.BooleanField(null=True)  # staff decision; an upheld objection stops the award
    decided_by = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_objection"


class InspectionCampaign(Model):
    """A 双随机、一公开 campaign: the draw's seed, its published inputs (sorted, hashed) and its result."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=100)
    target_type = fields.CharField(max_length=16, db_index=True)
    district = fields.CharField(max_length=32, null=True)
    sample_size = fields.IntField()
    inspectors_per_target = fields.IntField(default=2)
    seed = fields.CharField(max_length=64)
    draw_version = fields.CharField(max_length=16)
    target_inputs: list = fields.JSONField()  # sorted [[id, name], ...]
    inspector_inputs: list = fields.JSONField()
    inputs_hash = fields.CharField(max_length=64)
    result: list = fields.JSONField()  # [{"business_id", "inspector_ids"}]
    checklist_version = fields.CharField(max_length=32)
    status = fields.CharEnumField(CampaignStatus, max_length=16, default=CampaignStatus.DRAWN, db_index=True)
    created_by = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)
    published_at = fields.DatetimeField(null=True)

    class Meta:
        table = "credit_inspection_campaign"


class Inspection(Model):
    id = fields.IntField(primary_key=True)
    campaign: fields.ForeignKeyRelation[InspectionCampaign] = fields.ForeignKeyField(
        "models.InspectionCampaign", related_name="inspections", on_delete=fields.CASCADE
    )
    campaign_id: int  # set by Tortoise from the foreign key
    business: fields.ForeignKeyRelation[Business] = fields.ForeignKeyField(
        "models.Business", related_name="inspections", on_delete=fields.CASCADE
    )
    business_id: int  # set by Tortoise from the foreign key
    inspector_ids: list = fields.JSONField()
    status = fields.CharEnumField(InspectionStatus, max_length=16, default=InspectionStatus.PLANNED, db_index=True)
    answers: dict = fields.JSONField(default=dict)  # checklist item code -> true/false
    findings = fields.CharField(max_length=1000, default="")
    photos: list = fields.JSONField(default=list)
    passed = fields.BooleanField(null=True)
    follow_up = fields.CharField(max_length=16, default="")  # "" | case | verification
    inspected_on = fields.DateField(null=True)
    recorded_by = fields.IntField(null=True)

    class Meta:
        table = "credit_inspection"
        unique_together = (("campaign", "business"),)
