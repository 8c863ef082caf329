"""Background jobs of the publicity office: the daily data-cube pull (WeChat publishes yesterday's figures in
the morning; 08:30 and 14:30 Beijing time, the second run catching late figures)."""

from __future__ import annotations

from typing import Any

from arq.cron import CronJob, cron

from core.clock import now as now_utc
from core.jobs import resources
from publicity import analytics


async def pull_data_cube(ctx: dict[str, Any]) -> dict[str, int]:
    return await analytics.pull_safely(resources(ctx).wechat, now=now_utc())


FUNCTIONS: list = [pull_data_cube]
CRON_JOBS: list[CronJob] = [cron(pull_data_cube, hour={0, 6}, minute={30}, unique=True, timeout=300)]
