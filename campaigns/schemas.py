"""Campaign schemas (pydantic v2): what staff send in and what the admin API shows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, field_validator, model_validator

from campaigns.models import CampaignStatus, Channel, DeliveryStatus
from core.districts import resolve_district
from core.fields import Day, Moment, Text

AudienceKind = Literal["all", "citizen", "enterprise"]
TEMPLATE_VALUE_MAX = 20  # WeChat's thing.DATA limit; longer values fail with 47003


class AudienceSpec(BaseModel):
    """Followers of the official account (Subscriber.following) narrowed by kind, districts and tags."""

    kind: AudienceKind = "all"
    districts: list[Text(32)] = Field(default_factory=list, max_length=20)
    tags: list[Text(64)] = Field(default_factory=list, max_length=20)  # any of these tags
    scenes: list[Text(64)] = Field(default_factory=list, max_length=20)  # followers who last scanned these QR codes

    @field_validator("districts")
    @classmethod
    def _known_districts(cls, value: list[str]) -> list[str]:
        return sorted({resolve_district(name).slug for name in value})  # any spelling in, the slug stored

    @field_validator("tags")
    @classmethod
    def _clean_tags(cls, value: list[str]) -> list[str]:
        return sorted({tag.strip() for tag in value if tag.strip()})


class _CampaignContent(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    title: Text(64, min_length=2) = Field()
    summary: Text(200, min_length=2) = Field()
    body: Text(20000) | None = Field(None)
    article_url: AnyHttpUrl | None = None
    cover_url: AnyHttpUrl | None = None
    theme: Text(100) | None = Field(None)
    channel: Channel = Channel.MASS
    template_id: Text(64) | None = Field(None)
    template_data: dict[str, str] = Field(default_factory=dict)
    audience: AudienceSpec = Field(default_factory=AudienceSpec)
    send_at: Moment | None = None
    starts_on: Day | None = None
    ends_on: Day | None = None

    @field_validator("send_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("发送时间须带时区，例如 2027-05-20T09:00:00+08:00")
        return value

    @field_validator("template_data")
    @classmethod
    def _template_values(cls, value: dict[str, str]) -> dict[str, str]:
        for key, text in value.items():
            if not text.strip():
                raise ValueError(f"模板字段 {key} 不能为空")
            if key.startswith("thing") and len(text) > TEMPLATE_VALUE_MAX:
                raise ValueError(f"模板字段 {key} 不能超过 {TEMPLATE_VALUE_MAX} 个字")
        return value


def _check_content(data: _CampaignContent) -> None:
    if not data.body and not data.article_url:
        raise ValueError("正文和文章链接至少填写一项")
    if data.channel == Channel.SUBSCRIBE and (not data.template_id or not data.template_data):
        raise ValueError("订阅消息须填写模板 ID 和模板字段")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise ValueError("活动结束日期不能早于开始日期")


class CampaignCreate(_CampaignContent):
    @model_validator(mode="after")
    def _content(self) -> CampaignCreate:
        _check_content(self)
        return self


class CampaignUpdate(BaseModel):
    """A partial edit of a draft; only the fields sent change."""

    model_config = ConfigDict(str_strip_whitespace=True)

    # `T = None` without `| None`: left out = unchanged, and an explicit null for a NOT NULL column is a 422.
    title: Text(64, min_length=2) = Field(None)
    summary: Text(200, min_length=2) = Field(None)
    body: Text(20000) | None = Field(None)
    article_url: AnyHttpUrl | None = None
    cover_url: AnyHttpUrl | None = None
    theme: Text(100) | None = Field(None)
    # Not `X | None`: aiohttp-pydantic's OpenAPI 3.0 conversion cannot take a nullable $ref. Left out = unchanged.
    channel: Channel = None  # type: ignore[assignment]  # None = left out (see above)
    template_id: Text(64) | None = Field(None)
    template_data: dict[str, str] | None = None
    audience: AudienceSpec = None  # type: ignore[assignment]  # None = left out (see above)
    send_at: Moment | None = None
    starts_on: Day | None = None
    ends_on: Day | None = None
    note: Text(500) | None = Field(None)

    @field_validator("send_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        return _CampaignContent._aware(value)

    @field_validator("template_data")
    @classmethod
    def _template_values(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        return None if value is None else _CampaignContent._template_values(value)


class ReviewDecision(BaseModel):
    note: Text(500) | None = Field(None)


class RejectDecision(BaseModel):
    note: Text(500, min_length=2) = Field()  # the editor needs to know what to change


class RescheduleRequest(BaseModel):
    send_at: Moment
    note: Text(500) | None = Field(None)

    @field_validator("send_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("发送时间须带时区，例如 2027-05-20T09:00:00+08:00")
        return value


class CampaignRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    summary: str
    body: str | None
    article_url: str | None
    cover_url: str | None
    theme: str | None
    theme_required: bool
    channel: Channel
    template_id: str | None
    template_data: dict[str, str]
    audience: dict
    send_at: datetime | None
    starts_on: date | None
    ends_on: date | None
    status: CampaignStatus
    calendar_key: str | None
    calendar_year: int | None
    created_by_id: int | None
    submitted_by_id: int | None
    approved_by_id: int | None
    recipient_count: int
    created_at: datetime
    updated_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class CampaignEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    actor_id: int | None
    action: str
    from_status: str | None
    to_status: str | None
    note: str | None
    at: datetime


class ReminderRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    campaign_id: int
    remind_on: date
    days_before: int
    message: str
    created_at: datetime


class ReceiptStats(BaseModel):
    """WeChat's delivery receipts (MASSSENDJOBFINISH / TEMPLATESENDJOBFINISH) for a campaign's send jobs."""

    jobs: int  # jobs WeChat accepted (one mass-send call each)
    reported: int  # of those, how many WeChat has reported on
    total_count: int  # followers the reported jobs addressed
    filter_count: int  # left after WeChat's filtering
    sent_count: int
    error_count: int
    statuses: dict[str, int]  # WeChat's Status per reported job, e.g. {"sendsuccess": 3}


class DeliveryStats(BaseModel):
    campaign_id: int
    status: CampaignStatus
    recipients: int
    audience_complete: bool
    by_status: dict[DeliveryStatus, int]
    sent: int
    pending: int  # pending + claimed: still to go
    failed: int
    failed_by_reason: dict[str, int]
    uncertain: int
    skipped_by_reason: dict[str, int]
    progress: float  # share of recipients with a final outcome
    receipts: ReceiptStats


class CalendarResult(BaseModel):
    year: int
    calendar_version: str
    created: list[int]
    existing: list[int]
    skipped: list[str]


class MenuItemStats(BaseModel):
    event: str  # WeChat's event: click, view, view_miniprogram, scancode_push ...
    key: str  # its EventKey: the CLICK key, the VIEW URL, the mini-program page
    name: str | None  # the button's label in our menu, when it is ours
    total: int
    by_day: dict[date, int]


class MenuStats(BaseModel):
    start: date
    end: date
    total: int
    items: list[MenuItemStats]  # most used first
