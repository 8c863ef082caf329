"""Daily pruning of the audit log past its retention period (unique across workers)."""

from __future__ import annotations

from typing import Any

from arq import cron
from arq.cron import CronJob

from core.audit import prune


async def prune_audit_log(ctx: dict[str, Any]) -> int:
    from core.jobs import resources

    return await prune(retention_days=resources(ctx).settings.audit_retention_days)


FUNCTIONS: list[Any] = []
CRON_JOBS: list[CronJob] = [cron(prune_audit_log, hour={19}, minute={15}, unique=True, run_at_startup=False)]
