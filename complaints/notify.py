"""Subscribe-message notifications of status changes, and the per-(user, template) quota users grant.

Each accept in wx.requestSubscribeMessage grants one send; the mini-program reports the accepted templates to
POST /api/v1/miniapp/subscriptions. A send consumes one unit first (a conditional decrement, so concurrent jobs
cannot both spend the last one) and gives it back when WeChat did not deliver for a reason other than 43101.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Any

from arq.connections import ArqRedis
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from complaints.models import (
    STATUS_LABELS,
    Complaint,
    ComplaintEvent,
    ComplaintNotification,
    ComplaintStatus,
    NotificationStatus,
    SubscribeQuota,
)
from core import clock
from core.jobs import enqueue
from core.models import MiniappUser
from core.wechat_retry import RetryPolicy

log = logging.getLogger(__name__)
MAX_QUOTA_PER_TEMPLATE = 50  # one-time grants pile up; beyond this a client is misreporting
MAX_ATTEMPTS = 4
RETRY_BASE_SECONDS = 30.0  # 30 s, 60 s, 120 s between attempts
# Field keys of the complaint-status template chosen in 公众平台 (character_string / phrase / thing / time).
TEMPLATE_FIELDS = ("character_string1", "phrase2", "thing3", "time4")
DETAIL_PAGE = "pages/complaints/detail?id={id}"


def send_retry() -> RetryPolicy:
    """Read at each send, so the base delay can be shortened (tests)."""
    return RetryPolicy(base_seconds=RETRY_BASE_SECONDS, max_attempts=MAX_ATTEMPTS, backoff=2)


def job_id(notification_id: int) -> str:
    return f"complaint-notification:{notification_id}"


async def queue(arq: ArqRedis, notification_id: int) -> None:
    """Queue the send; a Redis hiccup leaves the row `queued` for the periodic sweep instead of failing the request."""
    try:
        await enqueue(arq, "send_complaint_notification", notification_id, job_id=job_id(notification_id))
    except Exception:
        log.warning("notification %s not queued; the sweep will retry", notification_id, exc_info=True)


async def grant(*, user_id: int, template_ids: list[str]) -> dict[str, int]:
    """Add one send per accepted template; returns the quota now held per template."""
    result: dict[str, int] = {}
    for template_id in dict.fromkeys(t.strip() for t in template_ids if t.strip()):
        query = SubscribeQuota.filter(user_id=user_id, template_id=template_id)
        more = {"remaining": F("remaining") + 1, "accepted": True}
        if await query.filter(remaining__lt=MAX_QUOTA_PER_TEMPLATE).update(**more) == 0:
            try:
                await SubscribeQuota.create(user_id=user_id, template_id=template_id, remaining=1)
            except IntegrityError:  # created concurrently, or already at the cap
                await query.filter(remaining__lt=MAX_QUOTA_PER_TEMPLATE).update(**more)
        row = await query.first()
        result[template_id] = row.remaining if row else 0
    return result


class SubscriptionChoice(StrEnum):
    """What WeChat reports about a user and a template (subscribe_msg_popup/change/sent events)."""

    ACCEPTED = "accepted"  # accepted in the pop-up: one more send, and the template is wanted
    REJECTED = "rejected"  # rejected in the pop-up: not wanted (sends already granted stay usable)
    CANCELLED = "cancelled"  # switched off in the settings: nothing can be sent any more
    SEND_REFUSED = "send_refused"  # WeChat refused one of our sends for lack of permission (43101)


async def record_choice(*, unionid: str, template_id: str, choice: SubscriptionChoice) -> int:
    """Bring the quota and grant state of the mini-program users behind `unionid` in step with what WeChat
    reported; returns how many users it concerned (0: nobody we know)."""
    template_id = template_id.strip()[:64]
    user_ids = await MiniappUser.filter(unionid=unionid).values_list("id", flat=True) if unionid else []
    for user_id in user_ids:
        if choice is SubscriptionChoice.ACCEPTED:
            await grant(user_id=user_id, template_ids=[template_id])
            continue
        values: dict[str, Any] = {"accepted": False}
        if choice is not SubscriptionChoice.REJECTED:
            values["remaining"] = 0
        if not await SubscribeQuota.filter(user_id=user_id, template_id=template_id).update(**values):
            try:
                await SubscribeQuota.create(user_id=user_id, template_id=template_id, **values)
            except IntegrityError:  # created concurrently
                await SubscribeQuota.filter(user_id=user_id, template_id=template_id).update(**values)
    return len(user_ids)


async def quotas(*, user_id: int) -> dict[str, int]:
    return {q.template_id: q.remaining for q in await SubscribeQuota.filter(user_id=user_id)}


async def consume(*, user_id: int, template_id: str) -> bool:
    spent = await SubscribeQuota.filter(user_id=user_id, template_id=template_id, remaining__gt=0).update(
        remaining=F("remaining") - 1
    )
    return spent == 1


async def give_back(*, user_id: int, template_id: str) -> None:
    await SubscribeQuota.filter(user_id=user_id, template_id=template_id).update(remaining=F("remaining") + 1)


def _thing(text: str) -> str:
    """thing.DATA takes at most 20 characters (47003 otherwise)."""
    return text if len(text) <= 20 else text[:19] + "…"


def message_data(complaint: Complaint, event: ComplaintEvent) -> dict[str, str]:
    status = ComplaintStatus(event.to_status)
    when = event.created_at.astimezone(clock.ZONE).strftime("%Y-%m-%d %H:%M")
    note = event.note or STATUS_LABELS[status]
    values = (complaint.tracking_no, STATUS_LABELS[status], _thing(note), when)
    return dict(zip(TEMPLATE_FIELDS, values, strict=True))


async def send(notification_id: int, *, wechat: Any, job_try: int) -> NotificationStatus:
    """Deliver one notification (the body of the arq job); raises arq.Retry for transient WeChat errors."""
    from core.wechat import WeChatError, WeChatQuotaExceeded

    notification = await ComplaintNotification.get_or_none(id=notification_id)
    if notification is None or notification.status not in (NotificationStatus.QUEUED, NotificationStatus.RETRYING):
        return notification.status if notification else NotificationStatus.FAILED
    complaint = await Complaint.get(id=notification.complaint_id)  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise
    event = await ComplaintEvent.get(id=notification.event_id)  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise
    user = await MiniappUser.get(id=complaint.user_id)  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise

    # Claim this attempt: a duplicate job (a sweep racing a deferred retry) finds `attempts` moved on and stops.
    claimed = await ComplaintNotification.filter(
        id=notification.id,
        status__in=[NotificationStatus.QUEUED, NotificationStatus.RETRYING],
        attempts=notification.attempts,
    ).update(attempts=notification.attempts + 1, updated_at=clock.now_local())
    if not claimed:
        return notification.status
    notification.attempts += 1

    if not await consume(user_id=user.id, template_id=notification.template_id):
        notification.status = NotificationStatus.NO_QUOTA
        await notification.save(update_fields=["status", "updated_at"])
        return notification.status

    try:
        await wechat.send_subscribe_message(
            openid=user.openid,
            template_id=notification.template_id,
            data=message_data(complaint, event),
            page=DETAIL_PAGE.format(id=complaint.id),
        )
    except WeChatError as exc:
        notification.errcode = exc.errcode
        notification.errmsg = (exc.errmsg or type(exc).__name__)[:200]
        if isinstance(exc, WeChatQuotaExceeded):  # 43101
            # WeChat holds no quota for this user and template: ours was out of date.
            await SubscribeQuota.filter(user_id=user.id, template_id=notification.template_id).update(
                remaining=0, accepted=False
            )
            notification.status = NotificationStatus.REFUSED
        else:
            await give_back(user_id=user.id, template_id=notification.template_id)
            retry = send_retry().should_retry(exc, job_try)
            notification.status = NotificationStatus.RETRYING if retry else NotificationStatus.FAILED
        await notification.save(update_fields=["status", "attempts", "errcode", "errmsg", "updated_at"])
        log.info("notification %s: WeChat error %s -> %s", notification.id, exc.errcode, notification.status)
        if notification.status is NotificationStatus.RETRYING:
            send_retry().retry(exc, job_try)
        return notification.status
    notification.status = NotificationStatus.SENT
    notification.sent_at = clock.now_local()
    notification.errcode = None
    notification.errmsg = None
    await notification.save(update_fields=["status", "attempts", "sent_at", "errcode", "errmsg", "updated_at"])
    return notification.status
