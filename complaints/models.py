"""Database models of the short-weight complaint domain."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ComplaintStatus(StrEnum):
    PENDING = "pending"  # 待受理
    ACCEPTED = "accepted"  # 已受理
    REFUSED = "refused"  # 不予受理
    MEDIATING = "mediating"  # 调解中
    MEDIATED = "mediated"  # 调解成功
    TERMINATED = "terminated"  # 终止调解
    WITHDRAWN = "withdrawn"  # 已撤回


STATUS_LABELS = {
    ComplaintStatus.PENDING: "待受理",
    ComplaintStatus.ACCEPTED: "已受理",
    ComplaintStatus.REFUSED: "不予受理",
    ComplaintStatus.MEDIATING: "调解中",
    ComplaintStatus.MEDIATED: "调解成功",
    ComplaintStatus.TERMINATED: "终止调解",
    ComplaintStatus.WITHDRAWN: "已撤回",
}
OPEN_STATUSES = (ComplaintStatus.PENDING, ComplaintStatus.ACCEPTED, ComplaintStatus.MEDIATING)
CLOSED_STATUSES = (ComplaintStatus.REFUSED, ComplaintStatus.MEDIATED, ComplaintStatus.TERMINATED)


class ContentCheck(StrEnum):
    PENDING = "pending"  # the gateway was down: a job re-checks
    PASS = "pass"
    REVIEW = "review"  # WeChat suggests a human look
    RISKY = "risky"  # found risky on a later re-check: hidden from staff lists until reviewed


class PhotoCheck(StrEnum):
    PENDING = "pending"
    PASS = "pass"
    REVIEW = "review"
    RISKY = "risky"


class ActorKind(StrEnum):
    CITIZEN = "citizen"
    STAFF = "staff"
    SYSTEM = "system"


class NotificationStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    NO_QUOTA = "no_quota"  # the user has not granted (or has used up) this template: nothing sent
    REFUSED = "refused"  # WeChat said 43101
    RETRYING = "retrying"
    FAILED = "failed"


class Market(Model):
    """A market or shopping place; `market:<id>` QR scenes at its 公平秤 point here."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    district = fields.CharField(max_length=32, db_index=True)
    address = fields.CharField(max_length=200, default="")
    active = fields.BooleanField(default=True)
    fair_scale = fields.BooleanField(default=False)  # has a 公平秤 (public check scale) citizens can reweigh on
    latitude = fields.FloatField(null=True)  # WGS-84, as WeChat's LOCATION event reports the follower's position
    longitude = fields.FloatField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "complaint_market"
        unique_together = (("district", "name"),)


class FairScale(Model):
    """A 公平秤 of a market as its verification certificate describes it: what decides whether a re-weighing on it
    is Art. 6's 高准确度 (1x) or 等准确度 (2x) method."""

    id = fields.IntField(primary_key=True)
    market: fields.ForeignKeyRelation[Market] = fields.ForeignKeyField(
        "models.Market", related_name="fair_scales", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=50, default="公平秤")  # where it stands, or its number
    accuracy_class = fields.CharField(max_length=4)  # I | II | III | IIII
    division_g = fields.DecimalField(max_digits=10, decimal_places=3)  # 检定分度值 e
    max_capacity_g = fields.DecimalField(max_digits=12, decimal_places=2)
    verified_on = fields.DateField()
    valid_until = fields.DateField()  # 检定有效期至
    certificate_no = fields.CharField(max_length=50, default="")
    active = fields.BooleanField(default=True)
    updated_by = fields.IntField(null=True)  # StaffAccount id
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "complaint_fair_scale"


class Merchant(Model):
    """A stall or shop as citizens name it, identified by its normalised name within a market or district."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    identity_key = fields.CharField(max_length=255, unique=True)
    district = fields.CharField(max_length=32, db_index=True)
    market: fields.ForeignKeyNullableRelation[Market] = fields.ForeignKeyField(
        "models.Market", related_name="merchants", null=True, on_delete=fields.SET_NULL
    )
    location = fields.CharField(max_length=200, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "complaint_merchant"


class Complaint(Model):
    id = fields.IntField(primary_key=True)
    tracking_no = fields.CharField(max_length=20, unique=True)
    # A case staff took by phone or at the counter (登记表) belongs to the intake desk's placeholder account
    # (complaints.filing.DESK_OPENID), which no WeChat login can reach.
    user = fields.ForeignKeyField("models.MiniappUser", related_name="complaints", on_delete=fields.CASCADE)
    idempotency_key = fields.CharField(max_length=64)
    track = fields.CharField(max_length=12, default="complaint", db_index=True)  # complaint (投诉) | report (举报)
    kind = fields.CharField(max_length=24, default="weighed", db_index=True)  # complaints.kinds slug
    # Nullable so the columns can be added to a table with rows (cases filed before them read as no facts).
    kind_facts: dict | None = fields.JSONField(null=True)  # validated by complaints.kinds' schema of `kind`
    staff_facts: dict | None = fields.JSONField(null=True)  # what staff record later (measurements, meter test)
    intake_channel = fields.CharField(max_length=8, default="miniapp")  # miniapp | phone | counter
    complainant_name = fields.CharField(max_length=50, default="")
    complainant_address = fields.CharField(max_length=200, default="")
    anonymous = fields.BooleanField(default=False)  # an anonymous report: no identity kept, no feedback sent
    registration_12315 = fields.CharField(max_length=32, null=True)
    registered_12315_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(ComplaintStatus, max_length=16, default=ComplaintStatus.PENDING, db_index=True)

    merchant: fields.ForeignKeyRelation[Merchant] = fields.ForeignKeyField(
        "models.Merchant", related_name="complaints", on_delete=fields.CASCADE
    )
    market: fields.ForeignKeyNullableRelation[Market] = fields.ForeignKeyField(
        "models.Market", related_name="complaints", null=True, on_delete=fields.SET_NULL
    )
    merchant_name = fields.CharField(max_length=100)
    location = fields.CharField(max_length=200)
    district = fields.CharField(max_length=32, db_index=True)  # where it happened (slug)
    assigned_district = fields.CharField(max_length=32, db_index=True)  # the office handling it

    goods = fields.CharField(max_length=50)
    category = fields.CharField(max_length=32, db_index=True)
    unit_price = fields.DecimalField(max_digits=12, decimal_places=2)  # weighed goods only (0 for other kinds)
    price_unit = fields.CharField(max_length=8)  # kg | jin | g
    amount_paid = fields.DecimalField(max_digits=12, decimal_places=2)  # weighed goods only (0 for other kinds)
    charged_weight_g = fields.DecimalField(max_digits=12, decimal_places=2)  # weighed goods only (0 for other kinds)
    found_weight_g = fields.DecimalField(max_digits=12, decimal_places=2)  # weighed goods only (0 for other kinds)
    reweigh_method = fields.CharField(max_length=32)
    purchased_at = fields.DatetimeField()
    description = fields.TextField()
    contact_phone = fields.CharField(max_length=20)

    assessment: dict = fields.JSONField()
    assessment_verdict = fields.CharField(max_length=16, db_index=True)
    content_check = fields.CharEnumField(ContentCheck, max_length=8, default=ContentCheck.PASS, db_index=True)

    regulation = fields.CharField(max_length=16)  # samr-20 | samr-121, by the date received
    policy: dict = fields.JSONField()  # the deadline policy applied to this case (snapshot)
    received_on = fields.DateField()
    filed_month = fields.CharField(max_length=7, db_index=True)  # 2026-11, for statistics
    accept_due_on = fields.DateField()
    mediation_due_on = fields.DateField(null=True)
    due_on = fields.DateField(null=True, db_index=True)  # the deadline that applies in the current status
    deadline_estimated = fields.BooleanField(default=False)  # the holiday calendar did not cover the period

    refusal_reason = fields.CharField(max_length=64, null=True)
    termination_reason = fields.CharField(max_length=200, null=True)
    refund_amount = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    compensation_amount = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    outcome_note = fields.TextField(null=True)
    substantiated = fields.BooleanField(null=True)

    rating = fields.SmallIntField(null=True)
    rating_comment = fields.CharField(max_length=300, null=True)
    rated_at = fields.DatetimeField(null=True)

    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "complaint"
        unique_together = (("user", "idempotency_key"),)
        ordering = ["-id"]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


class ComplaintEvent(Model):
    id = fields.IntField(primary_key=True)
    complaint: fields.ForeignKeyRelation[Complaint] = fields.ForeignKeyField(
        "models.Complaint", related_name="events", on_delete=fields.CASCADE
    )
    action = fields.CharField(max_length=32)  # filed, accept, refuse, assign, ...
    from_status = fields.CharField(max_length=16, null=True)
    to_status = fields.CharField(max_length=16)
    actor_kind = fields.CharEnumField(ActorKind, max_length=8)
    actor_id = fields.IntField(null=True)
    actor_name = fields.CharField(max_length=64, default="")
    note = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "complaint_event"
        ordering = ["id"]


class ComplaintPhoto(Model):
    """An evidence photo, re-encoded without metadata; uploaded first, attached when the case is filed."""

    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField("models.MiniappUser", related_name="complaint_photos", on_delete=fields.CASCADE)
    complaint: fields.ForeignKeyNullableRelation[Complaint] = fields.ForeignKeyField(
        "models.Complaint", related_name="photos", null=True, on_delete=fields.CASCADE
    )
    stored_name = fields.CharField(max_length=100, unique=True)  # random; relative to the uploads directory
    content_type = fields.CharField(max_length=16)
    size_bytes = fields.IntField()
    width = fields.IntField()
    height = fields.IntField()
    sha256 = fields.CharField(max_length=64)
    check_status = fields.CharEnumField(PhotoCheck, max_length=8, default=PhotoCheck.PENDING)
    check_trace_id = fields.CharField(max_length=64, null=True, db_index=True)  # mediaCheckAsync trace_id
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "complaint_photo"


class DailySequence(Model):
    """The last tracking-number sequence used on a day (incremented atomically by an upsert)."""

    day = fields.CharField(max_length=8, primary_key=True)  # yyyymmdd
    last_value = fields.IntField(default=0)

    class Meta:
        table = "complaint_daily_sequence"


class DeadlinePolicy(Model):
    """A staff-configured version of a regulation's time limits; never edited (except to confirm it), superseded
    by a newer row."""

    id = fields.IntField(primary_key=True)
    regulation = fields.CharField(max_length=16, db_index=True)
    # The fields keep their first names; since limits have units they hold a number of `*_unit` days.
    accept_working_days = fields.SmallIntField()
    accept_unit = fields.CharField(max_length=16, default="working_days")  # working_days | calendar_days
    mediation_working_days = fields.SmallIntField()
    mediation_unit = fields.CharField(max_length=16, default="working_days")
    effective_from = fields.DateField()
    note = fields.TextField(default="")
    created_by = fields.IntField(null=True)  # StaffAccount id
    created_at = fields.DatetimeField(auto_now_add=True)
    # A provisional version (confirmed_at NULL) is shown but not applied until an administrator confirms it.
    confirmed_at = fields.DatetimeField(null=True)
    confirmed_by = fields.IntField(null=True)

    class Meta:
        table = "complaint_deadline_policy"


class ComplaintNotification(Model):
    id = fields.IntField(primary_key=True)
    complaint: fields.ForeignKeyRelation[Complaint] = fields.ForeignKeyField(
        "models.Complaint", related_name="notifications", on_delete=fields.CASCADE
    )
    event: fields.ForeignKeyRelation[ComplaintEvent] = fields.ForeignKeyField(
        "models.ComplaintEvent", related_name="notifications", on_delete=fields.CASCADE
    )
    template_id = fields.CharField(max_length=64)
    status = fields.CharEnumField(NotificationStatus, max_length=10, default=NotificationStatus.QUEUED)
    attempts = fields.SmallIntField(default=0)
    errcode = fields.IntField(null=True)
    errmsg = fields.CharField(max_length=200, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "complaint_notification"


class DocumentSequence(Model):
    """The last number used in the bureau's series of one kind of 文书 in one year (incremented by an upsert)."""

    key = fields.CharField(max_length=40, primary_key=True)  # "<year>:<document kind>"
    last_value = fields.IntField(default=0)

    class Meta:
        table = "complaint_document_sequence"


class ComplaintDocument(Model):
    """A 文书 issued on a case, numbered in the bureau's series; the file is rendered again from these fields."""

    id = fields.IntField(primary_key=True)
    complaint: fields.ForeignKeyRelation[Complaint] = fields.ForeignKeyField(
        "models.Complaint", related_name="documents", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=32, db_index=True)
    year = fields.SmallIntField()
    sequence = fields.IntField()
    number = fields.CharField(max_length=64, unique=True)  # 呼市监计〔2026〕受字第3号
    ground = fields.CharField(max_length=64, null=True)  # the refusal / termination ground marked on it
    fields_snapshot: dict = fields.JSONField(default=dict)  # the case facts as filled in at issue
    issued_by = fields.IntField(null=True)  # StaffAccount id
    issued_by_name = fields.CharField(max_length=64, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "complaint_document"
        unique_together = (("kind", "year", "sequence"),)
