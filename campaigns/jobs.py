"""Background jobs of this domain (arq functions take `ctx` first; see core.jobs).

* `dispatch_campaign` (job id `campaigns:dispatch:<id>`, deferred to send_at): scheduled -> sending, audience
  snapshot, sender jobs.
* `send_campaign`: one sender's time slice; it queues its successor when the slice ends with work left.
* `campaigns_watchdog` (cron): restarts senders of campaigns whose senders all went silent (a killed worker),
  queues dispatches missed while Redis lost its queue, settles cancelled campaigns.
* `campaign_reminders` (cron): reminders for calendar campaigns not approved in time.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from arq import Retry
from arq.cron import CronJob, cron

from campaigns import calendar, delivery, scheduling
from campaigns.config import CampaignSettings
from campaigns.models import Campaign, CampaignStatus, Delivery, DeliveryStatus
from core import clock
from core.jobs import enqueue, resources

log = logging.getLogger(__name__)


async def dispatch_campaign(ctx: dict[str, Any], campaign_id: int) -> str:
    too_early = await delivery.start_sending(campaign_id, now=clock.now())
    if too_early is not None:
        raise Retry(defer=too_early)  # ran before send_at (a reschedule raced a worker): same job, later
    return await resume_campaign(ctx, campaign_id, generation="d")


async def resume_campaign(ctx: dict[str, Any], campaign_id: int, generation: str | None = None) -> str:
    """Finish the audience snapshot if needed and start a generation of senders."""
    res = resources(ctx)
    cfg = CampaignSettings()
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None or campaign.status != CampaignStatus.SENDING:
        return "not sending"
    if not campaign.audience_frozen:
        await delivery.snapshot_audience(res, campaign, cfg, now=clock.now())
    await scheduling.start_senders(
        res.arq, campaign_id, senders=cfg.senders, generation=generation or f"r{int(time.time() * 1000)}"
    )
    return "senders started"


async def send_campaign(ctx: dict[str, Any], campaign_id: int, slot: int) -> str:
    res = resources(ctx)
    cfg = CampaignSettings()
    campaign = await Campaign.get_or_none(id=campaign_id)
    if campaign is None or campaign.status != CampaignStatus.SENDING:
        return "not sending"
    sender = delivery.Sender(res, campaign, cfg)
    outcome = await sender.run(stop_at=time.monotonic() + cfg.slice_seconds)
    if outcome == "slice_over":
        generation = f"s{int(time.time() * 1000)}"
        await enqueue(
            res.arq, "send_campaign", campaign_id, slot, job_id=f"campaigns:send:{campaign_id}:{generation}:{slot}"
        )
    return outcome


async def campaigns_watchdog(ctx: dict[str, Any]) -> dict[str, int]:
    res = resources(ctx)
    now = clock.now()
    restarted = settled = requeued = 0
    for campaign_id in await Campaign.filter(status=CampaignStatus.SENDING).values_list("id", flat=True):
        if await delivery.live_workers(res, campaign_id) == 0:
            await enqueue(
                res.arq, "resume_campaign", campaign_id, job_id=f"campaigns:resume:{campaign_id}:{int(time.time())}"
            )
            restarted += 1
    overdue = await Campaign.filter(status=CampaignStatus.SCHEDULED, send_at__lte=now).values_list("id", "send_at")
    for campaign_id, send_at in overdue:
        if not await scheduling.queued_dispatch_jobs(res.arq, campaign_id):
            await scheduling.schedule_dispatch(res.arq, campaign_id, send_at)
            requeued += 1
    stale = (
        await Delivery.filter(
            campaign__status=CampaignStatus.CANCELLED, status=DeliveryStatus.CLAIMED, lease_until__lt=now
        )
        .distinct()
        .values_list("campaign_id", flat=True)
    )
    for campaign_id in set(stale):
        settled += await delivery.settle_cancelled(res, campaign_id, now=now)
    return {"restarted": restarted, "requeued": requeued, "settled": settled}


async def campaign_reminders(ctx: dict[str, Any]) -> int:
    del ctx
    return len(await calendar.record_reminders(now=clock.now()))


FUNCTIONS: list = [dispatch_campaign, resume_campaign, send_campaign, campaigns_watchdog, campaign_reminders]
CRON_JOBS: list[CronJob] = [
    cron(campaigns_watchdog, second={0, 10, 20, 30, 40, 50}, unique=True, run_at_startup=True, timeout=60),
    cron(campaign_reminders, minute={5}, unique=True, timeout=120),
]
