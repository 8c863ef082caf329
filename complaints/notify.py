"""Subscribe-message notifications of complaint status changes (one ComplaintNotification row each).

The quota users grant, WeChat's errors and the record of each attempt belong to core.subscribe_sender; this
module says what a notification carries, claims each attempt on its row and keeps the row's status.
"""

from __future__ import annotations

import logging

from arq.connections import ArqRedis

from complaints.models import (
    STATUS_LABELS,
    Complaint,
    ComplaintEvent,
    ComplaintNotification,
    ComplaintStatus,
    NotificationStatus,
)
from core import clock, subscribe_sender
from core.jobs import enqueue
from core.models import MiniappUser
from core.subscribe_sender import Outcome, SubscribeMessage
from core.wechat import WeChatGateway
from core.wechat_retry import RetryPolicy

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 4
RETRY_BASE_SECONDS = 30.0  # 30 s, 60 s, 120 s between attempts
# Field keys of the complaint-status template chosen in 公众平台 (character_string / phrase / thing / time).
TEMPLATE_FIELDS = ("character_string1", "phrase2", "thing3", "time4")
DETAIL_PAGE = "pages/complaints/detail?id={id}"
OUTCOME_STATUS = {
    Outcome.SENT: NotificationStatus.SENT,
    Outcome.NO_QUOTA: NotificationStatus.NO_QUOTA,
    Outcome.REFUSED: NotificationStatus.REFUSED,
    Outcome.RETRY: NotificationStatus.RETRYING,
    Outcome.FAILED: NotificationStatus.FAILED,
}


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


def _thing(text: str) -> str:
    """thing.DATA takes at most 20 characters (47003 otherwise)."""
    return text if len(text) <= 20 else text[:19] + "…"


def message_data(complaint: Complaint, event: ComplaintEvent) -> dict[str, str]:
    status = ComplaintStatus(event.to_status)
    when = event.created_at.astimezone(clock.ZONE).strftime("%Y-%m-%d %H:%M")
    note = event.note or STATUS_LABELS[status]
    values = (complaint.tracking_no, STATUS_LABELS[status], _thing(note), when)
    return dict(zip(TEMPLATE_FIELDS, values, strict=True))


async def send(notification_id: int, *, wechat: WeChatGateway, job_try: int) -> NotificationStatus:
    """Deliver one notification (the body of the arq job) through core.subscribe_sender; raises arq.Retry for
    transient WeChat errors."""
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

    message = SubscribeMessage(
        template_id=notification.template_id,
        data=message_data(complaint, event),
        page=DETAIL_PAGE.format(id=complaint.id),
    )
    policy = send_retry()
    result = await subscribe_sender.send(
        wechat,
        user_id=user.id,
        openid=user.openid,
        message=message,
        purpose=job_id(notification.id),
        attempt=job_try,
        policy=policy,
    )
    notification.status = OUTCOME_STATUS[result.outcome]
    fields = ["status", "attempts", "updated_at"]
    if result.outcome is Outcome.SENT:
        notification.sent_at = clock.now_local()
        fields.append("sent_at")
    if result.outcome is not Outcome.NO_QUOTA:
        notification.errcode, notification.errmsg = result.errcode, result.errmsg
        fields += ["errcode", "errmsg"]
    await notification.save(update_fields=fields)
    result.retry_job(policy, job_try)
    return notification.status
