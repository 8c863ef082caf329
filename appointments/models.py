"""Database models of compulsory verification (强制检定): enterprises, instruments, sites, slots, bookings."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class EnterpriseStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class MemberRole(StrEnum):
    ADMIN = "admin"  # may invite, approve and remove members
    MEMBER = "member"


class MemberStatus(StrEnum):
    PENDING = "pending"  # asked to join; waits for the enterprise's admin
    ACTIVE = "active"


class InstrumentStatus(StrEnum):
    IN_USE = "in_use"
    STOPPED = "stopped"  # 停止使用: failed verification, until it passes again
    RETIRED = "retired"  # 已报废/已轮换


class DueKind(StrEnum):
    INITIAL = "initial"  # never verified: 首次检定 needed before use
    REVERIFY = "reverify"  # periodic: 周期检定 by the due date
    REPLACE = "replace"  # 首检·限期·轮换: replace by the due date, never re-verified


class SiteKind(StrEnum):
    INSTITUTE = "institute"  # 法定计量检定机构
    AUTHORISED = "authorised"  # 授权的计量检定机构


class SlotMode(StrEnum):
    LAB = "lab"  # instruments are brought to the site
    ONSITE = "onsite"  # officers go to the enterprise (地磅、加油机 ...)


class BookingStatus(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"  # never checked in; released by the daily job after the slot ended


ACTIVE_BOOKING_STATUSES = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN)


class Enterprise(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=128)
    uscc = fields.CharField(max_length=18, unique=True)  # 统一社会信用代码, normalised
    district = fields.CharField(max_length=32, db_index=True)  # core.districts slug
    address = fields.CharField(max_length=256)
    contact_name = fields.CharField(max_length=64)
    contact_phone = fields.CharField(max_length=20)
    status = fields.CharEnumField(EnterpriseStatus, max_length=16, default=EnterpriseStatus.PENDING, db_index=True)
    reject_reason = fields.CharField(max_length=500, null=True)
    registered_by = fields.IntField()  # MiniappUser id
    reviewed_by = fields.IntField(null=True)  # StaffAccount id
    reviewed_at = fields.DatetimeField(null=True)
    invite_code = fields.CharField(max_length=16, null=True, unique=True)
    invite_expires_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "appointment_enterprise"


class EnterpriseMember(Model):
    id = fields.IntField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="members", on_delete=fields.CASCADE
    )
    user_id = fields.IntField(db_index=True)  # MiniappUser id
    role = fields.CharEnumField(MemberRole, max_length=16, default=MemberRole.MEMBER)
    status = fields.CharEnumField(MemberStatus, max_length=16, default=MemberStatus.ACTIVE)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "appointment_enterprise_member"
        unique_together = (("enterprise", "user_id"),)


class CatalogueOverride(Model):
    """A staff correction of one catalogue entry (or a new entry); wins over the shipped and local files."""

    slug = fields.CharField(max_length=64, primary_key=True)
    data: dict = fields.JSONField()
    updated_by = fields.IntField()  # StaffAccount id
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "appointment_catalogue_override"


class Instrument(Model):
    """A registered compulsory-verification instrument (强检器具备案)."""

    id = fields.IntField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="instruments", on_delete=fields.CASCADE
    )
    type_slug = fields.CharField(max_length=64, db_index=True)
    model = fields.CharField(max_length=64)
    serial_no = fields.CharField(max_length=64)
    measuring_range = fields.CharField(max_length=64, default="")
    accuracy_class = fields.CharField(max_length=32, default="")
    location = fields.CharField(max_length=128, default="")
    use_area = fields.CharField(max_length=16)
    status = fields.CharEnumField(InstrumentStatus, max_length=16, default=InstrumentStatus.IN_USE, db_index=True)
    last_verified_on = fields.DateField(null=True)
    due_kind = fields.CharEnumField(DueKind, max_length=16, default=DueKind.INITIAL)
    next_due_on = fields.DateField(null=True, db_index=True)  # None with INITIAL: due now; with REPLACE: 失准报废
    created_by = fields.IntField()  # MiniappUser id
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "appointment_instrument"
        unique_together = (("enterprise", "serial_no"),)


class Site(Model):
    """A verification site: the city's 计量检定机构 or an authorised body."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=128)
    kind = fields.CharEnumField(SiteKind, max_length=16)
    district = fields.CharField(max_length=32)
    address = fields.CharField(max_length=256)
    phone = fields.CharField(max_length=32, default="")
    instrument_types: list[str] = fields.JSONField(default=list)  # catalogue slugs served
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "appointment_site"


class Slot(Model):
    """A time slot of a site; `capacity` and `booked` count instruments (台件)."""

    id = fields.IntField(primary_key=True)
    site: fields.ForeignKeyRelation[Site] = fields.ForeignKeyField(
        "models.Site", related_name="slots", on_delete=fields.CASCADE
    )
    starts_at = fields.DatetimeField(db_index=True)
    ends_at = fields.DatetimeField()
    mode = fields.CharEnumField(SlotMode, max_length=16, default=SlotMode.LAB)
    capacity = fields.IntField()
    booked = fields.IntField(default=0)  # changed only by conditional UPDATEs (see service.book)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "appointment_slot"


class Booking(Model):
    id = fields.IntField(primary_key=True)
    confirmation_no = fields.CharField(max_length=24, unique=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="bookings", on_delete=fields.CASCADE
    )
    slot: fields.ForeignKeyRelation[Slot] = fields.ForeignKeyField(
        "models.Slot", related_name="bookings", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(BookingStatus, max_length=16, default=BookingStatus.BOOKED, db_index=True)
    instrument_count = fields.IntField()
    onsite_address = fields.CharField(max_length=256, null=True)
    note = fields.CharField(max_length=500, default="")
    created_by = fields.IntField()  # MiniappUser id
    created_at = fields.DatetimeField(auto_now_add=True)
    cancelled_at = fields.DatetimeField(null=True)
    checked_in_at = fields.DatetimeField(null=True)
    checked_in_by = fields.IntField(null=True)  # StaffAccount id
    completed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "appointment_booking"


class BookingItem(Model):
    """One instrument of a booking, with its verification result once recorded."""

    id = fields.IntField(primary_key=True)
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="items", on_delete=fields.CASCADE
    )
    instrument: fields.ForeignKeyRelation[Instrument] = fields.ForeignKeyField(
        "models.Instrument", related_name="booking_items", on_delete=fields.CASCADE
    )
    passed = fields.BooleanField(null=True)
    certificate_no = fields.CharField(max_length=64, null=True)
    verified_on = fields.DateField(null=True, db_index=True)
    due_before = fields.DateField(null=True)  # the instrument's due date when verified (for 受检率)
    result_note = fields.CharField(max_length=500, default="")
    recorded_by = fields.IntField(null=True)  # StaffAccount id
    recorded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "appointment_booking_item"
        unique_together = (("booking", "instrument"),)


class InstrumentHold(Model):
    """The lock row "this instrument has an active booking": one per instrument, enforced by the primary key."""

    instrument: fields.OneToOneRelation[Instrument] = fields.OneToOneField(
        "models.Instrument", related_name="hold", on_delete=fields.CASCADE, primary_key=True
    )
    booking: fields.ForeignKeyRelation[Booking] = fields.ForeignKeyField(
        "models.Booking", related_name="holds", on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "appointment_instrument_hold"


class DueReminder(Model):
    """A due-soon reminder; unique per instrument, due date and lead time, so it is sent once."""

    id = fields.IntField(primary_key=True)
    instrument: fields.ForeignKeyRelation[Instrument] = fields.ForeignKeyField(
        "models.Instrument", related_name="reminders", on_delete=fields.CASCADE
    )
    due_on = fields.DateField()
    lead_days = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    recipients = fields.IntField(default=0)

    class Meta:
        table = "appointment_due_reminder"
        unique_together = (("instrument", "due_on", "lead_days"),)


class CheckStatus(StrEnum):
    REQUESTED = "requested"  # staff asked for it; waits for a verification officer
    COMPLETED = "completed"  # result recorded


class VerificationCheck(Model):
    """A verification check of one instrument in service that a case names (a station's pump), asked for by staff.

    Not a booking: there is no enterprise asking and no slot to fill; an officer goes to the place and records the
    result. `source` + `source_ref` name what asked for it (e.g. "complaint", the complaint's id) and are unique,
    so asking twice yields the one check."""

    id = fields.IntField(primary_key=True)
    source = fields.CharField(max_length=16)
    source_ref = fields.CharField(max_length=32)
    type_slug = fields.CharField(max_length=64)  # catalogue slug: fuel_dispenser, gas_dispenser ...
    place = fields.CharField(max_length=128)  # station / operator
    unit_no = fields.CharField(max_length=32)  # pump (nozzle) number
    district = fields.CharField(max_length=32, db_index=True)
    planned_on = fields.DateField(null=True)
    status = fields.CharEnumField(CheckStatus, max_length=16, default=CheckStatus.REQUESTED, db_index=True)
    requested_by = fields.IntField()  # StaffAccount id
    requested_by_name = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    passed = fields.BooleanField(null=True)
    certificate_no = fields.CharField(max_length=64, null=True)
    result_note = fields.CharField(max_length=500, default="")
    recorded_by = fields.IntField(null=True)  # StaffAccount id
    recorded_by_name = fields.CharField(max_length=64, null=True)
    recorded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "appointment_verification_check"
        unique_together = (("source", "source_ref"),)
