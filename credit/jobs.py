"""Background jobs of the 诚信计量 domain: the daily 示范单位 pass (end of 公示, revocation, expiry)."""

from __future__ import annotations

import logging
from typing import Any

from arq.cron import cron

from core import clock
from credit.awards import daily_pass

log = logging.getLogger(__name__)


async def credit_daily(ctx: dict[str, Any]) -> dict[str, int]:  # noqa: ARG001 (arq passes ctx)
    counts = await daily_pass(on=clock.today())
    log.info("credit daily pass", extra={"counts": counts})
    return counts


FUNCTIONS = [credit_daily]
CRON_JOBS = [cron(credit_daily, hour={1}, minute={20}, unique=True, run_at_startup=False)]
