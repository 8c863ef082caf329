"""Identities shared by every domain: staff accounts, mini-program users, official-account subscribers."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class StaffRole(StrEnum):
    ADMIN = "admin"
    COMPLAINT_HANDLER = "complaint_handler"
    VERIFICATION_OFFICER = "verification_officer"
    PUBLICITY_EDITOR = "publicity_editor"
    PUBLICITY_REVIEWER = "publicity_reviewer"


class StaffAccount(Model):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True)
    display_name = fields.CharField(max_length=64)
    roles: list[str] = fields.JSONField(default=list)  # values of StaffRole
    district = fields.CharField(max_length=32, null=True)  # a district office (core.districts slug); None: city-wide
    token_hash = fields.CharField(max_length=64, unique=True)  # sha256 of the API token, never the token
    token_issued_at = fields.DatetimeField(null=True)  # expires JILIANG_STAFF_API_TOKEN_DAYS later; None: created_at
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_seen_at = fields.DatetimeField(null=True)
    # Console login (core.passwords, core.staff_sessions): argon2id hash, never the password.
    password_hash = fields.CharField(max_length=255, null=True)
    password_must_change = fields.BooleanField(default=True)  # first login and after an admin's reset
    password_changed_at = fields.DatetimeField(null=True)
    failed_logins = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    totp_secret = fields.CharField(max_length=64, null=True)  # base32, RFC 6238; active once totp_enabled
    totp_enabled = fields.BooleanField(default=False)
    # The official-account openid bound through a one-time code (core.staff_wechat); None: not told by WeChat.
    wechat_openid = fields.CharField(max_length=64, null=True, unique=True)
    wechat_bound_at = fields.DatetimeField(null=True)

    class Meta:
        table = "staff_account"

    def has_role(self, *roles: StaffRole) -> bool:
        return StaffRole.ADMIN in self.roles or any(role in self.roles for role in roles)


class MiniappUser(Model):
    """A citizen or merchant known through the mini-program (openid from code2Session)."""

    id = fields.IntField(primary_key=True)
    openid = fields.CharField(max_length=64, unique=True)
    unionid = fields.CharField(max_length=64, null=True, db_index=True)
    phone = fields.CharField(max_length=20, null=True)  # shown masked; see core.privacy
    created_at = fields.DatetimeField(auto_now_add=True)
    last_login_at = fields.DatetimeField(null=True)

    class Meta:
        table = "miniapp_user"


class SubscribeQuota(Model):
    """Sends a user granted for a subscribe-message template (one per accept in wx.requestSubscribeMessage);
    kept by core.subscribe_sender for every domain."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[MiniappUser] = fields.ForeignKeyField(
        "models.MiniappUser", related_name="subscribe_quotas", on_delete=fields.CASCADE
    )
    template_id = fields.CharField(max_length=64)
    remaining = fields.IntField(default=0)
    # The user's standing choice for this template as WeChat last reported it (subscribe_msg_* events): False
    # after a reject or a cancel in the settings, True again after an accept.
    accepted = fields.BooleanField(default=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "subscribe_quota"
        unique_together = (("user", "template_id"),)


class SubscribeAttempt(Model):
    """One attempt to send a subscribe message (core.subscribe_sender), whatever its outcome: the record staff
    and tests read to see who was told what, and why not."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[MiniappUser] = fields.ForeignKeyField(
        "models.MiniappUser", related_name="subscribe_attempts", on_delete=fields.CASCADE
    )
    template_id = fields.CharField(max_length=64)
    purpose = fields.CharField(max_length=100, db_index=True)  # what it was about: "complaint-notification:12"
    attempt = fields.SmallIntField(default=1)  # the job's try (arq job_try)
    outcome = fields.CharField(max_length=16)  # core.subscribe_sender.Outcome
    errcode = fields.IntField(null=True)
    errmsg = fields.CharField(max_length=200, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "subscribe_attempt"


class Subscriber(Model):
    """A follower of the official account: the audience of bot replies and campaigns."""

    id = fields.IntField(primary_key=True)
    openid = fields.CharField(max_length=64, unique=True)
    unionid = fields.CharField(max_length=64, null=True, db_index=True)
    following = fields.BooleanField(default=True, db_index=True)
    audience = fields.CharField(max_length=16, default="citizen")  # citizen | enterprise
    district = fields.CharField(max_length=32, null=True, db_index=True)  # core.districts slug
    tags: list[str] = fields.JSONField(default=list)
    scene = fields.CharField(max_length=64, null=True)  # last QR scene, e.g. a market's 公平秤 code
    first_seen_at = fields.DatetimeField(auto_now_add=True)
    last_interaction_at = fields.DatetimeField(null=True, db_index=True)  # opens the 48-hour window
    unsubscribed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "subscriber"


class AuditEntry(Model):
    """One staff action, chained to the previous entry by SHA-256 (core.audit); rows are never updated."""

    id = fields.IntField(primary_key=True)
    seq = fields.BigIntField(unique=True)  # 1, 2, 3 ...: a gap or a fork is visible, two writers cannot share one
    at = fields.DatetimeField(db_index=True)
    actor_id = fields.IntField(null=True, db_index=True)  # StaffAccount.id; None for an unknown username
    actor_name = fields.CharField(max_length=64)
    ip = fields.CharField(max_length=64, default="")
    action = fields.CharField(max_length=64, db_index=True)
    target = fields.CharField(max_length=128, default="")  # e.g. complaint:12
    details: dict = fields.JSONField(default=dict)
    prev_hash = fields.CharField(max_length=64)
    hash = fields.CharField(max_length=64)

    class Meta:
        table = "audit_entry"


class StaffMessage(Model):
    """One template message to a staff member's WeChat (core.staff_wechat), and what became of it.

    `day` + `kind` "digest" is unique per staff member: the daily digest goes out once even with several
    workers. `msg_id` is WeChat's msgid, matched by the TEMPLATESENDJOBFINISH push (`receipt`).
    """

    id = fields.IntField(primary_key=True)
    staff_id = fields.IntField(db_index=True)
    kind = fields.CharField(max_length=16)  # digest | handover
    day = fields.DateField()  # local day it belongs to
    dedupe_key = fields.CharField(max_length=96, unique=True)  # digest:<staff>:<day>, handover:<staff>:<case>
    openid = fields.CharField(max_length=64)
    summary = fields.CharField(max_length=200)
    status = fields.CharField(max_length=16, default="pending")  # pending | sent | failed | delivered | undelivered
    errcode = fields.IntField(null=True)
    msg_id = fields.BigIntField(null=True, db_index=True)
    receipt = fields.CharField(max_length=64, null=True)  # Status of TEMPLATESENDJOBFINISH: success, failed:user block
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    reported_at = fields.DatetimeField(null=True)

    class Meta:
        table = "staff_message"
