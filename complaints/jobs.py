"""Background jobs of the complaint domain (arq functions take `ctx` first; see core.jobs)."""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from typing import Any

from arq.cron import CronJob, cron

from complaints import media, notify
from complaints.models import (
    Complaint,
    ComplaintNotification,
    ComplaintPhoto,
    ContentCheck,
    NotificationStatus,
    PhotoCheck,
)
from complaints.photos import delete_files
from core import clock
from core.jobs import enqueue, resources
from core.models import MiniappUser
from core.wechat_retry import RetryPolicy, job_try

log = logging.getLogger(__name__)
STALE_NOTIFICATION_MINUTES = 10
ORPHAN_PHOTO_HOURS = 24
CONTENT_RETRY_SECONDS = 300
CONTENT_RETRY = RetryPolicy(base_seconds=CONTENT_RETRY_SECONDS, max_attempts=4)


async def send_complaint_notification(ctx: dict[str, Any], notification_id: int) -> str:
    status = await notify.send(notification_id, wechat=resources(ctx).wechat, job_try=job_try(ctx))
    return status.value


async def recheck_complaint_content(ctx: dict[str, Any], complaint_id: int) -> str:
    """Text the gateway could not check at filing time: check it now. A risky verdict flags the case for staff."""
    from core.wechat import WeChatError

    complaint = await Complaint.get_or_none(id=complaint_id, content_check=ContentCheck.PENDING)
    if complaint is None:
        return "done"
    user = await MiniappUser.get(id=complaint.user_id)  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise
    content = "\n".join([complaint.merchant_name, complaint.location, complaint.goods, complaint.description])
    try:
        result = await resources(ctx).wechat.msg_sec_check(openid=user.openid, content=content, scene=2)
    except WeChatError as exc:
        CONTENT_RETRY.retry_job(exc, job_try(ctx))
        return "pending"  # the periodic sweep tries again later
    verdict = {"pass": ContentCheck.PASS, "review": ContentCheck.REVIEW}.get(result.suggest, ContentCheck.RISKY)
    await Complaint.filter(id=complaint_id, content_check=ContentCheck.PENDING).update(content_check=verdict)
    return verdict.value


async def submit_complaint_photo_checks(ctx: dict[str, Any], complaint_id: int) -> int:
    """Submit a case's photos to mediaCheckAsync; the verdicts come back as wxa_media_check pushes."""
    from core.wechat import WeChatError

    res = resources(ctx)
    try:
        return await media.submit_photo_checks(complaint_id=complaint_id, settings=res.settings, wechat=res.wechat)
    except WeChatError as exc:
        CONTENT_RETRY.retry_job(exc, job_try(ctx))
        log.warning("photo checks of complaint %s not submitted (errcode %s)", complaint_id, exc.errcode)
        return 0  # the periodic sweep submits them later


async def sweep_complaint_work(ctx: dict[str, Any]) -> int:
    """Requeue notifications and content checks whose job was lost (Redis down when the request queued it)."""
    arq = resources(ctx).arq
    cutoff = clock.now_local() - timedelta(minutes=STALE_NOTIFICATION_MINUTES)
    stamp = int(time.time() // 60)
    count = 0
    stale = await ComplaintNotification.filter(
        status__in=[NotificationStatus.QUEUED, NotificationStatus.RETRYING], updated_at__lt=cutoff
    ).values_list("id", flat=True)
    for notification_id in stale:
        await enqueue(
            arq, "send_complaint_notification", notification_id, job_id=f"{notify.job_id(notification_id)}:{stamp}"
        )
        count += 1
    pending = await Complaint.filter(content_check=ContentCheck.PENDING, updated_at__lt=cutoff).values_list(
        "id", flat=True
    )
    for complaint_id in pending:
        await enqueue(
            arq, "recheck_complaint_content", complaint_id, job_id=f"complaint-content:{complaint_id}:{stamp}"
        )
        count += 1
    unsubmitted = await ComplaintPhoto.filter(
        complaint_id__isnull=False, check_status=PhotoCheck.PENDING, check_trace_id=None, created_at__lt=cutoff
    ).values_list("complaint_id", flat=True)
    for complaint_id in set(unsubmitted):
        await enqueue(
            arq, "submit_complaint_photo_checks", complaint_id, job_id=f"complaint-photos:{complaint_id}:{stamp}"
        )
        count += 1
    return count


async def purge_orphan_photos(ctx: dict[str, Any]) -> int:
    """Uploaded photos never attached to a complaint are deleted after a day."""
    cutoff = clock.now_local() - timedelta(hours=ORPHAN_PHOTO_HOURS)
    removed: list[str] = []
    for photo in await ComplaintPhoto.filter(complaint_id=None, created_at__lt=cutoff):
        # Conditional delete: a photo attached meanwhile keeps its row and its file.
        if await ComplaintPhoto.filter(id=photo.id, complaint_id=None).delete():
            removed.append(photo.stored_name)
    await delete_files(resources(ctx).settings.var_dir, removed)
    return len(removed)


FUNCTIONS: list = [
    send_complaint_notification,
    recheck_complaint_content,
    submit_complaint_photo_checks,
    sweep_complaint_work,
    purge_orphan_photos,
]
CRON_JOBS: list[CronJob] = [
    cron(sweep_complaint_work, minute=set(range(0, 60, 5)), run_at_startup=False, unique=True),
    cron(purge_orphan_photos, minute={17}, unique=True),
]
