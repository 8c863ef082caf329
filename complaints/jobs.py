"""Background jobs of this domain (arq functions take `ctx` first; see core.jobs)."""

from arq.cron import CronJob

FUNCTIONS: list = []
CRON_JOBS: list[CronJob] = []
