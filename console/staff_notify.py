"""What staff are told by WeChat (core.staff_wechat sends it): a daily digest of the console's notices, and an
immediate message when a case is handed over to a handler's office.

The digest (one message per staff member and day, from JILIANG_STAFF_DIGEST_TIME local time) counts the same
notices as the console's badge: new cases in my office, cases within two working days of their deadline, bookings
cancelled at my district's sites, since the previous digest. A day with nothing to tell sends nothing.
A handover is the one kind that cannot wait a day (the receiving office's deadline is running), so it goes out at
once, up to JILIANG_STAFF_IMMEDIATE_DAILY_CAP messages per person a day; beyond that the digest carries it.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta

from tortoise.exceptions import IntegrityError

from console.notifications import notices
from core import clock, staff_wechat
from core.models import StaffAccount, StaffMessage, StaffRole
from core.resources import Resources

log = logging.getLogger(__name__)
FIRST_DIGEST_LOOK_BACK = timedelta(days=1)


def digest_due(now: datetime, digest_time: str) -> bool:
    hour, minute = (int(part) for part in digest_time.split(":"))
    return now.astimezone(clock.ZONE).time() >= time(hour, minute)


def digest_summary(counts: dict[str, int]) -> str:
    """≤ 20 characters (a thing field): 新案件3 临期2 取消预约1."""
    labels = {"new_cases": "新案件", "near_deadline": "临期", "cancelled": "取消预约"}
    return " ".join(f"{labels[key]}{count}" for key, count in counts.items() if count)[:20]


async def _previous_digest_at(staff_id: int) -> datetime | None:
    last = await StaffMessage.filter(staff_id=staff_id, kind="digest").order_by("-created_at").first()
    return last.created_at if last else None


async def send_digest(resources: Resources, staff: StaffAccount, *, now: datetime) -> StaffMessage | None:
    day = staff_wechat.local_day(now)
    dedupe_key = f"digest:{staff.id}:{day.isoformat()}"
    if await StaffMessage.exists(dedupe_key=dedupe_key):
        return None
    since = await _previous_digest_at(staff.id) or now - FIRST_DIGEST_LOOK_BACK
    found = await notices(staff, since)
    counts = {key: len(items) for key, items in found.items()}
    if not any(counts.values()):
        try:  # nothing to tell today: remember that, so the next run does not ask again
            await StaffMessage.create(staff_id=staff.id, kind="digest", day=day, dedupe_key=dedupe_key,
                                      openid=staff.wechat_openid or "", summary="无新提醒", status="empty")  # fmt: skip
        except IntegrityError:
            pass
        return None
    return await staff_wechat.send(
        resources.wechat, resources.redis, resources.settings, staff=staff, kind="digest", dedupe_key=dedupe_key,
        title="计量工作台今日提醒", summary=digest_summary(counts), now=now,
    )  # fmt: skip


async def send_digests(resources: Resources, *, now: datetime) -> int:
    """Every bound staff member's digest for today, once; returns how many were sent."""
    if not digest_due(now, resources.settings.staff_digest_time):
        return 0
    sent = 0
    for staff in await StaffAccount.filter(active=True, wechat_openid__isnull=False).order_by("id"):
        try:
            message = await send_digest(resources, staff, now=now)
        except Exception:  # one person's digest must not hold up everyone else's
            log.exception("staff digest for %s failed", staff.id)
            continue
        sent += message is not None and message.status == "sent"
    return sent


async def notify_handover(resources: Resources, *, complaint_id: int, tracking_no: str, district: str,
                          now: datetime) -> int:  # fmt: skip
    """Tell the handlers of `district` at once that a case was handed to them; returns messages sent."""
    receivers = await StaffAccount.filter(active=True, district=district, wechat_openid__isnull=False)
    sent = 0
    for staff in receivers:
        if StaffRole.COMPLAINT_HANDLER not in staff.roles:
            continue
        if not await staff_wechat.take_immediate_allowance(
            resources.redis, resources.settings, staff_id=staff.id, now=now
        ):
            continue
        message = await staff_wechat.send(
            resources.wechat, resources.redis, resources.settings, staff=staff, kind="handover",
            dedupe_key=f"handover:{staff.id}:{complaint_id}:{staff_wechat.local_day(now).isoformat()}",
            title="投诉转派至本科室", summary=tracking_no, now=now, path=f"/console/complaints/{complaint_id}",
        )  # fmt: skip
        sent += message is not None and message.status == "sent"
    return sent
