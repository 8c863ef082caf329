"""Background jobs of the staff channel: the daily WeChat digest (cron) and immediate handover notices."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from arq.cron import CronJob, cron

from console import staff_notify
from core.jobs import resources


async def send_staff_digests(ctx: dict[str, Any]) -> int:
    return await staff_notify.send_digests(resources(ctx), now=datetime.now(UTC))


async def notify_staff_handover(ctx: dict[str, Any], complaint_id: int, tracking_no: str, district: str) -> int:
    return await staff_notify.notify_handover(
        resources(ctx), complaint_id=complaint_id, tracking_no=tracking_no, district=district, now=datetime.now(UTC)
    )


FUNCTIONS = [send_staff_digests, notify_staff_handover]
# Every five minutes: the digest goes out at the first run after JILIANG_STAFF_DIGEST_TIME, once a day.
CRON_JOBS: list[CronJob] = [cron(send_staff_digests, minute=set(range(0, 60, 5)), unique=True, run_at_startup=False)]
