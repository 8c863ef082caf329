"""Background jobs: booking/result notifications and the daily due-soon reminders (subscribe messages)."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from arq.cron import CronJob, cron
from tortoise.exceptions import IntegrityError

from appointments.booking import expire_no_shows
from appointments.catalogue import configured as configured_catalogue
from appointments.models import (
    Booking,
    DueKind,
    DueReminder,
    Enterprise,
    EnterpriseMember,
    EnterpriseStatus,
    Instrument,
    InstrumentHold,
    InstrumentStatus,
    MemberStatus,
)
from appointments.settings import AppointmentSettings
from core import subscribe_sender
from core.clock import ZONE, now, today
from core.jobs import enqueue, resources
from core.models import MiniappUser
from core.resources import Resources
from core.subscribe_sender import Outcome, SubscribeMessage
from core.wechat_retry import RetryPolicy, job_try

log = logging.getLogger(__name__)
SEND_RETRY = RetryPolicy(base_seconds=30)  # transient failures: again in 30 s, as often as arq allows
SENT_KEY = "appointments:notified:{}"  # openids already reached for one notification (retries skip them)
BOOKING_PAGE = "pages/enterprise/booking?id={}"
INSTRUMENT_PAGE = "pages/enterprise/instrument?id={}"

EVENT_TITLES = {
    "booked": "检定预约成功",
    "rescheduled": "检定预约已改期",
    "cancelled": "检定预约已取消",
    "completed": "检定结果已出具",
}


async def queue_booking_notice(arq: Any, *, booking_id: int, event: str, version: str = "") -> None:
    """Queue the notice of a booking event; the job id makes a double-queued notice run once."""
    await enqueue(
        arq, "notify_booking", booking_id, event, job_id=f"appointments:notice:{booking_id}:{event}:{version}"
    )


async def _members(enterprise_id: int) -> list[tuple[int, str]]:
    """(user id, openid) of the enterprise's active members."""
    user_ids = await EnterpriseMember.filter(enterprise_id=enterprise_id, status=MemberStatus.ACTIVE).values_list(
        "user_id", flat=True
    )
    rows = await MiniappUser.filter(id__in=list(user_ids)).order_by("id").values_list("id", "openid")
    return [(int(user_id), str(openid)) for user_id, openid in rows]


async def _send_to_members(
    res: Resources,
    *,
    key: str,
    enterprise_id: int,
    message: SubscribeMessage,
    attempt: int,
) -> int:
    """Send to every active member once (core.subscribe_sender: under the quota each granted); a transient
    WeChat failure retries the job for the ones not reached."""
    sent_key = SENT_KEY.format(key)
    reached = 0
    for user_id, openid in await _members(enterprise_id):
        if await res.redis.sismember(sent_key, openid):
            continue
        result = await subscribe_sender.send(
            res.wechat,
            user_id=user_id,
            openid=openid,
            message=message,
            purpose=f"appointments:{key}",
            attempt=attempt,
            policy=SEND_RETRY,
        )
        result.retry_job(SEND_RETRY, attempt)
        if result.outcome is not Outcome.SENT:
            # No grant, refused, unfollowed: the booking stands; the member sees it in the app.
            continue
        await res.redis.sadd(sent_key, openid)
        await res.redis.expire(sent_key, 7 * 24 * 3600)
        reached += 1
    return reached


async def notify_booking(ctx: dict[str, Any], booking_id: int, event: str) -> int:
    res = resources(ctx)
    booking = await Booking.get_or_none(id=booking_id).prefetch_related("slot__site")
    if booking is None:
        return 0
    slot = booking.slot
    when = slot.starts_at.astimezone(ZONE).strftime("%Y-%m-%d %H:%M")
    data = {
        "thing1": EVENT_TITLES.get(event, "检定预约通知"),
        "character_string2": booking.confirmation_no,
        "time3": when,
        "thing4": slot.site.name[:20],
        "thing5": f"共{booking.instrument_count}台件",
    }
    cfg = res.settings.section(AppointmentSettings)
    template = cfg.template_result if event == "completed" else cfg.template_booking
    return await _send_to_members(
        res,
        attempt=job_try(ctx),
        key=f"booking:{booking_id}:{event}:{booking.slot_id}",
        enterprise_id=booking.enterprise_id,
        message=SubscribeMessage(template_id=template, data=data, page=BOOKING_PAGE.format(booking_id)),
    )


async def queue_review_notice(arq: Any, *, enterprise: Enterprise) -> None:
    """One notice per review decision (a rejected, corrected and reviewed-again enterprise gets a second one)."""
    decided = enterprise.reviewed_at.timestamp() if enterprise.reviewed_at else 0
    job_id = f"appointments:review:{enterprise.id}:{enterprise.status}:{decided}"
    await enqueue(arq, "notify_enterprise_review", enterprise.id, job_id=job_id)


async def notify_enterprise_review(ctx: dict[str, Any], enterprise_id: int) -> int:
    """Tell the registrant the outcome of the staff review (approved, or rejected with the reason)."""
    res = resources(ctx)
    enterprise = await Enterprise.get_or_none(id=enterprise_id)
    if enterprise is None or enterprise.status == EnterpriseStatus.PENDING:
        return 0
    user = await MiniappUser.get_or_none(id=enterprise.registered_by)
    if user is None:
        return 0
    approved = enterprise.status == EnterpriseStatus.APPROVED
    data = {
        "thing1": enterprise.name[:20],
        "phrase2": "审核通过" if approved else "未通过",
        "thing3": ("可以备案强检器具并预约检定" if approved else (enterprise.reject_reason or "请修改后重新提交"))[:20],
    }
    message = SubscribeMessage(
        template_id=res.settings.section(AppointmentSettings).template_review,
        data=data,
        page=f"pages/enterprise/detail?id={enterprise_id}",
    )
    attempt = job_try(ctx)
    result = await subscribe_sender.send(
        res.wechat,
        user_id=user.id,
        openid=user.openid,
        message=message,
        purpose=f"appointments:review:{enterprise_id}:{enterprise.status}",
        attempt=attempt,
        policy=SEND_RETRY,
    )
    result.retry_job(SEND_RETRY, attempt)
    return 1 if result.outcome is Outcome.SENT else 0


async def send_due_reminders(ctx: dict[str, Any]) -> int:
    """Daily: claim one reminder per instrument, due date and lead time (unique row), then queue its message.

    The nearest configured lead time that has been reached is used, so an instrument registered 5 days before
    its due date gets the 7-day reminder, not a late 30-day one as well.
    """
    res = resources(ctx)
    leads = sorted({d for d in res.settings.section(AppointmentSettings).reminder_days if d >= 0})
    if not leads:
        return 0
    on = today()
    held = set(await InstrumentHold.all().values_list("instrument_id", flat=True))  # already booked: no nagging
    candidates = await Instrument.filter(
        status=InstrumentStatus.IN_USE,
        enterprise__status=EnterpriseStatus.APPROVED,
        due_kind__in=[DueKind.REVERIFY, DueKind.REPLACE],
        next_due_on__gte=on,
        next_due_on__lte=on + timedelta(days=leads[-1]),
    ).values("id", "next_due_on")
    claimed = 0
    for row in candidates:
        if row["id"] in held:
            continue
        days_left = (row["next_due_on"] - on).days
        lead = next(d for d in leads if days_left <= d)
        try:
            reminder = await DueReminder.create(instrument_id=row["id"], due_on=row["next_due_on"], lead_days=lead)
        except IntegrityError:
            continue  # sent on an earlier run or by another worker
        await enqueue(res.arq, "send_due_reminder", reminder.id, job_id=f"appointments:due-reminder:{reminder.id}")
        claimed += 1
    log.info("due reminders queued: %d", claimed)
    return claimed


async def send_due_reminder(ctx: dict[str, Any], reminder_id: int) -> int:
    res = resources(ctx)
    reminder = await DueReminder.get_or_none(id=reminder_id).prefetch_related("instrument__enterprise")
    if reminder is None or reminder.sent_at is not None:
        return 0
    instrument = reminder.instrument
    catalogue = await configured_catalogue(res.settings)
    entry = catalogue.entries.get(instrument.type_slug)
    action = "到期轮换" if instrument.due_kind == DueKind.REPLACE else "周期检定"
    data = {
        "thing1": (entry.name if entry else instrument.type_slug)[:20],
        "character_string2": instrument.serial_no[:32],
        "date3": reminder.due_on.isoformat(),
        "thing4": f"请在到期前办理{action}"[:20],
    }
    reached = await _send_to_members(
        res,
        attempt=job_try(ctx),
        key=f"due:{reminder_id}",
        enterprise_id=instrument.enterprise_id,
        message=SubscribeMessage(
            template_id=res.settings.section(AppointmentSettings).template_due,
            data=data,
            page=INSTRUMENT_PAGE.format(instrument.id),
        ),
    )
    await DueReminder.filter(id=reminder_id).update(sent_at=now(), recipients=reached)
    return reached


async def expire_no_show_bookings(ctx: dict[str, Any]) -> int:
    res = resources(ctx)
    expired = await expire_no_shows(grace_hours=res.settings.section(AppointmentSettings).no_show_grace_hours)
    log.info("no-show bookings expired: %d", expired)
    return expired


FUNCTIONS: list = [
    notify_booking,
    notify_enterprise_review,
    send_due_reminders,
    send_due_reminder,
    expire_no_show_bookings,
]
# 01:00 UTC = 09:00 in Hohhot (arq uses the worker's clock); reruns and several workers are harmless (unique rows,
# conditional updates).
CRON_JOBS: list[CronJob] = [
    cron(send_due_reminders, hour={1}, minute={0}, unique=True, run_at_startup=False),
    cron(expire_no_show_bookings, hour={18}, minute={30}, unique=True, run_at_startup=False),  # 02:30 in Hohhot
]
