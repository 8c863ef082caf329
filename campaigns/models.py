"""Campaigns of the publicity office: the campaign, its audit trail, reminders and one delivery row per recipient."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SCHEDULED = "scheduled"  # approved by a second person, waiting for send_at
    SENDING = "sending"
    SENT = "sent"
    PARTIALLY_FAILED = "partially_failed"
    CANCELLED = "cancelled"


FINAL_STATUSES = (CampaignStatus.SENT, CampaignStatus.PARTIALLY_FAILED, CampaignStatus.CANCELLED)


class Channel(StrEnum):
    SUBSCRIBE = "subscribe"  # subscribe message; WeChat refuses (43101) users without quota
    CUSTOM = "custom"  # customer-service message, only inside the 48-hour window
    MASS = "mass"  # official-account mass send; 4 per follower per calendar month (service account)


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"  # a sender holds it under a lease
    SENT = "sent"
    FAILED = "failed"  # permanent error, or transient errors until attempts ran out
    UNCERTAIN = "uncertain"  # the worker died while WeChat had the request: not resent on its own
    SKIPPED = "skipped"  # never sent by design, e.g. the follower's monthly mass-send limit was used up
    CANCELLED = "cancelled"


class Campaign(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=64)
    summary = fields.CharField(max_length=200)
    body = fields.TextField(null=True)
    article_url = fields.CharField(max_length=500, null=True)
    cover_url = fields.CharField(max_length=500, null=True)
    theme = fields.CharField(max_length=100, null=True)  # the year's official theme, when the campaign has one
    theme_required = fields.BooleanField(default=False)  # calendar drafts: staff must fill the theme first
    channel = fields.CharEnumField(Channel, max_length=16)
    template_id = fields.CharField(max_length=64, null=True)  # subscribe channel only
    template_data: dict[str, str] = fields.JSONField(default=dict)
    audience: dict = fields.JSONField(default=dict)  # AudienceSpec as JSON
    send_at = fields.DatetimeField(null=True)
    starts_on = fields.DateField(null=True)  # public period the bot shows as "current"
    ends_on = fields.DateField(null=True)
    status = fields.CharEnumField(CampaignStatus, max_length=24, default=CampaignStatus.DRAFT, db_index=True)
    calendar_key = fields.CharField(max_length=32, null=True)
    calendar_year = fields.IntField(null=True)
    calendar_version = fields.CharField(max_length=32, null=True)
    created_by = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True)
    submitted_by = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True)
    approved_by = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True)
    audience_frozen = fields.BooleanField(default=False)  # every recipient row exists
    recipient_count = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "campaign"
        unique_together = (("calendar_key", "calendar_year"),)


class CampaignEvent(Model):
    """Audit trail: every change of a campaign, who did it, when, and why."""

    id = fields.IntField(primary_key=True)
    campaign = fields.ForeignKeyField("models.Campaign", related_name="events", on_delete=fields.CASCADE)
    actor = fields.ForeignKeyField("models.StaffAccount", related_name=False, null=True)  # None: the system
    action = fields.CharField(max_length=32)
    from_status = fields.CharField(max_length=24, null=True)
    to_status = fields.CharField(max_length=24, null=True)
    note = fields.TextField(null=True)
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "campaign_event"
        ordering = ["id"]


class CampaignReminder(Model):
    """A reminder to staff that a calendar campaign is not approved yet; one per campaign and threshold."""

    id = fields.IntField(primary_key=True)
    campaign = fields.ForeignKeyField("models.Campaign", related_name="reminders", on_delete=fields.CASCADE)
    remind_on = fields.DateField()
    days_before = fields.IntField()
    message = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)
    acknowledged_at = fields.DatetimeField(null=True)

    class Meta:
        table = "campaign_reminder"
        unique_together = (("campaign", "days_before"),)


class Delivery(Model):
    """One recipient of one campaign; the unique pair is what makes a resumed send skip nobody and repeat nobody."""

    id = fields.BigIntField(primary_key=True)
    campaign = fields.ForeignKeyField("models.Campaign", related_name="deliveries", on_delete=fields.CASCADE)
    subscriber_id = fields.IntField()
    openid = fields.CharField(max_length=64)
    status = fields.CharEnumField(DeliveryStatus, max_length=16, default=DeliveryStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)
    claim_token = fields.CharField(max_length=32, null=True)
    lease_until = fields.DatetimeField(null=True)
    error_code = fields.IntField(null=True)
    error_reason = fields.CharField(max_length=32, null=True)
    sent_at = fields.DatetimeField(null=True)
    quota_month = fields.CharField(max_length=7, null=True)  # mass channel: the month whose quota this row holds

    class Meta:
        table = "campaign_delivery"
        unique_together = (("campaign", "subscriber_id"),)
        indexes = (("campaign", "status"),)


class MassSendQuota(Model):
    """Mass sends a follower received in a calendar month (Asia/Shanghai); WeChat allows 4 on a service account."""

    id = fields.IntField(primary_key=True)
    subscriber_id = fields.IntField()
    month = fields.CharField(max_length=7)  # "2027-05"
    used = fields.IntField(default=0)

    class Meta:
        table = "campaign_mass_quota"
        unique_together = (("subscriber_id", "month"),)


class ReceiptKind(StrEnum):
    MASS = "mass"  # a mass send (msg_id of /message/mass/send); receipt: MASSSENDJOBFINISH
    TEMPLATE = "template"  # a template message (msgid of /message/template/send); receipt: TEMPLATESENDJOBFINISH


class SendReceipt(Model):
    """A message job WeChat numbered, and the delivery receipt it pushes for it when the job is done.

    Written when we send (msg_id, recipients) and when the receipt arrives (status and totals), in either order.
    `campaign` is None for a receipt of a job none of our campaigns sent (kept: it is still a delivery record).
    """

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(ReceiptKind, max_length=16)
    msg_id = fields.BigIntField()
    campaign = fields.ForeignKeyField("models.Campaign", related_name="receipts", null=True, on_delete=fields.CASCADE)
    recipients = fields.IntField(default=0)  # openids in our call
    status = fields.CharField(max_length=64, null=True)  # WeChat's Status: sendsuccess, err(10001), failed:user block
    total_count = fields.IntField(null=True)  # followers the job addressed
    filter_count = fields.IntField(null=True)  # left after WeChat's filtering (unfollowed, monthly limit)
    sent_count = fields.IntField(null=True)
    error_count = fields.IntField(null=True)
    sent_at = fields.DatetimeField(null=True)
    reported_at = fields.DatetimeField(null=True)

    class Meta:
        table = "campaign_send_receipt"
        unique_together = (("kind", "msg_id"),)
